"""The partners in the admin: a flat, filterable listing with a CSV download, and agreement kinds."""

import django_filters

from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import IndexView
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portfolio.models import ResearchThemePage

from .models import AgreementKind, PartnerPage


class PartnerFilterSet(PageListingViewSet.filterset_class):
    level = django_filters.ChoiceFilter(label=_("Level"), choices=PartnerPage.Level.choices, empty_label=_("Any"))
    country = django_filters.ChoiceFilter(label=_("Country"), choices=[], empty_label=_("Any"))
    agreement_kinds = django_filters.ModelChoiceFilter(
        label=_("Kind of agreement"), queryset=AgreementKind.objects.all(), empty_label=_("Any")
    )
    themes = django_filters.ModelChoiceFilter(
        label=_("Research theme"), queryset=ResearchThemePage.objects.order_by("path"), empty_label=_("Any")
    )

    class Meta:
        model = PartnerPage
        fields = ["level", "country", "agreement_kinds", "themes", "live"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the countries partners are in, not the 250 of the world.
        codes = PartnerPage.objects.exclude(country="").order_by().values_list("country", flat=True).distinct()
        field = PartnerPage._meta.get_field("country")
        names = dict(field.countries)
        self.filters["country"].extra["choices"] = sorted(
            ((code, names.get(code, code)) for code in codes), key=lambda choice: str(choice[1])
        )


class ExportableIndexView(IndexView):
    """A page listing with a link to the section's CSV export."""

    export_url_name = None

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(Button(_("Download CSV"), url=reverse(self.export_url_name), icon_name="download", priority=90))
        return buttons


class PartnerIndexView(ExportableIndexView):
    export_url_name = "editorial:export_partners"


class PartnerListingViewSet(PageListingViewSet):
    model = PartnerPage
    index_view_class = PartnerIndexView
    icon = "group"
    menu_label = _("Partners")
    menu_order = 210
    add_to_admin_menu = True
    filterset_class = PartnerFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("level", label=_("Level"), accessor="get_level_display", sort_key="level"),
        Column("country", label=_("Country"), accessor="country.name", sort_key="country"),
        Column("since", label=_("Partner since"), sort_key="since"),
    ]


class AgreementKindViewSet(SnippetViewSet):
    model = AgreementKind
    icon = "tag"
    list_display = ["name_fr", "name_en", "slug"]
    search_fields = ["name_fr", "name_en", "slug"]
    search_backend_name = None  # not indexed: search the database directly
    ordering = ["name_fr"]


@hooks.register("register_admin_viewset")
def register_partner_listing():
    return PartnerListingViewSet("partners")


register_snippet(AgreementKindViewSet)
