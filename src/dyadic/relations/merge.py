"""Cross-article event merging: one event reported by many articles -> one merged event.

Events with the same (date, source actor code, target actor code, CAMEO code)
are one merged event, whichever articles and sentences they come from, as in
GDELT's event table with its NumMentions/NumSources/NumArticles and mentions
table; unlike GDELT, every mention keeps its evidence (article, sentence,
character offsets). Events without a date are not merged (each is its own
merged event), since their day is unknown.

A merged event record is the public event record (README, "Event record") of
its first mention (earliest article id, then sentence, then verb offset), with:

- ``event_id``: ``merged:`` + 16 hex chars of SHA-1 of the merge key
  (``YYYY-MM-DD|source code|target code|CAMEO code``, see
  :mod:`dyadic.store.base`), stable across runs and stores;
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

from dyadic.store import EventStore


def merged_event_id(key: str) -> str:
    """``merged:`` + 16 hex chars of SHA-1(merge key, UTF-8)."""
    return "merged:" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def merged_events(
    store: EventStore,
    *,
    source: str | None = None,
    target: str | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    min_articles: int = 1,
) -> list[dict[str, Any]]:
    """Merged event records (see the module docstring), ordered by date, source, target, CAMEO code.

    Args:
        store: The event store.
        source: Actor code or country code (``IRN`` matches ``IRNGOV``) of the source.
        target: Same, for the target.
        date_from: First event day included.
        date_to: Last event day included.
        min_articles: Keep merged events reported by at least this many articles.

    Returns:
        One record per merged event.
    """
    out = store.merge_groups(
        source=source, target=target, date_from=date_from, date_to=date_to, min_articles=min_articles
    )
    for rec in out:
        rec["event_id"] = merged_event_id(rec.pop("merge_key"))
    return out


def merged_mentions(store: EventStore, event_id: str) -> list[dict[str, Any]]:
    """Every mention of the merged event that ``event_id`` belongs to, itself included.

    Args:
        store: The event store.
        event_id: A stored event's id.

    Returns:
        Mention entries as in a merged record's ``mentions`` (see the module
        docstring), ordered by article id, sentence, verb offset.

    Raises:
        NotFound: no event with that id.
    """
    return store.merge_mentions(event_id)
