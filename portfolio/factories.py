import factory

from institute_site.factories import BilingualPageFactory

from .models import PortfolioIndexPage, PortfolioProjectPage, ResearchThemeIndexPage, ResearchThemePage


class ResearchThemeIndexPageFactory(BilingualPageFactory):
    title_fr = "Thématiques de recherche"
    title_en = "Research themes"

    class Meta:
        model = ResearchThemeIndexPage


class ResearchThemePageFactory(BilingualPageFactory):
    title_fr = factory.Sequence(lambda n: f"Thématique {n}")
    title_en = factory.Sequence(lambda n: f"Theme {n}")
    objective_fr = "Prévenir l'évolution de la maladie"
    objective_en = "Prevent the evolution of the disease"

    class Meta:
        model = ResearchThemePage


class PortfolioIndexPageFactory(BilingualPageFactory):
    title_fr = "Portefeuille"
    title_en = "Portfolio"

    class Meta:
        model = PortfolioIndexPage


class PortfolioProjectPageFactory(BilingualPageFactory):
    title_fr = factory.Sequence(lambda n: f"Projet {n}")
    title_en = factory.Sequence(lambda n: f"Project {n}")
    kind = PortfolioProjectPage.Kind.COLLABORATIVE_RESEARCH
    status = PortfolioProjectPage.Status.ONGOING
    start_year = 2014

    class Meta:
        model = PortfolioProjectPage
