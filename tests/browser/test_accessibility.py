"""WCAG 2.2 AA in the browser: axe-core on every public page type, in both languages, at desktop
and phone widths, with zero violations at any impact level; and keyboard focus, which axe cannot see.
"""

import pytest
from playwright.sync_api import expect

from tests.browser.accessibility import (
    assert_no_axe_violations,
    axe_violations,
    describe_violations,
    focus_problems,
    tab_through,
)
from tests.browser.conftest import PAGE_TYPES
from tests.browser.visitor import apply_first_filter, search_for

pytestmark = pytest.mark.browser
LANGUAGES = ["fr", "en"]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_every_page_type_passes_axe(visit, demo_pages, axe_source, kind, language, viewport):
    page = visit(demo_pages[kind][language], viewport, language)
    expect(page.locator("html")).to_have_attribute("lang", language)
    assert_no_axe_violations(page, axe_source)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_not_found_page_passes_axe(visit, demo_pages, axe_source, language, viewport):
    page = visit(demo_pages["home"][language] + "no-such-page-here/", viewport, language)
    expect(page.locator("html")).to_have_attribute("lang", language)
    expect(page.locator("h1")).to_be_visible()
    assert_no_axe_violations(page, axe_source)


@pytest.mark.parametrize("language", LANGUAGES)
def test_search_results_pass_axe(visit, demo_pages, axe_source, language, viewport):
    page = visit(demo_pages["home"][language], viewport, language)
    search_for(page, demo_pages["theme"][f"title_{language}"])
    expect(page.locator("main a[href]").first).to_be_visible()
    assert_no_axe_violations(page, axe_source)


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_filtered_partner_list_passes_axe(visit, demo_pages, axe_source, language, viewport):
    page = visit(demo_pages["partner-index"][language], viewport, language)
    apply_first_filter(page)
    assert_no_axe_violations(page, axe_source)


@pytest.mark.parametrize(
    ("kind", "language"), [("home", "fr"), ("home", "en"), ("partner-index", "fr"), ("theme", "en")]
)
def test_keyboard_focus_is_always_visible(visit, demo_pages, kind, language, viewport):
    """Every focus stop shows a focus indicator, inside the visible area: links, menu, search, filters."""
    page = visit(demo_pages[kind][language], viewport, language)
    stops = tab_through(page)
    assert len(stops) >= 5, f"only {len(stops)} focus stops on {page.url}"
    problems = focus_problems(stops)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("kind", ["theme", "partner-index"])
def test_the_skip_link_comes_first_and_moves_focus_to_the_content(visit, demo_pages, kind, viewport):
    page = visit(demo_pages[kind]["fr"], viewport, "fr")
    page.keyboard.press("Tab")
    skip_link = page.locator(":focus")
    expect(skip_link).to_have_attribute("href", "#main")
    expect(skip_link).to_be_in_viewport()
    page.keyboard.press("Enter")
    # The next Tab starts from the main content, past the header and the navigation.
    page.keyboard.press("Tab")
    assert page.evaluate("document.querySelector('main').contains(document.activeElement)")


# The checks themselves must be able to fail: each meets a page built to break them.


def test_axe_reports_each_broken_rule_with_its_elements(browser, axe_source):
    context = browser.new_context()
    try:
        page = context.new_page()
        page.set_content(
            "<html><head><title>Broken</title><style>.faint{color:#bbb;background:#fff}</style></head>"
            "<body><main><p class='faint'>Faint text</p><input type='text' id='nameless'></main></body></html>"
        )
        violations = axe_violations(page, axe_source)
        assert {"html-has-lang", "color-contrast", "label"} <= {violation["id"] for violation in violations}
        message = describe_violations("about:blank", violations)
        assert "- label (critical)" in message
        assert "#nameless" in message
    finally:
        context.close()


def test_the_focus_check_reports_an_invisible_focus(browser):
    context = browser.new_context()
    try:
        page = context.new_page()
        page.set_content(
            "<html lang='en'><head><style>a{outline:none} .two:focus{outline:2px solid}"
            " .card:focus-within{box-shadow:0 0 0 3px navy}</style></head><body><main><a href='#one'>One</a>"
            " <a href='#two' class='two'>Two</a> <div class='card'><h2><a href='#three'>Three</a></h2></div>"
            "</main></body></html>"
        )
        stops = tab_through(page)
        assert [stop["text"] for stop in stops] == ["One", "Two", "Three"]
        problems = focus_problems(stops)
        assert len(problems) == 1
        assert "'One'" in problems[0]
    finally:
        context.close()
