"""A Redis cache that fails open: with Redis down or slow, the site runs uncached instead of failing.

Django's RedisCache raises on a connection error, and every page reads the cache (Wagtail's
site root paths, settings, this project's page cache), so a Redis outage would take the whole
site down. Here a failed read is a miss and a failed write is skipped; each failure is logged.

It also keeps one redis-py client per connection pool, where Django builds a new one for every
operation (redis-py fills a table of some 170 response callbacks in each): a tenth of a
millisecond saved on every cache hit.
"""

import functools
import logging

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from django.core.cache.backends.redis import RedisCache, RedisCacheClient

logger = logging.getLogger(__name__)

FAILURES = (RedisConnectionError, RedisTimeoutError)


def fail_open(default=None):
    def decorator(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except FAILURES as error:
                logger.warning("Cache unavailable (%s): %s", method.__name__, error)
                return default(*args, **kwargs) if callable(default) else default

        return wrapper

    return decorator


def _default_argument(key, default=None, *args, **kwargs):
    return default


class ReusingRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        index = self._get_connection_pool_index(write)
        client = self._clients.get(index)
        if client is None:  # redis-py clients are thread-safe; their pools reconnect after a fork
            client = self._clients[index] = self._client(connection_pool=self._get_connection_pool(write))
        return client


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient

    get = fail_open(_default_argument)(RedisCache.get)
    get_many = fail_open(lambda *args, **kwargs: {})(RedisCache.get_many)
    has_key = fail_open(False)(RedisCache.has_key)
    add = fail_open(False)(RedisCache.add)
    set = fail_open(None)(RedisCache.set)
    set_many = fail_open(lambda data, *args, **kwargs: list(data))(RedisCache.set_many)
    touch = fail_open(False)(RedisCache.touch)
    delete = fail_open(False)(RedisCache.delete)
    delete_many = fail_open(None)(RedisCache.delete_many)
    clear = fail_open(False)(RedisCache.clear)
