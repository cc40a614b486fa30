"""Fixtures of the page-rendering tests."""

from tests.front import site  # noqa: F401
