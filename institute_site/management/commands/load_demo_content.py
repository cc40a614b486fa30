"""Fill the site with its demo content, in French and English."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import BaseCommand
from django.db import transaction

from wagtail.models import Page, Site

from home.models import HomePage

DEMO_ADMIN = ("admin", "admin-demo-2026")


class Command(BaseCommand):
    help = "Load the demo content (idempotent); --reset rebuilds it from scratch."

    def add_arguments(self, parser):
        parser.add_argument("--if-empty", action="store_true", help="Do nothing if a home page already exists.")
        parser.add_argument("--reset", action="store_true", help="Delete the site's pages first.")

    @transaction.atomic
    def handle(self, *args, if_empty=False, reset=False, **options):
        root = Page.get_first_root_node()
        if if_empty and HomePage.objects.exists():
            self.stdout.write("The site already has content: nothing loaded.")
            return
        if reset:
            for page in root.get_children():
                page.delete()
        home = HomePage.objects.first()
        if home is None:
            for page in root.get_children().not_type(HomePage):
                page.delete()  # Wagtail's welcome page
            home = HomePage(title_fr="Accueil", title_en="Home", slug_fr="accueil", slug_en="home")
            root.add_child(instance=home)
            home.save_revision().publish()
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "Institute Portfolio"},
        )
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
