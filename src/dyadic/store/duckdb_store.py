"""DuckDB store: articles, actor mentions, events, quotations and places.

One :meth:`Store.save` is one transaction: an article is stored with all its
annotations or not at all. Saving an article id that is already stored changes
nothing (re-ingesting is a no-op). Opening a store for writing applies the
schema migrations it lacks (:mod:`dyadic.store.migrations`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from dyadic.errors import NotFound, StoreError
from dyadic.records import ArticleResult
from dyadic.store import migrations, parquet, schema
from dyadic.store.base import DyadCount, PairCount, TableRows


class Store:
    """A DuckDB file holding coded articles; implements :class:`dyadic.store.EventStore`.

    Args:
        path: Database file (created if missing), or ``:memory:``.
        read_only: Open without write access (several readers may share a file).

    Attributes:
        applied_now: The schema versions migrated to when it was opened, oldest first.

    Raises:
        StoreError: the file cannot be opened (locked by another writer, not a
            DuckDB file, unreadable), its schema is newer than this dyadic, or it
            is opened read-only and needs migrating (``dyadic db migrate``).
    """

    def __init__(self, path: str | Path = "dyadic.duckdb", read_only: bool = False) -> None:
        self.path = str(path)
        self.applied_now: list[int] = []
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
        except duckdb.Error as exc:
            hint = ""
            if "lock" in str(exc).lower():
                hint = (
                    " (another process, such as a running `dyadic serve`, has it open for writing: "
                    "stop it, or start the server with --read-only)"
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
        """``(schema version, whether schema_version holds it)``."""
        tables = {r[0] for r in self.con.execute(migrations.FIND_TABLES).fetchall()}
        recorded = None
        if "schema_version" in tables:
            row = self.con.execute(migrations.MAX_VERSION).fetchone()
            recorded = row[0] if row else None
        return migrations.stored_version(tables, recorded), recorded is not None

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
                self.con.execute("ROLLBACK")
                raise
            self.applied_now.append(step.version)
            rebuilt = rebuilt or step.rebuilds_table
        if rebuilt:
            self.con.execute("CHECKPOINT")

    def close(self) -> None:
        """Close the connection."""
        self.con.close()

    def info(self) -> dict[str, Any]:
        """Backend, path, schema version and migrations, row counts
        (see :meth:`dyadic.store.EventStore.info`)."""
        version, recorded = self._version()
        history = (
            self._dicts("SELECT version, description, applied_at FROM schema_version ORDER BY version")
            if recorded
            else []
        )
        return {
            "backend": "duckdb",
            "target": self.path,
            "schema_version": version,
            "latest_version": migrations.latest(),
            "migrations": history,
            "applied_now": list(self.applied_now),
            "counts": self.counts(),
        }

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        """Whether ``article_id`` is stored."""
        row = self.con.execute("SELECT 1 FROM articles WHERE article_id = ?", [article_id]).fetchone()
        return row is not None

    def stored_article_ids(self, article_ids: Sequence[str]) -> set[str]:
        """The subset of ``article_ids`` already stored (one query)."""
        if not article_ids:
            return set()
        rows = self.con.execute(
            "SELECT article_id FROM articles WHERE article_id IN (SELECT unnest(?))", [list(article_ids)]
        ).fetchall()
        return {r[0] for r in rows}

    def save(self, result: ArticleResult) -> bool:
        """Store one coded article and its annotations in one transaction.

        Returns:
            True if stored, False if the article id was already stored (nothing changes).

        Raises:
            StoreError: the write failed; the transaction is rolled back, so no
                partial rows remain.
        """
        art = result.article
        if self.has_article(art.article_id):
            return False
        try:
            self.con.execute("BEGIN TRANSACTION")
            for table, rows in schema.result_rows(result).items():
                _insert(self.con, table, rows)
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"cannot store article {art.article_id}: {exc}") from exc
        return True

    def save_batch(self, results: Sequence[ArticleResult]) -> list[bool | StoreError]:
        """Store many coded articles in one transaction (batch runs; ~8x faster than one by one).

        Args:
            results: Coded articles; of several with one id, the first is stored.

        Returns:
            Per result: True if stored now; False if its id was already stored
            (before, or earlier in ``results``), and nothing changes for it; or the
            :class:`StoreError` that kept it out. If the batch cannot be written,
            it is rolled back and each article saved alone with :meth:`save`, so
            one bad article does not keep the others out: an article is stored
            whole or not at all.
        """
        if not results:
            return []
        try:
            self.con.execute("BEGIN TRANSACTION")
            stored = self.stored_article_ids([r.article.article_id for r in results])
            flags: list[bool | StoreError] = []
            tables: dict[str, list[tuple[Any, ...]]] = {}
            for r in results:
                aid = r.article.article_id
                flags.append(aid not in stored)
                if aid in stored:
                    continue
                stored.add(aid)
                for table, rows in schema.result_rows(r).items():
                    tables.setdefault(table, []).extend(rows)
            for table, rows in tables.items():
                _insert(self.con, table, rows)
            self.con.execute("COMMIT")
            return flags
        except duckdb.Error:
            self.con.execute("ROLLBACK")
        return [self._save_or_error(r) for r in results]

    def load_parquet(self, path: str | Path) -> list[str]:
        """Load Parquet partitions (:func:`dyadic.store.parquet.load_parquet`).

        Returns:
            The ids of the articles stored now (articles already stored are skipped).

        Raises:
            StoreError: a partition cannot be read or inserted; it is rolled
                back, partitions loaded before it stay.
        """
        return parquet.load_parquet(self.con, path)

    def dump_rows(self, article_ids: Sequence[str]) -> TableRows:
        """Every stored row of these articles, all columns (see :meth:`dyadic.store.EventStore.dump_rows`)."""
        ids = list(article_ids)
        out: TableRows = {}
        for table, columns in schema.COLUMNS.items():
            cols = ", ".join(f'"{c}"' for c in columns)
            keys = ", ".join(schema.PRIMARY_KEYS[table])
            rows = self.con.execute(
                f"SELECT {cols} FROM {table} WHERE article_id IN (SELECT unnest(?)) ORDER BY {keys}", [ids]
            ).fetchall()
            out[table] = (columns, rows)
        return out

    def load_rows(self, tables: TableRows) -> list[str]:
        """Insert raw rows in one transaction, skipping stored articles
        (see :meth:`dyadic.store.EventStore.load_rows`). Raises :class:`StoreError`."""
        columns, rows = tables["articles"]
        at = columns.index("article_id")
        try:
            self.con.execute("BEGIN TRANSACTION")
            stored = self.stored_article_ids([r[at] for r in rows])
            new = {r[at] for r in rows} - stored
            for table, (columns, rows) in tables.items():
                at = columns.index("article_id")
                _insert(self.con, table, [r for r in rows if r[at] in new], columns)
            self.con.execute("COMMIT")
        except duckdb.Error as exc:
            self.con.execute("ROLLBACK")
            raise StoreError(f"cannot load rows into {self.path}: {exc}") from exc
        return sorted(new)

    def _save_or_error(self, result: ArticleResult) -> bool | StoreError:
        try:
            return self.save(result)
        except StoreError as exc:
            return exc

    # -- reading -----------------------------------------------------------------
    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self.con.execute(sql, list(params))
        cols = [d[0] for d in cur.description]
        return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]

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
        """Events as public records, filtered; ordered by date, article, sentence, verb offset.

        ``source``/``target`` match the actor code or its country (``IRN``
        matches ``IRNGOV``); ``code`` is an exact CAMEO code; ``text`` searches
        the sentence (case-insensitive substring).
        """
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
        return [schema.event_record(r) for r in self._dicts(sql, params)]

    def iter_events(self) -> Iterator[dict[str, Any]]:
        """All events as public records (see :meth:`events`)."""
        yield from self.events()

    def event(self, event_id: str) -> dict[str, Any]:
        """One event record. Raises :class:`NotFound`."""
        rows = self._dicts("SELECT * FROM events WHERE event_id = ?", [event_id])
        if not rows:
            raise NotFound(f"no event with id {event_id!r} in {self.path}")
        return schema.event_record(rows[0])

    def article(self, article_id: str) -> dict[str, Any]:
        """One article with its mentions, events, quotations and places. Raises :class:`NotFound`."""
        rows = self._dicts(
            "SELECT article_id, title, published, url, source, origin, text FROM articles "
            "WHERE article_id = ?",
            [article_id],
        )
        if not rows:
            raise NotFound(f"no article with id {article_id!r} in {self.path}")
        art = rows[0]
        art["published"] = schema._iso(art["published"])
        art["mentions"] = self._dicts(
            "SELECT * EXCLUDE (article_id) FROM mentions WHERE article_id = ? ORDER BY mention_index",
            [article_id],
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
        """Distinct actors (code, name) with their kind, country, role (the least of those seen, so
        the result is deterministic), mention and article counts and the surface forms seen
        (aliases), most mentioned first."""
        return self._dicts(
            """SELECT code, name, min(kind) AS kind, min(country) AS country,
                      min(role) AS role, count(*) AS mentions,
                      count(DISTINCT article_id) AS articles, list(DISTINCT text ORDER BY text) AS aliases
               FROM mentions GROUP BY code, name ORDER BY mentions DESC, code, name"""
        )

    def quotations(self, article_id: str | None = None, speaker: str | None = None) -> list[dict[str, Any]]:
        """Quotation records, optionally for one article or one speaker code."""
        where, params = [], []
        if article_id:
            where.append("article_id = ?")
            params.append(article_id)
        if speaker:
            where.append("speaker_code = ?")
            params.append(speaker)
        sql = "SELECT * FROM quotations" + (" WHERE " + " AND ".join(where) if where else "")
        sql += " ORDER BY article_id, start, quote_id"
        return [schema.quotation_record(r) for r in self._dicts(sql, params)]

    def places(self, article_id: str | None = None) -> list[dict[str, Any]]:
        """Place records (toponym mentions with their GeoNames entry)."""
        sql = (
            "SELECT * FROM places"
            + (" WHERE article_id = ?" if article_id else "")
            + " ORDER BY article_id, start, place_id"
        )
        return [schema.place_record(r) for r in self._dicts(sql, [article_id] if article_id else [])]

    def counts(self) -> dict[str, int]:
        """Row counts per table."""
        out = {}
        for table in ("articles", "mentions", "events", "quotations", "places"):
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out

    def event_counts(self, article_ids: Sequence[str]) -> dict[str, int]:
        """Stored events per article, for those of ``article_ids`` that have any."""
        if not article_ids:
            return {}
        rows = self.con.execute(
            "SELECT article_id, count(*) FROM events WHERE article_id IN (SELECT unnest(?)) "
            "GROUP BY article_id",
            [sorted(article_ids)],
        ).fetchall()
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
        """Events grouped by merge key: per group the first mention's event record plus
        ``merge_key``, ``num_mentions``, ``num_articles``, ``num_sources`` and ``mentions``
        (see :meth:`dyadic.store.EventStore.merge_groups`)."""
        where, params = schema.event_where(
            alias="e.", source=source, target=target, date_from=date_from, date_to=date_to
        )
        sql = f"""
            WITH m AS (
                SELECT e.*, {MERGE_KEY_SQL} AS merge_key, a.source AS publisher, a.url AS article_url
                FROM events e JOIN articles a ON a.article_id = e.article_id
                WHERE {where}
            ), g AS (
                SELECT merge_key, count(*) AS num_mentions,
                       count(DISTINCT article_id) AS num_articles,
                       count(DISTINCT coalesce(publisher, 'article:' || article_id)) AS num_sources,
                       arg_min(event_id, ({MENTION_ORDER})) AS first_event_id,
                       list({MENTION_SQL} ORDER BY {MENTION_ORDER}) AS mentions
                FROM m GROUP BY merge_key
                HAVING count(DISTINCT article_id) >= ?
            )
            SELECT ev.*, g.merge_key, g.num_mentions, g.num_articles, g.num_sources, g.mentions
            FROM g JOIN events ev ON ev.event_id = g.first_event_id
            ORDER BY ev.date NULLS LAST, ev.source_code, ev.target_code NULLS FIRST, ev.cameo, g.merge_key
        """
        return [schema.event_record(r) for r in self._dicts(sql, [*params, min_articles])]

    def merge_mentions(self, event_id: str) -> list[dict[str, Any]]:
        """Every event with the merge key of ``event_id``, itself included, as mention entries
        (see :meth:`dyadic.store.EventStore.merge_mentions`). Raises :class:`NotFound`."""
        key = self.con.execute(
            f"SELECT {MERGE_KEY_SQL} FROM events e WHERE e.event_id = ?", [event_id]
        ).fetchone()
        if key is None:
            raise NotFound(f"no event with id {event_id!r}")
        cur = self.con.execute(
            f"""SELECT {MENTION_SQL} FROM (
                    SELECT e.*, a.source AS publisher, a.url AS article_url
                    FROM events e JOIN articles a ON a.article_id = e.article_id
                    WHERE {MERGE_KEY_SQL} = ?)
                ORDER BY {MENTION_ORDER}""",
            [key[0]],
        )
        return [row[0] for row in cur.fetchall()]

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
            SELECT date_trunc('{by}', date)::DATE AS period,
                   CASE WHEN {sides} THEN 0 ELSE 1 END AS dir,
                   count(*) AS n,
                   count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
                   count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
                   coalesce(sum(goldstein), 0)
            FROM {_counted_events(merged)}
            WHERE date IS NOT NULL AND {where} AND (({sides}) OR ({sides}))
            GROUP BY ALL ORDER BY ALL
        """
        args = [a, a, b, b, *params, a, a, b, b, b, b, a, a]
        return [
            (period, int(d), int(n), int(q1), int(q2), int(q3), int(q4), float(gsum))
            for period, d, n, q1, q2, q3, q4, gsum in self.con.execute(sql, args).fetchall()
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
                       / count(*)
            FROM {_counted_events(merged)}
            WHERE date IS NOT NULL AND {where} AND {s} IS NOT NULL AND {t} IS NOT NULL AND {s} <> {t}
            GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT ?
        """
        rows = self.con.execute(sql, [*params, int(limit)]).fetchall()
        return [(r[0], r[1], int(r[2]), int(r[3]), int(r[4]), float(r[5]), float(r[6])) for r in rows]


#: SQL: the merge key of an events row (aliased ``e``); dateless events are keyed by their id.
MERGE_KEY_SQL = (
    "CASE WHEN e.date IS NULL THEN 'event:' || e.event_id "
    "ELSE strftime(e.date, '%Y-%m-%d') || '|' || e.source_code || '|' "
    "|| coalesce(e.target_code, '') || '|' || e.cameo END"
)
#: Fields of one merge mention, in order (:meth:`dyadic.store.EventStore.merge_mentions`).
MENTION_FIELDS = (
    "event_id",
    "article_id",
    "source",
    "url",
    "sentence_index",
    "sentence",
    "source_start",
    "source_end",
    "target_start",
    "target_end",
    "verb_start",
    "verb_end",
    "status",
    "confidence",
)
#: SQL: the struct of one merge mention, over events rows with ``publisher`` and ``article_url``.
MENTION_SQL = (
    "{"
    + ", ".join(f"'{f}': " + {"source": "publisher", "url": "article_url"}.get(f, f) for f in MENTION_FIELDS)
    + "}"
)
MENTION_ORDER = "article_id, sentence_index, verb_start, event_id"
#: SQL: the pair key of a side: its country, else its code for IGOs (``IGO...``), else NULL
#: (bare roles such as ``GOV`` or ``COP`` with no known country are no party to a pair).
PAIR_KEY = (
    "CASE WHEN {side}_country IS NOT NULL THEN {side}_country "
    "WHEN {side}_code LIKE 'IGO%' THEN {side}_code END"
)


def _counted_events(merged: bool) -> str:
    """SQL: the events to count (all, or the first mention of each merge group), with a null
    ``date`` replaced by the article's publication date."""
    dated = (
        "(SELECT e.* REPLACE (coalesce(e.date, a.published) AS date) FROM events e "
        "LEFT JOIN articles a ON a.article_id = e.article_id)"
    )
    if not merged:
        return dated
    return (
        f"(SELECT * FROM (SELECT e.*, row_number() OVER (PARTITION BY {MERGE_KEY_SQL} "
        f"ORDER BY e.article_id, e.sentence_index, e.verb_start, e.event_id) AS _rank FROM {dated} e) "
        "WHERE _rank = 1)"
    )


#: Rows per INSERT statement (bounds the statement's size). Multi-row INSERTs are
#: much faster than ``executemany``, which DuckDB runs row by row.
ROWS_PER_INSERT = 200


def _insert(
    con: duckdb.DuckDBPyConnection,
    table: str,
    rows: list[tuple[Any, ...]],
    columns: Sequence[str] | None = None,
) -> None:
    """Insert ``rows`` into ``table``: with the given ``columns``, else those of
    :func:`dyadic.store.schema.result_rows` (``articles`` without ``coded_at``, others all)."""
    if not rows:
        return
    if columns is None and table == "articles":
        columns = schema.ARTICLE_COLUMNS
    cols = "(" + ",".join(f'"{c}"' for c in columns) + ")" if columns else ""
    marks = "(" + ",".join("?" * len(rows[0])) + ")"
    for start in range(0, len(rows), ROWS_PER_INSERT):
        part = rows[start : start + ROWS_PER_INSERT]
        con.execute(
            f"INSERT INTO {table} {cols} VALUES " + ",".join([marks] * len(part)),
            [v for row in part for v in row],
        )
