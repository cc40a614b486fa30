from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InstituteSiteConfig(AppConfig):
    name = "institute_site"
    verbose_name = _("Site")
