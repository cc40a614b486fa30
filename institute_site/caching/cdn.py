"""Ready-made CDN purge handlers; `settings.CDN_PURGE_HANDLER` names one of them, or your own.

A handler receives the absolute URLs to purge after a page is published, unpublished, moved or
deleted: the page and its ancestors (the listings and home showing it) in every language, plus
`settings.CDN_PURGE_ALSO` (feeds, sitemap). Pages that show it through a relation (a theme page
listing a news item) refresh when their CDN copy expires (`PAGE_CACHE_MAX_AGE`); a handler may
purge the whole zone instead, which most CDNs can do in one call.
"""

import logging

logger = logging.getLogger(__name__)


def purge_with_wagtail_frontend_cache(urls):
    """Purge through Wagtail's frontend cache backends (Cloudflare, CloudFront, Varnish...).

    Configure them with `WAGTAILFRONTENDCACHE` as Wagtail's documentation describes.
    """
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    purge_urls_from_cache(urls)


def log_purge(urls):
    """Only log what would be purged: for development, or to check the addresses before wiring a CDN."""
    logger.info("CDN purge: %s", " ".join(urls))
