"""The partner network, at every level from international to industrial."""

from django_countries.fields import CountryField

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from institute_site.blocks import BaseStreamBlock
from institute_site.listings import listing_context, paginate
from institute_site.models import BasePage, IndexPage
from institute_site.panels import LinkedFromPanel, page_tabs


class AgreementKind(models.Model):
    """MoU, consortium, R&D contract, licence, network...: kept as data editors can extend."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), unique=True, help_text=_("Used in filter addresses."))

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("agreement kind")
        verbose_name_plural = _("agreement kinds")

    def __str__(self):
        return self.name


class PartnerIndexPage(IndexPage):
    subpage_types = ["partners.PartnerPage"]

    edit_handler = page_tabs(IndexPage.content_panels)

    class Meta:
        verbose_name = _("partner index")

    def get_context(self, request, *args, **kwargs):
        from .listings import PartnerFilterSet, country_links, group_by_level, partner_listing

        def build():
            filters, items, level_counts, country_counts = partner_listing(self, request)
            page = paginate(request, items, per_page=24)
            return {
                "filters": filters,
                "country_counts": country_counts,
                "items": page,
                "groups": group_by_level(page, level_counts),
                "country_links": country_links(country_counts, request.GET.get("country")),
            }

        context = super().get_context(request, *args, **kwargs)
        context.update(listing_context(self, request, PartnerFilterSet, build))
        return context


class PartnerPage(BasePage):
    class Level(models.TextChoices):
        INTERNATIONAL = "international", _("International")
        EUROPEAN = "european", _("European")
        NATIONAL = "national", _("National")
        REGIONAL = "regional", _("Regional")
        INDUSTRIAL = "industrial", _("Industrial")

    level = models.CharField(_("level"), max_length=20, choices=Level.choices)
    logo = models.ForeignKey(
        "institute_site.SiteImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    country = CountryField(_("country"), blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    website = models.URLField(_("website"), blank=True)
    agreement_kinds = ParentalManyToManyField(
        AgreementKind, verbose_name=_("kinds of agreement"), blank=True, related_name="partners"
    )
    since = models.PositiveSmallIntegerField(
        _("partner since"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
        help_text=_("The year the partnership began, where known."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("description"), blank=True)
    themes = ParentalManyToManyField(
        "portfolio.ResearchThemePage", verbose_name=_("research themes"), blank=True, related_name="partners"
    )

    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("level"), FieldPanel("since")]),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("country"), FieldPanel("city")]), FieldPanel("website"), FieldPanel("logo")],
            heading=_("Identity"),
        ),
        FieldPanel("agreement_kinds", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
    ]
    relation_panels = [
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        LinkedFromPanel("projects", heading=_("Portfolio projects (edited on each project)")),
        LinkedFromPanel("news_items", heading=_("News (edited on each news item)")),
    ]
    edit_handler = page_tabs(content_panels, relation_panels)

    search_fields = BasePage.search_fields + [
        index.SearchField("city"),
        index.SearchField("body"),
        index.FilterField("level"),
        index.FilterField("country"),
    ]

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def search_facts(self):
        """Shown on the page and searched for: "Allemagne" or "European" finds the partners."""
        return [
            self.get_level_display(),
            self.country.name if self.country else "",
            *(kind.name for kind in self.agreement_kinds.all()),
        ]

    def get_context(self, request, *args, **kwargs):
        from .listings import partner_relations

        context = super().get_context(request, *args, **kwargs)
        context.update(partner_relations(self))
        return context
