"""Settings shared by every environment; safe for production, read from the environment."""

import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from institute_site.database import database_config

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "institute_site"


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # wagtail_modeltranslation must come before every app whose models it translates
    # (otherwise start-up fails with "StreamField is not supported by modeltranslation").
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "institute_site",
    "institute_site.caching",
    "home",
    "institutes",
    "portfolio",
    "platforms",
    "partners",
    "news",
    "search",
    "editorial",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_countries",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "institute_site.middleware.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Compresses what the page cache below does not serve (it keeps its pages already compressed).
    "django.middleware.gzip.GZipMiddleware",
    # Before the session: a cached page is served without touching the session or the database.
    "institute_site.caching.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "institute_site.urls"
WSGI_APPLICATION = "institute_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {"default": database_config()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "institute_site.caching.backends.ResilientRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "institute",
            # A slow or absent Redis makes pages uncached, not unavailable (see caching/backends.py).
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    # Each process keeps its own: fine for one development server; several web processes need
    # REDIS_URL, or a publication would invalidate the pages of only one of them.
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        }
    }

# The page cache for anonymous visitors (institute_site/caching/, docs/caching.md).
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "3600"))  # seconds in our cache, unless published
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))  # seconds in browsers and CDNs
PAGE_CACHE_STALE_WHILE_REVALIDATE = 300
# While one request renders a page a publication made stale, the others are served the previous
# copy, for at most this many seconds (if that rendering never ends).
PAGE_CACHE_REBUILD_SECONDS = 30
PAGE_CACHE_SHARED_MAX_AGE = None  # a longer s-maxage for a CDN purged by CDN_PURGE_HANDLER
# Entries of the per-process memos of shared page parts (caching/memo.py), least recently used dropped first.
MEMO_MAX_ENTRIES = 5000
PAGE_CACHE_EXCLUDED_PREFIXES = ["/admin/", "/django-admin/", "/documents/", "/healthz/", "/ping/"]
# Views besides Wagtail pages whose anonymous responses are cached (by URL name); a view can
# also be marked with institute_site.caching.middleware.page_cacheable.
PAGE_CACHE_URL_NAMES = ["wagtail_serve", "search", "search_autocomplete", "sitemap", "robots_txt", "news_feed"]
# Saving or deleting anything in these apps (snippets, images, documents, settings, sites)
# invalidates the cached pages; pages themselves invalidate when published, moved or deleted.
PAGE_CACHE_INVALIDATING_APPS = [
    "institute_site",
    "home",
    "institutes",
    "portfolio",
    "platforms",
    "partners",
    "news",
    "wagtaildocs",
    "wagtailcore.Site",
    # A page made private must stop being served from the cache at once.
    "wagtailcore.PageViewRestriction",
    "wagtailredirects",
]
# A dotted path to a callable given the URLs to purge from a CDN on each publication, e.g.
# "institute_site.caching.cdn.purge_with_wagtail_frontend_cache"; none by default.
CDN_PURGE_HANDLER = os.environ.get("CDN_PURGE_HANDLER") or None
CDN_PURGE_ALSO = ["/{language}/feeds/news/", "/sitemap.xml"]
# Image renditions the templates use are made when an image is saved or a page published, not
# while a visitor waits (institute_site/renditions.py).
RENDITIONS_AHEAD = env_bool("RENDITIONS_AHEAD", True)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: French is the default; every public URL carries its language prefix.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("French")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "fr"
MODELTRANSLATION_LANGUAGES = ("fr", "en")
# A field left empty in one language shows the other one rather than nothing.
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("fr", "en")}
# Pages are translated field by field (wagtail-modeltranslation), not as Wagtail locales.
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "collected-static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Uploads: a clear refusal rather than a server exhausted by a huge request.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000  # the page editor posts many fields
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]

WAGTAIL_SITE_NAME = "Institute Portfolio"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILIMAGES_IMAGE_MODEL = "institute_site.SiteImage"
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"png": "webp", "jpeg": "webp", "gif": "webp", "bmp": "webp"}

# The public site's Content-Security-Policy: its own files only, video players in frames.
CSP = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "frame-src": ["https://www.youtube-nocookie.com", "https://www.youtube.com", "https://player.vimeo.com"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
