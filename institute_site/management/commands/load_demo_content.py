"""Fill the site with its demo content, in French and English.

The content is kept in `institute_site/demo/` (texts as data, images drawn locally), so the command
works on a fresh clone with nothing else to fetch.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import BaseCommand
from django.db import transaction

from home.models import HomePage
from institute_site.demo.loader import DemoLoader

DEMO_ADMIN = ("admin", "admin-demo-2026")


class Command(BaseCommand):
    help = "Load the demo content (idempotent: creates only what is missing); --reset rebuilds it from scratch."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty",
            action="store_true",
            help="Do nothing if the site already has content (a home page with pages under it).",
        )
        parser.add_argument(
            "--reset", action="store_true", help="Delete every page and the demo images first, then load."
        )

    @transaction.atomic
    def handle(self, *args, if_empty=False, reset=False, **options):
        home = HomePage.objects.first()
        if if_empty and not reset and home is not None and home.get_children_count():
            self.stdout.write("The site already has content: nothing loaded.")
            return
        verbose = options["verbosity"] > 0
        loader = DemoLoader(write=self.stdout.write if verbose else None)
        if reset:
            loader.reset()
        loader.load()
        self.stdout.write(self.style.SUCCESS("Demo content loaded."))
        if settings.DEBUG:
            self._create_demo_admin()

    def _create_demo_admin(self):
        username, password = DEMO_ADMIN
        user, created = get_user_model().objects.get_or_create(
            username=username, defaults={"is_staff": True, "is_superuser": True, "email": "admin@example.org"}
        )
        if created:
            user.set_password(password)
            user.save()
        self.stdout.write(f"Demo admin (development only): {username} / {password} at /admin/")
