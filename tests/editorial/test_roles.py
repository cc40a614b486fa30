"""The roles' groups, `sync_roles` and the demo editors."""

import io

import pytest

from django.contrib.auth import authenticate
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from editorial.demo_users import DEMO_EDITORS, create_demo_editors
from editorial.roles import NEWS_REVIEW_TASK_NAME, NEWS_WORKFLOW_NAME, ROLE_NAMES, sync_roles


@pytest.mark.django_db
def test_the_groups_exist_from_the_migrations():
    assert set(Group.objects.filter(name__in=ROLE_NAMES).values_list("name", flat=True)) == set(ROLE_NAMES)


def role_state():
    return {
        group.name: (
            sorted(group.permissions.values_list("pk", flat=True)),
            sorted(group.page_permissions.values_list("page_id", "permission_id")),
            sorted(group.collection_permissions.values_list("collection_id", "permission_id")),
        )
        for group in Group.objects.all()
    }


@pytest.mark.django_db
def test_sync_roles_is_idempotent_and_sets_the_news_workflow(site_tree):
    before = role_state()
    output = io.StringIO()
    call_command("sync_roles", stdout=output)
    sync_roles()
    assert role_state() == before
    assert "news review workflow on" in output.getvalue()
    workflow = site_tree.news_index.get_workflow()
    assert workflow.name == NEWS_WORKFLOW_NAME
    assert [task.name for task in workflow.tasks] == [NEWS_REVIEW_TASK_NAME]
    # Pages outside news have no workflow: those who may publish there do so directly.
    assert site_tree.partners.get_workflow() is None


@pytest.mark.django_db
def test_sync_roles_removes_permissions_granted_by_hand(site_tree):
    from wagtail.models import GroupPagePermission

    partnerships = Group.objects.get(name="Partnerships")
    GroupPagePermission.objects.create(group=partnerships, page=site_tree.home, permission_type="publish")
    sync_roles()
    assert not GroupPagePermission.objects.filter(group=partnerships, page=site_tree.home).exists()


@pytest.mark.django_db
@override_settings(DEBUG=True)
def test_demo_editors_are_created_with_their_roles_and_printed(client, site_tree):
    output = io.StringIO()
    call_command("sync_roles", demo_editors=True, stdout=output)
    call_command("sync_roles", demo_editors=True, stdout=io.StringIO())  # twice: still one user per role
    for username, password, role, _first_name, _language in DEMO_EDITORS:
        assert f"{username} / {password}" in output.getvalue()
        user = authenticate(username=username, password=password)
        assert [group.name for group in user.groups.all()] == [role]
        client.force_login(user)
        assert client.get(reverse("wagtailadmin_home")).status_code == 200


@pytest.mark.django_db
def test_demo_editors_are_never_created_in_production(site_tree):
    output = io.StringIO()
    assert create_demo_editors(output) == []
    assert "only created in development" in output.getvalue()
    assert not Group.objects.get(name="Communications").user_set.exists()
