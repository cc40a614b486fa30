"""Institutes and their key figures: tree rules, translated fields, relations both ways, the admin."""

import pytest

from django.utils import translation

from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

from home.factories import ContentPageFactory
from institutes.factories import InstituteIndexPageFactory, InstituteKeyFigureFactory, InstitutePageFactory
from institutes.models import InstituteIndexPage, InstituteKeyFigure, InstitutePage
from news.factories import NewsIndexPageFactory, NewsPageFactory
from platforms.factories import PlatformIndexPageFactory, PlatformPageFactory
from portfolio.factories import ResearchThemeIndexPageFactory, ResearchThemePageFactory
from tests.page_admin import add_page, bilingual, edit_page, form_errors

pytestmark = pytest.mark.django_db


@pytest.fixture
def institutes(home_page):
    return InstituteIndexPageFactory(parent=home_page)


def test_institutes_live_only_in_their_index(home_page, institutes):
    assert InstitutePage.can_create_at(institutes)
    assert not InstitutePage.can_create_at(home_page)
    assert not InstitutePage.can_create_at(ContentPageFactory(parent=home_page))
    institute = InstitutePageFactory(parent=institutes)
    assert institute.specific_class.allowed_subpage_models() == []
    # One institute index per home page.
    assert not InstituteIndexPage.can_create_at(home_page)


def test_key_figures_are_translated_and_keep_their_order(institutes):
    institute = InstitutePageFactory(parent=institutes)
    InstituteKeyFigureFactory(page=institute, value="7 000", unit_fr="m²", label_fr="de plateformes", sort_order=1)
    InstituteKeyFigureFactory(
        page=institute, value="500", label_fr="chercheurs", label_en="researchers", year=None, sort_order=0
    )
    figures = list(InstitutePage.objects.get(pk=institute.pk).key_figures.all())
    assert [figure.value for figure in figures] == ["500", "7 000"]
    assert figures[0].year is None
    with translation.override("en"):
        assert figures[0].label == "researchers"
        assert str(figures[0]).startswith("500") and str(figures[0]).endswith("researchers")
    with translation.override("fr"):
        assert figures[0].label == "chercheurs"


def test_institute_slugs_and_paths_per_language(institutes):
    institute = InstitutePageFactory(parent=institutes, title_fr="Institut Imagine", title_en="Imagine Institute")
    assert institute.url_path_fr == "/accueil/instituts/institut-imagine/"
    assert institute.url_path_en == "/home/institutes/imagine-institute/"


def test_relations_seen_from_both_sides(home_page, institutes):
    institute = InstitutePageFactory(parent=institutes)
    theme = ResearchThemePageFactory(parent=ResearchThemeIndexPageFactory(parent=home_page))
    platform = PlatformPageFactory(parent=PlatformIndexPageFactory(parent=home_page))
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page))
    theme.lead_institutes.add(institute)
    theme.save()
    platform.host_institutes.add(institute)
    platform.save()
    news.institutes.add(institute)
    news.save()

    assert list(institute.led_themes.all()) == [theme]
    assert list(institute.hosted_platforms.all()) == [platform]
    assert list(institute.news_items.all()) == [news]
    assert list(platform.host_institutes.all()) == [institute]


def test_admin_creates_and_edits_an_institute_with_key_figures(admin_client, institutes):
    response = add_page(
        admin_client,
        InstitutePage,
        institutes,
        {
            **bilingual("Institut Imagine", "Imagine Institute", "institut-imagine", "imagine-institute"),
            "summary_fr": "Maladies génétiques.",
            "summary_en": "Genetic diseases.",
            "acronym": "Imagine",
            "mission_fr": "Comprendre les maladies génétiques.",
            "mission_en": "Understand genetic diseases.",
            "body_fr": streamfield([("paragraph", rich_text("<p>Recherche et soins.</p>"))]),
            "body_en": streamfield([("paragraph", rich_text("<p>Research and care.</p>"))]),
            "key_figures": inline_formset(
                [
                    {
                        "value": "10",
                        "unit_fr": "ans",
                        "unit_en": "years",
                        "label_fr": "d'existence",
                        "label_en": "of existence",
                        "year": "2024",
                        "source_fr": "Communiqué",
                        "source_en": "Press release",
                    }
                ]
            ),
        },
    )
    assert response.status_code == 302, form_errors(response)
    institute = InstitutePage.objects.get()
    assert institute.live
    assert (institute.title_fr, institute.title_en) == ("Institut Imagine", "Imagine Institute")
    assert institute.url_path_en == "/home/institutes/imagine-institute/"
    figure = institute.key_figures.get()
    assert (figure.value, figure.year, figure.label_fr, figure.label_en) == ("10", 2024, "d'existence", "of existence")

    response = edit_page(
        admin_client,
        institute,
        {
            **bilingual("Institut Imagine", "Imagine", "institut-imagine", "imagine"),
            "acronym": "IMG",
            "body_fr": streamfield([("paragraph", rich_text("<p>Soins.</p>"))]),
            "body_en": streamfield([("paragraph", rich_text("<p>Care.</p>"))]),
            "key_figures": inline_formset(
                [
                    {
                        "id": str(figure.pk),
                        "value": "10",
                        "label_fr": "d'existence",
                        "label_en": "of existence",
                        "year": "",
                        "source_fr": "Communiqué, sans année",
                        "source_en": "Press release, no year",
                    }
                ],
                initial=1,
            ),
        },
    )
    assert response.status_code == 302, form_errors(response)
    institute = InstitutePage.objects.get()
    assert (institute.title_en, institute.slug_en, institute.acronym) == ("Imagine", "imagine", "IMG")
    figure = InstituteKeyFigure.objects.get()
    assert (figure.year, figure.source_en) == (None, "Press release, no year")
