"""What a page tells search engines, feed readers and social networks about itself.

Shared by the head metadata tags, the sitemap and the news feed, so that the canonical URL,
the language alternates and the sitemap entries always agree.
"""

import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation
from django.utils.safestring import mark_safe

from wagtail.models import Site

# Open Graph wants a territory with each language.
OG_LOCALES = {"fr": "fr_FR", "en": "en_GB"}

# A large image for link previews (1.91:1, what Open Graph and Twitter cards show best),
# in JPEG because not every network reads WebP (the site converts uploads to WebP otherwise).
SHARE_IMAGE_FILTER = "fill-1200x630|format-jpeg|jpegquality-80"
LOGO_FILTER = "max-600x600|format-png"

# Inside <script type="application/ld+json"> only "</script>" could end the data early;
# escaping <, > and & as Django's json_script does closes that door.
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_for_script(value):
    """JSON safe to place between <script type="application/ld+json"> tags."""
    return mark_safe(  # noqa: S308 - every character that could close the element is escaped
        json.dumps(value, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    )


def site_for(page, request=None):
    """The Wagtail site of the request, else the page's own."""
    site = Site.find_for_request(request) if request is not None else None
    return site if site is not None else page.get_site()


def language_urls(page, request=None):
    """{language code: absolute URL} of the page in each of the site's languages.

    Each language has its own slugs (wagtail-modeltranslation), so the URL is built with that
    language active. Costs no query once the site root paths are cached.
    """
    urls = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            url = page.get_full_url(request)
        if url:
            urls[code] = url
    return urls


def x_default_url(page, urls, site):
    """Where a visitor whose language the site does not speak should land.

    The site root has a neutral address (/ redirects by Accept-Language); any other page has
    no unprefixed address, so the default language's URL stands in.
    """
    if site is not None and page.pk == site.root_page_id:
        return site.root_url + "/"
    return urls.get(settings.LANGUAGE_CODE)


def alternates(page, request=None, site=None):
    """[(hreflang, absolute URL)] for every language plus x-default."""
    urls = language_urls(page, request)
    pairs = list(urls.items())
    x_default = x_default_url(page, urls, site)
    if x_default:
        pairs.append(("x-default", x_default))
    return pairs


def absolute_url(url, request=None, site=None):
    """A site-relative URL (a rendition's) made absolute on the Wagtail site's address, as pages are."""
    if url.startswith(("http://", "https://")):  # media on another host
        return url
    if site is not None:
        return site.root_url + url
    if request is not None:
        return request.build_absolute_uri(url)
    return url


def image_data(image, filter_spec, request=None, site=None):
    """URL, size and alt text of a rendition of the image, or None without an image."""
    if image is None:
        return None
    rendition = image.get_rendition(filter_spec)
    return {
        "url": absolute_url(rendition.url, request, site),
        "width": rendition.width,
        "height": rendition.height,
        "alt": getattr(image, "alt_text", "") or "",
    }


def breadcrumb_list(page, ancestors, request=None):
    """schema.org BreadcrumbList from the site's root page down to this page (None on the root).

    ``ancestors`` are those the visible breadcrumbs show (site_tags.page_ancestors), already
    loaded for the page: the same trail, without querying it again.
    """
    if not page.pk or not ancestors:
        return None
    elements = []
    for position, crumb in enumerate([*ancestors, page], start=1):
        url = crumb.get_full_url(request)
        element = {"@type": "ListItem", "position": position, "name": crumb.title}
        if url:
            element["item"] = url
        elements.append(element)
    return {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": elements}


def research_organization(page, url, logo=None, parent_name=""):
    """schema.org ResearchOrganization for an institute page."""
    data = {
        "@context": "https://schema.org",
        "@type": "ResearchOrganization",
        "name": page.title,
        "url": url,
    }
    if page.acronym:
        data["alternateName"] = page.acronym
    description = page.summary or page.mission or page.search_description
    if description:
        data["description"] = description
    if logo:
        data["logo"] = logo["url"]
    if page.city or page.address:
        address = {"@type": "PostalAddress"}
        if page.address:
            address["streetAddress"] = page.address
        if page.city:
            address["addressLocality"] = page.city
        data["address"] = address
    if page.website:
        data["sameAs"] = [page.website]
    if parent_name:
        data["parentOrganization"] = {"@type": "Organization", "name": parent_name}
    return data


def news_article(page, url, image=None, publisher_name="", publisher_url=""):
    """schema.org NewsArticle for a news page."""
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],  # search engines cut headlines beyond 110 characters
        "datePublished": page.date.isoformat(),
        "mainEntityOfPage": url,
        "url": url,
        "inLanguage": translation.get_language(),
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    description = page.summary or page.search_description
    if description:
        data["description"] = description
    if image:
        data["image"] = [image["url"]]
    if publisher_name:
        data["publisher"] = {"@type": "Organization", "name": publisher_name}
        if publisher_url:
            data["publisher"]["url"] = publisher_url
    return data
