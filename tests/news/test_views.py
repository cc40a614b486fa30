"""The news listing (filters by theme and year, pagination) and news pages."""

import datetime

import pytest

from django.utils import translation

from institutes.factories import InstituteIndexPageFactory, InstitutePageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from portfolio.factories import ResearchThemeIndexPageFactory, ResearchThemePageFactory
from tests.front import (
    DETAIL_BUDGET,
    LISTING_BUDGET,
    assert_constant_queries,
    assert_switcher_round_trip,
    card_titles,
    html_of,
    small_image,
)


@pytest.fixture
def index(site):
    return NewsIndexPageFactory(parent=site, slug_fr="actualites", slug_en="news")


@pytest.fixture
def theme(site):
    return ResearchThemePageFactory(parent=ResearchThemeIndexPageFactory(parent=site))


def add_news(index, count, theme=None, **kwargs):
    for _ in range(count):
        item = NewsPageFactory(parent=index, listing_image=small_image(), **kwargs)
        if theme is not None:
            item.themes.add(theme)
            item.save()


def test_listing_answers_in_both_languages_newest_first(client, index):
    NewsPageFactory(parent=index, title_en="Older", date=datetime.date(2024, 1, 5))
    NewsPageFactory(parent=index, title_en="Newer", date=datetime.date(2025, 3, 1))
    _fr, en = assert_switcher_round_trip(client, "/fr/actualites/", "/en/news/")
    assert card_titles(en) == ["Newer", "Older"]
    assert 'datetime="2025-03-01"' in html_of(en)


def test_theme_and_year_filters_combine(client, index, theme):
    for title, year in (("2024 on theme", 2024), ("2025 on theme", 2025)):
        item = NewsPageFactory(parent=index, title_en=title, date=datetime.date(year, 6, 1))
        item.themes.add(theme)
        item.save()
    NewsPageFactory(parent=index, title_en="2024 elsewhere", date=datetime.date(2024, 2, 1))

    assert card_titles(client.get("/en/news/?year=2024")) == ["2024 on theme", "2024 elsewhere"]
    assert card_titles(client.get(f"/en/news/?theme={theme.pk}")) == ["2025 on theme", "2024 on theme"]
    response = client.get(f"/en/news/?theme={theme.pk}&year=2024")
    assert card_titles(response) == ["2024 on theme"]
    assert '<option value="2025">2025</option>' in html_of(response)  # the years that have news
    assert 'value="2024" selected' in html_of(response)


@pytest.mark.parametrize("query", ["?year=abcd", "?year=1850", "?theme=bogus", "?page=abc", "?page=99999", "?page=-1"])
def test_bad_filter_values_are_ignored(client, index, query):
    add_news(index, 3)
    response = client.get(f"/en/news/{query}")
    assert response.status_code == 200
    assert len(card_titles(response)) == 3


def test_pagination(client, index):
    add_news(index, 14)
    first = client.get("/en/news/")
    assert len(card_titles(first)) == 12
    assert 'href="?page=2" rel="next"' in html_of(first)
    second = client.get("/en/news/?page=2")
    assert len(card_titles(second)) == 2
    assert 'href="?page=1" rel="prev"' in html_of(second)
    assert card_titles(client.get("/en/news/?page=abc")) == card_titles(first)


def test_news_page_links_to_its_themes_institutes_and_partners(client, site, index, theme):
    institute = InstitutePageFactory(parent=InstituteIndexPageFactory(parent=site), title_en="Brain Institute")
    item = NewsPageFactory(parent=index, slug_fr="nouvelle", slug_en="story", image=small_image(credit="Studio"))
    item.themes.add(theme)
    item.institutes.add(institute)
    item.save()
    _fr, en = assert_switcher_round_trip(client, "/fr/actualites/nouvelle/", "/en/news/story/")
    body = html_of(en)
    with translation.override("en"):
        assert f'href="{theme.get_url()}"' in body and f'href="{institute.get_url()}"' in body
    assert "<picture>" in body and "© Studio" in body


def test_listing_queries_do_not_grow_with_the_news(client, index, theme, django_assert_num_queries):
    add_news(index, 3, theme=theme, date=datetime.date(2024, 5, 1))
    assert_constant_queries(
        client,
        f"/en/news/?theme={theme.pk}&year=2024",
        lambda: add_news(index, 27, theme=theme, date=datetime.date(2024, 5, 2)),
        LISTING_BUDGET,
        django_assert_num_queries,
    )


def test_news_page_queries_do_not_grow_with_its_relations(client, site, index, django_assert_num_queries):
    item = NewsPageFactory(parent=index, slug_en="story", image=small_image())
    themes = ResearchThemeIndexPageFactory(parent=site)
    institutes = InstituteIndexPageFactory(parent=site)

    def relate(count):
        for _ in range(count):
            item.themes.add(ResearchThemePageFactory(parent=themes))
            item.institutes.add(InstitutePageFactory(parent=institutes))
        item.save()

    relate(3)
    assert_constant_queries(client, "/en/news/story/", lambda: relate(27), DETAIL_BUDGET, django_assert_num_queries)


def test_listing_images_are_responsive_lazy_and_described(client, index):
    NewsPageFactory(parent=index, listing_image=small_image(alt_text_fr="Une cellule", alt_text_en="A cell"))
    body = html_of(client.get("/en/news/"))
    picture = body[body.index("<picture>") : body.index("</picture>")]
    assert 'type="image/webp"' in picture and ".jpg" in picture and "srcset=" in picture
    assert 'alt="A cell"' in picture and 'loading="lazy"' in picture and "sizes=" in picture


def test_a_title_left_empty_in_english_is_shown_in_french_marked_as_french(client, index):
    NewsPageFactory(parent=index, title_fr="Une découverte", title_en="", slug_en="a-discovery")
    response = client.get("/en/news/")
    assert card_titles(response) == ["Une découverte"]
    assert '<a href="/en/news/a-discovery/" lang="fr">Une découverte</a>' in html_of(response)
    assert '<h1 lang="fr">Une découverte</h1>' in html_of(client.get("/en/news/a-discovery/"))
