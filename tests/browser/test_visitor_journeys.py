"""Visitors on the public site, at desktop and phone sizes: what they come to do, step by step."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import PAGE_TYPES, VIEWPORTS
from tests.browser.visitor import apply_filter, open_menu_if_folded, result_count, search_for, tab_to

pytestmark = pytest.mark.browser
OTHER_LANGUAGE = {"fr": ("en", "English"), "en": ("fr", "Français")}


@pytest.mark.parametrize(
    ("accept_language", "expected"), [("fr-FR", "fr"), ("en-GB", "en"), ("de-DE", "fr")], ids=["fr", "en", "other"]
)
def test_landing_on_the_root_gives_the_visitors_language(browser, served_site, accept_language, expected, viewport):
    """``/`` follows the browser's languages, and French when it has neither."""
    context = browser.new_context(base_url=served_site.url, locale=accept_language, **VIEWPORTS[viewport])
    try:
        page = context.new_page()
        page.goto("/")
        expect(page).to_have_url(re.compile(rf"/{expected}/$"))
        expect(page.locator("html")).to_have_attribute("lang", expected)
        expect(page.locator("h1")).to_be_visible()
    finally:
        context.close()


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("kind", ["theme", "partner", "news"])
def test_switching_language_stays_on_the_same_page(page_at, demo_pages, kind, language, viewport):
    page = page_at(viewport, language)
    page.goto(demo_pages[kind][language])
    other, name = OTHER_LANGUAGE[language]
    page.locator("header").get_by_role("link", name=name, exact=True).click()
    expect(page).to_have_url(re.compile(re.escape(demo_pages[kind][other]) + "$"))
    expect(page.locator("html")).to_have_attribute("lang", other)
    expect(page.locator("h1")).to_have_text(demo_pages[kind][f"title_{other}"])


@pytest.mark.parametrize("language", ["fr", "en"])
def test_browsing_a_theme_and_following_its_cross_links(page_at, demo_pages, language, viewport):
    """Home, the themes from the menu, one theme, a partner working on it, and back to the theme."""
    page = page_at(viewport, language)
    page.goto(demo_pages["home"][language])
    open_menu_if_folded(page)
    page.locator("header nav").get_by_role("link", name=demo_pages["theme-index"][f"title_{language}"]).click()
    expect(page.locator("h1")).to_have_text(demo_pages["theme-index"][f"title_{language}"])

    theme_title = demo_pages["theme"][f"title_{language}"]
    page.locator("main").get_by_role("link", name=theme_title).first.click()
    expect(page.locator("h1")).to_have_text(theme_title)
    theme_url = page.url

    # The theme links to the other sections: its partners, its platforms, its news.
    main = page.locator("main")
    for section in ("partner-index", "platform-index", "news-index"):
        section_path = demo_pages[section][language]
        expect(main.locator(f"a[href^='{section_path}']:not([href='{section_path}'])").first).to_be_attached()

    partner_path = demo_pages["partner-index"][language]
    partner_link = main.locator(f"a[href^='{partner_path}']:not([href='{partner_path}'])").first
    partner_name = partner_link.inner_text().strip()
    partner_link.click()
    expect(page.locator("h1")).to_have_text(partner_name)

    # And the partner's page links back to the theme.
    page.locator("main").get_by_role("link", name=theme_title).first.click()
    expect(page).to_have_url(theme_url)


@pytest.mark.parametrize(
    ("listing", "value"),
    [("partner-index", "industrial"), ("portfolio-index", "consortium")],
    ids=["partners", "portfolio"],
)
def test_filtering_a_listing(page_at, demo_pages, listing, value, viewport):
    page = page_at(viewport, "fr")
    page.goto(demo_pages[listing]["fr"])
    everything = result_count(page)
    apply_filter(page, value)
    filtered = result_count(page)
    assert 0 < filtered < everything
    # The choice stays visible in the form, and the filtered list still switches language.
    expect(page.locator(f"main form select:has(option[value='{value}'])").first).to_have_value(value)
    page.locator("header").get_by_role("link", name="English", exact=True).click()
    expect(page.locator("html")).to_have_attribute("lang", "en")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_searching_finds_a_theme(page_at, demo_pages, language, viewport):
    page = page_at(viewport, language)
    page.goto(demo_pages["home"][language])
    theme = demo_pages["theme"]
    search_for(page, theme[f"title_{language}"])
    expect(page.locator("html")).to_have_attribute("lang", language)
    page.locator("main").get_by_role("link", name=theme[f"title_{language}"]).first.click()
    expect(page).to_have_url(re.compile(re.escape(theme[language]) + "$"))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_reading_a_news_item(page_at, demo_pages, language, viewport):
    page = page_at(viewport, language)
    page.goto(demo_pages["home"][language])
    open_menu_if_folded(page)
    page.locator("header nav").get_by_role("link", name=demo_pages["news-index"][f"title_{language}"]).click()
    news_path = demo_pages["news-index"][language]
    first_item = page.locator(f"main a[href^='{news_path}']:not([href='{news_path}'])").first
    title = first_item.inner_text().strip()
    first_item.click()
    expect(page.locator("h1")).to_have_text(title)
    expect(page.locator("main time").first).to_be_visible()  # when it was published
    # The breadcrumb (the navigation that ends on the current page) leads back to the news.
    page.locator("nav:has([aria-current=page])").locator(f"a[href='{news_path}']").click()
    expect(page).to_have_url(re.compile(re.escape(news_path) + "$"))


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_main_journey_with_the_keyboard_alone(page_at, demo_pages, language, viewport):
    """Menu to a theme, the theme to the other language, then search: no mouse, no touch."""
    page = page_at(viewport, language)
    page.goto(demo_pages["home"][language])

    tab_to(page, f"header a[href='{demo_pages['theme-index'][language]}']", open_menu=True)
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(demo_pages["theme-index"][f"title_{language}"])

    tab_to(page, f"main a[href='{demo_pages['theme'][language]}']")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(demo_pages["theme"][f"title_{language}"])

    other, _name = OTHER_LANGUAGE[language]
    tab_to(page, f"header a[hreflang='{other}']")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(re.escape(demo_pages["theme"][other]) + "$"))

    tab_to(page, "header input[type=search]", open_menu=True)
    page.keyboard.type(demo_pages["partner"][f"title_{other}"])
    page.keyboard.press("Enter")
    tab_to(page, f"main a[href='{demo_pages['partner'][other]}']")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(demo_pages["partner"][f"title_{other}"])


def test_filtering_partners_with_the_keyboard_alone(page_at, demo_pages, viewport):
    page = page_at(viewport, "en")
    page.goto(demo_pages["partner-index"]["en"])
    everything = result_count(page)
    select = page.locator("main form select:has(option[value='industrial'])").first
    tab_to(page, "main form select:has(option[value='industrial'])")
    for _ in range(10):
        if select.input_value() == "industrial":
            break
        page.keyboard.press("ArrowDown")
    tab_to(page, "main form [type=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert 0 < result_count(page) < everything


def test_on_a_phone_the_menu_folds_behind_a_button(page_at, demo_pages):
    page = page_at("phone", "fr")
    page.goto(demo_pages["home"]["fr"])
    menu = page.locator("header nav.main-menu")
    toggle = menu.get_by_role("button", name="Menu")
    first_link = menu.get_by_role("link").first
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(first_link).to_be_hidden()
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(first_link).to_be_visible()
    first_link.focus()
    page.keyboard.press("Escape")
    expect(first_link).to_be_hidden()
    expect(toggle).to_be_focused()


def test_on_a_wide_screen_every_menu_link_shows_without_a_button(page_at, demo_pages):
    page = page_at("desktop", "en")
    page.goto(demo_pages["home"]["en"])
    menu = page.locator("header nav.main-menu")
    expect(menu.get_by_role("button", name="Menu")).to_be_hidden()
    expect(menu.get_by_role("link").first).to_be_visible()


# Every image and every link in the content, measured before any image has arrived: a box of
# zero size would jump the page about as the images land, and a logo link would take the
# keyboard focus with nothing on screen to show it.
EMPTY_BOXES = """() => [...document.querySelectorAll('main img, main a[href]')]
    .filter(element => getComputedStyle(element).visibility !== 'hidden' && element.getClientRects().length)
    .filter(element => { const box = element.getBoundingClientRect(); return box.width < 1 || box.height < 1; })
    .map(element => element.outerHTML.slice(0, 160))"""


def test_on_a_slow_phone_every_image_keeps_its_place_before_it_arrives(page_at, demo_pages):
    page = page_at("phone", "en")
    page.route(re.compile(r"/media/images/"), lambda route: None)  # held: never answered
    empty = {}
    for kind in PAGE_TYPES:
        page.goto(demo_pages[kind]["en"], wait_until="domcontentloaded")
        empty.update({f"{kind}: {html}": None for html in page.evaluate(EMPTY_BOXES)})
    assert not empty, "Boxes of no size until their image arrives:\n" + "\n".join(empty)
