"""The progress pre-count (dyadic.scale.count) on hostile JSON Lines (issue 14)."""

from __future__ import annotations

import gzip
import io
import tracemalloc
import zlib

from dyadic.errors import InputError
from dyadic.ingest import DEFAULT_MAX_CHARS, read_inputs
from dyadic.scale import count_articles
from dyadic.scale.count import CHUNK_BYTES, _count_lines

LIMIT_BYTES = 16 * DEFAULT_MAX_CHARS  # the reader's line limit


def truncated_jsonl_gz(good_lines: int, more_lines: int) -> bytes:
    """A .jsonl.gz cut right after a full flush that follows ``good_lines`` lines."""
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as f:
        for i in range(good_lines):
            f.write(b'{"text": "Line %d."}\n' % i)
        f.flush(zlib.Z_FULL_FLUSH)
        cut = len(buffer.getvalue())
        for i in range(more_lines):
            f.write(b'{"text": "Lost line %d."}\n' % i)
    return buffer.getvalue()[:cut]


class _CountingReads(io.BytesIO):
    calls = 0

    def read1(self, size: int | None = -1, /) -> bytes:
        self.calls += 1
        return super().read1(size)


def test_count_gz_line_over_the_reader_limit_counts_once_in_bounded_memory(tmp_path):
    long_line = b'{"text": "' + b"x" * (LIMIT_BYTES + 1000) + b'"}\n'
    path = tmp_path / "c.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"text": "A."}\n' + long_line + b'{"text": "B."}\n', compresslevel=1))
    tracemalloc.start()
    try:
        n = count_articles([str(path)])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert n == 3
    assert peak < LIMIT_BYTES // 2, peak  # a few chunks; the old line iterator held the whole line
    reasons = [i.reason if isinstance(i, InputError) else i.text for i in read_inputs([str(path)])]
    assert reasons == ["A.", f"line is longer than {LIMIT_BYTES} bytes", "B."]


def test_count_many_newlines_is_read_in_chunks():
    data = b"\n" * (5 * CHUNK_BYTES) + b'{"text": "A."}\n  \t\n{"text": "B."}' + b"\r\n" * 1000
    stream = _CountingReads(data)
    assert _count_lines(stream) == 2
    assert stream.calls == 7  # 6 chunks and the empty read at the end, not one call per line


def test_count_lines_across_chunk_boundaries(monkeypatch):
    monkeypatch.setattr("dyadic.scale.count.CHUNK_BYTES", 3)
    data = b'{"a"}\n   \n  x  \n\n\t \nyy\nlong line here\n  '
    assert _count_lines(io.BytesIO(data)) == 4


def test_count_matches_reader_on_truncated_empty_and_corrupt_files(tmp_path):
    (tmp_path / "cut.jsonl.gz").write_bytes(truncated_jsonl_gz(3, 50))
    (tmp_path / "blank.jsonl").write_bytes(b"\n \n\t\n")
    (tmp_path / "junk.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00" + b"\xff" * 40)
    (tmp_path / "ok.ndjson").write_bytes(b'{"text": "A."}\n\n{"text": "B."}')
    for name, expected in [("cut.jsonl.gz", 4), ("blank.jsonl", 1), ("junk.jsonl.gz", 1), ("ok.ndjson", 2)]:
        path = str(tmp_path / name)
        assert count_articles([path]) == expected, name
        assert len(list(read_inputs([path]))) == expected, name
