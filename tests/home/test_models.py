"""The home page and content pages: tree rules, translated fields, the call-to-action block, the admin."""

import pytest

from django.core.exceptions import ValidationError
from django.utils import translation

from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.models import Page
from wagtail.test.utils.form_data import rich_text, streamfield

from home.factories import ContentPageFactory
from home.models import ContentPage, HomePage
from institute_site.blocks import CallToActionBlock
from institutes.models import InstituteIndexPage
from news.models import NewsIndexPage
from partners.factories import PartnerIndexPageFactory, PartnerPageFactory
from partners.models import PartnerIndexPage
from platforms.factories import PlatformIndexPageFactory
from platforms.models import PlatformIndexPage
from portfolio.factories import ResearchThemeIndexPageFactory, ResearchThemePageFactory
from portfolio.models import PortfolioIndexPage, ResearchThemeIndexPage
from tests.page_admin import add_page, bilingual, edit_page, form_errors

pytestmark = pytest.mark.django_db


def test_home_page_lives_only_at_the_root(root_page, home_page):
    assert HomePage.parent_page_types == ["wagtailcore.Page"]
    assert HomePage.can_exist_under(root_page)
    assert not HomePage.can_exist_under(home_page)
    assert not HomePage.can_create_at(ContentPageFactory(parent=home_page))
    # Only one home page: with one in place, another cannot be created, even at the root.
    assert not HomePage.can_create_at(root_page)


def test_home_page_children_are_the_sections_and_content_pages(home_page):
    allowed = {model.__name__ for model in home_page.specific_class.allowed_subpage_models()}
    assert allowed == {
        "InstituteIndexPage",
        "ResearchThemeIndexPage",
        "PortfolioIndexPage",
        "PlatformIndexPage",
        "PartnerIndexPage",
        "NewsIndexPage",
        "ContentPage",
    }
    assert NewsIndexPage.can_create_at(home_page)


def test_content_pages_nest_under_home_and_each_other_only(home_page):
    about = ContentPageFactory(parent=home_page)
    assert ContentPage.can_create_at(about)
    assert not ContentPage.can_create_at(PlatformIndexPageFactory(parent=home_page))
    assert not ContentPage.can_exist_under(Page.get_first_root_node())


def test_translated_fields_follow_the_active_language_with_french_fallback(home_page):
    home_page.hero_intro_fr = "Bienvenue"
    home_page.hero_intro_en = "Welcome"
    home_page.save()
    with translation.override("fr"):
        assert home_page.hero_intro == "Bienvenue"
    with translation.override("en"):
        assert home_page.hero_intro == "Welcome"
    home_page.hero_intro_en = ""
    with translation.override("en"):
        assert home_page.hero_intro == "Bienvenue"  # falls back to French rather than nothing


def test_content_page_has_a_slug_and_a_path_per_language(home_page):
    page = ContentPageFactory(parent=home_page, title_fr="Mentions légales", title_en="Legal notice")
    assert (page.slug_fr, page.slug_en) == ("mentions-legales", "legal-notice")
    assert page.url_path_fr == "/accueil/mentions-legales/"
    assert page.url_path_en == "/home/legal-notice/"


def test_sibling_slugs_must_differ(home_page):
    ContentPageFactory(parent=home_page, title_fr="À propos", title_en="About", slug_fr="a-propos")
    twin = ContentPage(title="Autre", title_fr="Autre", title_en="Other", slug="a-propos", slug_fr="a-propos")
    twin.slug_en = "other"
    with pytest.raises(ValidationError) as error:
        home_page.add_child(instance=twin)
    assert "slug" in str(error.value)


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ({"page": "page", "url": ""}, True),
        ({"page": None, "url": "https://example.org/"}, True),
        ({"page": None, "url": ""}, False),
        ({"page": "page", "url": "https://example.org/"}, False),
    ],
)
def test_call_to_action_needs_exactly_one_target(home_page, value, valid):
    block = CallToActionBlock()
    struct_value = block.to_python(
        {
            "text": "Voir",
            "button_label": "Voir",
            "page": home_page.pk if value["page"] else None,
            "url": value["url"],
        }
    )
    if valid:
        assert block.clean(struct_value)["button_label"] == "Voir"
    else:
        with pytest.raises(StructBlockValidationError) as error:
            block.clean(struct_value)
        assert "page" in error.value.block_errors


def test_home_page_links_featured_themes_and_partners(home_page):
    themes = ResearchThemeIndexPageFactory(parent=home_page)
    theme = ResearchThemePageFactory(parent=themes)
    partner = PartnerPageFactory(parent=PartnerIndexPageFactory(parent=home_page))
    home_page.featured_themes.create(theme=theme)
    home_page.highlighted_partners.add(partner)
    home_page.save()
    home = HomePage.objects.get(pk=home_page.pk)
    assert [featured.theme for featured in home.featured_themes.all()] == [theme]
    assert list(home.highlighted_partners.all()) == [partner]


def test_admin_creates_a_home_page_in_both_languages(admin_client, root_page):
    root_page.get_children().delete()  # Wagtail's welcome page
    response = add_page(
        admin_client,
        HomePage,
        root_page,
        {
            **bilingual("Accueil", "Home", "accueil", "home"),
            "hero_intro_fr": "L'institut en bref.",
            "hero_intro_en": "The institute in brief.",
            "body_fr": streamfield([("paragraph", rich_text("<p>Bonjour</p>"))]),
            "body_en": streamfield([("paragraph", rich_text("<p>Hello</p>"))]),
        },
    )
    assert response.status_code == 302, form_errors(response)
    home = HomePage.objects.get()
    assert home.live
    assert (home.title_fr, home.title_en, home.slug_fr, home.slug_en) == ("Accueil", "Home", "accueil", "home")
    assert home.hero_intro_en == "The institute in brief."
    assert "Bonjour" in str(home.body_fr) and "Hello" in str(home.body_en)


def test_admin_creates_and_edits_a_content_page(admin_client, home_page):
    response = add_page(
        admin_client,
        ContentPage,
        home_page,
        {
            **bilingual("À propos", "About", "a-propos", "about", "Qui nous sommes.", "Who we are."),
            "body_fr": streamfield([("heading", {"text": "Histoire", "level": "h2"})]),
            "body_en": streamfield([("heading", {"text": "History", "level": "h2"})]),
        },
    )
    assert response.status_code == 302, form_errors(response)
    page = ContentPage.objects.get()
    assert page.live and page.url_path_en == "/home/about/"
    assert page.body_en[0].value["text"] == "History"

    response = edit_page(
        admin_client,
        page,
        {
            **bilingual("À propos de nous", "About us", "a-propos", "about-us", "Qui nous sommes.", "Who we are."),
            "body_fr": streamfield([("paragraph", rich_text("<p>Texte</p>"))]),
            "body_en": streamfield([("paragraph", rich_text("<p>Text</p>"))]),
        },
    )
    assert response.status_code == 302, form_errors(response)
    page.refresh_from_db()
    assert (page.title_en, page.slug_en, page.url_path_en) == ("About us", "about-us", "/home/about-us/")
    assert page.title_fr == "À propos de nous"
    assert not page.has_unpublished_changes


@pytest.mark.parametrize(
    ("model", "titles", "slugs"),
    [
        (InstituteIndexPage, ("Instituts", "Institutes"), ("instituts", "institutes")),
        (ResearchThemeIndexPage, ("Thématiques", "Themes"), ("thematiques", "themes")),
        (PortfolioIndexPage, ("Portefeuille", "Portfolio"), ("portefeuille", "portfolio")),
        (PlatformIndexPage, ("Plateformes", "Platforms"), ("plateformes", "platforms")),
        (PartnerIndexPage, ("Partenaires", "Partners"), ("partenaires", "partners")),
        (NewsIndexPage, ("Actualités", "News"), ("actualites", "news")),
    ],
)
def test_admin_creates_and_edits_each_section_index(admin_client, home_page, model, titles, slugs):
    response = add_page(
        admin_client,
        model,
        home_page,
        {**bilingual(*titles, *slugs), "intro_fr": "Présentation.", "intro_en": "Introduction."},
    )
    assert response.status_code == 302, form_errors(response)
    index = model.objects.get()
    assert index.live and (index.title_fr, index.title_en) == titles
    assert (index.url_path_fr, index.url_path_en) == (f"/accueil/{slugs[0]}/", f"/home/{slugs[1]}/")
    assert index.intro_en == "Introduction."

    response = edit_page(admin_client, index, {**bilingual(*titles, *slugs), "intro_en": "Overview."})
    assert response.status_code == 302, form_errors(response)
    index.refresh_from_db()
    assert (index.intro_fr, index.intro_en) == ("Présentation.", "Overview.")
    # A second index of the same kind cannot be added to the home page.
    home_page.refresh_from_db()  # its number of children changed in the admin's request
    assert not model.can_create_at(home_page)
