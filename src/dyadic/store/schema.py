"""Table layout of the store, and the mapping between records and rows.

Each table's columns are listed once here; rows are built from the records in
:mod:`dyadic.records` and turned back into the public JSON record shapes
(see README, "Records"), so exports and the API share one mapping.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from typing import Any

from dyadic.records import (
    Article,
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

DDL = """
CREATE TABLE IF NOT EXISTS articles (
    article_id VARCHAR PRIMARY KEY, title VARCHAR, published DATE, url VARCHAR,
    source VARCHAR, origin VARCHAR, text VARCHAR, coded_at TIMESTAMP DEFAULT current_timestamp
);
CREATE TABLE IF NOT EXISTS mentions (
    article_id VARCHAR, mention_index INTEGER, sentence_index INTEGER, text VARCHAR,
    start INTEGER, "end" INTEGER, token_start INTEGER, token_end INTEGER,
    code VARCHAR, country VARCHAR, role VARCHAR, name VARCHAR, kind VARCHAR, rule VARCHAR,
    PRIMARY KEY (article_id, mention_index)
);
CREATE TABLE IF NOT EXISTS events (
    event_id VARCHAR PRIMARY KEY, article_id VARCHAR, sentence_index INTEGER, sentence VARCHAR,
    date DATE,
    source_text VARCHAR, source_code VARCHAR, source_country VARCHAR, source_role VARCHAR,
    source_name VARCHAR, source_start INTEGER, source_end INTEGER,
    target_text VARCHAR, target_code VARCHAR, target_country VARCHAR, target_role VARCHAR,
    target_name VARCHAR, target_start INTEGER, target_end INTEGER,
    cameo VARCHAR, cameo_root VARCHAR, cameo_name VARCHAR, plover VARCHAR, plover_mode VARCHAR,
    plover_context VARCHAR, goldstein DOUBLE, quad_class INTEGER, status VARCHAR,
    verb_start INTEGER, verb_end INTEGER, pattern VARCHAR, rule VARCHAR, confidence DOUBLE,
    place_geonames_id BIGINT, place_name VARCHAR, place_country VARCHAR, place_admin1 VARCHAR,
    place_lat DOUBLE, place_lon DOUBLE, place_feature_class VARCHAR, place_feature_code VARCHAR
);
CREATE TABLE IF NOT EXISTS quotations (
    quote_id VARCHAR PRIMARY KEY, article_id VARCHAR, sentence_index INTEGER, text VARCHAR,
    start INTEGER, "end" INTEGER, kind VARCHAR, cue VARCHAR,
    speaker_text VARCHAR, speaker_name VARCHAR, speaker_code VARCHAR,
    speaker_start INTEGER, speaker_end INTEGER
);
CREATE TABLE IF NOT EXISTS places (
    place_id VARCHAR PRIMARY KEY, article_id VARCHAR, sentence_index INTEGER, text VARCHAR,
    start INTEGER, "end" INTEGER, rule VARCHAR,
    geonames_id BIGINT, name VARCHAR, country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE,
    feature_class VARCHAR, feature_code VARCHAR
);
"""


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

    Returns:
        ``(condition, parameters)``: the filters joined with ``AND`` (``TRUE``
        when none is set; empty strings count as not set) and their ``?``
        parameters in order.
    """
    where: list[str] = []
    params: list[Any] = []
    for side, actor in (("source", source), ("target", target)):
        if actor:
            where.append(actor_condition(side, alias))
            params += [actor, actor]
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
    if text:
        where.append(f"{alias}sentence ILIKE ?")
        params.append(f"%{text}%")
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
