"""`load_demo_content`: every section filled in both languages, idempotent, rebuilt by --reset."""

from io import StringIO

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Count
from django.test import override_settings
from django.utils import translation
from django.utils.html import escape

from wagtail.models import Collection, Page, Revision, Site

from home.models import ContentPage, HomePage
from institute_site.demo.data import institutes as institute_data
from institute_site.demo.data import news as news_data
from institute_site.demo.data import partners as partner_data
from institute_site.demo.data import portfolio as portfolio_data
from institute_site.demo.loader import COLLECTION_NAME, DemoLoader
from institute_site.models import InstituteSettings, SiteImage
from institutes.models import InstituteKeyFigure, InstitutePage
from news.models import NewsPage
from partners.models import AgreementKind, PartnerPage
from platforms.models import PlatformCategory, PlatformPage
from portfolio.models import PortfolioProjectPage, ResearchThemePage

pytestmark = pytest.mark.django_db


def load(*args):
    out = StringIO()
    call_command("load_demo_content", *args, stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def demo_media(tmp_path_factory):
    return tmp_path_factory.mktemp("demo-media")


@pytest.fixture(scope="module")
def loaded(django_db_setup, django_db_blocker, demo_media):
    """The demo content, loaded once for this module (a full load takes seconds).

    It is committed, so each test runs in its own transaction on top of it and whatever a test
    changes (a reset, a second load) is rolled back; the module deletes it all when it is done.
    """
    with override_settings(MEDIA_ROOT=demo_media), django_db_blocker.unblock():
        output = load()
    yield output
    with override_settings(MEDIA_ROOT=demo_media), django_db_blocker.unblock():
        DemoLoader().reset()
        Site.objects.all().delete()
        PlatformCategory.objects.all().delete()
        AgreementKind.objects.all().delete()
        Collection.objects.filter(name=COLLECTION_NAME).delete()


@pytest.fixture(autouse=True)
def media_root(settings, demo_media):
    settings.MEDIA_ROOT = demo_media


def snapshot():
    """What the loader leaves: pages by type and path, snippets, images, revisions."""
    return {
        "pages": sorted(Page.objects.values_list("content_type__model", "url_path_fr", "url_path_en")),
        "categories": sorted(PlatformCategory.objects.values_list("slug", flat=True)),
        "agreements": sorted(AgreementKind.objects.values_list("slug", flat=True)),
        "images": sorted(SiteImage.objects.values_list("title", flat=True)),
        "key_figures": InstituteKeyFigure.objects.count(),
        "revisions": Revision.objects.count(),
        "sites": Site.objects.count(),
    }


def test_every_section_is_filled(loaded):
    output = loaded

    assert HomePage.objects.count() == 1
    assert InstitutePage.objects.count() == 3
    assert ResearchThemePage.objects.count() == 5
    assert PartnerPage.objects.count() >= 30
    assert PortfolioProjectPage.objects.count() == len(portfolio_data.PROJECTS)
    assert NewsPage.objects.count() == len(news_data.NEWS)
    assert set(ContentPage.objects.values_list("slug_en", flat=True)) == {
        "about",
        "core-facilities",
        "legal-notice",
        "accessibility-statement",
    }
    # Progress is printed section by section.
    for section in ("Institutes", "Research themes", "Platforms", "Partners", "Portfolio", "News"):
        assert section in output


def test_every_page_is_live_in_both_languages_through_a_revision(loaded):
    pages = Page.objects.filter(depth__gt=1).specific()
    assert len(pages) > 60
    for page in pages:
        assert page.live and not page.has_unpublished_changes, page
        assert page.live_revision_id is not None, page
        assert page.title_fr and page.title_en, page
        assert page.slug_fr and page.slug_en, page
        assert page.summary_fr and page.summary_en, page
        if hasattr(page, "body_fr"):
            assert len(page.body_fr) and len(page.body_en), page
            assert len(page.body_fr) == len(page.body_en), page


def test_pages_have_a_url_path_per_language(loaded):
    theme = ResearchThemePage.objects.get(slug_en="epilepsy")
    assert theme.url_path_fr == "/accueil/thematiques-de-recherche/epilepsie/"
    assert theme.url_path_en == "/home/research-themes/epilepsy/"
    mri = PlatformPage.objects.get(slug_en="mri")
    assert mri.url_path_en == "/home/platforms/neuroimaging-and-neurophysiology/mri/"
    assert mri.url_path_fr == "/accueil/plateformes/neuro-imagerie-et-neurophysiologie/irm/"
    # No two pages share a path in either language.
    for field in ("url_path_fr", "url_path_en"):
        duplicates = Page.objects.values(field).annotate(n=Count("id")).filter(n__gt=1)
        assert not duplicates.exists(), list(duplicates)


def test_partners_cover_every_level_with_their_agreements(loaded):
    levels = set(PartnerPage.objects.values_list("level", flat=True))
    assert levels == {choice for choice, _ in PartnerPage.Level.choices}
    dzne = PartnerPage.objects.get(slug_en="german-center-for-neurodegenerative-diseases-dzne")
    assert (dzne.country.code, dzne.city_en) == ("DE", "Bonn")
    assert list(dzne.agreement_kinds.values_list("slug", flat=True)) == ["mou"]
    for partner in PartnerPage.objects.all():
        assert partner.agreement_kinds.exists(), partner
        assert partner.logo is not None, partner
    assert {spec["key"] for spec in partner_data.PARTNERS}.issuperset({"roche", "lilly", "cyceron-caen"})


def test_relations_are_set_in_both_directions(loaded):
    icm = InstitutePage.objects.get(slug_en="icm")
    assert icm.led_themes.count() == 5
    assert icm.hosted_platforms.count() == PlatformPage.objects.count()
    parkinson = ResearchThemePage.objects.get(slug_en="parkinsons-disease")
    assert {partner.slug_en for partner in parkinson.partners.all()} >= {"us-national-institutes-of-health-nih"}
    study = parkinson.news_items.get()
    assert study.date.isoformat() == "2014-07-27"
    roche = PartnerPage.objects.get(slug_en="roche")
    project = roche.projects.get()
    assert project.status == PortfolioProjectPage.Status.ONGOING
    assert (project.start_year, project.end_year) == (None, None)
    assert not project.outcomes_fr and not project.outcomes_en
    global_care = PortfolioProjectPage.objects.get(kind=PortfolioProjectPage.Kind.CONSORTIUM)
    assert global_care.platforms.count() == 5


def test_core_facilities_sit_under_their_platforms(loaded):
    index = Page.objects.get(slug_en="platforms")
    top = PlatformPage.objects.child_of(index)
    assert top.count() == 5
    facilities = set(PlatformPage.objects.exclude(pk__in=top).values_list("slug_en", flat=True))
    assert facilities >= {
        "mri",
        "virtual-reality",
        "cellular-imaging",
        "electrophysiology",
        "preclinical-functional-exploration",
    }
    for platform in top:
        assert platform.category is not None


def test_key_figures_keep_the_year_or_say_there_is_none(loaded):
    icm = InstitutePage.objects.get(slug_en="icm")
    figures = {figure.value: figure for figure in icm.key_figures.all()}
    assert figures["500"].year is None
    assert "no year" in figures["500"].source_en and "sans année" in figures["500"].source_fr
    inserm = InstitutePage.objects.get(slug_en="inserm")
    articles = inserm.key_figures.get(value="9\u00a0235")
    assert articles.year == 2014
    expected = sum(len(spec["key_figures"]) for spec in institute_data.INSTITUTES)
    assert InstituteKeyFigure.objects.count() == expected


def test_images_are_generated_locally_with_alt_text_in_both_languages(loaded):
    images = SiteImage.objects.filter(collection__name=COLLECTION_NAME)
    assert images.count() > 60
    for image in images:
        assert image.alt_text_fr and image.alt_text_en, image
        assert image.alt_text_fr != image.alt_text_en, image
        assert image.width > 0 and image.height > 0
    assert all(page.listing_image_id for page in NewsPage.objects.all())


def test_site_and_settings_point_at_the_demo(loaded):
    home = HomePage.objects.get()
    site = Site.objects.get(is_default_site=True)
    assert site.root_page_id == home.pk
    settings = InstituteSettings.for_site(site)
    assert settings.name_en == "The Brain & Spine Institute (ICM)"
    assert settings.name_fr == "Institut du Cerveau et de la Moelle épinière (ICM)"
    assert settings.legal_page.specific.slug_en == "legal-notice"
    assert settings.accessibility_page.specific.slug_en == "accessibility-statement"
    assert home.featured_institute.slug_en == "icm"
    assert home.featured_themes.count() == 5
    assert home.highlighted_partners.count() == 6
    assert home.hero_image.alt_text_en and home.hero_intro_fr and home.hero_intro_en


def test_loading_twice_changes_nothing(loaded):
    first = snapshot()
    output = load()
    assert snapshot() == first
    assert "0 pages created" in output and "0 images drawn" in output
    assert PartnerPage.objects.values("slug_en").distinct().count() == PartnerPage.objects.count()


def test_loading_keeps_what_editors_changed_and_restores_what_was_deleted(loaded):
    roche = PartnerPage.objects.get(slug_en="roche")
    roche.title_en = "Roche (edited)"
    roche.save_revision().publish()
    PartnerPage.objects.get(slug_en="lilly").delete()

    output = load()
    assert "Partners: 1 created" in output
    assert PartnerPage.objects.get(slug_en="roche").title_en == "Roche (edited)"
    assert PartnerPage.objects.filter(slug_en="lilly").count() == 1


def test_reset_rebuilds_from_scratch(loaded):
    first = snapshot()
    old_ids = set(Page.objects.filter(depth__gt=1).values_list("pk", flat=True))
    roche = PartnerPage.objects.get(slug_en="roche")
    roche.title_en = "Roche (edited)"
    roche.save_revision().publish()

    output = load("--reset")
    assert "Reset: deleted" in output
    after = snapshot()
    assert after["pages"] == first["pages"]
    assert after["images"] == first["images"]
    assert after["key_figures"] == first["key_figures"]
    assert PartnerPage.objects.get(slug_en="roche").title_en == "Roche"
    assert not old_ids & set(Page.objects.values_list("pk", flat=True))


def test_if_empty_skips_a_site_with_content(loaded):
    count = Page.objects.count()
    assert "nothing loaded" in load("--if-empty")
    assert Page.objects.count() == count


def test_if_empty_fills_a_bare_home_page(loaded):
    # A home page with nothing under it, as the first version of the command left, is filled.
    home = HomePage.objects.get()
    for child in home.get_children():
        child.delete()
    load("--if-empty")
    assert HomePage.objects.get().pk == home.pk
    assert PartnerPage.objects.count() >= 30


def test_demo_admin_only_in_debug(loaded, settings):
    settings.DEBUG = False
    assert "Demo admin" not in load()
    assert not get_user_model().objects.filter(username="admin").exists()

    settings.DEBUG = True
    output = load()
    assert "admin / admin-demo-2026" in output
    user = get_user_model().objects.get(username="admin")
    assert user.is_superuser and user.check_password("admin-demo-2026")


def test_each_kind_of_demo_page_is_served_in_both_languages(loaded, client):
    # One page of each type (and a core facility): rendering makes the images' renditions, which
    # takes time, and every page of a type shares its template.
    samples = {}
    for page in Page.objects.filter(depth__gt=1).live().specific().order_by("path"):
        samples.setdefault((type(page), page.depth), page)
    assert len(samples) >= 15
    for page in samples.values():
        for language in ("fr", "en"):
            with translation.override(language):
                url = page.get_url()
                title = getattr(page, f"title_{language}")
            assert url.startswith(f"/{language}/"), url
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            assert escape(title) in response.content.decode(), (url, title)
