"""Research themes and the industrial-partnership portfolio."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from institute_site.blocks import BaseStreamBlock
from institute_site.listings import listing_context, paginate
from institute_site.models import BasePage, IndexPage
from institute_site.panels import LinkedFromPanel, page_tabs


class ResearchThemeIndexPage(IndexPage):
    subpage_types = ["portfolio.ResearchThemePage"]

    edit_handler = page_tabs(IndexPage.content_panels)

    class Meta:
        verbose_name = _("research theme index")

    def get_context(self, request, *args, **kwargs):
        from .listings import ResearchThemeFilterSet, theme_listing

        def build():
            filters, items = theme_listing(self, request)
            return {"filters": filters, "items": paginate(request, items, per_page=12)}

        context = super().get_context(request, *args, **kwargs)
        context.update(listing_context(self, request, ResearchThemeFilterSet, build))
        return context


class ResearchThemePage(BasePage):
    objective = models.CharField(
        _("objective"),
        max_length=255,
        help_text=_('In a few words, e.g. "Prevent the evolution of the disease".'),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    lead_institutes = ParentalManyToManyField(
        "institutes.InstitutePage", verbose_name=_("lead institutes"), blank=True, related_name="led_themes"
    )

    parent_page_types = ["portfolio.ResearchThemeIndexPage"]
    subpage_types = []

    content_panels = Page.content_panels + [FieldPanel("objective"), FieldPanel("summary"), FieldPanel("body")]
    relation_panels = [
        FieldPanel("lead_institutes", widget=forms.CheckboxSelectMultiple),
        LinkedFromPanel("platforms", heading=_("Platforms (edited on each platform)")),
        LinkedFromPanel("partners", heading=_("Partners (edited on each partner)")),
        LinkedFromPanel("projects", heading=_("Portfolio projects (edited on each project)")),
        LinkedFromPanel("news_items", heading=_("News (edited on each news item)")),
    ]
    edit_handler = page_tabs(content_panels, relation_panels)

    search_fields = BasePage.search_fields + [
        index.SearchField("objective", boost=2),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("research theme")
        verbose_name_plural = _("research themes")

    def get_context(self, request, *args, **kwargs):
        from .listings import theme_relations

        context = super().get_context(request, *args, **kwargs)
        context.update(theme_relations(self))
        return context


class PortfolioIndexPage(IndexPage):
    subpage_types = ["portfolio.PortfolioProjectPage"]

    edit_handler = page_tabs(IndexPage.content_panels)

    class Meta:
        verbose_name = _("portfolio index")

    def get_context(self, request, *args, **kwargs):
        from .listings import PortfolioProjectFilterSet, project_listing

        def build():
            filters, items = project_listing(self, request)
            return {"filters": filters, "items": paginate(request, items, per_page=12)}

        context = super().get_context(request, *args, **kwargs)
        context.update(listing_context(self, request, PortfolioProjectFilterSet, build))
        return context


class PortfolioProjectPage(BasePage):
    """One collaboration with one or more companies, kept current by partnership officers."""

    class Kind(models.TextChoices):
        COLLABORATIVE_RESEARCH = "collaborative", _("Collaborative research")
        RD_CONTRACT = "rd_contract", _("R&D contract")
        LICENCE = "licence", _("Licence")
        CONSORTIUM = "consortium", _("Consortium")

    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        ONGOING = "ongoing", _("Ongoing")
        COMPLETED = "completed", _("Completed")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.ONGOING)
    start_year = models.PositiveSmallIntegerField(_("start year"), null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(_("end year"), null=True, blank=True)
    outcomes = RichTextField(
        _("outcomes"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Only what has been made public."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)
    partners = ParentalManyToManyField(
        "partners.PartnerPage", verbose_name=_("partners"), blank=True, related_name="projects"
    )
    themes = ParentalManyToManyField(
        "portfolio.ResearchThemePage", verbose_name=_("research themes"), blank=True, related_name="projects"
    )
    platforms = ParentalManyToManyField(
        "platforms.PlatformPage", verbose_name=_("platforms"), blank=True, related_name="projects"
    )

    parent_page_types = ["portfolio.PortfolioIndexPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("status")]),
        FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
        FieldPanel("summary"),
        FieldPanel("outcomes"),
        FieldPanel("body"),
    ]
    relation_panels = [
        FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("platforms", widget=forms.CheckboxSelectMultiple),
    ]
    edit_handler = page_tabs(content_panels, relation_panels)

    search_fields = BasePage.search_fields + [
        index.SearchField("outcomes"),
        index.SearchField("body"),
        index.FilterField("kind"),
        index.FilterField("status"),
    ]

    class Meta:
        verbose_name = _("portfolio project")
        verbose_name_plural = _("portfolio projects")

    def search_facts(self):
        """Shown on the page and searched for: a company's name finds its collaborations."""
        return [
            self.get_kind_display(),
            self.get_status_display(),
            *(partner.title for partner in self.partners.all() if partner.live),
        ]

    def get_context(self, request, *args, **kwargs):
        from .listings import project_relations

        context = super().get_context(request, *args, **kwargs)
        context.update(project_relations(self))
        return context

    def clean(self):
        super().clean()
        if self.start_year and self.end_year and self.end_year < self.start_year:
            raise ValidationError({"end_year": _("The end year cannot come before the start year.")})
        if self.status == self.Status.COMPLETED and not self.end_year:
            raise ValidationError({"end_year": _("A completed project needs its end year.")})
