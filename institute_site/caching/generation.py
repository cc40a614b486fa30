"""The site generation: one token in the shared cache that every cached page is checked against.

A token is never reused (time plus randomness), so a generation key evicted by the cache (Redis
with an LRU policy) or lost on restart invalidates every page rather than resurrecting old ones,
which a counter restarting at zero could do.
"""

import logging
import secrets
import time

from django.conf import settings
from django.core.cache import caches

logger = logging.getLogger(__name__)

GENERATION_KEY = "page-cache:generation"


def page_cache():
    return caches[settings.PAGE_CACHE_ALIAS]


def new_token():
    return f"{time.time_ns():x}.{secrets.token_hex(4)}"


def current_generation():
    """The generation now in force; starts a new one when none is stored (first use, eviction)."""
    cache = page_cache()
    token = cache.get(GENERATION_KEY)
    if token is None:
        cache.add(GENERATION_KEY, new_token(), timeout=None)
        token = cache.get(GENERATION_KEY)
    return token


def bump_generation():
    """Invalidate every cached page, in every process sharing the cache."""
    try:
        page_cache().set(GENERATION_KEY, new_token(), timeout=None)
    except Exception:
        # Publishing must not fail because the cache is down; pages then expire on their own.
        logger.exception("Could not invalidate the page cache")
