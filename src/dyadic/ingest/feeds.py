"""RSS and Atom feeds -> one :class:`~dyadic.records.Article` per entry, with feedparser 6.0.14.

The feed is parsed from bytes already read (feedparser never fetches
anything here). Per entry: ``article_id`` is the entry's id (RSS ``guid``,
Atom ``id``), else its link, else :func:`~dyadic.records.text_article_id`;
``text`` is the longest ``content`` (else the ``summary``) with HTML turned
into plain text by :func:`~dyadic.ingest.html.html_to_text`; ``published``
is the entry's published (else updated) time as a UTC day, else the
``published`` argument; ``source`` is the feed's title.

Hostile feeds: numeric character references feedparser cannot turn into a
character (``&#x110000;``, ``&#xD800;``, ``&#0;``, ``&#99999999999;``)
become ``&#xFFFD;`` before parsing; control characters in an entry's HTML are
dropped (:func:`~dyadic.ingest.html.html_to_text`). An entry date outside the
sane window (1900-01-01 to one day after today, UTC), or off the calendar, is
dropped with a logged warning and the entry is kept with the ``published``
argument as its date: one bad date in a publisher's feed should not lose the
entry.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import feedparser

from dyadic.errors import InputError
from dyadic.ingest.common import (
    DEFAULT_MAX_CHARS,
    check_text,
    make_article,
    normalise_text,
    published_in_window,
    read_bytes,
)
from dyadic.ingest.html import html_to_text, tidy_lines
from dyadic.records import Article

log = logging.getLogger(__name__)

_CHAR_REF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+))")


def read_feed(
    path_or_text: str | bytes,
    published: date | None = None,
    *,
    origin: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Iterator[Article | InputError]:
    """Read the entries of an RSS or Atom feed.

    Args:
        path_or_text: A file path (``.gz`` too), or the feed itself as bytes
            or as a string starting with ``<`` (after whitespace). Never a
            URL: fetch with :func:`~dyadic.ingest.url.fetch_url` first.
        published: Publication date for entries without one.
        origin: Name for errors and ``Article.origin``; defaults to the path,
            or ``<feed>`` for feed text. Entries are ``ORIGIN:entry N`` (1-based).
        max_chars: Longest entry text accepted, in characters.

    Yields:
        An :class:`Article` per entry, or an :class:`InputError` (never
        raised): for the whole input (missing file, ``not an RSS or Atom
        feed: ...``), or per entry (``no text in feed entry``, too long).
    """
    if isinstance(path_or_text, bytes):
        data, name = path_or_text, origin or "<feed>"
    elif path_or_text.lstrip().startswith("<"):
        data, name = path_or_text.encode("utf-8"), origin or "<feed>"
    else:
        name = origin or path_or_text
        try:
            data = read_bytes(path_or_text, max_chars)
        except InputError as e:
            yield InputError(name, e.reason)
            return
    parsed = feedparser.parse(_fix_char_refs(data))
    if not parsed.get("version"):
        reason = parsed.get("bozo_exception") or "no <rss>, <feed> or <rdf:RDF> root"
        yield InputError(name, f"not an RSS or Atom feed: {reason}")
        return
    source = _str(parsed.feed.get("title"))
    for n, entry in enumerate(parsed.entries, start=1):
        where = f"{name}:entry {n}"
        try:
            yield _entry_article(entry, where, source, published, max_chars)
        except InputError as e:
            yield e


def _entry_article(
    entry: Any, where: str, source: str | None, published: date | None, max_chars: int
) -> Article:
    text = _entry_text(entry)
    if not text:
        raise InputError(where, "no text in feed entry")
    check_text(text, where, max_chars)
    own_date = _entry_date(entry, where)
    link = _str(entry.get("link"))
    return make_article(
        text,
        origin=where,
        article_id=_str(entry.get("id")) or link,
        title=_str(entry.get("title")),
        published=own_date or published,
        url=link,
        source=source,
    )


def _entry_date(entry: Any, where: str) -> date | None:
    # dict.get: FeedParserDict.get maps a missing "updated" to "published" with a DeprecationWarning
    when = dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")
    if not when:
        return None
    try:
        day = datetime(*when[:6]).date()  # feedparser gives UTC
    except (TypeError, ValueError, OverflowError):
        day = None
    if day is None or not published_in_window(day):
        raw = dict.get(entry, "published") or dict.get(entry, "updated")
        log.warning("%s: entry date dropped: %r is outside 1900-01-01 to tomorrow (UTC)", where, raw)
        return None
    return day


def _fix_char_refs(data: bytes) -> bytes:
    """Replace numeric character references to no valid character with ``&#xFFFD;``."""
    return _CHAR_REF.sub(_fix_char_ref, data) if b"&#" in data else data


def _fix_char_ref(m: re.Match[bytes]) -> bytes:
    digits = (m[1] or m[2]).lstrip(b"0") or b"0"
    if len(digits) > 8:
        return b"&#xFFFD"
    code = int(digits, 16 if m[1] else 10)
    if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
        return b"&#xFFFD"
    return m[0]


def _entry_text(entry: Any) -> str:
    parts = [c for c in entry.get("content") or [] if _str(c.get("value"))]
    if parts:
        best = max(parts, key=lambda c: len(c["value"]))
        value, kind = best["value"], best.get("type", "text/html")
    else:
        detail = entry.get("summary_detail") or {}
        value, kind = entry.get("summary") or "", detail.get("type", "text/html")
    value = normalise_text(value)
    return html_to_text(value) if "html" in kind else tidy_lines(value)


def _str(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None
