"""What a visitor does on the public site, step by step, as Playwright actions."""

import re

from playwright.sync_api import Page, expect


def search_for(page: Page, text):
    """Use the site's search box, as a visitor does, and wait for the results."""
    box = page.get_by_role("searchbox").first
    if not box.is_visible():  # on a phone the search may sit behind a menu button
        page.locator("header").get_by_role("button", expanded=False).first.click()
    box.fill(text)
    with page.expect_navigation():
        box.press("Enter")


def filter_form(page: Page):
    return page.locator("main form").filter(has=page.locator("select")).first


def apply_filter(page: Page, value):
    """Choose ``value`` in the listing filter that offers it, and apply the filters."""
    form = filter_form(page)
    form.locator(f"select:has(option[value='{value}'])").first.select_option(value)
    with page.expect_navigation():
        form.locator("[type=submit]").first.click()
    assert f"={value}" in page.url


def apply_first_filter(page: Page):
    """Choose the first real value of the listing's first filter, and apply it; returns that value."""
    value = filter_form(page).locator("select option:not([value=''])").first.get_attribute("value")
    apply_filter(page, value)
    return value


def open_menu_if_folded(page: Page):
    """On a narrow screen the main menu may fold behind a button: unfold it."""
    toggle = page.locator("header button[aria-expanded=false]")
    if toggle.count() and toggle.first.is_visible():
        toggle.first.click()


def result_count(page: Page):
    """The number of results a listing announces (its status message)."""
    text = page.get_by_role("status").first.inner_text()
    return int(re.search(r"\d+", text.replace("\u202f", "").replace(" ", "")).group())


def tab_to(page: Page, selector, open_menu=False, limit=100):
    """Press Tab until ``selector`` has the focus; with ``open_menu``, unfold a folded menu by
    keyboard on the way (Enter on its button), as a keyboard user would."""
    target = page.locator(selector).first
    expect(target).to_be_attached()
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("element => element === document.activeElement"):
            return
        if open_menu and page.evaluate("() => document.activeElement.matches('header button[aria-expanded=false]')"):
            page.keyboard.press("Enter")
    raise AssertionError(f"{selector} never got the keyboard focus after {limit} presses of Tab")
