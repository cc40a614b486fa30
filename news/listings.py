"""The news listing's filters: research theme and year, combined."""

from django.utils.translation import gettext_lazy as _

from institute_site.caching.memo import per_page
from institute_site.listings import ListingFilterSet, all_choice_filter, all_model_filter, related_links
from portfolio.models import ResearchThemePage

from .models import NewsPage


class NewsFilterSet(ListingFilterSet):
    theme = all_model_filter(_("Research theme"), field_name="themes", queryset=ResearchThemePage.objects.none())
    year = all_choice_filter(_("Year"), field_name="date", lookup_expr="year", choices=[])

    class Meta:
        model = NewsPage
        fields = []

    def __init__(self, *args, years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["year"].extra["choices"] = [(str(year), str(year)) for year in years]
        self.filters["theme"].queryset = ResearchThemePage.objects.live().order_by("title")


def news_listing(index, request):
    """The filtered news under ``index``, newest first."""
    news = NewsPage.objects.child_of(index).live()
    years = [day.year for day in news.order_by().dates("date", "year", order="DESC")]
    filters = NewsFilterSet(request.GET or None, queryset=news, years=years)
    items = (
        filters.qs.defer_streamfields()
        .select_related("listing_image", "image")
        .prefetch_related("listing_image__renditions", "image__renditions")
        .order_by("-date", "-pk")
    )
    return filters, items


@per_page
def news_relations(news_item):
    """What a news item links to: its themes, institutes and partners."""
    from institutes.models import InstitutePage
    from partners.models import PartnerPage

    if news_item.pk is None:
        return {"themes": [], "institutes": [], "partners": []}
    return related_links(
        themes=ResearchThemePage.objects.filter(news_items=news_item).values("pk"),
        institutes=InstitutePage.objects.filter(news_items=news_item).values("pk"),
        partners=PartnerPage.objects.filter(news_items=news_item).values("pk"),
    )
