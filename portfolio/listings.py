"""Filters for the research themes and the portfolio projects."""

from django.db.models import F, Prefetch
from django.utils.translation import gettext_lazy as _

from institute_site.caching.memo import per_page
from institute_site.listings import (
    ListingFilterSet,
    all_choice_filter,
    all_model_filter,
    latest_news_ids,
    related_links,
)
from institutes.models import InstitutePage

from .models import PortfolioProjectPage, ResearchThemePage


class ResearchThemeFilterSet(ListingFilterSet):
    institute = all_model_filter(
        _("Lead institute"), field_name="lead_institutes", queryset=InstitutePage.objects.none()
    )

    class Meta:
        model = ResearchThemePage
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["institute"].queryset = InstitutePage.objects.live().order_by("title")


class PortfolioProjectFilterSet(ListingFilterSet):
    theme = all_model_filter(_("Research theme"), field_name="themes", queryset=ResearchThemePage.objects.none())
    kind = all_choice_filter(_("Kind"), choices=PortfolioProjectPage.Kind.choices)
    status = all_choice_filter(_("Status"), choices=PortfolioProjectPage.Status.choices)

    class Meta:
        model = PortfolioProjectPage
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["theme"].queryset = ResearchThemePage.objects.live().order_by("title")


def theme_listing(index, request):
    """The research themes under ``index``, filtered by lead institute."""
    themes = ResearchThemePage.objects.child_of(index).live()
    filters = ResearchThemeFilterSet(request.GET or None, queryset=themes)
    items = (
        filters.qs.defer_streamfields()
        .select_related("listing_image")
        .prefetch_related(
            "listing_image__renditions",
            Prefetch("lead_institutes", queryset=InstitutePage.objects.live().order_by("title")),
        )
        .order_by("path")
    )
    return filters, items


def project_listing(index, request):
    """The portfolio projects under ``index``, filtered by theme, kind and status; newest first."""
    projects = PortfolioProjectPage.objects.child_of(index).live()
    filters = PortfolioProjectFilterSet(request.GET or None, queryset=projects)
    items = (
        filters.qs.defer_streamfields()
        .select_related("listing_image")
        .prefetch_related(
            "listing_image__renditions",
            Prefetch("themes", queryset=ResearchThemePage.objects.live().defer_streamfields().order_by("title")),
        )
        .order_by("-start_year", "title")
    )
    return filters, items


@per_page
def theme_relations(theme):
    """What a theme page links to: lead institutes, platforms, partners, projects and the latest news."""
    from news.models import NewsPage
    from partners.models import PartnerPage
    from platforms.models import PlatformPage

    if theme.pk is None:
        return {"lead_institutes": [], "platforms": [], "partners": [], "projects": [], "latest_news": []}
    links = related_links(
        lead_institutes=InstitutePage.objects.filter(led_themes=theme).values("pk"),
        platforms=PlatformPage.objects.filter(themes=theme).values("pk"),
        partners=PartnerPage.objects.filter(themes=theme).values("pk"),
        projects=PortfolioProjectPage.objects.filter(themes=theme).values("pk"),
        latest_news=latest_news_ids(NewsPage.objects.filter(themes=theme)),
        annotate={"date": F("newspage__date")},
    )
    links["latest_news"].sort(key=lambda item: item.date, reverse=True)
    return links


@per_page
def project_relations(project):
    """What a portfolio project links to: its partners, themes and platforms."""
    from partners.models import PartnerPage
    from platforms.models import PlatformPage

    if project.pk is None:
        return {"partners": [], "themes": [], "platforms": []}
    return related_links(
        partners=PartnerPage.objects.filter(projects=project).values("pk"),
        themes=ResearchThemePage.objects.filter(projects=project).values("pk"),
        platforms=PlatformPage.objects.filter(projects=project).values("pk"),
    )
