"""The page's metadata for the <head>: canonical URL, language alternates, sharing cards, JSON-LD.

Used once, by ``components/head_metadata.html``:

    {% load metadata_tags %}{% page_metadata as meta %}

URLs are absolute and built from the Wagtail site's root URL (``page.get_full_url``), as the
sitemap and the news feed build theirs, so the three always agree.
"""

from django import template
from django.conf import settings
from django.urls import NoReverseMatch, Resolver404, resolve, reverse, translate_url
from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext

from wagtail.models import Page, Site

from institute_site import metadata
from institute_site.models import InstituteSettings
from institute_site.templatetags.site_tags import page_ancestors
from institutes.models import InstitutePage
from news.models import NewsPage

register = template.Library()

DESCRIPTION_LENGTH = 300


@register.filter
def ld_json(value):
    """Serialise for ``<script type="application/ld+json">``, escaping what could end the element."""
    return metadata.json_for_script(value)


def _description(page):
    for field in ("search_description", "summary", "intro", "hero_intro", "mission"):
        value = getattr(page, field, "")
        if value and value.strip():
            return Truncator(" ".join(value.split())).chars(DESCRIPTION_LENGTH)
    return ""


def _share_image(page):
    image = getattr(page, "share_image", None)
    if image is None:
        image = getattr(page, "image", None)  # a news item's own picture
    return image


def _absolute(path, request, site):
    """An absolute URL on the Wagtail site's own address, as page URLs are."""
    return site.root_url + path if site is not None else request.build_absolute_uri(path)


def _feed_url(request, site):
    """The news feed in the current language."""
    try:
        return _absolute(reverse("news_feed"), request, site)
    except NoReverseMatch:
        return ""


def _non_page_alternates(request, site):
    """A view that is not a Wagtail page (search): the same path under each language prefix."""
    if not translation.get_language_from_path(request.path_info):  # not a public, per-language view
        return []
    try:
        match = resolve(request.path)
    except Resolver404:
        return []
    if match.url_name == "wagtail_serve":  # a page that was not found
        return []
    pairs = [(code, _absolute(translate_url(request.path, code), request, site)) for code, _ in settings.LANGUAGES]
    default = dict(pairs).get(settings.LANGUAGE_CODE)
    return [*pairs, ("x-default", default)] if default else pairs


@register.simple_tag(takes_context=True)
def page_metadata(context):
    """Everything the head needs to describe the current page, as a dict (empty values are left out)."""
    request = context.get("request")
    page = context.get("page")
    language = translation.get_language() or settings.LANGUAGE_CODE
    meta = {"language": language, "og_locale": metadata.OG_LOCALES.get(language, language)}
    meta["og_locale_alternates"] = [
        metadata.OG_LOCALES.get(code, code) for code, _name in settings.LANGUAGES if code != language
    ]
    if request is None:  # a bare error page
        return meta

    institute = InstituteSettings.for_request(request)
    site = Site.find_for_request(request)
    meta["site_name"] = institute.name
    meta["feed_url"] = _feed_url(request, site)
    meta["feed_title"] = gettext("%(site)s: news") % {"site": institute.name}

    if not isinstance(page, Page) or not page.pk:
        meta["alternates"] = _non_page_alternates(request, site)
        return meta

    site = site or metadata.site_for(page)
    canonical = page.get_full_url(request)
    meta["canonical"] = canonical
    meta["alternates"] = metadata.alternates(page, request, site)
    meta["title"] = page.seo_title or page.title
    meta["description"] = _description(page)
    meta["image"] = metadata.image_data(_share_image(page), metadata.SHARE_IMAGE_FILTER, request, site)
    meta["og_type"] = "website"

    json_ld = []
    if isinstance(page, InstitutePage):
        logo = metadata.image_data(page.logo, metadata.LOGO_FILTER, request, site)
        json_ld.append(metadata.research_organization(page, canonical, logo, parent_name=institute.name))
    elif isinstance(page, NewsPage):
        meta["og_type"] = "article"
        meta["published"] = page.date.isoformat()
        json_ld.append(
            metadata.news_article(
                page,
                canonical,
                meta["image"],
                publisher_name=institute.name,
                publisher_url=site.root_url + "/" if site else "",
            )
        )
    breadcrumbs = metadata.breadcrumb_list(page, page_ancestors(context), request)
    if breadcrumbs:
        json_ld.append(breadcrumbs)
    meta["json_ld"] = json_ld
    return meta
