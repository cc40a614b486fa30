from modeltranslation.translator import TranslationOptions, register

from .models import InstituteIndexPage, InstituteKeyFigure, InstitutePage


@register(InstituteIndexPage)
class InstituteIndexPageTR(TranslationOptions):
    fields = ()


@register(InstitutePage)
class InstitutePageTR(TranslationOptions):
    fields = ("mission", "body", "city", "address")


@register(InstituteKeyFigure)
class InstituteKeyFigureTR(TranslationOptions):
    fields = ("unit", "label", "source")
