"""Platforms and core facilities: tree rules, categories, translated services, relations both ways, the admin."""

import pytest

from django.utils import translation

from wagtail.test.utils.form_data import rich_text, streamfield

from institutes.factories import InstituteIndexPageFactory, InstitutePageFactory
from news.models import NewsPage
from platforms.factories import PlatformCategoryFactory, PlatformIndexPageFactory, PlatformPageFactory
from platforms.models import PlatformCategory, PlatformIndexPage, PlatformPage
from portfolio.factories import ResearchThemeIndexPageFactory, ResearchThemePageFactory
from tests.page_admin import add_page, bilingual, edit_page, form_errors

pytestmark = pytest.mark.django_db


@pytest.fixture
def platforms(home_page):
    return PlatformIndexPageFactory(parent=home_page)


def test_platforms_sit_in_the_index_and_core_facilities_under_a_platform(home_page, platforms):
    platform = PlatformPageFactory(parent=platforms)
    assert PlatformPage.can_create_at(platforms)
    assert PlatformPage.can_create_at(platform)  # a core facility
    assert not PlatformPage.can_create_at(home_page)
    assert platform.specific_class.allowed_subpage_models() == [PlatformPage]
    assert not PlatformIndexPage.can_create_at(home_page)  # one index per home page


def test_a_news_item_cannot_go_under_a_platform(platforms):
    platform = PlatformPageFactory(parent=platforms)
    assert not NewsPage.can_create_at(platform)
    assert not NewsPage.can_exist_under(platform)
    assert NewsPage not in platform.specific_class.allowed_subpage_models()


def test_core_facility_paths_nest_in_each_language(platforms):
    platform = PlatformPageFactory(parent=platforms, title_fr="Neuro-imagerie", title_en="Neuroimaging")
    mri = PlatformPageFactory(parent=platform, title_fr="IRM", title_en="MRI")
    assert mri.url_path_fr == "/accueil/plateformes/neuro-imagerie/irm/"
    assert mri.url_path_en == "/home/platforms/neuroimaging/mri/"


def test_categories_are_translated_and_ordered():
    PlatformCategoryFactory(name_fr="Recherche clinique", name_en="Clinical research", sort_order=2)
    PlatformCategoryFactory(name_fr="Imagerie", name_en="Imaging", sort_order=1)
    with translation.override("en"):
        assert [str(category) for category in PlatformCategory.objects.all()] == ["Imaging", "Clinical research"]
    with translation.override("fr"):
        assert [str(category) for category in PlatformCategory.objects.all()] == ["Imagerie", "Recherche clinique"]


def test_services_are_written_per_language(platforms):
    platform = PlatformPageFactory(
        parent=platforms,
        services_fr=[{"type": "service", "value": {"name": "Criblage", "description": ""}}],
        services_en=[{"type": "service", "value": {"name": "Screening", "description": ""}}],
    )
    platform = PlatformPage.objects.get(pk=platform.pk)
    with translation.override("en"):
        assert platform.services[0].value["name"] == "Screening"
    with translation.override("fr"):
        assert platform.services[0].value["name"] == "Criblage"


def test_relations_seen_from_both_sides(home_page, platforms):
    institute = InstitutePageFactory(parent=InstituteIndexPageFactory(parent=home_page))
    theme = ResearchThemePageFactory(parent=ResearchThemeIndexPageFactory(parent=home_page))
    category = PlatformCategoryFactory()
    platform = PlatformPageFactory(parent=platforms, category=category)
    platform.host_institutes.add(institute)
    platform.themes.add(theme)
    platform.save()
    assert list(institute.hosted_platforms.all()) == [platform]
    assert list(theme.platforms.all()) == [platform]
    assert list(category.platforms.all()) == [platform]


def test_admin_creates_and_edits_a_platform_with_services_and_equipment(admin_client, home_page, platforms):
    institute = InstitutePageFactory(parent=InstituteIndexPageFactory(parent=home_page))
    category = PlatformCategoryFactory(name_fr="Imagerie", name_en="Imaging")
    response = add_page(
        admin_client,
        PlatformPage,
        platforms,
        {
            **bilingual(
                "IRM", "MRI", "irm", "mri", "Imagerie par résonance magnétique.", "Magnetic resonance imaging."
            ),
            "category": str(category.pk),
            "body_fr": streamfield([("paragraph", rich_text("<p>Un équipement commun.</p>"))]),
            "body_en": streamfield([("paragraph", rich_text("<p>A core facility.</p>"))]),
            "services_fr": streamfield([("service", {"name": "Acquisition", "description": "Sur rendez-vous"})]),
            "services_en": streamfield([("service", {"name": "Acquisition", "description": "By appointment"})]),
            "equipment_fr": streamfield([("equipment", {"name": "IRM", "details": ""})]),
            "equipment_en": streamfield([("equipment", {"name": "MRI", "details": ""})]),
            "surface_m2": "1200",
            "staff": "15",
            "open_to_internal": "on",
            "open_to_industrial": "on",
            "address_fr": "Hôpital de la Pitié-Salpêtrière, Paris",
            "address_en": "Pitié-Salpêtrière hospital, Paris",
            "host_institutes": [str(institute.pk)],
        },
    )
    assert response.status_code == 302, form_errors(response)
    platform = PlatformPage.objects.get()
    assert platform.live and (platform.title_fr, platform.title_en) == ("IRM", "MRI")
    assert platform.category == category
    assert platform.services_en[0].value["description"] == "By appointment"
    assert platform.equipment_fr[0].value["name"] == "IRM"
    assert (platform.surface_m2, platform.staff, platform.open_to_industrial, platform.open_to_academic) == (
        1200,
        15,
        True,
        False,
    )
    assert list(institute.hosted_platforms.all()) == [platform]

    # A core facility under it, then an edit of the platform.
    response = add_page(
        admin_client,
        PlatformPage,
        platform,
        bilingual("Spectroscopie", "Spectroscopy", "spectroscopie", "spectroscopy"),
    )
    assert response.status_code == 302, form_errors(response)
    assert PlatformPage.objects.child_of(platform).get().url_path_en == "/home/platforms/mri/spectroscopy/"

    response = edit_page(
        admin_client,
        platform,
        {
            **bilingual("IRM 3T", "3T MRI", "irm-3t", "3t-mri"),
            "services_en": streamfield([("service", {"name": "Training", "description": ""})]),
            "host_institutes": [str(institute.pk)],
        },
    )
    assert response.status_code == 302, form_errors(response)
    platform = PlatformPage.objects.get(pk=platform.pk)
    assert (platform.title_en, platform.slug_fr) == ("3T MRI", "irm-3t")
    assert [service.value["name"] for service in platform.services_en] == ["Training"]
    # The facility's paths follow its parent's new slugs.
    facility = PlatformPage.objects.child_of(platform).get()
    assert facility.url_path_en == "/home/platforms/3t-mri/spectroscopy/"
