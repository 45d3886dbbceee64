"""Event coding: CAMEO codes (with Goldstein, QuadClass, PLOVER) from verb patterns over
the spaCy dependency parse.

Public API: :class:`Codebook` (``Codebook.load()``, ``entry(code)``), :class:`EventCoder`
(``EventCoder.load(codebook)``, ``coder.code(doc, article, mentions) -> list[Event]``),
:class:`UnknownCameoCode`. Dates come from :mod:`dyadic.events.dates`.
"""

from dyadic.events.codebook import Codebook, CodeEntry, UnknownCameoCode
from dyadic.events.coder import EventCoder
from dyadic.events.component import EVENTS_COMPONENT, EventsComponent, event_coder

__all__ = [
    "EVENTS_COMPONENT",
    "CodeEntry",
    "Codebook",
    "EventCoder",
    "EventsComponent",
    "UnknownCameoCode",
    "event_coder",
]
