"""Which PostgreSQL the site talks to.

With ``DATABASE_URL`` set, that server. Without it, an embedded PostgreSQL
started by the ``pgserver`` package in a git-ignored folder of the project, so
that a newcomer needs no database install. Several processes (the dev server,
a test run, gunicorn workers) share one embedded server: pgserver counts its
users and stops it when the last one exits.
"""

import os
from pathlib import Path
from urllib.parse import quote

import dj_database_url
import psycopg
from psycopg import sql

EMBEDDED_DATA_DIR = Path(__file__).resolve().parent.parent / ".pgdata"
EMBEDDED_DATABASE_NAME = "institute_site"


def database_config(environ=os.environ):
    url = environ.get("DATABASE_URL")
    if url:
        return dj_database_url.parse(url, conn_max_age=int(environ.get("DB_CONN_MAX_AGE", "60")))
    return dj_database_url.parse(embedded_database_url())


def embedded_database_url(data_dir=EMBEDDED_DATA_DIR, name=EMBEDDED_DATABASE_NAME):
    data_dir.mkdir(parents=True, exist_ok=True)
    # pgserver keeps its inter-process lock under XDG_RUNTIME_DIR: every process
    # sharing the data folder must see the same one, so it lives beside the data.
    runtime_dir = data_dir / "run"
    runtime_dir.mkdir(exist_ok=True)
    runtime_dir.chmod(0o700)
    os.environ["XDG_RUNTIME_DIR"] = str(runtime_dir)

    import pgserver  # imported late: it reads XDG_RUNTIME_DIR at import time

    server = pgserver.get_server(data_dir / "pg")
    socket_dir = server.get_postmaster_info().socket_dir
    with psycopg.connect(host=str(socket_dir), user="postgres", dbname="postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return f"postgresql://postgres@{quote(str(socket_dir), safe='')}/{name}"
