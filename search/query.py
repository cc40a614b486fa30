"""Searching the index: full-text search per language, counts per type, snippets, autocomplete.

A query is accent-folded like the index, then parsed by `websearch_to_tsquery` (quotes for a
phrase, `or`, `-word`) with the language's configuration. It is combined with the same words
unstemmed and restricted to weight D, which only holds text shown through a fallback from the
other language: so "maladies" finds "maladie" in French, and an English query never meets French
text stemmed as English.
"""

import re

from django.apps import apps
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.core.paginator import Paginator
from django.db.models import Count, F
from django.utils.functional import cached_property

from wagtail.models import Page

from .indexing import FALLBACK_CONFIG, search_config
from .models import SearchEntry
from .text import FRAGMENT, START, STOP, fold

MAX_QUERY_LENGTH = 200
MAX_AUTOCOMPLETE_WORDS = 8
# A quoted lexeme in the text form of a tsquery ('it''s' doubles its quotes).
_LEXEME = r"'(?:[^']|'')*'"
_WORD = re.compile(r"[^\W_]+")


class FallbackSearchQuery(SearchQuery):
    """The query with each lexeme restricted to weight D: text shown through a fallback."""

    def as_sql(self, compiler, connection, **extra_context):
        sql, params = super().as_sql(compiler, connection, **extra_context)
        return f"regexp_replace(({sql})::text, %s, %s, 'g')::tsquery", (*params, _LEXEME, r"\&:D")


def build_query(text, language):
    folded = fold(text)
    return SearchQuery(folded, config=search_config(language), search_type="websearch") | FallbackSearchQuery(
        folded, config=FALLBACK_CONFIG, search_type="websearch"
    )


def visible_pages(root_page=None):
    """Live pages a visitor may see, under the site's root when there is one."""
    pages = Page.objects.live().public()
    if root_page is not None:
        pages = pages.descendant_of(root_page, inclusive=True)
    return pages


def entries_for(language, root_page=None):
    return SearchEntry.objects.filter(language=language, page__in=visible_pages(root_page).values("pk"))


class TypeCount:
    """One page type among the results: its filter value, its name and how many results it has."""

    def __init__(self, app_label, model_name, count):
        self.app_label = app_label
        self.value = model_name
        self.count = count

    @cached_property
    def label(self):
        model = apps.get_model(self.app_label, self.value)
        return model._meta.verbose_name_plural if model else self.value


class SearchPaginator(Paginator):
    """Pages of ranked entries, told the total (known from the counts per type: no COUNT query).

    A page's snippets are made by an outer query over that page's entries only: ts_headline is
    the costly part, and in one flat query PostgreSQL would also run it on the rows an OFFSET skips.
    """

    def __init__(self, object_list, per_page, count, with_snippets, **kwargs):
        super().__init__(object_list, per_page, **kwargs)
        self._known_count = count
        self._with_snippets = with_snippets

    @cached_property
    def count(self):
        return self._known_count

    def page(self, number):
        page = super().page(number)
        page.object_list = self._with_snippets(page.object_list)
        return page


class Search:
    """One search in one language: counts per type (one query), then one page of results (one query)."""

    def __init__(self, text, language, root_page=None):
        self.text = text
        self.language = language
        self.query = build_query(text, language)
        self.matches = entries_for(language, root_page).filter(vector=self.query)

    @cached_property
    def type_counts(self):
        rows = (
            self.matches.values("content_type__app_label", "content_type__model")
            .annotate(count=Count("pk"))
            .order_by("-count", "content_type__model")
        )
        return [TypeCount(row["content_type__app_label"], row["content_type__model"], row["count"]) for row in rows]

    @cached_property
    def total(self):
        return sum(type_count.count for type_count in self.type_counts)

    def results(self, type_count=None):
        """Ranked entries (of one type when given), lazy; slice them before `with_snippets`."""
        matches = self.matches
        if type_count is not None:
            matches = matches.filter(content_type__app_label=type_count.app_label, content_type__model=type_count.value)
        return matches.annotate(rank=SearchRank(F("vector"), self.query)).order_by("-rank", "title", "pk")

    def with_snippets(self, entries):
        """The same entries, in the same order, with their page, type, `rank` and `headline`."""
        return (
            SearchEntry.objects.filter(pk__in=entries.values("pk"))
            .select_related("page", "content_type")
            .defer("vector", "title_vector", "text_folded")
            .annotate(
                rank=SearchRank(F("vector"), self.query),
                headline=SearchHeadline(
                    "text_folded",
                    self.query,
                    config=search_config(self.language),
                    start_sel=START,
                    stop_sel=STOP,
                    max_fragments=2,
                    fragment_delimiter=FRAGMENT,
                    max_words=18,
                    min_words=8,
                ),
            )
            .order_by("-rank", "title", "pk")
        )

    def paginate(self, number, per_page, type_count=None):
        count = self.total if type_count is None else type_count.count
        return SearchPaginator(self.results(type_count), per_page, count, self.with_snippets).get_page(number)


def autocomplete(text, language, root_page=None, limit=8):
    """Entries whose title has words starting with each word typed ("epil" -> "Épilepsie")."""
    words = _WORD.findall(fold(text))[:MAX_AUTOCOMPLETE_WORDS]
    if not words:
        return SearchEntry.objects.none()
    # Each word is letters and digits only, so the prefix query cannot be malformed.
    query = SearchQuery(" & ".join(f"{word}:*" for word in words), config=FALLBACK_CONFIG, search_type="raw")
    return (
        entries_for(language, root_page)
        .filter(title_vector=query)
        .select_related("page", "content_type")
        .defer("vector", "title_vector", "text", "text_folded")
        .annotate(rank=SearchRank(F("title_vector"), query))
        .order_by("-rank", "title", "pk")[:limit]
    )
