"""What an institute page links to."""

from django.db.models import F

from institute_site.caching.memo import per_page
from institute_site.listings import latest_news_ids, related_links


@per_page
def institute_relations(institute):
    """The themes it leads, the platforms it hosts and the latest news about it."""
    from news.models import NewsPage
    from platforms.models import PlatformPage
    from portfolio.models import ResearchThemePage

    if institute.pk is None:
        return {"led_themes": [], "hosted_platforms": [], "latest_news": []}
    links = related_links(
        led_themes=ResearchThemePage.objects.filter(lead_institutes=institute).values("pk"),
        hosted_platforms=PlatformPage.objects.filter(host_institutes=institute).values("pk"),
        latest_news=latest_news_ids(NewsPage.objects.filter(institutes=institute)),
        annotate={"date": F("newspage__date")},
    )
    links["latest_news"].sort(key=lambda item: item.date, reverse=True)
    return links
