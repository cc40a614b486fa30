"""Run inside `manage.py shell` by bench/run.py: publish pages over and over while the site is under load.

Reads its duration (seconds) and pause from the BENCH_PUBLISH_SECONDS / BENCH_PUBLISH_EVERY
environment variables; prints how many publications it made.
"""

import itertools
import os
import time

from news.models import NewsPage
from partners.models import PartnerPage
from portfolio.models import ResearchThemePage

duration = float(os.environ.get("BENCH_PUBLISH_SECONDS", "60"))
pause = float(os.environ.get("BENCH_PUBLISH_EVERY", "0.5"))
pages = [
    *NewsPage.objects.live().order_by("-date")[:3],
    *PartnerPage.objects.live().order_by("path")[:3],
    *ResearchThemePage.objects.live().order_by("path")[:2],
]
published = 0
deadline = time.monotonic() + duration
for page in itertools.cycle(pages):
    if time.monotonic() >= deadline:
        break
    page.save_revision().publish()
    published += 1
    time.sleep(pause)
print(f"PUBLISHED {published}")
