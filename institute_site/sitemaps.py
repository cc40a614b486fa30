"""sitemap.xml and robots.txt, both outside the language prefix.

Every live, public page appears once per language, each entry listing the page's address in
every language plus ``x-default`` as ``<xhtml:link rel="alternate" hreflang=...>``.

Django's own ``i18n``/``alternates``/``x_default`` sitemap options are not used: they build
``x-default`` by stripping the language prefix from the French URL, and an unprefixed page path
does not exist here (``/`` alone redirects by language; ``/thematiques-de-recherche/`` would be
redirected to ``/en/thematiques-de-recherche/`` for an English visitor, which is a 404 since each
language has its own slugs). The alternates come from ``institute_site.metadata``, which also
writes the pages' ``hreflang`` links, so the sitemap and the pages agree.
"""

from django.conf import settings
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps import views as wagtail_sitemap_views
from wagtail.models import Site

from institute_site import metadata


class PageSitemap(Sitemap):
    """Every live, public page of the request's site, in every language.

    Three queries whatever the number of pages: the count for the paginator, the pages (no
    ``specific()``: titles and per-language paths are on the base page) and the view
    restrictions that ``public()`` excludes.
    """

    # One <url> per page and language: keep each sitemap file under the protocol's 50,000.
    limit = 50_000 // len(settings.LANGUAGES)

    def items(self):
        site = self.get_wagtail_site()
        return site.root_page.get_descendants(inclusive=True).live().public().order_by("path")

    def _urls(self, page, protocol, domain):
        site = self.get_wagtail_site()
        urls = []
        lastmods = []
        for item in self.paginator.page(page).object_list:
            pairs = metadata.alternates(item, self.request, site)
            alternates = [{"lang_code": code, "location": url} for code, url in pairs]
            lastmod = self.lastmod(item)
            lastmods.append(lastmod)
            for code, url in pairs:
                if code == "x-default":
                    continue
                urls.append({"item": item, "location": url, "lastmod": lastmod, "alternates": alternates})
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls

    def get_wagtail_site(self):
        if not hasattr(self, "_site"):
            self._site = super().get_wagtail_site()
        return self._site


@require_GET
def sitemap(request):
    return wagtail_sitemap_views.sitemap(request, sitemaps={"pages": PageSitemap})


@require_GET
def robots_txt(request):
    """Crawl everything public; point to the sitemap with the site's own absolute address."""
    site = Site.find_for_request(request)
    sitemap_url = (site.root_url if site else request.build_absolute_uri("/").rstrip("/")) + reverse("sitemap")
    lines = [
        "User-agent: *",
        "Allow: /",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "",
        f"Sitemap: {sitemap_url}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
