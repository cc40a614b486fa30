"""The news as an RSS feed, one per language: /fr/feeds/news/ and /en/feeds/news/.

The language comes from the URL prefix (``i18n_patterns``), so titles, summaries and links are
those of that language. Every page's <head> links to the feed of its language.
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.translation import gettext

from wagtail.models import Site

from institute_site.models import InstituteSettings

from .models import NewsIndexPage, NewsPage

FEED_LENGTH = 20


class NewsFeed(Feed):
    """The latest live, public news items of the site the request is for.

    One instance serves every request, so nothing request-specific is kept on it: ``get_object``
    gathers the request's site and news, and each item carries its own absolute URL.
    """

    def get_object(self, request):
        site = Site.find_for_request(request) or Site.objects.select_related("root_page").get(is_default_site=True)
        root = site.root_page
        items = list(
            NewsPage.objects.live()
            .public()
            .descendant_of(root)
            .defer_streamfields()
            .order_by("-date", "-first_published_at", "-pk")[:FEED_LENGTH]
        )
        for item in items:
            item.feed_link = item.get_full_url(request)
        index = NewsIndexPage.objects.live().public().descendant_of(root).order_by("path").first()
        return {
            "site_name": InstituteSettings.for_site(site).name,
            "link": (index or root).get_full_url(request),
            "feed_url": site.root_url + request.path,  # on the site's own address, as every page URL
            "items": items,
        }

    def title(self, obj):
        return gettext("%(site)s: news") % {"site": obj["site_name"]}

    def link(self, obj):
        return obj["link"]

    def feed_url(self, obj):
        return obj["feed_url"]

    def description(self, obj):
        return gettext("The latest news from %(site)s.") % {"site": obj["site_name"]}

    def items(self, obj):
        return obj["items"]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary or item.search_description

    def item_link(self, item):
        return item.feed_link

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time.min))

    def item_updateddate(self, item):
        return item.last_published_at
