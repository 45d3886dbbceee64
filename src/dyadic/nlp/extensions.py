"""The ``Doc._`` extensions where dyadic's spaCy components put their results.

Each component puts the records of :mod:`dyadic.records` under ``doc._.dyadic``, a
dict in ``doc.user_data``. They are serialised with the ``Doc`` through an srsly
msgpack encoder and decoder registered here (``dyadic_records.v1``: a record becomes
its :func:`~dyadic.records.to_record` dict with its class name), so results survive
``nlp.pipe(..., n_process=2)`` and ``DocBin(store_user_data=True)``. The read-only
getters return them:

* ``doc._.article`` -> :class:`~dyadic.records.Article` (id, publication date, title,
  url, source; set with :func:`set_article` or ``doc._.published = "2023-06-12"``);
* ``doc._.published`` -> ``datetime.date | None`` (settable, a date or an ISO string);
* ``doc._.dateline`` -> ``(start, end)`` character offsets of the dateline, or None;
* ``doc._.entities`` -> list of :class:`~dyadic.records.Mention` (actor mentions);
* ``doc._.persons`` -> list of :class:`~dyadic.records.Entity` (the people of the
  article, each with every span that names them: the entity layer);
* ``doc._.quotations`` -> list of :class:`~dyadic.records.Quotation`;
* ``doc._.places`` -> list of :class:`~dyadic.records.PlaceMention`;
* ``doc._.events`` -> list of :class:`~dyadic.records.Event`.

A getter returns an empty list (``entities``, ...) when its component has not run.
"""

from __future__ import annotations

import dataclasses
import weakref
from collections.abc import Sequence
from datetime import date
from typing import Any

import srsly
from spacy.tokens import Doc

from dyadic.records import (
    Article,
    ArticleResult,
    Entity,
    Event,
    Mention,
    PlaceMention,
    Quotation,
    from_record,
    text_article_id,
    to_record,
)

__all__ = [
    "RECORD_TYPES",
    "article_of",
    "doc_text",
    "has_records",
    "put_records",
    "register_extensions",
    "result_of",
    "set_article",
]

#: Extension name -> record class of the list it holds.
RECORD_TYPES: dict[str, type[Any]] = {
    "entities": Mention,
    "persons": Entity,
    "quotations": Quotation,
    "places": PlaceMention,
    "events": Event,
}
#: Record classes the msgpack encoder knows, by name.
_SERIALISED: dict[str, type[Any]] = {
    cls.__name__: cls for cls in (Article, Mention, Entity, Quotation, PlaceMention, Event)
}
_MARK = "__dyadic_record__"


@srsly.msgpack_encoders("dyadic_records.v1")
def _encode_record(obj: Any, chain: Any = None) -> Any:
    cls = type(obj)
    if _SERIALISED.get(cls.__name__) is cls:
        return {_MARK: cls.__name__, "data": to_record(obj)}
    return obj if chain is None else chain(obj)


@srsly.msgpack_decoders("dyadic_records.v1")
def _decode_record(obj: Any, chain: Any = None) -> Any:
    if isinstance(obj, dict) and _MARK in obj:
        return from_record(_SERIALISED[obj[_MARK]], obj["data"])
    return obj if chain is None else chain(obj)


def _data(doc: Doc) -> dict[str, Any]:
    data = doc._.dyadic
    if data is None:
        data = {}
        doc._.dyadic = data
    return data


def set_article(doc: Doc, article: Article) -> Doc:
    """Attach ``article``'s metadata (not its text: that is ``doc.text``) to ``doc``; returns ``doc``."""
    _data(doc)["article"] = dataclasses.replace(article, text="")
    return doc


#: ``Doc.text`` of the docs in use: spaCy joins every token's text on each access, which
#: costs milliseconds on a long article and every component needs it.
_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per ``Doc`` (a ``Doc``'s text never changes)."""
    text = _TEXTS.get(doc)
    if text is None:
        text = _TEXTS[doc] = doc.text
    return text


def article_of(doc: Doc) -> Article:
    """The :class:`Article` of ``doc``: its metadata if set, else an id from the text's hash."""
    meta = _data(doc).get("article")
    text = doc_text(doc)
    if meta is None:
        return Article(text_article_id(text), text)
    return dataclasses.replace(meta, text=text)


def _set_published(doc: Doc, value: date | str | None) -> None:
    day = date.fromisoformat(value) if isinstance(value, str) else value
    set_article(doc, dataclasses.replace(article_of(doc), published=day))


def put_records(doc: Doc, name: str, records: Sequence[Any]) -> None:
    """Store a component's records under ``doc._.dyadic[name]`` (``name`` in :data:`RECORD_TYPES`)."""
    _data(doc)[name] = list(records)


def has_records(doc: Doc, name: str) -> bool:
    """Whether the component that assigns ``doc._.<name>`` has run on ``doc``."""
    return name in _data(doc)


def _records(doc: Doc, name: str) -> list[Any]:
    return list(_data(doc).get(name, []))


def _dateline(doc: Doc) -> tuple[int, int] | None:
    span = _data(doc).get("dateline")
    return (span[0], span[1]) if span else None


def result_of(doc: Doc, article: Article | None = None) -> ArticleResult:
    """Everything the components found in ``doc``, as one :class:`ArticleResult`."""
    return ArticleResult(
        article if article is not None else article_of(doc),
        mentions=_records(doc, "entities"),
        events=_records(doc, "events"),
        quotations=_records(doc, "quotations"),
        places=_records(doc, "places"),
    )


def register_extensions() -> None:
    """Register the ``Doc._`` extensions (idempotent; an existing one of the same name is kept)."""
    plain: dict[str, dict[str, Any]] = {
        "dyadic": {"default": None},
        "article": {"getter": article_of},
        "published": {"getter": lambda doc: article_of(doc).published, "setter": _set_published},
        "dateline": {"getter": _dateline},
    }
    for name in RECORD_TYPES:
        plain[name] = {"getter": lambda doc, _name=name: _records(doc, _name)}
    for name, kwargs in plain.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, **kwargs)


register_extensions()
