"""What an editor does in the Wagtail admin, step by step, as Playwright actions.

Locators use the form's field names rather than their labels, so that the steps read the same
whichever language the editor works in.
"""

import re

from playwright.sync_api import Page, expect


def log_in(page: Page, username, password):
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("form button[type=submit]").click()
    expect(page.locator("#id_username")).to_have_count(0)  # the login form is gone: signed in


def show_language(page: Page, language):
    """wagtail-modeltranslation shows one language's fields at a time; its toggles show others."""
    toggle = page.locator("button.locale-toggle", has_text=language).first
    expect(toggle).to_be_visible()
    if "showing-locale" not in (toggle.get_attribute("class") or ""):
        toggle.click()
    expect(toggle).to_have_class(re.compile(r"\bshowing-locale\b"))


def open_tab_of(page: Page, selector):
    """Open the edit form's tab holding ``selector`` (tab names follow the editor's language)."""
    panel = page.locator(selector).evaluate("element => element.closest('[role=tabpanel]').id")
    page.locator(f"[role=tab][aria-controls='{panel}']").click()
    expect(page.locator(f"#{panel}")).to_be_visible()


def fill_in_languages(page: Page, field, values):
    """Fill a translated field, e.g. ``fill_in_languages(page, "title", {"fr": ..., "en": ...})``."""
    for language, value in values.items():
        show_language(page, language)
        page.locator(f"#id_{field}_{language}").fill(value)


def fill_slugs(page: Page, slugs):
    """Set the page's address in each language, on the Promotion tab, then come back to the content."""
    open_tab_of(page, "#id_slug_fr")
    fill_in_languages(page, "slug", slugs)
    open_tab_of(page, "#id_title_fr")


def publish(page: Page):
    """Open the footer's action menu, press Publish, and wait for Wagtail's confirmation."""
    footer = page.locator("footer")
    footer.locator("[data-w-dropdown-target=toggle]").click()
    footer.locator("button[name=action-publish]").click()
    expect(page.locator(".messages .success")).to_be_visible()
