"""An event's evidence: where its sentence and marked spans lie in the article text."""

from __future__ import annotations

from typing import Any

from dyadic.relations.merge import merged_mentions
from dyadic.store import EventStore


def sentence_offsets(event: dict[str, Any], article_text: str) -> dict[str, int] | None:
    """Character offsets ``{"start", "end"}`` of the event's sentence in ``article_text``.

    The sentence is searched near the event's spans (source, verb, target),
    so a sentence repeated in the article is found at the right place.
    Returns None when it cannot be found around them.
    """
    spans = [event["evidence"]["verb_start"], event["source"]["start"]]
    if event.get("target"):
        spans.append(event["target"]["start"])
    lo = min(spans)
    sentence = event["sentence"]
    at = article_text.find(sentence, max(0, lo - len(sentence)))
    if at == -1 or at > lo:
        return None
    return {"start": at, "end": at + len(sentence)}


def event_with_evidence(store: EventStore, event_id: str) -> dict[str, Any]:
    """One event record plus ``sentence_offsets``, ``article`` (title, published, url, source)
    and ``merged_mentions``: every mention of the same merged event, itself included
    (:func:`dyadic.relations.merged_mentions`).

    Raises:
        NotFound: no such event.
    """
    event = store.event(event_id)
    article = store.article(event["article_id"])
    event["sentence_offsets"] = sentence_offsets(event, article["text"])
    event["article"] = {k: article[k] for k in ("article_id", "title", "published", "url", "source")}
    event["merged_mentions"] = merged_mentions(store, event_id)
    return event
