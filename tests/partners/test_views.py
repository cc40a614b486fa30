"""The partner listing (filters by level, country and theme, grouped and counted) and partner pages."""

import pytest

from django.utils import translation

from news.factories import NewsIndexPageFactory, NewsPageFactory
from partners.factories import AgreementKindFactory, PartnerIndexPageFactory, PartnerPageFactory
from partners.models import PartnerPage
from portfolio.factories import (
    PortfolioIndexPageFactory,
    PortfolioProjectPageFactory,
    ResearchThemeIndexPageFactory,
    ResearchThemePageFactory,
)
from tests.front import (
    DETAIL_BUDGET,
    LISTING_BUDGET,
    assert_constant_queries,
    assert_switcher_round_trip,
    card_titles,
    html_of,
    small_image,
)

Level = PartnerPage.Level


@pytest.fixture
def index(site):
    return PartnerIndexPageFactory(parent=site, slug_fr="partenaires", slug_en="partners")


@pytest.fixture
def theme(site):
    themes = ResearchThemeIndexPageFactory(parent=site)
    return ResearchThemePageFactory(parent=themes, title_fr="Épilepsie", title_en="Epilepsy")


def add_partners(index, count, theme=None, **kwargs):
    partners = []
    for _ in range(count):
        partner = PartnerPageFactory(parent=index, logo=small_image(), **kwargs)
        if theme is not None:
            partner.themes.add(theme)
            partner.save()
        partners.append(partner)
    return partners


def test_listing_answers_in_both_languages_and_the_switchers_point_at_each_other(client, index):
    add_partners(index, 2)
    fr, en = assert_switcher_round_trip(client, "/fr/partenaires/", "/en/partners/")
    assert "Partenaire" in html_of(fr) and "Partner" in html_of(en)


def test_filters_combine_and_the_results_are_grouped_and_counted(client, index, theme):
    PartnerPageFactory(parent=index, title_en="Lyon university", level=Level.NATIONAL, country="FR").themes.add(theme)
    PartnerPageFactory(parent=index, title_en="Berlin university", level=Level.EUROPEAN, country="DE")
    PartnerPageFactory(parent=index, title_en="Boston hospital", level=Level.INTERNATIONAL, country="US")
    for partner in PartnerPage.objects.all():
        partner.themes.add(theme)
        partner.save()
    PartnerPageFactory(parent=index, title_en="Toulouse company", level=Level.INDUSTRIAL, country="FR")

    response = client.get("/en/partners/")
    assert card_titles(response) == ["Boston hospital", "Berlin university", "Lyon university", "Toulouse company"]
    assert response.context["country_counts"] == [("FR", 2), ("DE", 1), ("US", 1)]
    assert 'International <span class="count">(1)</span>' in html_of(response)

    response = client.get(f"/en/partners/?country=FR&theme={theme.pk}")
    assert card_titles(response) == ["Lyon university"]
    assert response.context["country_counts"] == [("FR", 1)]

    response = client.get(f"/en/partners/?level=european&theme={theme.pk}")
    assert card_titles(response) == ["Berlin university"]
    # The filters stay in the URL: the language switcher and the pagination keep them.
    assert f'href="/fr/partenaires/?level=european&amp;theme={theme.pk}"' in html_of(response)


@pytest.mark.parametrize(
    "query", ["?level=bogus", "?country=ZZ", "?theme=abc", "?theme=999999", "?page=abc", "?page=99999", "?level="]
)
def test_bad_filter_values_are_ignored(client, index, query):
    add_partners(index, 2)
    response = client.get(f"/fr/partenaires/{query}")
    assert response.status_code == 200
    assert len(card_titles(response)) == 2


def test_pagination_splits_the_listing_and_keeps_the_filters(client, index):
    add_partners(index, 26, level=Level.REGIONAL)
    add_partners(index, 1, level=Level.NATIONAL)
    first = client.get("/en/partners/?level=regional")
    assert len(card_titles(first)) == 24
    assert 'href="?level=regional&amp;page=2"' in html_of(first)
    second = client.get("/en/partners/?level=regional&page=2")
    assert len(card_titles(second)) == 2
    assert 'Regional <span class="count">(26)</span>' in html_of(second)
    assert client.get("/en/partners/?level=regional&page=99999").context["items"].number == 2


def test_partner_page_links_to_its_themes_projects_and_news(client, site, index, theme):
    partner = PartnerPageFactory(parent=index, slug_fr="universite", slug_en="university", since=2012)
    partner.themes.add(theme)
    partner.agreement_kinds.add(AgreementKindFactory(name_en="Framework agreement"))
    partner.save()
    project = PortfolioProjectPageFactory(parent=PortfolioIndexPageFactory(parent=site), title_en="Gene therapy")
    project.partners.add(partner)
    project.save()
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=site), title_en="A new agreement")
    news.partners.add(partner)
    news.save()

    _fr, en = assert_switcher_round_trip(client, "/fr/partenaires/universite/", "/en/partners/university/")
    body = html_of(en)
    with translation.override("en"):
        for page in (theme, project, news):
            assert f'href="{page.get_url()}"' in body
    assert "Gene therapy" in body and "A new agreement" in body and "Framework agreement" in body


def test_listing_queries_do_not_grow_with_the_partners(client, index, theme, django_assert_num_queries):
    add_partners(index, 3, theme=theme)
    assert_constant_queries(
        client,
        f"/en/partners/?theme={theme.pk}",
        lambda: add_partners(index, 27, theme=theme, level=Level.EUROPEAN),
        LISTING_BUDGET,
        django_assert_num_queries,
    )


def test_partner_page_queries_do_not_grow_with_its_relations(client, site, index, theme, django_assert_num_queries):
    partner = PartnerPageFactory(parent=index, slug_en="university", logo=small_image())
    portfolio = PortfolioIndexPageFactory(parent=site)
    news_index = NewsIndexPageFactory(parent=site)
    themes_index = theme.get_parent()

    def relate(count):
        for _ in range(count):
            partner.themes.add(ResearchThemePageFactory(parent=themes_index))
            for factory, parent in ((PortfolioProjectPageFactory, portfolio), (NewsPageFactory, news_index)):
                page = factory(parent=parent)
                page.partners.add(partner)
                page.save()
        partner.save()

    relate(3)
    assert_constant_queries(
        client, "/en/partners/university/", lambda: relate(27), DETAIL_BUDGET, django_assert_num_queries
    )
