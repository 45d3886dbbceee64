"""Plain-text files and the shared decoding rules (dyadic.ingest)."""

from __future__ import annotations

import gzip
from datetime import date

from dyadic.errors import InputError
from dyadic.ingest import read_text_file
from dyadic.records import Article, text_article_id

TEXT = "TEHRAN – Iranian President Ebrahim Raisi left Tehran for Caracas on Monday morning.\n"


def _one(items):
    items = list(items)
    assert len(items) == 1
    return items[0]


def test_text_reads_article(tmp_path):
    path = tmp_path / "raisi.txt"
    path.write_text(TEXT, encoding="utf-8")
    article = _one(read_text_file(str(path), published=date(2023, 6, 12)))
    assert article == Article(
        article_id=text_article_id(TEXT),
        text=TEXT,
        title=None,
        published=date(2023, 6, 12),
        url=None,
        source=None,
        origin=str(path),
    )
    assert article.article_id == "sha1:" + __import__("hashlib").sha1(TEXT.encode()).hexdigest()[:16]


def test_text_crlf_and_bom_normalised_whitespace_kept(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"\xef\xbb\xbfLine  one.\r\n\r\n\tLine two.  \r\n")
    article = _one(read_text_file(str(path)))
    assert article.text == "Line  one.\n\n\tLine two.  \n"
    assert article.published is None


def test_text_missing_file(tmp_path):
    path = str(tmp_path / "nope.txt")
    error = _one(read_text_file(path))
    assert isinstance(error, InputError)
    assert str(error) == f"{path}: no such file or directory"


def test_text_empty_file(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\n")
    for name in ("empty.txt", "blank.txt"):
        error = _one(read_text_file(str(tmp_path / name)))
        assert isinstance(error, InputError)
        assert (error.origin, error.reason) == (str(tmp_path / name), "empty")


def test_text_binary_file(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    error = _one(read_text_file(str(path)))
    assert str(error) == f"{path}: binary file, not text"


def test_text_mostly_control_bytes_is_binary(tmp_path):
    path = tmp_path / "data.bin"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 4 + b"some text")
    assert str(_one(read_text_file(str(path)))) == f"{path}: binary file, not text"


def test_text_invalid_utf8_names_byte(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\u00e9 in Tehran".encode("latin-1"))
    assert str(_one(read_text_file(str(path)))) == f"{path}: not valid UTF-8 at byte 3"


def test_text_longer_than_max_chars(tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("x" * 101, encoding="utf-8")
    error = _one(read_text_file(str(path), max_chars=100))
    assert str(error) == f"{path}: text is 101 characters, over the limit of 100"
    assert isinstance(_one(read_text_file(str(path), max_chars=101)), Article)


def test_text_huge_file_refused_unread(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_text("x" * 1601, encoding="utf-8")
    assert str(_one(read_text_file(str(path), max_chars=100))) == f"{path}: file is larger than 1600 bytes"


def test_text_gzip(tmp_path):
    path = tmp_path / "raisi.txt.gz"
    path.write_bytes(gzip.compress(TEXT.encode("utf-8")))
    article = _one(read_text_file(str(path)))
    assert article.text == TEXT
    assert article.origin == str(path)


def test_text_bad_gzip(tmp_path):
    path = tmp_path / "bad.txt.gz"
    path.write_bytes(b"not gzip at all")
    error = _one(read_text_file(str(path)))
    assert isinstance(error, InputError)
    assert error.origin == str(path)
    assert error.reason.startswith("not a valid gzip file")
