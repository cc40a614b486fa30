"""Invalidate the page cache when what the pages show changes, and tell the CDN.

Any publication replaces the site generation: every cached page of every process becomes
stale with one write, whichever listings, theme pages, feeds or sitemap showed the page.
Tracking which pages show which (per-page dependencies) would keep more of the cache warm
after a publication but is easy to get subtly wrong; publications are rare next to views,
so the whole cache is rebuilt instead (see docs/caching.md).

The generation is replaced once the transaction commits: a request rendering meanwhile
cannot store a page built from the content as it was before.
"""

import logging

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import translation
from django.utils.module_loading import import_string

from wagtail.images.models import AbstractRendition
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .generation import bump_generation

logger = logging.getLogger(__name__)


def invalidate_on_commit():
    """Replace the generation when the current transaction commits (at once outside a transaction)."""
    transaction.on_commit(bump_generation)


def purge_handler():
    path = getattr(settings, "CDN_PURGE_HANDLER", None)
    return import_string(path) if path else None


def page_urls(page):
    """The page and its ancestors (the listings and home that show it) in every language, absolute."""
    urls = []
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            for ancestor in page.get_ancestors(inclusive=True).specific(defer=True):
                url = ancestor.get_full_url()
                if url and url not in urls:
                    urls.append(url)
            site = page.get_site()
            if site is not None:
                root = site.root_url
                for path in settings.CDN_PURGE_ALSO:
                    url = root + path.format(language=language)
                    if url not in urls:
                        urls.append(url)
    return urls


def purge_cdn(page):
    handler = purge_handler()
    if handler is None:
        return
    try:
        urls = page_urls(page)
    except Exception:
        logger.exception("Could not list the addresses to purge for page %s", page.pk)
        return

    def call_handler():
        try:
            handler(urls)
        except Exception:
            # A CDN outage must not break publishing; the CDN copies expire after their max-age.
            logger.exception("CDN purge failed for %s", urls)

    transaction.on_commit(call_handler)


def page_changed(sender, instance, **kwargs):
    invalidate_on_commit()
    purge_cdn(instance)


def page_moved(sender, instance, parent_page_before=None, **kwargs):
    invalidate_on_commit()
    purge_cdn(instance)
    if parent_page_before is not None:
        purge_cdn(parent_page_before)  # the listing it left


def content_changed(sender, **kwargs):
    if kwargs.get("raw"):
        return  # loaddata
    invalidate_on_commit()


def invalidating_models():
    """Models other than pages whose changes show on pages: snippets, images, documents, settings..."""
    labels = set(settings.PAGE_CACHE_INVALIDATING_APPS)
    for model in apps.get_models():
        if issubclass(model, Page | AbstractRendition):
            continue
        if model._meta.app_label in labels or model._meta.label in labels:
            yield model


def connect_signals():
    page_published.connect(page_changed, dispatch_uid="page_cache_published")
    page_unpublished.connect(page_changed, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(page_moved, dispatch_uid="page_cache_moved")
    # Sent once per deleted page, for its wagtailcore_page row, whatever its type.
    post_delete.connect(page_changed, sender=Page, dispatch_uid="page_cache_deleted")
    for model in invalidating_models():
        post_save.connect(content_changed, sender=model, dispatch_uid=f"page_cache_saved_{model._meta.label}")
        post_delete.connect(content_changed, sender=model, dispatch_uid=f"page_cache_deleted_{model._meta.label}")
