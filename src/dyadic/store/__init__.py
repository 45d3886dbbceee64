"""The event store: one interface (:class:`EventStore`), its DuckDB backend (:class:`Store`), a
PostgreSQL backend (``dyadic[postgres]``), :func:`open_store` to pick one, copying, exports."""

from __future__ import annotations

from dyadic.errors import StoreError
from dyadic.extras import require_extra
from dyadic.store.base import COUNTED_STATUSES, EventStore, TableRows
from dyadic.store.copy import copy_store
from dyadic.store.duckdb_store import (
    DEFAULT_LOCK_WAIT_S,
    LOCK_WAIT_ENV,
    Store,
    StoreLocked,
    lock_wait_from_env,
)
from dyadic.store.export import (
    INTERNATIONAL_TYPES,
    gdelt_event_id,
    write_csv,
    write_gdelt,
    write_gdelt_mentions,
    write_jsonl,
    write_parquet_records,
)
from dyadic.store.migrations import MIGRATIONS
from dyadic.store.parquet import TABLES, parquet_bytes
from dyadic.store.sql import check_counted
from dyadic.store.url import mask_url, url_scheme

__all__ = [
    "COUNTED_STATUSES",
    "DEFAULT_LOCK_WAIT_S",
    "INTERNATIONAL_TYPES",
    "LOCK_WAIT_ENV",
    "MIGRATIONS",
    "TABLES",
    "EventStore",
    "Store",
    "StoreLocked",
    "TableRows",
    "check_counted",
    "copy_store",
    "gdelt_event_id",
    "lock_wait_from_env",
    "mask_url",
    "open_store",
    "parquet_bytes",
    "url_scheme",
    "write_csv",
    "write_gdelt",
    "write_gdelt_mentions",
    "write_jsonl",
    "write_parquet_records",
]


def open_store(target: str, read_only: bool = False, lock_wait_s: float | None = None) -> EventStore:
    """Open the store at ``target``, migrating its schema unless ``read_only``.

    A DuckDB file is opened per operation, not held (:mod:`dyadic.store.duckdb_store`): other
    processes can read and write it in between.

    Args:
        target: A ``postgresql://`` or ``postgres://`` URL (libpq URI syntax) for
            PostgreSQL; anything else that is not a URL is a DuckDB file path
            (created if missing), or ``:memory:``.
        read_only: Open without write access.
        lock_wait_s: How long a DuckDB store waits for its file while another process
            holds it, in seconds; default ``DYADIC_LOCK_WAIT_S``, else 10 (:func:`lock_wait_from_env`).
            PostgreSQL stores ignore it.

    Returns:
        A :class:`~dyadic.store.postgres_store.PostgresStore` or a DuckDB :class:`Store`.

    Raises:
        MissingExtra: a PostgreSQL URL without the ``dyadic[postgres]`` extra installed.
        StoreLocked: another process held the DuckDB file for longer than ``lock_wait_s``.
        StoreError: the store cannot be opened, or ``target`` is a URL of another scheme
            (the message names the URL with its password masked).
    """
    scheme = url_scheme(target)
    if scheme is None:
        return Store(target, read_only=read_only, lock_wait_s=lock_wait_s)
    if scheme not in ("postgresql", "postgres"):
        raise StoreError(
            f"cannot open store {mask_url(target)}: a store is a DuckDB file path or a postgresql:// URL"
        )
    require_extra("postgres")  # raises MissingExtra
    from dyadic.store.postgres_store import PostgresStore

    return PostgresStore(target, read_only=read_only)
