from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from institute_site.blocks import BaseStreamBlock
from institute_site.models import BasePage
from institute_site.panels import page_tabs


class HomePage(BasePage):
    """The site's front page: hero, key figures, featured themes, latest news, partners."""

    hero_intro = models.TextField(_("introduction"), blank=True, max_length=600)
    hero_image = models.ForeignKey(
        "institute_site.SiteImage",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured_institute = models.ForeignKey(
        "institutes.InstitutePage",
        verbose_name=_("institute whose key figures are shown"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    highlighted_partners = ParentalManyToManyField(
        "partners.PartnerPage", verbose_name=_("highlighted partners"), blank=True, related_name="+"
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "institutes.InstituteIndexPage",
        "portfolio.ResearchThemeIndexPage",
        "portfolio.PortfolioIndexPage",
        "platforms.PlatformIndexPage",
        "partners.PartnerIndexPage",
        "news.NewsIndexPage",
        "home.ContentPage",
    ]

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("hero_intro"), FieldPanel("hero_image")], heading=_("Hero")),
        FieldPanel("featured_institute"),
        InlinePanel("featured_themes", heading=_("Featured research themes"), label=_("theme")),
        FieldPanel("highlighted_partners", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
    ]
    edit_handler = page_tabs(content_panels)

    search_fields = BasePage.search_fields + [index.SearchField("hero_intro")]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        from .listings import home_sections

        context = super().get_context(request, *args, **kwargs)
        context.update(home_sections(self))
        return context


class HomeFeaturedTheme(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_themes")
    theme = models.ForeignKey(
        "portfolio.ResearchThemePage", verbose_name=_("theme"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("theme")]


class ContentPage(BasePage):
    """A plain page: about, core facilities, legal notice, accessibility statement..."""

    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("body")]
    edit_handler = page_tabs(content_panels)
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    class Meta:
        verbose_name = _("content page")

    def get_context(self, request, *args, **kwargs):
        from .listings import content_subpages

        context = super().get_context(request, *args, **kwargs)
        context["subpages"] = content_subpages(self)
        return context
