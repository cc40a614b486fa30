"""Every UI string has its French translation, and the catalogue is in step with the code."""

import shutil

import polib

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings

CATALOGUE = settings.BASE_DIR / "locale" / "fr" / "LC_MESSAGES" / "django.po"
SOURCES = sorted(
    {
        app.path.removeprefix(f"{settings.BASE_DIR}/").split("/")[0]  # top-level folders only
        for app in apps.get_app_configs()
        if app.path.startswith(str(settings.BASE_DIR)) and ".venv" not in app.path
    }
    | {"templates"}
)


def test_the_catalogue_has_no_untranslated_or_fuzzy_entry():
    catalogue = polib.pofile(str(CATALOGUE))
    missing = [entry.msgid for entry in catalogue.untranslated_entries() + catalogue.fuzzy_entries()]
    assert missing == []


def test_every_string_in_the_code_is_in_the_catalogue(tmp_path, monkeypatch):
    # makemessages writes beside the sources it reads: extract from a copy, not the work tree.
    for source in SOURCES:
        shutil.copytree(settings.BASE_DIR / source, tmp_path / source, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.chdir(tmp_path)
    with override_settings(LOCALE_PATHS=[tmp_path / "locale"]):
        call_command("makemessages", locale=["fr"], verbosity=0)
    fresh = polib.pofile(str(tmp_path / "locale" / "fr" / "LC_MESSAGES" / "django.po"))
    committed = {(entry.msgctxt, entry.msgid) for entry in polib.pofile(str(CATALOGUE)) if not entry.obsolete}
    absent = sorted(entry.msgid for entry in fresh if (entry.msgctxt, entry.msgid) not in committed)
    assert absent == [], "run `make messages` and translate these"
