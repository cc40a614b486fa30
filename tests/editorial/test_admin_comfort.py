"""CSV exports, the partner and portfolio listings, the taxonomies and the admin in French."""

import csv
import io

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from wagtail.users.models import UserProfile

from partners.factories import AgreementKindFactory, PartnerPageFactory
from partners.models import PartnerPage
from platforms.factories import PlatformCategoryFactory
from portfolio.factories import PortfolioProjectPageFactory, ResearchThemePageFactory
from portfolio.models import PortfolioProjectPage


def form_fields(html):
    """What a browser would submit from the page's main form, unchanged."""
    soup = BeautifulSoup(html, "html.parser")
    form = soup.find("form", attrs={"method": lambda value: value and value.lower() == "post"})
    data = {}
    for field in form.find_all(["input", "select", "textarea"]):
        name = field.get("name")
        if not name or field.get("type") in ("submit", "file"):
            continue
        if field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data[name] = field.get("value", "on")
        elif field.name == "select":
            selected = field.find("option", selected=True) or field.find("option")
            data[name] = selected.get("value", "") if selected else ""
        elif field.name == "textarea":
            data[name] = field.text
        else:
            data[name] = field.get("value", "")
    return data


def read_csv(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    raw = response.content
    assert raw.startswith("\ufeff".encode())  # so that Excel reads UTF-8
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def prefer(user, language):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.fixture(autouse=True)
def english_admin(communications_user, partnerships_user):
    for user in (communications_user, partnerships_user):
        prefer(user, "en")


@pytest.fixture
def partnerships_data(site_tree):
    theme = ResearchThemePageFactory(parent=site_tree.themes, title_fr="Épilepsie", title_en="Epilepsy")
    kind = AgreementKindFactory(name_fr="Contrat de R&D", name_en="R&D contract")
    partner = PartnerPageFactory(
        parent=site_tree.partners,
        title_fr="Université de Genève",
        title_en="University of Geneva",
        level=PartnerPage.Level.INTERNATIONAL,
        country="CH",
        city_fr="Genève",
        city_en="Geneva",
    )
    partner.themes.add(theme)
    partner.agreement_kinds.add(kind)
    partner.save()
    project = PortfolioProjectPageFactory(
        parent=site_tree.portfolio,
        title_fr="Électrodes souples",
        title_en="Soft electrodes",
        kind=PortfolioProjectPage.Kind.LICENCE,
        status=PortfolioProjectPage.Status.COMPLETED,
        start_year=2016,
        end_year=2019,
    )
    project.partners.add(partner)
    project.themes.add(theme)
    project.save()
    return partner, project


@pytest.mark.django_db
def test_partners_csv_has_both_titles_and_the_partner_details(
    client, site_tree, partnerships_user, partnerships_data, django_assert_max_num_queries
):
    client.force_login(partnerships_user)
    for _ in range(5):
        PartnerPageFactory(parent=site_tree.partners)
    with django_assert_max_num_queries(25):
        rows = read_csv(client.get(reverse("editorial:export_partners")))
    header, *body = rows
    assert header[:4] == ["Title (French)", "Title (English)", "Level", "Country"]
    geneva = next(row for row in body if row[0] == "Université de Genève")
    assert geneva[1] == "University of Geneva"
    assert geneva[2] == "International"
    assert geneva[3] == "Switzerland"
    assert geneva[4:6] == ["Genève", "Geneva"]
    assert "R&D contract" in geneva  # the admin language
    assert "Épilepsie" in geneva and "Epilepsy" in geneva
    assert len(body) == 6


@pytest.mark.django_db
def test_portfolio_csv_has_kind_status_years_partners_and_themes(
    client, site_tree, communications_user, partnerships_data
):
    client.force_login(communications_user)
    header, *body = read_csv(client.get(reverse("editorial:export_portfolio")))
    assert header[:6] == ["Title (French)", "Title (English)", "Kind", "Status", "Start year", "End year"]
    assert body == [
        [
            "Électrodes souples",
            "Soft electrodes",
            "Licence",
            "Completed",
            "2016",
            "2019",
            "Université de Genève",
            "University of Geneva",
            "Épilepsie",
            "Epilepsy",
            "live",
            f"http://testserver{reverse('wagtailadmin_pages:edit', args=(partnerships_data[1].pk,))}",
        ]
    ]


@pytest.mark.django_db
def test_csv_headings_follow_the_admin_language(client, site_tree, partnerships_user, partnerships_data):
    prefer(partnerships_user, "fr")
    client.force_login(partnerships_user)
    header, *body = read_csv(client.get(reverse("editorial:export_portfolio")))
    with translation.override("fr"):
        french_status = gettext("Status")
    assert french_status != "Status"
    assert header[3] == french_status
    assert body[0][0] == "Électrodes souples"


@pytest.mark.django_db
@pytest.mark.parametrize("url_name", ["editorial:export_partners", "editorial:export_portfolio"])
def test_csv_exports_are_refused_without_access_to_the_section(client, site_tree, plain_admin_user, url_name):
    client.force_login(plain_admin_user)
    response = client.get(reverse(url_name))
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


@pytest.mark.django_db
def test_csv_exports_need_a_login(client, site_tree):
    response = client.get(reverse("editorial:export_partners"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("wagtailadmin_login"))


@pytest.mark.django_db
def test_partner_listing_has_its_columns_filters_and_export(client, site_tree, partnerships_user, partnerships_data):
    partner, _project = partnerships_data
    other = PartnerPageFactory(parent=site_tree.partners, title_fr="Région", level=PartnerPage.Level.REGIONAL)
    client.force_login(partnerships_user)
    url = reverse("partners:index")
    content = client.get(url).content.decode()
    assert "Université de Genève" in content and "Région" in content
    assert "Switzerland" in content and "International" in content
    assert reverse("editorial:export_partners") in content
    filtered = client.get(url, {"level": "international"}).content.decode()
    assert "Université de Genève" in filtered and other.title not in filtered
    by_country = client.get(url, {"country": "CH"}).content.decode()
    assert "Université de Genève" in by_country and other.title not in by_country
    assert client.get(url, {"level": "nowhere", "p": "abc"}).status_code == 200


@pytest.mark.django_db
def test_portfolio_listing_has_its_columns_filters_and_export(
    client, site_tree, communications_user, partnerships_data
):
    partner, project = partnerships_data
    ongoing = PortfolioProjectPageFactory(parent=site_tree.portfolio, title_fr="Projet en cours")
    client.force_login(communications_user)
    url = reverse("portfolio:index")
    content = client.get(url).content.decode()
    assert "Électrodes souples" in content and "Licence" in content and "Completed" in content
    assert reverse("editorial:export_portfolio") in content
    completed = client.get(url, {"status": "completed"}).content.decode()
    assert "Électrodes souples" in completed and ongoing.title not in completed
    with_partner = client.get(url, {"partners": partner.pk}).content.decode()
    assert "Électrodes souples" in with_partner and ongoing.title not in with_partner


@pytest.mark.django_db
def test_taxonomies_are_edited_in_both_languages(client, site_tree, communications_user):
    PlatformCategoryFactory(name_fr="Imagerie", name_en="Imaging")
    client.force_login(communications_user)
    listing = client.get(reverse("wagtailsnippets_platforms_platformcategory:list")).content.decode()
    assert "Imagerie" in listing and "Imaging" in listing
    form = client.get(reverse("wagtailsnippets_partners_agreementkind:add")).content.decode()
    assert 'name="name_fr"' in form and 'name="name_en"' in form


@pytest.mark.django_db
def test_a_user_who_prefers_french_gets_a_french_admin(client, site_tree, communications_user):
    prefer(communications_user, "")
    client.force_login(communications_user)
    english = client.get(reverse("wagtailadmin_home"), headers={"Accept-Language": "en"})
    assert '<html lang="en"' in english.content.decode()

    account_url = reverse("wagtailadmin_account")
    data = form_fields(client.get(account_url).content)
    data["locale-preferred_language"] = "fr"
    response = client.post(account_url, data)
    assert response.status_code == 302
    assert UserProfile.get_for_user(communications_user).preferred_language == "fr"
    french = client.get(reverse("wagtailadmin_home"), headers={"Accept-Language": "en"})
    content = french.content.decode()
    assert '<html lang="fr"' in content
    assert "Tableau de bord" in content
