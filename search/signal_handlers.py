"""Keep the index current: a page saved (created, published, unpublished, moved) is reindexed.

Every change to a page's live row goes through `Page.save()`: publishing a revision and
unpublishing save the whole page, a move saves it after treebeard's update. Saving a draft
revision only writes Wagtail's bookkeeping fields and leaves the live text alone, so it is
skipped. Deleting a page deletes its rows (a foreign key with CASCADE). What depends on the tree
(the site, view restrictions, the URL) is read when searching, never copied into the index.
"""

from django.db.models.signals import post_save

from wagtail.models import Page

from .indexing import index_page

# Saved alone (with update_fields), these never change what a visitor reads on the live page.
BOOKKEEPING_FIELDS = frozenset(
    {
        "draft_title",
        "has_unpublished_changes",
        "latest_revision",
        "latest_revision_created_at",
        "live_revision",
        "locked",
        "locked_at",
        "locked_by",
        "go_live_at",
        "expire_at",
        "first_published_at",
        "last_published_at",
        "numchild",
    }
)


def page_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not isinstance(instance, Page):
        return
    if update_fields is not None:
        if set(update_fields) <= BOOKKEEPING_FIELDS:
            return
        # The instance in memory may hold a draft; index what was written.
        instance = Page.objects.get(pk=instance.pk)
    index_page(instance)


def register_signal_handlers():
    post_save.connect(page_saved, dispatch_uid="site_search_page_saved")
