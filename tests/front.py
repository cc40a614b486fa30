"""Helpers shared by the page-rendering tests of every app (tests/<app>/test_views.py)."""

import re
from html import unescape

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from institute_site.factories import SiteImageFactory, generated_image_file

# What the issue allows, whatever the amount of content.
DETAIL_BUDGET = 15
LISTING_BUDGET = 20


@pytest.fixture
def site(home_page):
    """The home page, with the per-language site root paths forgotten from earlier tests."""
    cache.clear()
    return home_page


def small_image(**kwargs):
    """An image small enough that its renditions (three formats, three widths) are quick to make."""
    return SiteImageFactory(file=generated_image_file(size=(60, 40)), **kwargs)


def html_of(response):
    return response.content.decode()


def html_lang(response):
    return re.search(r'<html lang="([^"]+)"', html_of(response)).group(1)


def switcher_links(response):
    """``{language: url}`` of the language switcher's links."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html_of(response), re.S)
    assert nav, "no language switcher on the page"
    return {lang: unescape(url) for url, lang in re.findall(r'<a href="([^"]+)" hreflang="([^"]+)"', nav.group(0))}


def assert_switcher_round_trip(client, fr_url, en_url):
    """Both versions answer 200 with their ``<html lang>`` and their switchers point at each other."""
    fr, en = client.get(fr_url), client.get(en_url)
    assert (fr.status_code, en.status_code) == (200, 200)
    assert (html_lang(fr), html_lang(en)) == ("fr", "en")
    assert switcher_links(fr) == {"en": en_url}
    assert switcher_links(en) == {"fr": fr_url}
    return fr, en


def card_titles(response):
    """The titles of the cards listed on a page, in order."""
    return re.findall(r'class="card__title"><a href="[^"]*"(?: lang="[a-z]+")?>([^<]+)</a>', html_of(response))


def count_queries(client, url):
    """Queries of a warm request (renditions and cached site paths already made by a first one)."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def assert_constant_queries(client, url, add_items, budget, django_assert_num_queries):
    """The page's query count with the content it has is within ``budget`` and stays the same
    once ``add_items()`` has added many more items."""
    few = count_queries(client, url)
    assert few <= budget, f"{url}: {few} queries, over the budget of {budget}"
    add_items()
    client.get(url)  # warm: renditions of the new images
    with django_assert_num_queries(few):
        assert client.get(url).status_code == 200
    return few
