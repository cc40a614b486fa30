from django.db import connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache


@never_cache
def healthz(request):
    """For load balancers and container health checks: the process answers and reaches its database."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("ok", content_type="text/plain")


@never_cache
def ping(request):
    """No database, no template: the floor the benchmark measures the pages against (bench/run.py)."""
    return HttpResponse("pong", content_type="text/plain")
