"""The editorial roles, as Wagtail groups: who may do what, and the news review workflow.

The groups themselves are created by a migration; their permissions are attached to pages
that exist only once content is loaded, so `sync_roles` (idempotent) sets them, and sets
them exactly: a permission removed from this file is removed from the group.

- Communications: create, edit, publish and unpublish every public page; images and documents;
  site settings, redirects and the taxonomies; approves the news Partnerships submit.
  No user management.
- Partnerships: create, edit and publish partner pages and portfolio projects; write news,
  which Communications reviews before it goes live; read-only elsewhere.
- Administrators: everything, users included.

Deleting a page that has been published is an administrator's act (see `wagtail_hooks`):
pages are linked to one another, and unpublishing is the reversible way to withdraw one.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

COMMUNICATIONS = "Communications"
PARTNERSHIPS = "Partnerships"
ADMINISTRATORS = "Administrators"
ROLE_NAMES = (COMMUNICATIONS, PARTNERSHIPS, ADMINISTRATORS)

NEWS_WORKFLOW_NAME = "News review"
NEWS_REVIEW_TASK_NAME = "Communications review"
# Created by Wagtail's own migrations on the root page. Left there it would offer every
# editor a "submit for moderation" to a group nobody belongs to.
WAGTAIL_DEFAULT_WORKFLOW_NAME = "Moderators approval"

ALL_PAGE_PERMISSIONS = ("add", "change", "publish", "lock", "unlock", "bulk_delete")
MEDIA_MANAGEMENT = ("add", "change", "delete", "choose")
MEDIA_USE = ("add", "choose")

ROLE_DESCRIPTIONS = {
    COMMUNICATIONS: _("Creates, edits, publishes and unpublishes every public page; approves submitted news."),
    PARTNERSHIPS: _("Edits and publishes partners and portfolio projects; submits news for review."),
    ADMINISTRATORS: _("Everything, users included."),
}

# Model permissions ("app_label.codename") each role needs besides its page permissions.
MODEL_PERMISSIONS = {
    COMMUNICATIONS: (
        "wagtailadmin.access_admin",
        "institute_site.change_institutesettings",
        "partners.add_agreementkind",
        "partners.change_agreementkind",
        "partners.delete_agreementkind",
        "partners.view_agreementkind",
        "platforms.add_platformcategory",
        "platforms.change_platformcategory",
        "platforms.delete_platformcategory",
        "platforms.view_platformcategory",
        "wagtailredirects.add_redirect",
        "wagtailredirects.change_redirect",
        "wagtailredirects.delete_redirect",
    ),
    PARTNERSHIPS: (
        "wagtailadmin.access_admin",
        "partners.add_agreementkind",
        "partners.change_agreementkind",
        "partners.view_agreementkind",
        "platforms.view_platformcategory",
    ),
}

# Collection permissions on the root collection, for images and documents.
COLLECTION_PERMISSIONS = {
    COMMUNICATIONS: {"wagtailimages": MEDIA_MANAGEMENT, "wagtaildocs": MEDIA_MANAGEMENT},
    PARTNERSHIPS: {"wagtailimages": MEDIA_USE, "wagtaildocs": MEDIA_USE},
    ADMINISTRATORS: {"wagtailimages": MEDIA_MANAGEMENT, "wagtaildocs": MEDIA_MANAGEMENT},
}


def page_permissions(home, indexes):
    """Each role's page permissions: a list of (page, permission types), given the pages that exist."""
    return {
        COMMUNICATIONS: [(home, ("add", "change", "publish", "lock", "unlock"))] if home else [],
        PARTNERSHIPS: [
            *[
                (indexes[key], ("add", "change", "publish", "lock"))
                for key in ("partners", "portfolio")
                if indexes[key]
            ],
            # "add" alone: a news item they write is theirs to edit until submitted; never to publish.
            *[(indexes[key], ("add",)) for key in ("news",) if indexes[key]],
        ],
        ADMINISTRATORS: [(Page.get_first_root_node(), ALL_PAGE_PERMISSIONS)],
    }


def _permissions(names):
    permissions = []
    for name in names:
        app_label, codename = name.split(".")
        permissions.append(Permission.objects.get(content_type__app_label=app_label, codename=codename))
    return permissions


def _page_permission(permission_type):
    return Permission.objects.get(content_type__app_label="wagtailcore", codename=f"{permission_type}_page")


def _collection_permission(app_label, action):
    model = {"wagtailimages": "image", "wagtaildocs": "document"}[app_label]
    return Permission.objects.get(content_type__app_label=app_label, codename=f"{action}_{model}")


def _site_indexes():
    from news.models import NewsIndexPage
    from partners.models import PartnerIndexPage
    from portfolio.models import PortfolioIndexPage

    return {
        "partners": PartnerIndexPage.objects.order_by("path").first(),
        "portfolio": PortfolioIndexPage.objects.order_by("path").first(),
        "news": NewsIndexPage.objects.order_by("path").first(),
    }


def _sync_page_permissions(group, wanted):
    wanted_pairs = {(page.pk, _page_permission(kind).pk) for page, kinds in wanted for kind in kinds}
    existing = GroupPagePermission.objects.filter(group=group)
    existing.exclude(pk__in=[gpp.pk for gpp in existing if (gpp.page_id, gpp.permission_id) in wanted_pairs]).delete()
    for page_id, permission_id in wanted_pairs:
        GroupPagePermission.objects.get_or_create(group=group, page_id=page_id, permission_id=permission_id)


def _sync_collection_permissions(group, wanted):
    root_collection = Collection.get_first_root_node()
    wanted_ids = {
        _collection_permission(app_label, action).pk for app_label, actions in wanted.items() for action in actions
    }
    GroupCollectionPermission.objects.filter(group=group).exclude(
        collection=root_collection, permission_id__in=wanted_ids
    ).delete()
    for permission_id in wanted_ids:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root_collection, permission_id=permission_id
        )


def _sync_news_workflow(communications, news_index):
    task = GroupApprovalTask.objects.filter(name=NEWS_REVIEW_TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=NEWS_REVIEW_TASK_NAME)
    task.active = True
    task.save()
    task.groups.set([communications])

    workflow, _created = Workflow.objects.get_or_create(name=NEWS_WORKFLOW_NAME)
    workflow.active = True
    workflow.save()
    WorkflowTask.objects.filter(workflow=workflow).exclude(task=task).delete()
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    if news_index is not None:
        WorkflowPage.objects.update_or_create(page=news_index, defaults={"workflow": workflow})
    WorkflowPage.objects.filter(page=Page.get_first_root_node(), workflow__name=WAGTAIL_DEFAULT_WORKFLOW_NAME).delete()
    return workflow


@transaction.atomic
def sync_roles():
    """Create or update the three roles' groups, permissions and the news workflow. Idempotent."""
    from home.models import HomePage

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLE_NAMES}
    home = HomePage.objects.order_by("path").first()
    indexes = _site_indexes()

    groups[ADMINISTRATORS].permissions.set(Permission.objects.all())
    for name in (COMMUNICATIONS, PARTNERSHIPS):
        groups[name].permissions.set(_permissions(MODEL_PERMISSIONS[name]))
    for name, wanted in page_permissions(home, indexes).items():
        _sync_page_permissions(groups[name], wanted)
    for name, wanted in COLLECTION_PERMISSIONS.items():
        _sync_collection_permissions(groups[name], wanted)
    workflow = _sync_news_workflow(groups[COMMUNICATIONS], indexes["news"])
    return groups, workflow
