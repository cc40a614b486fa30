from modeltranslation.translator import TranslationOptions, register

from .models import PortfolioIndexPage, PortfolioProjectPage, ResearchThemeIndexPage, ResearchThemePage


@register(ResearchThemeIndexPage)
class ResearchThemeIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ResearchThemePage)
class ResearchThemePageTR(TranslationOptions):
    fields = ("objective", "body")


@register(PortfolioIndexPage)
class PortfolioIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(PortfolioProjectPage)
class PortfolioProjectPageTR(TranslationOptions):
    fields = ("outcomes", "body")
