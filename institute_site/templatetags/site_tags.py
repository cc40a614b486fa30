"""What every public page shares: navigation, breadcrumbs, the language switcher, the fallback rule.

Each tag costs at most one query per request; page URLs come from ``get_url(request)``, which
caches the site root paths on the request.
"""

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import Resolver404, resolve, translate_url
from django.utils import translation
from django.utils.html import format_html

from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, Site

from institute_site.caching.memo import memoized

register = template.Library()


def _site_root(request):
    if request is None:
        return None
    site = Site.find_for_request(request)
    return site.root_page if site else None


def _language_codes():
    return [code for code, _name in settings.LANGUAGES]


@register.simple_tag(takes_context=True)
def page_translations(context, page=None):
    """The current page's address in each language, as ``{language_code: url}``.

    ``page`` defaults to the context's ``page``. On a Wagtail page the URL uses that language's
    slugs (``/fr/accueil/partenaires/`` and ``/en/home/partners/``); on any other view (search)
    Django's ``translate_url`` swaps the prefix; where neither applies (a 404), the home page of
    each language. URLs are site-relative and carry no query string: add
    ``request.build_absolute_uri(url)`` for ``hreflang`` links. Costs no query once the page and
    the site are loaded.

        {% page_translations as translations %}
        {% for code, url in translations.items %}<a href="{{ url }}" hreflang="{{ code }}">...{% endfor %}
    """
    request = context.get("request")
    page = page if page is not None else context.get("page")
    urls = {}
    if isinstance(page, Page):
        for code in _language_codes():
            with translation.override(code):
                url = page.get_url(request)
            if url:
                urls[code] = url
        if len(urls) == len(_language_codes()):
            return urls
    path = request.path if request is not None else "/"
    try:
        match = resolve(path)
    except Resolver404:
        match = None
    if match is not None and match.url_name != "wagtail_serve":
        return {code: translate_url(path, code) for code in _language_codes()}
    root = _site_root(request)
    for code in _language_codes():
        with translation.override(code):
            urls[code] = (root.get_url(request) if root else None) or f"/{code}/"
    return urls


@register.inclusion_tag("navigation/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the same page in the other languages, keeping the listing's filters."""
    request = context.get("request")
    current = translation.get_language()
    query = request.GET.urlencode() if request is not None else ""
    links = []
    for code, url in page_translations(context).items():
        if code == current:
            continue
        with translation.override(code):
            name = translation.get_language_info(code)["name_local"]
        links.append({"code": code, "url": f"{url}?{query}" if query else url, "name": name})
    return {"links": links}


def _chrome(context):
    """The pages every page links to, fetched together in one query and kept on the request (and,
    for anonymous pages, for the site generation): the home page's children shown in menus, the
    current page's ancestors, the legal pages."""
    request = context.get("request")
    page = context.get("page") if isinstance(context.get("page"), Page) else None
    key = page.pk if page is not None else None
    cached = getattr(request, "_site_chrome", None)
    if cached is not None and cached["key"] == key:
        return cached
    root = _site_root(request)
    if root is None:
        chrome = {"key": key, "root": None, "menu": [], "ancestors": [], "legal": []}
    else:
        chrome = memoized(("chrome", root.pk, key), lambda: _load_chrome(request, root, page, key))
    if request is not None:
        request._site_chrome = chrome
    return chrome


def _load_chrome(request, root, page, key):
    from institute_site.models import InstituteSettings

    chrome = {"key": key, "root": root, "menu": [], "ancestors": [], "legal": []}
    institute = InstituteSettings.for_request(request)
    legal_ids = [pk for pk in (institute.legal_page_id, institute.accessibility_page_id) if pk]
    ancestor_paths = []
    if page is not None and page.path.startswith(root.path):
        steplen = Page.steplen
        ancestor_paths = [page.path[: steplen * depth] for depth in range(root.depth, page.depth)]
    pages = Page.objects.live().filter(
        Q(depth=root.depth + 1, path__startswith=root.path) | Q(path__in=ancestor_paths) | Q(pk__in=legal_ids)
    )
    by_pk = {}
    for item in pages.order_by("path"):
        by_pk[item.pk] = item
        if item.path in ancestor_paths:
            chrome["ancestors"].append(item)
        if item.depth == root.depth + 1:
            chrome["menu"].append(item)
    chrome["legal"] = [by_pk[pk] for pk in legal_ids if pk in by_pk]
    # The pages marked "show in menus"; while editors have marked none, every section but the legal ones.
    marked = [item for item in chrome["menu"] if item.show_in_menus]
    chrome["menu"] = marked or [item for item in chrome["menu"] if item.pk not in legal_ids]
    return chrome


def page_ancestors(context):
    """The current page's live ancestors from the home page down, as loaded for the breadcrumbs:
    other tags (the breadcrumb JSON-LD) can reuse them rather than query again."""
    return list(_chrome(context)["ancestors"])


@register.inclusion_tag("navigation/main_menu.html", takes_context=True)
def main_menu(context):
    """The home page's live children marked "show in menus" (all but the legal pages while none is
    marked), with the current section marked."""
    request = context.get("request")
    page = context.get("page")
    items = []
    for child in _chrome(context)["menu"]:
        active = isinstance(page, Page) and page.path.startswith(child.path)
        items.append(
            {
                "title": child.title,
                "url": child.get_url(request),
                "active": active,
                "current": active and page.pk == child.pk,
            }
        )
    return {"items": items}


@register.inclusion_tag("navigation/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The page's ancestors from the home page down, then the page itself (not a link)."""
    request = context.get("request")
    page = context.get("page")
    if not isinstance(page, Page) or page.depth <= 2:
        return {"ancestors": [], "page": None}
    ancestors = [{"title": item.title, "url": item.get_url(request)} for item in _chrome(context)["ancestors"]]
    return {"ancestors": ancestors, "page": page}


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The legal notice and accessibility statement chosen in the institute settings."""
    request = context.get("request")
    return [{"title": item.title, "url": item.get_url(request)} for item in _chrome(context)["legal"]]


def _is_empty(value):
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    try:
        return len(value) == 0
    except TypeError:
        return False


def _resolve(instance, field_name):
    """The field's value and the language it is written in, following the fallback order."""
    current = translation.get_language() or settings.LANGUAGE_CODE
    codes = [current] + [code for code in _language_codes() if code != current]
    for code in codes:
        localized = build_localized_fieldname(field_name, code)
        if not hasattr(instance, localized):
            return getattr(instance, field_name, ""), current
        value = getattr(instance, localized)
        if not _is_empty(value):
            return value, code
    return getattr(instance, field_name, ""), current


@register.simple_tag
def lang_attr(instance, field_name):
    """` lang="fr"` when ``instance.<field_name>`` falls back to another language, else nothing.

    For elements holding a translated field: ``<div class="rich-text"{% lang_attr page "body" %}>``.
    """
    if instance is None:
        return ""
    _value, code = _resolve(instance, field_name)
    if code != translation.get_language():
        return format_html(' lang="{}"', code)
    return ""


@register.simple_tag
def translated(instance, field_name):
    """A translated text field, escaped; wrapped in ``<span lang="..">`` when it falls back.

    Modeltranslation already falls back to the other language when the current one is empty;
    this tag also tells browsers and screen readers which language they are reading.
    """
    if instance is None:
        return ""
    value, code = _resolve(instance, field_name)
    if _is_empty(value):
        return ""
    if code != translation.get_language():
        return format_html('<span lang="{}">{}</span>', code, value)
    return format_html("{}", value)


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced (``None`` or "" removes them).

    Changing a filter also drops ``page``: ``{% query_with page=3 %}``, ``{% query_with level="" %}``.
    """
    request = context.get("request")
    params = request.GET.copy() if request is not None else None
    if params is None:
        return ""
    if "page" not in changes:
        params.pop("page", None)
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"
