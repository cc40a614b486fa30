from django.template.response import TemplateResponse

from wagtail.models import Page


def search(request):
    query = request.GET.get("q", "").strip()[:200]
    results = Page.objects.live().public().search(query) if query else Page.objects.none()
    return TemplateResponse(request, "search/search.html", {"search_query": query, "search_results": results})
