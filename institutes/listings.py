"""What an institute page links to."""

from institute_site.listings import related_links


def institute_relations(institute):
    """The themes it leads, the platforms it hosts and the latest news about it."""
    from news.models import NewsPage
    from platforms.models import PlatformPage
    from portfolio.models import ResearchThemePage

    if institute.pk is None:
        return {"led_themes": [], "hosted_platforms": [], "latest_news": []}
    return {
        **related_links(
            led_themes=ResearchThemePage.objects.filter(lead_institutes=institute).values("pk"),
            hosted_platforms=PlatformPage.objects.filter(host_institutes=institute).values("pk"),
        ),
        "latest_news": NewsPage.objects.live().filter(institutes=institute).defer_streamfields().order_by("-date")[:5],
    }
