"""Serve whole pages to anonymous visitors from the shared cache.

Only GET and HEAD requests without a session cookie or credentials are looked up, and only
200 responses of Wagtail pages and of the views listed in `PAGE_CACHE_URL_NAMES` are stored,
unless they set a cookie (a CSRF token, a session), come from a preview, or say they are
private. A hit costs one round trip to the cache (the generation and the entry are read
together) and no database query.

Each entry keeps the page gzip-compressed once, when stored (or plain, if that is no larger),
and a rare client that does not take gzip gets it decompressed; the middleware sits inside
Django's GZipMiddleware, which then compresses only what this cache does not serve.
"""

import hashlib
import logging
import re
import time
from gzip import decompress
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from django.utils.text import compress_string
from django.utils.translation import get_language_from_path, get_language_from_request

from .generation import GENERATION_KEY, current_generation, page_cache
from .memo import generation_scope
from .routing import prime_site

logger = logging.getLogger(__name__)

ACCEPTS_GZIP = re.compile(r"\bgzip\b")
# Links shared during a press campaign carry these; they do not change the page.
TRACKING_PARAMETERS = re.compile(r"^(utm_[a-z]+|fbclid|gclid|mc_[a-z]+)$")
MAX_KEY_LENGTH = 2000
# Headers rebuilt for each response rather than stored.
UNSTORED_HEADERS = {
    "content-length",
    "content-encoding",
    "set-cookie",
    "vary",
    "cache-control",
    "etag",
    "last-modified",
}


def normalized_query(query_string):
    pairs = [(k, v) for k, v in parse_qsl(query_string, keep_blank_values=True) if not TRACKING_PARAMETERS.match(k)]
    return urlencode(sorted(pairs, key=lambda pair: pair[0]))


def entry_key(request):
    """The cache key of a request: site (scheme and host), language and path with its sorted query."""
    query = normalized_query(request.META.get("QUERY_STRING", ""))
    url = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    if len(url) > MAX_KEY_LENGTH:
        return None
    # Outside the language prefixes (sitemap, robots.txt) the language comes from Accept-Language,
    # as LocaleMiddleware picks it.
    language = get_language_from_path(request.path_info) or get_language_from_request(request)
    return f"page-cache:{language}:{hashlib.md5(url.encode(), usedforsecurity=False).hexdigest()}"


def public_cache_control():
    directives = {"public": True, "max_age": settings.PAGE_CACHE_MAX_AGE}
    if settings.PAGE_CACHE_STALE_WHILE_REVALIDATE:
        directives["stale_while_revalidate"] = settings.PAGE_CACHE_STALE_WHILE_REVALIDATE
    if settings.PAGE_CACHE_SHARED_MAX_AGE is not None:
        directives["s_maxage"] = settings.PAGE_CACHE_SHARED_MAX_AGE
    response = HttpResponse()
    patch_cache_control(response, **directives)
    return response["Cache-Control"]


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.excluded_prefixes = tuple(settings.PAGE_CACHE_EXCLUDED_PREFIXES)
        self.url_names = frozenset(settings.PAGE_CACHE_URL_NAMES)
        self.cache_control = public_cache_control()

    def __call__(self, request):
        if request.COOKIES.get(settings.SESSION_COOKIE_NAME) or "HTTP_AUTHORIZATION" in request.META:
            # An editor (or anyone with a session): never from the cache, never kept by anyone.
            response = self.get_response(request)
            if "Cache-Control" not in response:
                patch_cache_control(response, private=True, no_store=True)
            return response
        if not self.is_cacheable_request(request):
            return self.get_response(request)

        try:
            key = entry_key(request)
            if key is None:
                return self.get_response(request)
            cache = page_cache()
            found = cache.get_many([GENERATION_KEY, key])
            generation = found.get(GENERATION_KEY) or current_generation()
        except Exception:
            logger.exception("Page cache unavailable; serving without it")
            return self.get_response(request)
        if generation is None:  # the cache fails open (caching/backends.py): serve uncached
            return self.get_response(request)

        entry = found.get(key)
        if entry is None:
            return self.render_and_store(request, cache, key, generation)
        if entry["generation"] == generation:
            return self.respond(request, entry, "HIT")
        # After a publication every page goes stale at once, and a busy page would be rendered by
        # every request arriving while it renders: one request rebuilds it, and the others get
        # the page of the previous generation meanwhile, marked for nobody to keep.
        if not self.claim_rebuild(cache, key):
            return self.respond(request, entry, "STALE")
        try:
            return self.render_and_store(request, cache, key, generation, replaces_stale=True)
        finally:
            self.release_rebuild(cache, key)

    def render_and_store(self, request, cache, key, generation, replaces_stale=False):
        # The generation was read before rendering: a page published meanwhile makes this entry
        # stale at once rather than letting a page rendered from older content live on. The
        # rendering reuses what other pages of this generation already built (memo.py).
        with generation_scope(generation):
            prime_site(request)
            response = self.get_response(request)
        try:
            if not self.is_storable(request, response):
                if replaces_stale:  # unpublished, moved away, made private: no copy left to serve
                    cache.delete(key)
                return response
            entry = self.make_entry(response, generation)
            cache.set(key, entry, settings.PAGE_CACHE_TIMEOUT)
        except Exception:
            logger.exception("Could not store a page in the cache")
            return response
        return self.respond(request, entry, "MISS")

    @staticmethod
    def claim_rebuild(cache, key):
        """Whether this request is the one to render a stale page (the others serve it stale)."""
        lock = f"{key}:rebuilding"
        try:
            # A cache that failed to answer `add` has no lock to show either: render then.
            return cache.add(lock, 1, settings.PAGE_CACHE_REBUILD_SECONDS) or cache.get(lock) is None
        except Exception:
            logger.exception("Page cache unavailable; rendering")
            return True

    @staticmethod
    def release_rebuild(cache, key):
        try:
            cache.delete(f"{key}:rebuilding")
        except Exception:
            logger.exception("Could not release a page's rebuild")

    def is_cacheable_request(self, request):
        return (
            settings.PAGE_CACHE_ENABLED
            and request.method in ("GET", "HEAD")
            and not request.path.startswith(self.excluded_prefixes)
        )

    def is_storable(self, request, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        if getattr(request, "is_preview", False) or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            return False
        session = getattr(request, "session", None)
        if session is not None and session.modified:
            return False
        cache_control = response.get("Cache-Control", "").lower()
        if any(word in cache_control for word in ("private", "no-store", "no-cache")):
            return False
        match = getattr(request, "resolver_match", None)
        if match is None:
            return False
        return match.url_name in self.url_names or getattr(match.func, "page_cacheable", False)

    def make_entry(self, response, generation):
        body = response.content
        headers = [(name, value) for name, value in response.items() if name.lower() not in UNSTORED_HEADERS]
        vary = [v.strip() for v in response.get("Vary", "").split(",") if v.strip() and v.strip().lower() != "cookie"]
        compressed = compress_string(body) if len(body) >= 200 else None
        # Only the smaller form is kept: nearly every client takes gzip, and the rare one that
        # does not costs a decompression, where keeping both would send the page out of Redis
        # twice on every hit (60 KB plain beside 15 KB compressed for the partner listing).
        if compressed is not None and len(compressed) >= len(body):
            compressed = None
        return {
            "generation": generation,
            "headers": headers,
            "vary": vary,
            "body": None if compressed is not None else body,
            "gzip": compressed,
            "etag": f'W/"{hashlib.md5(body, usedforsecurity=False).hexdigest()}"',
            "last_modified": int(time.time()),
        }

    def respond(self, request, entry, state):
        gzip = entry["gzip"] is not None and ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", ""))
        if gzip:
            response = HttpResponse(entry["gzip"])
        else:
            response = HttpResponse(entry["body"] if entry["body"] is not None else decompress(entry["gzip"]))
        for name, value in entry["headers"]:
            response[name] = value
        if gzip:
            response["Content-Encoding"] = "gzip"
        response["Content-Length"] = str(len(response.content))
        response["Cache-Control"] = "no-cache" if state == "STALE" else self.cache_control
        response["ETag"] = entry["etag"]
        response["Last-Modified"] = http_date(entry["last_modified"])
        response["X-Cache"] = state
        patch_vary_headers(response, [*entry["vary"], "Accept-Encoding"])
        return get_conditional_response(
            request, etag=entry["etag"], last_modified=entry["last_modified"], response=response
        )


def page_cacheable(view):
    """Mark a view (a feed, the sitemap) whose anonymous 200 responses the page cache may keep."""
    view.page_cacheable = True
    return view
