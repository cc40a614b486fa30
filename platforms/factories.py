import factory

from institute_site.factories import BilingualPageFactory

from .models import PlatformCategory, PlatformIndexPage, PlatformPage


class PlatformCategoryFactory(factory.django.DjangoModelFactory):
    name_fr = factory.Sequence(lambda n: f"Catégorie {n}")
    name_en = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")

    class Meta:
        model = PlatformCategory


class PlatformIndexPageFactory(BilingualPageFactory):
    title_fr = "Plateformes"
    title_en = "Platforms"

    class Meta:
        model = PlatformIndexPage


class PlatformPageFactory(BilingualPageFactory):
    title_fr = factory.Sequence(lambda n: f"Plateforme {n}")
    title_en = factory.Sequence(lambda n: f"Platform {n}")

    class Meta:
        model = PlatformPage
