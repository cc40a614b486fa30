import pytest

from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The per-language page paths of the root page are filled outside migrations."""
    with django_db_blocker.unblock():
        call_command("update_translation_fields", verbosity=0)
