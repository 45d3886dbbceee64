"""What the app holds between requests: one store connection and a lazily loaded pipeline.

DuckDB connections and spaCy pipelines are not shared across threads here:
each is used under its own lock (FastAPI runs plain ``def`` endpoints in a
thread pool).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol

from dyadic.records import Article, ArticleResult
from dyadic.server.settings import ServerSettings
from dyadic.store import EventStore, open_store


class Coder(Protocol):
    """Anything that codes one article, like :class:`dyadic.pipeline.Pipeline`."""

    def code(self, article: Article) -> ArticleResult: ...


def default_coder(settings: ServerSettings) -> Coder:
    """The real :class:`~dyadic.pipeline.Pipeline` (loads spaCy; seconds).

    Raises:
        PipelineNotInstalled: the configured spaCy pipeline is missing.
    """
    from dyadic.pipeline import Pipeline

    return Pipeline(settings.coding)


class AppState:
    """The store and the coder of one app.

    Args:
        settings: Server settings; the store is opened from ``db_path``.
        coder_factory: Builds the coder on the first ``POST /api/articles``;
            default :func:`default_coder`.

    Raises:
        StoreError: the store cannot be opened.
        MissingExtra: ``db_path`` is a PostgreSQL URL and ``dyadic[postgres]`` is not installed.
    """

    def __init__(
        self, settings: ServerSettings, coder_factory: Callable[[ServerSettings], Coder] | None = None
    ) -> None:
        self.settings = settings
        self._store = open_store(settings.db_path, read_only=settings.read_only)
        self._store_lock = threading.RLock()
        self._coder: Coder | None = None
        self._coder_factory = coder_factory or default_coder
        self._coder_lock = threading.Lock()

    @contextmanager
    def store(self) -> Iterator[EventStore]:
        """The store, held for this thread until the block ends."""
        with self._store_lock:
            yield self._store

    def code(self, article: Article) -> ArticleResult:
        """Code ``article`` with the (lazily built) coder, one article at a time.

        Raises:
            PipelineNotInstalled, CodingError: from the coder.
        """
        with self._coder_lock:
            if self._coder is None:
                self._coder = self._coder_factory(self.settings)
            return self._coder.code(article)

    def close(self) -> None:
        """Close the store."""
        with self._store_lock:
            self._store.close()
