from django.core.management import BaseCommand

from search.indexing import rebuild_index
from search.models import SearchEntry


class Command(BaseCommand):
    help = "Rebuild the site search index (one row per live page and language)."

    def add_arguments(self, parser):
        parser.add_argument("--if-empty", action="store_true", help="Do nothing if the index already has rows.")

    def handle(self, *args, if_empty=False, **options):
        if if_empty and SearchEntry.objects.exists():
            if options["verbosity"] > 1:
                self.stdout.write("The search index already has rows: nothing rebuilt.")
            return
        count = rebuild_index()
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {count} pages."))
