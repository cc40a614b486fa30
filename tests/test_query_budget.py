"""Every public page type renders in a fixed number of queries, whatever the amount of content.

The demo content is loaded, each page type is requested and its queries counted; then hundreds
of partners, projects and news items are added, all related to the same themes, institutes,
platforms and partners (so related lists grow too), and the counts must be the same. Pages are
counted uncached (the page cache is off in tests), on a second request (the first one fills
per-process caches), in both languages.

On a failure the message names the page and the queries that repeat, to find the N+1.
"""

import re
from collections import Counter
from io import StringIO

import pytest

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Site

from home.models import ContentPage
from institute_site.factories import SiteImageFactory, generated_image_file
from institutes.models import InstituteIndexPage, InstitutePage
from news.factories import NewsPageFactory
from news.models import NewsIndexPage, NewsPage
from partners.factories import PartnerPageFactory
from partners.models import PartnerIndexPage, PartnerPage
from platforms.models import PlatformIndexPage, PlatformPage
from portfolio.factories import PortfolioProjectPageFactory
from portfolio.models import PortfolioIndexPage, PortfolioProjectPage, ResearchThemeIndexPage, ResearchThemePage

DETAIL_BUDGET = 15
LISTING_BUDGET = 20
ADDED_PER_TYPE = 150

DETAIL_TYPES = [
    ContentPage,
    InstitutePage,
    ResearchThemePage,
    PlatformPage,
    PartnerPage,
    PortfolioProjectPage,
    NewsPage,
]
LISTING_TYPES = [
    InstituteIndexPage,
    ResearchThemeIndexPage,
    PlatformIndexPage,
    PartnerIndexPage,
    PortfolioIndexPage,
    NewsIndexPage,
]


@pytest.fixture
def demo(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo_content", stdout=StringIO())
    analyze()


def analyze():
    """Refresh PostgreSQL's statistics inside the test's transaction (ANALYZE sees its own rows).

    The test database's tables were last analyzed whenever autovacuum passed, after whichever
    tests ran before on the same worker. Once, in a run with two workers, one query of
    ``add_hundreds_of_pages`` ran for over ten seconds, CPU-bound, and the test did not end in
    minutes; it passes in about a minute otherwise. Analyzing here costs a second and leaves the
    planner nothing stale to go on."""
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def first_live(model):
    return model.objects.live().order_by("path").first()


def page_urls(language):
    """(name, url, budget) for every public page type, in one language."""
    with translation.override(language):
        urls = [("home", Site.objects.get(is_default_site=True).root_page.get_url(), LISTING_BUDGET)]
        urls += [(model.__name__, first_live(model).get_url(), DETAIL_BUDGET) for model in DETAIL_TYPES]
        urls += [(model.__name__, first_live(model).get_url(), LISTING_BUDGET) for model in LISTING_TYPES]
        partners = first_live(PartnerIndexPage).get_url()
        # A filter with results in the demo content: an empty list would skip the results query.
        partner = PartnerPage.objects.live().filter(themes__isnull=False).order_by("path").first()
        query = f"level={partner.level}&theme={partner.themes.first().pk}"
        urls += [
            ("partners filtered", f"{partners}?{query}", LISTING_BUDGET),
            ("partners, page 2", f"{partners}?page=2", LISTING_BUDGET),
            ("news, page 2", f"{first_live(NewsIndexPage).get_url()}?page=2", LISTING_BUDGET),
            ("search", f"/{language}/search/?q=institut", LISTING_BUDGET),
            ("news feed", f"/{language}/feeds/news/", LISTING_BUDGET),
        ]
    return urls + [("sitemap", "/sitemap.xml", LISTING_BUDGET)]


def normalised(sql):
    """The shape of a query: numbers and quoted values replaced, to group the repeated ones."""
    shape = re.sub(r"'[^']*'|\d+", "?", sql)
    return shape if len(shape) < 400 else f"{shape[:150]} ... {shape[-230:]}"


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, f"{url}: {response.status_code}"
    return [query["sql"] for query in captured.captured_queries]


def measure(client, language):
    return {name: (url, budget, count_queries(client, url)) for name, url, budget in page_urls(language)}


def repeated(queries):
    return [f"{n}x {shape}" for shape, n in Counter(map(normalised, queries)).most_common() if n > 1]


def difference(queries, others):
    """Query shapes in the first list more often than in the second."""
    extra = Counter(map(normalised, queries)) - Counter(map(normalised, others))
    return [f"{n}x {shape}" for shape, n in extra.items()]


def add_hundreds_of_pages():
    themes = list(ResearchThemePage.objects.live())
    institutes = list(InstitutePage.objects.live())
    platforms = list(PlatformPage.objects.live())
    partner_index = first_live(PartnerIndexPage)
    project_index = first_live(PortfolioIndexPage)
    news_index = first_live(NewsIndexPage)
    # Pages with images, as the demo's: listings then prefetch renditions whatever the page shows.
    image = SiteImageFactory(file=generated_image_file(size=(320, 200)))
    level = first_live(PartnerPage).level
    partners = [
        PartnerPageFactory(parent=partner_index, themes=themes, level=level, logo=image, listing_image=image)
        for _ in range(ADDED_PER_TYPE)
    ]
    for _ in range(ADDED_PER_TYPE):
        PortfolioProjectPageFactory(
            parent=project_index, themes=themes, partners=partners[:20], platforms=platforms, listing_image=image
        )
        NewsPageFactory(
            parent=news_index,
            themes=themes,
            partners=partners[:20],
            institutes=institutes,
            image=image,
            listing_image=image,
        )


def test_query_counts_stay_within_budget_and_do_not_grow_with_content(client, demo):
    languages = ("fr", "en")
    before = {language: measure(client, language) for language in languages}
    add_hundreds_of_pages()
    analyze()
    after = {language: measure(client, language) for language in languages}

    problems = []
    for language in languages:
        for name, (url, budget, queries) in after[language].items():
            queries_before = before[language][name][2]
            if len(queries) > budget or len(queries) != len(queries_before):
                problems.append(
                    f"{name} ({url}): {len(queries_before)} queries with the demo content, {len(queries)} with "
                    f"{ADDED_PER_TYPE} more partners, projects and news (budget {budget}); "
                    f"repeated: {'; '.join(repeated(queries)) or 'none'}; "
                    f"new: {'; '.join(difference(queries, queries_before)) or 'none'}; "
                    f"gone: {'; '.join(difference(queries_before, queries)) or 'none'}"
                )
    assert not problems, "\n".join(problems)
