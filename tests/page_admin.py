"""Post Wagtail's page add and edit forms as an editor's browser would.

The form is first fetched (GET) so that every input it renders (hidden fields, formset management
forms, defaults) is posted back; the test then gives the fields it cares about with Wagtail's
form-data helpers (`nested_form_data`, `streamfield`, `inline_formset`, `rich_text`), and multiple
choices as lists of ids. StreamFields are drawn by JavaScript, so each one the test does not give
is posted empty.
"""

from django.urls import reverse

from wagtail.fields import StreamField
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html

PUBLISH = {"action-publish": "publish"}  # an empty value would only save a draft


def _stream_field_names(model):
    return [field.name for field in model._meta.get_fields() if isinstance(field, StreamField)]


def _form_data(client, url, model, fields):
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    rendered = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    data = {key: rendered.getlist(key) for key in rendered}
    for name in _stream_field_names(model):
        data.setdefault(f"{name}-count", "0")
    # Multiple choices (checkboxes) are posted as repeated keys, which nested_form_data would number.
    choices = {name: value for name, value in fields.items() if isinstance(value, list)}
    data.update(nested_form_data({name: value for name, value in fields.items() if name not in choices}))
    data.update(choices)
    return data


def form_errors(response):
    """The form's errors, to show why the admin refused a post."""
    context = response.context or {}
    form = context.get("form")
    errors = dict(form.errors) if form is not None else {}
    for name, formset in (getattr(form, "formsets", None) or {}).items():
        if formset.errors and any(formset.errors):
            errors[name] = formset.errors
        if formset.non_form_errors():
            errors[f"{name}-non-form"] = formset.non_form_errors()
    return errors


def add_page(client, model, parent, fields, publish=True):
    """POST the add form of `model` under `parent`; returns the response."""
    url = reverse("wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, parent.pk))
    data = _form_data(client, url, model, fields)
    if publish:
        data.update(PUBLISH)
    return client.post(url, data)


def edit_page(client, page, fields, publish=True):
    """POST the edit form of `page`; returns the response."""
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    data = _form_data(client, url, type(page.specific), fields)
    if publish:
        data.update(PUBLISH)
    return client.post(url, data)


def bilingual(title_fr, title_en, slug_fr, slug_en, summary_fr="", summary_en=""):
    """The title, slug and summary fields of both languages."""
    fields = {"title_fr": title_fr, "title_en": title_en, "slug_fr": slug_fr, "slug_en": slug_en}
    if summary_fr or summary_en:
        fields.update({"summary_fr": summary_fr, "summary_en": summary_en})
    return fields
