from modeltranslation.translator import TranslationOptions, register

from .models import NewsIndexPage, NewsPage


@register(NewsIndexPage)
class NewsIndexPageTR(TranslationOptions):
    fields = ()


@register(NewsPage)
class NewsPageTR(TranslationOptions):
    fields = ("body",)
