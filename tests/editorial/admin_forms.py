"""Build the POST data the admin's page edit form would submit, unchanged, for any page type.

The data comes from Wagtail's own form class for the page (its edit handler, after
wagtail-modeltranslation has split each translated field per language), so tests can change
one or two fields and post the rest as an editor's browser would.
"""

from django import forms
from django.forms.formsets import BaseFormSet

from wagtail.admin.rich_text import DraftailRichTextArea
from wagtail.blocks.base import BlockWidget
from wagtail.test.utils.form_data import rich_text


def _value_data(bound_field):
    field = bound_field.field
    widget = field.widget
    value = bound_field.value()
    if isinstance(widget, BlockWidget):
        if value:
            raise NotImplementedError("Post StreamField content with wagtail.test.utils.form_data.streamfield")
        return {f"{bound_field.html_name}-count": "0"}
    if isinstance(widget, DraftailRichTextArea):
        return {bound_field.html_name: rich_text(str(value or ""), features=widget.features)}
    if isinstance(field, forms.BooleanField):
        return {bound_field.html_name: "on"} if value else {}
    if isinstance(field, forms.ModelMultipleChoiceField) or isinstance(value, (list, tuple)):
        return {bound_field.html_name: [str(getattr(item, "pk", item)) for item in value or []]}
    if value is None:
        return {bound_field.html_name: ""}
    formatted = widget.format_value(value)
    if isinstance(formatted, dict):  # chooser widgets describe the chosen object
        formatted = formatted.get("id", "")
    if isinstance(formatted, list):  # select widgets format their value as a list of choices
        return {bound_field.html_name: [str(item) for item in formatted]}
    return {bound_field.html_name: "" if formatted is None else str(formatted)}


def _form_data(form):
    data = {}
    for bound_field in form:
        data.update(_value_data(bound_field))
    for formset in getattr(form, "formsets", {}).values():
        data.update(_formset_data(formset))
    return data


def _formset_data(formset: BaseFormSet):
    data = _form_data(formset.management_form)
    for child in formset.forms:
        data.update(_form_data(child))
    return data


def edit_form_data(page, user, **changes):
    """The edit form's data for the page's latest revision, with `changes` applied (field name: value)."""
    page = page.specific.get_latest_revision_as_object()
    form_class = page.get_edit_handler().get_form_class()
    form = form_class(instance=page, for_user=user, parent_page=page.get_parent())
    data = _form_data(form)
    latest_revision = page.get_latest_revision()
    if latest_revision is not None:
        data["loaded_revision_id"] = str(latest_revision.pk)
        data["loaded_revision_created_at"] = latest_revision.created_at.isoformat()
    for name, value in changes.items():
        data[name] = value
    return data


def create_form_data(model, parent, user, **changes):
    """The create form's data for a new page of `model` under `parent`, with `changes` applied."""
    page = model()
    form_class = page.get_edit_handler().get_form_class()
    form = form_class(instance=page, for_user=user, parent_page=parent)
    data = _form_data(form)
    for name, value in changes.items():
        data[name] = value
    return data
