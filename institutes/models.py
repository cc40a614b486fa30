from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from institute_site.blocks import BaseStreamBlock
from institute_site.models import BasePage, IndexPage
from institute_site.panels import LinkedFromPanel, page_tabs


class InstituteIndexPage(IndexPage):
    subpage_types = ["institutes.InstitutePage"]

    edit_handler = page_tabs(IndexPage.content_panels)

    class Meta:
        verbose_name = _("institute index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["institutes"] = (
            InstitutePage.objects.child_of(self)
            .live()
            .defer_streamfields()
            .select_related("logo")
            .prefetch_related("logo__renditions")
            .order_by("path")
        )
        return context


class InstitutePage(BasePage):
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    mission = models.TextField(_("mission"), blank=True, max_length=600)
    body = StreamField(BaseStreamBlock(), verbose_name=_("description"), blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    address = models.TextField(_("address"), blank=True)
    website = models.URLField(_("website"), blank=True)
    logo = models.ForeignKey(
        "institute_site.SiteImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    parent_page_types = ["institutes.InstituteIndexPage"]
    subpage_types = []

    content_panels = Page.content_panels + [
        FieldPanel("acronym"),
        FieldPanel("summary"),
        FieldPanel("mission"),
        FieldPanel("body"),
        InlinePanel("key_figures", heading=_("Key figures"), label=_("key figure")),
    ]
    details_panels = [
        MultiFieldPanel(
            [FieldPanel("city"), FieldPanel("address"), FieldPanel("website"), FieldPanel("logo")],
            heading=_("Location and identity"),
        ),
        LinkedFromPanel("led_themes", heading=_("Research themes it leads (edited on each theme)")),
        LinkedFromPanel("hosted_platforms", heading=_("Platforms it hosts (edited on each platform)")),
    ]
    edit_handler = page_tabs(content_panels, details_panels, _("Details and relations"))

    search_fields = BasePage.search_fields + [
        index.SearchField("acronym", boost=3),
        index.AutocompleteField("acronym"),
        index.SearchField("mission"),
        index.SearchField("body"),
        index.FilterField("city"),
    ]

    class Meta:
        verbose_name = _("institute")
        verbose_name_plural = _("institutes")

    def get_context(self, request, *args, **kwargs):
        from .listings import institute_relations

        context = super().get_context(request, *args, **kwargs)
        context.update(institute_relations(self))
        return context


class InstituteKeyFigure(Orderable):
    """A figure as its source gives it, with the year it refers to."""

    page = ParentalKey(InstitutePage, on_delete=models.CASCADE, related_name="key_figures")
    value = models.CharField(_("value"), max_length=20, help_text=_("As the source gives it, e.g. 12,000."))
    unit = models.CharField(_("unit"), max_length=30, blank=True)
    label = models.CharField(_("label"), max_length=160)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    source = models.CharField(_("source"), max_length=200, blank=True)

    panels = [FieldPanel("value"), FieldPanel("unit"), FieldPanel("label"), FieldPanel("year"), FieldPanel("source")]

    class Meta(Orderable.Meta):
        verbose_name = _("key figure")
        verbose_name_plural = _("key figures")

    def __str__(self):
        return " ".join(part for part in (self.value, self.unit, self.label) if part)
