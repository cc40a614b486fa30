"""The permission matrix, through the admin: for each role, section and action, allowed actions
succeed and the others are refused and change nothing."""

import pytest

from django.urls import reverse

from wagtail.models import Page

from editorial.roles import ADMINISTRATORS, COMMUNICATIONS, PARTNERSHIPS

from .admin_forms import edit_form_data

# The page of the site tree (tests/editorial/conftest.py) standing for each section.
SECTIONS = {
    "home": "home",
    "content pages": "content",
    "institutes": "institute",
    "themes": "theme",
    "platforms": "platform",
    "partners": "partner",
    "portfolio": "project",
    "news": "news",
}
ACTIONS = ("view", "save", "publish", "unpublish", "delete")
EDITING = {"view", "save", "publish", "unpublish"}

ALLOWED = {
    # Every public page, but deleting a published page is left to administrators.
    COMMUNICATIONS: dict.fromkeys(SECTIONS, EDITING),
    # Their sections only; news they write goes through review (tests/editorial/test_workflow.py).
    PARTNERSHIPS: {"partners": EDITING, "portfolio": EDITING},
    ADMINISTRATORS: {section: set(ACTIONS) for section in SECTIONS},
}

MATRIX = [
    pytest.param(role, section, action, action in ALLOWED[role].get(section, set()), id=f"{role}-{section}-{action}")
    for role in ALLOWED
    for section in SECTIONS
    for action in ACTIONS
]


def assert_refused(response):
    if response.status_code == 302:
        assert response["Location"] in {reverse("wagtailadmin_home")} or response["Location"].startswith(
            reverse("wagtailadmin_pages:edit", args=(response.wsgi_request.resolver_match.kwargs["page_id"],))
        )
    else:
        assert response.status_code == 403


def snapshot(page):
    page = Page.objects.get(pk=page.pk).specific
    return {
        "live": page.live,
        "title_fr": page.title_fr,
        "revisions": page.revisions.count(),
        "latest_title_fr": page.get_latest_revision_as_object().title_fr,
    }


@pytest.mark.django_db
@pytest.mark.parametrize(("role", "section", "action", "allowed"), MATRIX)
def test_permission_matrix(client, site_tree, role_user, role, section, action, allowed):
    user = role_user[role]
    page = getattr(site_tree, SECTIONS[section]).specific
    client.force_login(user)
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    before = snapshot(page)

    if action == "view":
        response = client.get(edit_url)
        if allowed:
            assert response.status_code == 200
            assert b'name="title_fr"' in response.content and b'name="title_en"' in response.content
        else:
            assert_refused(response)
        return

    if action in ("save", "publish"):
        data = edit_form_data(page, user, title_fr=f"{page.title_fr} (modifié)")
        if action == "publish":
            data["action-publish"] = "action-publish"
        response = client.post(edit_url, data)
    elif action == "unpublish":
        response = client.post(reverse("wagtailadmin_pages:unpublish", args=(page.pk,)))
    else:
        response = client.post(reverse("wagtailadmin_pages:delete", args=(page.pk,)))

    if not allowed:
        assert_refused(response)
        assert Page.objects.filter(pk=page.pk).exists()
        assert snapshot(page) == before
        return

    assert response.status_code == 302, response.context and response.context.get("form").errors
    if action == "delete":
        assert not Page.objects.filter(pk=page.pk).exists()
        return
    after = snapshot(page)
    if action == "save":
        assert after["latest_title_fr"] == f"{page.title_fr} (modifié)"
        assert after["title_fr"] == page.title_fr  # the live version is untouched
        assert after["live"]
    elif action == "publish":
        assert after["title_fr"] == f"{page.title_fr} (modifié)"
        assert after["live"]
    else:
        assert not after["live"]


@pytest.mark.django_db
@pytest.mark.parametrize("section", SECTIONS)
def test_a_user_without_a_role_edits_nothing(client, site_tree, plain_admin_user, section):
    page = getattr(site_tree, SECTIONS[section])
    client.force_login(plain_admin_user)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert_refused(client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,))))


@pytest.mark.django_db
def test_deleting_a_published_page_is_explained_to_those_who_may_edit_it(client, site_tree, communications_user):
    client.force_login(communications_user)
    response = client.post(reverse("wagtailadmin_pages:delete", args=(site_tree.content.pk,)), follow=True)
    assert "Seul un administrateur peut supprimer une page qui a été publiée" in response.content.decode()
    assert Page.objects.filter(pk=site_tree.content.pk).exists()


@pytest.mark.django_db
def test_a_draft_never_published_can_be_deleted_by_its_section_editor(client, site_tree, partnerships_user):
    from partners.factories import PartnerPageFactory

    draft = PartnerPageFactory(parent=site_tree.partners, live=False, owner=partnerships_user)
    client.force_login(partnerships_user)
    response = client.post(reverse("wagtailadmin_pages:delete", args=(draft.pk,)))
    assert response.status_code == 302
    assert not Page.objects.filter(pk=draft.pk).exists()


@pytest.mark.django_db
def test_partnerships_can_write_news_but_not_publish_it(client, site_tree, partnerships_user):
    client.force_login(partnerships_user)
    add_url = reverse("wagtailadmin_pages:add", args=("news", "newspage", site_tree.news_index.pk))
    assert client.get(add_url).status_code == 200
    # The news index itself and other people's news stay read-only.
    assert_refused(client.get(reverse("wagtailadmin_pages:edit", args=(site_tree.news_index.pk,))))
    assert_refused(client.get(reverse("wagtailadmin_pages:edit", args=(site_tree.news.pk,))))


@pytest.mark.django_db
def test_communications_cannot_manage_users(client, site_tree, communications_user):
    client.force_login(communications_user)
    assert_refused(client.get(reverse("wagtailusers_users:index")))
    assert_refused(client.get(reverse("wagtailusers_groups:index")))


@pytest.mark.django_db
def test_administrators_manage_users(client, site_tree, administrators_user):
    client.force_login(administrators_user)
    assert client.get(reverse("wagtailusers_users:index")).status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("role", "url_name", "allowed"),
    [
        (COMMUNICATIONS, "wagtailimages:add", True),
        (COMMUNICATIONS, "wagtaildocs:add", True),
        (PARTNERSHIPS, "wagtailimages:add", True),
        (COMMUNICATIONS, "wagtailsnippets_platforms_platformcategory:add", True),
        (PARTNERSHIPS, "wagtailsnippets_platforms_platformcategory:add", False),
        (PARTNERSHIPS, "wagtailsnippets_partners_agreementkind:add", True),
        (COMMUNICATIONS, "wagtailsettings:edit", True),
        (PARTNERSHIPS, "wagtailsettings:edit", False),
    ],
)
def test_media_taxonomies_and_settings(client, site_tree, role_user, role, url_name, allowed):
    client.force_login(role_user[role])
    if url_name == "wagtailsettings:edit":
        url = reverse(url_name, args=("institute_site", "institutesettings"))
    else:
        url = reverse(url_name)
    response = client.get(url)
    if allowed:
        if url_name == "wagtailsettings:edit":  # redirects to the default site's settings
            response = client.get(response["Location"])
        assert response.status_code == 200
    else:
        assert_refused(response)
