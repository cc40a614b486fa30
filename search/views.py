from urllib.parse import urlencode

from django.http import JsonResponse
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET

from wagtail.models import Site

from institute_site.caching.memo import memoized

from .query import MAX_QUERY_LENGTH, Search, autocomplete
from .text import highlight

RESULTS_PER_PAGE = 10
MAX_AUTOCOMPLETE_LENGTH = 100


def _query_text(request, max_length):
    """The visitor's query, trimmed; whether it had to be shortened."""
    text = " ".join(request.GET.get("q", "").split())
    return text[:max_length].strip(), len(text) > max_length


def _site_root(request):
    site = Site.find_for_request(request)
    return site.root_page if site else None


@require_GET
def search(request):
    text, shortened = _query_text(request, MAX_QUERY_LENGTH)
    context = {"search_query": text, "notices": []}
    if shortened:
        context["notices"].append(
            _("Your search was too long: only its first %(count)s characters were used.") % {"count": MAX_QUERY_LENGTH}
        )
    if not text:
        return TemplateResponse(request, "search/search.html", context)

    requested_type = request.GET.get("type", "")
    # The same search asked again (another query parameter, another visitor) in the same site
    # generation finds the same results.
    key = ("search", request._get_raw_host(), get_language(), text, requested_type, request.GET.get("page"))
    found = memoized(key, lambda: _results(request, text, requested_type))
    if requested_type and found["selected_type"] is None:
        context["notices"].append(_("No result is of the type asked for: results of every type are shown."))
    context.update(found)
    return TemplateResponse(request, "search/search.html", context)


def _results(request, text, requested_type):
    search = Search(text, get_language(), _site_root(request))
    type_counts = search.type_counts
    selected = next((count for count in type_counts if count.value == requested_type), None)
    page_obj = search.paginate(request.GET.get("page"), RESULTS_PER_PAGE, selected)
    base_query = {"q": text}
    return {
        "total": search.total,
        "selected_type": selected,
        "all_types_url": "?" + urlencode(base_query),
        "type_counts": [
            (type_count, "?" + urlencode({**base_query, "type": type_count.value})) for type_count in type_counts
        ],
        "page_obj": page_obj,
        "page_query": urlencode({**base_query, **({"type": selected.value} if selected else {})}),
        "results": [
            {
                "title": entry.title,
                "url": entry.page.get_url(request),
                "type": entry.content_type.model_class()._meta.verbose_name,
                "snippet": highlight(entry.text, entry.headline),
            }
            for entry in page_obj
        ],
    }


@require_GET
def search_autocomplete(request):
    """Titles in the current language whose words start with what was typed, as JSON."""
    text, _shortened = _query_text(request, MAX_AUTOCOMPLETE_LENGTH)
    entries = autocomplete(text, get_language(), _site_root(request)) if text else []
    return JsonResponse(
        {
            "query": text,
            "results": [
                {
                    "title": entry.title,
                    "url": entry.page.get_url(request),
                    "type": str(entry.content_type.model_class()._meta.verbose_name),
                }
                for entry in entries
            ],
        }
    )
