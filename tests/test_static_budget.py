"""Static assets are hashed, compressed and cached for a year; CSS, JS and the home page keep their budgets.

Budgets: CSS and JS each under 30 KB compressed; the home page under 200 KB transferred at first
load on a phone (390 CSS pixels wide at a device pixel ratio of 2), images included, HTML
compressed. The transfer is computed from the page as served: its gzip-compressed HTML, every
stylesheet and script it links (gzip), what the stylesheets load (`url(...)`), and for each image
the candidate a browser picks at that width (first `<source>` of a `<picture>`, WebP being
supported by phone browsers; in a `srcset`, the smallest width covering `sizes` x 2). Lazy images
are counted as well: a phone loads those near the first screen, and the count stays an upper bound.
"""

import gzip
import re
from io import StringIO
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from django.conf import settings
from django.contrib.staticfiles.finders import get_finders
from django.core.management import call_command
from django.test import Client, override_settings

KB = 1024
CSS_BUDGET = 30 * KB
JS_BUDGET = 30 * KB
HOME_BUDGET = 200 * KB
PHONE_WIDTH = 390
PIXEL_RATIO = 2
ONE_YEAR = 365 * 24 * 3600

BASE_DIR = Path(settings.BASE_DIR)


def own_static_files():
    """(relative path, file) of the project's own static files, not Wagtail's or Django's admin."""
    for finder in get_finders():
        for path, storage in finder.list([]):
            location = Path(storage.path(path))
            if location.is_relative_to(BASE_DIR) and ".venv" not in location.parts:
                yield path, location


def project_static_files(suffix):
    return [location for path, location in own_static_files() if path.endswith(suffix)]


def gzipped_size(data):
    return len(gzip.compress(data, compresslevel=9))


@pytest.mark.parametrize(("suffix", "budget"), [(".css", CSS_BUDGET), (".js", JS_BUDGET)])
def test_css_and_js_stay_within_their_compressed_budget(suffix, budget):
    files = project_static_files(suffix)
    assert files, f"no {suffix} file found: the test would prove nothing"
    total = sum(gzipped_size(path.read_bytes()) for path in files)
    assert total < budget, f"{suffix}: {total} bytes compressed ({', '.join(map(str, files))})"


@pytest.fixture(scope="module")
def collected_static(tmp_path_factory):
    """collectstatic as in production (hashed names, .gz copies), for the project's own files only."""
    root = tmp_path_factory.mktemp("static")
    own = {path.split("/")[0] for path, _location in own_static_files()}
    others = {path.split("/")[0] for finder in get_finders() for path, _storage in finder.list([])} - own
    production_storage = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    with override_settings(STATIC_ROOT=root, STORAGES=production_storage):
        call_command("collectstatic", interactive=False, verbosity=0, ignore_patterns=sorted(others))
    return root, production_storage


@pytest.fixture
def production_static(collected_static):
    root, storages = collected_static
    with override_settings(
        STATIC_ROOT=root, STORAGES=storages, WHITENOISE_USE_FINDERS=False, WHITENOISE_AUTOREFRESH=False
    ):
        yield root


@pytest.fixture
def demo(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo_content", stdout=StringIO())
    return tmp_path


def test_static_files_are_hashed_compressed_and_cached_for_a_year(production_static, home_page):
    client = Client()  # a new handler, so WhiteNoise reads the collected files
    html = client.get("/fr/").content.decode()
    stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', html)
    assert stylesheet, "the page links the hashed stylesheet"
    response = client.get(stylesheet.group(1), headers={"accept-encoding": "gzip"})
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    cache_control = response["Cache-Control"]
    assert f"max-age={10 * ONE_YEAR}" in cache_control or f"max-age={ONE_YEAR}" in cache_control
    assert "immutable" in cache_control and "public" in cache_control
    assert (production_static / stylesheet.group(1).removeprefix("/static/")).with_suffix(".css.gz").exists()


def test_html_is_served_compressed(client, home_page):
    response = client.get("/fr/", headers={"accept-encoding": "gzip"})
    assert response["Content-Encoding"] == "gzip"
    assert gzip.decompress(response.content).decode().startswith("<!DOCTYPE html>")


def slot_width(sizes):
    """The image's width in CSS pixels on the phone: the last entry of `sizes` (no media query matches)."""
    last = (sizes or "100vw").split(",")[-1].strip()
    number = float(re.match(r"[\d.]+", last).group())
    if last.endswith("vw"):
        return PHONE_WIDTH * number / 100
    if last.endswith("em"):  # rem and em: 16 px
        return number * 16
    return number


def chosen_candidate(srcset, sizes):
    """The srcset candidate a phone picks: the smallest width covering the slot at the pixel ratio."""
    candidates = sorted(
        (int(descriptor.rstrip("w")), url)
        for url, _, descriptor in (item.strip().partition(" ") for item in srcset.split(","))
    )
    needed = slot_width(sizes) * PIXEL_RATIO
    return next((url for width, url in candidates if width >= needed), candidates[-1][1])


def image_urls(soup):
    urls = []
    for img in soup.find_all("img"):
        picture = img.find_parent("picture")
        source = picture.find("source") if picture else None
        if source is not None and source.get("srcset"):
            urls.append(chosen_candidate(source["srcset"], source.get("sizes") or img.get("sizes")))
        elif img.get("srcset"):
            urls.append(chosen_candidate(img["srcset"], img.get("sizes")))
        elif img.get("src") and not img["src"].startswith("data:"):
            urls.append(img["src"])
    return urls


def test_the_home_page_loads_in_under_200_kb_on_a_phone(client, demo, production_static):
    client = Client()
    response = client.get("/fr/", headers={"accept-encoding": "gzip"})
    html = gzip.decompress(response.content)
    soup = BeautifulSoup(html, "html.parser")
    transferred = {"HTML (gzip)": len(response.content)}

    for tag, attribute in (("link", "href"), ("script", "src")):
        for element in soup.find_all(tag):
            url = element.get(attribute)
            if not url or not url.startswith(settings.STATIC_URL):
                continue
            if tag == "link" and "stylesheet" not in element.get("rel", []):
                continue
            path = production_static / url.removeprefix(settings.STATIC_URL)
            transferred[url] = gzipped_size(path.read_bytes())
            if url.endswith(".css"):
                for asset in re.findall(r"url\(['\"]?([^'\")]+)['\"]?\)", path.read_text()):
                    if not asset.startswith(("data:", "#")):
                        transferred[asset] = (path.parent / asset.split("#")[0].split("?")[0]).stat().st_size

    for url in image_urls(soup):
        transferred[url] = (demo / url.removeprefix(settings.MEDIA_URL)).stat().st_size

    total = sum(transferred.values())
    details = "\n".join(f"{size:>8} {name}" for name, size in sorted(transferred.items(), key=lambda item: -item[1]))
    assert any(name.endswith((".webp", ".jpg")) for name in transferred), "the home page shows images"
    assert total < HOME_BUDGET, f"{total} bytes at first load:\n{details}"
