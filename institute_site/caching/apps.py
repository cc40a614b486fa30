from django.apps import AppConfig


class CachingConfig(AppConfig):
    name = "institute_site.caching"
    label = "caching"
    verbose_name = "Page cache"

    def ready(self):
        from . import invalidation

        invalidation.connect_signals()
