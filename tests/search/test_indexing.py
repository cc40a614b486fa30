"""The index follows the pages: publishing, editing, unpublishing, deleting, moving, rebuilding."""

import pytest

from django.core.management import call_command

from partners.factories import AgreementKindFactory, PartnerIndexPageFactory, PartnerPageFactory
from portfolio.factories import (
    PortfolioIndexPageFactory,
    PortfolioProjectPageFactory,
    ResearchThemeIndexPageFactory,
    ResearchThemePageFactory,
)
from search.indexing import INDEX_VERSION, page_texts
from search.models import SearchEntry
from search.query import Search


def found(language, text, root):
    return [entry.title for entry in Search(text, language, root).paginate(1, 50)]


@pytest.fixture
def draft_theme(theme_index):
    return ResearchThemePageFactory(
        parent=theme_index,
        title_fr="Sommeil",
        title_en="Sleep",
        slug_en="sleep",
        summary_fr="Les troubles du sommeil.",
        live=False,
    )


def test_a_page_is_found_once_published(home_page, draft_theme):
    assert not SearchEntry.objects.filter(page=draft_theme).exists()
    draft_theme.save_revision().publish()
    assert found("fr", "troubles", home_page) == ["Sommeil"]
    assert found("en", "sleep", home_page) == ["Sleep"]
    assert SearchEntry.objects.filter(page=draft_theme).count() == 2


def test_a_draft_does_not_change_what_is_found(home_page, draft_theme):
    draft_theme.save_revision().publish()
    draft_theme.summary_fr = "Les rythmes circadiens."
    draft_theme.save_revision()
    assert found("fr", "troubles", home_page) == ["Sommeil"]
    assert found("fr", "circadiens", home_page) == []
    draft_theme.get_latest_revision().publish()
    assert found("fr", "troubles", home_page) == []
    assert found("fr", "circadiens", home_page) == ["Sommeil"]


def test_saving_some_fields_reindexes_what_was_written(home_page, draft_theme):
    draft_theme.save_revision().publish()
    page = type(draft_theme).objects.get(pk=draft_theme.pk)
    page.summary_fr = "Les rêves."
    page.title_fr = "Titre non enregistré"
    page.save(update_fields=["summary_fr"])
    assert found("fr", "rêves", home_page) == ["Sommeil"]


def test_an_unpublished_page_is_no_longer_found(home_page, draft_theme):
    draft_theme.save_revision().publish()
    draft_theme.refresh_from_db()  # publishing worked on a copy
    draft_theme.unpublish()
    assert found("fr", "sommeil", home_page) == []
    assert not SearchEntry.objects.filter(page=draft_theme).exists()


def test_a_deleted_page_leaves_nothing_behind(home_page, theme_index, draft_theme):
    draft_theme.save_revision().publish()
    theme_index.delete()  # with its children
    assert found("fr", "sommeil", home_page) == []
    assert not SearchEntry.objects.filter(page_id=draft_theme.pk).exists()


def test_a_moved_page_is_found_at_its_new_address(client, home_page, theme_index, draft_theme):
    draft_theme.save_revision().publish()
    other_index = ResearchThemeIndexPageFactory(parent=home_page, slug_fr="autres", slug_en="others")
    draft_theme.move(other_index, pos="last-child")
    response = client.get("/fr/search/", {"q": "sommeil"})
    assert [result["url"] for result in response.context["results"]] == ["/fr/autres/sommeil/"]
    response = client.get("/en/search/", {"q": "sleep"})
    assert [result["url"] for result in response.context["results"]] == ["/en/others/sleep/"]


def test_a_page_outside_the_site_is_not_found(home_page, root_page, theme_index, draft_theme):
    draft_theme.save_revision().publish()
    elsewhere = ResearchThemeIndexPageFactory(parent=root_page, slug_fr="ailleurs", slug_en="elsewhere")
    draft_theme.move(elsewhere, pos="last-child")
    assert found("fr", "sommeil", home_page) == []
    assert found("fr", "sommeil", None) == ["Sommeil"]


def test_an_alias_is_not_a_second_result(home_page, theme_index, draft_theme):
    draft_theme.save_revision().publish()
    draft_theme.refresh_from_db()
    other_index = ResearchThemeIndexPageFactory(parent=home_page, slug_fr="autres", slug_en="others")
    draft_theme.create_alias(parent=other_index)
    assert found("fr", "sommeil", home_page) == ["Sommeil"]


def test_field_values_per_language(epilepsy_theme):
    rows = {name: (weight, own, fallback) for name, weight, own, fallback in page_texts(epilepsy_theme, "en")}
    assert rows["title"] == ("A", "Epilepsy", "")
    assert rows["objective"] == ("A", "Prevent seizures", "")  # boosted in search_fields
    assert rows["summary"][0] == "B"
    epilepsy_theme.summary_en = ""
    rows = {name: (weight, own, fallback) for name, weight, own, fallback in page_texts(epilepsy_theme, "en")}
    assert rows["summary"] == ("B", "", "Comprendre la maladie et prévenir les crises chez l'enfant.")
    assert "title_fr" not in rows and "body_en" not in rows


def test_rebuild_command(home_page, site_content):
    SearchEntry.objects.all().delete()
    call_command("rebuild_search_index", "--if-outdated", verbosity=0)
    # home, three indexes, three pages; each in two languages
    assert SearchEntry.objects.count() == 14
    call_command("rebuild_search_index", verbosity=0)
    assert SearchEntry.objects.count() == 14
    assert set(found("fr", "maladies", home_page)) == {"Épilepsie", "Journée des maladies rares"}


def test_rebuild_if_outdated_leaves_a_current_index_alone(home_page, site_content):
    SearchEntry.objects.filter(page=site_content["news"]).delete()
    call_command("rebuild_search_index", "--if-outdated", verbosity=0)
    assert not SearchEntry.objects.filter(page=site_content["news"]).exists()
    assert set(SearchEntry.objects.values_list("version", flat=True)) == {INDEX_VERSION}


def test_rebuild_if_outdated_rebuilds_rows_an_earlier_release_built(home_page, site_content):
    """As `prepare_site` does after an upgrade that changed what the rows hold."""
    SearchEntry.objects.filter(page=site_content["news"]).delete()
    SearchEntry.objects.filter(page=site_content["theme"]).update(version=INDEX_VERSION - 1, text="old")
    call_command("rebuild_search_index", "--if-outdated", verbosity=0)
    assert SearchEntry.objects.filter(page=site_content["news"]).count() == 2
    assert not SearchEntry.objects.filter(text="old").exists()
    assert set(SearchEntry.objects.values_list("version", flat=True)) == {INDEX_VERSION}


def test_facts_shown_on_a_page_are_found_in_each_language(home_page):
    """A partner's country, level and kinds of agreement, a project's companies and status: shown on
    the page, in the visitor's language, though no text field of the page holds them."""
    partners = PartnerIndexPageFactory(parent=home_page, slug_fr="partenaires", slug_en="partners")
    dzne = PartnerPageFactory(
        parent=partners, title_fr="DZNE", title_en="DZNE", country="DE", level="european", slug_en="dzne"
    )
    dzne.agreement_kinds.add(AgreementKindFactory(name_fr="Accord-cadre", name_en="Framework agreement"))
    dzne.save_revision().publish()
    draft_company = PartnerPageFactory(parent=partners, title_fr="Biotech discrète", slug_en="quiet", live=False)
    portfolio = PortfolioIndexPageFactory(parent=home_page, slug_fr="portefeuille", slug_en="portfolio")
    project = PortfolioProjectPageFactory(parent=portfolio, title_fr="Cohorte", title_en="Cohort", slug_en="cohort")
    project.partners.add(dzne, draft_company)
    project.save_revision().publish()

    assert found("fr", "Allemagne", home_page) == ["DZNE"]
    assert found("en", "Germany", home_page) == ["DZNE"]
    assert found("fr", "européen", home_page) == ["DZNE"]
    assert found("en", "framework agreement", home_page) == ["DZNE"]
    assert sorted(found("en", "DZNE", home_page)) == ["Cohort", "DZNE"]
    assert found("fr", "en cours", home_page) == ["Cohorte"]  # the project's status
    assert found("fr", "discrète", home_page) == [], "an unpublished partner's name is not given away"


def test_facts_are_searched_but_left_out_of_snippets(home_page):
    partners = PartnerIndexPageFactory(parent=home_page, slug_fr="partenaires", slug_en="partners")
    partner = PartnerPageFactory(
        parent=partners, country="DE", city_fr="", city_en="", summary_en="A research centre.", slug_en="centre"
    )
    entry = SearchEntry.objects.get(page=partner, language="en")
    assert entry.text == "A research centre."
