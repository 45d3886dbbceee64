# ruff: noqa: E501  (test data: long article text and markup)
"""JSON Lines corpora (dyadic.ingest.jsonl)."""

from __future__ import annotations

import gzip
import json
import tracemalloc
from datetime import date

from dyadic.errors import InputError
from dyadic.ingest import read_jsonl_file
from dyadic.records import Article, text_article_id


def _write(path, lines):
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return str(path)


def test_jsonl_reads_fields(tmp_path):
    record = {
        "id": "mehr-200000",
        "title": "Raisi leaves for Caracas",
        "text": "Raisi left Tehran on Monday.\r\nHe will visit Cuba.",
        "published": "2023-06-12T06:30:00+04:30",
        "url": "https://en.mehrnews.com/news/200000",
        "source": "Mehr News Agency",
        "lang": "en",
    }
    path = _write(tmp_path / "c.jsonl", [json.dumps(record)])
    assert list(read_jsonl_file(path)) == [
        Article(
            article_id="mehr-200000",
            text="Raisi left Tehran on Monday.\nHe will visit Cuba.",
            title="Raisi leaves for Caracas",
            published=date(2023, 6, 12),
            url="https://en.mehrnews.com/news/200000",
            source="Mehr News Agency",
            origin=f"{path}:1",
        )
    ]


def test_jsonl_published_metadata_wins_argument_fills(tmp_path):
    path = _write(
        tmp_path / "c.jsonl",
        [
            json.dumps({"text": "One.", "published": "2023-06-11"}),
            json.dumps({"text": "Two."}),
            json.dumps({"text": "Three.", "published": None, "id": 7}),
        ],
    )
    articles = list(read_jsonl_file(path, published=date(2023, 6, 12)))
    assert [(a.article_id, a.published) for a in articles] == [
        (text_article_id("One."), date(2023, 6, 11)),
        (text_article_id("Two."), date(2023, 6, 12)),
        ("7", date(2023, 6, 12)),
    ]


def test_jsonl_published_formats_to_utc_day():
    from dyadic.ingest.common import parse_published

    assert parse_published("2023-06-12T23:30:00-05:00", "x") == date(2023, 6, 13)
    assert parse_published("2023-06-12T08:00:00Z", "x") == date(2023, 6, 12)
    assert parse_published("2023/6/12", "x") == date(2023, 6, 12)
    assert parse_published("Mon, 12 Jun 2023 02:00:00 +0430", "x") == date(2023, 6, 11)
    assert parse_published("", "x") is None


def test_jsonl_bad_lines_yield_errors_and_reading_goes_on(tmp_path):
    path = _write(
        tmp_path / "c.jsonl",
        [
            json.dumps({"id": "a", "text": "First."}),
            "",
            '{"id": "b", "text": "Second.",}',
            json.dumps({"id": "c", "title": "No text"}),
            json.dumps(["not", "an", "object"]),
            json.dumps({"id": "d", "text": 42}),
            json.dumps({"id": "e", "text": "Bad date.", "published": "last Tuesday"}),
            json.dumps({"id": "f", "text": "   "}),
            json.dumps({"id": "g", "text": "Last."}),
        ],
    )
    items = list(read_jsonl_file(path))
    assert [a.article_id for a in items if isinstance(a, Article)] == ["a", "g"]
    assert [a.origin for a in items if isinstance(a, Article)] == [f"{path}:1", f"{path}:9"]
    assert [str(e) for e in items if isinstance(e, InputError)] == [
        f"{path}:3: invalid JSON: Expecting property name enclosed in double quotes at column 31",
        f"{path}:4: no 'text' or 'html' field",
        f"{path}:5: expected a JSON object, got array",
        f"{path}:6: 'text' must be a string, got number",
        f"{path}:7: 'published' is not a date: 'last Tuesday'",
        f"{path}:8: empty",
    ]


def test_jsonl_invalid_utf8_line(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"text": "ok"}\n{"text": "caf\xe9"}\n')
    items = list(read_jsonl_file(str(path)))
    assert isinstance(items[0], Article)
    assert str(items[1]) == f"{path}:2: not valid UTF-8 at byte 13"


def test_jsonl_html_field(tmp_path):
    html = (
        "<html><head><title>Raisi in Caracas</title>"
        '<meta property="article:published_time" content="2023-06-12"></head>'
        "<body><article><p>Iranian President Ebrahim Raisi arrived in Caracas on Monday evening, where he was "
        "welcomed by Venezuelan President Nicolas Maduro at the Miraflores Palace.</p></article></body></html>"
    )
    path = _write(tmp_path / "c.ndjson", [json.dumps({"id": "h1", "html": html, "source": "Mehr"})])
    [article] = list(read_jsonl_file(path))
    assert article == Article(
        article_id="h1",
        text="Iranian President Ebrahim Raisi arrived in Caracas on Monday evening, where he was welcomed by "
        "Venezuelan President Nicolas Maduro at the Miraflores Palace.",
        title="Raisi in Caracas",
        published=date(2023, 6, 12),
        source="Mehr",
        origin=f"{path}:1",
    )


def test_jsonl_text_too_long(tmp_path):
    path = _write(tmp_path / "c.jsonl", [json.dumps({"text": "x" * 11}), json.dumps({"text": "y" * 10})])
    items = list(read_jsonl_file(path, max_chars=10))
    assert str(items[0]) == f"{path}:1: text is 11 characters, over the limit of 10"
    assert isinstance(items[1], Article)


def test_jsonl_overlong_line_skipped(tmp_path):
    path = _write(tmp_path / "c.jsonl", [json.dumps({"text": "x" * 200}), json.dumps({"text": "short"})])
    items = list(read_jsonl_file(path, max_chars=10))
    assert str(items[0]) == f"{path}:1: line is longer than 160 bytes"
    assert items[1].text == "short" and items[1].origin == f"{path}:2"


def test_jsonl_missing_and_empty_file(tmp_path):
    missing = str(tmp_path / "none.jsonl")
    assert [str(e) for e in read_jsonl_file(missing)] == [f"{missing}: no such file or directory"]
    empty = _write(tmp_path / "e.jsonl", ["", "  "])
    assert [str(e) for e in read_jsonl_file(empty)] == [f"{empty}: empty"]


def test_jsonl_gzip(tmp_path):
    path = tmp_path / "c.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"id": "z", "text": "Zipped."}\n'))
    [article] = list(read_jsonl_file(str(path)))
    assert (article.article_id, article.text, article.origin) == ("z", "Zipped.", f"{path}:1")


def test_jsonl_streams_large_file(tmp_path):
    path = tmp_path / "big.jsonl"
    line = json.dumps({"text": "Iran and Venezuela signed an agreement on Monday. " * 20}) + "\n"
    with open(path, "w", encoding="utf-8") as f:
        for _ in range(20_000):
            f.write(line)
    size = path.stat().st_size  # about 20 MB
    items = read_jsonl_file(str(path))
    tracemalloc.start()
    try:
        count = 0
        for item in items:
            assert isinstance(item, Article)
            count += 1
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 20_000
    assert peak < size / 10


# A new user: a raw tab in a JSON string read "Invalid control character at at column 36".
def test_jsonl_control_character_error_says_at_once(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_bytes(b'{"id": "a", "text": "Iran met\tIraq."}\n')
    (error,) = list(read_jsonl_file(str(path)))
    assert str(error) == f"{path}:1: invalid JSON: Invalid control character at column 30"
    assert " at at " not in str(error)


def test_jsonl_published_window_message_is_the_shared_one(tmp_path):
    from dyadic.ingest import published_window
    from dyadic.ingest.common import parse_published

    today = date(2024, 2, 28)
    assert published_window(today) == "dates must fall between 1900-01-01 and 2024-02-29, UTC"
    try:
        parse_published("2024-03-01", "x.jsonl:1", today=today)
    except InputError as exc:
        assert str(exc) == f"x.jsonl:1: 'published' is out of range: '2024-03-01' ({published_window(today)})"
    else:
        raise AssertionError("a date after tomorrow was accepted")
