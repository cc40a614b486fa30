"""Research themes and portfolio projects: listings with their filters, and cross-linked pages."""

import pytest

from django.utils import translation

from institutes.factories import InstituteIndexPageFactory, InstitutePageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from partners.factories import PartnerIndexPageFactory, PartnerPageFactory
from platforms.factories import PlatformIndexPageFactory, PlatformPageFactory
from portfolio.factories import (
    PortfolioIndexPageFactory,
    PortfolioProjectPageFactory,
    ResearchThemeIndexPageFactory,
    ResearchThemePageFactory,
)
from portfolio.models import PortfolioProjectPage
from tests.front import (
    DETAIL_BUDGET,
    LISTING_BUDGET,
    assert_constant_queries,
    assert_switcher_round_trip,
    card_titles,
    html_of,
    small_image,
)

Kind, Status = PortfolioProjectPage.Kind, PortfolioProjectPage.Status


@pytest.fixture
def themes_index(site):
    return ResearchThemeIndexPageFactory(parent=site, slug_fr="thematiques", slug_en="themes")


@pytest.fixture
def portfolio(site):
    return PortfolioIndexPageFactory(parent=site, slug_fr="portefeuille", slug_en="portfolio")


@pytest.fixture
def institute(site):
    return InstitutePageFactory(parent=InstituteIndexPageFactory(parent=site), title_en="Brain Institute")


def add_themes(index, count, institute=None):
    for _ in range(count):
        theme = ResearchThemePageFactory(parent=index, listing_image=small_image())
        if institute is not None:
            theme.lead_institutes.add(institute)
            theme.save()


def add_projects(index, count, theme=None, **kwargs):
    for _ in range(count):
        project = PortfolioProjectPageFactory(parent=index, listing_image=small_image(), **kwargs)
        if theme is not None:
            project.themes.add(theme)
            project.save()


def test_theme_listing_filters_by_lead_institute(client, themes_index, institute):
    add_themes(themes_index, 2, institute=institute)
    add_themes(themes_index, 1)
    _fr, en = assert_switcher_round_trip(client, "/fr/thematiques/", "/en/themes/")
    assert len(card_titles(en)) == 3
    assert len(card_titles(client.get(f"/en/themes/?institute={institute.pk}"))) == 2
    assert len(card_titles(client.get("/en/themes/?institute=abc&page=abc"))) == 3


def test_theme_page_shows_its_platforms_partners_projects_and_news(client, site, themes_index, portfolio, institute):
    theme = ResearchThemePageFactory(parent=themes_index, slug_fr="epilepsie", slug_en="epilepsy")
    theme.lead_institutes.add(institute)
    theme.save()
    platform = PlatformPageFactory(parent=PlatformIndexPageFactory(parent=site), title_en="Imaging platform")
    partner = PartnerPageFactory(parent=PartnerIndexPageFactory(parent=site), title_en="Lyon university")
    project = PortfolioProjectPageFactory(parent=portfolio, title_en="Gene therapy")
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=site), title_en="A discovery")
    for page in (platform, partner, project, news):
        page.themes.add(theme)
        page.save()

    _fr, en = assert_switcher_round_trip(client, "/fr/thematiques/epilepsie/", "/en/themes/epilepsy/")
    body = html_of(en)
    with translation.override("en"):
        for page in (institute, platform, partner, project, news):
            assert f'href="{page.get_url()}"' in body, page.title
    assert "Prevent the evolution of the disease" in body  # the objective


def test_project_listing_filters_combine(client, portfolio, themes_index):
    theme = ResearchThemePageFactory(parent=themes_index)
    add_projects(portfolio, 1, theme=theme, kind=Kind.LICENCE, status=Status.ONGOING, title_en="Licence on theme")
    add_projects(portfolio, 1, theme=theme, kind=Kind.CONSORTIUM, status=Status.ONGOING, title_en="Consortium")
    add_projects(portfolio, 1, kind=Kind.LICENCE, status=Status.PLANNED, title_en="Planned licence")
    _fr, en = assert_switcher_round_trip(client, "/fr/portefeuille/", "/en/portfolio/")
    assert len(card_titles(en)) == 3
    assert card_titles(client.get("/en/portfolio/?kind=licence")) == ["Licence on theme", "Planned licence"]
    assert card_titles(client.get(f"/en/portfolio/?kind=licence&theme={theme.pk}")) == ["Licence on theme"]
    assert card_titles(client.get("/en/portfolio/?kind=licence&status=planned")) == ["Planned licence"]
    response = client.get(f"/en/portfolio/?kind=licence&status=completed&theme={theme.pk}")
    assert card_titles(response) == []
    assert "Nothing matches these filters." in html_of(response)


@pytest.mark.parametrize("query", ["?kind=bogus", "?status=42", "?theme=x", "?page=abc", "?page=99999"])
def test_project_listing_ignores_bad_values(client, portfolio, query):
    add_projects(portfolio, 2)
    response = client.get(f"/en/portfolio/{query}")
    assert response.status_code == 200
    assert len(card_titles(response)) == 2


def test_project_page_links_to_its_partners_themes_and_platforms(client, site, portfolio, themes_index):
    theme = ResearchThemePageFactory(parent=themes_index)
    partner = PartnerPageFactory(parent=PartnerIndexPageFactory(parent=site))
    platform = PlatformPageFactory(parent=PlatformIndexPageFactory(parent=site))
    project = PortfolioProjectPageFactory(
        parent=portfolio, slug_fr="therapie", slug_en="therapy", outcomes_en="<p>A licensed patent.</p>"
    )
    project.themes.add(theme)
    project.partners.add(partner)
    project.platforms.add(platform)
    project.save()
    _fr, en = assert_switcher_round_trip(client, "/fr/portefeuille/therapie/", "/en/portfolio/therapy/")
    body = html_of(en)
    with translation.override("en"):
        for page in (theme, partner, platform):
            assert f'href="{page.get_url()}"' in body
    assert "A licensed patent." in body and "Ongoing" in body


def test_theme_listing_queries_do_not_grow(client, themes_index, institute, django_assert_num_queries):
    add_themes(themes_index, 3, institute=institute)
    assert_constant_queries(
        client,
        f"/en/themes/?institute={institute.pk}",
        lambda: add_themes(themes_index, 27, institute=institute),
        LISTING_BUDGET,
        django_assert_num_queries,
    )


def test_project_listing_queries_do_not_grow(client, portfolio, themes_index, django_assert_num_queries):
    theme = ResearchThemePageFactory(parent=themes_index)
    add_projects(portfolio, 3, theme=theme)
    assert_constant_queries(
        client,
        "/en/portfolio/?kind=collaborative&status=ongoing",
        lambda: add_projects(portfolio, 27, theme=theme),
        LISTING_BUDGET,
        django_assert_num_queries,
    )


def test_theme_page_queries_do_not_grow(client, site, themes_index, portfolio, django_assert_num_queries):
    theme = ResearchThemePageFactory(parent=themes_index, slug_en="epilepsy", listing_image=small_image())
    partners = PartnerIndexPageFactory(parent=site)
    news_index = NewsIndexPageFactory(parent=site)

    def relate(count):
        for _ in range(count):
            for factory, parent in ((PartnerPageFactory, partners), (PortfolioProjectPageFactory, portfolio)):
                page = factory(parent=parent)
                page.themes.add(theme)
                page.save()
            news = NewsPageFactory(parent=news_index)
            news.themes.add(theme)
            news.save()

    relate(3)
    assert_constant_queries(
        client, "/en/themes/epilepsy/", lambda: relate(27), DETAIL_BUDGET, django_assert_num_queries
    )


def test_project_page_queries_do_not_grow(client, site, portfolio, django_assert_num_queries):
    project = PortfolioProjectPageFactory(parent=portfolio, slug_en="therapy")
    partners = PartnerIndexPageFactory(parent=site)

    def relate(count):
        for _ in range(count):
            project.partners.add(PartnerPageFactory(parent=partners))
        project.save()

    relate(3)
    assert_constant_queries(
        client, "/en/portfolio/therapy/", lambda: relate(27), DETAIL_BUDGET, django_assert_num_queries
    )
