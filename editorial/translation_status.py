"""Which translated fields of a page are filled in one language and empty in the other.

A field empty in both languages is optional content nobody wrote, not a missing translation;
a field filled in one language only is. Translated fields of the page's inline objects (an
institute's key figures) count as the page's own.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.text import capfirst

from modelcluster.models import get_all_child_relations
from modeltranslation.translator import NotRegistered, translator

from .sections import SECTIONS, section_for_model

LANGUAGES = tuple(settings.MODELTRANSLATION_LANGUAGES)
# Computed from the tree, never written by editors.
IGNORED_FIELDS = {"url_path"}


def translated_field_names(model):
    """The names of the model's translated fields, in declaration order, inherited ones included."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    names = [f.name for f in model._meta.get_fields() if f.name in options.all_fields]
    return [name for name in names if name not in IGNORED_FIELDS]


def translated_child_relations(model):
    """The inline relations (ParentalKey) whose objects have translated fields."""
    return [relation for relation in get_all_child_relations(model) if translated_field_names(relation.related_model)]


def is_empty(value):
    if value is None:
        return True
    if hasattr(value, "raw_data"):  # StreamValue
        return len(value) == 0
    if hasattr(value, "source"):  # RichText
        value = value.source
    return not strip_tags(str(value)).strip()


@dataclass
class MissingField:
    label: str
    languages: list = field(default_factory=list)


@dataclass
class TranslationStatus:
    page: object
    missing: list  # of MissingField

    @property
    def section(self):
        return section_for_model(type(self.page))

    def missing_in(self, language):
        return [item.label for item in self.missing if language in item.languages]

    @property
    def missing_fr(self):
        return self.missing_in("fr")

    @property
    def missing_en(self):
        return self.missing_in("en")

    @property
    def is_complete(self):
        return not self.missing


def _missing_languages(instance, name):
    filled = {language: not is_empty(getattr(instance, f"{name}_{language}", None)) for language in LANGUAGES}
    if not any(filled.values()):
        return []
    return [language for language in LANGUAGES if not filled[language]]


def _field_label(model, name):
    return capfirst(model._meta.get_field(name).verbose_name)


def missing_translations(page, child_objects=None):
    """The translation status of a specific page (or of the object an edit form is showing).

    `child_objects` maps a child relation name to its objects; by default they are read from
    the page (which, in the edit view, holds the draft's inline objects).
    """
    model = type(page)
    missing = []
    for name in translated_field_names(model):
        languages = _missing_languages(page, name)
        if languages:
            missing.append(MissingField(_field_label(model, name), languages))
    for relation in translated_child_relations(model):
        accessor = relation.get_accessor_name()
        if child_objects is not None and accessor in child_objects:
            objects = child_objects[accessor]
        else:
            objects = getattr(page, accessor).all()
        related_model = relation.related_model
        for position, obj in enumerate(objects, start=1):
            for name in translated_field_names(related_model):
                languages = _missing_languages(obj, name)
                if languages:
                    label = (
                        f"{capfirst(related_model._meta.verbose_name)} {position} – {_field_label(related_model, name)}"
                    )
                    missing.append(MissingField(label, languages))
    return TranslationStatus(page, missing)


def pages_missing_translations(pages_queryset=None, sections=SECTIONS, language=None):
    """The translation status of every page in the sections with something missing, in tree order.

    One query per page type and per translated inline relation, whatever the number of pages.
    `pages_queryset` (plain `Page` objects) limits the pages looked at, e.g. to those a user may edit.
    """
    statuses = []
    for section in sections:
        for model in section.models:
            queryset = model.objects.all()
            if pages_queryset is not None:
                queryset = queryset.filter(pk__in=pages_queryset.values("pk"))
            relations = [relation.get_accessor_name() for relation in translated_child_relations(model)]
            if relations:
                queryset = queryset.prefetch_related(*relations)
            for page in queryset:
                status = missing_translations(page)
                if status.missing and (language is None or status.missing_in(language)):
                    statuses.append(status)
    statuses.sort(key=lambda status: status.page.path)
    return statuses
