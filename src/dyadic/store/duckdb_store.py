"""DuckDB store: articles, actor mentions, events, quotations and places.

One :meth:`Store.save` is one transaction: an article is stored with all its
annotations or not at all. Saving an article id that is already stored changes
nothing (re-ingesting is a no-op). Opening a store for writing applies the
schema migrations it lacks (:mod:`dyadic.store.migrations`). The queries are
:class:`dyadic.store.sql.SqlStore`'s, shared with the PostgreSQL store.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb

from dyadic.errors import StoreError
from dyadic.store import migrations, parquet
from dyadic.store.base import TableRows
from dyadic.store.sql import SqlStore, chunks, insert_sql, merge_key_sql, read_version


class Store(SqlStore):
    """A DuckDB file holding coded articles; implements :class:`dyadic.store.EventStore`.

    Args:
        path: Database file (created if missing), or ``:memory:``.
        read_only: Open without write access (several readers may share a file).

    Attributes:
        path: The database file, or ``:memory:`` (also :attr:`target`).
        applied_now: The schema versions migrated to when it was opened, oldest first.

    Raises:
        StoreError: the file cannot be opened (locked by another writer, not a
            DuckDB file, unreadable), its schema is newer than this dyadic, or it
            is opened read-only and needs migrating (``dyadic db migrate``).
    """

    _BACKEND = "duckdb"
    _ERROR = duckdb.Error
    _ANY_OF = "IN (SELECT unnest(?))"
    _MERGE_KEY = merge_key_sql("strftime(e.date, '%Y-%m-%d')")

    def __init__(self, path: str | Path = "dyadic.duckdb", read_only: bool = False) -> None:
        self.path = self.target = str(path)
        self.applied_now = []
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            hint = ""
            if "lock" in str(exc).lower():
                hint = (
                    " (another process, such as `dyadic serve` or `dyadic code`, holds this DuckDB file: "
                    "DuckDB allows one writing process or several read-only ones (`serve --read-only`); "
                    "to code while the server runs, use a PostgreSQL store)"
                )
            raise StoreError(f"cannot open store {self.path}: {exc}{hint}") from exc
        try:
            self._migrate(read_only)
        except duckdb.Error as exc:
            self.con.close()
            raise StoreError(f"cannot migrate store {self.path}: {exc}") from exc
        except StoreError:
            self.con.close()
            raise

    def _version(self) -> tuple[int, bool]:
        return read_version(self.con)

    def _migrate(self, read_only: bool) -> None:
        """Apply the migrations the store lacks (:mod:`dyadic.store.migrations`), each in one
        transaction, then CHECKPOINT if one rebuilt a table. Raises StoreError or duckdb.Error."""
        version, recorded = self._version()
        migrations.check_version(self.path, version, read_only)
        if read_only:
            return
        if not recorded:
            self.con.execute("BEGIN TRANSACTION")
            self.con.execute(migrations.CREATE_VERSION_TABLE)
            if version:
                self.con.execute(migrations.RECORD_VERSION, [version, migrations.BASELINE])
            self.con.execute("COMMIT")
        rebuilt = False
        for step in migrations.pending(version):
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.con.execute(step.sql("duckdb"))
                self.con.execute(migrations.RECORD_VERSION, [step.version, step.description])
                self.con.execute("COMMIT")
            except duckdb.Error:
                self._rollback()
                raise
            self.applied_now.append(step.version)
            rebuilt = rebuilt or step.rebuilds_table
        if rebuilt:
            self.con.execute("CHECKPOINT")

    def close(self) -> None:
        """Close the connection.

        Raises:
            StoreError: closing failed (its final checkpoint could not be written);
                the transactions committed before stay in the write-ahead log.
        """
        try:
            self.con.close()
        except duckdb.Error as exc:
            raise StoreError(f"cannot close store {self.path}: {exc}") from exc

    # -- writing -----------------------------------------------------------------
    def _insert(self, tables: TableRows) -> set[str]:
        columns, rows = tables["articles"]
        at = columns.index("article_id")
        self.con.execute("BEGIN TRANSACTION")
        try:
            new = {r[at] for r in rows} - self.stored_article_ids([r[at] for r in rows])
            for table, (columns, rows) in tables.items():
                at = columns.index("article_id")
                mine = [r for r in rows if r[at] in new]
                for part in chunks(mine):
                    self.con.execute(insert_sql(table, columns, len(part)), [v for row in part for v in row])
            self.con.execute("COMMIT")
        except duckdb.Error:
            self._rollback()
            raise
        return new

    def _rollback(self) -> None:
        """Roll back the open transaction, if one is still open: a COMMIT that fails (disk
        full, a write conflict) has already ended it, and a second ROLLBACK would raise
        ``no transaction is active`` in place of the error that matters."""
        try:
            self.con.execute("ROLLBACK")
        except duckdb.Error:
            pass  # no transaction left to roll back, or a connection that cannot write at all

    def load_parquet(self, path: str | Path) -> list[str]:
        """Load Parquet partitions with DuckDB's own reader (:func:`dyadic.store.parquet.load_parquet`;
        see :meth:`dyadic.store.EventStore.load_parquet`). Raises :class:`StoreError`."""
        return parquet.load_parquet(self.con, path)

    # -- reading -----------------------------------------------------------------
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.con.execute(sql, list(params)).fetchall()

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, list(params))
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

