"""Partners and kinds of agreement: validation, translated fields, relations both ways, the admin."""

import pytest

from django.core.exceptions import ValidationError
from django.utils import translation

from wagtail.test.utils.form_data import rich_text, streamfield

from news.factories import NewsIndexPageFactory, NewsPageFactory
from partners.factories import AgreementKindFactory, PartnerIndexPageFactory, PartnerPageFactory
from partners.models import AgreementKind, PartnerIndexPage, PartnerPage
from portfolio.factories import (
    PortfolioIndexPageFactory,
    PortfolioProjectPageFactory,
    ResearchThemeIndexPageFactory,
    ResearchThemePageFactory,
)
from tests.page_admin import add_page, bilingual, edit_page, form_errors

pytestmark = pytest.mark.django_db


@pytest.fixture
def partners(home_page):
    return PartnerIndexPageFactory(parent=home_page)


def test_partners_live_only_in_their_index(home_page, partners):
    assert PartnerPage.can_create_at(partners)
    assert not PartnerPage.can_create_at(home_page)
    partner = PartnerPageFactory(parent=partners)
    assert not PartnerPage.can_create_at(partner)
    assert not PartnerIndexPage.can_create_at(home_page)


@pytest.mark.parametrize(("since", "valid"), [(None, True), (2014, True), (1899, False), (2101, False)])
def test_partner_since_is_a_plausible_year(partners, since, valid):
    partner = PartnerPageFactory.build(since=since)
    if valid:
        partners.add_child(instance=partner)
        assert partner.pk
    else:
        with pytest.raises(ValidationError) as raised:
            partners.add_child(instance=partner)
        assert "since" in raised.value.message_dict


def test_level_must_be_one_of_the_choices(partners):
    with pytest.raises(ValidationError) as raised:
        partners.add_child(instance=PartnerPageFactory.build(level="galactic"))
    assert "level" in raised.value.message_dict


def test_agreement_kinds_and_city_are_translated(partners):
    kind = AgreementKindFactory(name_fr="Protocole d'accord", name_en="Memorandum of understanding", slug="mou")
    partner = PartnerPageFactory(parent=partners, city_fr="Londres", city_en="London", country="GB")
    partner.agreement_kinds.add(kind)
    partner.save()
    with translation.override("en"):
        assert (str(kind), partner.city) == ("Memorandum of understanding", "London")
    with translation.override("fr"):
        assert (str(kind), partner.city) == ("Protocole d'accord", "Londres")
    assert list(kind.partners.all()) == [partner]
    assert partner.country.code == "GB"


def test_partner_paths_per_language(partners):
    partner = PartnerPageFactory(parent=partners, title_fr="Institut Pasteur", title_en="Pasteur Institute")
    assert partner.url_path_fr == "/accueil/partenaires/institut-pasteur/"
    assert partner.url_path_en == "/home/partners/pasteur-institute/"


def test_relations_seen_from_both_sides(home_page, partners):
    theme = ResearchThemePageFactory(parent=ResearchThemeIndexPageFactory(parent=home_page))
    project = PortfolioProjectPageFactory(parent=PortfolioIndexPageFactory(parent=home_page))
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page))
    partner = PartnerPageFactory(parent=partners)
    partner.themes.add(theme)
    partner.save()
    project.partners.add(partner)
    project.save()
    news.partners.add(partner)
    news.save()

    assert list(theme.partners.all()) == [partner]
    assert list(partner.themes.all()) == [theme]
    assert list(partner.projects.all()) == [project]
    assert list(project.partners.all()) == [partner]
    assert list(partner.news_items.all()) == [news]


def test_admin_creates_and_edits_a_partner(admin_client, home_page, partners):
    mou = AgreementKindFactory(slug="mou")
    network = AgreementKindFactory(slug="network")
    theme = ResearchThemePageFactory(parent=ResearchThemeIndexPageFactory(parent=home_page))
    response = add_page(
        admin_client,
        PartnerPage,
        partners,
        {
            **bilingual(
                "Centre allemand des maladies neurodégénératives (DZNE)",
                "German Center for Neurodegenerative Diseases (DZNE)",
                "dzne",
                "dzne",
                "Un partenaire européen.",
                "A European partner.",
            ),
            "level": PartnerPage.Level.EUROPEAN,
            "since": "2014",
            "country": "DE",
            "city_fr": "Bonn",
            "city_en": "Bonn",
            "agreement_kinds": [str(mou.pk)],
            "themes": [str(theme.pk)],
            "body_fr": streamfield([("paragraph", rich_text("<p>Un protocole d'accord.</p>"))]),
            "body_en": streamfield([("paragraph", rich_text("<p>A memorandum of understanding.</p>"))]),
        },
    )
    assert response.status_code == 302, form_errors(response)
    partner = PartnerPage.objects.get()
    assert partner.live and partner.title_en == "German Center for Neurodegenerative Diseases (DZNE)"
    assert (partner.level, partner.since, partner.country.code) == ("european", 2014, "DE")
    assert list(partner.agreement_kinds.all()) == [mou]
    assert list(theme.partners.all()) == [partner]

    response = edit_page(
        admin_client,
        partner,
        {
            **bilingual("DZNE", "DZNE", "dzne", "dzne-bonn"),
            "level": PartnerPage.Level.EUROPEAN,
            "country": "DE",
            "agreement_kinds": [str(mou.pk), str(network.pk)],
            "themes": [],
        },
    )
    assert response.status_code == 302, form_errors(response)
    partner = PartnerPage.objects.get()
    assert (partner.title_fr, partner.url_path_en) == ("DZNE", "/home/partners/dzne-bonn/")
    assert set(partner.agreement_kinds.all()) == {mou, network}
    assert not theme.partners.exists()
    assert AgreementKind.objects.count() == 2
