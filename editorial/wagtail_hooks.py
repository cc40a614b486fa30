from django.contrib import messages
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from . import urls
from .sections import SECTIONS
from .translation_status import LANGUAGES, pages_missing_translations
from .views import editable_pages, page_permission_policy


@hooks.register("register_admin_urls")
def register_editorial_urls():
    return [path("editorial/", include((urls, "editorial"), namespace="editorial"))]


class TranslationReportMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(request.user, ["add", "change", "publish"])


@hooks.register("register_reports_menu_item")
def register_translation_report_menu_item():
    return TranslationReportMenuItem(
        gettext_lazy("Missing translations"),
        reverse("editorial:translation_report"),
        name="missing-translations",
        icon_name="globe",
        order=650,
    )


class TranslationSummaryPanel(Component):
    """On the dashboard: how many of the pages the user may edit lack a translation, per section."""

    name = "translation_summary"
    template_name = "editorial/home/translation_summary.html"
    order = 120

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        statuses = pages_missing_translations(editable_pages(self.user))
        report_url = reverse("editorial:translation_report")
        rows = []
        for section in SECTIONS:
            in_section = [status for status in statuses if status.section == section]
            if not in_section:
                continue
            counts = [
                (
                    language,
                    sum(1 for status in in_section if status.missing_in(language)),
                    f"{report_url}?section={section.key}&language={language}",
                )
                for language in LANGUAGES
            ]
            rows.append({"section": section, "total": len(in_section), "counts": counts})
        context.update(
            {
                "rows": rows,
                "total": len(statuses),
                "report_url": report_url,
            }
        )
        return context


@hooks.register("construct_homepage_panels")
def add_translation_summary_panel(request, panels):
    if page_permission_policy.user_has_any_permission(request.user, ["add", "change", "publish"]):
        panels.append(TranslationSummaryPanel(request.user))


# Deletion: a page that has been public is withdrawn by unpublishing it (reversible, and its
# links from other pages survive); deleting it is left to those who may delete whole branches.


def deletion_refused(user, page):
    if user.is_superuser or not (page.live or page.first_published_at):
        return False
    return not page_permission_policy.user_has_permission_for_instance(user, "bulk_delete", page)


@hooks.register("before_delete_page")
def refuse_deleting_published_pages(request, page):
    if deletion_refused(request.user, page):
        messages.error(
            request,
            _("Only an administrator can delete a page that has been published. Unpublish it instead."),
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None


@hooks.register("before_bulk_action")
def refuse_bulk_deleting_published_pages(request, action_type, objects, action_class_instance):
    if action_type != "delete":
        return None
    if any(isinstance(obj, Page) and deletion_refused(request.user, obj) for obj in objects):
        messages.error(
            request,
            _("Only an administrator can delete a page that has been published. Unpublish it instead."),
        )
        return redirect("wagtailadmin_home")
    return None


# Concurrent edits: Wagtail refuses an autosave over a newer revision, refuses any save on a
# page locked by someone else, and warns in the editor (editing sessions) when someone else
# has saved. A plain form submission over a newer revision is still saved, as the editor's
# "save anyway" intends; this says so after the fact, with a link to compare both versions.


@hooks.register("before_edit_page")
def note_a_newer_revision(request, page):
    """Before a form submission is handled, note whether someone saved since the form was loaded."""
    if request.method != "POST" or not request.accepts("text/html"):
        return None  # autosaves over a newer revision are refused by Wagtail itself
    loaded_revision_id = request.POST.get("loaded_revision_id", "")
    latest_revision = page.get_latest_revision()
    if loaded_revision_id.isdigit() and latest_revision and int(loaded_revision_id) != latest_revision.pk:
        request.editorial_overwritten = (int(loaded_revision_id), latest_revision)
    return None


@hooks.register("after_edit_page")
@hooks.register("after_publish_page")
def warn_when_a_newer_revision_was_overwritten(request, page):
    overwritten = getattr(request, "editorial_overwritten", None)
    if overwritten is None:
        return None
    loaded_revision_id, newer_revision = overwritten
    author = newer_revision.user
    compare_url = reverse("wagtailadmin_pages:revisions_compare", args=(page.pk, loaded_revision_id, newer_revision.pk))
    messages.warning(
        request,
        format_html(
            _(
                "{author} saved this page after you opened it. Your version is now the latest; theirs is "
                'kept in the page history: <a href="{url}">compare them</a>.'
            ),
            author=(author.get_full_name() or author.get_username()) if author else _("Someone else"),
            url=compare_url,
        ),
    )
    return None
