"""Parquet partitions of coded articles, written by workers and loaded by the store.

A partition is a folder with one Parquet file per store table
(``articles.parquet``, ``mentions.parquet``, ``events.parquet``,
``quotations.parquet``, ``places.parquet``), with the columns of
:mod:`dyadic.store.schema`. Workers build it in an in-memory DuckDB store, so
the rows are exactly those :meth:`Store.save <dyadic.store.Store.save>` writes
(through :meth:`dyadic.store.Store.save_batch`);
DuckDB writes and reads the Parquet (no pyarrow needed).

Loading a partition is one transaction: its articles that are not stored yet
are inserted with all their rows, the others are left alone, so loading a
partition twice, or one that overlaps the store, stores no article twice.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable
from pathlib import Path

import duckdb

from dyadic.errors import StoreError
from dyadic.records import ArticleResult
from dyadic.store import schema
from dyadic.store.base import TableRows

#: Store tables, parent first; each is one Parquet file in a partition.
TABLES = ("articles", "mentions", "events", "quotations", "places")
#: Child tables: rows keyed by ``article_id``.
CHILD_TABLES = TABLES[1:]


def write_parquet(results: Iterable[ArticleResult], directory: str | Path) -> int:
    """Write coded articles as one Parquet partition.

    Args:
        results: Coded articles; an article id seen twice is written once.
        directory: Partition folder, created if missing; existing table files
            in it are replaced.

    Returns:
        The number of articles written.

    Raises:
        StoreError: DuckDB cannot write the files.
    """
    from dyadic.store import Store

    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    with Store(":memory:") as mem:
        flags = mem.save_batch(list(results))
        errors = [f for f in flags if isinstance(f, StoreError)]
        if errors:
            raise errors[0]
        n = sum(f is True for f in flags)
        try:
            for table in TABLES:
                target = (out / f"{table}.parquet").as_posix().replace("'", "''")
                mem.con.execute(f"COPY {table} TO '{target}' (FORMAT parquet, COMPRESSION zstd)")
        except duckdb.Error as exc:
            raise StoreError(f"cannot write Parquet partition {out}: {exc}") from exc
    return n


def parquet_bytes(results: Iterable[ArticleResult]) -> dict[str, bytes]:
    """The Parquet files of one partition as bytes, ``{table: file content}``.

    Lets a worker without a file system shared with the client send a
    partition back through Dask. Raises :class:`StoreError` like :func:`write_parquet`.
    """
    with tempfile.TemporaryDirectory(prefix="dyadic-part-") as tmp:
        write_parquet(results, tmp)
        return {table: (Path(tmp) / f"{table}.parquet").read_bytes() for table in TABLES}


def partition_dirs(path: str | Path) -> list[Path]:
    """The partition folders under ``path``: ``path`` itself when it holds
    ``articles.parquet``, else its sub-folders that do, sorted by name."""
    root = Path(path)
    if (root / "articles.parquet").is_file():
        return [root]
    return sorted(p.parent for p in root.glob("*/articles.parquet"))


def load_parquet(con: duckdb.DuckDBPyConnection, path: str | Path) -> list[str]:
    """Load Parquet partitions into a store, one transaction per partition.

    Args:
        con: The store's DuckDB connection (``Store.con``), opened for writing.
        path: One partition folder, or a folder of partition folders.

    Returns:
        The ids of the articles stored now (articles already stored are skipped).

    Raises:
        StoreError: a partition cannot be read or inserted; that partition is
            rolled back, partitions loaded before it stay.
    """
    stored: list[str] = []
    for part in partition_dirs(path):
        stored += _load_partition(con, part)
    return stored


def read_partition(part: Path) -> TableRows:
    """The rows of one partition folder (read with an in-memory DuckDB), for a store that
    cannot read Parquet itself (:meth:`dyadic.store.EventStore.load_rows`).

    Returns:
        :data:`~dyadic.store.base.TableRows` with the columns of :data:`dyadic.store.schema.COLUMNS`
        that the files have (``coded_at`` is left out when absent).

    Raises:
        StoreError: a file is missing or unreadable.
    """
    out: TableRows = {}
    try:
        with duckdb.connect(":memory:") as mem:
            for table in TABLES:
                source = "read_parquet('" + (part / f"{table}.parquet").as_posix().replace("'", "''") + "')"
                cur = mem.execute(f"SELECT * FROM {source}")
                names = tuple(d[0] for d in cur.description)
                columns = tuple(c for c in schema.COLUMNS[table] if c in names)
                picks = [names.index(c) for c in columns]
                out[table] = (columns, [tuple(row[i] for i in picks) for row in cur.fetchall()])
    except duckdb.Error as exc:
        raise StoreError(f"cannot read Parquet partition {part}: {exc}") from exc
    return out


def _load_partition(con: duckdb.DuckDBPyConnection, part: Path) -> list[str]:
    def source(table: str) -> str:
        return "read_parquet('" + (part / f"{table}.parquet").as_posix().replace("'", "''") + "')"

    try:
        con.execute("BEGIN TRANSACTION")
        con.execute(
            "CREATE OR REPLACE TEMP TABLE _dyadic_new AS "
            f"SELECT DISTINCT article_id FROM {source('articles')} "
            "WHERE article_id NOT IN (SELECT article_id FROM articles)"
        )
        con.execute(
            f"INSERT INTO articles BY NAME SELECT * FROM {source('articles')} "
            "WHERE article_id IN (SELECT article_id FROM _dyadic_new)"
        )
        for table in CHILD_TABLES:
            con.execute(
                f"INSERT INTO {table} BY NAME SELECT * FROM {source(table)} "
                "WHERE article_id IN (SELECT article_id FROM _dyadic_new)"
            )
        ids = [r[0] for r in con.execute("SELECT article_id FROM _dyadic_new ORDER BY article_id").fetchall()]
        con.execute("DROP TABLE _dyadic_new")
        con.execute("COMMIT")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        raise StoreError(f"cannot load Parquet partition {part}: {exc}") from exc
    return ids
