"""Research themes and portfolio projects: validation, translated fields, relations both ways, the admin."""

import pytest

from django.core.exceptions import ValidationError
from django.utils import translation

from wagtail.test.utils.form_data import rich_text, streamfield

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
from portfolio.models import PortfolioProjectPage, ResearchThemePage
from tests.page_admin import add_page, bilingual, edit_page, form_errors

pytestmark = pytest.mark.django_db

Status = PortfolioProjectPage.Status


@pytest.fixture
def portfolio(home_page):
    return PortfolioIndexPageFactory(parent=home_page)


@pytest.fixture
def themes(home_page):
    return ResearchThemeIndexPageFactory(parent=home_page)


@pytest.mark.parametrize(
    ("status", "start", "end", "error"),
    [
        (Status.ONGOING, 2014, None, None),
        (Status.ONGOING, None, None, None),
        (Status.COMPLETED, 2010, 2014, None),
        (Status.COMPLETED, 2014, 2014, None),
        (Status.ONGOING, 2014, 2012, "The end year cannot come before the start year."),
        (Status.COMPLETED, 2014, None, "A completed project needs its end year."),
    ],
)
def test_project_years_are_validated(portfolio, status, start, end, error):
    project = PortfolioProjectPageFactory.build(status=status, start_year=start, end_year=end)
    if error is None:
        project.clean()
    else:
        with pytest.raises(ValidationError) as raised:
            project.clean()
        with translation.override("en"):  # the messages are translated when read
            assert raised.value.message_dict == {"end_year": [error]}


def test_an_invalid_project_is_not_saved(portfolio):
    project = PortfolioProjectPageFactory.build(start_year=2015, end_year=2014)
    with pytest.raises(ValidationError):
        portfolio.add_child(instance=project)
    assert not PortfolioProjectPage.objects.exists()


def test_theme_needs_its_objective_in_french(themes):
    theme = ResearchThemePageFactory.build(objective_fr="", objective_en="Prevent")
    with pytest.raises(ValidationError) as raised:
        themes.add_child(instance=theme)
    assert "objective_fr" in raised.value.message_dict


def test_translated_objective_and_paths(themes):
    theme = ResearchThemePageFactory(
        parent=themes,
        title_fr="Sclérose en plaques",
        title_en="Multiple sclerosis",
        objective_fr="Réparer le système nerveux",
        objective_en="Repair the nervous system",
    )
    with translation.override("en"):
        assert theme.objective == "Repair the nervous system"
    with translation.override("fr"):
        assert theme.objective == "Réparer le système nerveux"
    assert theme.url_path_fr == "/accueil/thematiques-de-recherche/sclerose-en-plaques/"
    assert theme.url_path_en == "/home/research-themes/multiple-sclerosis/"


def test_tree_rules(home_page, portfolio, themes):
    assert ResearchThemePage.can_create_at(themes)
    assert not ResearchThemePage.can_create_at(portfolio)
    assert PortfolioProjectPage.can_create_at(portfolio)
    assert not PortfolioProjectPage.can_create_at(themes)
    assert not PortfolioProjectPage.can_create_at(home_page)
    project = PortfolioProjectPageFactory(parent=portfolio)
    assert project.specific_class.allowed_subpage_models() == []


def test_relations_seen_from_both_sides(home_page, portfolio, themes):
    theme = ResearchThemePageFactory(parent=themes)
    partner = PartnerPageFactory(parent=PartnerIndexPageFactory(parent=home_page))
    platform = PlatformPageFactory(parent=PlatformIndexPageFactory(parent=home_page))
    institute = InstitutePageFactory(parent=InstituteIndexPageFactory(parent=home_page))
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page))
    project = PortfolioProjectPageFactory(parent=portfolio)
    project.partners.add(partner)
    project.themes.add(theme)
    project.platforms.add(platform)
    project.save()
    partner.themes.add(theme)
    partner.save()
    theme.lead_institutes.add(institute)
    theme.save()
    news.themes.add(theme)
    news.save()

    assert list(partner.projects.all()) == [project]
    assert list(theme.projects.all()) == [project]
    assert list(platform.projects.all()) == [project]
    assert list(theme.partners.all()) == [partner]
    assert list(partner.themes.all()) == [theme]
    assert list(institute.led_themes.all()) == [theme]
    assert list(theme.news_items.all()) == [news]


def test_admin_creates_and_edits_a_theme(admin_client, home_page, themes):
    institute = InstitutePageFactory(parent=InstituteIndexPageFactory(parent=home_page))
    response = add_page(
        admin_client,
        ResearchThemePage,
        themes,
        {
            **bilingual("Épilepsie", "Epilepsy", "epilepsie", "epilepsy", "Anticiper les crises.", "Anticipate."),
            "objective_fr": "Anticiper et comprendre le déclenchement des crises",
            "objective_en": "Anticipate and understand the development of the seizure",
            "body_fr": streamfield([("paragraph", rich_text("<p>Les crises.</p>"))]),
            "body_en": streamfield([("paragraph", rich_text("<p>Seizures.</p>"))]),
            "lead_institutes": [str(institute.pk)],
        },
    )
    assert response.status_code == 302, form_errors(response)
    theme = ResearchThemePage.objects.get()
    assert theme.live and (theme.slug_fr, theme.slug_en) == ("epilepsie", "epilepsy")
    assert theme.objective_en.startswith("Anticipate")
    assert list(institute.led_themes.all()) == [theme]

    response = edit_page(
        admin_client,
        theme,
        {
            **bilingual("Épilepsies", "Epilepsies", "epilepsies", "epilepsies"),
            "objective_fr": "Anticiper les crises",
            "objective_en": "Anticipate seizures",
            "lead_institutes": [],
        },
    )
    assert response.status_code == 302, form_errors(response)
    theme = ResearchThemePage.objects.get()
    assert (theme.title_fr, theme.title_en, theme.objective_en) == ("Épilepsies", "Epilepsies", "Anticipate seizures")
    assert theme.url_path_fr == "/accueil/thematiques-de-recherche/epilepsies/"
    assert not institute.led_themes.exists()


def test_admin_creates_a_project_and_refuses_inconsistent_years(admin_client, home_page, portfolio):
    partner = PartnerPageFactory(parent=PartnerIndexPageFactory(parent=home_page), level="industrial")
    fields = {
        **bilingual(
            "Partenariat ICM – Roche", "ICM – Roche partnership", "icm-roche", "icm-roche", "En cours.", "Ongoing."
        ),
        "kind": PortfolioProjectPage.Kind.COLLABORATIVE_RESEARCH,
        "status": Status.COMPLETED,
        "start_year": "2014",
        "end_year": "",
        "outcomes_fr": rich_text("<p>Aucun résultat public.</p>"),
        "outcomes_en": rich_text("<p>No public result.</p>"),
        "partners": [str(partner.pk)],
    }
    response = add_page(admin_client, PortfolioProjectPage, portfolio, fields)
    assert response.status_code == 200
    assert "end_year" in form_errors(response)
    assert not PortfolioProjectPage.objects.exists()

    response = add_page(admin_client, PortfolioProjectPage, portfolio, {**fields, "status": Status.ONGOING})
    assert response.status_code == 302, form_errors(response)
    project = PortfolioProjectPage.objects.get()
    assert project.live and (project.title_fr, project.title_en) == (
        "Partenariat ICM – Roche",
        "ICM – Roche partnership",
    )
    assert "No public result" in project.outcomes_en
    assert list(partner.projects.all()) == [project]

    response = edit_page(
        admin_client,
        project,
        {
            **bilingual("Partenariat ICM – Roche", "ICM – Roche partnership", "icm-roche", "icm-roche"),
            "kind": PortfolioProjectPage.Kind.COLLABORATIVE_RESEARCH,
            "status": Status.COMPLETED,
            "start_year": "2014",
            "end_year": "2016",
            "partners": [str(partner.pk)],
        },
    )
    assert response.status_code == 302, form_errors(response)
    project.refresh_from_db()
    assert (project.status, project.end_year) == (Status.COMPLETED, 2016)
