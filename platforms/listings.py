"""The platform listing's filters: category and who may use a platform, combined."""

from django.utils.translation import gettext_lazy as _

from institute_site.caching.memo import per_page
from institute_site.listings import ListingFilterSet, all_choice_filter, all_model_filter, related_links

from .models import PlatformCategory, PlatformPage

ACCESS_FIELDS = {
    "internal": "open_to_internal",
    "academic": "open_to_academic",
    "industrial": "open_to_industrial",
}


class PlatformFilterSet(ListingFilterSet):
    category = all_model_filter(_("Category"), to_field_name="slug", queryset=PlatformCategory.objects.none())
    access = all_choice_filter(
        _("Open to"),
        choices=[
            ("internal", _("Internal teams")),
            ("academic", _("Academic users")),
            ("industrial", _("Industrial users")),
        ],
        method="filter_access",
    )

    class Meta:
        model = PlatformPage
        fields = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.filters["category"].queryset = PlatformCategory.objects.all()

    def filter_access(self, queryset, name, value):
        return queryset.filter(**{ACCESS_FIELDS[value]: True})


def platform_listing(index, request):
    """Every platform and core facility under ``index``, filtered, in tree order, with its parent platform."""
    platforms = PlatformPage.objects.descendant_of(index).live()
    filters = PlatformFilterSet(request.GET or None, queryset=platforms)
    items = (
        filters.qs.defer_streamfields()
        .select_related("listing_image", "category")
        .prefetch_related("listing_image__renditions")
        .order_by("path")
    )
    return filters, items


def attach_parent_platforms(platforms):
    """Sets ``parent_platform`` on each core facility of ``platforms`` (one query for all)."""
    platforms = list(platforms)
    parent_paths = {p.path[: -PlatformPage.steplen] for p in platforms if p.depth > 4}
    parents = {}
    if parent_paths:
        parents = {p.path: p for p in PlatformPage.objects.live().filter(path__in=parent_paths)}
    for platform in platforms:
        platform.parent_platform = parents.get(platform.path[: -PlatformPage.steplen])
    return platforms


@per_page
def platform_relations(platform):
    """What a platform page links to: its parent platform, core facilities, host institutes, themes, projects."""
    from institutes.models import InstitutePage
    from portfolio.models import PortfolioProjectPage, ResearchThemePage

    if platform.pk is None:
        return {"parent_platform": None, "facilities": [], "host_institutes": [], "themes": [], "projects": []}
    links = related_links(
        parent=PlatformPage.objects.filter(path=platform.path[: -PlatformPage.steplen]).values("pk"),
        facilities=PlatformPage.objects.child_of(platform).values("pk"),
        host_institutes=InstitutePage.objects.filter(hosted_platforms=platform).values("pk"),
        themes=ResearchThemePage.objects.filter(platforms=platform).values("pk"),
        projects=PortfolioProjectPage.objects.filter(platforms=platform).values("pk"),
    )
    parent = links.pop("parent")
    links["parent_platform"] = parent[0] if parent else None
    return links
