"""The template tags every page relies on: page_translations, the fallback rule, query_with."""

from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from wagtail.models import Site

from home.factories import ContentPageFactory
from institute_site.templatetags.site_tags import page_translations
from portfolio.factories import ResearchThemeIndexPageFactory, ResearchThemePageFactory


def request_for(path):
    request = RequestFactory().get(path, HTTP_HOST="localhost")
    request._wagtail_site = Site.objects.get()
    return request


def test_page_translations_gives_each_languages_url_with_its_slugs(site):
    themes = ResearchThemeIndexPageFactory(parent=site, slug_fr="thematiques", slug_en="themes")
    theme = ResearchThemePageFactory(parent=themes, slug_fr="epilepsie", slug_en="epilepsy")
    with translation.override("en"):
        urls = page_translations({"request": request_for("/en/themes/epilepsy/"), "page": theme})
    assert urls == {"fr": "/fr/thematiques/epilepsie/", "en": "/en/themes/epilepsy/"}


def test_page_translations_off_the_page_tree(site):
    with translation.override("fr"):
        assert page_translations({"request": request_for("/fr/search/")}) == {"fr": "/fr/search/", "en": "/en/search/"}
        # An address that matches nothing (a 404) leads to each language's home page.
        assert page_translations({"request": request_for("/fr/nulle-part/")}) == {"fr": "/fr/", "en": "/en/"}


def render(template, **context):
    return Template("{% load site_tags %}" + template).render(Context(context))


def test_translated_marks_a_value_that_falls_back_to_the_other_language(site):
    page = ContentPageFactory(parent=site, summary_fr="Résumé <b>", summary_en="")
    with translation.override("en"):
        assert render('{% translated page "summary" %}', page=page) == '<span lang="fr">Résumé &lt;b&gt;</span>'
        assert render('<p{% lang_attr page "summary" %}>', page=page) == '<p lang="fr">'
    with translation.override("fr"):
        assert render('{% translated page "summary" %}', page=page) == "Résumé &lt;b&gt;"
        assert render('<p{% lang_attr page "summary" %}>', page=page) == "<p>"


def test_translated_is_empty_when_no_language_has_a_value(site):
    page = ContentPageFactory(parent=site, summary_fr="", summary_en="")
    with translation.override("en"):
        assert render('{% translated page "summary" %}|{% lang_attr page "summary" %}', page=page) == "|"


def test_query_with_replaces_one_parameter_and_forgets_the_page():
    request = RequestFactory().get("/fr/partenaires/?level=national&country=FR&page=3")
    assert render("{% query_with country='DE' %}", request=request) == "?level=national&amp;country=DE"
    assert render("{% query_with page=4 %}", request=request) == "?level=national&amp;country=FR&amp;page=4"
    assert render("{% query_with level='' country='' %}", request=request) == "?"
