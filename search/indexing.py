"""Build the search index rows of a page, one per language, from what a visitor reads there.

Which fields: the page type's own `search_fields` (Wagtail's declarations, with their boosts) and
every text field registered for translation (introductions, addresses...). For each language a
field gives either its own text, stemmed with that language's configuration, or, when it is empty
and the site shows the other language's text instead (modeltranslation's fallback), that text,
indexed unstemmed at weight D so that a query is never stemmed against the wrong language.
"""

from django.conf import settings
from django.contrib.postgres.search import SearchVector
from django.db import models, transaction
from django.db.models import Value
from django.utils import translation

from modeltranslation.translator import NotRegistered, translator
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

from .models import SearchEntry
from .text import fold

# Raised whenever a release changes what the rows hold (fields, weights, a page type's facts):
# `prepare_site` then rebuilds the rows an earlier release built (rebuild_search_index --if-outdated).
# 2: search_facts().
INDEX_VERSION = 2

# The PostgreSQL text search configuration of each site language.
SEARCH_CONFIGS = {"fr": "french", "en": "english"}
FALLBACK_CONFIG = "simple"

# Never indexed: addresses and technical titles rather than content.
EXCLUDED_FIELDS = {"title", "slug", "url_path", "seo_title", "draft_title"}
# Weight B: what introduces the page.
LEAD_FIELDS = {"summary", "intro", "hero_intro", "mission", "search_description"}
# The row of a page's ``search_facts()``: searched, but not shown in result snippets (a list of
# labels reads badly as a sentence).
FACTS = "facts"


def search_config(language):
    return SEARCH_CONFIGS.get(language, FALLBACK_CONFIG)


def indexed_languages():
    return [code for code, _name in settings.LANGUAGES]


def _translation_options(model):
    """{field name: names of its per-language columns} for the fields registered for translation."""
    try:
        fields = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return {}
    return {name: {column.name for column in columns} for name, columns in fields.items()}


def _page_fields(model):
    """(field name, weight) for every text field of the page type, title first.

    The per-language columns (`body_fr`...) that wagtail-modeltranslation adds to `search_fields`
    are left out: each language's row reads its own column through the field's name.
    """
    translated = _translation_options(model)
    columns = set().union(*translated.values())
    fields = {"title": "A"}
    for search_field in model.get_search_fields():
        name = search_field.field_name
        if isinstance(search_field, index.SearchField) and name not in EXCLUDED_FIELDS | columns:
            boosted = (search_field.boost or 1) >= 2
            fields.setdefault(name, "A" if boosted else "B" if name in LEAD_FIELDS else "C")
    for name in sorted(set(translated) - EXCLUDED_FIELDS):
        if isinstance(model._meta.get_field(name), models.CharField | models.TextField | StreamField):
            fields.setdefault(name, "B" if name in LEAD_FIELDS else "C")
    return fields


def _stream_text(block, value):
    """The words of a StreamField value; choice blocks (heading levels...) are settings, not text."""
    if value is None or isinstance(block, blocks.ChoiceBlock | blocks.MultipleChoiceBlock):
        return []
    if isinstance(block, blocks.StreamBlock):
        return [text for child in value for text in _stream_text(child.block, child.value)]
    if isinstance(block, blocks.ListBlock):
        return [text for item in value for text in _stream_text(block.child_block, item)]
    if isinstance(block, blocks.StructBlock):
        return [text for name, child in block.child_blocks.items() for text in _stream_text(child, value.get(name))]
    return block.get_searchable_content(value)


def _field_text(page, name, value):
    if value in (None, ""):
        return ""
    field = page._meta.get_field(name)
    if isinstance(field, StreamField):
        parts = _stream_text(field.stream_block, value)
    elif isinstance(field, RichTextField):
        parts = [get_text_for_indexing(value)]
    else:
        parts = [str(value)]
    return "\n".join(part.strip() for part in parts if part and part.strip())


def page_texts(page, language):
    """What the page says in `language`, field by field: (name, weight, own text, fallback text).

    A page type may also name facts shown on the page without being text fields of its own (a
    partner's country, the kinds of its agreements): its ``search_facts()``, read in `language`.
    """
    translated = _translation_options(type(page))
    rows = []
    for name, weight in _page_fields(type(page)).items():
        with translation.override(language):
            shown = _field_text(page, name, getattr(page, name))
        if name in translated:
            own = _field_text(page, f"{name}_{language}", getattr(page, f"{name}_{language}"))
            rows.append((name, weight, own, "" if own else shown))
        else:
            rows.append((name, weight, shown, ""))
    if hasattr(page, "search_facts"):
        with translation.override(language):
            facts = "\n".join(str(fact) for fact in page.search_facts() if fact)
        rows.append((FACTS, "C", facts, ""))
    return rows


def build_entry(page, language):
    rows = page_texts(page, language)
    with translation.override(language):
        title = page.title
    config = search_config(language)
    own = {weight: "\n".join(fold(text) for _n, w, text, _f in rows if w == weight and text) for weight in "ABC"}
    fallback = "\n".join(fold(text) for _n, _w, _o, text in rows if text)
    # The snippet's source: the text as shown, lead paragraphs first, without the title.
    body_rows = sorted((row for row in rows if row[0] not in ("title", FACTS)), key=lambda row: row[1] != "B")
    text = "\n".join(
        own_text or fallback_text for _n, _w, own_text, fallback_text in body_rows if own_text or fallback_text
    )
    vector = (
        SearchVector(Value(own["A"]), config=config, weight="A")
        + SearchVector(Value(own["B"]), config=config, weight="B")
        + SearchVector(Value(own["C"]), config=config, weight="C")
        + SearchVector(Value(fallback), config=FALLBACK_CONFIG, weight="D")
    )
    return SearchEntry(
        page_id=page.pk,
        language=language,
        content_type_id=page.content_type_id,
        title=title[:255],
        text=text,
        text_folded=fold(text),
        vector=vector,
        title_vector=SearchVector(Value(fold(title)), config=FALLBACK_CONFIG),
        version=INDEX_VERSION,
    )


def is_indexable(page):
    """Live pages below the root; an alias repeats its original's text, so only the original counts."""
    return page.live and not page.expired and page.depth > 1 and page.alias_of_id is None


def index_page(page):
    """Bring the page's rows up to date: one per language while it is live, none otherwise."""
    if not is_indexable(page):
        SearchEntry.objects.filter(page_id=page.pk).delete()
        return
    page = page.specific  # no query when it already is
    # One upsert: two saves of the same page at once cannot both insert its rows.
    SearchEntry.objects.bulk_create(
        [build_entry(page, language) for language in indexed_languages()],
        update_conflicts=True,
        unique_fields=["page", "language"],
        update_fields=["content_type", "title", "text", "text_folded", "vector", "title_vector", "version"],
    )


@transaction.atomic
def rebuild_index(batch_size=200):
    """Rebuild every row; returns the number of pages indexed."""
    SearchEntry.objects.all().delete()
    count, batch = 0, []
    pages = Page.objects.live().filter(expired=False, depth__gt=1, alias_of=None).specific()
    for page in pages.iterator(chunk_size=batch_size):
        batch.extend(build_entry(page, language) for language in indexed_languages())
        count += 1
        if len(batch) >= batch_size:
            SearchEntry.objects.bulk_create(batch)
            batch = []
    SearchEntry.objects.bulk_create(batch)
    return count
