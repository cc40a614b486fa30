"""Editors preview a draft in French and in English, whatever their admin language."""

import pytest

from wagtail.test.utils.form_data import nested_form_data, streamfield

from portfolio.factories import ResearchThemeIndexPageFactory, ResearchThemePageFactory


@pytest.fixture
def theme(home_page):
    index = ResearchThemeIndexPageFactory(parent=home_page)
    return ResearchThemePageFactory(parent=index, title_fr="Épilepsie", title_en="Epilepsy")


def test_every_page_offers_one_preview_mode_per_language(theme):
    assert [code for code, _ in theme.preview_modes] == ["fr", "en"]
    assert theme.default_preview_mode == "fr"


@pytest.mark.parametrize(("mode", "title"), [("fr", "Épilepsie"), ("en", "Epilepsy")])
def test_a_preview_renders_in_the_chosen_language(theme, rf, mode, title):
    response = theme.make_preview_request(preview_mode=mode)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{mode}"' in html
    assert title in html


def test_the_admin_preview_view_follows_the_mode(admin_client, theme):
    url = f"/admin/pages/{theme.pk}/edit/preview/"
    data = nested_form_data(
        {
            "title_fr": "Épilepsie",
            "title_en": "Epilepsy (draft)",
            "slug_fr": "epilepsie",
            "slug_en": "epilepsy",
            "objective_fr": "Anticiper la crise",
            "objective_en": "Anticipate the seizure",
            "body_fr": streamfield([]),
            "body_en": streamfield([]),
        }
    )
    assert admin_client.post(url, data).json()["is_valid"] is True
    english = admin_client.get(url, {"mode": "en"}).content.decode()
    french = admin_client.get(url, {"mode": "fr"}).content.decode()
    assert '<html lang="en"' in english and "Epilepsy (draft)" in english
    assert '<html lang="fr"' in french and "Anticiper la crise" in french
