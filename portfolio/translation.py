from modeltranslation.translator import TranslationOptions, register

from .models import PortfolioIndexPage, PortfolioProjectPage, ResearchThemeIndexPage, ResearchThemePage


@register(ResearchThemeIndexPage)
class ResearchThemeIndexPageTR(TranslationOptions):
    fields = ()


@register(ResearchThemePage)
class ResearchThemePageTR(TranslationOptions):
    fields = ("objective", "body")


@register(PortfolioIndexPage)
class PortfolioIndexPageTR(TranslationOptions):
    fields = ()


@register(PortfolioProjectPage)
class PortfolioProjectPageTR(TranslationOptions):
    fields = ("outcomes", "body")
