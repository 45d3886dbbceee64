"""Copy a store into another, between any two backends (``dyadic db copy SRC DST``).

Rows are copied as stored, every column (``coded_at`` too), a batch of
articles at a time, each batch one transaction in the destination. Articles
the destination already holds are skipped with all their rows, so a copy
that was interrupted is finished by running it again.
"""

from __future__ import annotations

from collections.abc import Callable

from dyadic.store.base import EventStore

#: Articles per batch (one transaction in the destination).
COPY_BATCH_ARTICLES = 200


def copy_store(
    src: EventStore,
    dst: EventStore,
    *,
    batch_articles: int = COPY_BATCH_ARTICLES,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Copy every article of ``src``, with its mentions, events, quotations and places, into ``dst``.

    Args:
        src: The store read (may be read-only).
        dst: The store written (opened for writing, so at the current schema version).
        batch_articles: Articles per destination transaction.
        progress: Called after each batch with ``(articles done, articles in src)``.

    Returns:
        The number of articles stored in ``dst`` now (those it had already are skipped).

    Raises:
        StoreError: a batch cannot be written; batches before it stay in ``dst``.
    """
    ids = sorted(a["article_id"] for a in src.articles())
    stored = 0
    for start in range(0, len(ids), batch_articles):
        batch = ids[start : start + batch_articles]
        stored += len(dst.load_rows(src.dump_rows(batch)))
        if progress:
            progress(start + len(batch), len(ids))
    return stored
