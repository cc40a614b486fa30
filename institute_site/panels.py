"""Admin panels shared by the domain apps."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import Panel


class LinkedFromPanel(Panel):
    """Lists, read-only, the pages that link to this one through a relation edited on their side.

    A relation is stored once, on the page that owns it, so that publishing one page never
    rewrites another page's draft; this panel shows it from the other side, with edit links.
    """

    def __init__(self, relation_name, heading="", help_text="", **kwargs):
        self.relation_name = relation_name
        super().__init__(heading=heading, help_text=help_text, **kwargs)

    def clone_kwargs(self):
        kwargs = super().clone_kwargs()
        kwargs["relation_name"] = self.relation_name
        return kwargs

    class BoundPanel(Panel.BoundPanel):
        template_name = "institute_site/panels/linked_from_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            pages = []
            if self.instance.pk:
                pages = getattr(self.instance, self.panel.relation_name).all().order_by("title")
            context["linked_pages"] = pages
            context["empty_message"] = _("No page links here yet.")
            return context


def page_tabs(content_panels, relation_panels=None, relations_heading=None):
    """The editor's tabs: content (led by its translation status), relations if any, promotion, settings."""
    from wagtail.admin.panels import ObjectList, TabbedInterface
    from wagtail.models import Page

    from editorial.panels import TranslationStatusPanel
    from institute_site.models import BasePage

    tabs = [ObjectList([TranslationStatusPanel(), *content_panels], heading=_("Content"))]
    if relation_panels:
        tabs.append(ObjectList(relation_panels, heading=relations_heading or _("Relations")))
    tabs += [
        ObjectList(BasePage.promote_panels, heading=_("Promotion")),
        ObjectList(Page.settings_panels, heading=_("Settings")),
    ]
    return TabbedInterface(tabs)
