"""What many pages share, kept in each web process for as long as the site generation lasts.

The page cache keeps whole pages; a page it does not hold (another query string, the first view
after a publication) is rendered. Much of that rendering is the same from one page to the next:
the site and its home page, the route from an address to a page, the menus, the institute
settings, each image's ``<picture>`` markup. These memos keep such parts in the process's memory.

An entry is only used by a request that read the same site generation (the page-cache middleware
reads it anyway): a publication, or a saved snippet, image, setting or site, replaces the
generation, and every process then drops all its memos at its next request, as every cached page
becomes stale. There is nothing else to invalidate and nothing to get subtly wrong.

Outside a request the page-cache middleware serves (editors, previews, the admin, management
commands, tests with the page cache off), ``memoized`` just computes: memos never show an editor
anything the database would not.

Memoized values are shared by the requests of a process: keep them immutable (markup, ids,
tuples), or objects that the code reading them does not modify.
"""

import functools
import threading
from collections import OrderedDict
from contextlib import contextmanager

from django.conf import settings
from django.utils import translation

_request = threading.local()
_lock = threading.Lock()
_entries = OrderedDict()
_generation = [None]
_MISSING = object()


@contextmanager
def generation_scope(generation):
    """Let the code run inside use the memos of ``generation`` (set by the page-cache middleware)."""
    previous = getattr(_request, "generation", None)
    _request.generation = generation
    try:
        yield
    finally:
        _request.generation = previous


def active_generation():
    return getattr(_request, "generation", None)


def recall(key, default=None):
    """What was remembered for ``key`` in the request's generation, else ``default``."""
    generation = active_generation()
    if generation is None:
        return default
    with _lock:
        if _generation[0] != generation:
            _entries.clear()
            _generation[0] = generation
            return default
        value = _entries.get(key, _MISSING)
        if value is _MISSING:
            return default
        _entries.move_to_end(key)
        return value


def remember(key, value):
    """Keep ``value`` for ``key`` until the generation changes (outside a generation: nothing)."""
    generation = active_generation()
    if generation is None:
        return
    with _lock:
        if _generation[0] != generation:
            _entries.clear()
            _generation[0] = generation
        _entries[key] = value
        _entries.move_to_end(key)
        while len(_entries) > settings.MEMO_MAX_ENTRIES:
            _entries.popitem(last=False)


def memoized(key, compute):
    """``compute()``, or what it returned for ``key`` earlier in the same generation."""
    value = recall(key, _MISSING)
    if value is _MISSING:
        value = compute()
        remember(key, value)
    return value


def per_page(loader):
    """Decorate ``loader(page)`` (what a page shows besides its own fields: related pages, sections)
    to run once per page and language in a generation; its result is shared, so read only."""

    @functools.wraps(loader)
    def load(page):
        if page.pk is None:  # a preview of a page not yet saved
            return loader(page)
        key = (loader.__module__, loader.__qualname__, page.pk, translation.get_language())
        return memoized(key, lambda: loader(page))

    return load


def clear():
    with _lock:
        _entries.clear()
        _generation[0] = None


def size():
    return len(_entries)
