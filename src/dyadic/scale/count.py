"""Cheap counts of the articles in inputs, for a progress bar's total and ETA."""

from __future__ import annotations

import gzip
import os
import re
import stat
import zlib
from collections.abc import Sequence
from typing import BinaryIO

_JSONL = (".jsonl", ".ndjson")
_FEED = (".rss", ".atom", ".xml")

#: JSON Lines are scanned in chunks of this many bytes: memory stays bounded
#: whatever the line lengths (well under the readers' 16-bytes-per-character line limit).
CHUNK_BYTES = 1 << 20
# From a line's first non-whitespace byte to its end: exactly one match per non-blank line.
# Whitespace is what ``bytes.strip`` strips, as in the reader.
_NON_BLANK_LINE = re.compile(rb"[^ \t\n\r\x0b\x0c][^\n]*")
_NON_SPACE = re.compile(rb"[^ \t\n\r\x0b\x0c]")


def count_articles(paths: Sequence[str]) -> int | None:
    """Count the articles in ``paths`` without parsing them, or None when unknowable.

    JSON Lines files (``.gz`` too) count their non-blank lines, scanned in
    1 MiB chunks (about 1 s per GB, the same for a file of blank lines, and
    memory bounded even for a line longer than the reader's limit, which counts
    once: the reader yields one error for it); a file with none counts 1 (the
    reader's ``empty`` error), a damaged or truncated ``.gz`` the lines before
    the damage plus 1 (the reader's error). Other files count 1; folders are
    walked like :func:`dyadic.ingest.read_inputs` walks them (a FIFO or device in
    one counts 1, unread). Standard input,
    URLs and feeds (``.rss``, ``.atom``, ``.xml``; one article per entry) make
    the total unknown.

    Args:
        paths: The paths given to ``read_inputs``.

    Returns:
        The count, or None if any input cannot be counted cheaply.
    """
    total = 0
    for path in paths:
        if path == "-" or "://" in path:
            return None
        if os.path.isdir(path):
            for root, dirs, files in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".")]
                for name in files:
                    if not name.startswith("."):
                        file = os.path.join(root, name)
                        # a FIFO or device is skipped unread by the reader (one error), never opened here
                        n = _count_file(file) if _is_regular(file) else 1
                        if n is None:
                            return None
                        total += n
        else:
            n = _count_file(path)
            if n is None:
                return None
            total += n
    return total


def _is_regular(path: str) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return True  # counted as the reader will report it


def _count_file(path: str) -> int | None:
    name = path.lower().removesuffix(".gz")
    if name.endswith(_FEED):
        return None
    if not name.endswith(_JSONL):
        return 1
    counter = _LineCounter()
    try:
        opener = gzip.open if path.lower().endswith(".gz") else open
        with opener(path, "rb") as f:
            counter.scan(f)  # type: ignore[arg-type]
    except (OSError, EOFError, zlib.error, ValueError):
        # The reader reads the whole lines before the damage (not the one cut), then yields one error.
        return counter.lines - counter.inside_counted + 1
    return counter.lines or 1


def _count_lines(stream: BinaryIO) -> int:
    """Non-blank lines in ``stream`` (read in :data:`CHUNK_BYTES` chunks to its end)."""
    counter = _LineCounter()
    counter.scan(stream)
    return counter.lines


class _LineCounter:
    """Counts non-blank lines across chunks; ``lines`` holds the count so far if a read fails.

    Attributes:
        lines: Non-blank lines seen so far (the last one perhaps unterminated).
        inside_counted: The data so far ends inside a line already counted.
    """

    def __init__(self) -> None:
        self.lines = 0
        self.inside_counted = False

    def scan(self, stream: BinaryIO) -> None:
        # read1: what a damaged .gz gives before the damage is counted, as the reader reads it.
        read = getattr(stream, "read1", stream.read)
        while chunk := read(CHUNK_BYTES):
            start = 0
            if self.inside_counted:
                newline = chunk.find(b"\n")
                if newline < 0:
                    continue  # still the same long line
                start = newline + 1
            self.lines += _NON_BLANK_LINE.subn(b"", memoryview(chunk)[start:])[1]
            last_line = max(start, chunk.rfind(b"\n") + 1)
            self.inside_counted = _NON_SPACE.search(chunk, last_line) is not None
