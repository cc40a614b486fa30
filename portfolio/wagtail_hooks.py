"""The industrial-partnership portfolio in the admin: a flat, filterable listing with a CSV download."""

import django_filters

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.pages import PageListingViewSet

from partners.models import PartnerPage
from partners.wagtail_hooks import ExportableIndexView

from .models import PortfolioProjectPage, ResearchThemePage


class PortfolioProjectFilterSet(PageListingViewSet.filterset_class):
    kind = django_filters.ChoiceFilter(label=_("Kind"), choices=PortfolioProjectPage.Kind.choices, empty_label=_("Any"))
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=PortfolioProjectPage.Status.choices, empty_label=_("Any")
    )
    partners = django_filters.ModelChoiceFilter(
        label=_("Partner"), queryset=PartnerPage.objects.order_by("title_fr"), empty_label=_("Any")
    )
    themes = django_filters.ModelChoiceFilter(
        label=_("Research theme"), queryset=ResearchThemePage.objects.order_by("path"), empty_label=_("Any")
    )

    class Meta:
        model = PortfolioProjectPage
        fields = ["kind", "status", "partners", "themes", "live"]


class PortfolioIndexView(ExportableIndexView):
    export_url_name = "editorial:export_portfolio"


class PortfolioListingViewSet(PageListingViewSet):
    model = PortfolioProjectPage
    index_view_class = PortfolioIndexView
    icon = "folder-open-inverse"
    menu_label = _("Portfolio")
    menu_order = 220
    add_to_admin_menu = True
    filterset_class = PortfolioProjectFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("kind", label=_("Kind"), accessor="get_kind_display", sort_key="kind"),
        Column("project_status", label=_("Project status"), accessor="get_status_display", sort_key="status"),
        Column("start_year", label=_("Start year"), sort_key="start_year"),
        Column("end_year", label=_("End year"), sort_key="end_year"),
    ]


@hooks.register("register_admin_viewset")
def register_portfolio_listing():
    return PortfolioListingViewSet("portfolio")
