"""The home page's sections, each fetched in a fixed number of queries."""

from types import SimpleNamespace

from django.db.models import OuterRef, Subquery

from institute_site.caching.memo import per_page
from institute_site.listings import attach_images


@per_page
def home_sections(home):
    """Key figures of the featured institute, featured themes, the latest news, highlighted partners,
    and the news index for the "all news" link. All their images come in one fetch."""
    from institutes.models import InstituteKeyFigure
    from news.models import NewsIndexPage, NewsPage
    from partners.models import PartnerPage
    from portfolio.models import ResearchThemePage

    from .models import HomeFeaturedTheme, HomePage

    if home.pk is None:
        return {}
    themes = list(
        ResearchThemePage.objects.live()
        .annotate(
            featured_order=Subquery(
                HomeFeaturedTheme.objects.filter(page=home, theme=OuterRef("pk")).values("sort_order")[:1]
            )
        )
        .filter(featured_order__isnull=False)
        .defer_streamfields()
        .order_by("featured_order")
    )
    news_index = NewsIndexPage.objects.child_of(home).live().first()
    latest_news = []
    if news_index is not None:
        latest_news = list(
            NewsPage.objects.child_of(news_index).live().defer_streamfields().order_by("-date", "-pk")[:3]
        )
    partners = list(
        PartnerPage.objects.live()
        .filter(pk__in=HomePage.highlighted_partners.through.objects.filter(homepage=home).values("partnerpage"))
        .defer_streamfields()
        .order_by("title")
    )
    hero = SimpleNamespace(hero_image_id=home.hero_image_id, hero_image=None)  # the page itself is left as it is
    attach_images([hero, *themes, *latest_news, *partners], "hero_image", "listing_image", "image", "logo")
    figures = InstituteKeyFigure.objects.filter(page_id=home.featured_institute_id).order_by("sort_order")
    return {
        "key_figures": list(figures) if home.featured_institute_id else [],
        "featured_institute": home.featured_institute,
        "hero_image": hero.hero_image,
        "featured_themes": themes,
        "news_index": news_index,
        "latest_news": latest_news,
        "highlighted_partners": partners,
    }


@per_page
def content_subpages(page):
    """A content page's live children, listed under it."""
    from .models import ContentPage

    return list(ContentPage.objects.child_of(page).live().defer_streamfields()) if page.pk else []
