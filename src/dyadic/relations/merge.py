"""Cross-article event merging: one event reported by many articles -> one merged event.

Events with the same (date, source actor code, target actor code, CAMEO code)
are one merged event, whichever articles and sentences they come from, as in
GDELT's event table with its NumMentions/NumSources/NumArticles and mentions
table; unlike GDELT, every mention keeps its evidence (article, sentence,
character offsets). Events without a date are not merged (each is its own
merged event), since their day is unknown.

A merged event record is the public event record (README, "Event record") of
its first mention (earliest article id, then sentence, then verb offset), with:

- ``event_id``: ``merged:`` + 16 hex chars of SHA-1 of the merge key, stable
  across runs and stores;
- ``num_mentions``: events merged (an article may mention it twice);
- ``num_articles``: distinct articles;
- ``num_sources``: distinct publishers (``Article.source``); an article with
  no known source counts as a source of its own;
- ``mentions``: one entry per merged event: ``event_id``, ``article_id``,
  ``source`` (publisher), ``url``, ``sentence_index``, ``sentence``,
  ``source_start``/``source_end``, ``target_start``/``target_end``,
  ``verb_start``/``verb_end`` (character offsets into the article text),
  ``status`` and ``confidence``, in the same order.

So merged records go through the same exports as events (JSON Lines, CSV,
GDELT, which fills NumMentions/NumSources/NumArticles from them).
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from dyadic.errors import NotFound
from dyadic.store import schema

#: SQL: the merge key of an events row (aliased ``e``); dateless events are keyed by their id.
MERGE_KEY_SQL = (
    "CASE WHEN e.date IS NULL THEN 'event:' || e.event_id "
    "ELSE strftime(e.date, '%Y-%m-%d') || '|' || e.source_code || '|' "
    "|| coalesce(e.target_code, '') || '|' || e.cameo END"
)

_MENTION_FIELDS = (
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
#: The struct of one mention, over the columns of the ``m`` query below.
_MENTION_SQL = (
    "{"
    + ", ".join(f"'{f}': " + {"source": "publisher", "url": "article_url"}.get(f, f) for f in _MENTION_FIELDS)
    + "}"
)
_ORDER = "article_id, sentence_index, verb_start, event_id"


def merged_event_id(key: str) -> str:
    """``merged:`` + 16 hex chars of SHA-1(merge key, UTF-8)."""
    return "merged:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def connection(store: Any) -> Any:
    """The DuckDB connection of a :class:`~dyadic.store.Store`, or ``store`` itself if it is one."""
    return getattr(store, "con", store)


def merged_events(
    store: Any,
    *,
    source: str | None = None,
    target: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    min_articles: int = 1,
) -> list[dict[str, Any]]:
    """Merged event records (see the module docstring), ordered by date, source, target, CAMEO code.

    Args:
        store: A :class:`~dyadic.store.Store` (or its DuckDB connection).
        source: Actor code or country code (``IRN`` matches ``IRNGOV``) of the source.
        target: Same, for the target.
        date_from: First event day included.
        date_to: Last event day included.
        min_articles: Keep merged events reported by at least this many articles.

    Returns:
        One record per merged event.
    """
    where: list[str] = ["TRUE"]
    params: list[Any] = []
    for side, value in (("source", source), ("target", target)):
        if value:
            where.append(f"(e.{side}_code = ? OR e.{side}_country = ?)")
            params += [value, value]
    if date_from:
        where.append("e.date >= ?")
        params.append(date_from)
    if date_to:
        where.append("e.date <= ?")
        params.append(date_to)
    sql = f"""
        WITH m AS (
            SELECT e.*, {MERGE_KEY_SQL} AS merge_key, a.source AS publisher, a.url AS article_url
            FROM events e JOIN articles a ON a.article_id = e.article_id
            WHERE {" AND ".join(where)}
        ), g AS (
            SELECT merge_key, count(*) AS num_mentions,
                   count(DISTINCT article_id) AS num_articles,
                   count(DISTINCT coalesce(publisher, 'article:' || article_id)) AS num_sources,
                   arg_min(event_id, ({_ORDER})) AS first_event_id,
                   list({_MENTION_SQL} ORDER BY {_ORDER}) AS mentions
            FROM m GROUP BY merge_key
            HAVING count(DISTINCT article_id) >= ?
        )
        SELECT ev.*, g.merge_key, g.num_mentions, g.num_articles, g.num_sources, g.mentions
        FROM g JOIN events ev ON ev.event_id = g.first_event_id
        ORDER BY ev.date NULLS LAST, ev.source_code, ev.target_code NULLS FIRST, ev.cameo, g.merge_key
    """
    cur = connection(store).execute(sql, [*params, min_articles])
    cols = [d[0] for d in cur.description]
    out = []
    for row in cur.fetchall():
        rec = schema.event_record(dict(zip(cols, row, strict=True)))
        key = rec.pop("merge_key")
        rec["event_id"] = merged_event_id(key)
        out.append(rec)
    return out


def merged_mentions(store: Any, event_id: str) -> list[dict[str, Any]]:
    """Every mention of the merged event that ``event_id`` belongs to, itself included.

    Args:
        store: A :class:`~dyadic.store.Store` (or its DuckDB connection).
        event_id: A stored event's id.

    Returns:
        Mention entries as in a merged record's ``mentions`` (see the module
        docstring), ordered by article id, sentence, verb offset.

    Raises:
        NotFound: no event with that id.
    """
    con = connection(store)
    key = con.execute(f"SELECT {MERGE_KEY_SQL} FROM events e WHERE e.event_id = ?", [event_id]).fetchone()
    if key is None:
        raise NotFound(f"no event with id {event_id!r}")
    cur = con.execute(
        f"""SELECT {_MENTION_SQL} FROM (
                SELECT e.*, a.source AS publisher, a.url AS article_url
                FROM events e JOIN articles a ON a.article_id = e.article_id
                WHERE {MERGE_KEY_SQL} = ?)
            ORDER BY {_ORDER}""",
        [key[0]],
    )
    return [row[0] for row in cur.fetchall()]
