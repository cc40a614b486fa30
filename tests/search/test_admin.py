"""Editors' actions in the real Wagtail admin reach the search index."""

from urllib.parse import urlencode

import pytest

from django.urls import reverse

from portfolio.factories import ResearchThemeIndexPageFactory, ResearchThemePageFactory
from search.models import SearchEntry


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "editor@example.org", "pass")
    client.force_login(user)
    return user


@pytest.fixture
def sleep_theme(theme_index):
    page = ResearchThemePageFactory(
        parent=theme_index, title_fr="Sommeil", title_en="Sleep", slug_en="sleep", summary_fr="Les troubles du sommeil."
    )
    page.save_revision()
    return page


def found(client, language, query):
    response = client.get(f"/{language}/search/", {"q": query})
    return [(result["title"], result["url"]) for result in response.context["results"]]


def test_publishing_from_the_admin(client, editor, sleep_theme):
    sleep_theme.summary_fr = "Les rythmes circadiens."
    sleep_theme.save_revision()
    url = (
        reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
        + "?"
        + urlencode({"id": sleep_theme.pk})
    )
    assert found(client, "fr", "circadiens") == []
    response = client.post(url, {"include_descendants": ""})
    assert response.status_code == 302
    assert found(client, "fr", "circadiens") == [("Sommeil", "/fr/thematiques/sommeil/")]


def test_unpublishing_from_the_admin(client, editor, sleep_theme):
    assert found(client, "fr", "troubles") != []
    response = client.post(reverse("wagtailadmin_pages:unpublish", args=[sleep_theme.pk]))
    assert response.status_code == 302
    assert found(client, "fr", "troubles") == []


def test_deleting_from_the_admin(client, editor, sleep_theme):
    response = client.post(reverse("wagtailadmin_pages:delete", args=[sleep_theme.pk]))
    assert response.status_code == 302
    assert found(client, "en", "sleep") == []
    assert not SearchEntry.objects.filter(page_id=sleep_theme.pk).exists()


def test_moving_from_the_admin(client, editor, home_page, sleep_theme):
    other_index = ResearchThemeIndexPageFactory(parent=home_page, slug_fr="autres", slug_en="others")
    response = client.post(reverse("wagtailadmin_pages:move_confirm", args=[sleep_theme.pk, other_index.pk]))
    assert response.status_code == 302
    assert found(client, "fr", "sommeil") == [("Sommeil", "/fr/autres/sommeil/")]
    assert found(client, "en", "sleep") == [("Sleep", "/en/others/sleep/")]
