"""Platform categories as a snippet editors can extend."""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import PlatformCategory


class PlatformCategoryViewSet(SnippetViewSet):
    model = PlatformCategory
    icon = "tag"
    list_display = ["name_fr", "name_en", "slug", "sort_order"]
    search_fields = ["name_fr", "name_en", "slug"]
    search_backend_name = None  # not indexed: search the database directly
    ordering = ["sort_order", "name_fr"]
    sort_order_field = "sort_order"


register_snippet(PlatformCategoryViewSet)
