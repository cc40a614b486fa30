"""A strict Content-Security-Policy on the public site.

Public templates carry no inline script or style, so the policy allows only the site's own
files. The Wagtail admin relies on inline scripts of its own and is left to its defaults.
"""

from django.conf import settings

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = "; ".join(f"{directive} {' '.join(sources)}" for directive, sources in settings.CSP.items())

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(ADMIN_PREFIXES):
            response.setdefault("Content-Security-Policy", self.policy)
        return response
