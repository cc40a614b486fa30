"""Run inside `manage.py shell` by bench/run.py: pick the benchmarked addresses and count their queries.

Prints one JSON object: {"urls": {scenario: path}, "queries": {scenario: count}, "warm_queries": {...},
"sizes": {...}, "cpu_ms": {...}, "warm_cpu_ms": {...}}. Every request carries a query string of its
own, so that the page cache misses it, renders the page and stores it, as in the uncached runs:
- cold (`queries`, `cpu_ms`): the memos of shared page parts (institute_site/caching/memo.py) emptied
  before each request, as for the first page rendered after a publication;
- warm (`warm_queries`, `warm_cpu_ms`): the memos kept from the previous request, as for any other
  page rendered in the same generation (what the uncached runs under wrk measure).
Queries are counted on a second request (the first one fills what a process keeps for its whole
life, such as loaded templates). CPU is this process's time per request (median of 7), through
Django's test client: a figure other processes on the machine disturb less than requests per second.
"""

import gzip
import itertools
import json
import re
import secrets
import statistics
import time
from collections import Counter

from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Site

from institute_site.caching import memo
from news.models import NewsPage
from partners.models import PartnerIndexPage, PartnerPage
from portfolio.models import ResearchThemePage


def path_of(page):
    with translation.override("fr"):
        return page.get_url()


def pick_urls():
    theme = ResearchThemePage.objects.live().order_by("path").first()
    news = NewsPage.objects.live().order_by("-date", "pk").first()
    partners = PartnerIndexPage.objects.live().first()
    level = Counter(PartnerPage.objects.live().values_list("level", flat=True)).most_common(1)[0][0]
    word = next(w for w in re.findall(r"\w{6,}", theme.title_fr))
    return {
        "floor (/ping/)": "/ping/",
        "home": path_of(Site.objects.get(is_default_site=True).root_page.specific),
        "theme page": path_of(theme),
        "filtered partner listing": f"{path_of(partners)}?level={level}",
        "news page": path_of(news),
        "search": f"/fr/search/?q={word.lower()}",
    }


def unique(url):
    return f"{url}{'&' if '?' in url else '?'}probe={RUN}-{next(COUNTER)}"


def measure(client, url, cold):
    """(queries, response) of one page-cache miss, then the median CPU time of 7 more."""

    def get():
        if cold:
            memo.clear()
        response = client.get(unique(url))
        assert response.status_code == 200 and response.get("X-Cache") in (None, "MISS"), (url, response)
        return response

    get()
    with CaptureQueriesContext(connection) as captured:
        response = get()
    queries = len(captured.captured_queries)  # read now: the next request empties the log
    timings = []
    for _ in range(7):
        started = time.process_time()
        get()
        timings.append((time.process_time() - started) * 1000)
    return queries, response, round(statistics.median(timings), 2)


def count_queries(urls):
    client = Client(headers={"host": "127.0.0.1", "accept-encoding": "gzip"})
    figures = {key: {} for key in ("queries", "warm_queries", "sizes", "cpu_ms", "warm_cpu_ms")}
    with override_settings(PAGE_CACHE_ENABLED=True):
        for name, url in urls.items():
            figures["queries"][name], response, figures["cpu_ms"][name] = measure(client, url, cold=True)
            figures["warm_queries"][name], _, figures["warm_cpu_ms"][name] = measure(client, url, cold=False)
            body = response.content
            figures["sizes"][name] = len(gzip.decompress(body) if response.get("Content-Encoding") == "gzip" else body)
    return figures


RUN, COUNTER = secrets.token_hex(4), itertools.count()
urls = pick_urls()
print("PROBE " + json.dumps({"urls": urls, **count_queries(urls)}))
