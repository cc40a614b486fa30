"""The site search index: one row per live page and language.

Wagtail's database backend stems every language with one configuration and does not fold
accents; this index is kept beside it (the admin keeps using Wagtail's). Each row holds the text
a visitor reads in that language, accent-folded, in a vector built with that language's
PostgreSQL configuration (`french`, `english`). See `search/indexing.py` for how rows are built
and `search/query.py` for how they are searched.
"""

from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("language"), max_length=8)
    # The page's own type, for the counts per type and the type filter.
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    title = models.CharField(_("title"), max_length=255)
    # What the snippet is cut from: the page's text as shown in that language, and its folded copy
    # (ts_headline works on the folded copy; search/snippets.py maps the result back).
    text = models.TextField(_("text"), blank=True)
    text_folded = models.TextField(blank=True)
    # Title A and boosted fields, summary and introductions B, the rest C (stemmed for the row's
    # language); text shown in this language through a fallback from the other one D (unstemmed).
    vector = SearchVectorField()
    # Words of the folded title, unstemmed, for autocomplete by word prefix.
    title_vector = SearchVectorField()
    # The `INDEX_VERSION` of the code that built the row (search/indexing.py).
    version = models.PositiveSmallIntegerField()

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [models.UniqueConstraint(fields=["page", "language"], name="site_search_one_entry_per_language")]
        indexes = [
            GinIndex(fields=["vector"], name="site_search_vector_gin"),
            GinIndex(fields=["title_vector"], name="site_search_title_gin"),
        ]

    def __str__(self):
        return f"{self.title} ({self.language})"
