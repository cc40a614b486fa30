# The production image: gunicorn serving the site, static files compressed and hashed by whitenoise.
FROM python:3.11-slim-bookworm

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DJANGO_SETTINGS_MODULE=institute_site.settings.production \
    PORT=8000

RUN apt-get update && apt-get install -y --no-install-recommends gettext libjpeg62-turbo libwebp7 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 site

WORKDIR /app
COPY requirements.lock .
RUN pip install --no-cache-dir -r requirements.lock

COPY --chown=site:site . .
# Build-time only: collectstatic needs importable settings, never a database.
RUN SECRET_KEY=build-only-not-a-secret-build-only-not-a-secret \
    DATABASE_URL=postgresql://build@localhost/build \
    sh -c "python manage.py compilemessages --locale fr -v 0 && python manage.py collectstatic --noinput -v 0"

USER site
EXPOSE 8000
CMD ["gunicorn", "institute_site.wsgi:application", "--config", "institute_site/gunicorn.conf.py"]
