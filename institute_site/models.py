"""The shared base: an abstract page built from small mixins, the image model and site settings.

No domain models live here; each domain app owns its own.
"""

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Page, Site
from wagtail.search import index

from institute_site.caching.memo import active_generation, memoized


class SiteImage(AbstractImage):
    """An image whose alt text is written in each language."""

    alt_text = models.CharField(
        _("alt text"),
        max_length=255,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it. Leave empty if purely decorative."),
    )
    credit = models.CharField(_("credit"), max_length=255, blank=True)

    admin_form_fields = Image.admin_form_fields + ("alt_text", "credit")

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")


class SiteRendition(AbstractRendition):
    image = models.ForeignKey(SiteImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class ListingFieldsMixin(models.Model):
    """What a page shows of itself in listings, cards and search results.

    The summary is edited with the content (it is also the page's lead paragraph);
    the listing image in the promotion tab.
    """

    summary = models.TextField(
        _("summary"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences shown in listings and search results."),
    )
    listing_image = models.ForeignKey(
        "institute_site.SiteImage",
        verbose_name=_("listing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        abstract = True


class SocialFieldsMixin(models.Model):
    """The image shared on social networks, when it differs from the listing image."""

    social_image = models.ForeignKey(
        "institute_site.SiteImage",
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared; defaults to the listing image."),
    )

    class Meta:
        abstract = True


class BasePage(ListingFieldsMixin, SocialFieldsMixin, Page):
    """Every page of the site: listing and social fields, one promotion tab."""

    search_fields = Page.search_fields + [index.SearchField("summary")]

    promote_panels = [
        MultiFieldPanel(Page.promote_panels, heading=_("Search engines and URL")),
        MultiFieldPanel(
            [FieldPanel("listing_image"), FieldPanel("social_image")],
            heading=_("Listings and sharing"),
        ),
    ]

    class Meta:
        abstract = True

    @property
    def share_image(self):
        return self.social_image or self.listing_image

    def get_view_restrictions(self):
        """Wagtail checks these on every view (a query); they change only when saved, which replaces
        the site generation (PAGE_CACHE_INVALIDATING_APPS)."""
        if active_generation() is None:  # the admin orders and filters the queryset
            return super().get_view_restrictions()
        parent = super().get_view_restrictions  # two queries: the ancestors, then their restrictions
        return memoized(("view-restrictions", self.pk), lambda: list(parent()))

    @property
    def preview_modes(self):
        """Editors preview a draft in each language, whatever their admin language."""
        return list(settings.LANGUAGES)

    def serve_preview(self, request, mode_name):
        language = mode_name if mode_name in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = super().serve_preview(request, mode_name)
            # A template response renders lazily: render it while the language is active.
            if hasattr(response, "render"):
                response.render()
        return response


class IndexPage(BasePage):
    """A section's landing page under the home page: an introduction, then the list of its pages."""

    intro = models.TextField(_("introduction"), blank=True)

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    content_panels = Page.content_panels + [FieldPanel("summary"), FieldPanel("intro")]

    class Meta:
        abstract = True


@register_setting(icon="site")
class InstituteSettings(BaseSiteSetting):
    """Who publishes the site: shown in the header, the footer and the metadata."""

    name = models.CharField(_("institute name"), max_length=120, default="Institute Portfolio")
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    email = models.EmailField(_("contact e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    address = models.TextField(_("postal address"), blank=True)
    legal_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("legal notice page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    @classmethod
    def for_request(cls, request):
        """The site's settings, kept on the request and, for anonymous pages, for the generation."""
        attr = cls.get_cache_attr_name()
        if not hasattr(request, attr):
            site = Site.find_for_request(request)
            key = ("institute-settings", site.pk if site else None)
            setattr(request, attr, memoized(key, lambda: cls.for_site(site)))
        return getattr(request, attr)

    panels = [
        FieldPanel("name"),
        FieldPanel("tagline"),
        MultiFieldPanel([FieldPanel("email"), FieldPanel("phone"), FieldPanel("address")], heading=_("Contact")),
        FieldPanel("legal_page"),
        FieldPanel("accessibility_page"),
    ]

    class Meta:
        verbose_name = _("institute settings")
