import factory

from institute_site.factories import BilingualPageFactory

from .models import AgreementKind, PartnerIndexPage, PartnerPage


class AgreementKindFactory(factory.django.DjangoModelFactory):
    name_fr = factory.Sequence(lambda n: f"Accord {n}")
    name_en = factory.Sequence(lambda n: f"Agreement {n}")
    slug = factory.Sequence(lambda n: f"agreement-{n}")

    class Meta:
        model = AgreementKind


class PartnerIndexPageFactory(BilingualPageFactory):
    title_fr = "Partenaires"
    title_en = "Partners"

    class Meta:
        model = PartnerIndexPage


class PartnerPageFactory(BilingualPageFactory):
    title_fr = factory.Sequence(lambda n: f"Partenaire {n}")
    title_en = factory.Sequence(lambda n: f"Partner {n}")
    level = PartnerPage.Level.NATIONAL
    country = "FR"
    city_fr = "Paris"
    city_en = "Paris"

    class Meta:
        model = PartnerPage
