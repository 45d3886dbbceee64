"""JSON Lines corpora -> :class:`~dyadic.records.Article`, one per line, streamed.

Each non-blank line is a JSON object::

    {"id": "mehr-200000", "title": "...", "text": "...", "published": "2023-06-12",
     "url": "https://...", "source": "Mehr News Agency"}

Only ``text`` (or ``html``, a page that goes through
:func:`~dyadic.ingest.html.article_from_html`) is required. Unknown fields are
ignored. A bad line yields an :class:`~dyadic.errors.InputError` whose origin
is ``path:LINE`` (1-based) and reading goes on with the next line.

A ``published`` value outside the sane window (1900-01-01 to one day after
today, UTC; see :func:`~dyadic.ingest.common.parse_published`) refuses the
line: ``path:LINE: 'published' is out of range: '0001-01-01T00:00:00+14:00'
(dates must fall between 1900-01-01 and ..., UTC)``. The date is the
corpus's own claim, so a wrong one is reported rather than silently dropped.

A ``.gz`` file cut in the middle yields the lines before the cut, then one
error ``path: truncated gzip file: ...``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any, BinaryIO

from dyadic.errors import InputError
from dyadic.ingest.common import (
    DEFAULT_MAX_CHARS,
    GZIP_ERRORS,
    check_text,
    decode_text,
    gzip_error_reason,
    make_article,
    max_file_bytes,
    open_binary,
    os_error_reason,
    parse_published,
)
from dyadic.ingest.html import article_from_html
from dyadic.records import Article

_STRING_FIELDS = ("title", "url", "source")


def read_jsonl_file(
    path: str, published: date | None = None, *, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Article | InputError]:
    """Read a JSON Lines corpus (``.gz`` too), one article per line, streaming.

    Args:
        path: File path.
        published: Publication date for lines without a ``published`` field
            (the line's own date wins).
        max_chars: Longest article text accepted, in characters.

    Yields:
        An :class:`Article` or an :class:`InputError` (never raised) per
        non-blank line; origin ``path:LINE``. File-level errors (missing,
        unreadable, not gzip, truncated gzip, no articles at all) have origin
        ``path``.
    """
    try:
        stream = open_binary(path)
    except OSError as e:
        yield InputError(path, os_error_reason(e))
        return
    except ValueError as e:  # a NUL in the path
        yield InputError(path, f"invalid path: {e}")
        return
    with stream:
        yield from read_jsonl_stream(stream, path, published, max_chars=max_chars)


def read_jsonl_stream(
    stream: BinaryIO, origin: str, published: date | None = None, *, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Article | InputError]:
    """Read JSON Lines from an open binary stream (a file, gzip, stdin); see :func:`read_jsonl_file`.

    Lines longer than ``16 * max_chars`` bytes are skipped unread with an
    error, so memory use is bounded by one line. ``not valid UTF-8 at byte N``
    counts N from the start of the line.
    """
    limit = max_file_bytes(max_chars)
    n = 0
    seen = 0
    while True:
        too_long = False
        try:
            raw = stream.readline(limit + 1)
            if len(raw) > limit and not raw.endswith(b"\n"):
                too_long = True
                while raw and not raw.endswith(b"\n"):  # skip the rest of the long line
                    raw = stream.readline(limit + 1)
        except GZIP_ERRORS as e:  # a corrupt or truncated .gz: the lines before it were read
            yield InputError(origin, gzip_error_reason(e))
            return
        except OSError as e:
            yield InputError(origin, os_error_reason(e))
            return
        if not raw and not too_long:
            break
        n += 1
        where = f"{origin}:{n}"
        if too_long:
            yield InputError(where, f"line is longer than {limit} bytes")
            continue
        if not raw.strip():
            continue
        seen += 1
        try:
            yield article_from_record(_load_line(raw, where), where, published, max_chars=max_chars)
        except InputError as e:
            yield e
    if not seen:
        yield InputError(origin, "empty")


def _load_line(raw: bytes, where: str) -> dict[str, Any]:
    text = decode_text(raw, where)
    try:
        record = json.loads(text)
    except json.JSONDecodeError as e:
        # some of json's messages end in "at" ("Invalid control character at"): say it once
        reason = e.msg.removesuffix(" at")
        raise InputError(where, f"invalid JSON: {reason} at column {e.colno}") from None
    if not isinstance(record, dict):
        raise InputError(where, f"expected a JSON object, got {_json_type(record)}")
    return record


def article_from_record(
    record: dict[str, Any], origin: str, published: date | None = None, *, max_chars: int = DEFAULT_MAX_CHARS
) -> Article:
    """Build an article from one decoded JSON Lines record.

    Args:
        record: The line's object (fields ``id``, ``title``, ``text`` or
            ``html``, ``published``, ``url``, ``source``).
        origin: ``path:LINE``, named in errors and kept as ``Article.origin``.
        published: Fallback publication date when the record has none.
        max_chars: Longest article text accepted, in characters.

    Raises:
        InputError: ``no 'text' or 'html' field``; ``'text' must be a string,
            got number``; ``'published' is not a date: ...``; ``empty``;
            ``text is N characters, over the limit of M``.
    """
    for name in ("id", *_STRING_FIELDS):
        value = record.get(name)
        if value is not None and not isinstance(value, str) and not (name == "id" and _is_int(value)):
            kind = "a string or an integer" if name == "id" else "a string"
            raise InputError(origin, f"'{name}' must be {kind}, got {_json_type(value)}")
    article_id = str(record["id"]) if record.get("id") not in (None, "") else None
    own_date = parse_published(record.get("published"), origin)
    if "text" in record and record["text"] is not None:
        text = record["text"]
        if not isinstance(text, str):
            raise InputError(origin, f"'text' must be a string, got {_json_type(text)}")
        text = check_text(text.removeprefix("\ufeff").replace("\r\n", "\n"), origin, max_chars)
        return make_article(
            text,
            origin=origin,
            article_id=article_id,
            title=record.get("title"),
            published=own_date or published,
            url=record.get("url"),
            source=record.get("source"),
        )
    if "html" in record and record["html"] is not None:
        html = record["html"]
        if not isinstance(html, str):
            raise InputError(origin, f"'html' must be a string, got {_json_type(html)}")
        page = article_from_html(html, origin, url=record.get("url"), published=None, max_chars=max_chars)
        return make_article(
            page.text,
            origin=origin,
            article_id=article_id,
            title=record.get("title") or page.title,
            published=own_date or page.published or published,
            url=record.get("url") or page.url,
            source=record.get("source") or page.source,
        )
    raise InputError(origin, "no 'text' or 'html' field")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"
