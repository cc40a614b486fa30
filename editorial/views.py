"""Admin views: the missing-translations report and the CSV exports for partnership officers."""

import csv
import datetime

import django_filters

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from .sections import SECTIONS, SECTIONS_BY_KEY
from .translation_status import pages_missing_translations

page_permission_policy = PagePermissionPolicy()
# A byte-order mark makes Excel read a CSV file as UTF-8 (accents intact) rather than its legacy code page.
UTF8_BOM = "\ufeff"


def editable_pages(user):
    """The pages a user may edit (their own drafts included, where they may only add)."""
    return page_permission_policy.instances_user_has_any_permission_for(user, ["change"])


class TranslationReportFilterSet(WagtailFilterSet):
    section = django_filters.ChoiceFilter(
        label=_("Section"),
        choices=[(section.key, section.label) for section in SECTIONS],
        empty_label=_("All sections"),
        method="filter_section",
    )
    language = django_filters.ChoiceFilter(
        label=_("Missing in"),
        choices=settings.LANGUAGES,
        empty_label=_("Either language"),
        method="filter_language",
    )

    class Meta:
        model = Page
        fields = []

    def filter_section(self, queryset, name, value):
        models = SECTIONS_BY_KEY[value].models
        return queryset.filter(content_type__in=ContentType.objects.get_for_models(*models).values())

    def filter_language(self, queryset, name, value):
        return queryset  # the language is applied to the computed statuses, see the view


def _edit_url(status):
    return reverse("wagtailadmin_pages:edit", args=(status.page.pk,))


def _join(labels):
    return ", ".join(str(label) for label in labels)


class TranslationReportView(ReportView):
    """Every page the user may edit that has a field written in one language only."""

    page_title = _("Missing translations")
    header_icon = "globe"
    index_url_name = "editorial:translation_report"
    index_results_url_name = "editorial:translation_report_results"
    filterset_class = TranslationReportFilterSet
    permission_policy = page_permission_policy
    any_permission_required = ["add", "change", "publish"]
    paginate_by = 50
    columns = [
        TitleColumn("title", label=_("Page"), accessor="page.title", get_url=_edit_url),
        Column("section", label=_("Section"), accessor="section.label"),
        Column("type", label=_("Type"), accessor=lambda status: status.page.get_verbose_name()),
        Column("missing_fr", label=_("Missing in French"), accessor=lambda status: _join(status.missing_fr)),
        Column("missing_en", label=_("Missing in English"), accessor=lambda status: _join(status.missing_en)),
        Column("status", label=_("Status"), accessor="page.status_string"),
    ]
    list_export = ["page.title", "section.label", "missing_fr", "missing_en", "page.status_string"]
    export_headings = {
        "page.title": _("Page"),
        "section.label": _("Section"),
        "missing_fr": _("Missing in French"),
        "missing_en": _("Missing in English"),
        "page.status_string": _("Status"),
    }

    def get_filename(self):
        return f"missing-translations-{datetime.date.today():%Y-%m-%d}"

    def get_queryset(self):
        self.queryset = editable_pages(self.request.user)
        return super().get_queryset()

    def _cleaned(self, name):
        if self.filters and self.filters.is_valid():
            return self.filters.form.cleaned_data.get(name) or None
        return None

    def get_filtered_queryset(self):
        pages = super().get_filtered_queryset()
        section = self._cleaned("section")
        sections = [SECTIONS_BY_KEY[section]] if section else SECTIONS
        return pages_missing_translations(pages, sections=sections, language=self._cleaned("language"))

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        row["missing_fr"] = _join(item.missing_fr)
        row["missing_en"] = _join(item.missing_en)
        return row

    def get_heading(self, queryset, field):
        return str(self.export_headings.get(field, field))

    def write_csv_response(self, queryset):
        # Written eagerly (not streamed) so that headings are in the user's admin language, with
        # a byte-order mark so that Excel reads the accents right.
        content = UTF8_BOM.encode() + b"".join(self.stream_csv(queryset))
        response = HttpResponse(content, content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.get_filename()}.csv"'
        return response


# CSV exports -----------------------------------------------------------------------------------


def _titles(pages, language):
    return "; ".join(getattr(page, f"title_{language}") or page.title for page in pages)


class CSVExportView:
    """Streams a section's pages as CSV: one row per page, both languages' titles."""

    index_model_label = None
    page_model_label = None
    filename = None

    def __init__(self, request):
        self.request = request

    @classmethod
    def as_view(cls):
        def view(request):
            return cls(request).get()

        return view

    @cached_property
    def index_model(self):
        from django.apps import apps

        return apps.get_model(self.index_model_label)

    @cached_property
    def page_model(self):
        from django.apps import apps

        return apps.get_model(self.page_model_label)

    def user_may_export(self):
        """Anyone who may edit the section (or any page in it) may download it."""
        return (
            editable_pages(self.request.user)
            .filter(content_type__in=ContentType.objects.get_for_models(self.index_model, self.page_model).values())
            .exists()
        )

    def get(self):
        if not self.user_may_export():
            raise PermissionDenied
        # Written eagerly rather than streamed: the admin's language (the user's preference) is
        # active only while the view runs, and headings and choice labels are translated.
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.filename}-{datetime.date.today():%Y-%m-%d}.csv"'
        response.write(UTF8_BOM)
        writer = csv.writer(response)
        writer.writerow([str(heading) for heading in self.headings()])
        for page in self.get_queryset():
            writer.writerow(self.row(page))
        return response

    def status(self, page):
        return gettext("live") if page.live else gettext("draft")

    def admin_url(self, page):
        return self.request.build_absolute_uri(reverse("wagtailadmin_pages:edit", args=(page.pk,)))


class PartnersCSVView(CSVExportView):
    index_model_label = "partners.PartnerIndexPage"
    page_model_label = "partners.PartnerPage"
    filename = "partners"

    def headings(self):
        return [
            _("Title (French)"),
            _("Title (English)"),
            _("Level"),
            _("Country"),
            _("City (French)"),
            _("City (English)"),
            _("Website"),
            _("Partner since"),
            _("Kinds of agreement"),
            _("Research themes (French)"),
            _("Research themes (English)"),
            _("Status"),
            _("Edit in the admin"),
        ]

    def get_queryset(self):
        return self.page_model.objects.order_by("title_fr").prefetch_related("agreement_kinds", "themes")

    def row(self, page):
        themes = sorted(page.themes.all(), key=lambda theme: theme.path)
        return [
            page.title_fr,
            page.title_en,
            page.get_level_display(),
            page.country.name if page.country else "",
            page.city_fr,
            page.city_en,
            page.website,
            page.since or "",
            "; ".join(str(kind) for kind in page.agreement_kinds.all()),
            _titles(themes, "fr"),
            _titles(themes, "en"),
            self.status(page),
            self.admin_url(page),
        ]


class PortfolioCSVView(CSVExportView):
    index_model_label = "portfolio.PortfolioIndexPage"
    page_model_label = "portfolio.PortfolioProjectPage"
    filename = "portfolio"

    def headings(self):
        return [
            _("Title (French)"),
            _("Title (English)"),
            _("Kind"),
            _("Status"),
            _("Start year"),
            _("End year"),
            _("Partners (French)"),
            _("Partners (English)"),
            _("Research themes (French)"),
            _("Research themes (English)"),
            _("Publication"),
            _("Edit in the admin"),
        ]

    def get_queryset(self):
        return self.page_model.objects.order_by("title_fr").prefetch_related("partners", "themes")

    def row(self, page):
        partners = sorted(page.partners.all(), key=lambda partner: partner.title_fr or "")
        themes = sorted(page.themes.all(), key=lambda theme: theme.path)
        return [
            page.title_fr,
            page.title_en,
            page.get_kind_display(),
            page.get_status_display(),
            page.start_year or "",
            page.end_year or "",
            _titles(partners, "fr"),
            _titles(partners, "en"),
            _titles(themes, "fr"),
            _titles(themes, "en"),
            self.status(page),
            self.admin_url(page),
        ]
