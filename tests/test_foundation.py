"""The foundation: language routing, the database choice and the production settings guard."""

import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest

from django.db import connection

from institute_site.database import database_config

BASE_DIR = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [("en", "/en/"), ("en-GB,en;q=0.9", "/en/"), ("fr-FR,fr;q=0.9,en;q=0.8", "/fr/"), ("de", "/fr/"), ("", "/fr/")],
)
def test_root_redirects_to_the_visitors_language(client, home_page, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("language", ["fr", "en"])
def test_home_page_answers_in_its_language(client, home_page, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert f'<html lang="{language}"' in response.content.decode()


def test_unknown_language_prefix_ends_on_not_found_in_the_visitors_language(client, home_page):
    response = client.get("/de/", HTTP_ACCEPT_LANGUAGE="en", follow=True)
    assert response.redirect_chain == [("/en/de/", 302)]
    assert response.status_code == 404


def test_database_url_selects_that_server():
    config = database_config({"DATABASE_URL": "postgresql://editor:secret@db.example.org:6543/portfolio"})
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["HOST"], config["PORT"], config["NAME"], config["USER"]) == (
        "db.example.org",
        6543,
        "portfolio",
        "editor",
    )


def test_without_database_url_an_embedded_postgresql_answers():
    config = database_config({})
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert config["NAME"] == "institute_site"
    assert str(BASE_DIR / ".pgdata") in config["HOST"]  # its Unix socket lives in the project
    with psycopg.connect(dbname=config["NAME"], host=config["HOST"], user=config["USER"]) as conn:
        assert conn.execute("SHOW server_version").fetchone()[0].split(".")[0] >= "15"


def _run_django(code, **env):
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=BASE_DIR,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def _current_database_url():
    s = connection.settings_dict
    host = s["HOST"] or ""
    if host.startswith("/"):  # a Unix socket folder, percent-encoded as the URL's host
        return f"postgresql://{s['USER']}@{quote(host, safe='')}/{s['NAME']}"
    return f"postgresql://{s['USER']}@{host}:{s['PORT'] or 5432}/{s['NAME']}"


@pytest.mark.django_db
def test_a_served_database_is_used_through_database_url():
    url = _current_database_url()
    result = _run_django(
        "from django.db import connection; c = connection.cursor(); c.execute('select current_database()');"
        " print(c.fetchone()[0])",
        DJANGO_SETTINGS_MODULE="institute_site.settings.dev",
        DATABASE_URL=url,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == connection.settings_dict["NAME"]


@pytest.mark.parametrize("secret_key", ["", "short", "dev-only-insecure-key-never-used-in-production"])
def test_production_settings_refuse_a_missing_or_weak_secret_key(secret_key):
    result = _run_django(
        "pass",
        DJANGO_SETTINGS_MODULE="institute_site.settings.production",
        SECRET_KEY=secret_key,
        DATABASE_URL="postgresql://postgres@127.0.0.1:5432/postgres",
    )
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and "SECRET_KEY" in result.stderr


def test_production_settings_start_with_a_real_secret_key():
    result = _run_django(
        "from django.conf import settings; print(settings.DEBUG, settings.SESSION_COOKIE_SECURE)",
        DJANGO_SETTINGS_MODULE="institute_site.settings.production",
        SECRET_KEY="x" * 50,
        DATABASE_URL="postgresql://postgres@127.0.0.1:5432/postgres",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True"]
