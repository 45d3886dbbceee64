"""dyadic: code news articles into sourced political event data.

Articles go through ingest -> nlp -> actors -> quotes/geo -> events -> store ->
relations. As a library::

    import dyadic
    result = dyadic.code(text, published="2023-06-12")   # ArticleResult
    [e.cameo for e in result.events]

    nlp = dyadic.load()                                   # spaCy pipeline with dyadic's components
    doc = nlp(text); doc._.events, doc._.quotations, doc._.places, doc._.entities

or add a component to your own spaCy pipeline: ``nlp.add_pipe("dyadic_events")``.
The records (:class:`Event`, :class:`Quotation`, :class:`PlaceMention`, ...) are
documented in :mod:`dyadic.records` and the README.
"""

from __future__ import annotations

import importlib
import logging
from typing import Any

__version__ = "0.2.0"
__all__ = [
    "Article",
    "ArticleResult",
    "CodingError",
    "DyadicError",
    "Event",
    "EventActor",
    "EventStatus",
    "InputError",
    "Mention",
    "Pipeline",
    "Place",
    "PlaceMention",
    "Quotation",
    "Settings",
    "Speaker",
    "__version__",
    "code",
    "load",
    "read_inputs",
]

#: Public name -> module that defines it (imported on first use, so ``import dyadic`` stays light).
_LAZY = {
    "Article": "dyadic.records",
    "ArticleResult": "dyadic.records",
    "Event": "dyadic.records",
    "EventActor": "dyadic.records",
    "EventStatus": "dyadic.records",
    "Mention": "dyadic.records",
    "Place": "dyadic.records",
    "PlaceMention": "dyadic.records",
    "Quotation": "dyadic.records",
    "Speaker": "dyadic.records",
    "CodingError": "dyadic.errors",
    "DyadicError": "dyadic.errors",
    "InputError": "dyadic.errors",
    "Settings": "dyadic.config",
    "Pipeline": "dyadic.pipeline",
    "code": "dyadic.pipeline",
    "load": "dyadic.pipeline",
    "read_inputs": "dyadic.ingest",
}

logging.getLogger(__name__).addHandler(logging.NullHandler())


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'dyadic' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
