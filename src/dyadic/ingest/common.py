"""Helpers shared by the ingest readers: decoding bytes, normalising text,
parsing publication dates and building :class:`~dyadic.records.Article`.

Text rules (every reader): bytes must be UTF-8 (a leading UTF-8 BOM is
dropped), or UTF-16 or UTF-32 starting with their byte order mark; CRLF
becomes LF; zero-width characters are removed; nothing else is changed, so
character offsets into ``Article.text`` index the text as the file holds it
(modulo those).

Every article is storable: :func:`make_article` replaces, one for one, each
lone surrogate (which JSON's ``"\\ud800"`` escapes and HTML's ``&#xD800;``
references can produce; UTF-8 cannot encode it) and each NUL (refused by
PostgreSQL text) with U+FFFD in the text, title, URL, source, id and origin.

Publication dates must fall in a sane window: from :data:`PUBLISHED_MIN`
(1900-01-01) to one day after today (UTC). :func:`parse_published` refuses
others; each reader says whether that refuses the item or only drops its date.
"""

from __future__ import annotations

import codecs
import gzip
import re
import zlib
from datetime import UTC, date, datetime, timedelta
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


#: Byte order marks of the encodings read besides UTF-8, UTF-32 first (its LE mark starts with UTF-16's).
_UNICODE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)


def bom_encoding(data: bytes) -> tuple[str, str] | None:
    """``(codec, name)`` of a UTF-16 or UTF-32 byte order mark that ``data`` starts with, else None."""
    for bom, codec, name in _UNICODE_BOMS:
        if data.startswith(bom):
            return codec, name
    return None


def decode_text(data: bytes, origin: str) -> str:
    """Decode input bytes to normalised text.

    Args:
        data: The raw bytes of one input (a file, one JSON line, a response body).
        origin: Named in errors (``path`` or ``path:line``).

    Returns:
        The text, leading BOM removed, CRLF replaced by LF: UTF-16 or UTF-32
        when ``data`` starts with their byte order mark, else UTF-8.

    Raises:
        InputError: ``binary file, not text`` when :func:`looks_binary` (UTF-8
            input); ``not valid UTF-8 at byte N`` (N 0-based, from the start of
            ``data``) when decoding fails (``not valid UTF-16 at byte N`` ...).
    """
    found = bom_encoding(data)
    if found is not None:
        codec, name = found
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as e:
            raise InputError(origin, f"not valid {name} at byte {e.start}") from None
        if "\x00" in text:
            raise InputError(origin, "binary file, not text")
        return normalise_text(text)
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


#: Earliest publication date accepted (see :func:`published_max` for the latest).
PUBLISHED_MIN = date(1900, 1, 1)


def published_max(today: date | None = None) -> date:
    """Latest publication date accepted: one day after ``today`` (default: today, UTC)."""
    return (today or datetime.now(UTC).date()) + timedelta(days=1)


def published_in_window(day: date, today: date | None = None) -> bool:
    """True when ``day`` is from :data:`PUBLISHED_MIN` to :func:`published_max` (inclusive)."""
    return PUBLISHED_MIN <= day <= published_max(today)


def published_window(today: date | None = None) -> str:
    """The window of :func:`published_in_window` in words, for messages:
    ``dates must fall between 1900-01-01 and YYYY-MM-DD, UTC``."""
    return f"dates must fall between {PUBLISHED_MIN.isoformat()} and {published_max(today).isoformat()}, UTC"


def parse_published(
    value: object, origin: str, field: str = "published", *, today: date | None = None
) -> date | None:
    """Read a publication date from input metadata.

    Accepts ``None`` or ``""`` (no date), an ISO 8601 date or date-time
    (``2023-06-12``, ``2023-06-12T08:30:00Z``, ``2023-06-12 08:30:00+03:30``),
    ``2023/06/12``, or an RFC 2822 date (``Mon, 12 Jun 2023 08:30:00 GMT``).
    A date-time with a UTC offset is converted to its UTC day; a naive one is
    taken as UTC.

    Args:
        value: The metadata value.
        origin: Named in errors.
        field: The field's name, for errors.
        today: Today's UTC date, for the window's upper end (default: now).

    Raises:
        InputError: ``'published' is not a date: '...'`` for anything else;
            ``'published' is out of range: '...' (dates must fall between
            1900-01-01 and YYYY-MM-DD, UTC)`` for a date outside the window
            (see :func:`published_in_window`), including one whose UTC day
            is not in the calendar at all (``0001-01-01T00:00:00+14:00``).
    """
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(origin, f"'{field}' is not a date: {value!r}")
    day = _parse_day(value.strip())
    if day is None:
        raise InputError(origin, f"'{field}' is not a date: {value!r}")
    if not published_in_window(day, today):
        raise InputError(origin, f"'{field}' is out of range: {value!r} ({published_window(today)})")
    return day


def _parse_day(s: str) -> date | None:
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
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _utc_day(dt: datetime) -> date:
    """The UTC day of ``dt``; ``date.min``/``date.max`` when it falls off the calendar."""
    if dt.tzinfo is not None:
        try:
            dt = dt.astimezone(UTC)
        except OverflowError:  # 0001-01-01T00:00:00+14:00 is a day before year 1
            return date.min if dt.year == 1 else date.max
    return dt.date()


_STORE_UNSAFE = re.compile("[\x00\ud800-\udfff]")


def storable(value: str) -> str:
    """``value`` with each lone surrogate and NUL replaced by U+FFFD (same length, so
    offsets are unchanged); every result encodes to UTF-8 and fits any store."""
    return _STORE_UNSAFE.sub("\ufffd", value)


def _storable_or_none(value: str | None) -> str | None:
    return storable(value) if value else None


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
    """Build an :class:`Article`; ``article_id`` defaults to :func:`text_article_id`.

    Every string goes through :func:`storable` first, so the article always
    encodes to UTF-8 and can be stored.
    """
    text = storable(text)
    return Article(
        article_id=storable(article_id) if article_id else text_article_id(text),
        text=text,
        title=_storable_or_none(title),
        published=published,
        url=_storable_or_none(url),
        source=_storable_or_none(source),
        origin=storable(origin),
    )


_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_START = re.compile(rb"<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])", re.IGNORECASE)


def sniff_kind(data: bytes) -> str:
    """Guess an input's kind from its first 1 KiB: ``"feed"``, ``"html"`` or ``"text"``.

    A feed starts (after a BOM, whitespace, an XML declaration or comments)
    with ``<rss``, ``<feed`` or ``<rdf:RDF``; HTML with ``<!DOCTYPE html``,
    ``<html``, ``<head`` or ``<body``. Anything else is text.
    """
    found = bom_encoding(data)
    if found is not None:  # UTF-16/32: sniff the text, encoded as UTF-8
        head = data[:4096].decode(found[0], errors="ignore")[1:1025].encode("utf-8", errors="replace")
    else:
        head = data[:1024].removeprefix(b"\xef\xbb\xbf")
    head = head.lstrip()
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
            ``is a directory``, ``invalid path: embedded null byte``, ``not a
            valid gzip file (...)``, ``truncated gzip file: ...``, ``empty``,
            or ``file is larger than N bytes`` (``N = max_chars * 16``).
    """
    limit = max_file_bytes(max_chars)
    try:
        with open_binary(path) as f:
            data = f.read(limit + 1)
    except (gzip.BadGzipFile, EOFError, zlib.error) as e:
        raise InputError(path, gzip_error_reason(e)) from None
    except OSError as e:
        raise InputError(path, os_error_reason(e)) from None
    except ValueError as e:  # a NUL in the path
        raise InputError(path, f"invalid path: {e}") from None
    if len(data) > limit:
        raise InputError(path, f"file is larger than {limit} bytes")
    if not data:
        raise InputError(path, "empty")
    return data


#: Errors reading a damaged ``.gz`` raises (``gzip.BadGzipFile`` is an ``OSError``).
GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)


def gzip_error_reason(e: Exception) -> str:
    """Reason for an error in :data:`GZIP_ERRORS`: ``truncated gzip file: ...`` when the
    stream stops before its end marker (``EOFError``), else ``not a valid gzip file (...)``."""
    if isinstance(e, EOFError):
        return "truncated gzip file: the compressed stream ends before its end marker"
    if isinstance(e, zlib.error):
        return f"not a valid gzip file (corrupt data: {e})"
    return f"not a valid gzip file ({e})"


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
    "GZIP_ERRORS",
    "PUBLISHED_MIN",
    "bom_encoding",
    "check_text",
    "decode_text",
    "looks_binary",
    "gzip_error_reason",
    "make_article",
    "max_file_bytes",
    "normalise_text",
    "open_binary",
    "os_error_reason",
    "parse_published",
    "published_in_window",
    "published_max",
    "published_window",
    "read_bytes",
    "sniff_kind",
    "storable",
]
