"""The per-process memos of shared page parts (institute_site/caching/memo.py).

They make a page the page cache does not hold (another query string, another page of the same
section) cost one query instead of a dozen. What must never happen: a visitor seeing content older
than the current generation, or an editor seeing a memo at all.
"""

import pytest

from django.core.cache import cache
from django.template import Context, Template, TemplateSyntaxError
from django.test import override_settings
from django.utils import translation

from wagtail.models import Page, PageViewRestriction

from home.factories import ContentPageFactory
from institute_site.caching import memo
from institute_site.caching.generation import bump_generation
from institute_site.factories import SiteImageFactory, generated_image_file
from institute_site.templatetags.image_tags import SharedFiltersPictureNode
from partners.factories import PartnerIndexPageFactory, PartnerPageFactory


@pytest.fixture(autouse=True)
def page_cache():
    cache.clear()
    memo.clear()
    with override_settings(PAGE_CACHE_ENABLED=True):
        yield
    cache.clear()
    memo.clear()


@pytest.fixture
def about(home_page):
    return ContentPageFactory(
        parent=home_page, title_fr="À propos", title_en="About", slug_fr="a-propos", slug_en="about"
    )


@pytest.fixture
def team(about):
    return ContentPageFactory(parent=about, title_fr="Équipe", title_en="Team", slug_fr="equipe", slug_en="team")


def test_outside_a_generation_every_call_computes():
    calls = []
    for _ in range(2):
        memo.memoized("key", lambda: calls.append(1))
    assert len(calls) == 2


def test_within_a_generation_a_value_is_computed_once_and_a_new_generation_recomputes():
    calls = []

    def compute():
        calls.append(1)
        return len(calls)

    with memo.generation_scope("g1"):
        assert [memo.memoized("key", compute) for _ in range(3)] == [1, 1, 1]
    with memo.generation_scope("g2"):
        assert memo.memoized("key", compute) == 2


def test_the_least_recently_used_entries_go_first(settings):
    settings.MEMO_MAX_ENTRIES = 2
    with memo.generation_scope("g"):
        for key in ("a", "b", "c"):
            memo.remember(key, key.upper())
        assert memo.recall("a") is None
        assert [memo.recall("b"), memo.recall("c")] == ["B", "C"]
        assert memo.size() == 2


def test_a_fragment_needs_a_quoted_name():
    with pytest.raises(TemplateSyntaxError):
        Template("{% load memo_tags %}{% memo name %}x{% endmemo %}")


def test_a_fragment_is_kept_per_name_values_and_language():
    template = Template("{% load memo_tags %}{% memo 'greeting' who %}{{ who }} {{ extra }}{% endmemo %}")
    with memo.generation_scope("g"):
        assert template.render(Context({"who": "Ada", "extra": 1})) == "Ada 1"
        assert template.render(Context({"who": "Ada", "extra": 2})) == "Ada 1", "kept: extra is not a key"
        assert template.render(Context({"who": "Bob", "extra": 2})) == "Bob 2"
        with translation.override("en"):
            assert template.render(Context({"who": "Ada", "extra": 4})) == "Ada 4", "another language: rendered"
    assert template.render(Context({"who": "Ada", "extra": 3})) == "Ada 3", "outside a generation: rendered"


def test_the_picture_tag_builds_its_filters_once():
    template = Template("{% load image_tags %}{% picture image format-{webp,jpeg} width-{400,800} %}")
    node = next(n for n in template.nodelist if isinstance(n, SharedFiltersPictureNode))
    assert node.get_filters() is node.get_filters()
    assert [f.spec for f in node.get_filters()] == [
        "format-webp|width-400",
        "format-webp|width-800",
        "format-jpeg|width-400",
        "format-jpeg|width-800",
    ]


def test_the_picture_tag_renders_what_wagtails_renders(db):
    image = SiteImageFactory(file=generated_image_file(size=(320, 200)), alt_text_en="A cell")
    tag = "{% picture image format-{webp,jpeg} width-{100,200} sizes='10rem' alt=image.alt_text %}"
    with translation.override("en"):
        ours = Template("{% load image_tags %}" + tag).render(Context({"image": image}))
        wagtails = Template("{% load wagtailimages_tags %}" + tag).render(Context({"image": image}))
    assert ours == wagtails
    assert 'type="image/webp"' in ours and 'alt="A cell"' in ours


def test_another_query_string_of_a_page_seen_once_costs_one_query(client, team, django_assert_num_queries):
    assert client.get("/fr/a-propos/equipe/?a=1").status_code == 200
    with django_assert_num_queries(1):  # the page itself; site, route, menus, settings are kept
        response = client.get("/fr/a-propos/equipe/?b=2")
    assert response["X-Cache"] == "MISS"
    assert "Équipe" in response.content.decode()


def test_a_publication_shows_on_pages_built_from_memos(client, about, team, django_capture_on_commit_callbacks):
    assert "À propos" in client.get("/fr/a-propos/equipe/?a=1").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        about.title_fr = "Qui sommes-nous"
        about.save_revision().publish()
    body = client.get("/fr/a-propos/equipe/?b=2").content.decode()
    assert "Qui sommes-nous" in body, "the menu and the breadcrumbs follow the publication"
    assert "À propos" not in body


def test_a_new_slug_moves_the_page_at_once(client, about, team, django_capture_on_commit_callbacks):
    assert client.get("/fr/a-propos/equipe/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        team.slug_fr = "notre-equipe"
        team.save_revision().publish()
    old = client.get("/fr/a-propos/equipe/?b=2")
    assert (old.status_code, old["Location"]) == (301, "/fr/a-propos/notre-equipe/"), "Wagtail's automatic redirect"
    assert client.get("/fr/a-propos/notre-equipe/").status_code == 200


def test_a_page_made_private_stops_being_shown(client, about, django_capture_on_commit_callbacks):
    assert "À propos" in client.get("/fr/a-propos/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/fr/a-propos/")
    assert response.status_code == 302, "a visitor is sent to log in, not shown the cached page"
    assert client.get("/fr/a-propos/?b=2").status_code == 302


def test_editors_never_see_a_memo(client, admin_client, about, team):
    client.get("/fr/a-propos/equipe/?a=1")
    # A change that sends no signal, so the generation stays: visitors still see the memo...
    Page.objects.filter(pk=about.pk).update(title_fr="Changé sans signal")
    assert "Changé sans signal" not in client.get("/fr/a-propos/equipe/?b=2").content.decode()
    # ...an editor sees the database.
    assert "Changé sans signal" in admin_client.get("/fr/a-propos/equipe/?c=3").content.decode()
    bump_generation()
    assert "Changé sans signal" in client.get("/fr/a-propos/equipe/?d=4").content.decode()


def test_a_listing_is_kept_per_filter_values_not_per_other_parameters(client, home_page, django_assert_max_num_queries):
    partners = PartnerIndexPageFactory(parent=home_page, slug_fr="partenaires", slug_en="partners")
    PartnerPageFactory(parent=partners, title_fr="Alpha", level="national", country="FR")
    PartnerPageFactory(parent=partners, title_fr="Beta", level="european", country="DE")
    national = client.get("/fr/partenaires/?level=national&a=1").content.decode()
    assert "Alpha" in national and "Beta" not in national
    with django_assert_max_num_queries(1):
        again = client.get("/fr/partenaires/?level=national&b=2").content.decode()
    assert "Alpha" in again and "Beta" not in again
    european = client.get("/fr/partenaires/?level=european").content.decode()
    assert "Beta" in european and "Alpha" not in european
    assert "a=1" not in again, "links keep the visitor's own query string, not the first visitor's"
