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
DuckDB store's, written for PostgreSQL, so records, their order, exports,
merged events and relations are the same as DuckDB's for the same articles
(sums and means of Goldstein values may differ in the last bits).
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool

from dyadic.errors import NotFound, StoreError
from dyadic.records import ArticleResult
from dyadic.store import migrations, parquet, schema
from dyadic.store.base import DyadCount, PairCount, TableRows
from dyadic.store.duckdb_store import MENTION_FIELDS, MENTION_ORDER, PAIR_KEY
from dyadic.store.url import mask_url

#: Rows per INSERT statement (bounds the statement's parameters: 41 columns x 200 < 65535).
ROWS_PER_INSERT = 200
#: Connections kept by the pool at most (the server uses one at a time; scale runners one).
POOL_MAX_SIZE = 4
#: Seconds to wait for the server when opening the store.
CONNECT_TIMEOUT_S = 10
#: Key of the advisory lock that serialises migrations of one database.
_MIGRATION_LOCK = 0x64796164  # "dyad"


def _sql(query: str) -> str:
    """DuckDB-style ``?`` parameters (:func:`dyadic.store.schema.event_where`) -> psycopg's ``%s``."""
    return query.replace("%", "%%").replace("?", "%s")


class PostgresStore:
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

    def __init__(self, url: str, read_only: bool = False) -> None:
        self.target = mask_url(url)
        self.applied_now: list[int] = []
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
            version, recorded = _version(con)
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

    def close(self) -> None:
        """Close the pool's connections."""
        self._pool.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def info(self) -> dict[str, Any]:
        """Backend, masked URL, schema version and migrations, row counts
        (see :meth:`dyadic.store.EventStore.info`)."""
        with self._pool.connection() as con:
            version, recorded = _version(con)
        history = (
            self._dicts("SELECT version, description, applied_at FROM schema_version ORDER BY version")
            if recorded
            else []
        )
        return {
            "backend": "postgres",
            "target": self.target,
            "schema_version": version,
            "latest_version": migrations.latest(),
            "migrations": history,
            "applied_now": list(self.applied_now),
            "counts": self.counts(),
        }

    # -- writing -----------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        """Whether ``article_id`` is stored."""
        return bool(self._rows("SELECT 1 FROM articles WHERE article_id = %s", [article_id]))

    def stored_article_ids(self, article_ids: Sequence[str]) -> set[str]:
        """The subset of ``article_ids`` already stored (one query)."""
        if not article_ids:
            return set()
        rows = self._rows("SELECT article_id FROM articles WHERE article_id = ANY(%s)", [list(article_ids)])
        return {r[0] for r in rows}

    def save(self, result: ArticleResult) -> bool:
        """Store one coded article and its annotations in one transaction.

        Returns:
            True if stored, False if the article id was already stored (nothing changes).

        Raises:
            StoreError: the write failed; the transaction is rolled back, so no
                partial rows remain.
        """
        try:
            return bool(self._insert(_result_tables([result])))
        except psycopg.Error as exc:
            raise StoreError(f"cannot store article {result.article.article_id}: {exc}") from exc

    def save_batch(self, results: Sequence[ArticleResult]) -> list[bool | StoreError]:
        """Store many coded articles in one transaction
        (see :meth:`dyadic.store.EventStore.save_batch`).

        If the batch cannot be written it is rolled back and each article saved
        alone with :meth:`save`, so one bad article does not keep the others out.
        """
        if not results:
            return []
        try:
            stored = self._insert(_result_tables(results))
        except psycopg.Error:
            return [self._save_or_error(r) for r in results]
        flags: list[bool | StoreError] = []
        for r in results:
            aid = r.article.article_id
            flags.append(aid in stored)
            stored.discard(aid)
        return flags

    def _save_or_error(self, result: ArticleResult) -> bool | StoreError:
        try:
            return self.save(result)
        except StoreError as exc:
            return exc

    def load_rows(self, tables: TableRows) -> list[str]:
        """Insert raw rows in one transaction, skipping stored articles
        (see :meth:`dyadic.store.EventStore.load_rows`). Raises :class:`StoreError`."""
        try:
            return sorted(self._insert(tables))
        except psycopg.Error as exc:
            raise StoreError(f"cannot load rows into {self.target}: {exc}") from exc

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
            for part in _chunks(rows):
                cur.execute(
                    _insert_sql("articles", columns, len(part), "ON CONFLICT (article_id) DO NOTHING")
                    + " RETURNING article_id",
                    [v for row in part for v in row],
                )
                new.update(r[0] for r in cur.fetchall())
            for table, (columns, rows) in tables.items():
                if table == "articles":
                    continue
                at = columns.index("article_id")
                mine = [r for r in rows if r[at] in new]
                conflict = "ON CONFLICT (event_id) DO NOTHING" if table == "events" else ""
                for part in _chunks(mine):
                    cur.execute(
                        _insert_sql(table, columns, len(part), conflict), [v for row in part for v in row]
                    )
        return new

    def dump_rows(self, article_ids: Sequence[str]) -> TableRows:
        """Every stored row of these articles, all columns (see :meth:`dyadic.store.EventStore.dump_rows`)."""
        out: TableRows = {}
        for table, columns in schema.COLUMNS.items():
            cols = ", ".join(f'"{c}"' for c in columns)
            keys = ", ".join(schema.PRIMARY_KEYS[table])
            rows = self._rows(
                f"SELECT {cols} FROM {table} WHERE article_id = ANY(%s) ORDER BY {keys}", [list(article_ids)]
            )
            out[table] = (columns, rows)
        return out

    # -- reading -----------------------------------------------------------------
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._pool.connection() as con:
            return con.execute(sql, list(params)).fetchall()

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._pool.connection() as con, con.cursor(row_factory=dict_row) as cur:
            return cur.execute(sql, list(params)).fetchall()

    def events(
        self,
        *,
        source: str | None = None,
        target: str | None = None,
        code: str | None = None,
        root: str | None = None,
        plover: str | None = None,
        status: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        text: str | None = None,
        article_id: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Events as public records, filtered (see :meth:`dyadic.store.EventStore.events`)."""
        where, params = schema.event_where(
            source=source,
            target=target,
            code=code,
            root=root,
            plover=plover,
            status=status,
            date_from=date_from,
            date_to=date_to,
            text=text,
            article_id=article_id,
        )
        sql = f"SELECT * FROM events WHERE {where}"
        sql += " ORDER BY date, article_id, sentence_index, verb_start, event_id"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return [schema.event_record(r) for r in self._dicts(_sql(sql), params)]

    def event(self, event_id: str) -> dict[str, Any]:
        """One event record. Raises :class:`NotFound`."""
        rows = self._dicts("SELECT * FROM events WHERE event_id = %s", [event_id])
        if not rows:
            raise NotFound(f"no event with id {event_id!r} in {self.target}")
        return schema.event_record(rows[0])

    def article(self, article_id: str) -> dict[str, Any]:
        """One article with its mentions, events, quotations and places. Raises :class:`NotFound`."""
        rows = self._dicts(
            "SELECT article_id, title, published, url, source, origin, text FROM articles "
            "WHERE article_id = %s",
            [article_id],
        )
        if not rows:
            raise NotFound(f"no article with id {article_id!r} in {self.target}")
        art = rows[0]
        art["published"] = schema._iso(art["published"])
        cols = ", ".join(f'"{c}"' for c in schema.COLUMNS["mentions"] if c != "article_id")
        art["mentions"] = self._dicts(
            f"SELECT {cols} FROM mentions WHERE article_id = %s ORDER BY mention_index", [article_id]
        )
        art["events"] = self.events(article_id=article_id)
        art["quotations"] = self.quotations(article_id=article_id)
        art["places"] = self.places(article_id=article_id)
        return art

    def articles(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Article summaries (no text), newest first."""
        sql = (
            "SELECT article_id, title, published, url, source, length(text) AS chars FROM articles "
            "ORDER BY published DESC NULLS LAST, article_id"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        rows = self._dicts(sql)
        for r in rows:
            r["published"] = schema._iso(r["published"])
        return rows

    def actors(self) -> list[dict[str, Any]]:
        """Distinct actors with counts and aliases, most mentioned first
        (see :meth:`dyadic.store.EventStore.actors`)."""
        return self._dicts(
            """SELECT code, name, min(kind) AS kind, min(country) AS country, min(role) AS role,
                      count(*) AS mentions, count(DISTINCT article_id) AS articles,
                      array_agg(DISTINCT text ORDER BY text) AS aliases
               FROM mentions GROUP BY code, name ORDER BY mentions DESC, code, name"""
        )

    def quotations(self, article_id: str | None = None, speaker: str | None = None) -> list[dict[str, Any]]:
        """Quotation records, optionally for one article or one speaker code."""
        where, params = [], []
        if article_id:
            where.append("article_id = %s")
            params.append(article_id)
        if speaker:
            where.append("speaker_code = %s")
            params.append(speaker)
        sql = "SELECT * FROM quotations" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY article_id, start, quote_id"
        return [schema.quotation_record(r) for r in self._dicts(sql, params)]

    def places(self, article_id: str | None = None) -> list[dict[str, Any]]:
        """Place records (toponym mentions with their GeoNames entry)."""
        sql = (
            "SELECT * FROM places"
            + (" WHERE article_id = %s" if article_id else "")
            + " ORDER BY article_id, start, place_id"
        )
        return [schema.place_record(r) for r in self._dicts(sql, [article_id] if article_id else [])]

    def counts(self) -> dict[str, int]:
        """Row counts per table."""
        return {
            table: int(self._rows(f"SELECT count(*) FROM {table}")[0][0])
            for table in ("articles", "mentions", "events", "quotations", "places")
        }

    def event_counts(self, article_ids: Sequence[str]) -> dict[str, int]:
        """Stored events per article, for those of ``article_ids`` that have any."""
        if not article_ids:
            return {}
        rows = self._rows(
            "SELECT article_id, count(*) FROM events WHERE article_id = ANY(%s) GROUP BY article_id",
            [sorted(article_ids)],
        )
        return {r[0]: int(r[1]) for r in rows}

    # -- relations ---------------------------------------------------------------
    def merge_groups(
        self,
        *,
        source: str | None = None,
        target: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        min_articles: int = 1,
    ) -> list[dict[str, Any]]:
        """Events grouped by merge key (see :meth:`dyadic.store.EventStore.merge_groups`)."""
        where, params = schema.event_where(
            alias="e.", source=source, target=target, date_from=date_from, date_to=date_to
        )
        mentions_cte = f"""
            WITH m AS (
                SELECT e.*, {MERGE_KEY_SQL} AS merge_key, a.source AS publisher, a.url AS article_url
                FROM events e JOIN articles a ON a.article_id = e.article_id
                WHERE {where}
            )"""
        groups = self._dicts(
            _sql(
                f"""{mentions_cte}, g AS (
                    SELECT merge_key, count(*) AS num_mentions,
                           count(DISTINCT article_id) AS num_articles,
                           count(DISTINCT coalesce(publisher, 'article:' || article_id)) AS num_sources,
                           (array_agg(event_id ORDER BY {MENTION_ORDER}))[1] AS first_event_id
                    FROM m GROUP BY merge_key
                    HAVING count(DISTINCT article_id) >= ?
                )
                SELECT ev.*, g.merge_key, g.num_mentions, g.num_articles, g.num_sources
                FROM g JOIN events ev ON ev.event_id = g.first_event_id
                ORDER BY ev.date NULLS LAST, ev.source_code, ev.target_code NULLS FIRST, ev.cameo,
                         g.merge_key"""
            ),
            [*params, min_articles],
        )
        by_key: dict[str, list[dict[str, Any]]] = {g["merge_key"]: [] for g in groups}
        for row in self._dicts(
            _sql(
                f"{mentions_cte} SELECT merge_key, {MENTION_SQL} FROM m ORDER BY merge_key, {MENTION_ORDER}"
            ),
            params,
        ):
            key = row.pop("merge_key")
            if key in by_key:
                by_key[key].append(row)
        return [schema.event_record({**g, "mentions": by_key[g["merge_key"]]}) for g in groups]

    def merge_mentions(self, event_id: str) -> list[dict[str, Any]]:
        """Every event with the merge key of ``event_id``, itself included, as mention entries
        (see :meth:`dyadic.store.EventStore.merge_mentions`). Raises :class:`NotFound`."""
        key = self._rows(f"SELECT {MERGE_KEY_SQL} FROM events e WHERE e.event_id = %s", [event_id])
        if not key:
            raise NotFound(f"no event with id {event_id!r}")
        return self._dicts(
            f"""SELECT {MENTION_SQL} FROM (
                    SELECT e.*, a.source AS publisher, a.url AS article_url
                    FROM events e JOIN articles a ON a.article_id = e.article_id
                    WHERE {MERGE_KEY_SQL} = %s) AS m
                ORDER BY {MENTION_ORDER}""",
            [key[0][0]],
        )

    def dyad_counts(
        self,
        a: str,
        b: str,
        *,
        by: str,
        date_from: date | None = None,
        date_to: date | None = None,
        merged: bool = False,
    ) -> list[DyadCount]:
        """Events between ``a`` and ``b`` per period and direction (0: ``a`` -> ``b``,
        1: ``b`` -> ``a``); see :meth:`dyadic.store.EventStore.dyad_counts`."""
        if by not in ("day", "week", "month"):
            raise ValueError(f"period must be day, week or month, not {by!r}")
        where, params = schema.event_where(date_from=date_from, date_to=date_to)
        sides = f"{schema.actor_condition('source')} AND {schema.actor_condition('target')}"  # 4 params
        sql = f"""
            SELECT date_trunc('{by}', date::timestamp)::date AS period,
                   CASE WHEN {sides} THEN 0 ELSE 1 END AS dir,
                   count(*) AS n,
                   count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
                   count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
                   coalesce(sum(goldstein), 0)
            FROM {_counted_events(merged)}
            WHERE date IS NOT NULL AND {where} AND (({sides}) OR ({sides}))
            GROUP BY 1, 2 ORDER BY 1, 2
        """
        args = [a, a, b, b, *params, a, a, b, b, b, b, a, a]
        return [
            (period, int(d), int(n), int(q1), int(q2), int(q3), int(q4), float(gsum))
            for period, d, n, q1, q2, q3, q4, gsum in self._rows(_sql(sql), args)
        ]

    def pair_counts(
        self,
        limit: int,
        *,
        date_from: date | None = None,
        date_to: date | None = None,
        merged: bool = False,
    ) -> list[PairCount]:
        """The ``limit`` undirected actor pairs with most events
        (see :meth:`dyadic.store.EventStore.pair_counts`)."""
        where, params = schema.event_where(date_from=date_from, date_to=date_to)
        s, t = PAIR_KEY.format(side="source"), PAIR_KEY.format(side="target")
        sql = f"""
            SELECT least({s}, {t}) AS a, greatest({s}, {t}) AS b, count(*) AS n,
                   count(*) FILTER (WHERE {s} < {t}) AS ab, count(*) FILTER (WHERE {s} > {t}) AS ba,
                   avg(goldstein),
                   (count(*) FILTER (WHERE quad_class <= 2) - count(*) FILTER (WHERE quad_class >= 3))
                       ::double precision / count(*)
            FROM {_counted_events(merged)}
            WHERE date IS NOT NULL AND {where} AND {s} IS NOT NULL AND {t} IS NOT NULL AND {s} <> {t}
            GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT ?
        """
        rows = self._rows(_sql(sql), [*params, int(limit)])
        return [(r[0], r[1], int(r[2]), int(r[3]), int(r[4]), float(r[5]), float(r[6])) for r in rows]


#: SQL: the merge key of an events row (aliased ``e``); dateless events are keyed by their id
#: (as :data:`dyadic.store.duckdb_store.MERGE_KEY_SQL`).
MERGE_KEY_SQL = (
    "CASE WHEN e.date IS NULL THEN 'event:' || e.event_id "
    "ELSE to_char(e.date, 'YYYY-MM-DD') || '|' || e.source_code || '|' "
    "|| coalesce(e.target_code, '') || '|' || e.cameo END"
)
#: SQL: the columns of one merge mention, over events rows with ``publisher`` and ``article_url``.
MENTION_SQL = ", ".join(
    {"source": "publisher AS source", "url": "article_url AS url"}.get(f, f) for f in MENTION_FIELDS
)
#: Events columns that counting needs (:func:`_counted_events`), besides ``date``.
_COUNTED_COLUMNS = (
    "e.event_id, e.article_id, e.sentence_index, e.verb_start, e.source_code, e.source_country, "
    "e.target_code, e.target_country, e.cameo, e.quad_class, e.goldstein"
)


def _counted_events(merged: bool) -> str:
    """SQL: the events to count (all, or the first mention of each merge group), with a null
    ``date`` replaced by the article's publication date (as the DuckDB store counts)."""
    dated = (
        f"(SELECT {_COUNTED_COLUMNS}, coalesce(e.date, a.published) AS date FROM events e "
        "LEFT JOIN articles a ON a.article_id = e.article_id)"
    )
    if not merged:
        return f"{dated} AS c"
    return (
        f"(SELECT * FROM (SELECT e.*, row_number() OVER (PARTITION BY {MERGE_KEY_SQL} "
        f"ORDER BY e.article_id, e.sentence_index, e.verb_start, e.event_id) AS _rank FROM {dated} e) AS r "
        "WHERE _rank = 1) AS c"
    )


def _chunks(rows: list[tuple[Any, ...]]) -> list[list[tuple[Any, ...]]]:
    return [rows[i : i + ROWS_PER_INSERT] for i in range(0, len(rows), ROWS_PER_INSERT)]


def _insert_sql(table: str, columns: Sequence[str], n_rows: int, conflict: str) -> str:
    """``INSERT INTO table (columns) VALUES (%s, ...) x n_rows conflict``."""
    marks = "(" + ",".join(["%s"] * len(columns)) + ")"
    cols = ",".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({cols}) VALUES " + ",".join([marks] * n_rows) + f" {conflict}"


def _result_tables(results: Sequence[ArticleResult]) -> TableRows:
    """The rows of coded articles as :data:`TableRows`; of several with one id, the first."""
    tables: dict[str, list[tuple[Any, ...]]] = {}
    seen: set[str] = set()
    for r in results:
        if r.article.article_id in seen:
            continue
        seen.add(r.article.article_id)
        for table, rows in schema.result_rows(r).items():
            tables.setdefault(table, []).extend(rows)
    return {
        table: (
            schema.ARTICLE_COLUMNS if table == "articles" else schema.COLUMNS[table],
            tables.get(table, []),
        )
        for table in schema.COLUMNS
    }


def _version(con: psycopg.Connection[Any]) -> tuple[int, bool]:
    """``(schema version, whether schema_version holds it)``."""
    tables = {r[0] for r in con.execute(migrations.FIND_TABLES).fetchall()}
    recorded = None
    if "schema_version" in tables:
        row = con.execute(migrations.MAX_VERSION).fetchone()
        recorded = row[0] if row else None
    return migrations.stored_version(tables, recorded), recorded is not None
