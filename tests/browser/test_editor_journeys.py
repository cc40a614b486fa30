"""Editors at work in the real Wagtail admin, each with their role's demo account.

- Communications updates a news item in French and English, publishes it, and visitors see it
  in both languages.
- Partnerships adds a portfolio project, which goes live, and is turned away from a news item.
"""

import re

import pytest
from playwright.sync_api import expect

from editorial.roles import COMMUNICATIONS, PARTNERSHIPS
from tests.browser import wagtail_admin
from tests.browser.visitor import apply_filter

pytestmark = pytest.mark.browser


def test_communications_updates_a_news_item_in_both_languages_and_publishes_it(
    page_at, served_site, demo_pages, demo_editors
):
    titles = {
        "fr": "Parkinson : six facteurs de risque génétiques confirmés",
        "en": "Parkinson's disease: six genetic risk factors confirmed",
    }
    summaries = {
        "fr": "Une étude internationale confirme six facteurs de risque.",
        "en": "An international study confirms six risk factors.",
    }
    editor = page_at("desktop", "fr")
    wagtail_admin.log_in(editor, *demo_editors[COMMUNICATIONS])

    # From the news section of the page explorer to a news item's edit form (not the item the
    # visitor journeys read, which keeps its title).
    editor.goto(f"/admin/pages/{demo_pages['news-index']['id']}/")
    edit_links = editor.locator("main table a[href$='/edit/']")
    expect(edit_links.first).to_be_visible()
    news_ids = [int(re.search(r"/pages/(\d+)/edit/", href).group(1)) for href in map(_href, edit_links.all())]
    news_id = next(news_id for news_id in news_ids if news_id != demo_pages["news"]["id"])
    editor.locator(f"main table a[href$='/admin/pages/{news_id}/edit/']").first.click()
    expect(editor.locator("#id_title_fr")).not_to_have_value("")

    wagtail_admin.fill_in_languages(editor, "title", titles)
    wagtail_admin.fill_in_languages(editor, "summary", summaries)
    wagtail_admin.publish(editor)

    # Visitors find it, changed, in both languages: listed on the news page and on its own page.
    paths = served_site.page_paths(news_id)
    for language in ("fr", "en"):
        visitor = page_at("desktop", language)
        visitor.goto(demo_pages["news-index"][language])
        visitor.get_by_role("link", name=titles[language]).first.click()
        expect(visitor.locator("h1")).to_have_text(titles[language])
        expect(visitor.locator("main")).to_contain_text(summaries[language])
        assert visitor.url.endswith(paths[language])  # its address did not change


def test_partnerships_adds_a_portfolio_project_that_goes_live(page_at, demo_pages, demo_editors):
    titles = {"fr": "Consortium Neuro-IA 2030", "en": "Neuro-AI 2030 consortium"}
    slugs = {"fr": "consortium-neuro-ia-2030", "en": "neuro-ai-2030-consortium"}
    editor = page_at("desktop", "fr")
    wagtail_admin.log_in(editor, *demo_editors[PARTNERSHIPS])

    portfolio = demo_pages["portfolio-index"]
    editor.goto(f"/admin/pages/{portfolio['id']}/")
    editor.locator(f"a[href$='/admin/pages/{portfolio['id']}/add_subpage/']").first.click()
    wagtail_admin.fill_in_languages(editor, "title", titles)
    editor.locator("#id_kind").select_option("consortium")
    editor.locator("#id_status").select_option("ongoing")
    editor.locator("#id_start_year").fill("2026")
    wagtail_admin.fill_in_languages(
        editor, "summary", {"fr": "Huit partenaires autour de l'IA.", "en": "Eight partners around AI."}
    )
    wagtail_admin.fill_slugs(editor, slugs)
    wagtail_admin.publish(editor)

    for language in ("fr", "en"):
        visitor = page_at("desktop", language)
        visitor.goto(portfolio[language])
        apply_filter(visitor, "consortium")
        visitor.get_by_role("link", name=titles[language]).first.click()
        expect(visitor.locator("h1")).to_have_text(titles[language])
        assert visitor.url.endswith(f"/{slugs[language]}/")


def test_partnerships_cannot_edit_a_news_item(page_at, demo_pages, demo_editors):
    editor = page_at("desktop", "fr")
    wagtail_admin.log_in(editor, *demo_editors[PARTNERSHIPS])
    news_id = demo_pages["news"]["id"]

    # Not offered in the explorer, which lists the news...
    editor.goto(f"/admin/pages/{demo_pages['news-index']['id']}/")
    expect(editor.locator("main table tbody tr").first).to_be_visible()
    expect(editor.locator(f"a[href$='/admin/pages/{news_id}/edit/']")).to_have_count(0)

    # ...and refused when asked for directly.
    editor.goto(f"/admin/pages/{news_id}/edit/")
    expect(editor.locator(".messages .error")).to_be_visible()
    expect(editor.locator("#id_title_fr")).to_have_count(0)
    assert not editor.url.endswith(f"/admin/pages/{news_id}/edit/")


def _href(link):
    return link.get_attribute("href")
