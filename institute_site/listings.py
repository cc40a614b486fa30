"""What every listing shares: pagination that never fails on a bad ``?page=``."""

from functools import reduce
from operator import or_

from django_filters import ChoiceFilter, FilterSet, ModelChoiceFilter

from django.core.paginator import Paginator
from django.db.models import BooleanField, ExpressionWrapper, Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page

from institute_site.caching.memo import memoized


def paginate(request, items, per_page):
    """The requested page of ``items``: the first for a missing or non-numeric ``page``, the last
    for one past the end (two queries: the count and the page's items)."""
    paginator = Paginator(items, per_page)
    page = paginator.get_page(request.GET.get("page"))
    page.object_list = list(page.object_list)
    page.elided_range = list(paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1))
    return page


def listing_context(index, request, filterset_class, build):
    """``build()``, the context of a filtered listing (its filters, its page of items...), kept for
    the site generation per index page, language, filter values and page number: other query
    parameters change nothing in it. ``listing_key`` joins the context, for the templates' memos."""
    names = [*filterset_class.base_filters, "page"]
    values = repr(tuple((name, tuple(request.GET.getlist(name))) for name in names))
    key = ("listing", index.pk, translation.get_language(), values)
    return {**memoized(key, build), "listing_key": values}


class ListingFilterSet(FilterSet):
    """A filter set whose unknown or malformed values are ignored (the form shows the others).

    Every filter's empty choice reads "All"; values are language-neutral (codes, slugs, ids),
    so the language switcher keeps the query string.
    """

    @property
    def active(self):
        """Whether any valid filter value narrows the listing."""
        if not self.is_bound:
            return False
        self.form.is_valid()  # cleans the form; invalid values are left out of cleaned_data
        return any(self.form.cleaned_data.get(name) not in (None, "") for name in self.filters)


def all_choice_filter(label, **kwargs):
    return ChoiceFilter(label=label, empty_label=_("All"), **kwargs)


def all_model_filter(label, **kwargs):
    return ModelChoiceFilter(label=label, empty_label=_("All"), **kwargs)


def related_links(annotate=None, **groups):
    """Several lists of related live pages, shown as links, fetched together in one query.

    Each keyword names a list and gives a queryset of the ids of its pages (``.values("pk")``);
    returns ``{name: [pages ordered by title]}``. The pages are plain ``Page`` objects: title and
    URL in each language, no specific fields, plus the ``annotate`` expressions (such as a news
    item's date: ``annotate={"date": F("newspage__date")}``).
    """
    if not groups:
        return {}
    annotations = {
        f"in_{name}": ExpressionWrapper(Q(pk__in=ids), output_field=BooleanField()) for name, ids in groups.items()
    }
    condition = reduce(or_, (Q(pk__in=ids) for ids in groups.values()))
    result = {name: [] for name in groups}
    pages = Page.objects.live().filter(condition).annotate(**annotations, **(annotate or {}))
    for page in pages.order_by("title", "pk"):
        for name in groups:
            if getattr(page, f"in_{name}"):
                result[name].append(page)
    return result


def attach_images(items, *fields):
    """Loads every image that ``items`` refer to through ``fields`` ("listing_image", "logo"...; a field
    an item does not have is skipped),
    with their renditions, in two queries whatever their number, and sets them on the items.

    For a page that shows several lists of pages with images (the home page): one fetch for all.
    """
    from institute_site.models import SiteImage

    ids = {getattr(item, f"{field}_id", None) for item in items for field in fields} - {None}
    images = SiteImage.objects.filter(pk__in=ids).prefetch_renditions().in_bulk() if ids else {}
    for item in items:
        for field in fields:
            image_id = getattr(item, f"{field}_id", None)
            if image_id in images:
                setattr(item, field, images[image_id])
    return items


def latest_news_ids(news, count=5):
    """The ids of the ``count`` most recent live items of a news queryset, as a subquery."""
    return news.live().order_by("-date", "-pk").values("pk")[:count]
