"""PostgreSQL store: the tables, ids and results of the DuckDB store, shared by many processes.

Needs the ``dyadic[postgres]`` extra (psycopg 3 and ``psycopg_pool``). The
store holds a small connection pool; each method takes a connection for one
transaction. A batch of articles is one transaction: articles are inserted
with ``ON CONFLICT (article_id) DO NOTHING RETURNING article_id``, and only the
articles that this transaction inserted get their mentions, events (``ON
CONFLICT (event_id) DO NOTHING``), quotations and places. So several
processes coding into one store at once, even the same articles, never store
an article or an event twice: a second insert of an article id waits for the
first transaction and then does nothing. Articles are inserted in id order,
so two batches never wait for each other in a cycle.

Text columns compare by code point (``COLLATE "C"``) and the queries are the
DuckDB store's (:class:`dyadic.store.sql.SqlStore`), so records, their order,
exports, merged events and relations are the same as DuckDB's for the same
articles (sums and means of Goldstein values may differ in the last bits).
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from dyadic.errors import StoreError
from dyadic.store import migrations, parquet
from dyadic.store.base import TableRows
from dyadic.store.sql import SqlStore, chunks, insert_sql, merge_key_sql, read_version
from dyadic.store.url import mask_url

#: Connections kept by the pool at most (the server uses one at a time; scale runners one).
POOL_MAX_SIZE = 4
#: Seconds to wait for the server when opening the store.
CONNECT_TIMEOUT_S = 10
#: Key of the advisory lock that serialises migrations of one database.
_MIGRATION_LOCK = 0x64796164  # "dyad"


def _sql(query: str) -> str:
    """DuckDB-style ``?`` parameters (:func:`dyadic.store.schema.event_where`) -> psycopg's ``%s``."""
    return query.replace("%", "%%").replace("?", "%s")


class PostgresStore(SqlStore):
    """A PostgreSQL database holding coded articles; implements :class:`dyadic.store.EventStore`.

    Args:
        url: ``postgresql://user:password@host:port/dbname?...`` (``postgres://`` too; libpq
            URI syntax, e.g. ``postgresql:///dyadic?host=/run/postgresql`` for a Unix socket).
        read_only: Open without write access: every transaction is read-only and no
            migration runs.

    Attributes:
        target: ``url`` with the password masked (in messages and :meth:`info`).
        applied_now: The schema versions migrated to when it was opened, oldest first.

    Raises:
        StoreError: the URL is malformed, the server cannot be reached or refuses the
            login, the schema is newer than this dyadic, or a read-only store needs
            migrating. The message names the URL with its password masked.
    """

    _BACKEND = "postgres"
    _ERROR = psycopg.Error
    _ANY_OF = "= ANY(?)"
    _MERGE_KEY = merge_key_sql("to_char(e.date, 'YYYY-MM-DD')")

    def __init__(self, url: str, read_only: bool = False) -> None:
        self.target = mask_url(url)
        self.applied_now = []
        password = urllib.parse.urlsplit(url).password if "://" in url else None
        options: dict[str, Any] = {"options": "-c default_transaction_read_only=on"} if read_only else {}
        self._pool = ConnectionPool(
            url,
            min_size=1,
            max_size=POOL_MAX_SIZE,
            kwargs={"connect_timeout": CONNECT_TIMEOUT_S, **options},
            open=False,
            name="dyadic",
        )
        try:
            with psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_S, **options) as con:
                self._migrate(con, read_only)
            self._pool.open(wait=True, timeout=CONNECT_TIMEOUT_S)
        except psycopg.Error as exc:
            self._pool.close()
            reason = str(exc).strip()
            if password:
                reason = reason.replace(password, "***")
            raise StoreError(f"cannot open store {self.target}: {reason}") from exc

    def _migrate(self, con: psycopg.Connection[Any], read_only: bool) -> None:
        """Apply the migrations the store lacks, all in one transaction (PostgreSQL's DDL is
        transactional), under an advisory lock so that processes opening a new store at once
        create it once. Raises StoreError (version) or psycopg.Error."""
        with con.transaction():
            if not read_only:
                con.execute("SELECT pg_advisory_xact_lock(%s)", [_MIGRATION_LOCK])
            version, recorded = read_version(con)
            migrations.check_version(self.target, version, read_only)
            if read_only:
                return
            if not recorded:
                con.execute(migrations.CREATE_VERSION_TABLE)
                if version:
                    con.execute(_sql(migrations.RECORD_VERSION), [version, migrations.BASELINE])
            for step in migrations.pending(version):
                con.execute(step.sql("postgres"))
                con.execute(_sql(migrations.RECORD_VERSION), [step.version, step.description])
                self.applied_now.append(step.version)

    def _version(self) -> tuple[int, bool]:
        with self._pool.connection() as con:
            return read_version(con)

    def close(self) -> None:
        """Close the pool's connections."""
        self._pool.close()

    # -- writing -----------------------------------------------------------------
    def load_parquet(self, path: str | Path) -> list[str]:
        """Load Parquet partitions (:mod:`dyadic.store.parquet`), one transaction per partition.

        Returns:
            The ids of the articles stored now (articles already stored are skipped).

        Raises:
            StoreError: a partition cannot be read or inserted; it is rolled
                back, partitions loaded before it stay.
        """
        stored: list[str] = []
        for part in parquet.partition_dirs(path):
            try:
                stored += self.load_rows(parquet.read_partition(part))
            except StoreError as exc:
                raise StoreError(f"cannot load Parquet partition {part}: {exc}") from exc
        return stored

    def _insert(self, tables: TableRows) -> set[str]:
        """Insert rows in one transaction: the articles not stored yet (in id order), and the
        rows of the other tables that belong to them. Returns the ids inserted. Raises psycopg.Error."""
        columns, rows = tables["articles"]
        at = columns.index("article_id")
        rows = sorted(rows, key=lambda r: r[at])
        new: set[str] = set()
        with self._pool.connection() as con, con.transaction(), con.cursor() as cur:
            for part in chunks(rows):
                cur.execute(
                    insert_sql("articles", columns, len(part), "%s")
                    + " ON CONFLICT (article_id) DO NOTHING RETURNING article_id",
                    [v for row in part for v in row],
                )
                new.update(r[0] for r in cur.fetchall())
            for table, (columns, rows) in tables.items():
                if table == "articles":
                    continue
                at = columns.index("article_id")
                mine = [r for r in rows if r[at] in new]
                conflict = " ON CONFLICT (event_id) DO NOTHING" if table == "events" else ""
                for part in chunks(mine):
                    sql = insert_sql(table, columns, len(part), "%s") + conflict
                    cur.execute(sql, [v for row in part for v in row])
        return new

    # -- reading -----------------------------------------------------------------
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._pool.connection() as con:
            return con.execute(_sql(sql), list(params)).fetchall()

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._pool.connection() as con, con.cursor(row_factory=dict_row) as cur:
            return cur.execute(_sql(sql), list(params)).fetchall()
