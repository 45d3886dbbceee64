"""spaCy component ``dyadic_events``: CAMEO events -> ``doc._.events``.

Uses the actor mentions of ``dyadic_actors`` (``doc._.entities``) and, when
``dyadic_places`` ran before it, gives each event its place
(:func:`dyadic.geo.event_place`). Added alone to a user's pipeline
(``nlp.add_pipe("dyadic_events")`` on ``en_core_web_sm``), it resolves the actor
mentions itself with the shipped dictionary.

``@misc dyadic.event_coder.v1`` is the loaded :class:`EventCoder` (patterns and
codebook, cached per process).
"""

from __future__ import annotations

import dataclasses
import functools

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from dyadic.actors import ActorsComponent, dateline_span
from dyadic.events.coder import EventCoder
from dyadic.geo import event_place
from dyadic.nlp import article_of, has_records, put_records
from dyadic.records import PlaceMention

__all__ = ["EVENTS_COMPONENT", "EventsComponent", "event_coder"]

EVENTS_COMPONENT = "dyadic_events"


@registry.misc("dyadic.event_coder.v1")
@functools.lru_cache(maxsize=2)
def event_coder(require_target: bool = True) -> EventCoder:
    """The event coder with the shipped patterns and CAMEO codebook (cached per process).

    Raises:
        UnknownCameoCode: a shipped pattern names a code missing from the codebook.
    """
    return EventCoder.load(require_target=require_target)


class EventsComponent:
    """Codes the events of each ``Doc`` (see :class:`EventCoder`)."""

    def __init__(self, require_target: bool = True) -> None:
        self.coder = event_coder(require_target)
        self._actors: ActorsComponent | None = None

    def __call__(self, doc: Doc) -> Doc:
        if has_records(doc, "entities"):
            mentions = doc._.entities
        else:
            self._actors = self._actors or ActorsComponent()
            mentions = self._actors.mentions(doc)
        events = self.coder.code(doc, article_of(doc), mentions)
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
    default_config={"require_target": True},
    requires=["token.dep", "token.pos", "token.lemma", "doc.sents"],
    assigns=["doc._.events"],
)
def make_events(nlp: Language, name: str, require_target: bool) -> EventsComponent:
    """Factory of ``dyadic_events``."""
    return EventsComponent(require_target)
