"""Factories shared by the domain apps' factories: a bilingual page and a generated image."""

import io

import factory
import wagtail_factories
from PIL import Image as PILImage

from django.core.files.images import ImageFile
from django.utils.text import slugify

from institute_site.models import SiteImage


class BilingualPageFactory(wagtail_factories.PageFactory):
    """A page with its title and slug in French and English, live."""

    title_fr = factory.Sequence(lambda n: f"Page {n}")
    title_en = factory.LazyAttribute(lambda o: f"{o.title_fr} (en)")
    slug_fr = factory.LazyAttribute(lambda o: slugify(o.title_fr))
    slug_en = factory.LazyAttribute(lambda o: slugify(o.title_en))
    title = factory.SelfAttribute("title_fr")
    slug = factory.SelfAttribute("slug_fr")
    live = True

    class Meta:
        abstract = True


def generated_image_file(name="image.png", size=(1200, 800), colour=(40, 90, 140)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, colour).save(buffer, format="PNG")
    return ImageFile(buffer, name=name)


class SiteImageFactory(factory.django.DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Image {n}")
    alt_text_fr = factory.LazyAttribute(lambda o: f"Illustration : {o.title}")
    alt_text_en = factory.LazyAttribute(lambda o: f"Illustration: {o.title}")
    file = factory.LazyFunction(generated_image_file)

    class Meta:
        model = SiteImage
