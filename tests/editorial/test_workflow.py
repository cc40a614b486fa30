"""News review, scheduled publishing and concurrent edits, through the admin."""

import datetime

import pytest

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, WorkflowState

from editorial.roles import NEWS_REVIEW_TASK_NAME
from news.models import NewsPage

from .admin_forms import create_form_data, edit_form_data


def submit_news(client, site_tree, author, title_fr="Nouvel accord signé", title_en="New agreement signed"):
    client.force_login(author)
    data = create_form_data(
        NewsPage,
        site_tree.news_index,
        author,
        title_fr=title_fr,
        title_en=title_en,
        slug_fr="nouvel-accord-signe",
        slug_en="new-agreement-signed",
        summary_fr="Un accord avec un industriel.",
        summary_en="An agreement with a company.",
        **{"action-submit": "action-submit"},
    )
    response = client.post(reverse("wagtailadmin_pages:add", args=("news", "newspage", site_tree.news_index.pk)), data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    return NewsPage.objects.get(slug_fr="nouvel-accord-signe")


def latest_revision(page):
    return Page.objects.get(pk=page.pk).get_latest_revision()


def admin_time(value):
    """A datetime as the admin's date-time field expects it (the user's time zone)."""
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")


@pytest.mark.django_db
def test_news_goes_live_only_once_communications_approves(
    client, site_tree, partnerships_user, communications_user, django_assert_max_num_queries
):
    news = submit_news(client, site_tree, partnerships_user)
    assert not news.live
    assert news.workflow_in_progress
    # Communications is told by e-mail.
    assert any(communications_user.email in message.to and news.title in message.subject for message in mail.outbox)
    state = news.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert news.current_workflow_task.name == NEWS_REVIEW_TASK_NAME
    # Not on the site yet, in either language.
    assert client.get(f"/fr/{news.url_path_fr.split('/', 2)[2]}").status_code == 404

    # The author cannot approve their own submission.
    task_state = state.current_task_state
    approve_url = reverse("wagtailadmin_pages:workflow_action", args=(news.pk, "approve", task_state.pk))
    client.post(approve_url, {"comment": ""})
    news.refresh_from_db()
    assert not news.live

    # Communications sees it awaiting review on the dashboard, previews it, and approves it.
    client.force_login(communications_user)
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert "Nouvel accord signé" in dashboard.content.decode()
    preview = client.get(reverse("wagtailadmin_pages:workflow_preview", args=(news.pk, task_state.task_id)))
    assert preview.status_code == 200
    response = client.post(approve_url, {"comment": "Parfait."})
    assert response.status_code == 302
    news.refresh_from_db()
    assert news.live
    assert not news.workflow_in_progress
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert state.current_task_state is None or state.current_task_state.status == "approved"


@pytest.mark.django_db
def test_communications_can_send_news_back_with_a_comment(client, site_tree, partnerships_user, communications_user):
    news = submit_news(client, site_tree, partnerships_user)
    task_state = news.current_workflow_state.current_task_state
    client.force_login(communications_user)
    reject_url = reverse("wagtailadmin_pages:workflow_action", args=(news.pk, "reject", task_state.pk))
    response = client.post(reject_url, {"comment": "Ajoutez la version anglaise du résumé."})
    assert response.status_code == 302
    news.refresh_from_db()
    assert not news.live
    assert news.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    task_state.refresh_from_db()
    assert task_state.get_comment() == "Ajoutez la version anglaise du résumé."
    # The author can edit again, and resubmit.
    client.force_login(partnerships_user)
    assert client.get(reverse("wagtailadmin_pages:edit", args=(news.pk,))).status_code == 200


@pytest.mark.django_db
def test_scheduled_publishing_waits_for_its_date(client, site_tree, communications_user):
    page = site_tree.content
    page.save_revision().publish()  # live through a revision, as pages published in the admin are
    client.force_login(communications_user)
    go_live_at = timezone.now() + datetime.timedelta(days=2)
    data = edit_form_data(
        page,
        communications_user,
        title_fr="À propos (nouvelle version)",
        go_live_at=admin_time(go_live_at),
        **{"action-publish": "action-publish"},
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)
    assert response.status_code == 302

    page.refresh_from_db()
    revision = page.scheduled_revision
    assert revision is not None
    assert abs(revision.approved_go_live_at - go_live_at) < datetime.timedelta(minutes=1)
    assert page.title_fr != "À propos (nouvelle version)"  # the live version has not changed yet
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.title_fr != "À propos (nouvelle version)"  # too early

    # The date comes: move it to the past (on the approval and in the revision) rather than wait.
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save(update_fields=["approved_go_live_at", "content"])
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live
    assert page.title_fr == "À propos (nouvelle version)"
    assert Page.objects.get(pk=page.pk).scheduled_revision is None


@pytest.mark.django_db
def test_a_page_expires_at_its_expiry_date(client, site_tree, communications_user):
    page = site_tree.news
    page.save_revision().publish()
    client.force_login(communications_user)
    expire_at = timezone.now() + datetime.timedelta(days=30)
    data = edit_form_data(page, communications_user, expire_at=admin_time(expire_at), **{"action-publish": "1"})
    assert client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data).status_code == 302
    page.refresh_from_db()
    assert page.live
    assert abs(page.expire_at - expire_at) < datetime.timedelta(minutes=1)

    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live and not page.expired

    Page.objects.filter(pk=page.pk).update(expire_at=timezone.now() - datetime.timedelta(minutes=1))
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert not page.live
    assert page.expired


@pytest.mark.django_db
def test_a_page_locked_by_one_editor_cannot_be_saved_by_another(
    client, site_tree, communications_user, partnerships_user
):
    page = site_tree.partner
    client.force_login(partnerships_user)
    assert client.post(reverse("wagtailadmin_pages:lock", args=(page.pk,))).status_code == 302
    page.refresh_from_db()
    assert page.locked and page.locked_by == partnerships_user

    client.force_login(communications_user)
    revisions = page.revisions.count()
    data = edit_form_data(page, communications_user, title_fr="Écrasé")
    response = client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), data)
    assert response.status_code == 200  # the form again, with the reason
    assert "locked" in response.content.decode().lower() or "verrouill" in response.content.decode().lower()
    assert page.revisions.count() == revisions
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title_fr != "Écrasé"


@pytest.mark.django_db
def test_saving_over_a_newer_version_warns_and_keeps_both(client, site_tree, communications_user, administrators_user):
    page = site_tree.project
    page.save_revision(user=communications_user)
    # Both open the edit form on the same version.
    camille_form = edit_form_data(page, communications_user, title_fr="Version de Camille")
    alex_form = edit_form_data(page, administrators_user, title_fr="Version d'Alex")
    loaded_revision = page.get_latest_revision()

    client.force_login(administrators_user)
    response = client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), alex_form)
    assert response.status_code == 302, response.context["form"].errors
    alex_revision = latest_revision(page)
    assert alex_revision != loaded_revision

    # Camille's autosave (the editor saves in the background) is refused: a newer version exists.
    client.force_login(communications_user)
    autosave = client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        {**camille_form, "loaded_revision_id": str(loaded_revision.pk)},
        headers={"Accept": "application/json"},
    )
    assert autosave.status_code == 400
    assert autosave.json()["error_code"] == "invalid_revision"
    assert latest_revision(page) == alex_revision

    # The editor's session also tells Camille that Alex saved a newer version.
    ping = client.post(
        reverse("wagtailadmin_editing_sessions:ping", args=("portfolio", "portfolioprojectpage", page.pk, 0)),
        {"revision_id": loaded_revision.pk, "revision_created_at": loaded_revision.created_at.isoformat()},
    )
    newer = [session for session in ping.json()["other_sessions"] if session["revision_id"]]
    assert newer and newer[0]["revision_id"] == alex_revision.pk

    # Saving the form anyway keeps both versions and says so, with a link to compare them.
    response = client.post(reverse("wagtailadmin_pages:edit", args=(page.pk,)), camille_form, follow=True)
    content = response.content.decode()
    assert "Alex Admin" in content
    assert reverse("wagtailadmin_pages:revisions_compare", args=(page.pk, loaded_revision.pk, alex_revision.pk)) in (
        content.replace("&amp;", "&")
    )
    titles = [revision.as_object().title_fr for revision in page.revisions.order_by("created_at")]
    assert titles[-2:] == ["Version d'Alex", "Version de Camille"]


@pytest.mark.django_db
def test_a_reviewer_comments_on_a_field_of_submitted_news(client, site_tree, partnerships_user, communications_user):
    from wagtail.models import Comment

    news = submit_news(client, site_tree, partnerships_user)
    client.force_login(communications_user)
    data = edit_form_data(news, communications_user)
    data.update(
        {
            "comments-TOTAL_FORMS": "1",
            "comments-0-DELETE": "",
            "comments-0-resolved": "",
            "comments-0-id": "",
            "comments-0-contentpath": "summary_en",
            "comments-0-text": "Please say which company.",
            "comments-0-position": "",
            "comments-0-replies-TOTAL_FORMS": "0",
            "comments-0-replies-INITIAL_FORMS": "0",
            "comments-0-replies-MIN_NUM_FORMS": "0",
            "comments-0-replies-MAX_NUM_FORMS": "1000",
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=(news.pk,)), data)
    assert response.status_code == 302
    comment = Comment.objects.get(page=news)
    assert (comment.contentpath, comment.text, comment.user) == (
        "summary_en",
        "Please say which company.",
        communications_user,
    )
    news.refresh_from_db()
    assert not news.live  # commenting is not approving
    # Changes requested, the author sees the comment back in the editor.
    task_state = news.current_workflow_state.current_task_state
    client.post(reverse("wagtailadmin_pages:workflow_action", args=(news.pk, "reject", task_state.pk)), {"comment": ""})
    client.force_login(partnerships_user)
    assert (
        "Please say which company." in client.get(reverse("wagtailadmin_pages:edit", args=(news.pk,))).content.decode()
    )
