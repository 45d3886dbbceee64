"""Helpers shared by the ingest readers: decoding bytes, normalising text,
parsing publication dates and building :class:`~dyadic.records.Article`.

Text rules (every reader): bytes must be UTF-8 (a leading UTF-8 BOM is
dropped); CRLF becomes LF; zero-width characters are removed; nothing else is
changed, so character offsets into ``Article.text`` index the text as the file
holds it (modulo those).
"""

from __future__ import annotations

import gzip
import re
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from typing import BinaryIO

from dyadic.errors import InputError
from dyadic.records import Article, text_article_id

#: Default for ``max_chars``: the same as ``Settings.max_article_chars``.
DEFAULT_MAX_CHARS = 1_000_000

#: A file may be at most this many bytes per allowed character of text before
#: it is refused unread (HTML carries markup, so the factor is generous).
BYTES_PER_CHAR_LIMIT = 16

_BOM = "\ufeff"
_ZERO_WIDTH = str.maketrans(dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SNIFF_BYTES = 8192
# Control bytes that plain text does not contain (tab, LF, VT, FF, CR and ESC are allowed).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27)) + b"\x7f"
_CONTROL_TABLE = bytes.maketrans(b"", b"")


def max_file_bytes(max_chars: int) -> int:
    """Largest input (bytes) read for an article of at most ``max_chars`` characters."""
    return max_chars * BYTES_PER_CHAR_LIMIT


def looks_binary(data: bytes) -> bool:
    """True when ``data`` holds a NUL byte or more than 10 % control bytes in its first 8 KiB."""
    sample = data[:_SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(_CONTROL_TABLE, _CONTROL_BYTES))
    return controls / len(sample) > 0.10


def decode_text(data: bytes, origin: str) -> str:
    """Decode input bytes to normalised text.

    Args:
        data: The raw bytes of one input (a file, one JSON line, a response body).
        origin: Named in errors (``path`` or ``path:line``).

    Returns:
        The text, UTF-8 decoded, leading BOM removed, CRLF replaced by LF.

    Raises:
        InputError: ``binary file, not text`` when :func:`looks_binary`;
            ``not valid UTF-8 at byte N`` (N 0-based, from the start of
            ``data``) when decoding fails.
    """
    if looks_binary(data):
        raise InputError(origin, "binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(origin, f"not valid UTF-8 at byte {e.start}") from None
    return normalise_text(text)


def normalise_text(text: str) -> str:
    """Drop a leading BOM, turn CRLF into LF and remove zero-width characters (ZWSP,
    ZWNJ, ZWJ, word joiner, soft hyphen, inner BOMs: invisible, and they split words for
    the parser); everything else is kept exactly."""
    if text.startswith(_BOM):
        text = text[1:]
    return text.replace("\r\n", "\n").translate(_ZERO_WIDTH)


def check_text(text: str, origin: str, max_chars: int) -> str:
    """Return ``text`` if it is a usable article text.

    Raises:
        InputError: ``empty`` when it is empty or only whitespace; ``text is N
            characters, over the limit of M`` when longer than ``max_chars``.
    """
    if not text.strip():
        raise InputError(origin, "empty")
    if len(text) > max_chars:
        raise InputError(origin, f"text is {len(text)} characters, over the limit of {max_chars}")
    return text


_ISO_DATE = re.compile(r"^\d{4}([-/])\d{1,2}\1\d{1,2}")
_ISO_DATE_PARTS = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")


def parse_published(value: object, origin: str, field: str = "published") -> date | None:
    """Read a publication date from input metadata.

    Accepts ``None`` or ``""`` (no date), an ISO 8601 date or date-time
    (``2023-06-12``, ``2023-06-12T08:30:00Z``, ``2023-06-12 08:30:00+03:30``),
    ``2023/06/12``, or an RFC 2822 date (``Mon, 12 Jun 2023 08:30:00 GMT``).
    A date-time with a UTC offset is converted to its UTC day; a naive one is
    taken as UTC.

    Raises:
        InputError: ``'published' is not a date: '...'`` for anything else.
    """
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(origin, f"'{field}' is not a date: {value!r}")
    s = value.strip()
    if _ISO_DATE.match(s):
        iso = s.replace("/", "-", 2) if "/" in s[:10] else s
        try:
            return _utc_day(datetime.fromisoformat(iso))
        except ValueError:
            pass
        m = _ISO_DATE_PARTS.match(iso)
        if m:  # "2023-6-1", or a date followed by something fromisoformat rejects
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                pass
    try:
        return _utc_day(parsedate_to_datetime(s))
    except (TypeError, ValueError, IndexError):
        pass
    raise InputError(origin, f"'{field}' is not a date: {value!r}")


def _utc_day(dt: datetime) -> date:
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC)
    return dt.date()


def make_article(
    text: str,
    *,
    origin: str,
    article_id: str | None = None,
    title: str | None = None,
    published: date | None = None,
    url: str | None = None,
    source: str | None = None,
) -> Article:
    """Build an :class:`Article`; ``article_id`` defaults to :func:`text_article_id`."""
    return Article(
        article_id=article_id if article_id else text_article_id(text),
        text=text,
        title=title or None,
        published=published,
        url=url or None,
        source=source or None,
        origin=origin,
    )


_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_START = re.compile(rb"<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)


def sniff_kind(data: bytes) -> str:
    """Guess an input's kind from its first 1 KiB: ``"feed"``, ``"html"`` or ``"text"``.

    A feed starts (after a BOM, whitespace, an XML declaration or comments)
    with ``<rss``, ``<feed`` or ``<rdf:RDF``; HTML with ``<!DOCTYPE html``,
    ``<html``, ``<head`` or ``<body``. Anything else is text.
    """
    head = data[:1024].removeprefix(b"\xef\xbb\xbf").lstrip()
    if not head.startswith(b"<"):
        return "text"
    feed, page = _FEED_ROOT.search(head), _HTML_START.search(head)
    if feed and (not page or feed.start() < page.start()):
        return "feed"
    return "html" if page else "text"


def open_binary(path: str) -> BinaryIO:
    """Open ``path`` for reading bytes, through gzip when it ends in ``.gz``."""
    if path.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def read_bytes(path: str, max_chars: int) -> bytes:
    """Read a whole input file (gunzipped when ``.gz``), refusing oversized ones.

    Raises:
        InputError: ``no such file or directory``, ``permission denied``,
            ``is a directory``, ``not a valid gzip file``, ``empty``, or
            ``file is larger than N bytes`` (``N = max_chars * 16``).
    """
    limit = max_file_bytes(max_chars)
    try:
        with open_binary(path) as f:
            data = f.read(limit + 1)
    except (gzip.BadGzipFile, EOFError) as e:
        raise InputError(path, f"not a valid gzip file ({e})") from None
    except OSError as e:
        raise InputError(path, os_error_reason(e)) from None
    if len(data) > limit:
        raise InputError(path, f"file is larger than {limit} bytes")
    if not data:
        raise InputError(path, "empty")
    return data


def os_error_reason(e: OSError) -> str:
    """A short lower-case reason for an ``OSError`` (``no such file or directory`` ...)."""
    if isinstance(e, FileNotFoundError):
        return "no such file or directory"
    if isinstance(e, PermissionError):
        return "permission denied"
    if isinstance(e, IsADirectoryError):
        return "is a directory"
    return (e.strerror or str(e)).lower()


__all__ = [
    "DEFAULT_MAX_CHARS",
    "check_text",
    "decode_text",
    "looks_binary",
    "make_article",
    "normalise_text",
    "open_binary",
    "os_error_reason",
    "parse_published",
    "read_bytes",
    "sniff_kind",
]
