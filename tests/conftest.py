import pytest

from django.utils import translation

from wagtail.models import Page, Site

from home.factories import HomePageFactory


@pytest.fixture
def root_page(db):
    return Page.get_first_root_node()


@pytest.fixture
def home_page(root_page):
    """A home page in both languages, served as the default site's root."""
    root_page.get_children().delete()  # Wagtail's own welcome page
    home = HomePageFactory(parent=root_page, slug_fr="accueil", slug_en="home")
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Institute")
    return home


@pytest.fixture(params=["fr", "en"])
def language(request):
    with translation.override(request.param):
        yield request.param


def pytest_itemcollected(item):
    """With pytest-xdist (``make test`` runs two workers), the browser tests share one served site:
    keep them on one worker, which prepares it once. Marked as each test is collected: xdist reads
    the groups in its own ``pytest_collection_modifyitems``, which runs before a conftest's, so
    marks added there came too late and each worker prepared a site of its own."""
    if item.nodeid.startswith("tests/browser/"):
        item.add_marker(pytest.mark.xdist_group("browser"))
