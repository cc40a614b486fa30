"""gunicorn for production and the benchmark: a few sync workers, recycled to bound memory."""

import multiprocessing
import os

bind = f"0.0.0.0:{os.environ.get('PORT', '8000')}"
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
max_requests = 20000  # recycling bounds memory; more often costs seconds of CPU per restart under load
max_requests_jitter = 2000
timeout = 30
graceful_timeout = 20
accesslog = "-" if os.environ.get("GUNICORN_ACCESS_LOG") else None
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
