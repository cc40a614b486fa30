"""The partner listing's filters: level, country and research theme, combined."""

from django_countries import countries

from django.db.models import Case, Count, F, IntegerField, Value, When
from django.utils.translation import gettext_lazy as _

from institute_site.caching.memo import per_page
from institute_site.listings import (
    ListingFilterSet,
    all_choice_filter,
    all_model_filter,
    latest_news_ids,
    related_links,
)
from portfolio.models import ResearchThemePage

from .models import PartnerPage

LEVEL_ORDER = Case(
    *[When(level=code, then=Value(position)) for position, code in enumerate(PartnerPage.Level.values)],
    default=Value(len(PartnerPage.Level.values)),
    output_field=IntegerField(),
)


class PartnerFilterSet(ListingFilterSet):
    level = all_choice_filter(_("Level"), choices=PartnerPage.Level.choices)
    country = all_choice_filter(_("Country"), choices=[])
    theme = all_model_filter(_("Research theme"), field_name="themes", queryset=ResearchThemePage.objects.none())

    class Meta:
        model = PartnerPage
        fields = []

    def __init__(self, *args, countries_present=(), **kwargs):
        super().__init__(*args, **kwargs)
        names = dict(countries)
        self.filters["country"].extra["choices"] = sorted(
            ((code, names.get(code, code)) for code in countries_present if code), key=lambda choice: choice[1]
        )
        self.filters["theme"].queryset = ResearchThemePage.objects.live().order_by("title")


def partner_listing(index, request):
    """The filtered partners under ``index``, ordered by level then name, with counts per level and country."""
    partners = PartnerPage.objects.child_of(index).live()
    countries_present = partners.order_by().values_list("country", flat=True).distinct()
    filters = PartnerFilterSet(request.GET or None, queryset=partners, countries_present=list(countries_present))
    results = filters.qs
    level_counts = dict(results.order_by().values_list("level").annotate(n=Count("pk")))
    country_counts = sorted(
        results.exclude(country="").order_by().values_list("country").annotate(n=Count("pk")),
        key=lambda pair: (-pair[1], pair[0]),
    )
    items = (
        results.defer_streamfields()
        .select_related("logo")
        .prefetch_related("logo__renditions")
        .annotate(level_order=LEVEL_ORDER)
        .order_by("level_order", "title")
    )
    return filters, items, level_counts, country_counts


def group_by_level(items, level_counts):
    """The page's partners as consecutive groups by level, each with the level's filtered total."""
    labels = dict(PartnerPage.Level.choices)
    groups = []
    for partner in items:
        if not groups or groups[-1]["level"] != partner.level:
            groups.append(
                {
                    "level": partner.level,
                    "label": labels.get(partner.level, partner.level),
                    "count": level_counts.get(partner.level, 0),
                    "partners": [],
                }
            )
        groups[-1]["partners"].append(partner)
    return groups


@per_page
def partner_relations(partner):
    """What a partner page links to: its themes, its portfolio projects and the latest news about it."""
    from news.models import NewsPage
    from portfolio.models import PortfolioProjectPage

    if partner.pk is None:  # a preview of a page never saved
        return {"themes": [], "projects": [], "latest_news": [], "agreement_kinds": []}
    links = related_links(
        themes=ResearchThemePage.objects.filter(partners=partner).values("pk"),
        projects=PortfolioProjectPage.objects.filter(partners=partner).values("pk"),
        latest_news=latest_news_ids(NewsPage.objects.filter(partners=partner)),
        annotate={"date": F("newspage__date")},
    )
    links["latest_news"].sort(key=lambda item: item.date, reverse=True)
    links["agreement_kinds"] = partner.agreement_kinds.all()
    return links


def country_links(country_counts, selected=None):
    """The counted countries with their names in the visitor's language, for filter links."""
    return [
        {"code": code, "name": countries.name(code) or code, "count": count, "selected": code == selected}
        for code, count in country_counts
    ]
