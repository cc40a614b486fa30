import factory

from institute_site.factories import BilingualPageFactory

from .models import InstituteIndexPage, InstituteKeyFigure, InstitutePage


class InstituteIndexPageFactory(BilingualPageFactory):
    title_fr = "Instituts"
    title_en = "Institutes"

    class Meta:
        model = InstituteIndexPage


class InstitutePageFactory(BilingualPageFactory):
    title_fr = factory.Sequence(lambda n: f"Institut {n}")
    title_en = factory.Sequence(lambda n: f"Institute {n}")
    acronym = factory.Sequence(lambda n: f"I{n}")

    class Meta:
        model = InstitutePage


class InstituteKeyFigureFactory(factory.django.DjangoModelFactory):
    value = "500"
    label_fr = "chercheurs"
    label_en = "researchers"
    year = 2015

    class Meta:
        model = InstituteKeyFigure
