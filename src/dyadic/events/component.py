"""spaCy component ``dyadic_events``: CAMEO events -> ``doc._.events``.

Uses the actor mentions of ``dyadic_actors`` (``doc._.entities``) and, when
``dyadic_places`` ran before it, gives each event its place
(:func:`dyadic.geo.event_place`). Added alone to a user's pipeline
(``nlp.add_pipe("dyadic_events")`` on ``en_core_web_sm``), it resolves the actor
mentions itself with the shipped dictionary.

``@misc dyadic.event_coder.v1`` is the loaded :class:`EventCoder` (patterns,
codebook and decision model, cached per process).

Config: ``require_target`` (drop events without a target actor unless their code means
something alone; default true) and ``min_confidence`` (0..1: drop events whose
confidence, the decision model's probability that the event is real
(:mod:`dyadic.events.decision`), is lower; ``null``, the default, is the threshold
chosen on the dev split and stored with the model; 0 keeps every event) and
``hypothetical`` (emit events whose status is hypothetical: conditional or speculative
acts, the act asked for in an appeal; default false, see :class:`EventCoder`) and
``conventions`` (``"dyadic"``, the default, or ``"gold"``: also apply the PETRARCH/PLOVER
gold-file conventions of :mod:`dyadic.events.conventions`).
"""

from __future__ import annotations

import dataclasses
import functools

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from dyadic.actors import ActorsComponent, context_mentions, dateline_span
from dyadic.events.coder import EventCoder
from dyadic.geo import event_place
from dyadic.nlp import article_of, has_records, put_records
from dyadic.records import Mention, PlaceMention

__all__ = ["EVENTS_COMPONENT", "EventsComponent", "event_coder", "event_mentions"]

EVENTS_COMPONENT = "dyadic_events"


@registry.misc("dyadic.event_coder.v1")
@functools.lru_cache(maxsize=2)
def event_coder(
    require_target: bool = True,
    min_confidence: float | None = None,
    hypothetical: bool = False,
    conventions: str = "dyadic",
) -> EventCoder:
    """The event coder with the shipped patterns, CAMEO codebook and decision model
    (cached per process); ``min_confidence`` None is the model's default threshold.

    Raises:
        UnknownCameoCode: a shipped pattern names a code missing from the codebook.
    """
    return EventCoder.load(
        require_target=require_target,
        min_confidence=min_confidence,
        hypothetical=hypothetical,
        conventions=conventions,
    )


def event_mentions(doc: Doc) -> list[Mention]:
    """The actor mentions the event coder reads, once ``dyadic_actors`` has run: the
    dictionary mentions of ``doc._.entities`` and, after them, the context mentions of
    unlisted names and pronouns (:func:`dyadic.actors.context_mentions`; first-person
    pronouns only when ``dyadic_quotations`` has run).

    Returns:
        Mentions, dictionary ones first (they win where two cover one token).
    """
    quotations = doc._.quotations if has_records(doc, "quotations") else []
    return doc._.entities + context_mentions(doc, doc._.entities, doc._.persons, quotations)


class EventsComponent:
    """Codes the events of each ``Doc`` (see :class:`EventCoder`)."""

    def __init__(
        self,
        require_target: bool = True,
        min_confidence: float | None = None,
        hypothetical: bool = False,
        conventions: str = "dyadic",
    ) -> None:
        self.coder = event_coder(require_target, min_confidence, hypothetical, conventions)
        self._actors: ActorsComponent | None = None

    def mentions(self, doc: Doc) -> list[Mention]:
        """:func:`event_mentions` of ``doc``, resolving its actors here when
        ``dyadic_actors`` has not run (nothing is stored on ``doc`` but the events)."""
        if has_records(doc, "entities"):
            return event_mentions(doc)
        self._actors = self._actors or ActorsComponent()
        mentions, persons = self._actors.people(doc)
        return mentions + context_mentions(doc, mentions, persons)

    def __call__(self, doc: Doc) -> Doc:
        events = self.coder.code(doc, article_of(doc), self.mentions(doc))
        if has_records(doc, "places"):
            places = doc._.places
            dateline = _dateline_place(doc, places)
            events = [dataclasses.replace(e, place=event_place(e, places, dateline)) for e in events]
        put_records(doc, "events", events)
        return doc


def _dateline_place(doc: Doc, places: list[PlaceMention]) -> PlaceMention | None:
    span = dateline_span(doc)
    if span is None:
        return None
    return next((p for p in places if span.start_char <= p.start < span.end_char), None)


@Language.factory(
    EVENTS_COMPONENT,
    default_config={
        "require_target": True,
        "min_confidence": None,
        "hypothetical": False,
        "conventions": "dyadic",
    },
    requires=["token.dep", "token.pos", "token.lemma", "doc.sents"],
    assigns=["doc._.events"],
)
def make_events(
    nlp: Language,
    name: str,
    require_target: bool,
    min_confidence: float | None,
    hypothetical: bool,
    conventions: str,
) -> EventsComponent:
    """Factory of ``dyadic_events`` (config keys: see the module docstring).

    Raises:
        ValueError: ``min_confidence`` is outside 0..1, or ``conventions`` is not
            ``"dyadic"`` or ``"gold"``.
    """
    if min_confidence is not None and not 0.0 <= min_confidence <= 1.0:
        raise ValueError(f"min_confidence must be in 0..1, got {min_confidence}")
    return EventsComponent(require_target, min_confidence, hypothetical, conventions)
