"""Platforms and core facilities: the listing by category and by who may use them, and platform pages."""

import pytest

from django.utils import translation

from institutes.factories import InstituteIndexPageFactory, InstitutePageFactory
from platforms.factories import PlatformCategoryFactory, PlatformIndexPageFactory, PlatformPageFactory
from portfolio.factories import PortfolioIndexPageFactory, PortfolioProjectPageFactory
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
    return PlatformIndexPageFactory(parent=site, slug_fr="plateformes", slug_en="platforms")


@pytest.fixture
def imaging():
    return PlatformCategoryFactory(name_fr="Imagerie", name_en="Imaging", slug="imaging")


def add_platforms(index, count, **kwargs):
    return [PlatformPageFactory(parent=index, listing_image=small_image(), **kwargs) for _ in range(count)]


def test_listing_filters_by_category_and_access_combined(client, index, imaging):
    data = PlatformCategoryFactory(slug="data")
    PlatformPageFactory(parent=index, title_en="Microscopy", category=imaging, open_to_industrial=True)
    PlatformPageFactory(parent=index, title_en="MRI", category=imaging, open_to_academic=True)
    PlatformPageFactory(parent=index, title_en="Biostatistics", category=data, open_to_industrial=True)

    _fr, en = assert_switcher_round_trip(client, "/fr/plateformes/", "/en/platforms/")
    assert card_titles(en) == ["Microscopy", "MRI", "Biostatistics"]
    assert card_titles(client.get("/en/platforms/?category=imaging")) == ["Microscopy", "MRI"]
    assert card_titles(client.get("/en/platforms/?access=industrial")) == ["Microscopy", "Biostatistics"]
    assert card_titles(client.get("/en/platforms/?category=imaging&access=industrial")) == ["Microscopy"]
    assert "Imaging" in html_of(en)  # the category, in the visitor's language


def test_core_facilities_are_listed_with_their_platform(client, index, imaging):
    platform = PlatformPageFactory(parent=index, title_en="Imaging platform", category=imaging)
    PlatformPageFactory(parent=platform, title_en="MRI facility", category=imaging)
    response = client.get("/en/platforms/?category=imaging")
    assert card_titles(response) == ["Imaging platform", "MRI facility"]
    assert "Core facility of Imaging platform" in html_of(response)


@pytest.mark.parametrize("query", ["?category=nope", "?access=everyone", "?category=", "?page=abc", "?page=99999"])
def test_listing_ignores_bad_values(client, index, query):
    add_platforms(index, 2)
    response = client.get(f"/en/platforms/{query}")
    assert response.status_code == 200
    assert len(card_titles(response)) == 2


def test_pagination(client, index):
    add_platforms(index, 13, open_to_academic=True)
    assert len(card_titles(client.get("/en/platforms/?access=academic"))) == 12
    second = client.get("/en/platforms/?access=academic&page=2")
    assert len(card_titles(second)) == 1
    assert 'href="?access=academic&amp;page=1" rel="prev"' in html_of(second)


def test_platform_page_links_to_its_facilities_institutes_and_projects(client, site, index, imaging):
    platform = PlatformPageFactory(
        parent=index, slug_fr="imagerie", slug_en="imaging", category=imaging, contact_email="imaging@example.org"
    )
    facility = PlatformPageFactory(parent=platform, slug_fr="irm", slug_en="mri")
    institute = InstitutePageFactory(parent=InstituteIndexPageFactory(parent=site))
    platform.host_institutes.add(institute)
    platform.save()
    project = PortfolioProjectPageFactory(parent=PortfolioIndexPageFactory(parent=site))
    project.platforms.add(platform)
    project.save()

    _fr, en = assert_switcher_round_trip(client, "/fr/plateformes/imagerie/", "/en/platforms/imaging/")
    body = html_of(en)
    with translation.override("en"):
        for page in (facility, institute, project):
            assert f'href="{page.get_url()}"' in body
    assert "mailto:imaging@example.org" in body

    _fr, facility_en = assert_switcher_round_trip(client, "/fr/plateformes/imagerie/irm/", "/en/platforms/imaging/mri/")
    assert 'href="/en/platforms/imaging/"' in html_of(facility_en)


def test_listing_queries_do_not_grow(client, index, imaging, django_assert_num_queries):
    parent = add_platforms(index, 2, category=imaging)[0]
    add_platforms(parent, 1, category=imaging)  # a core facility: its parent platform is named
    assert_constant_queries(
        client,
        "/en/platforms/?category=imaging&access=internal",
        lambda: (add_platforms(index, 13, category=imaging), add_platforms(parent, 13, category=imaging)),
        LISTING_BUDGET,
        django_assert_num_queries,
    )


def test_platform_page_queries_do_not_grow(client, site, index, imaging, django_assert_num_queries):
    platform = PlatformPageFactory(parent=index, slug_en="imaging", category=imaging, listing_image=small_image())
    institutes = InstituteIndexPageFactory(parent=site)

    def relate(count):
        for _ in range(count):
            PlatformPageFactory(parent=platform)
            platform.host_institutes.add(InstitutePageFactory(parent=institutes))
        platform.save()

    relate(3)
    assert_constant_queries(
        client, "/en/platforms/imaging/", lambda: relate(27), DETAIL_BUDGET, django_assert_num_queries
    )
