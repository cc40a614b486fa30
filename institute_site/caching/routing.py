"""Finding the page an address shows, without walking the page tree again for every request.

Wagtail resolves a request in steps that each cost queries: the site for the host name, the home
page and its specific type, then, for each part of the path, the children of the page reached so
far (wagtail-modeltranslation loads all of them to compare their slug in the current language)
and the specific type of the matching one. The result depends only on the content, so within a
site generation (memo.py) each process keeps:

- the site of each host name, with its home page;
- for each address, the type and id of the page it leads to: a later request loads that one page
  in one query;
- the site root paths in each language, which page URLs are built from.
"""

from django.apps import apps
from django.utils import translation

from wagtail import views as wagtail_views
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from .memo import memoized, recall, remember


def prime_site(request):
    """Set Wagtail's per-request site (``Site.find_for_request``) from this generation's memo."""
    if hasattr(request, "_wagtail_site"):
        return
    key = ("site", request._get_raw_host(), request.get_port())
    request._wagtail_site = memoized(key, lambda: _site_with_root_page(request))


def _site_with_root_page(request):
    site = Site._find_for_request(request)
    if site is not None:
        site.root_page.localized.specific  # noqa: B018 (loaded now, kept with the site)
    return site


def prime_route(request, path):
    """Set Wagtail's per-request route (``Page.route_for_request``) from this generation's memo."""
    prime_site(request)
    site = request._wagtail_site
    if site is None:
        return
    key = ("route", site.pk, translation.get_language(), path)
    known = recall(key)
    if known is not None:
        model, pk, args, kwargs = known
        page = model.objects.filter(pk=pk).first()
        if page is not None:
            request._wagtail_route_for_request = RouteResult(page, args, kwargs)
            return
    found = Page.route_for_request(request, path)  # kept on the request for Wagtail's view
    if found is not None:
        remember(key, (type(found.page), found.page.pk, found.args, found.kwargs))


def serve(request, path):
    """Wagtail's page view, given the route this address led to earlier in the generation."""
    prime_route(request, path)
    return wagtail_views.serve(request, path)


def install_site_root_paths_memo():
    """Keep the site root paths per language on the request, and for the generation.

    wagtail-modeltranslation sets its ``_get_site_root_paths`` on every page model; it keeps one
    language's paths on the request and reads the shared cache again whenever the language
    changes, which the language switcher and the alternate links do for each URL they build.
    """
    for model in apps.get_models():
        if issubclass(model, Page) and "_get_site_root_paths" in model.__dict__:
            model._get_site_root_paths = _per_language(model.__dict__["_get_site_root_paths"])


def _per_language(localized):
    def get_site_root_paths(self, request=None):
        holder = request if request is not None else self
        language = translation.get_language()
        per_language = holder.__dict__.setdefault("_site_root_paths_by_language", {})
        if language not in per_language:
            per_language[language] = memoized(("site-root-paths", language), lambda: localized(self, request))
        return per_language[language]

    return get_site_root_paths
