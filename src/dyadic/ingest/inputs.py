"""One entry point for every kind of input: :func:`read_inputs`."""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from datetime import date
from typing import BinaryIO

from dyadic.errors import InputError
from dyadic.ingest.common import (
    DEFAULT_MAX_CHARS,
    check_text,
    decode_text,
    make_article,
    max_file_bytes,
    os_error_reason,
    read_bytes,
    sniff_kind,
)
from dyadic.ingest.feeds import read_feed
from dyadic.ingest.html import article_from_html
from dyadic.ingest.jsonl import read_jsonl_file, read_jsonl_stream
from dyadic.ingest.url import read_url
from dyadic.records import Article

STDIN = "-"
STDIN_ORIGIN = "<stdin>"

_JSONL = (".jsonl", ".ndjson")
_HTML = (".html", ".htm", ".xhtml")
_FEED = (".rss", ".atom")


def read_inputs(
    paths: Sequence[str],
    published: date | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    *,
    stdin: BinaryIO | None = None,
) -> Iterator[Article | InputError]:
    """Read articles from files, folders, standard input and URLs, in order.

    Each path is read by its kind:

    - ``-``: standard input; JSON Lines when its first non-blank byte is
      ``{``, otherwise sniffed like a file (HTML, feed, text).
    - ``http://`` / ``https://``: fetched with
      :func:`~dyadic.ingest.url.read_url` (public addresses only).
    - a folder: its files, recursively, in sorted order; names starting with
      ``.`` (files and folders) are skipped. A FIFO, socket or device in a
      folder is reported and skipped unread (reading it could wait forever),
      and a folder without files yields ``FOLDER: no articles in folder``.
    - ``.jsonl`` / ``.ndjson``: JSON Lines, streamed (origins ``path:LINE``).
    - ``.html`` / ``.htm`` / ``.xhtml``: an HTML page (trafilatura).
    - ``.rss`` / ``.atom``: an RSS/Atom feed, one article per entry.
    - ``.txt``: plain text.
    - anything else (``.xml``, no extension ...): sniffed from its first
      1 KiB: a feed root (``<rss``, ``<feed``, ``<rdf:RDF``), an HTML start
      (``<!DOCTYPE html``, ``<html``), else plain text.

    A trailing ``.gz`` is gunzipped and the kind read from the name before it.

    Publication dates: an input's own metadata (JSON ``published``, the HTML
    page's date, the feed entry's date) wins; ``published`` only fills in for
    inputs without one (plain text always).

    Args:
        paths: Paths, folders, URLs or ``-``.
        published: Fallback publication date (the CLI's ``--published``).
        max_chars: Longest article text accepted, in characters.
        stdin: Stream read for ``-`` (default ``sys.stdin.buffer``).

    Yields:
        :class:`Article` records and :class:`InputError` values, never raising
        them, so one bad input does not stop a batch. Each error names its
        input (``path``, ``path:LINE``, ``<stdin>``, URL).
    """
    for path in paths:
        if path == STDIN:
            yield from _read_stdin(stdin or sys.stdin.buffer, published, max_chars)
        elif path.lower().startswith(("http://", "https://")):
            yield from read_url(path, published, max_chars=max_chars)
        elif os.path.isdir(path):
            yield from _read_folder(path, published, max_chars)
        else:
            yield from read_path(path, published, max_chars)


def read_path(
    path: str, published: date | None = None, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Article | InputError]:
    """Read one file by its kind (see :func:`read_inputs`); yields articles and errors."""
    name = path.lower().removesuffix(".gz")
    if name.endswith(_JSONL):
        yield from read_jsonl_file(path, published, max_chars=max_chars)
        return
    try:
        data = read_bytes(path, max_chars)
    except InputError as e:
        yield e
        return
    yield from _read_document(data, path, _kind_of(name, data), published, max_chars)


def _kind_of(name: str, data: bytes) -> str:
    if name.endswith(_HTML):
        return "html"
    if name.endswith(_FEED):
        return "feed"
    if name.endswith(".txt"):
        return "text"
    return sniff_kind(data)


def _read_document(
    data: bytes, origin: str, kind: str, published: date | None, max_chars: int
) -> Iterator[Article | InputError]:
    if kind == "feed":
        yield from read_feed(data, published, origin=origin, max_chars=max_chars)
        return
    try:
        text = decode_text(data, origin)
        if kind == "html":
            yield article_from_html(text, origin, published=published, max_chars=max_chars)
        else:
            yield make_article(check_text(text, origin, max_chars), origin=origin, published=published)
    except InputError as e:
        yield e


def _read_folder(folder: str, published: date | None, max_chars: int) -> Iterator[Article | InputError]:
    errors: list[OSError] = []
    walk = os.walk(folder, onerror=errors.append)
    read_any = False
    for root, dirs, files in walk:
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            read_any = True
            path = os.path.join(root, name)
            odd = _not_regular(path)
            if odd:
                yield InputError(path, f"{odd}, not a regular file: skipped")
            else:
                yield from read_path(path, published, max_chars)
        while errors:
            read_any = True
            e = errors.pop(0)
            yield InputError(str(e.filename or folder), os_error_reason(e))
    if not read_any:
        yield InputError(folder, "no articles in folder: it holds no files (hidden ones are skipped)")


def _not_regular(path: str) -> str | None:
    """What ``path`` is when it is neither a regular file nor a link to one (``a FIFO``,
    ``a socket``, ``a device``), else None. Reading a FIFO or a device
    could wait forever, so folders skip them; a path named on its own is read as given."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None  # read_path reports it
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def _read_stdin(stream: BinaryIO, published: date | None, max_chars: int) -> Iterator[Article | InputError]:
    peek = getattr(stream, "peek", None)
    head = peek(64) if callable(peek) else b""
    if not head:  # no peek (or nothing buffered yet): read one chunk and chain it
        head = stream.read(64)
        stream = io.BufferedReader(_Chain(head, stream))
    first = head.removeprefix(b"\xef\xbb\xbf").lstrip()[:1]
    if first == b"{":
        yield from read_jsonl_stream(stream, STDIN_ORIGIN, published, max_chars=max_chars)
        return
    limit = max_file_bytes(max_chars)
    data = stream.read(limit + 1)
    if not data:
        yield InputError(STDIN_ORIGIN, "empty")
    elif len(data) > limit:
        yield InputError(STDIN_ORIGIN, f"input is larger than {limit} bytes")
    else:
        yield from _read_document(data, STDIN_ORIGIN, sniff_kind(data), published, max_chars)


class _Chain(io.RawIOBase):
    """A read-only binary stream: ``head`` bytes, then the rest of ``tail``."""

    def __init__(self, head: bytes, tail: BinaryIO) -> None:
        self._head = head
        self._tail = tail

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._tail.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)
