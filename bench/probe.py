"""Run inside `manage.py shell` by bench/run.py: pick the benchmarked addresses and count their queries.

Prints one JSON object: {"urls": {scenario: path}, "queries": {scenario: count}, "sizes": {...},
"cpu_ms": {...}}. Queries are counted on a second request (the first one fills per-process caches
such as the site root paths), with the page cache off, so they are what an uncached page costs.
`cpu_ms` is the CPU time of this process per uncached request (median of 7), through Django's test
client: a figure other processes on the machine disturb less than requests per second.
"""

import json
import re
import statistics
import time
from collections import Counter

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Site

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


def count_queries(urls):
    client = Client(headers={"host": "127.0.0.1"})
    queries, sizes, cpu = {}, {}, {}
    for name, url in urls.items():
        client.get(url)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        queries[name] = len(captured.captured_queries)
        sizes[name] = len(response.content)
        timings = []
        for _ in range(7):
            started = time.process_time()
            client.get(url)
            timings.append((time.process_time() - started) * 1000)
        cpu[name] = round(statistics.median(timings), 2)
    return queries, sizes, cpu


urls = pick_urls()
queries, sizes, cpu = count_queries(urls)
print("PROBE " + json.dumps({"urls": urls, "queries": queries, "sizes": sizes, "cpu_ms": cpu}))
