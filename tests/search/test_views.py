"""The search page, in both languages, on the real index."""

import pytest

from django.urls import reverse
from django.utils import translation

from wagtail.models import PageViewRestriction

from news.factories import NewsPageFactory
from portfolio.factories import ResearchThemePageFactory
from search.query import MAX_QUERY_LENGTH

from .conftest import paragraph


def search(client, language, **params):
    with translation.override(language):
        url = reverse("search")
    return client.get(url, params)


def titles(response):
    return [result["title"] for result in response.context["results"]]


# Stemming per language


def test_french_plural_finds_the_singular(client, site_content):
    response = search(client, "fr", q="maladies")
    # The theme says "la maladie" only; the news item says "maladies".
    assert set(titles(response)) == {"Épilepsie", "Journée des maladies rares"}


def test_french_singular_finds_the_plural(client, site_content):
    assert titles(search(client, "fr", q="étude")) == ["Journée des maladies rares"]
    assert titles(search(client, "fr", q="équipe rare")) == ["Journée des maladies rares"]


def test_english_is_stemmed_as_english(client, site_content):
    assert titles(search(client, "en", q="seizure")) == ["Epilepsy"]
    assert titles(search(client, "en", q="study")) == ["Rare Disease Day"]
    assert set(titles(search(client, "en", q="disease"))) == {"Epilepsy", "Rare Disease Day"}


def test_each_language_searches_its_own_text(client, site_content):
    assert titles(search(client, "fr", q="seizures")) == []
    assert titles(search(client, "en", q="crises")) == []


# Accents


def test_a_query_without_accents_finds_accented_text(client, site_content):
    response = search(client, "fr", q="epilepsie")
    assert titles(response) == ["Épilepsie", "Imagerie cérébrale"]  # the title outranks the services


def test_an_accented_query_finds_text_without_accents(client, theme_index):
    ResearchThemePageFactory(parent=theme_index, title_fr="Cerebral", summary_fr="Etude des reseaux cerebraux")
    assert titles(search(client, "fr", q="réseaux cérébraux")) == ["Cerebral"]
    assert titles(search(client, "fr", q="ÉTUDE")) == ["Cerebral"]


def test_an_english_query_finds_the_english_page(client, site_content):
    response = search(client, "en", q="Epilepsy")
    assert titles(response) == ["Epilepsy", "Brain imaging"]
    assert response.context["results"][0]["url"] == "/en/themes/epilepsy/"


# Text shown through the fallback from the other language


@pytest.fixture
def french_only_theme(theme_index):
    return ResearchThemePageFactory(
        parent=theme_index,
        title_fr="Génétique",
        title_en="Genetics",
        slug_en="genetics",
        summary_fr="Les mutations responsables de la maladie.",
        summary_en="",
        objective_en="Find causes",
    )


def test_an_english_query_is_not_stemmed_against_french_text(client, french_only_theme):
    # As English, "maladies" and "maladie" share the stem "maladi": that French text is not stemmed as English.
    assert titles(search(client, "en", q="maladies")) == []


def test_french_text_shown_on_the_english_page_is_found_word_for_word(client, french_only_theme):
    response = search(client, "en", q="maladie")
    assert titles(response) == ["Genetics"]
    assert "mutations responsables de la <mark>maladie</mark>" in str(response.context["results"][0]["snippet"])
    assert response.context["results"][0]["url"] == "/en/themes/genetics/"


def test_english_own_text_outranks_fallback_text(client, french_only_theme, epilepsy_theme):
    epilepsy_theme.summary_en = "Causes of epilepsy: mutations and more."
    epilepsy_theme.save()
    assert titles(search(client, "en", q="mutations")) == ["Epilepsy", "Genetics"]


# Counts per type, the type filter


def test_counts_per_type(client, site_content):
    response = search(client, "fr", q="épilepsie OR maladies")
    counts = {type_count.value: type_count.count for type_count, _url in response.context["type_counts"]}
    assert counts == {"researchthemepage": 1, "newspage": 1, "platformpage": 1}
    assert response.context["total"] == 3
    html = response.content.decode()
    assert 'href="?q=%C3%A9pilepsie+OR+maladies&amp;type=newspage"' in html
    assert 'class="search-facets"' in html


def test_type_filter(client, site_content):
    response = search(client, "fr", q="épilepsie OR maladies", type="newspage")
    assert titles(response) == ["Journée des maladies rares"]
    assert response.context["selected_type"].value == "newspage"
    assert response.context["total"] == 3  # the counts still show every type
    assert '<a href="?q=%C3%A9pilepsie+OR+maladies&amp;type=newspage" aria-current="true">' in response.content.decode()


@pytest.mark.parametrize("value", ["nosuchtype", "page", "<script>", "x" * 500, "newspage'--"])
def test_an_unknown_type_is_ignored_with_a_notice(client, site_content, value):
    response = search(client, "en", q="epilepsy", type=value)
    assert response.status_code == 200
    assert titles(response) == ["Epilepsy", "Brain imaging"]
    assert response.context["notices"] == ["No result is of the type asked for: results of every type are shown."]


# Pagination


@pytest.fixture
def many_news(news_index):
    return [
        NewsPageFactory(parent=news_index, title_fr=f"Essai clinique {n:02}", title_en=f"Clinical trial {n:02}")
        for n in range(23)
    ]


def test_results_are_paginated(client, many_news):
    first = search(client, "fr", q="essai")
    assert first.context["total"] == 23
    assert len(first.context["results"]) == 10
    assert 'href="?q=essai&amp;page=2" rel="next"' in first.content.decode()
    third = search(client, "fr", q="essai", page="3")
    assert titles(third) == ["Essai clinique 20", "Essai clinique 21", "Essai clinique 22"]
    assert 'rel="prev"' in third.content.decode()


@pytest.mark.parametrize(
    ("page", "expected_number"), [("abc", 1), ("0", 3), ("-1", 3), ("99999", 3), ("2.5", 1), ("", 1)]
)
def test_bad_page_numbers_show_a_sensible_page(client, many_news, page, expected_number):
    response = search(client, "en", q="trial", page=page)
    assert response.status_code == 200
    assert response.context["page_obj"].number == expected_number


def test_the_type_filter_is_kept_across_pages(client, many_news, site_content):
    response = search(client, "fr", q="essai OR maladies", type="newspage")
    assert response.context["selected_type"].count == 24
    assert 'href="?q=essai+OR+maladies&amp;type=newspage&amp;page=2"' in response.content.decode()


# Odd queries


def test_an_empty_query_shows_how_to_search(client, site_content):
    response = search(client, "fr")
    assert response.status_code == 200
    assert "results" not in response.context
    assert 'class="search-empty"' in response.content.decode()
    assert '<label for="search-query">' in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "\x00",
        "épi\x00lepsie",
        "' OR 1=1 --",
        "'; DROP TABLE site_search_searchentry; --",
        "<script>alert(1)</script>",
        "🧠🧬",
        '"',
        '"""',
        "!!!",
        "& | ! ( ) : *",
        "-",
        "or",
        "le la les",
        "\\",
        "a:*",
        "\u202e\u200b",
        "\ue000\ue001",
    ],
)
def test_odd_queries_get_an_answer(client, site_content, query):
    response = search(client, "fr", q=query)
    assert response.status_code == 200
    assert "<script>alert" not in response.content.decode()


def test_the_query_parameter_given_as_a_list_counts_as_empty(client, site_content):
    response = client.get("/fr/search/?q[]=x&q[]=y")
    assert response.status_code == 200
    assert response.context["search_query"] == ""


def test_a_very_long_query_is_shortened_with_a_notice(client, site_content):
    response = search(client, "en", q="epilepsy " + "x" * 5000)
    assert response.status_code == 200
    assert len(response.context["search_query"]) == MAX_QUERY_LENGTH
    assert "only its first 200 characters were used" in response.context["notices"][0]
    assert 'class="search-notice"' in response.content.decode()


def test_no_results_offers_the_other_language(client, site_content):
    response = search(client, "fr", q="seizures")
    html = response.content.decode()
    assert response.context["total"] == 0
    assert '<a href="/en/search/?q=seizures" hreflang="en" lang="en">English</a>' in html


def test_only_get_is_allowed(client, site_content):
    assert client.post("/fr/search/", {"q": "x"}).status_code == 405


# Snippets


def test_snippets_are_highlighted_and_keep_their_accents(client, site_content):
    response = search(client, "fr", q="epilepsie")
    snippet = str(response.context["results"][1]["snippet"])
    assert "<mark>épilepsie</mark>" in snippet
    assert "Cartographie de l&#x27;<mark>épilepsie</mark>" in response.content.decode()


def test_snippets_are_escaped(client, theme_index):
    ResearchThemePageFactory(
        parent=theme_index,
        title_fr="Sécurité",
        summary_fr='Un texte <script>alert("x")</script> sur la maladie & ses <b>causes</b>.',
    )
    response = search(client, "fr", q="maladie")
    html = response.content.decode()
    assert "<script>alert" not in html and "<b>causes" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; sur la <mark>maladie</mark> &amp; ses &lt;b&gt;" in html


def test_the_query_is_escaped_where_it_is_shown(client, site_content):
    html = search(client, "fr", q='<img src=x onerror="alert(1)">').content.decode()
    assert "<img src=x" not in html
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html


# What is not shown


def test_private_and_draft_pages_are_not_found(client, theme_index, epilepsy_theme):
    draft = ResearchThemePageFactory(parent=theme_index, title_fr="Épilepsie brouillon", live=False)
    PageViewRestriction.objects.create(page=epilepsy_theme, restriction_type=PageViewRestriction.LOGIN)
    assert titles(search(client, "fr", q="épilepsie")) == []
    assert draft.pk


def test_results_link_to_each_language_s_address(client, site_content):
    fr = search(client, "fr", q="maladies rares")
    en = search(client, "en", q="rare diseases")
    assert fr.context["results"][0]["url"] == "/fr/actualites/journee-maladies-rares/"
    assert en.context["results"][0]["url"] == "/en/news/rare-disease-day/"
    assert 'href="/en/news/rare-disease-day/"' in en.content.decode()


def test_stream_field_settings_are_not_indexed(client, news_index):
    NewsPageFactory(
        parent=news_index,
        title_fr="Titre",
        body_fr=[("heading", {"text": "Résultats", "level": "h2"})] + paragraph("<p>Texte</p>"),
    )
    assert titles(search(client, "fr", q="résultats")) == ["Titre"]
    assert titles(search(client, "fr", q="h2")) == []


def test_undecodable_or_odd_bytes_in_the_address_get_an_answer(client, site_content):
    for raw in ["%ED%A0%80", "%FF%FE", "%C0%AF", "%F0%9F%A7%A0", "&q=", "=%00", "%E2%80%AE", "%00&type=%00&page=%00"]:
        for path in ["/fr/search/?q=", "/en/search/autocomplete/?q="]:
            assert client.get(path + raw).status_code == 200, path + raw
