"""The home page, content pages, the layout every page shares, and the error pages."""

import pytest

from django.template.loader import render_to_string
from django.utils import translation

from wagtail.models import Site

from home.factories import ContentPageFactory
from home.models import HomeFeaturedTheme
from institute_site.models import InstituteSettings
from institutes.factories import InstituteIndexPageFactory, InstituteKeyFigureFactory, InstitutePageFactory
from news.factories import NewsIndexPageFactory, NewsPageFactory
from partners.factories import PartnerIndexPageFactory, PartnerPageFactory
from portfolio.factories import ResearchThemeIndexPageFactory, ResearchThemePageFactory
from tests.front import (
    LISTING_BUDGET,
    assert_constant_queries,
    assert_switcher_round_trip,
    card_titles,
    html_lang,
    html_of,
    small_image,
)


def test_home_page_shows_figures_featured_themes_latest_news_and_partners(client, site):
    institute = InstitutePageFactory(parent=InstituteIndexPageFactory(parent=site), title_en="Brain Institute")
    InstituteKeyFigureFactory(page=institute, value="700", label_en="researchers")
    themes = ResearchThemeIndexPageFactory(parent=site)
    second, first = ResearchThemePageFactory(parent=themes, title_en="B"), ResearchThemePageFactory(parent=themes)
    HomeFeaturedTheme.objects.create(page=site, theme=first, sort_order=0)
    HomeFeaturedTheme.objects.create(page=site, theme=second, sort_order=1)
    news_index = NewsIndexPageFactory(parent=site)
    NewsPageFactory(parent=news_index, title_en="Latest story")
    partner = PartnerPageFactory(parent=PartnerIndexPageFactory(parent=site), title_en="Lyon university")
    site.featured_institute = institute
    site.highlighted_partners.add(partner)
    site.save()

    _fr, en = assert_switcher_round_trip(client, "/fr/", "/en/")
    body = html_of(en)
    assert "700" in body and "researchers" in body
    assert card_titles(en) == [first.title_en, "B", "Latest story"]  # themes in the editors' order
    with translation.override("en"):
        assert f'href="{news_index.get_url()}"' in body and f'href="{partner.get_url()}"' in body


def test_layout_has_skip_link_menu_breadcrumbs_and_footer(client, site):
    themes = ResearchThemeIndexPageFactory(parent=site, show_in_menus=True, slug_en="themes")
    ResearchThemePageFactory(parent=themes, slug_en="epilepsy", title_en="Epilepsy")
    ContentPageFactory(parent=site, show_in_menus=False, title_en="Hidden from menus")
    legal = ContentPageFactory(parent=site, title_en="Legal notice", slug_en="legal")
    settings = InstituteSettings.for_site(Site.objects.get())
    settings.name, settings.email, settings.legal_page = "Brain Research Institute", "contact@example.org", legal
    settings.save()

    body = html_of(client.get("/en/themes/epilepsy/"))
    assert '<a class="skip-link" href="#main">' in body and '<main id="main"' in body
    assert "Brain Research Institute" in body and "mailto:contact@example.org" in body
    menu = body[body.index('class="main-menu"') : body.index("</nav>", body.index('class="main-menu"'))]
    assert 'href="/en/themes/" aria-current="true"' in menu and "Hidden from menus" not in menu
    crumbs = body[body.index('class="breadcrumbs') : body.index("</nav>", body.index('class="breadcrumbs'))]
    assert 'href="/en/"' in crumbs and 'href="/en/themes/"' in crumbs and '<li aria-current="page">Epilepsy' in crumbs
    assert '<a href="/en/legal/">Legal notice</a>' in body


def test_content_page_lists_its_subpages(client, site):
    about = ContentPageFactory(parent=site, slug_fr="a-propos", slug_en="about")
    ContentPageFactory(parent=about, title_en="Governance")
    _fr, en = assert_switcher_round_trip(client, "/fr/a-propos/", "/en/about/")
    assert card_titles(en) == ["Governance"]


def test_an_empty_english_field_shows_the_french_one_marked_as_french(client, site):
    ContentPageFactory(parent=site, slug_en="about", summary_fr="Un institut de recherche.", summary_en="")
    body = html_of(client.get("/en/about/"))
    assert '<p class="page-header__lead" lang="fr">Un institut de recherche.</p>' in body
    ContentPageFactory(parent=site, slug_en="team", summary_fr="Une équipe.", summary_en="A team.")
    body = html_of(client.get("/en/team/"))
    assert '<p class="page-header__lead">A team.</p>' in body


@pytest.mark.parametrize("language", ["fr", "en"])
def test_not_found_page_answers_in_the_visitors_language(client, site, language):
    ResearchThemeIndexPageFactory(parent=site, show_in_menus=True)
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    assert html_lang(response) == language
    body = html_of(response)
    assert "<h1>" in body and 'class="language-switcher"' in body and '<nav class="main-menu"' in body
    with translation.override(language):
        assert f'<a href="{site.get_url()}">' in body  # back to the home page in that language


def test_not_found_page_links_to_the_other_languages_home(client, site):
    response = client.get("/fr/nulle-part/")
    assert 'href="/en/" hreflang="en"' in html_of(response)


def test_server_error_page_renders_without_context_or_database():
    # No database fixture: pytest-django refuses any query, so this proves the template needs none.
    with translation.override("en"):
        html = render_to_string("500.html")
    assert '<html lang="en">' in html and "Server error" in html


def test_home_page_queries_do_not_grow(client, site, django_assert_num_queries):
    themes = ResearchThemeIndexPageFactory(parent=site)
    news_index = NewsIndexPageFactory(parent=site)
    partners = PartnerIndexPageFactory(parent=site)

    def feature(count):
        for _ in range(count):
            theme = ResearchThemePageFactory(parent=themes, listing_image=small_image())
            HomeFeaturedTheme.objects.create(page=site, theme=theme)
            NewsPageFactory(parent=news_index, image=small_image())
            site.highlighted_partners.add(PartnerPageFactory(parent=partners, logo=small_image()))
        site.save()

    feature(3)
    assert_constant_queries(client, "/en/", lambda: feature(27), LISTING_BUDGET, django_assert_num_queries)


def test_menu_shows_every_section_but_the_legal_pages_while_none_is_marked(client, site):
    ResearchThemeIndexPageFactory(parent=site, show_in_menus=False, title_en="Research themes")
    legal = ContentPageFactory(parent=site, show_in_menus=False, title_en="Legal notice")
    settings = InstituteSettings.for_site(Site.objects.get())
    settings.legal_page = legal
    settings.save()
    body = html_of(client.get("/en/"))
    menu = body[body.index('class="main-menu"') : body.index("</nav>", body.index('class="main-menu"'))]
    assert "Research themes" in menu and "Legal notice" not in menu
