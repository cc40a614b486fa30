"""Bring a database to a usable state: migrate, fill translated columns, load demo content once.

Safe to run any number of times; `make run` runs it before serving.
"""

from django.core.management import BaseCommand, call_command

from wagtail.models import Page


class Command(BaseCommand):
    help = "Migrate, repair translated page paths on a fresh database, and load the demo content if empty."

    def add_arguments(self, parser):
        parser.add_argument("--no-demo", action="store_true", help="Do not load the demo content.")

    def handle(self, *args, no_demo=False, **options):
        verbosity = options["verbosity"]
        call_command("migrate", interactive=False, verbosity=max(verbosity - 1, 0))
        # wagtail-modeltranslation adds the per-language page columns outside migrations, so
        # on a fresh database the root page has no per-language path until they are filled.
        if Page.get_first_root_node().url_path_fr in (None, ""):
            call_command("update_translation_fields", verbosity=max(verbosity - 1, 0))
        if not no_demo:
            call_command("load_demo_content", if_empty=True, verbosity=verbosity)
        call_command("sync_roles", demo_editors=not no_demo, verbosity=verbosity)
        call_command("rebuild_search_index", if_outdated=True, verbosity=verbosity)
