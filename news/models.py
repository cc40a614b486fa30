from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from institute_site.blocks import BaseStreamBlock
from institute_site.listings import listing_context, paginate
from institute_site.models import BasePage, IndexPage
from institute_site.panels import page_tabs


class NewsIndexPage(IndexPage):
    subpage_types = ["news.NewsPage"]

    edit_handler = page_tabs(IndexPage.content_panels)

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        from .listings import NewsFilterSet, news_listing

        def build():
            filters, items = news_listing(self, request)
            return {"filters": filters, "items": paginate(request, items, per_page=12)}

        context = super().get_context(request, *args, **kwargs)
        context.update(listing_context(self, request, NewsFilterSet, build))
        return context


class NewsPage(BasePage):
    date = models.DateField(_("date"), default=timezone.localdate)
    image = models.ForeignKey(
        "institute_site.SiteImage",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    themes = ParentalManyToManyField(
        "portfolio.ResearchThemePage", verbose_name=_("research themes"), blank=True, related_name="news_items"
    )
    institutes = ParentalManyToManyField(
        "institutes.InstitutePage", verbose_name=_("institutes"), blank=True, related_name="news_items"
    )
    partners = ParentalManyToManyField(
        "partners.PartnerPage", verbose_name=_("partners"), blank=True, related_name="news_items"
    )

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    relation_panels = [
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("institutes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
    ]
    edit_handler = page_tabs(content_panels, relation_panels)

    search_fields = BasePage.search_fields + [index.SearchField("body"), index.FilterField("date")]

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")

    def get_context(self, request, *args, **kwargs):
        from .listings import news_relations

        context = super().get_context(request, *args, **kwargs)
        context.update(news_relations(self))
        return context
