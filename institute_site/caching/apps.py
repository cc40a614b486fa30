from django.apps import AppConfig


class CachingConfig(AppConfig):
    name = "institute_site.caching"
    label = "caching"
    verbose_name = "Page cache"

    def ready(self):
        from institute_site import renditions

        from . import invalidation, routing

        invalidation.connect_signals()
        routing.install_site_root_paths_memo()
        # Renditions made ahead of visitors: the other half of keeping uncached pages fast.
        renditions.connect_signals()
