"""docker-compose.yml and the image, checked as files: no Docker engine runs on these machines."""

import re
from pathlib import Path

import pytest
import yaml

BASE_DIR = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((BASE_DIR / "docker-compose.yml").read_text())


def dockerfile_cmd():
    match = re.search(r"^CMD (\[.*\])$", (BASE_DIR / "Dockerfile").read_text(), re.MULTILINE)
    return yaml.safe_load(match.group(1))


def test_the_stack_has_its_services(compose):
    assert set(compose["services"]) == {"db", "redis", "migrate", "web", "scheduler", "proxy"}
    assert compose["services"]["db"]["image"] == "postgres:16"
    assert compose["services"]["redis"]["image"].startswith("redis:")


def test_the_web_service_runs_the_images_command_in_several_replicas(compose):
    web = compose["services"]["web"]
    assert web["command"] == dockerfile_cmd()
    assert web["command"][0] == "gunicorn"
    assert web["deploy"]["replicas"] >= 2
    assert "ports" not in web, "replicas sit behind the proxy's single port"
    assert compose["services"]["proxy"]["ports"] == ["${PORT:-8000}:80"]


def test_every_long_running_service_has_a_health_check(compose):
    for name in ("db", "redis", "web", "proxy"):
        assert compose["services"][name]["healthcheck"]["test"], name
    assert "/healthz/" in " ".join(compose["services"]["web"]["healthcheck"]["test"])


def test_the_site_waits_for_a_healthy_database_and_cache_and_a_finished_migration(compose):
    web = compose["services"]["web"]["depends_on"]
    assert web["db"]["condition"] == "service_healthy"
    assert web["redis"]["condition"] == "service_healthy"
    assert web["migrate"]["condition"] == "service_completed_successfully"
    assert compose["services"]["migrate"]["command"][-2:] == ["prepare_site", "--no-demo"]


def test_the_site_is_configured_for_production_with_a_shared_cache(compose):
    for name in ("web", "migrate", "scheduler"):
        env = compose["services"][name]["environment"]
        assert env["DJANGO_SETTINGS_MODULE"] == "institute_site.settings.production"
        assert env["DATABASE_URL"].startswith("postgresql://") and "@db:5432/" in env["DATABASE_URL"]
        assert env["REDIS_URL"].startswith("redis://redis:6379")
        assert compose["services"][name]["env_file"] == ".env"  # SECRET_KEY comes from there, never the file


def test_data_and_media_live_in_volumes(compose):
    assert set(compose["volumes"]) == {"pgdata", "media"}
    assert "pgdata:/var/lib/postgresql/data" in compose["services"]["db"]["volumes"]
    assert "media:/srv/media" in compose["services"]["web"]["volumes"]


def test_scheduled_publishing_runs_periodically(compose):
    command = " ".join(compose["services"]["scheduler"]["command"])
    assert "publish_scheduled" in command and "while true" in command and "sleep" in command


def test_the_gunicorn_configuration_binds_the_port_and_recycles_workers():
    namespace = {}
    exec((BASE_DIR / "institute_site" / "gunicorn.conf.py").read_text(), namespace)  # noqa: S102
    assert namespace["bind"].endswith(":8000")
    assert namespace["workers"] >= 2 and namespace["max_requests"] > 0
