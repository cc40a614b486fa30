"""The demo site served on loopback as in production, and Debian's Chromium driven by Playwright.

The site runs in a subprocess (gunicorn, production settings, collected static files) against a
database of its own on the PostgreSQL server the tests use, prepared by ``manage.py prepare_site``
like a fresh deployment. Everything here is package-scoped: Playwright's synchronous API keeps an
event loop running in the test thread, which Django's database layer refuses, so it must be closed
before the rest of the suite runs.
"""

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from playwright.sync_api import expect, sync_playwright
from psycopg import sql

from django.db import connection

BASE_DIR = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
# Installed by `make test` from the npm registry (see the Makefile's AXE_CORE_VERSION).
AXE_JS = BASE_DIR / ".venv" / "node" / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = [
    "--no-sandbox",  # tests run as root on CI machines
    "--disable-gpu",
    # Chromium's own calls home are refused on machines with a closed network; stop it trying.
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
VIEWPORTS = {
    "desktop": {"viewport": {"width": 1280, "height": 800}},
    "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True},
}
START_TIMEOUT = 60  # seconds, for the server to answer /healthz/ once started
expect.set_options(timeout=10_000)

# Every public page type, named as the tests name them, found in the demo content by the served
# site itself: the first live page of each kind, its path in each language.
PAGE_TYPES = [
    "home",
    "content",
    "institute-index",
    "institute",
    "theme-index",
    "theme",
    "platform-index",
    "platform",
    "core-facility",
    "partner-index",
    "partner",
    "portfolio-index",
    "project",
    "news-index",
    "news",
]
FIND_PAGE_TYPES = """
import json
from django.utils import translation
from home.models import ContentPage, HomePage
from institutes.models import InstituteIndexPage, InstitutePage
from news.models import NewsIndexPage, NewsPage
from partners.models import PartnerIndexPage, PartnerPage
from platforms.models import PlatformIndexPage, PlatformPage
from portfolio.models import PortfolioIndexPage, PortfolioProjectPage, ResearchThemeIndexPage, ResearchThemePage

def first(model, **filters):
    return model.objects.live().filter(**filters).order_by("path").first()

index = first(PlatformIndexPage)
pages = {
    "home": first(HomePage),
    "content": first(ContentPage),
    "institute-index": first(InstituteIndexPage),
    "institute": first(InstitutePage),
    "theme-index": first(ResearchThemeIndexPage),
    "theme": first(ResearchThemePage),
    "platform-index": index,
    "platform": index and first(PlatformPage, depth=index.depth + 1),
    "core-facility": index and first(PlatformPage, depth__gt=index.depth + 1),
    "partner-index": first(PartnerIndexPage),
    "partner": first(PartnerPage),
    "portfolio-index": first(PortfolioIndexPage),
    "project": first(PortfolioProjectPage),
    "news-index": first(NewsIndexPage),
    "news": first(NewsPage),
}
found = {}
for kind, page in pages.items():
    if page is None:
        continue
    found[kind] = {"id": page.pk}
    for language in ("fr", "en"):
        with translation.override(language):
            found[kind][language] = page.get_url()
            found[kind]["title_" + language] = page.title
print(json.dumps(found))
"""


@dataclass
class ServedSite:
    url: str
    env: dict
    log: Path

    def manage(self, *args, check=True, settings=None):
        """Run a management command against the served site's database."""
        env = self.env if settings is None else {**self.env, "DJANGO_SETTINGS_MODULE": settings}
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=BASE_DIR,
            env=env,
            check=check,
            capture_output=True,
            text=True,
        )

    def shell(self, code, settings=None):
        """Run Python in the served site's Django (to look things up, never to take a visitor's steps)."""
        return self.manage("shell", "--no-imports", "-c", code, settings=settings).stdout

    def page_paths(self, page_id):
        """A page's public path in each language: ``{"fr": "/fr/...", "en": "/en/..."}``."""
        output = self.shell(
            "from django.utils import translation\n"
            "from wagtail.models import Page\n"
            f"page = Page.objects.get(pk={int(page_id)}).specific\n"
            "for language in ('fr', 'en'):\n"
            "    with translation.override(language):\n"
            "        print(language, page.get_url())\n"
        )
        return dict(line.split(" ", 1) for line in output.splitlines())


def _server_connection_kwargs():
    settings = connection.settings_dict
    return {
        "host": settings["HOST"] or None,
        "port": settings["PORT"] or None,
        "user": settings["USER"] or None,
        "password": settings["PASSWORD"] or None,
    }


def _database_url(name):
    settings = connection.settings_dict
    credentials = quote(settings["USER"] or "", safe="")
    if settings["PASSWORD"]:
        credentials += ":" + quote(settings["PASSWORD"], safe="")
    host = quote(settings["HOST"] or "localhost", safe="")  # a socket folder, percent-encoded
    port = f":{settings['PORT']}" if settings["PORT"] else ""
    # A throw-away database: commits need not wait for the disk, which halves the time to prepare it.
    return f"postgresql://{credentials}@{host}{port}/{name}?options={quote('-c synchronous_commit=off')}"


def _free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_healthy(url, process, log):
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"The site's server exited with {process.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/healthz/", timeout=2) as response:  # noqa: S310 (loopback)
                if response.status == 200:
                    return
        except OSError:  # not listening yet, or still starting
            pass
        time.sleep(0.2)
    pytest.fail(f"The site did not answer {url}/healthz/ within {START_TIMEOUT} s:\n{log.read_text()}")


def _execute(statement, *names):
    with psycopg.connect(**_server_connection_kwargs(), dbname="postgres", autocommit=True) as conn:
        conn.execute(sql.SQL(statement).format(*(sql.Identifier(name) for name in names)))


def _database_exists(name):
    with psycopg.connect(**_server_connection_kwargs(), dbname="postgres", autocommit=True) as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone() is not None


@pytest.fixture(scope="package")
def served_site(request, tmp_path_factory):
    """The demo site, prepared from scratch and served by gunicorn on a free loopback port.

    With pytest-django's ``--reuse-db``, the prepared database is kept as a template (with its
    media files) and later runs start from a copy of it; ``--create-db`` prepares it afresh.
    """
    workdir = tmp_path_factory.mktemp("served-site")
    database = f"browser_{os.getpid()}"
    template = connection.settings_dict["TEST"].get("NAME") or "test_institute_site"
    template = f"{template}_browser_template"
    template_media = Path(tempfile.gettempdir()) / template
    reuse = request.config.getoption("reuse_db", False) and not request.config.getoption("create_db", False)
    from_template = reuse and _database_exists(template) and template_media.is_dir()

    _execute("DROP DATABASE IF EXISTS {} WITH (FORCE)", database)
    if from_template:
        _execute("CREATE DATABASE {} TEMPLATE {}", database, template)
        shutil.copytree(template_media, workdir / "media")
    else:
        _execute("CREATE DATABASE {}", database)

    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "institute_site.settings.production",
        "DATABASE_URL": _database_url(database),
        "SECRET_KEY": secrets.token_urlsafe(48),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DEBUG": "false",
        # Plain HTTP on loopback: no redirect to HTTPS, cookies without the Secure flag, no HSTS.
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "SECURE_HSTS_SECONDS": "0",
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "WAGTAILADMIN_BASE_URL": url,
        "LOG_LEVEL": "WARNING",
        # Keeps gunicorn's and pgserver's run-time files apart from a developer's running server.
        "XDG_RUNTIME_DIR": str(workdir),
    }
    env.pop("REDIS_URL", None)  # a cache of its own, not one shared with a developer's server
    site = ServedSite(url=url, env=env, log=workdir / "server.log")

    try:
        # Preparing the database and collecting static files do not depend on each other.
        collect = subprocess.Popen(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "-v", "0"],
            cwd=BASE_DIR,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        if not from_template:
            prepared = site.manage("prepare_site", check=False)
            assert prepared.returncode == 0, f"prepare_site failed:\n{prepared.stdout}\n{prepared.stderr}"
            if reuse:
                _execute("DROP DATABASE IF EXISTS {} WITH (FORCE)", template)
                _execute("CREATE DATABASE {} TEMPLATE {}", template, database)
                shutil.rmtree(template_media, ignore_errors=True)
                shutil.copytree(workdir / "media", template_media)
        collected_output, _ = collect.communicate()
        assert collect.returncode == 0, f"collectstatic failed:\n{collected_output}"

        with site.log.open("w") as log:
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "--bind",
                    f"127.0.0.1:{port}",
                    # One process, so that the cache an editor's publication clears is the one
                    # visitors read; threads so that a page and its assets load side by side.
                    "--workers",
                    "1",
                    "--threads",
                    "4",
                    "--no-control-socket",
                    "--access-logfile",
                    "-",
                    "tests.browser.served_site:application",
                ],
                cwd=BASE_DIR,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        try:
            _wait_until_healthy(url, process, site.log)
            yield site
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
    finally:
        _execute("DROP DATABASE IF EXISTS {} WITH (FORCE)", database)


@pytest.fixture(scope="package")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs it (apt-get install chromium).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="package")
def axe_source():
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS.relative_to(BASE_DIR)} is missing: `make test` installs axe-core with npm.")
    return AXE_JS.read_text()


class BrowserProblems:
    """What a visitor would notice went wrong: server errors, broken assets, script errors, and
    anything the Content-Security-Policy refused (Chromium reports it as a console error)."""

    def __init__(self, context):
        self.items = []
        context.on("response", self._on_response)
        context.on("console", self._on_console)
        context.on("weberror", lambda error: self.items.append(f"script error: {error.error}"))

    def _on_response(self, response):
        is_document = response.request.resource_type == "document"
        if response.status >= 500 or (response.status >= 400 and not is_document):
            self.items.append(f"{response.status} for {response.url}")

    def _on_console(self, message):
        # Failed loads are reported above with their address; a 404 page's own status is intended.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            self.items.append(f"console error on {message.page.url if message.page else '?'}: {message.text}")

    def take(self):
        items, self.items = self.items, []
        return items


def new_context(browser, served_site, viewport="desktop", language="fr", **options):
    """A fresh browser profile: no cookies, the visitor's language in Accept-Language."""
    locale = {"fr": "fr-FR", "en": "en-GB"}[language]
    context = browser.new_context(base_url=served_site.url, locale=locale, **VIEWPORTS[viewport], **options)
    # Generous: the first view of a page draws its image renditions, on a machine that may be busy.
    context.set_default_timeout(15_000)
    context.set_default_navigation_timeout(30_000)
    context.problems = BrowserProblems(context)
    return context


def assert_no_browser_problems(contexts):
    problems = [problem for context in contexts for problem in context.problems.take()]
    assert not problems, "The browser saw problems:\n" + "\n".join(problems)


@pytest.fixture(params=list(VIEWPORTS))
def viewport(request):
    return request.param


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.call_failed = report.failed
    return report


def keep_failure_evidence(request, served_site, contexts):
    """After a failed test: the server's errors, and a screenshot of every page the test had open
    in test-results/ (git-ignored)."""
    if not getattr(request.node, "call_failed", False):
        return
    errors = [line for line in served_site.log.read_text().splitlines() if not line.startswith("127.0.0.1 - -")]
    print("The server's log, without the access log:", *errors[-80:], sep="\n")
    folder = BASE_DIR / "test-results" / "browser"
    folder.mkdir(parents=True, exist_ok=True)
    name = "".join(char if char.isalnum() or char in "-_" else "-" for char in request.node.name)
    for number, page in enumerate(page for context in contexts for page in context.pages):
        path = folder / f"{name}-{number}.png"
        page.screenshot(path=path, full_page=True)
        print(f"Screenshot of {page.url} kept in {path}")


@pytest.fixture
def page_at(request, browser, served_site):
    """Opens pages in fresh browser profiles: ``page_at(viewport, language)``; closed after the test."""
    contexts = []

    def open_page(viewport="desktop", language="fr", **options):
        context = new_context(browser, served_site, viewport, language, **options)
        contexts.append(context)
        return context.new_page()

    yield open_page
    try:
        keep_failure_evidence(request, served_site, contexts)
        assert_no_browser_problems(contexts)
    finally:
        for context in contexts:
            context.close()


@pytest.fixture(scope="package")
def shared_pages(browser, served_site):
    """One open tab per viewport and language, reused by the tests that only read pages."""
    contexts = {}
    yield contexts
    for context in contexts.values():
        context.close()


@pytest.fixture
def visit(request, browser, served_site, shared_pages):
    """``visit(path, viewport, language)``: the shared tab for that viewport and language, at ``path``."""
    used = []

    def go(path, viewport="desktop", language="fr"):
        key = (viewport, language)
        if key not in shared_pages:
            shared_pages[key] = new_context(browser, served_site, viewport, language)
            shared_pages[key].new_page()
        context = shared_pages[key]
        used.append(context)
        page = context.pages[0]
        page.goto(path)
        return page

    yield go
    keep_failure_evidence(request, served_site, used)
    assert_no_browser_problems(used)


@pytest.fixture(scope="package")
def demo_pages(served_site):
    """One live page of each type in the demo content: ``demo_pages["theme"]["en"]`` is its path."""
    found = json.loads(served_site.shell(FIND_PAGE_TYPES))
    missing = [kind for kind in PAGE_TYPES if kind not in found]
    assert not missing, f"The demo content has no live page of these types: {', '.join(missing)}"
    return found


@pytest.fixture(scope="package")
def demo_editors(served_site):
    """The editorial roles and their demo accounts, as `make run` sets them up: ``{role: (username, password)}``.

    The accounts are created with the development settings (they are refused in production),
    in the database the production-like server reads.
    """
    from editorial.demo_users import DEMO_EDITORS

    served_site.shell(
        "import sys\n"
        "from django.core.management import call_command\n"
        "from editorial.demo_users import create_demo_editors\n"
        "call_command('sync_roles', stdout=sys.stdout)\n"
        "create_demo_editors(sys.stdout)\n",
        settings="institute_site.settings.dev",
    )
    return {role: (username, password) for username, password, role, *_ in DEMO_EDITORS}
