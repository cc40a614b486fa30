from modeltranslation.translator import TranslationOptions, register

from .models import ContentPage, HomePage


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("hero_intro", "body")


@register(ContentPage)
class ContentPageTR(TranslationOptions):
    fields = ("body",)
