from modeltranslation.translator import TranslationOptions, register

from .models import PlatformCategory, PlatformIndexPage, PlatformPage


@register(PlatformCategory)
class PlatformCategoryTR(TranslationOptions):
    fields = ("name",)


@register(PlatformIndexPage)
class PlatformIndexPageTR(TranslationOptions):
    fields = ()


@register(PlatformPage)
class PlatformPageTR(TranslationOptions):
    fields = ("body", "services", "equipment", "address")
