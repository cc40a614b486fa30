"""Renditions are made ahead of the first visitor: on upload and on publication, never while a page renders."""

import pytest

from wagtail.blocks import StreamValue

from institute_site.factories import SiteImageFactory, generated_image_file
from institute_site.models import SiteRendition
from institute_site.renditions import rendition_specs, specs_in_template
from news.factories import NewsIndexPageFactory, NewsPageFactory


@pytest.fixture(autouse=True)
def renditions_ahead(settings):
    settings.RENDITIONS_AHEAD = True


def small_image():
    """Small enough for encoding not to dominate the run: every spec still applies."""
    return SiteImageFactory(file=generated_image_file(size=(320, 200)))


def test_specs_are_read_from_the_image_tags_with_their_expansions():
    source = (
        "{% load wagtailimages_tags %}{% if x %}{% for i in y %}{% image i fill-80x80 %}{% endfor %}{% endif %}"
        "{% picture img format-{webp,jpeg} width-{400,800} %}{% srcset_image img width-{100,200} as s %}"
    )
    assert specs_in_template(source) == [
        "fill-80x80",
        "format-webp|width-400",
        "format-webp|width-800",
        "format-jpeg|width-400",
        "format-jpeg|width-800",
        "width-100",
        "width-200",
    ]


def test_the_sites_specs_include_the_shared_picture_and_the_social_image():
    specs = rendition_specs()
    assert "format-webp|width-800" in specs  # templates/components/picture.html
    assert "fill-1200x630|format-jpeg|jpegquality-80" in specs  # institute_site/metadata.py
    assert len(specs) == len(set(specs))


def test_an_uploaded_image_gets_every_rendition(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        image = small_image()
    assert set(image.renditions.values_list("filter_spec", flat=True)) == set(rendition_specs())


def test_publishing_a_page_makes_the_renditions_of_its_images(home_page, django_capture_on_commit_callbacks):
    in_field, in_body = small_image(), small_image()  # no commit: as if made before the specs changed
    news = NewsPageFactory(parent=NewsIndexPageFactory(parent=home_page), image=in_field)
    news.body = StreamValue(news.body.stream_block, [("image", {"image": in_body, "caption": "", "credit": ""})])
    assert not SiteRendition.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()
    for image in (in_field, in_body):
        assert image.renditions.count() == len(rendition_specs())


def test_a_visitor_never_waits_for_a_rendition(client, home_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        index = NewsIndexPageFactory(parent=home_page)
        for _ in range(3):
            NewsPageFactory(parent=index, image=small_image(), listing_image=small_image())
    before = SiteRendition.objects.count()
    assert before == 6 * len(rendition_specs())
    for url in ("/fr/", "/en/", index.get_url(), NewsPageFactory._meta.model.objects.first().get_url()):
        assert client.get(url).status_code == 200
    assert SiteRendition.objects.count() == before, "a page made a rendition while a visitor waited"
