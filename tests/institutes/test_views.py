"""The institute index and institute pages."""

import datetime
import re

import pytest

from django.utils import translation

from institutes.factories import InstituteIndexPageFactory, InstituteKeyFigureFactory, InstitutePageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from platforms.factories import PlatformIndexPageFactory, PlatformPageFactory
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
    return InstituteIndexPageFactory(parent=site, slug_fr="instituts", slug_en="institutes")


def add_institutes(index, count):
    for _ in range(count):
        InstitutePageFactory(parent=index, logo=small_image())


def test_index_lists_the_institutes_in_both_languages(client, index):
    InstitutePageFactory(parent=index, title_fr="Institut du Cerveau", title_en="Brain Institute", acronym="ICM")
    fr, en = assert_switcher_round_trip(client, "/fr/instituts/", "/en/institutes/")
    assert card_titles(fr) == ["Institut du Cerveau"]
    assert card_titles(en) == ["Brain Institute"]


def test_institute_page_shows_key_figures_and_links_to_themes_platforms_and_news(client, site, index):
    institute = InstitutePageFactory(
        parent=index, slug_fr="cerveau", slug_en="brain", mission_fr="Chercher, trouver, soigner.", mission_en=""
    )
    InstituteKeyFigureFactory(page=institute, value="700", label_fr="chercheurs", label_en="researchers")
    theme = ResearchThemePageFactory(parent=ResearchThemeIndexPageFactory(parent=site))
    theme.lead_institutes.add(institute)
    theme.save()
    platform = PlatformPageFactory(parent=PlatformIndexPageFactory(parent=site))
    platform.host_institutes.add(institute)
    platform.save()
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=site))
    news.institutes.add(institute)
    news.save()

    fr, en = assert_switcher_round_trip(client, "/fr/instituts/cerveau/", "/en/institutes/brain/")
    body = html_of(en)
    assert "700" in body and "researchers" in body and "chercheurs" in html_of(fr)
    # The mission has no English version: the French one is shown, marked as French.
    assert '<p class="mission" lang="fr">Chercher, trouver, soigner.</p>' in body
    assert '<p class="mission">Chercher, trouver, soigner.</p>' in html_of(fr)
    with translation.override("en"):
        for page in (theme, platform, news):
            assert f'href="{page.get_url()}"' in body


def test_index_queries_do_not_grow(client, index, django_assert_num_queries):
    add_institutes(index, 3)
    assert_constant_queries(
        client, "/en/institutes/", lambda: add_institutes(index, 27), LISTING_BUDGET, django_assert_num_queries
    )


def test_institute_page_queries_do_not_grow(client, site, index, django_assert_num_queries):
    institute = InstitutePageFactory(parent=index, slug_en="brain", logo=small_image())
    themes = ResearchThemeIndexPageFactory(parent=site)

    def relate(count):
        for _ in range(count):
            InstituteKeyFigureFactory(page=institute)
            theme = ResearchThemePageFactory(parent=themes)
            theme.lead_institutes.add(institute)
            theme.save()

    relate(3)
    assert_constant_queries(
        client, "/en/institutes/brain/", lambda: relate(27), DETAIL_BUDGET, django_assert_num_queries
    )


def test_institute_page_lists_its_five_latest_news_newest_first(client, site, index):
    institute = InstitutePageFactory(parent=index, slug_en="brain")
    news_index = NewsIndexPageFactory(parent=site)
    for day in range(1, 8):
        news = NewsPageFactory(parent=news_index, title_en=f"Story {day}", date=datetime.date(2024, 3, day))
        news.institutes.add(institute)
        news.save()
    body = html_of(client.get("/en/institutes/brain/"))
    section = body[body.index('id="institute-news"') : body.index("</section>", body.index('id="institute-news"'))]
    assert re.findall(r">(Story \d)</a>", section) == ["Story 7", "Story 6", "Story 5", "Story 4", "Story 3"]
