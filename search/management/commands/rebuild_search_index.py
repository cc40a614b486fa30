from django.core.management import BaseCommand

from search.indexing import INDEX_VERSION, rebuild_index
from search.models import SearchEntry


class Command(BaseCommand):
    help = "Rebuild the site search index (one row per live page and language)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-outdated",
            action="store_true",
            help="Only if the index is empty or holds rows an earlier release built (INDEX_VERSION).",
        )

    def handle(self, *args, if_outdated=False, **options):
        if if_outdated and self.is_current():
            if options["verbosity"] > 1:
                self.stdout.write("The search index is current: nothing rebuilt.")
            return
        count = rebuild_index()
        if options["verbosity"]:
            self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {count} pages."))

    @staticmethod
    def is_current():
        return SearchEntry.objects.exists() and not SearchEntry.objects.exclude(version=INDEX_VERSION).exists()
