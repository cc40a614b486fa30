from modeltranslation.translator import TranslationOptions, register

from .models import AgreementKind, PartnerIndexPage, PartnerPage


@register(AgreementKind)
class AgreementKindTR(TranslationOptions):
    fields = ("name",)


@register(PartnerIndexPage)
class PartnerIndexPageTR(TranslationOptions):
    fields = ()


@register(PartnerPage)
class PartnerPageTR(TranslationOptions):
    fields = ("city", "body")
