"""Technology platforms and the core facilities they group."""

from django import forms
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

from .blocks import EquipmentBlock, ServiceBlock


class PlatformCategory(models.Model):
    """Imaging, neurophysiology, data and biostatistics...: kept as data editors can extend."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), unique=True, help_text=_("Used in filter addresses."))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("platform category")
        verbose_name_plural = _("platform categories")

    def __str__(self):
        return self.name


class PlatformIndexPage(IndexPage):
    subpage_types = ["platforms.PlatformPage"]

    edit_handler = page_tabs(IndexPage.content_panels)

    class Meta:
        verbose_name = _("platform index")

    def get_context(self, request, *args, **kwargs):
        from .listings import PlatformFilterSet, attach_parent_platforms, platform_listing

        def build():
            filters, items = platform_listing(self, request)
            page = paginate(request, items, per_page=12)
            page.object_list = attach_parent_platforms(page.object_list)
            return {"filters": filters, "items": page}

        context = super().get_context(request, *args, **kwargs)
        context.update(listing_context(self, request, PlatformFilterSet, build))
        return context


class PlatformPage(BasePage):
    """A platform, or a core facility when it sits under another platform."""

    category = models.ForeignKey(
        PlatformCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="platforms",
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("description"), blank=True)
    services = StreamField([("service", ServiceBlock())], verbose_name=_("services"), blank=True)
    equipment = StreamField([("equipment", EquipmentBlock())], verbose_name=_("equipment"), blank=True)
    surface_m2 = models.PositiveIntegerField(_("surface (m²)"), null=True, blank=True)
    staff = models.PositiveSmallIntegerField(_("staff"), null=True, blank=True)
    open_to_internal = models.BooleanField(_("open to internal teams"), default=True)
    open_to_academic = models.BooleanField(_("open to academic users"), default=False)
    open_to_industrial = models.BooleanField(_("open to industrial users"), default=False)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    address = models.TextField(_("address"), blank=True)
    booking_url = models.URLField(_("booking or request link"), blank=True)
    host_institutes = ParentalManyToManyField(
        "institutes.InstitutePage", verbose_name=_("host institutes"), blank=True, related_name="hosted_platforms"
    )
    themes = ParentalManyToManyField(
        "portfolio.ResearchThemePage", verbose_name=_("research themes"), blank=True, related_name="platforms"
    )

    parent_page_types = ["platforms.PlatformIndexPage", "platforms.PlatformPage"]
    subpage_types = ["platforms.PlatformPage"]

    content_panels = Page.content_panels + [
        FieldPanel("category"),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("services"),
        FieldPanel("equipment"),
        FieldRowPanel([FieldPanel("surface_m2"), FieldPanel("staff")]),
        MultiFieldPanel(
            [FieldPanel("open_to_internal"), FieldPanel("open_to_academic"), FieldPanel("open_to_industrial")],
            heading=_("Who may use it"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("address"),
                FieldPanel("booking_url"),
            ],
            heading=_("Contact"),
        ),
    ]
    relation_panels = [
        FieldPanel("host_institutes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        LinkedFromPanel("projects", heading=_("Portfolio projects (edited on each project)")),
    ]
    edit_handler = page_tabs(content_panels, relation_panels)

    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("services"),
        index.SearchField("equipment"),
        index.FilterField("category"),
        index.FilterField("open_to_academic"),
        index.FilterField("open_to_industrial"),
    ]

    class Meta:
        verbose_name = _("platform")
        verbose_name_plural = _("platforms")

    def get_context(self, request, *args, **kwargs):
        from .listings import platform_relations

        context = super().get_context(request, *args, **kwargs)
        context.update(platform_relations(self))
        return context
