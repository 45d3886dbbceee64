"""Table layout of the store, and the mapping between records and rows.

Each table's columns are listed once here; rows are built from the records in
:mod:`dyadic.records` and turned back into the public JSON record shapes
(see README, "Records"), so exports and the API share one mapping.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import date
from typing import Any

from dyadic.records import (
    Article,
    ArticleResult,
    Event,
    EventActor,
    EventStatus,
    Evidence,
    Mention,
    Place,
    PlaceMention,
    Quotation,
)

ACTOR_FIELDS = ("text", "code", "country", "role", "name", "start", "end")
PLACE_FIELDS = ("geonames_id", "name", "country", "admin1", "lat", "lon", "feature_class", "feature_code")

#: Columns of each store table, parent first: ``(name, DuckDB type)``. Both backends create
#: these columns in this order (PostgreSQL types: :func:`create_tables`).
TABLE_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (
        *((c, "VARCHAR") for c in ("article_id", "title")),
        ("published", "DATE"),
        *((c, "VARCHAR") for c in ("url", "source", "origin", "text")),
        ("coded_at", "TIMESTAMP"),
    ),
    "mentions": (
        ("article_id", "VARCHAR"),
        *((c, "INTEGER") for c in ("mention_index", "sentence_index")),
        ("text", "VARCHAR"),
        *((c, "INTEGER") for c in ("start", "end", "token_start", "token_end")),
        *((c, "VARCHAR") for c in ("code", "country", "role", "name", "kind", "rule")),
    ),
    "events": (
        *((c, "VARCHAR") for c in ("event_id", "article_id")),
        ("sentence_index", "INTEGER"),
        ("sentence", "VARCHAR"),
        ("date", "DATE"),
        *(
            (f"{side}_{c}", "INTEGER" if c in ("start", "end") else "VARCHAR")
            for side in ("source", "target")
            for c in ("text", "code", "country", "role", "name", "start", "end")
        ),
        *((c, "VARCHAR") for c in ("cameo", "cameo_root", "cameo_name", "plover", "plover_mode")),
        ("plover_context", "VARCHAR"),
        ("goldstein", "DOUBLE"),
        ("quad_class", "INTEGER"),
        ("status", "VARCHAR"),
        *((c, "INTEGER") for c in ("verb_start", "verb_end")),
        *((c, "VARCHAR") for c in ("pattern", "rule")),
        ("confidence", "DOUBLE"),
        ("place_geonames_id", "BIGINT"),
        *((f"place_{c}", "VARCHAR") for c in ("name", "country", "admin1")),
        *((f"place_{c}", "DOUBLE") for c in ("lat", "lon")),
        *((f"place_{c}", "VARCHAR") for c in ("feature_class", "feature_code")),
        ("mutual", "BOOLEAN"),  # schema version 2
    ),
    "quotations": (
        *((c, "VARCHAR") for c in ("quote_id", "article_id")),
        ("sentence_index", "INTEGER"),
        ("text", "VARCHAR"),
        *((c, "INTEGER") for c in ("start", "end")),
        *((c, "VARCHAR") for c in ("kind", "cue", "speaker_text", "speaker_name", "speaker_code")),
        *((c, "INTEGER") for c in ("speaker_start", "speaker_end")),
    ),
    "places": (
        *((c, "VARCHAR") for c in ("place_id", "article_id")),
        ("sentence_index", "INTEGER"),
        ("text", "VARCHAR"),
        *((c, "INTEGER") for c in ("start", "end")),
        ("rule", "VARCHAR"),
        ("geonames_id", "BIGINT"),
        *((c, "VARCHAR") for c in ("name", "country", "admin1")),
        *((c, "DOUBLE") for c in ("lat", "lon")),
        *((c, "VARCHAR") for c in ("feature_class", "feature_code")),
    ),
}
#: Primary key of each table: an article, and each record, is stored once.
PRIMARY_KEYS = {
    "articles": ("article_id",),
    "mentions": ("article_id", "mention_index"),
    "events": ("event_id",),
    "quotations": ("quote_id",),
    "places": ("place_id",),
}
#: Column names of each table, in order.
COLUMNS = {table: tuple(name for name, _ in cols) for table, cols in TABLE_COLUMNS.items()}
#: PostgreSQL type of each DuckDB type of :data:`TABLE_COLUMNS`. Text compares by code point
#: (``COLLATE "C"``), as in DuckDB, so both backends order and compare strings alike.
_POSTGRES_TYPES = {"VARCHAR": 'TEXT COLLATE "C"', "DOUBLE": "DOUBLE PRECISION"}


def create_tables(dialect: str) -> str:
    """SQL creating the store tables that do not exist yet (the current columns: migration 1
    of a new store; later migrations add their columns to older stores).

    Args:
        dialect: ``duckdb`` or ``postgres``. PostgreSQL also gets indexes on the
            ``article_id`` of the record tables (DuckDB scans its columns fast enough).

    Returns:
        ``CREATE TABLE IF NOT EXISTS`` statements separated by ``;``.
    """
    statements = []
    for table, cols in TABLE_COLUMNS.items():
        defs = [
            f'"{name}" '
            + (_POSTGRES_TYPES.get(kind, kind) if dialect == "postgres" else kind)
            + (" DEFAULT current_timestamp" if name == "coded_at" else "")
            for name, kind in cols
        ]
        defs.append("PRIMARY KEY (" + ", ".join(PRIMARY_KEYS[table]) + ")")
        statements.append(f"CREATE TABLE IF NOT EXISTS {table} (\n    " + ",\n    ".join(defs) + "\n)")
        if dialect == "postgres" and table in ("events", "quotations", "places"):
            statements.append(f"CREATE INDEX IF NOT EXISTS {table}_article_id ON {table} (article_id)")
    return ";\n".join(statements) + ";\n"


def article_row(a: Article) -> tuple[Any, ...]:
    return (a.article_id, a.title, a.published, a.url, a.source, a.origin, a.text)


ARTICLE_COLUMNS = ("article_id", "title", "published", "url", "source", "origin", "text")


def mention_row(article_id: str, index: int, m: Mention) -> tuple[Any, ...]:
    a = m.actor
    return (
        article_id,
        index,
        m.sentence_index,
        m.text,
        m.start,
        m.end,
        m.token_start,
        m.token_end,
        a.code,
        a.country,
        a.role,
        a.name,
        a.kind.value,
        m.rule,
    )


def _actor_values(a: EventActor | None) -> tuple[Any, ...]:
    if a is None:
        return (None,) * len(ACTOR_FIELDS)
    return tuple(getattr(a, f) for f in ACTOR_FIELDS)


def _place_values(p: Place | None) -> tuple[Any, ...]:
    if p is None:
        return (None,) * len(PLACE_FIELDS)
    return tuple(getattr(p, f) for f in PLACE_FIELDS)


def event_row(e: Event) -> tuple[Any, ...]:
    return (
        e.event_id,
        e.article_id,
        e.sentence_index,
        e.sentence,
        e.date,
        *_actor_values(e.source),
        *_actor_values(e.target),
        e.cameo,
        e.cameo_root,
        e.cameo_name,
        e.plover,
        e.plover_mode,
        e.plover_context,
        e.goldstein,
        e.quad_class,
        e.status.value,
        e.evidence.verb_start,
        e.evidence.verb_end,
        e.evidence.pattern,
        e.evidence.rule,
        e.confidence,
        *_place_values(e.place),
        e.mutual,
    )


def quotation_row(q: Quotation) -> tuple[Any, ...]:
    s = q.speaker
    sp = (s.text, s.name, s.code, s.start, s.end) if s else (None,) * 5
    return (q.quote_id, q.article_id, q.sentence_index, q.text, q.start, q.end, q.kind, q.cue, *sp)


def place_row(p: PlaceMention) -> tuple[Any, ...]:
    return (
        p.place_id,
        p.article_id,
        p.sentence_index,
        p.text,
        p.start,
        p.end,
        p.rule,
        *_place_values(p.place),
    )


def _unique(items: Sequence[Any], key: str) -> list[Any]:
    seen: set[Any] = set()
    out = []
    for item in items:
        k = getattr(item, key)
        if k not in seen:
            seen.add(k)
            out.append(item)
    return out


def result_rows(result: ArticleResult) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of each table for one coded article (duplicate record ids dropped).

    Returns:
        ``{table: rows}``; ``articles`` rows have the :data:`ARTICLE_COLUMNS`
        (no ``coded_at``), the other tables all of :data:`COLUMNS`.
    """
    art = result.article
    return {
        "articles": [article_row(art)],
        "mentions": [mention_row(art.article_id, i, m) for i, m in enumerate(result.mentions)],
        "events": [event_row(e) for e in _unique(result.events, "event_id")],
        "quotations": [quotation_row(q) for q in _unique(result.quotations, "quote_id")],
        "places": [place_row(p) for p in _unique(result.places, "place_id")],
    }


def actor_condition(side: str, alias: str = "") -> str:
    """SQL matching an actor on ``side`` (``source`` or ``target``) of an events row
    (``alias`` is its table alias plus a dot, or empty): its code equals the parameter, or
    its country does (two ``?`` parameters, both the actor), so ``IRN`` matches ``IRNGOV``."""
    return f"({alias}{side}_code = ? OR {alias}{side}_country = ?)"


def event_where(
    *,
    alias: str = "",
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
) -> tuple[str, list[Any]]:
    """The WHERE condition of event filters, for every query over the events table.

    Args:
        alias: Table alias of the events row plus a dot (``e.``), or empty.
        source: Actor code or country of the source (see :func:`actor_condition`).
        target: Same, for the target.
        code: Exact CAMEO code.
        root: CAMEO root.
        plover: PLOVER event type.
        status: Event status.
        date_from: First event day included.
        date_to: Last event day included.
        text: Case-insensitive substring of the sentence.
        article_id: One article's events.
        quad_classes: GDELT QuadClasses (1-4) to keep; None or empty for all.

    Returns:
        ``(condition, parameters)``: the filters joined with ``AND`` (``TRUE``
        when none is set; empty strings count as not set) and their ``?``
        parameters in order.
    """
    where: list[str] = []
    params: list[Any] = []
    if source or target:
        # a mutual act ("Chile and Peru signed", Event.mutual) is stored once; it answers both directions
        sides = [(side, actor) for side, actor in (("source", source), ("target", target)) if actor]
        ahead = " AND ".join(actor_condition(side, alias) for side, _ in sides)
        other = {"source": "target", "target": "source"}
        mirrored = " AND ".join(actor_condition(other[side], alias) for side, _ in sides)
        where.append(f"(({ahead}) OR ({alias}mutual AND {mirrored}))")
        actors = [a for _, actor in sides for a in (actor, actor)]
        params += actors + actors
    for col, value in (
        ("cameo", code),
        ("cameo_root", root),
        ("plover", plover),
        ("status", status),
        ("article_id", article_id),
    ):
        if value:
            where.append(f"{alias}{col} = ?")
            params.append(value)
    for op, day in ((">=", date_from), ("<=", date_to)):
        if day:
            where.append(f"{alias}date {op} ?")
            params.append(day)
    if quad_classes:
        where.append(f"{alias}quad_class IN ({', '.join('?' * len(quad_classes))})")
        params += [int(q) for q in quad_classes]
    if text:  # a literal substring: % and _ match themselves
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where.append(f"{alias}sentence ILIKE ? ESCAPE '\\'")
        params.append(f"%{escaped}%")
    return " AND ".join(where) or "TRUE", params


def _event_actor(row: dict[str, Any], side: str) -> EventActor | None:
    values = {f: row.pop(f"{side}_{f}") for f in ACTOR_FIELDS}
    return None if values["code"] is None else EventActor(**values)


def _place(row: dict[str, Any]) -> Place | None:
    values = {f: row.pop(f"place_{f}") for f in PLACE_FIELDS}
    return None if values["geonames_id"] is None else Place(**values)


#: Event fields stored in a column of their own name.
_EVENT_SCALARS = tuple(
    f.name for f in fields(Event) if f.name not in ("source", "target", "status", "evidence", "place")
)


def event_record(row: dict[str, Any]) -> dict[str, Any]:
    """A stored events row -> the public JSON Lines event record (README, "Event record").

    The row is turned back into an :class:`~dyadic.records.Event`, so the record is
    :meth:`Event.to_record <dyadic.records.Event.to_record>`'s; columns that are not
    the event's (e.g. merge statistics) follow it unchanged.
    """
    row = dict(row)
    event = Event(
        source=_event_actor(row, "source"),  # type: ignore[arg-type]  # never None when stored
        target=_event_actor(row, "target"),
        status=EventStatus(row.pop("status")),
        evidence=Evidence(row.pop("verb_start"), row.pop("verb_end"), row.pop("pattern"), row.pop("rule")),
        place=_place(row),
        **{f: row.pop(f) for f in _EVENT_SCALARS},
    )
    return {**event.to_record(), **row}


def quotation_record(row: dict[str, Any]) -> dict[str, Any]:
    """A stored quotations row -> the public quotation record."""
    row = dict(row)
    speaker = {f: row.pop(f"speaker_{f}") for f in ("text", "name", "code", "start", "end")}
    row["speaker"] = None if speaker["text"] is None and speaker["name"] is None else speaker
    return row


def place_record(row: dict[str, Any]) -> dict[str, Any]:
    """A stored places row -> the public place record (flat GeoNames fields + mention)."""
    return dict(row)


def _iso(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value
