"""Feeds and metadata: canonical and hreflang links, sharing cards, JSON-LD, the news feed,
sitemap.xml and robots.txt, through the real URLs in both languages."""

import datetime
import json
import xml.etree.ElementTree as ET  # noqa: S405 - parses the site's own responses

import pytest
from bs4 import BeautifulSoup

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import querydict_from_html

from home.factories import ContentPageFactory
from institute_site.factories import SiteImageFactory
from institutes.factories import InstituteIndexPageFactory, InstitutePageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from partners.factories import PartnerIndexPageFactory, PartnerPageFactory
from platforms.factories import PlatformCategoryFactory, PlatformIndexPageFactory, PlatformPageFactory
from portfolio.factories import (
    PortfolioIndexPageFactory,
    PortfolioProjectPageFactory,
    ResearchThemeIndexPageFactory,
    ResearchThemePageFactory,
)

ROOT = "http://localhost"
SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


@pytest.fixture
def site_tree(home_page):
    """One live page of every type, under the bilingual home page."""
    institutes = InstituteIndexPageFactory(parent=home_page)
    themes = ResearchThemeIndexPageFactory(parent=home_page)
    portfolio = PortfolioIndexPageFactory(parent=home_page)
    platforms = PlatformIndexPageFactory(parent=home_page)
    partners = PartnerIndexPageFactory(parent=home_page)
    news = NewsIndexPageFactory(parent=home_page)
    return {
        "home": home_page,
        "content": ContentPageFactory(parent=home_page, title_fr="À propos", title_en="About us"),
        "institute_index": institutes,
        "institute": InstitutePageFactory(
            parent=institutes,
            title_fr="Institut de neurosciences",
            title_en="Neuroscience institute",
            acronym="INS",
            city_fr="Marseille",
            city_en="Marseilles",
            summary_fr="Un institut de recherche.",
            summary_en="A research institute.",
            logo=SiteImageFactory(),
        ),
        "theme_index": themes,
        "theme": ResearchThemePageFactory(parent=themes, title_fr="Épilepsie", title_en="Epilepsy"),
        "portfolio_index": portfolio,
        "project": PortfolioProjectPageFactory(parent=portfolio),
        "platform_index": platforms,
        "platform": PlatformPageFactory(parent=platforms, category=PlatformCategoryFactory()),
        "partner_index": partners,
        "partner": PartnerPageFactory(parent=partners),
        "news_index": news,
        "news": NewsPageFactory(
            parent=news,
            title_fr="Une découverte",
            title_en="A discovery",
            summary_fr="Le résumé en français.",
            summary_en="The summary in English.",
            date=datetime.date(2024, 3, 14),
            image=SiteImageFactory(),
        ),
    }


@pytest.fixture
def news_item(home_page):
    """A news item with a picture, alone under the news index."""
    return NewsPageFactory(
        parent=NewsIndexPageFactory(parent=home_page),
        title_fr="Une découverte",
        title_en="A discovery",
        summary_fr="Le résumé en français.",
        summary_en="The summary in English.",
        date=datetime.date(2024, 3, 14),
        image=SiteImageFactory(),
    )


@pytest.fixture
def theme(home_page):
    return ResearchThemePageFactory(
        parent=ResearchThemeIndexPageFactory(parent=home_page), title_fr="Épilepsie", title_en="Epilepsy"
    )


def page_url(page, language):
    """The page's absolute URL in a language, from its stored per-language path."""
    site_root = {"fr": "/accueil/", "en": "/home/"}[language]
    path = getattr(page, f"url_path_{language}")
    assert path.startswith(site_root)
    return f"{ROOT}/{language}/{path[len(site_root) :]}"


def head(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").head


def alternates(soup):
    return {link["hreflang"]: link["href"] for link in soup.find_all("link", rel="alternate", hreflang=True)}


def meta(soup, key):
    tag = soup.find("meta", attrs={"property": key}) or soup.find("meta", attrs={"name": key})
    return tag["content"] if tag else None


def json_ld(soup):
    return [json.loads(script.string) for script in soup.find_all("script", type="application/ld+json")]


def of_type(items, schema_type):
    found = [item for item in items if item["@type"] == schema_type]
    assert len(found) <= 1
    return found[0] if found else None


PAGE_TYPES = [
    "content",
    "institute_index",
    "institute",
    "theme_index",
    "theme",
    "portfolio_index",
    "project",
    "platform_index",
    "platform",
    "partner_index",
    "partner",
    "news_index",
    "news",
]


def test_hreflang_pairs_point_at_each_other_on_every_page_type(client, site_tree):
    for name in PAGE_TYPES:
        page = site_tree[name]
        french, english = page_url(page, "fr"), page_url(page, "en")
        assert french != english, name  # each language has its own slugs

        fr_head = head(client, french)
        en_head = head(client, english)

        expected = {"fr": french, "en": english, "x-default": french}
        assert alternates(fr_head) == expected, name
        assert alternates(en_head) == expected, name
        assert fr_head.find("link", rel="canonical")["href"] == french, name
        assert en_head.find("link", rel="canonical")["href"] == english, name


def test_home_page_alternates_and_x_default_to_the_root(client, home_page):
    soup = head(client, "/en/")
    assert alternates(soup) == {"fr": f"{ROOT}/fr/", "en": f"{ROOT}/en/", "x-default": f"{ROOT}/"}
    assert soup.find("link", rel="canonical")["href"] == f"{ROOT}/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en")["Location"] == "/en/"  # x-default lands by language


def test_open_graph_and_twitter_cards_of_a_news_item(client, news_item):
    for language, title, summary in [
        ("fr", "Une découverte", "Le résumé en français."),
        ("en", "A discovery", "The summary in English."),
    ]:
        url = page_url(news_item, language)
        soup = head(client, url)
        assert meta(soup, "og:type") == "article"
        assert meta(soup, "og:title") == title
        assert meta(soup, "og:description") == summary
        assert meta(soup, "description") == summary
        assert meta(soup, "og:url") == url
        assert meta(soup, "og:locale") == {"fr": "fr_FR", "en": "en_GB"}[language]
        assert meta(soup, "og:locale:alternate") == {"fr": "en_GB", "en": "fr_FR"}[language]
        assert meta(soup, "og:site_name")
        assert meta(soup, "article:published_time") == "2024-03-14"
        image = meta(soup, "og:image")
        assert image.startswith(f"{ROOT}/media/images/") and image.endswith(".jpg")
        assert (meta(soup, "og:image:width"), meta(soup, "og:image:height")) == ("1200", "630")
        assert meta(soup, "twitter:card") == "summary_large_image"
        assert meta(soup, "twitter:image") == image
        assert meta(soup, "twitter:title") == title
        assert meta(soup, "twitter:description") == summary


def test_search_engine_fields_take_precedence_and_a_page_without_image_gets_a_small_card(client, theme):
    theme.seo_title_en = "Epilepsy research"
    theme.search_description_en = "How we study epilepsy."
    theme.save()
    soup = head(client, page_url(theme, "en"))
    assert meta(soup, "og:title") == "Epilepsy research"
    assert meta(soup, "og:description") == "How we study epilepsy."
    assert meta(soup, "twitter:card") == "summary"
    assert meta(soup, "og:image") is None


def test_share_image_comes_from_the_social_image_first(client, home_page):
    partner = PartnerPageFactory(parent=PartnerIndexPageFactory(parent=home_page))
    partner.listing_image = SiteImageFactory(title="Listing")
    partner.social_image = SiteImageFactory(title="Social")
    partner.save()
    soup = head(client, page_url(partner, "fr"))
    assert meta(soup, "og:image:alt") == "Illustration : Social"


def test_institute_page_describes_a_research_organization(client, site_tree):
    institute = site_tree["institute"]
    url = page_url(institute, "en")
    items = json_ld(head(client, url))
    organization = of_type(items, "ResearchOrganization")
    assert organization["@context"] == "https://schema.org"
    assert organization["name"] == "Neuroscience institute"
    assert organization["alternateName"] == "INS"
    assert organization["url"] == url
    assert organization["description"] == "A research institute."
    assert organization["address"]["addressLocality"] == "Marseilles"
    assert organization["logo"].startswith(f"{ROOT}/media/images/")
    breadcrumbs = of_type(items, "BreadcrumbList")["itemListElement"]
    assert [(c["position"], c["name"], c["item"]) for c in breadcrumbs] == [
        (1, "Home", f"{ROOT}/en/"),
        (2, "Institutes", page_url(site_tree["institute_index"], "en")),
        (3, "Neuroscience institute", url),
    ]


def test_news_page_describes_a_news_article(client, news_item):
    url = page_url(news_item, "fr")
    soup = head(client, url)
    article = of_type(json_ld(soup), "NewsArticle")
    assert article["headline"] == "Une découverte"
    assert article["datePublished"] == "2024-03-14"
    assert article["mainEntityOfPage"] == url
    assert article["image"] == [meta(soup, "og:image")]
    assert article["publisher"]["@type"] == "Organization" and article["publisher"]["name"]
    assert article["inLanguage"] == "fr"


def test_every_page_below_home_has_breadcrumbs_and_only_its_own_type(client, site_tree):
    for name in PAGE_TYPES:
        url = page_url(site_tree[name], "fr")
        items = json_ld(head(client, url))
        crumbs = of_type(items, "BreadcrumbList")["itemListElement"]
        assert crumbs[0]["item"] == f"{ROOT}/fr/", name
        assert crumbs[-1]["item"] == url, name
        assert [crumb["position"] for crumb in crumbs] == list(range(1, len(crumbs) + 1)), name
        assert (of_type(items, "ResearchOrganization") is not None) == (name == "institute"), name
        assert (of_type(items, "NewsArticle") is not None) == (name == "news"), name


def test_home_page_has_no_breadcrumbs(client, home_page):
    assert of_type(json_ld(head(client, "/fr/")), "BreadcrumbList") is None


def test_json_ld_cannot_close_its_script_element(client, news_item):
    news = news_item
    hostile = '</script><script>alert("x")</script> & <b>'
    news.summary_fr = hostile
    news.save()
    response = client.get(page_url(news, "fr"))
    html = response.content.decode()
    assert "</script><script>alert" not in html
    article = of_type(json_ld(BeautifulSoup(html, "html.parser").head), "NewsArticle")
    assert article["description"] == hostile


def test_head_links_to_the_news_feed_of_its_language(client, news_item):
    for language in ("fr", "en"):
        soup = head(client, page_url(news_item, language))
        link = soup.find("link", rel="alternate", type="application/rss+xml")
        assert link["href"] == f"{ROOT}/{language}/feeds/news/"
        assert link["title"]
        assert client.get(link["href"].removeprefix(ROOT)).status_code == 200


def test_a_missing_page_gets_no_canonical_nor_alternates(client, home_page):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser").head
    assert soup.find("link", rel="canonical") is None
    assert alternates(soup) == {}


def test_admin_preview_of_a_page_not_saved_yet_has_its_metadata(client, home_page, admin_user):
    """Wagtail's preview renders a page that has no id and no URL yet."""
    index = NewsIndexPageFactory(parent=home_page)
    client.force_login(admin_user)
    add_url = reverse("wagtailadmin_pages:add", args=("news", "newspage", index.pk))
    rendered = querydict_from_html(client.get(add_url).content.decode(), form_id="page-edit-form")
    data = {key: rendered.getlist(key) for key in rendered}
    data.update(
        {
            "title_fr": "Un brouillon",
            "title_en": "A draft",
            "slug_fr": "un-brouillon",
            "slug_en": "a-draft",
            "date": "2025-01-01",
            "body_fr-count": "0",
            "body_en-count": "0",
        }
    )
    preview_url = reverse("wagtailadmin_pages:preview_on_add", args=("news", "newspage", index.pk))
    assert client.post(preview_url, data).json()["is_valid"]
    response = client.get(preview_url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser").head
    assert soup.find("link", rel="alternate", type="application/rss+xml") is not None


def test_search_page_has_language_alternates(client, home_page):
    soup = head(client, "/en/search/?q=epilepsy")
    links = alternates(soup)
    assert (links["fr"], links["en"]) == (f"{ROOT}/fr/search/", f"{ROOT}/en/search/")
    assert links["x-default"] == links["fr"]


# The news feed


def feed_items(client, language):
    response = client.get(f"/{language}/feeds/news/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")  # noqa: S314
    return channel, channel.findall("item")


@pytest.mark.parametrize(
    ("language", "title", "summary", "index_url"),
    [
        ("fr", "Une découverte", "Le résumé en français.", f"{ROOT}/fr/actualites/"),
        ("en", "A discovery", "The summary in English.", f"{ROOT}/en/news/"),
    ],
)
def test_news_feed_per_language(client, news_item, language, title, summary, index_url):
    channel, items = feed_items(client, language)
    assert channel.findtext("language") == language
    assert channel.findtext("link") == index_url
    assert channel.find("{http://www.w3.org/2005/Atom}link").get("href") == f"{ROOT}/{language}/feeds/news/"
    assert [item.findtext("title") for item in items] == [title]
    item = items[0]
    assert item.findtext("description") == summary
    assert item.findtext("link") == page_url(news_item, language)
    assert item.findtext("pubDate").startswith("Thu, 14 Mar 2024")


def test_news_feed_lists_the_latest_twenty_live_public_items(client, news_item):
    index = news_item.get_parent()
    for day in range(1, 23):
        NewsPageFactory(parent=index, title_en=f"March {day}", date=datetime.date(2025, 3, day))
    NewsPageFactory(parent=index, title_en="Draft", date=datetime.date(2025, 4, 1), live=False)
    private = NewsPageFactory(parent=index, title_en="Private", date=datetime.date(2025, 4, 2))
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")

    _channel, items = feed_items(client, "en")
    titles = [item.findtext("title") for item in items]
    assert titles == [f"March {day}" for day in range(22, 2, -1)]


def test_news_feed_answers_without_any_news(client, home_page):
    channel, items = feed_items(client, "fr")
    assert items == []
    assert channel.findtext("link") == f"{ROOT}/fr/"


def _count_queries(client, url):
    client.get(url)  # warms the per-process caches (site root paths)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_news_feed_query_count_does_not_grow_with_the_news(client, news_item, django_assert_num_queries):
    index = news_item.get_parent()
    for _ in range(2):
        NewsPageFactory(parent=index)
    with_three = _count_queries(client, "/fr/feeds/news/")
    for _ in range(27):
        NewsPageFactory(parent=index)
    client.get("/fr/feeds/news/")
    with django_assert_num_queries(with_three):
        response = client.get("/fr/feeds/news/")
    assert response.content.count(b"<item>") == 20
    assert with_three <= 8


# sitemap.xml


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314
    entries = {}
    for url in root.findall("sm:url", SITEMAP_NS):
        links = {
            link.get("hreflang"): link.get("href")
            for link in url.findall("xhtml:link", SITEMAP_NS)
            if link.get("rel") == "alternate"
        }
        entries[url.findtext("sm:loc", namespaces=SITEMAP_NS)] = {
            "alternates": links,
            "lastmod": url.findtext("sm:lastmod", namespaces=SITEMAP_NS),
        }
    return entries


def test_sitemap_lists_every_live_page_in_both_languages_with_alternates(client, site_tree):
    entries = sitemap_entries(client)
    expected = set()
    for name, page in site_tree.items():
        if name == "home":
            french, english, default = f"{ROOT}/fr/", f"{ROOT}/en/", f"{ROOT}/"
        else:
            french, english = page_url(page, "fr"), page_url(page, "en")
            default = french
        expected |= {french, english}
        for url in (french, english):
            assert entries[url]["alternates"] == {"fr": french, "en": english, "x-default": default}
    assert set(entries) == expected


def test_sitemap_leaves_out_drafts_and_private_pages(client, site_tree):
    draft = ResearchThemePageFactory(parent=site_tree["theme_index"], title_en="Draft theme", live=False)
    private = ResearchThemePageFactory(parent=site_tree["theme_index"], title_en="Private theme")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="secret")
    below_private = ContentPageFactory(parent=site_tree["content"], title_en="Members only")
    PageViewRestriction.objects.create(page=site_tree["content"], restriction_type="login")

    locations = set(sitemap_entries(client))
    for page in (draft, private, below_private, site_tree["content"]):
        for language in ("fr", "en"):
            assert page_url(page, language) not in locations
    assert page_url(site_tree["theme"], "en") in locations


def test_sitemap_lastmod_is_the_last_publication(client, theme):
    theme.save_revision().publish()
    theme.refresh_from_db()
    entries = sitemap_entries(client)
    published = theme.last_published_at.astimezone(datetime.UTC).date()
    for language in ("fr", "en"):
        lastmod = entries[page_url(theme, language)]["lastmod"]
        assert abs((datetime.date.fromisoformat(lastmod) - published).days) <= 1


def test_sitemap_query_count_does_not_grow_with_the_pages(client, theme, django_assert_num_queries):
    with_three = _count_queries(client, "/sitemap.xml")  # home, theme index, theme
    for _ in range(27):
        ResearchThemePageFactory(parent=theme.get_parent())
    client.get("/sitemap.xml")
    with django_assert_num_queries(with_three):
        response = client.get("/sitemap.xml")
    assert response.content.count(b"<url>") == 2 * 30
    assert with_three <= 8


# robots.txt


def test_robots_txt_allows_the_site_and_points_to_the_sitemap(client, home_page):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Allow: /" in lines
    assert {"Disallow: /admin/", "Disallow: /django-admin/"} <= set(lines)
    assert "Disallow: /" not in lines
    assert f"Sitemap: {ROOT}/sitemap.xml" in lines


def test_sitemap_and_robots_are_outside_the_language_prefix(client, home_page):
    assert client.get("/fr/sitemap.xml").status_code == 404
    assert client.get("/en/robots.txt").status_code == 404


@pytest.mark.parametrize("query", ["?p=abc", "?p=0", "?p=99"])
def test_sitemap_odd_page_numbers_are_not_found(client, home_page, query):
    assert client.get(f"/sitemap.xml{query}").status_code == 404
