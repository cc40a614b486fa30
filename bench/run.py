"""Benchmark the demo site under gunicorn on loopback; write the figures to docs/benchmarks.md.

    make bench                      # or: .venv/bin/python bench/run.py [--fresh] [--duration 10]

What it does, in one run:
1. creates (or reuses; --fresh recreates) the database `institute_bench` on the PostgreSQL at
   127.0.0.1:5432, fills it with `prepare_site` (migrations and demo content), collects the
   static files and makes the image renditions ahead, as a deployment would;
2. counts the database queries of each benchmarked page, uncached (bench/probe.py);
3. starts gunicorn with the production settings on 127.0.0.1 only, Redis database 6 as cache;
4. measures with wrk, for each page, cached (every request a hit) and uncached (each request
   has a query string of its own, so each is a miss that renders and stores the page), each
   right after /ping/, a view with no database or template: the floor the page is compared to;
5. runs 60 seconds at 50 connections over all the pages while another process publishes pages
   every half second (bench/publisher.py), counting errors;
6. writes docs/benchmarks.md: figures, ratios to the floor, targets, memory, machine, versions.

Only 127.0.0.1 is ever targeted. Needs `wrk` (Debian package; installed with apt-get if missing).
"""
# ruff: noqa: S603, S607 (runs the project's own commands and local tools: manage.py, gunicorn, wrk, apt-get)

import argparse
import collections
import datetime
import json
import os
import platform
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

import psutil
import psycopg
import redis
from psycopg import sql

BASE_DIR = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
HOST = "127.0.0.1"
PORT = int(os.environ.get("BENCH_PORT", "8765"))
DATABASE = os.environ.get("BENCH_DATABASE", "institute_bench")
POSTGRES = os.environ.get("BENCH_POSTGRES", "postgresql://postgres@127.0.0.1:5432")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/6")
WORKDIR = Path(os.environ.get("BENCH_WORKDIR", Path(tempfile.gettempdir()) / "institute-bench"))
WORKERS = int(os.environ.get("BENCH_WORKERS", "3"))
CONNECTIONS = int(os.environ.get("BENCH_CONNECTIONS", "10"))
REPORT = BASE_DIR / "docs" / "benchmarks.md"
# gunicorn.conf.py recycles a worker every 20,000 requests or so. A run serves nearly 300,000
# requests per worker, and each restart (about 2 s of CPU, the worker answering nothing) landed in
# whichever line was being measured: a p99 of nearly 2 s, and that line's ratio 10 points down.
# The benchmark measures pages, so recycling is off (0) unless BENCH_MAX_REQUESTS says otherwise.
MAX_REQUESTS = int(os.environ.get("BENCH_MAX_REQUESTS", "0"))

DETAIL_PAGES = {"theme page", "news page"}
LISTINGS = {"home", "filtered partner listing", "search"}  # the home page lists themes, news, partners
FLOOR = "floor (/ping/)"
ROUNDS = 5  # slices of page and floor, alternating (2 s each for 10 s)
ERROR_KINDS = ("connect", "read", "write", "status", "timeout")
TARGETS = {"detail queries": 15, "listing queries": 20, "cached ratio": 0.80, "uncached ratio": 0.05}

WRK_SCRIPT = """
paths = {%(paths)s}
unique = %(unique)s
local counter = 0
math.randomseed(os.time())
request = function()
    counter = counter + 1
    local path = paths[(counter %% #paths) + 1]
    if unique then
        local separator = string.find(path, "?", 1, true) and "&" or "?"
        path = path .. separator .. "bench=" .. counter .. "-" .. math.random(1, 1000000000)
    end
    return wrk.format("GET", path)
end
done = function(summary, latency, requests)
    local e = summary.errors
    io.write(string.format(
        'WRK {"requests": %%d, "duration_us": %%d, "p50_us": %%d, "p99_us": %%d, "connect": %%d, ' ..
        '"read": %%d, "write": %%d, "status": %%d, "timeout": %%d}\\n',
        summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
        e.connect, e.read, e.write, e.status, e.timeout))
    for _, thread in ipairs(threads) do
        io.write(string.format('CACHE {"HIT": %%d, "MISS": %%d, "STALE": %%d}\\n',
            thread:get("hit") or 0, thread:get("miss") or 0, thread:get("stale") or 0))
    end
end
threads = {}
setup = function(thread) table.insert(threads, thread) end
"""
# Added for the publishing run only: reading each response's headers costs wrk time.
COUNT_CACHE_STATES = """
hit, miss, stale = 0, 0, 0
response = function(status, headers, body)
    local state = headers["X-Cache"]
    if state == "HIT" then hit = hit + 1 elseif state == "MISS" then miss = miss + 1
    elseif state == "STALE" then stale = stale + 1 end
end
"""


def env_flag(name):
    return os.environ.get(name, "").lower() in {"1", "true", "yes"}


def log(message):
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def environment():
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "institute_site.settings.production",
        "SECRET_KEY": BENCH_SECRET_KEY,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "DATABASE_URL": f"{POSTGRES}/{DATABASE}",
        "REDIS_URL": REDIS_URL,
        "STATIC_ROOT": str(WORKDIR / "static"),
        "MEDIA_ROOT": str(WORKDIR / "media"),
        "PAGE_CACHE_ENABLED": "true",
        "WEB_CONCURRENCY": str(WORKERS),
        "LOG_LEVEL": "ERROR",
    }


BENCH_SECRET_KEY = secrets.token_urlsafe(50)


def manage(*args, env=None, capture=False, script=None):
    command = [PYTHON, "manage.py", *args]
    if script is not None:
        command = [PYTHON, "manage.py", "shell", "-c", Path(script).read_text()]
    result = subprocess.run(
        command, cwd=BASE_DIR, env=env or environment(), check=True, text=True, capture_output=capture
    )
    return result.stdout if capture else None


def ensure_wrk():
    if shutil.which("wrk"):
        return
    log("wrk is missing: installing the Debian package")
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=False)
    if not shutil.which("wrk"):
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)


def prepare(fresh):
    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE]).fetchone()
        if exists and fresh:
            admin.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(DATABASE)))
            shutil.rmtree(WORKDIR / "media", ignore_errors=True)
        if not exists or fresh:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE)))
    log(f"prepare_site on {DATABASE} (migrations, demo content)")
    manage("prepare_site", "-v", "0")
    log("collectstatic")
    manage("collectstatic", "--noinput", "-v", "0")
    log("renditions ahead of visitors")
    manage("shell", "-c", "from institute_site.renditions import generate_all; generate_all()", env=environment())


def probe():
    output = manage(script=BASE_DIR / "bench" / "probe.py", env=environment(), capture=True)
    line = next(line for line in output.splitlines() if line.startswith("PROBE "))
    return json.loads(line.removeprefix("PROBE "))


class Server:
    """gunicorn with the production configuration, bound to loopback only."""

    def __init__(self):
        self.process = None
        self.peak_rss = 0
        self.sampling = False

    def start(self):
        command = [
            PYTHON, "-m", "gunicorn", "institute_site.wsgi:application",
            "--config", "institute_site/gunicorn.conf.py", "--bind", f"{HOST}:{PORT}",
            "--max-requests", str(MAX_REQUESTS),
        ]  # fmt: skip
        self.process = subprocess.Popen(command, cwd=BASE_DIR, env=environment(), start_new_session=True)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://{HOST}:{PORT}/ping/", timeout=2) as response:  # noqa: S310
                    if response.status == 200:
                        break
            except OSError:
                time.sleep(0.3)
        else:
            raise RuntimeError("gunicorn did not answer within 60 seconds")
        self.sampling = True
        threading.Thread(target=self.sample_memory, daemon=True).start()

    def workers(self):
        return psutil.Process(self.process.pid).children()

    def rss(self):
        master = psutil.Process(self.process.pid)
        return master.memory_info().rss, [worker.memory_info().rss for worker in master.children()]

    def sample_memory(self):
        while self.sampling:
            try:
                master, workers = self.rss()
                self.peak_rss = max(self.peak_rss, master + sum(workers))
            except psutil.Error:
                pass
            time.sleep(1)

    def stop(self):
        self.sampling = False
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=30)


def wrk(paths, seconds, connections, unique=False, count_cache_states=False):
    script = WRK_SCRIPT % {
        "paths": ", ".join(json.dumps(path) for path in paths),
        "unique": "true" if unique else "false",
    }
    if count_cache_states:
        script += COUNT_CACHE_STATES
    duration = f"{max(1, round(seconds))}s"
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as file:
        file.write(script)
    try:
        result = subprocess.run(
            [
                "wrk",
                "--threads",
                "1",
                "--connections",
                str(connections),
                "--duration",
                duration,
                "--timeout",
                "10s",
                "--script",
                file.name,
                "--header",
                "Accept-Encoding: gzip",
                f"http://{HOST}:{PORT}/",
            ],  # fmt: skip
            check=True,
            capture_output=True,
            text=True,
        )
    finally:
        os.unlink(file.name)
    line = next(line for line in result.stdout.splitlines() if line.startswith("WRK "))
    figures = json.loads(line.removeprefix("WRK "))
    figures["rps"] = figures["requests"] / (figures["duration_us"] / 1_000_000)
    figures["errors"] = sum(figures[key] for key in ERROR_KINDS)
    if count_cache_states:
        figures["cache_states"] = collections.Counter()
        for line in result.stdout.splitlines():
            if line.startswith("CACHE "):
                figures["cache_states"].update(json.loads(line.removeprefix("CACHE ")))
    return figures


def x_cache(path):
    request = urllib.request.Request(f"http://{HOST}:{PORT}{path}", headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
        return response.headers.get("X-Cache")


def interleaved(path, floor_path, seconds, unique=False, rounds=ROUNDS):
    """The page and the floor in alternating slices: other processes' load drifts, and hits both alike."""
    page_slices, floor_slices = [], []
    for _ in range(rounds):
        floor_slices.append(wrk([floor_path], seconds / rounds, CONNECTIONS))
        page_slices.append(wrk([path], seconds / rounds, CONNECTIONS, unique=unique))
    return combine(page_slices), combine(floor_slices)


def combine(slices):
    combined = {key: sum(part[key] for part in slices) for key in ("requests", "duration_us", "errors", *ERROR_KINDS)}
    combined["rps"] = combined["requests"] / (combined["duration_us"] / 1_000_000)
    combined["p50_us"] = sorted(part["p50_us"] for part in slices)[len(slices) // 2]
    combined["p99_us"] = max(part["p99_us"] for part in slices)
    return combined


def measure(urls, seconds):
    """Each page cached then uncached, in slices alternating with the floor it is compared to."""
    results, floors = {}, []
    floor_path = urls[FLOOR]
    for name, path in urls.items():
        if path == floor_path:
            continue
        x_cache(path)  # warm: the next requests are hits
        state = x_cache(path)
        if state != "HIT":
            raise RuntimeError(f"{path} is not served from the cache (X-Cache: {state})")
        for state, unique in (("cached", False), ("uncached", True)):
            log(f"{name}: {state}, alternating with the floor")
            page, floor = interleaved(path, floor_path, seconds, unique=unique)
            floors.append(floor)
            results[(name, state)] = {**page, "floor_rps": floor["rps"]}
    combined = combine(floors)
    results[(FLOOR, "")] = {**combined, "floor_rps": combined["rps"]}
    return results


def publishing_run(urls, seconds, connections):
    env = {**environment(), "BENCH_PUBLISH_SECONDS": str(seconds)}
    publisher = subprocess.Popen(
        [PYTHON, "manage.py", "shell", "-c", (BASE_DIR / "bench" / "publisher.py").read_text()],
        cwd=BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )
    paths = list(urls.values())
    figures = wrk(paths, seconds, connections, count_cache_states=True)
    output, _ = publisher.communicate(timeout=120)
    figures["published"] = int(re.search(r"PUBLISHED (\d+)", output).group(1))
    return figures


def machine():
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if "model name" in line
        ),
        platform.processor(),
    )
    memory_kb = int(re.search(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text()).group(1))
    return {
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "memory": f"{memory_kb / 1024 / 1024:.1f} GiB",
        "os": platform.platform(),
    }


def versions():
    from importlib.metadata import version

    with psycopg.connect(f"{POSTGRES}/postgres") as conn:
        postgres = conn.execute("SHOW server_version").fetchone()[0]
    wrk_version = subprocess.run(["wrk", "--version"], capture_output=True, text=True).stdout.split()[1]
    return {
        "Python": platform.python_version(),
        "Django": version("django"),
        "Wagtail": version("wagtail"),
        "gunicorn": version("gunicorn"),
        "PostgreSQL": postgres,
        "Redis": redis.Redis.from_url(REDIS_URL).info()["redis_version"],
        "wrk": wrk_version,
    }


def verdicts(probe_result, results, load):
    checks = []
    for name, count in probe_result["queries"].items():
        if name in DETAIL_PAGES:
            checks.append((f"{name}: at most {TARGETS['detail queries']} queries", count <= TARGETS["detail queries"]))
        elif name in LISTINGS:
            checks.append(
                (f"{name}: at most {TARGETS['listing queries']} queries", count <= TARGETS["listing queries"])
            )
    for (name, state), figures in results.items():
        ratio = figures["rps"] / figures["floor_rps"]
        if state == "cached":
            checks.append((f"{name} cached: at least 80% of the floor ({ratio:.0%})", ratio >= TARGETS["cached ratio"]))
        elif state == "uncached":
            checks.append(
                (f"{name} uncached: at least 5% of the floor ({ratio:.0%})", ratio >= TARGETS["uncached ratio"])
            )
        checks.append((f"{name} {state}: no error".replace("  ", " "), figures["errors"] == 0))
    checks.append(
        (f"no error in {load['seconds']} s at {load['connections']} connections while publishing", load["errors"] == 0)
    )
    return checks


def report(command, probe_result, results, load, memory, checks, elapsed, seconds):
    states = load["cache_states"]
    rows = []
    for (name, state), figures in results.items():
        queries = probe_result["warm_queries"][name] if state != "cached" else 0
        rows.append(
            f"| {name} | {state or '-'} | {figures['rps']:.0f} | {figures['p50_us'] / 1000:.1f} | "
            f"{figures['p99_us'] / 1000:.1f} | {figures['rps'] / figures['floor_rps']:.0%} | {queries} | "
            f"{figures['errors']} |"
        )
    urls = [
        f"| {name} | `{path}` | {probe_result['sizes'][name]:,} | {probe_result['queries'][name]} | "
        f"{probe_result['cpu_ms'][name]:.1f} | {probe_result['warm_queries'][name]} | "
        f"{probe_result['warm_cpu_ms'][name]:.1f} |"
        for name, path in probe_result["urls"].items()
    ]
    info = machine()
    versions_line = ", ".join(f"{name} {value}" for name, value in versions().items())
    passed = all(ok for _, ok in checks)
    check_lines = [f"- [{'x' if ok else ' '}] {label}" for label, ok in checks]
    master, workers, peak = memory
    when = datetime.datetime.now(datetime.UTC)
    lines = [
        "# Benchmarks",
        "",
        f"Written by `make bench` (`bench/run.py`); do not edit by hand. Last run: {when:%Y-%m-%d %H:%M} UTC,",
        f"{elapsed / 60:.1f} minutes in all. **Targets {'met' if passed else 'NOT met'}.**",
        "",
        f"Command: `{command}`. gunicorn with the production settings and configuration, {WORKERS} sync workers",
        f"({f'worker recycling every {MAX_REQUESTS:,} requests' if MAX_REQUESTS else 'worker recycling off'} "
        "for the measurement), bound to",
        f"127.0.0.1:{PORT}; PostgreSQL database `{DATABASE}` filled by `prepare_site` (demo content);",
        f"Redis `{REDIS_URL}` as the shared cache. Load from `wrk`: one thread, {CONNECTIONS} connections,",
        f"{seconds} s per line and as much for its floor, `Accept-Encoding: gzip`, on the same machine (wrk takes",
        "CPU from the server). p50 is the median of the slices' p50, p99 the highest of their p99.",
        "",
        "## Pages",
        "",
        "*Cached*: every request is a hit of the page cache. *Uncached*: each request carries a query",
        "string of its own, so each one misses the page cache, renders the page and stores it; the parts",
        "pages share (site, route, menus, pictures, a page's related links, a listing's results for the",
        "same filters) come from the per-process memos of the current site generation",
        "(`institute_site/caching/memo.py`), as for every page but the first after a publication: the",
        "cold figures below show that first one. *Ratio*: requests per",
        "second relative to the floor, `/ping/` (a view with no database and no template), measured in",
        f"{ROUNDS} slices alternating with the page's, so that other processes' load weighs on both alike",
        "(the floor's row sums all its slices). *Queries*: database queries of one such",
        "uncached request, counted by `bench/probe.py`; a hit makes none.",
        "",
        "| page | cache | requests/s | p50 (ms) | p99 (ms) | ratio to floor | queries | errors |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
        *rows,
        "",
        "*Cold*: an uncached request with the memos emptied first, as the first page rendered after a",
        "publication (every publication starts a new generation); *warm*: with the memos of the previous",
        "request, as in the uncached runs above. *CPU*: CPU time of one such request in a single process",
        "(Django's test client, median of 7, `bench/probe.py`), less disturbed by other processes than",
        "requests per second. The query targets apply to the cold counts.",
        "",
        "| page | address | HTML bytes (uncompressed) | queries, cold | CPU, cold (ms) | queries, warm "
        "| CPU, warm (ms) |",
        "|---|---|---:|---:|---:|---:|---:|",
        *urls,
        "",
        "## Under load while publishing",
        "",
        f"{load['seconds']} s at {load['connections']} connections over all the addresses above while another",
        f"process published a page every 0.5 s ({load['published']} publications, each invalidating the",
        f"whole page cache): {load['rps']:.0f} requests/s, p50 {load['p50_us'] / 1000:.1f} ms,",
        f"p99 {load['p99_us'] / 1000:.1f} ms, **{load['errors']} errors** (connect {load['connect']},",
        f"read {load['read']}, write {load['write']}, non-2xx/3xx {load['status']}, timeouts {load['timeout']}).",
        f"Responses by `X-Cache`: {states['HIT']} hits, {states['MISS']} rendered, {states['STALE']} stale",
        "(the previous copy, served while another request rebuilt the page after a publication).",
        "",
        "## Memory",
        "",
        f"Resident memory after the runs: gunicorn master {master / 2**20:.0f} MiB, workers",
        f"{', '.join(f'{rss / 2**20:.0f}' for rss in workers)} MiB; peak of the whole server during the",
        f"runs {peak / 2**20:.0f} MiB.",
        "",
        "## Targets",
        "",
        *check_lines,
        "",
        "## Machine",
        "",
        f"{info['cpus']} CPUs ({info['cpu']}), {info['memory']} of memory, {info['os']}; other",
        "processes may have been running on it at the same time.",
        f"{versions_line}.",
    ]
    REPORT.write_text("\n".join(lines) + "\n")
    return passed


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--fresh",
        action="store_true",
        default=env_flag("BENCH_FRESH"),
        help="recreate the benchmark database first (also BENCH_FRESH=1 make bench)",
    )
    parser.add_argument("--duration", type=int, default=int(os.environ.get("BENCH_DURATION", "10")))
    parser.add_argument("--load-duration", type=int, default=60)
    parser.add_argument("--load-connections", type=int, default=50)
    arguments = parser.parse_args()
    started = time.monotonic()
    command = "make bench" if os.environ.get("MAKELEVEL") else " ".join([Path(PYTHON).name, *sys.argv])
    if env_flag("BENCH_FRESH"):
        command = f"BENCH_FRESH=1 {command}"

    ensure_wrk()
    WORKDIR.mkdir(parents=True, exist_ok=True)
    prepare(arguments.fresh)
    log("counting queries")
    probe_result = probe()
    urls = probe_result["urls"]
    redis.Redis.from_url(REDIS_URL).flushdb()
    server = Server()
    try:
        log(f"gunicorn on {HOST}:{PORT}")
        server.start()
        results = measure(urls, arguments.duration)
        log(f"{arguments.load_duration} s at {arguments.load_connections} connections while publishing")
        load = publishing_run(urls, arguments.load_duration, arguments.load_connections)
        load.update(seconds=arguments.load_duration, connections=arguments.load_connections)
        master, workers = server.rss()
        memory = (master, workers, server.peak_rss)
    finally:
        server.stop()
        redis.Redis.from_url(REDIS_URL).flushdb()
    checks = verdicts(probe_result, results, load)
    passed = report(
        command, probe_result, results, load, memory, checks, time.monotonic() - started, arguments.duration
    )
    log(f"wrote {REPORT.relative_to(BASE_DIR)}")
    for label, ok in checks:
        print(f"  {'ok  ' if ok else 'MISS'} {label}")
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
