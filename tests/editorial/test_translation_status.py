"""Missing translations: the status of one page, the edit-view panel, the report and the dashboard."""

import pytest

from django.urls import reverse
from django.utils import translation

from wagtail.admin.panels import get_edit_handler
from wagtail.users.models import UserProfile

from editorial.translation_status import missing_translations, pages_missing_translations
from institutes.factories import InstituteKeyFigureFactory
from partners.factories import PartnerPageFactory
from portfolio.factories import ResearchThemePageFactory


@pytest.fixture(autouse=True)
def english():
    """Field labels are compared in English (the admin language of these tests' users)."""
    with translation.override("en"):
        yield


@pytest.fixture
def gaps(site_tree):
    """A partner without its English city, a theme without its French summary, and a complete partner."""
    partner = PartnerPageFactory(parent=site_tree.partners, title_fr="Inserm", title_en="Inserm", city_en="")
    theme = ResearchThemePageFactory(
        parent=site_tree.themes, title_fr="Épilepsie", title_en="Epilepsy", summary_fr="", summary_en="Seizures."
    )
    complete = PartnerPageFactory(parent=site_tree.partners, title_fr="CNRS", title_en="CNRS")
    return partner, theme, complete


@pytest.mark.django_db
def test_a_field_filled_in_one_language_only_is_missing_in_the_other(gaps):
    partner, theme, complete = gaps
    assert missing_translations(partner).missing_en == ["City"]
    assert missing_translations(partner).missing_fr == []
    assert missing_translations(theme).missing_fr == ["Summary"]
    # Empty in both languages (no SEO title, no body) is optional content, not a missing translation.
    assert missing_translations(complete).is_complete


@pytest.mark.django_db
def test_rich_text_and_stream_fields_count_when_empty_in_one_language(site_tree):
    from wagtail.rich_text import RichText

    project = site_tree.project
    project.outcomes_fr = "<p>Un brevet déposé.</p>"
    project.outcomes_en = "<p></p>"
    project.body_fr = [("paragraph", RichText("<p>Texte</p>"))]
    assert set(missing_translations(project).missing_en) == {"Outcomes", "Body"}


@pytest.mark.django_db
def test_inline_key_figures_are_checked_too(site_tree):
    institute = site_tree.institute
    InstituteKeyFigureFactory(page=institute, label_en="")
    assert missing_translations(institute).missing_en == ["Key figure 1 – Label"]


@pytest.mark.django_db
def test_the_report_scans_pages_in_a_fixed_number_of_queries(site_tree, gaps, django_assert_max_num_queries):
    for _ in range(5):
        InstituteKeyFigureFactory(page=site_tree.institute, label_en="")
        PartnerPageFactory(parent=site_tree.partners, city_en="")
    # One query per page type and per translated inline relation, whatever the number of pages.
    with django_assert_max_num_queries(20):
        statuses = pages_missing_translations()
    assert len(statuses) == 8  # 6 partners, the theme and the institute


@pytest.mark.django_db
def test_every_page_edit_view_shows_its_translation_status(client, site_tree, administrators_user, gaps):
    partner, theme, complete = gaps
    client.force_login(administrators_user)
    response = client.get(reverse("wagtailadmin_pages:edit", args=(partner.pk,)))
    content = response.content.decode()
    assert "data-translation-status" in content
    # The admin speaks the site's default language, French, to a user with no preference.
    assert "Manquant en anglais :" in content and "Ville" in content
    # Every page type has the panel, including those without a relations tab.
    for page in (site_tree.home, site_tree.content, site_tree.partners, site_tree.news_index, theme, complete):
        edit_handler = get_edit_handler(type(page.specific))
        names = [child.clean_name for tab in edit_handler.children for child in tab.children]
        assert names[0] == "translation_status", type(page.specific)


@pytest.mark.django_db
def test_the_edit_view_panel_reflects_the_draft(client, site_tree, administrators_user, gaps):
    partner, _theme, _complete = gaps
    partner.city_en = "Paris"
    partner.save_revision()
    client.force_login(administrators_user)
    content = client.get(reverse("wagtailadmin_pages:edit", args=(partner.pk,))).content.decode()
    assert "data-translation-status" in content
    assert "Manquant en anglais :" not in content


@pytest.mark.django_db
def test_the_report_lists_pages_with_missing_translations_and_links_to_edit_them(
    client, site_tree, communications_user, gaps
):
    partner, theme, complete = gaps
    client.force_login(communications_user)
    url = reverse("editorial:translation_report")
    content = client.get(url).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=(partner.pk,)) in content
    assert reverse("wagtailadmin_pages:edit", args=(theme.pk,)) in content
    assert reverse("wagtailadmin_pages:edit", args=(complete.pk,)) not in content

    by_section = client.get(url, {"section": "partners"}).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=(partner.pk,)) in by_section
    assert reverse("wagtailadmin_pages:edit", args=(theme.pk,)) not in by_section

    missing_in_french = client.get(url, {"language": "fr"}).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=(theme.pk,)) in missing_in_french
    assert reverse("wagtailadmin_pages:edit", args=(partner.pk,)) not in missing_in_french

    results = client.get(reverse("editorial:translation_report_results"), {"section": "themes", "language": "fr"})
    assert reverse("wagtailadmin_pages:edit", args=(theme.pk,)) in results.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", [{"section": "nowhere"}, {"language": "de"}, {"p": "abc"}, {"p": "999"}, {"section": ["a", "b"]}]
)
def test_the_report_survives_odd_queries(client, site_tree, communications_user, gaps, query):
    client.force_login(communications_user)
    assert client.get(reverse("editorial:translation_report"), query).status_code == 200


@pytest.mark.django_db
def test_the_report_shows_only_pages_the_user_may_edit(client, site_tree, partnerships_user, gaps):
    partner, theme, _complete = gaps
    client.force_login(partnerships_user)
    content = client.get(reverse("editorial:translation_report")).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=(partner.pk,)) in content
    assert reverse("wagtailadmin_pages:edit", args=(theme.pk,)) not in content


@pytest.mark.django_db
def test_the_report_can_be_downloaded(client, site_tree, communications_user, gaps):
    client.force_login(communications_user)
    profile = UserProfile.get_for_user(communications_user)
    profile.preferred_language = "en"
    profile.save()
    response = client.get(reverse("editorial:translation_report"), {"export": "csv"})
    content = response.content.decode("utf-8")
    assert content.startswith("\ufeffPage,Section,Missing in French,Missing in English,Status")
    assert "Inserm,Partners,,City,live" in content


@pytest.mark.django_db
def test_the_report_is_refused_without_a_role(client, site_tree, plain_admin_user):
    client.force_login(plain_admin_user)
    response = client.get(reverse("editorial:translation_report"))
    assert response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")


@pytest.mark.django_db
def test_the_dashboard_summarises_missing_translations(client, site_tree, communications_user, gaps):
    client.force_login(communications_user)
    content = client.get(reverse("wagtailadmin_home")).content.decode()
    assert 'id="translation-summary' in content or "translation-summary" in content
    report = reverse("editorial:translation_report")
    assert f"{report}?section=partners&amp;language=en" in content
    assert f"{report}?section=themes&amp;language=fr" in content


@pytest.mark.django_db
def test_the_dashboard_has_no_summary_for_users_without_a_role(client, site_tree, plain_admin_user):
    client.force_login(plain_admin_user)
    assert "translation-summary" not in client.get(reverse("wagtailadmin_home")).content.decode()
