from django.core.management import BaseCommand

from editorial.demo_users import create_demo_editors
from editorial.roles import ROLE_NAMES, sync_roles


class Command(BaseCommand):
    help = "Set the editorial roles' permissions and the news review workflow (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--demo-editors",
            action="store_true",
            help="Also create one demo user per role and print their credentials (development only).",
        )

    def handle(self, *args, demo_editors=False, **options):
        groups, workflow = sync_roles()
        if options["verbosity"] > 1:
            for name in ROLE_NAMES:
                group = groups[name]
                self.stdout.write(
                    f"{name}: {group.permissions.count()} model permissions, "
                    f"{group.page_permissions.count()} page permissions, "
                    f"{group.collection_permissions.count()} collection permissions"
                )
        if options["verbosity"] > 0:
            pages = ", ".join(str(wp.page) for wp in workflow.workflow_pages.select_related("page")) or "-"
            self.stdout.write(f"Editorial roles in sync; news review workflow on: {pages}")
        if demo_editors:
            create_demo_editors(self.stdout)
