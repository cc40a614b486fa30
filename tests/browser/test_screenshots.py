"""The main pages fit a desktop and a phone screen, in both languages; their screenshots are kept.

Each page must lay out within the screen's width (WCAG 1.4.10, reflow: no sideways scrolling at
390 px) with its heading in view. The screenshots go to a temporary folder, or to the folder named
by ``SCREENSHOTS_DIR``: ``make screenshots`` refreshes ``docs/screenshots/``, shown in the README.
"""

import io
import os
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import expect

from tests.browser.conftest import BASE_DIR

pytestmark = pytest.mark.browser
PAGES = {"home": "home", "theme": "theme", "partners": "partner-index"}
MAX_BYTES = 300_000  # a README image, not an archive


@pytest.fixture(scope="module")
def screenshots_dir(tmp_path_factory):
    folder = os.environ.get("SCREENSHOTS_DIR")
    if not folder:
        return tmp_path_factory.mktemp("screenshots")
    folder = Path(folder) if Path(folder).is_absolute() else BASE_DIR / folder
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("name", list(PAGES))
def test_main_pages_fit_the_screen(visit, demo_pages, screenshots_dir, name, language, viewport):
    page = visit(demo_pages[PAGES[name]][language], viewport, language)
    expect(page.locator("h1")).to_be_in_viewport()
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{page.url} is {overflow} px wider than a {viewport} screen"

    page.wait_for_load_state("networkidle")  # images drawn
    image = Image.open(io.BytesIO(page.screenshot()))
    path = screenshots_dir / f"{name}-{language}-{viewport}.png"
    # A palette of 256 colours keeps a page's screenshot readable at a fraction of the size.
    image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
    assert path.stat().st_size < MAX_BYTES
