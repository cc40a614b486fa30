"""The translation status shown at the top of every page's edit form."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel

from .translation_status import missing_translations


class TranslationStatusPanel(Panel):
    """Lists, read-only, the fields of the page being edited that are filled in one language only."""

    def __init__(self, heading="", **kwargs):
        super().__init__(heading=heading or _("Translations"), **kwargs)

    @property
    def clean_name(self):
        return "translation_status"

    class BoundPanel(Panel.BoundPanel):
        template_name = "editorial/panels/translation_status_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            status = missing_translations(self.instance)
            context["missing_fr"] = status.missing_fr
            context["missing_en"] = status.missing_en
            return context
