"""News: tree rules (never under a platform), dates, translated fields, relations both ways, the admin."""

import datetime

import pytest

from django.urls import reverse
from django.utils import timezone, translation

from wagtail.test.utils.form_data import rich_text, streamfield

from home.factories import ContentPageFactory
from institutes.factories import InstituteIndexPageFactory, InstitutePageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from news.models import NewsIndexPage, NewsPage
from partners.factories import PartnerIndexPageFactory, PartnerPageFactory
from platforms.factories import PlatformIndexPageFactory, PlatformPageFactory
from portfolio.factories import ResearchThemeIndexPageFactory, ResearchThemePageFactory
from tests.page_admin import add_page, bilingual, edit_page, form_errors

pytestmark = pytest.mark.django_db


@pytest.fixture
def news_index(home_page):
    return NewsIndexPageFactory(parent=home_page)


def test_news_items_live_only_in_the_news_index(home_page, news_index):
    platform = PlatformPageFactory(parent=PlatformIndexPageFactory(parent=home_page))
    assert NewsPage.can_create_at(news_index)
    for parent in (home_page, platform, ContentPageFactory(parent=home_page)):
        assert not NewsPage.can_create_at(parent), parent
        assert not NewsPage.can_exist_under(parent), parent
    assert NewsPage.parent_page_types == ["news.NewsIndexPage"]
    assert NewsIndexPage.can_create_at(home_page) is False  # one news index per home page
    assert NewsPageFactory(parent=news_index).specific_class.allowed_subpage_models() == []


def test_admin_refuses_a_news_item_under_a_platform(admin_client, home_page):
    platform = PlatformPageFactory(parent=PlatformIndexPageFactory(parent=home_page))
    url = reverse("wagtailadmin_pages:add", args=("news", "newspage", platform.pk))
    assert admin_client.get(url).status_code in (302, 403)
    response = admin_client.post(url, {**bilingual("Actu", "News", "actu", "news"), "action-publish": "publish"})
    assert response.status_code in (302, 403)
    assert not NewsPage.objects.exists()


def test_date_defaults_to_today(news_index):
    news = NewsPage(title="Actu", title_fr="Actu", title_en="News", slug="actu", slug_fr="actu", slug_en="news")
    news_index.add_child(instance=news)
    assert news.date == timezone.localdate()


def test_body_and_summary_follow_the_language(news_index):
    news = NewsPageFactory(
        parent=news_index,
        summary_fr="Six facteurs de risque.",
        summary_en="Six risk factors.",
        body_fr=[{"type": "paragraph", "value": "<p>Publié dans Nature Genetics.</p>"}],
        body_en=[{"type": "paragraph", "value": "<p>Published in Nature Genetics.</p>"}],
    )
    news = NewsPage.objects.get(pk=news.pk)
    with translation.override("en"):
        assert news.summary == "Six risk factors."
        assert "Published" in str(news.body)
    with translation.override("fr"):
        assert news.summary == "Six facteurs de risque."
        assert "Publié" in str(news.body)


def test_relations_seen_from_both_sides(home_page, news_index):
    theme = ResearchThemePageFactory(parent=ResearchThemeIndexPageFactory(parent=home_page))
    institute = InstitutePageFactory(parent=InstituteIndexPageFactory(parent=home_page))
    partner = PartnerPageFactory(parent=PartnerIndexPageFactory(parent=home_page))
    news = NewsPageFactory(parent=news_index)
    news.themes.add(theme)
    news.institutes.add(institute)
    news.partners.add(partner)
    news.save()
    assert list(theme.news_items.all()) == [news]
    assert list(institute.news_items.all()) == [news]
    assert list(partner.news_items.all()) == [news]


def test_admin_creates_and_edits_a_news_item(admin_client, home_page, news_index):
    theme = ResearchThemePageFactory(parent=ResearchThemeIndexPageFactory(parent=home_page))
    response = add_page(
        admin_client,
        NewsPage,
        news_index,
        {
            **bilingual(
                "Six facteurs de risque génétiques de la maladie de Parkinson",
                "Six genetic risk factors for Parkinson's disease",
                "facteurs-de-risque-parkinson",
                "parkinson-risk-factors",
                "Publié dans Nature Genetics.",
                "Published in Nature Genetics.",
            ),
            "date": "2014-07-27",
            "body_fr": streamfield([("paragraph", rich_text("<p>Une étude internationale.</p>"))]),
            "body_en": streamfield([("paragraph", rich_text("<p>An international study.</p>"))]),
            "themes": [str(theme.pk)],
        },
    )
    assert response.status_code == 302, form_errors(response)
    news = NewsPage.objects.get()
    assert news.live and news.date == datetime.date(2014, 7, 27)
    assert news.url_path_fr == "/accueil/actualites/facteurs-de-risque-parkinson/"
    assert news.url_path_en == "/home/news/parkinson-risk-factors/"
    assert list(theme.news_items.all()) == [news]

    response = edit_page(
        admin_client,
        news,
        {
            **bilingual(
                "Six facteurs de risque génétiques",
                "Six genetic risk factors",
                "facteurs-de-risque-parkinson",
                "parkinson-risk-factors",
            ),
            "date": "2014-07-28",
            "themes": [str(theme.pk)],
        },
    )
    assert response.status_code == 302, form_errors(response)
    news = NewsPage.objects.get()
    assert (news.title_fr, news.title_en, news.date.day) == (
        "Six facteurs de risque génétiques",
        "Six genetic risk factors",
        28,
    )
    assert news.live and not news.has_unpublished_changes
