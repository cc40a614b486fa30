"""The WSGI application the browser tests serve: the site itself, plus its uploaded files.

In production nginx serves ``/media/`` (``deploy/nginx.conf``); here WhiteNoise stands in for it,
looking files up on each request since renditions are written while pages render.
"""

from whitenoise import WhiteNoise

from django.conf import settings
from django.core.wsgi import get_wsgi_application

application = WhiteNoise(get_wsgi_application(), autorefresh=True)
application.add_files(settings.MEDIA_ROOT, prefix=settings.MEDIA_URL)
