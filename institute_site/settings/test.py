"""Settings for the test suite (named once, in pyproject.toml's pytest section)."""

import os

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105
DEBUG = False
# Hashing passwords at full strength would dominate the run time of admin tests.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Tests render pages without running collectstatic first.
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Concurrent test runs on one server (a developer's and a helper's) each name their own database.
DATABASES["default"]["TEST"] = {"NAME": os.environ.get("TEST_DATABASE_NAME", "test_institute_site")}  # noqa: F405
# Static files are served from the apps' folders as they are, without running collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Tests build different pages at the same addresses, which a page cache kept across tests would
# serve stale; tests/test_cache.py turns it on where it is under test.
PAGE_CACHE_ENABLED = False
# Making every rendition of every image a test saves would take a good part of a second per image;
# tests/test_renditions.py turns it on.
RENDITIONS_AHEAD = False
