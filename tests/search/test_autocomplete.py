"""Autocomplete: titles by word prefix, per language, as JSON."""

import pytest

from portfolio.factories import ResearchThemePageFactory


def suggest(client, language, query):
    response = client.get(f"/{language}/search/autocomplete/", {"q": query})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()


def test_french_suggestions_fold_accents(client, site_content):
    data = suggest(client, "fr", "epil")
    assert data == {
        "query": "epil",
        "results": [{"title": "Épilepsie", "url": "/fr/thematiques/epilepsie/", "type": "thématique de recherche"}],
    }
    assert [result["title"] for result in suggest(client, "fr", "ÉPI")["results"]] == ["Épilepsie"]


def test_english_suggestions_are_the_english_titles(client, site_content):
    results = suggest(client, "en", "epil")["results"]
    assert [(result["title"], result["url"]) for result in results] == [("Epilepsy", "/en/themes/epilepsy/")]


def test_every_word_typed_must_start_a_word_of_the_title(client, site_content):
    assert [result["title"] for result in suggest(client, "fr", "mal rar")["results"]] == ["Journée des maladies rares"]
    assert [result["title"] for result in suggest(client, "fr", "journ cer")["results"]] == []
    assert [result["title"] for result in suggest(client, "en", "brain ima")["results"]] == ["Brain imaging"]
    assert [result["title"] for result in suggest(client, "en", "imagerie")["results"]] == []


def test_suggestions_are_limited_and_only_live_pages(client, theme_index):
    for n in range(12):
        ResearchThemePageFactory(parent=theme_index, title_fr=f"Neurologie {n}", title_en=f"Neurology {n}")
    ResearchThemePageFactory(parent=theme_index, title_fr="Neurologie brouillon", live=False)
    results = suggest(client, "fr", "neuro")["results"]
    assert len(results) == 8
    assert all(result["title"].startswith("Neurologie ") and "brouillon" not in result["title"] for result in results)


@pytest.mark.parametrize("query", ["", " ", "\x00", "'", "a:* | b", "&&", "<script>", "🧠", "x" * 1000, "' OR 1=1 --"])
def test_odd_input_gets_an_empty_or_plain_answer(client, site_content, query):
    data = suggest(client, "fr", query)
    assert isinstance(data["results"], list)


def test_the_search_form_offers_suggestions_without_inline_script(client, site_content):
    html = client.get("/en/search/").content.decode()
    assert 'data-autocomplete-url="/en/search/autocomplete/"' in html
    assert 'list="search-suggestions"' in html and '<datalist id="search-suggestions">' in html
    assert '<script src="/static/js/search-autocomplete.js" defer></script>' in html
    assert "<script>" not in html
