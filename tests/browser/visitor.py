"""What a visitor does on the public site, step by step, as Playwright actions."""

from playwright.sync_api import Page


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
