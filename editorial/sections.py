"""The site's sections as editors think of them: each groups an index page type and its pages."""

from dataclasses import dataclass

from django.apps import apps
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Section:
    key: str
    label: str
    model_labels: tuple

    @cached_property
    def models(self):
        return tuple(apps.get_model(label) for label in self.model_labels)


SECTIONS = (
    Section("pages", _("Home and content pages"), ("home.HomePage", "home.ContentPage")),
    Section("institutes", _("Institutes"), ("institutes.InstituteIndexPage", "institutes.InstitutePage")),
    Section("themes", _("Research themes"), ("portfolio.ResearchThemeIndexPage", "portfolio.ResearchThemePage")),
    Section("platforms", _("Platforms"), ("platforms.PlatformIndexPage", "platforms.PlatformPage")),
    Section("partners", _("Partners"), ("partners.PartnerIndexPage", "partners.PartnerPage")),
    Section("portfolio", _("Portfolio"), ("portfolio.PortfolioIndexPage", "portfolio.PortfolioProjectPage")),
    Section("news", _("News"), ("news.NewsIndexPage", "news.NewsPage")),
)
SECTIONS_BY_KEY = {section.key: section for section in SECTIONS}


def section_for_model(model):
    for section in SECTIONS:
        if model in section.models:
            return section
    return None
