"""The page cache for anonymous visitors: what it keeps, what it never keeps, and how it is invalidated."""

import gzip
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
import redis

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.test import override_settings

from wagtail.models import PageViewRestriction, Site

from home.factories import ContentPageFactory, HomePageFactory
from institute_site.caching import generation
from institute_site.caching.middleware import PageCacheMiddleware, entry_key
from institute_site.factories import SiteImageFactory
from partners.factories import AgreementKindFactory

BASE_DIR = Path(__file__).resolve().parent.parent
CROSS_PROCESS_REDIS = "redis://127.0.0.1:6379/5"
purged = []


def record_purge(urls):
    purged.append(urls)


@pytest.fixture(autouse=True)
def page_cache():
    cache.clear()
    purged.clear()
    with override_settings(PAGE_CACHE_ENABLED=True):
        yield
    cache.clear()


@pytest.fixture
def about(home_page):
    return ContentPageFactory(
        parent=home_page, title_fr="À propos", title_en="About", slug_fr="a-propos", slug_en="about"
    )


def publish(page, **changes):
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_an_anonymous_page_is_served_from_the_cache_without_a_query(client, about, django_assert_num_queries):
    first = client.get("/fr/a-propos/")
    assert first.status_code == 200
    assert first["X-Cache"] == "MISS"
    with django_assert_num_queries(0):
        second = client.get("/fr/a-propos/")
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert "À propos" in second.content.decode()


def test_cached_pages_carry_headers_a_cdn_can_use(client, about):
    for response in (client.get("/fr/a-propos/"), client.get("/fr/a-propos/")):
        assert response["Cache-Control"] == "public, max-age=60, stale-while-revalidate=300"
        assert response["ETag"].startswith('W/"')
        assert response["Last-Modified"]
        vary = [value.strip().lower() for value in response["Vary"].split(",")]
        assert "accept-encoding" in vary
        assert "cookie" not in vary, "varying on Cookie would make every visitor a cache miss"
        assert response["Content-Security-Policy"], "headers of the outer middleware apply to hits too"
        assert response["X-Frame-Options"]


def test_each_language_has_its_own_entry(client, about):
    client.get("/fr/a-propos/")
    english = client.get("/en/about/")
    assert english["X-Cache"] == "MISS"
    assert "About" in english.content.decode()
    assert client.get("/en/about/")["X-Cache"] == "HIT"


def test_a_conditional_get_is_answered_with_304(client, about):
    response = client.get("/fr/a-propos/")
    by_etag = client.get("/fr/a-propos/", headers={"if-none-match": response["ETag"]})
    assert by_etag.status_code == 304
    assert by_etag.content == b""
    by_date = client.get("/fr/a-propos/", headers={"if-modified-since": response["Last-Modified"]})
    assert by_date.status_code == 304
    stale = client.get("/fr/a-propos/", headers={"if-none-match": 'W/"something-else"'})
    assert stale.status_code == 200


def test_pages_are_kept_compressed_and_sent_to_clients_that_accept_gzip(client, about):
    plain = client.get("/fr/a-propos/")
    for state in ("HIT", "HIT"):
        compressed = client.get("/fr/a-propos/", headers={"accept-encoding": "gzip, br"})
        assert compressed["X-Cache"] == state
        assert compressed["Content-Encoding"] == "gzip"
        assert int(compressed["Content-Length"]) == len(compressed.content) < len(plain.content)
        assert gzip.decompress(compressed.content) == plain.content
    plain_hit = client.get("/fr/a-propos/")
    assert (plain_hit["X-Cache"], plain_hit.content) == ("HIT", plain.content)
    assert "Content-Encoding" not in plain_hit


def test_query_strings_are_normalised_and_tracking_parameters_ignored(client, about):
    assert client.get("/fr/a-propos/?b=2&a=1")["X-Cache"] == "MISS"
    assert client.get("/fr/a-propos/?a=1&b=2&utm_source=newsletter&fbclid=x")["X-Cache"] == "HIT"
    assert client.get("/fr/a-propos/?a=1")["X-Cache"] == "MISS"


def test_odd_query_strings_are_served_not_broken(client, about):
    for query in ("?page=abc", "?%ff%fe=%00", "?" + "x=1&" * 2000):
        response = client.get("/fr/a-propos/" + query)
        assert response.status_code == 200


def test_publishing_a_page_invalidates_every_cached_page(client, about, home_page, django_capture_on_commit_callbacks):
    client.get("/fr/a-propos/")
    client.get("/fr/")
    with django_capture_on_commit_callbacks(execute=True):
        publish(about, title_fr="Qui sommes-nous")
    response = client.get("/fr/a-propos/")
    assert response["X-Cache"] == "MISS"
    assert "Qui sommes-nous" in response.content.decode()
    assert client.get("/fr/")["X-Cache"] == "MISS", "the home page (a listing) is invalidated too"


@pytest.mark.parametrize("change", ["unpublish", "delete", "move"])
def test_unpublishing_deleting_or_moving_a_page_invalidates(
    client, about, home_page, change, django_capture_on_commit_callbacks
):
    other = ContentPageFactory(parent=home_page, slug_fr="autre", slug_en="other")
    client.get("/fr/")
    before = generation.current_generation()
    with django_capture_on_commit_callbacks(execute=True):
        if change == "unpublish":
            about.unpublish()
        elif change == "delete":
            about.delete()
        else:
            about.move(other, pos="last-child")
    assert generation.current_generation() != before
    assert client.get("/fr/")["X-Cache"] == "MISS"
    assert client.get("/fr/a-propos/").status_code in (301, 404)  # a move leaves a redirect


def test_saving_a_snippet_or_an_image_invalidates(client, about, django_capture_on_commit_callbacks):
    for make in (AgreementKindFactory, SiteImageFactory):
        client.get("/fr/a-propos/")
        with django_capture_on_commit_callbacks(execute=True):
            make()
        assert client.get("/fr/a-propos/")["X-Cache"] == "MISS", make


def test_a_draft_or_a_rendition_leaves_the_cache_alone(client, about, django_capture_on_commit_callbacks):
    image = SiteImageFactory()
    client.get("/fr/a-propos/")
    with django_capture_on_commit_callbacks(execute=True):
        about.title_fr = "Brouillon"
        about.save_revision()
        image.get_rendition("fill-100x100")
    response = client.get("/fr/a-propos/")
    assert response["X-Cache"] == "HIT"
    assert "Brouillon" not in response.content.decode()


def test_a_page_rendered_while_a_publication_commits_is_not_served_afterwards(rf, about):
    """The generation is read before rendering: an entry built from older content is born stale."""

    def view_during_which_a_publication_commits(request):
        generation.bump_generation()
        response = HttpResponse("rendered from the content as it was")
        request.resolver_match = type("Match", (), {"url_name": "wagtail_serve", "func": None})()
        return response

    middleware = PageCacheMiddleware(view_during_which_a_publication_commits)
    assert middleware(rf.get("/fr/a-propos/"))["X-Cache"] == "MISS"
    assert middleware(rf.get("/fr/a-propos/"))["X-Cache"] == "MISS"


class Versions:
    """What the view under test renders: its version, hooks run while it renders, or a failure."""

    def __init__(self):
        self.current, self.during_render, self.failing = 1, [], False


def serving(versions):
    """The page-cache middleware over a view rendering ``versions``."""

    def view(request):
        if versions.during_render:
            versions.during_render.pop()()
        request.resolver_match = type("Match", (), {"url_name": "wagtail_serve", "func": None})()
        if versions.failing:
            raise RuntimeError("the rendering failed")
        return HttpResponse(f"version {versions.current}")

    return PageCacheMiddleware(view)


def test_while_one_request_rebuilds_a_stale_page_the_others_get_the_previous_copy(rf, about):
    versions = Versions()
    middleware = serving(versions)
    assert middleware(rf.get("/fr/a-propos/"))["X-Cache"] == "MISS"
    generation.bump_generation()
    versions.current = 2
    meanwhile = []
    versions.during_render.append(lambda: meanwhile.append(middleware(rf.get("/fr/a-propos/"))))

    rebuilt = middleware(rf.get("/fr/a-propos/"))

    assert (rebuilt["X-Cache"], rebuilt.content) == ("MISS", b"version 2")
    assert (meanwhile[0]["X-Cache"], meanwhile[0].content) == ("STALE", b"version 1")
    assert meanwhile[0]["Cache-Control"] == "no-cache", "a stale copy is not kept by browsers or CDNs"
    after = middleware(rf.get("/fr/a-propos/"))
    assert (after["X-Cache"], after.content) == ("HIT", b"version 2")


def test_a_failed_rebuild_lets_the_next_request_rebuild(rf, about):
    versions = Versions()
    middleware = serving(versions)
    middleware(rf.get("/fr/a-propos/"))
    generation.bump_generation()
    versions.current, versions.failing = 2, True
    with pytest.raises(RuntimeError):
        middleware(rf.get("/fr/a-propos/"))
    versions.failing = False
    assert middleware(rf.get("/fr/a-propos/")).content == b"version 2"


def test_an_unpublished_page_is_not_served_stale_even_during_a_rebuild(
    client, rf, about, django_capture_on_commit_callbacks
):
    client.get("/fr/a-propos/")
    with django_capture_on_commit_callbacks(execute=True):
        about.unpublish()
    assert client.get("/fr/a-propos/").status_code == 404
    # Another request now rebuilding the address finds no copy to serve meanwhile.
    cache.add(f"{entry_key(rf.get('/fr/a-propos/'))}:rebuilding", 1)
    assert client.get("/fr/a-propos/").status_code == 404


def test_editors_are_never_served_from_the_cache_nor_cached(client, admin_client, about):
    client.get("/fr/a-propos/")
    for _ in range(2):
        response = admin_client.get("/fr/a-propos/")
        assert response.status_code == 200
        assert "X-Cache" not in response
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert client.get("/fr/a-propos/")["X-Cache"] == "HIT"


def test_an_editors_page_is_not_kept_for_visitors(client, admin_client, about):
    admin_client.get("/fr/a-propos/")
    assert client.get("/fr/a-propos/")["X-Cache"] == "MISS"


def test_the_admin_and_previews_are_never_cached(admin_client, about):
    for url in ("/admin/", f"/admin/pages/{about.pk}/edit/preview/", "/admin/login/"):
        response = admin_client.get(url)
        assert "X-Cache" not in response, url
    preview = admin_client.get(f"/admin/pages/{about.pk}/view_draft/")
    assert preview.status_code == 200
    assert "X-Cache" not in preview


def test_the_admin_login_page_is_never_cached_for_visitors(client, db):
    for _ in range(2):
        response = client.get("/admin/login/")
        assert "X-Cache" not in response


def test_a_response_that_sets_a_cookie_is_not_kept(client, about):
    """A password-protected page shows a form with a CSRF token: it must not be shared."""
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.PASSWORD, password="s3cret")
    for _ in range(2):
        response = client.get("/fr/a-propos/")
        assert response.status_code == 200
        assert "X-Cache" not in response
        assert "csrfmiddlewaretoken" in response.content.decode()


@pytest.mark.parametrize(
    "url",
    ["/fr/search/?q=propos", "/fr/search/autocomplete/?q=pro", "/fr/feeds/news/", "/sitemap.xml", "/robots.txt"],
)
def test_search_feeds_and_sitemap_are_cached_too(client, about, url):
    first = client.get(url)
    assert first.status_code == 200
    assert first["X-Cache"] == "MISS"
    assert client.get(url)["X-Cache"] == "HIT"


def test_errors_and_posts_are_not_cached(client, about):
    for _ in range(2):
        assert "X-Cache" not in client.get("/fr/nowhere/")
        assert "X-Cache" not in client.post("/fr/a-propos/")


def test_a_missing_cache_server_makes_pages_uncached_not_unavailable(client, about):
    unreachable = {
        "default": {
            "BACKEND": "institute_site.caching.backends.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2, "socket_timeout": 0.2},
        }
    }
    with override_settings(CACHES=unreachable):
        for _ in range(2):
            response = client.get("/fr/a-propos/")
            assert response.status_code == 200
            assert "X-Cache" not in response
            assert "À propos" in response.content.decode()


def test_the_cache_key_names_the_site_the_language_and_the_path(rf):
    french = entry_key(rf.get("/fr/a-propos/?b=1&a=2"))
    assert french.startswith("page-cache:fr:")
    assert french == entry_key(rf.get("/fr/a-propos/?a=2&b=1"))
    assert french != entry_key(rf.get("/fr/a-propos/?a=2&b=1", headers={"host": "127.0.0.1"}))
    assert entry_key(rf.get("/en/about/")).startswith("page-cache:en:")
    outside_prefixes = entry_key(rf.get("/sitemap.xml", headers={"accept-language": "en-GB,en;q=0.8"}))
    assert outside_prefixes.startswith("page-cache:en:")
    assert entry_key(rf.get("/sitemap.xml")).startswith("page-cache:fr:")


@override_settings(CDN_PURGE_HANDLER="tests.test_cache.record_purge")
def test_the_cdn_purge_hook_is_called_with_the_pages_to_purge(about, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        publish(about, title_fr="Qui sommes-nous")
    assert len(purged) == 1
    urls = purged[0]
    for expected in (
        "http://localhost/fr/a-propos/",
        "http://localhost/en/about/",
        "http://localhost/fr/",
        "http://localhost/en/",
        "http://localhost/fr/feeds/news/",
        "http://localhost/sitemap.xml",
    ):
        assert expected in urls


@override_settings(CDN_PURGE_HANDLER="tests.test_cache.failing_purge")
def test_a_failing_cdn_does_not_prevent_publishing(about, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        publish(about, title_fr="Publié malgré tout")
    about.refresh_from_db()
    assert about.title_fr == "Publié malgré tout"
    assert about.live


def failing_purge(urls):
    raise ConnectionError("CDN unreachable")


def database_url():
    params = connection.settings_dict
    host = quote(params["HOST"] or "127.0.0.1", safe="")
    port = f":{params['PORT']}" if params["PORT"] else ""
    return f"postgresql://{params['USER']}@{host}{port}/{params['NAME']}"


# The other process publishes Wagtail's welcome page, a committed page of the test database this
# test leaves alone (it holds its own changes in a transaction the other process cannot see).
PUBLISHING_PROCESS = """
from wagtail.models import Page
page = Page.objects.get(depth=2, content_type__model="page")
page.title = page.title_fr = "Publié par un autre processus"
page.save_revision().publish()
"""


def test_a_publication_in_another_process_invalidates_this_ones_cache(client, root_page):
    """Two processes share Redis: this one serves a page from it, the other publishes."""
    home = HomePageFactory(parent=root_page, slug_fr="accueil-test", slug_en="home-test")
    Site.objects.update(root_page=home)
    ContentPageFactory(parent=home, title_fr="À propos", slug_fr="a-propos", slug_en="about")
    shared = {
        "default": {
            "BACKEND": "institute_site.caching.backends.ResilientRedisCache",
            "LOCATION": CROSS_PROCESS_REDIS,
            "KEY_PREFIX": "institute",
        }
    }
    redis.Redis.from_url(CROSS_PROCESS_REDIS).flushdb()
    try:
        with override_settings(CACHES=shared):
            assert client.get("/fr/a-propos/")["X-Cache"] == "MISS"
            assert client.get("/fr/a-propos/")["X-Cache"] == "HIT"
            subprocess.run(
                [sys.executable, "manage.py", "shell", "-c", PUBLISHING_PROCESS],
                cwd=BASE_DIR,
                env={
                    **os.environ,
                    "DJANGO_SETTINGS_MODULE": "institute_site.settings.test",
                    "DATABASE_URL": database_url(),
                    "REDIS_URL": CROSS_PROCESS_REDIS,
                },
                check=True,
                capture_output=True,
                timeout=120,
            )
            assert client.get("/fr/a-propos/")["X-Cache"] == "MISS", "the other process's publication reached this one"
            assert client.get("/fr/a-propos/")["X-Cache"] == "HIT"
    finally:
        redis.Redis.from_url(CROSS_PROCESS_REDIS).flushdb()
