"""What the app holds between requests: the store and a lazily loaded pipeline.

The store and the spaCy pipeline are not shared across threads here: each is
used under its own lock (FastAPI runs plain ``def`` endpoints in a thread
pool). A DuckDB file is not held between requests: a ``with state.store()``
block opens it (read-only; for writing only to store an article) and it is
closed about 0.1 s after, at once if another process waits for it, so
``dyadic code`` can write batches into it and other commands can read it
while the server runs (:mod:`dyadic.store.duckdb_store`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from typing import Protocol

from dyadic.records import Article, ArticleResult
from dyadic.server.settings import ServerSettings
from dyadic.store import EventStore, Store, open_store


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
        StoreError: the store cannot be opened (:class:`~dyadic.store.StoreLocked`:
            another process held the DuckDB file for longer than ``lock_wait_s``).
        MissingExtra: ``db_path`` is a PostgreSQL URL and ``dyadic[postgres]`` is not installed.
    """

    def __init__(
        self, settings: ServerSettings, coder_factory: Callable[[ServerSettings], Coder] | None = None
    ) -> None:
        self.settings = settings
        self._store = open_store(
            settings.db_path, read_only=settings.read_only, lock_wait_s=settings.lock_wait_s
        )
        self._store_lock = threading.RLock()
        self._coder: Coder | None = None
        self._coder_factory = coder_factory or default_coder
        self._coder_lock = threading.Lock()

    @contextmanager
    def store(self) -> Iterator[EventStore]:
        """The store, held for this thread until the block ends; a DuckDB file is open
        (read-only until something is written) for the block only.

        Raises:
            StoreLocked: another process held the DuckDB file for longer than ``lock_wait_s``.
        """
        with self._store_lock, _session(self._store):
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


def _session(store: EventStore) -> AbstractContextManager[object]:
    """A DuckDB store's :meth:`~dyadic.store.Store.session`; nothing for PostgreSQL (its pool
    lends a connection per query)."""
    return store.session() if isinstance(store, Store) else nullcontext()
