import factory

from institute_site.factories import BilingualPageFactory

from .models import ContentPage, HomePage


class HomePageFactory(BilingualPageFactory):
    title_fr = "Accueil"
    title_en = "Home"

    class Meta:
        model = HomePage


class ContentPageFactory(BilingualPageFactory):
    title_fr = factory.Sequence(lambda n: f"À propos {n}")
    title_en = factory.Sequence(lambda n: f"About {n}")

    class Meta:
        model = ContentPage
