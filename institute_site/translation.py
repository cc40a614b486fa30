from modeltranslation.translator import TranslationOptions, register

from .models import BasePage, IndexPage, InstituteSettings, SiteImage


@register(BasePage)
class BasePageTR(TranslationOptions):
    fields = ("summary",)


@register(IndexPage)
class IndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(SiteImage)
class SiteImageTR(TranslationOptions):
    fields = ("alt_text",)


@register(InstituteSettings)
class InstituteSettingsTR(TranslationOptions):
    fields = ("name", "tagline", "address")
