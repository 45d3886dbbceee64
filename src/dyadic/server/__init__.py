"""``dyadic serve``: the app that composes the HTTP API (:mod:`dyadic.api`) and the pages
(:mod:`dyadic.web`) over one store, with the state and settings both use. Needs ``dyadic[server]``.

:func:`create_app` is imported on first use, so :mod:`dyadic.api` and :mod:`dyadic.web`
can import :mod:`dyadic.server.state` and :mod:`dyadic.server.settings` without a cycle.
"""

from __future__ import annotations

import importlib
from typing import Any

from dyadic.server.settings import ServerSettings, is_loopback
from dyadic.server.state import AppState, Coder

__all__ = ["AppState", "Coder", "ServerSettings", "create_app", "is_loopback"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        return importlib.import_module("dyadic.server.app").create_app
    raise AttributeError(f"module 'dyadic.server' has no attribute {name!r}")
