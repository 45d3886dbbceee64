"""What the store backends share: :class:`SqlStore`, the queries and record building written once.

The DuckDB :class:`dyadic.store.Store` and the PostgreSQL
:class:`dyadic.store.postgres_store.PostgresStore` subclass :class:`SqlStore`.
Its SQL runs on both, with DuckDB-style ``?`` parameters (as
:func:`dyadic.store.schema.event_where` writes them); a backend runs it
(:meth:`SqlStore._rows`, :meth:`SqlStore._dicts`, rewriting the parameters for
its driver), inserts rows (:meth:`SqlStore._insert`), connects, migrates and
names the few pieces of SQL that differ between the dialects.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from datetime import date
from typing import Any, ClassVar, Self

from dyadic.errors import NotFound, StoreError
from dyadic.records import ArticleResult
from dyadic.store import migrations, schema
from dyadic.store.base import COUNTED_STATUSES, DyadCount, PairCount, TableRows

#: Rows per INSERT statement: bounds the statement's size and parameters (41 columns x 200
#: < 65535, PostgreSQL's limit). Multi-row INSERTs are much faster than ``executemany``,
#: which DuckDB runs row by row.
ROWS_PER_INSERT = 200
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
#: SQL: the columns of one merge mention, over events rows with ``publisher`` and ``article_url``.
MENTION_COLUMNS = ", ".join(
    {"source": "publisher AS source", "url": "article_url AS url"}.get(f, f) for f in MENTION_FIELDS
)
MENTION_ORDER = "article_id, sentence_index, verb_start, event_id"
#: SQL: the pair key of a side: its country, else its code for IGOs (``IGO...``), else NULL
#: (bare roles such as ``GOV`` or ``COP`` with no known country are no party to a pair).
PAIR_KEY = (
    "CASE WHEN {side}_country IS NOT NULL THEN {side}_country "
    "WHEN {side}_code LIKE 'IGO%' THEN {side}_code END"
)
#: Events columns that counting needs (:meth:`SqlStore._counted_events`), besides ``date``.
COUNTED_COLUMNS = (
    "e.event_id, e.article_id, e.sentence_index, e.verb_start, e.source_code, e.source_country, "
    "e.target_code, e.target_country, e.cameo, e.quad_class, e.goldstein, e.status"
)
#: Event order of :meth:`SqlStore.events`, oldest first or newest first.
EVENT_ORDER = "date, article_id, sentence_index, verb_start, event_id"
NEWEST_FIRST = "date DESC NULLS LAST, article_id, sentence_index, verb_start, event_id"


def check_counted(status: str, quad_classes: Sequence[int] | None = None) -> None:
    """Refuse a ``status`` that is not one of :data:`COUNTED_STATUSES` or a QuadClass outside 1-4.

    Raises:
        ValueError: naming the value and what is expected.
    """
    if status not in COUNTED_STATUSES:
        raise ValueError(f"status must be {' or '.join(COUNTED_STATUSES)}, not {status!r}")
    for q in quad_classes or ():
        if q not in (1, 2, 3, 4):
            raise ValueError(f"QuadClass must be 1, 2, 3 or 4, not {q!r}")


def merge_key_sql(day: str) -> str:
    """SQL: the merge key of an events row (aliased ``e``); dateless events are keyed by their id.

    Args:
        day: The dialect's SQL writing ``e.date`` as ``YYYY-MM-DD``.
    """
    return (
        f"CASE WHEN e.date IS NULL THEN 'event:' || e.event_id ELSE {day} || '|' || e.source_code "
        "|| '|' || coalesce(e.target_code, '') || '|' || e.cameo END"
    )


def read_version(con: Any) -> tuple[int, bool]:
    """``(schema version, whether schema_version holds it)`` of a DuckDB or psycopg connection."""
    tables = {r[0] for r in con.execute(migrations.FIND_TABLES).fetchall()}
    recorded = None
    if "schema_version" in tables:
        row = con.execute(migrations.MAX_VERSION).fetchone()
        recorded = row[0] if row else None
    return migrations.stored_version(tables, recorded), recorded is not None


def chunks(rows: list[tuple[Any, ...]]) -> list[list[tuple[Any, ...]]]:
    """``rows`` in parts of at most :data:`ROWS_PER_INSERT`."""
    return [rows[i : i + ROWS_PER_INSERT] for i in range(0, len(rows), ROWS_PER_INSERT)]


def insert_sql(table: str, columns: Sequence[str], n_rows: int, mark: str = "?") -> str:
    """``INSERT INTO table (columns) VALUES (mark, ...)`` with ``n_rows`` rows of parameters."""
    marks = "(" + ",".join([mark] * len(columns)) + ")"
    cols = ",".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({cols}) VALUES " + ",".join([marks] * n_rows)


def result_tables(results: Sequence[ArticleResult]) -> TableRows:
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


def _page(limit: int | None, offset: int) -> str:
    """SQL ending a query with ``LIMIT`` and ``OFFSET`` (none when ``limit`` is None)."""
    return "" if limit is None else f" LIMIT {int(limit)} OFFSET {int(offset)}"


def _quotation_where(article_id: str | None, speaker: str | None) -> tuple[str, list[Any]]:
    """The WHERE condition of quotation filters and its ``?`` parameters: one article; one
    speaker code, or, for a three-letter country code, every speaker code it starts
    (``IRN`` matches ``IRNGOV``, as actors match events by country)."""
    where, params = ["TRUE"], []
    if article_id:
        where.append("article_id = ?")
        params.append(article_id)
    if speaker:
        # a code of three characters is also the first three of every code it starts
        where.append("substr(speaker_code, 1, 3) = ?" if len(speaker) == 3 else "speaker_code = ?")
        params.append(speaker)
    return " AND ".join(where), params


class SqlStore(ABC):
    """The :class:`dyadic.store.EventStore` methods that both SQL backends share.

    Attributes:
        target: The store's path, or URL with the password masked (in messages and :meth:`info`).
        applied_now: The schema versions migrated to when it was opened, oldest first.
    """

    #: ``duckdb`` or ``postgres`` (:meth:`info`).
    _BACKEND: ClassVar[str]
    #: The driver's error class: what :meth:`_insert` raises when it cannot write.
    _ERROR: ClassVar[type[Exception]]
    #: SQL following a column: the column is one of the values of the list parameter ``?``.
    _ANY_OF: ClassVar[str]
    #: SQL: the merge key of an events row aliased ``e`` (:func:`merge_key_sql`).
    _MERGE_KEY: ClassVar[str]

    target: str
    applied_now: list[int]

    # -- the backend -------------------------------------------------------------
    @abstractmethod
    def close(self) -> None:
        """Close the store; it is not used after."""

    @abstractmethod
    def _version(self) -> tuple[int, bool]:
        """``(schema version, whether schema_version holds it)`` (:func:`read_version`)."""

    @abstractmethod
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """The rows of ``sql`` (``?`` parameters) as tuples."""

    @abstractmethod
    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """The rows of ``sql`` (``?`` parameters) as ``{column: value}``."""

    @abstractmethod
    def _insert(self, tables: TableRows) -> set[str]:
        """Insert rows in one transaction: the articles not stored yet, and the rows of the
        other tables that belong to them. Returns the ids inserted; raises :attr:`_ERROR`
        (and stores nothing) when the rows cannot be written."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def info(self) -> dict[str, Any]:
        """Backend, path or masked URL, schema version and migrations, row counts
        (see :meth:`dyadic.store.EventStore.info`)."""
        version, recorded = self._version()
        history = (
            self._dicts("SELECT version, description, applied_at FROM schema_version ORDER BY version")
            if recorded
            else []
        )
        return {
            "backend": self._BACKEND,
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
        return bool(self._rows("SELECT 1 FROM articles WHERE article_id = ?", [article_id]))

    def stored_article_ids(self, article_ids: Sequence[str]) -> set[str]:
        """The subset of ``article_ids`` already stored (one query)."""
        if not article_ids:
            return set()
        rows = self._rows(
            f"SELECT article_id FROM articles WHERE article_id {self._ANY_OF}", [list(article_ids)]
        )
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
            return bool(self._insert(result_tables([result])))
        except self._ERROR as exc:
            raise StoreError(f"cannot store article {result.article.article_id}: {exc}") from exc

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
            stored = self._insert(result_tables(results))
        except self._ERROR:
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
        (see :meth:`dyadic.store.EventStore.load_rows`).

        Returns:
            The ids of the articles stored now, sorted.

        Raises:
            StoreError: the rows cannot be inserted; nothing of them is stored.
        """
        try:
            return sorted(self._insert(tables))
        except self._ERROR as exc:
            raise StoreError(f"cannot load rows into {self.target}: {exc}") from exc

    def dump_rows(self, article_ids: Sequence[str]) -> TableRows:
        """Every stored row of these articles, all columns (see :meth:`dyadic.store.EventStore.dump_rows`)."""
        out: TableRows = {}
        for table, columns in schema.COLUMNS.items():
            cols = ", ".join(f'"{c}"' for c in columns)
            keys = ", ".join(schema.PRIMARY_KEYS[table])
            rows = self._rows(
                f"SELECT {cols} FROM {table} WHERE article_id {self._ANY_OF} ORDER BY {keys}",
                [list(article_ids)],
            )
            out[table] = (columns, rows)
        return out

    # -- reading -----------------------------------------------------------------
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
        quad_classes: Sequence[int] | None = None,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = False,
    ) -> list[dict[str, Any]]:
        """Events as public records, filtered; ordered by date (``newest_first``: latest first),
        article, sentence, verb offset.

        ``source``/``target`` match the actor code or its country (``IRN``
        matches ``IRNGOV``); ``code`` is an exact CAMEO code; ``text`` searches
        the sentence (case-insensitive substring); see :meth:`dyadic.store.EventStore.events`.
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
            quad_classes=quad_classes,
        )
        sql = f"SELECT * FROM events WHERE {where}"
        sql += f" ORDER BY {NEWEST_FIRST if newest_first else EVENT_ORDER}" + _page(limit, offset)
        return [schema.event_record(r) for r in self._dicts(sql, params)]

    def count_events(
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
        quad_classes: Sequence[int] | None = None,
    ) -> int:
        """How many events :meth:`events` selects with these filters
        (see :meth:`dyadic.store.EventStore.count_events`)."""
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
            quad_classes=quad_classes,
        )
        return int(self._rows(f"SELECT count(*) FROM events WHERE {where}", params)[0][0])

    def event(self, event_id: str) -> dict[str, Any]:
        """One event record. Raises :class:`NotFound`."""
        rows = self._dicts("SELECT * FROM events WHERE event_id = ?", [event_id])
        if not rows:
            raise NotFound(f"no event with id {event_id!r} in {self.target}")
        return schema.event_record(rows[0])

    def article(self, article_id: str) -> dict[str, Any]:
        """One article with its mentions, events, quotations and places. Raises :class:`NotFound`."""
        rows = self._dicts(
            "SELECT article_id, title, published, url, source, origin, text FROM articles "
            "WHERE article_id = ?",
            [article_id],
        )
        if not rows:
            raise NotFound(f"no article with id {article_id!r} in {self.target}")
        art = rows[0]
        art["published"] = schema._iso(art["published"])
        cols = ", ".join(f'"{c}"' for c in schema.COLUMNS["mentions"] if c != "article_id")
        art["mentions"] = self._dicts(
            f"SELECT {cols} FROM mentions WHERE article_id = ? ORDER BY mention_index", [article_id]
        )
        art["events"] = self.events(article_id=article_id)
        art["quotations"] = self.quotations(article_id=article_id)
        art["places"] = self.places(article_id=article_id)
        return art

    def articles(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Article summaries (no text), newest first."""
        sql = (
            "SELECT article_id, title, published, url, source, length(text) AS chars FROM articles "
            "ORDER BY published DESC NULLS LAST, article_id" + _page(limit, offset)
        )
        rows = self._dicts(sql)
        for r in rows:
            r["published"] = schema._iso(r["published"])
        return rows

    def actors(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Distinct actors (code, name) with their kind, country, role (the least of those seen, so
        the result is deterministic), mention and article counts and the surface forms seen
        (aliases), most mentioned first; ``limit`` and ``offset`` page them."""
        return self._dicts(
            """SELECT code, name, min(kind) AS kind, min(country) AS country, min(role) AS role,
                      count(*) AS mentions, count(DISTINCT article_id) AS articles,
                      array_agg(DISTINCT text ORDER BY text) AS aliases
               FROM mentions GROUP BY code, name ORDER BY mentions DESC, code, name"""
            + _page(limit, offset)
        )

    def count_actors(self) -> int:
        """How many actors :meth:`actors` lists (no limit)."""
        return int(self._rows("SELECT count(*) FROM (SELECT DISTINCT code, name FROM mentions) AS a")[0][0])

    def quotations(
        self,
        article_id: str | None = None,
        speaker: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Quotation records, optionally for one article or one speaker (a code, or a country
        code matching its actors: ``IRN`` matches ``IRNGOV``), by article and offset; ``limit``
        and ``offset`` page them."""
        where, params = _quotation_where(article_id, speaker)
        sql = f"SELECT * FROM quotations WHERE {where} ORDER BY article_id, start, quote_id"
        return [schema.quotation_record(r) for r in self._dicts(sql + _page(limit, offset), params)]

    def count_quotations(self, article_id: str | None = None, speaker: str | None = None) -> int:
        """How many quotations :meth:`quotations` selects with these filters (no limit)."""
        where, params = _quotation_where(article_id, speaker)
        return int(self._rows(f"SELECT count(*) FROM quotations WHERE {where}", params)[0][0])

    def places(
        self, article_id: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Place records (toponym mentions with their GeoNames entry), by article and offset;
        ``limit`` and ``offset`` page them."""
        sql = (
            "SELECT * FROM places"
            + (" WHERE article_id = ?" if article_id else "")
            + " ORDER BY article_id, start, place_id"
            + _page(limit, offset)
        )
        return [schema.place_record(r) for r in self._dicts(sql, [article_id] if article_id else [])]

    def count_places(self, article_id: str | None = None) -> int:
        """How many places :meth:`places` selects (no limit)."""
        sql = "SELECT count(*) FROM places" + (" WHERE article_id = ?" if article_id else "")
        return int(self._rows(sql, [article_id] if article_id else [])[0][0])

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
            f"SELECT article_id, count(*) FROM events WHERE article_id {self._ANY_OF} GROUP BY article_id",
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
        """Events grouped by merge key: per group the first mention's event record plus
        ``merge_key``, ``num_mentions``, ``num_articles``, ``num_sources`` and ``mentions``
        (see :meth:`dyadic.store.EventStore.merge_groups`)."""
        where, params = schema.event_where(
            alias="e.", source=source, target=target, date_from=date_from, date_to=date_to
        )
        mentions_cte = f"""
            WITH m AS (
                SELECT e.*, {self._MERGE_KEY} AS merge_key, a.source AS publisher, a.url AS article_url
                FROM events e JOIN articles a ON a.article_id = e.article_id
                WHERE {where}
            )"""
        groups = self._dicts(
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
                     g.merge_key""",
            [*params, min_articles],
        )
        by_key: dict[str, list[dict[str, Any]]] = {g["merge_key"]: [] for g in groups}
        for row in self._dicts(
            f"{mentions_cte} SELECT merge_key, {MENTION_COLUMNS} FROM m ORDER BY merge_key, {MENTION_ORDER}",
            params,
        ):
            key = row.pop("merge_key")
            if key in by_key:
                by_key[key].append(row)
        return [schema.event_record({**g, "mentions": by_key[g["merge_key"]]}) for g in groups]

    def merge_mentions(self, event_id: str) -> list[dict[str, Any]]:
        """Every event with the merge key of ``event_id``, itself included, as mention entries
        (see :meth:`dyadic.store.EventStore.merge_mentions`). Raises :class:`NotFound`."""
        key = self._rows(f"SELECT {self._MERGE_KEY} FROM events e WHERE e.event_id = ?", [event_id])
        if not key:
            raise NotFound(f"no event with id {event_id!r}")
        return self._dicts(
            f"""SELECT {MENTION_COLUMNS} FROM (
                    SELECT e.*, a.source AS publisher, a.url AS article_url
                    FROM events e JOIN articles a ON a.article_id = e.article_id
                    WHERE {self._MERGE_KEY} = ?) AS m
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
        status: str = "realized",
    ) -> list[DyadCount]:
        """Events between ``a`` and ``b`` per period and direction (0: ``a`` -> ``b``,
        1: ``b`` -> ``a``); see :meth:`dyadic.store.EventStore.dyad_counts`."""
        if by not in ("day", "week", "month"):
            raise ValueError(f"period must be day, week or month, not {by!r}")
        check_counted(status)
        where, params = schema.event_where(date_from=date_from, date_to=date_to)
        sides = f"{schema.actor_condition('source')} AND {schema.actor_condition('target')}"  # 4 params
        sql = f"""
            SELECT date_trunc('{by}', date::timestamp)::date AS period,
                   CASE WHEN {sides} THEN 0 ELSE 1 END AS dir,
                   count(*) AS n,
                   count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
                   count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
                   coalesce(sum(goldstein), 0)
            FROM {self._counted_events(merged, status)}
            WHERE date IS NOT NULL AND {where} AND (({sides}) OR ({sides}))
            GROUP BY 1, 2 ORDER BY 1, 2
        """
        args = [a, a, b, b, *params, a, a, b, b, b, b, a, a]
        return [
            (period, int(d), int(n), int(q1), int(q2), int(q3), int(q4), float(gsum))
            for period, d, n, q1, q2, q3, q4, gsum in self._rows(sql, args)
        ]

    def pair_counts(
        self,
        limit: int,
        *,
        date_from: date | None = None,
        date_to: date | None = None,
        merged: bool = False,
        status: str = "realized",
        quad_classes: Sequence[int] | None = None,
    ) -> list[PairCount]:
        """The ``limit`` undirected actor pairs with most events
        (see :meth:`dyadic.store.EventStore.pair_counts`)."""
        check_counted(status, quad_classes)
        where, params = schema.event_where(date_from=date_from, date_to=date_to, quad_classes=quad_classes)
        s, t = PAIR_KEY.format(side="source"), PAIR_KEY.format(side="target")
        sql = f"""
            SELECT least({s}, {t}) AS a, greatest({s}, {t}) AS b, count(*) AS n,
                   count(*) FILTER (WHERE {s} < {t}) AS ab, count(*) FILTER (WHERE {s} > {t}) AS ba,
                   avg(goldstein),
                   (count(*) FILTER (WHERE quad_class <= 2) - count(*) FILTER (WHERE quad_class >= 3))
                       ::double precision / count(*)
            FROM {self._counted_events(merged, status)}
            WHERE date IS NOT NULL AND {where} AND {s} IS NOT NULL AND {t} IS NOT NULL AND {s} <> {t}
            GROUP BY 1, 2 ORDER BY n DESC, a, b LIMIT ?
        """
        rows = self._rows(sql, [*params, int(limit)])
        return [(r[0], r[1], int(r[2]), int(r[3]), int(r[4]), float(r[5]), float(r[6])) for r in rows]

    def _counted_events(self, merged: bool, status: str) -> str:
        """SQL: the events to count (those of ``status``: ``realized`` ones or ``all``; each, or
        the first mention of each merge group among them), with a null ``date`` replaced by the
        article's publication date. The callers have checked ``status`` (:func:`check_counted`)."""
        kept = " WHERE e.status = 'realized'" if status == "realized" else ""
        dated = (
            f"(SELECT {COUNTED_COLUMNS}, coalesce(e.date, a.published) AS date FROM events e "
            f"LEFT JOIN articles a ON a.article_id = e.article_id{kept})"
        )
        if not merged:
            return f"{dated} AS c"
        return (
            f"(SELECT * FROM (SELECT e.*, row_number() OVER (PARTITION BY {self._MERGE_KEY} "
            f"ORDER BY e.article_id, e.sentence_index, e.verb_start, e.event_id) AS _rank "
            f"FROM {dated} e) AS r WHERE _rank = 1) AS c"
        )
