"""DuckDB store: articles, actor mentions, events, quotations and places.

One :meth:`Store.save` is one transaction: an article is stored with all its
annotations or not at all. Saving an article id that is already stored changes
nothing (re-ingesting is a no-op).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from dyadic.errors import NotFound, StoreError
from dyadic.records import ArticleResult
from dyadic.store import schema


class Store:
    """A DuckDB file holding coded articles.

    Args:
        path: Database file (created if missing), or ``:memory:``.
        read_only: Open without write access (several readers may share a file).

    Raises:
        StoreError: the file cannot be opened (locked by another writer, not a
            DuckDB file, unreadable).
    """

    def __init__(self, path: str | Path = "dyadic.duckdb", read_only: bool = False) -> None:
        self.path = str(path)
        try:
            self.con = duckdb.connect(self.path, read_only=read_only)
            if not read_only:
                self.con.execute(schema.DDL)
        except duckdb.Error as exc:
            hint = ""
            if "lock" in str(exc).lower():
                hint = (
                    " (another process, such as a running `dyadic serve`, has it open for writing: "
                    "stop it, or start the server with --read-only)"
                )
            raise StoreError(f"cannot open store {self.path}: {exc}{hint}") from exc

    def close(self) -> None:
        """Close the connection."""
        self.con.close()

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
            for table, rows in _rows(result).items():
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
                for table, rows in _rows(r).items():
                    tables.setdefault(table, []).extend(rows)
            for table, rows in tables.items():
                _insert(self.con, table, rows)
            self.con.execute("COMMIT")
            return flags
        except duckdb.Error:
            self.con.execute("ROLLBACK")
        return [self._save_or_error(r) for r in results]

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
        where: list[str] = []
        params: list[object] = []
        for side, value in (("source", source), ("target", target)):
            if value:
                where.append(f"({side}_code = ? OR {side}_country = ?)")
                params += [value, value]
        for col, value in (
            ("cameo", code),
            ("cameo_root", root),
            ("plover", plover),
            ("status", status),
            ("article_id", article_id),
        ):
            if value:
                where.append(f"{col} = ?")
                params.append(value)
        if date_from:
            where.append("date >= ?")
            params.append(date_from)
        if date_to:
            where.append("date <= ?")
            params.append(date_to)
        if text:
            where.append("sentence ILIKE ?")
            params.append(f"%{text}%")
        sql = "SELECT * FROM events"
        if where:
            sql += " WHERE " + " AND ".join(where)
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
        """Distinct actors (code, name) with their kind, country, role, mention and article counts and
        the surface forms seen (aliases), most mentioned first."""
        return self._dicts(
            """SELECT code, name, any_value(kind) AS kind, any_value(country) AS country,
                      any_value(role) AS role, count(*) AS mentions,
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
        sql += " ORDER BY article_id, start"
        return [schema.quotation_record(r) for r in self._dicts(sql, params)]

    def places(self, article_id: str | None = None) -> list[dict[str, Any]]:
        """Place records (toponym mentions with their GeoNames entry)."""
        sql = (
            "SELECT * FROM places"
            + (" WHERE article_id = ?" if article_id else "")
            + " ORDER BY article_id, start"
        )
        return [schema.place_record(r) for r in self._dicts(sql, [article_id] if article_id else [])]

    def counts(self) -> dict[str, int]:
        """Row counts per table."""
        out = {}
        for table in ("articles", "mentions", "events", "quotations", "places"):
            row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
            out[table] = int(row[0]) if row else 0
        return out


#: Rows per INSERT statement (bounds the statement's size). Multi-row INSERTs are
#: much faster than ``executemany``, which DuckDB runs row by row.
ROWS_PER_INSERT = 200


def _unique(items: Sequence[Any], key: str) -> list[Any]:
    seen: set[Any] = set()
    out = []
    for item in items:
        k = getattr(item, key)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


def _rows(result: ArticleResult) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of each table for one article (duplicate record ids dropped)."""
    art = result.article
    return {
        "articles": [schema.article_row(art)],
        "mentions": [schema.mention_row(art.article_id, i, m) for i, m in enumerate(result.mentions)],
        "events": [schema.event_row(e) for e in _unique(result.events, "event_id")],
        "quotations": [schema.quotation_row(q) for q in _unique(result.quotations, "quote_id")],
        "places": [schema.place_row(p) for p in _unique(result.places, "place_id")],
    }


def _insert(con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple[Any, ...]]) -> None:
    if not rows:
        return
    cols = "(" + ",".join(schema.ARTICLE_COLUMNS) + ")" if table == "articles" else ""
    marks = "(" + ",".join("?" * len(rows[0])) + ")"
    for start in range(0, len(rows), ROWS_PER_INSERT):
        part = rows[start : start + ROWS_PER_INSERT]
        con.execute(
            f"INSERT INTO {table} {cols} VALUES " + ",".join([marks] * len(part)),
            [v for row in part for v in row],
        )
