# ruff: noqa: E501  (test data: feeds and pages on one line)
"""Regression tests for issue 14: one hostile item never aborts a run.

Each test carries the input that once raised out of a reader (a raw traceback
that stopped ``dyadic code``); now each yields an Article or an InputError.
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import zlib
from datetime import UTC, date, datetime, timedelta

import pytest

from dyadic.errors import InputError
from dyadic.ingest import (
    article_from_html,
    check_url,
    read_feed,
    read_html_file,
    read_inputs,
    read_jsonl_file,
)
from dyadic.ingest.common import make_article, parse_published
from dyadic.ingest.html import html_to_text
from dyadic.records import Article, text_article_id


def _jsonl(path, *lines: str) -> str:
    path.write_text("".join(line + "\n" for line in lines), encoding="ascii")
    return str(path)


def _tomorrow() -> date:
    return datetime.now(UTC).date() + timedelta(days=1)


# -- lone surrogates: every article is storable ----------------------------------------------


def test_jsonl_lone_surrogate_without_id_is_replaced(tmp_path):
    # json.loads turns "\ud800" into a lone surrogate; text_article_id and the store used to fail on it.
    path = _jsonl(
        tmp_path / "c.jsonl", r'{"text": "Raisi \ud800 left Tehran.", "title": "T\udfff", "source": "\ud800"}'
    )
    text = "Raisi \ufffd left Tehran."
    assert list(read_jsonl_file(path)) == [
        Article(
            article_id=text_article_id(text),
            text=text,
            title="T\ufffd",
            source="\ufffd",
            origin=f"{path}:1",
        )
    ]


def test_jsonl_lone_surrogate_in_id_and_url(tmp_path):
    path = _jsonl(
        tmp_path / "c.jsonl", r'{"id": "a\udc80", "text": "Text.", "url": "https://x.example/\ud800"}'
    )
    [article] = read_jsonl_file(path)
    assert isinstance(article, Article)
    assert (article.article_id, article.url) == ("a\ufffd", "https://x.example/\ufffd")


def test_make_article_replaces_surrogates_and_nul_one_for_one():
    article = make_article("a\ud800b\x00c", origin="o\udcff", title="\x00")
    assert (article.text, article.title, article.origin) == ("a\ufffdb\ufffdc", "\ufffd", "o\ufffd")
    assert article.article_id == text_article_id("a\ufffdb\ufffdc")


# -- publication dates: the sane window ------------------------------------------------------


def test_jsonl_calendar_edge_date_with_zone_refused_and_batch_goes_on(tmp_path):
    path = _jsonl(
        tmp_path / "c.jsonl",
        '{"text": "Too early.", "published": "0001-01-01T00:00:00+14:00"}',
        '{"text": "Too late.", "published": "9999-12-31T23:59:59-14:00"}',
        '{"text": "Fine.", "published": "2023-06-12"}',
    )
    items = list(read_jsonl_file(path))
    window = f"(dates must fall between 1900-01-01 and {_tomorrow().isoformat()}, UTC)"
    assert [(type(i).__name__, str(i)) for i in items[:2]] == [
        ("InputError", f"{path}:1: 'published' is out of range: '0001-01-01T00:00:00+14:00' {window}"),
        ("InputError", f"{path}:2: 'published' is out of range: '9999-12-31T23:59:59-14:00' {window}"),
    ]
    assert items[2] == Article(
        article_id=text_article_id("Fine."), text="Fine.", published=date(2023, 6, 12), origin=f"{path}:3"
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("1900-01-01", date(1900, 1, 1)),
        ("1900-01-01T01:00:00+02:00", None),  # 1899-12-31 in UTC
        ("1899-12-31", None),
        ("2024-06-02", date(2024, 6, 2)),  # today + 1
        ("2024-06-02T23:59:59Z", date(2024, 6, 2)),
        ("2024-06-03", None),
        ("2024-06-02T23:00:00-02:00", None),  # 2024-06-03 in UTC
        ("Mon, 01 Jan 1800 00:00:00 +1400", None),
        ("Fri, 31 Dec 9999 23:00:00 -1400", None),  # off the calendar in UTC
        ("0001-01-01", None),
        ("9999-12-31T23:59:59-14:00", None),
    ],
)
def test_parse_published_window(value, expected):
    today = date(2024, 6, 1)
    if expected is not None:
        assert parse_published(value, "f.jsonl:7", today=today) == expected
        return
    with pytest.raises(InputError) as e:
        parse_published(value, "f.jsonl:7", today=today)
    assert e.value.origin == "f.jsonl:7"
    assert e.value.reason == (
        f"'published' is out of range: {value!r} (dates must fall between 1900-01-01 and 2024-06-02, UTC)"
    )


def test_feeds_out_of_window_entry_date_dropped_with_warning(caplog):
    feed = (
        b'<rss version="2.0"><channel><title>S</title>'
        b"<item><title>Old</title><pubDate>Mon, 01 Jan 1800 00:00:00 GMT</pubDate><description>Old text.</description></item>"
        b"<item><title>Good</title><pubDate>Mon, 12 Jun 2023 06:30:00 GMT</pubDate><description>Good text.</description></item>"
        b"</channel></rss>"
    )
    with caplog.at_level(logging.WARNING, logger="dyadic.ingest.feeds"):
        items = list(read_feed(feed, date(2020, 1, 2), origin="f.rss"))
    assert [(i.title, i.published) for i in items if isinstance(i, Article)] == [
        ("Old", date(2020, 1, 2)),
        ("Good", date(2023, 6, 12)),
    ]
    assert [r.getMessage() for r in caplog.records] == [
        "f.rss:entry 1: entry date dropped: 'Mon, 01 Jan 1800 00:00:00 GMT' is outside 1900-01-01 to tomorrow (UTC)"
    ]


def test_feeds_calendar_edge_atom_date_is_dropped(caplog):
    feed = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>S</title><entry><title>E</title>'
        b"<updated>0001-01-01T00:00:00+14:00</updated><content>Body.</content></entry></feed>"
    )
    with caplog.at_level(logging.WARNING, logger="dyadic.ingest.feeds"):
        [article] = read_feed(feed, origin="f.atom")
    assert isinstance(article, Article)
    assert (article.text, article.published) == ("Body.", None)
    assert "f.atom:entry 1: entry date dropped" in caplog.text


# -- feeds and HTML: control characters, bad character references, empty elements ----------


def test_feeds_control_character_and_bad_references_in_item_html():
    feed = (
        b'<rss version="2.0"><channel><title>S</title><item><title>T</title><description>'
        b"&lt;p&gt;Raisi\x01 left &amp;#x110000; Tehran &amp;#xD800; today.&lt;/p&gt;"
        b"</description></item><item><title>U</title><description>"
        b"Out &#x110000; of range &#xD800; and &#1; too &#99999999999; big.</description></item>"
        b"<item><title>V</title><description><![CDATA[<p>Raw\x02 &#x110000; in &#xD800; CDATA</p>]]>"
        b"</description></item></channel></rss>"
    )
    items = list(read_feed(feed, origin="f.rss"))
    assert [(type(i).__name__, getattr(i, "text", None)) for i in items] == [
        ("Article", "Raisi left \ufffd Tehran \ufffd today."),
        ("Article", "Out \ufffd of range \ufffd and too \ufffd big."),
        ("Article", "Raw \ufffd in \ufffd CDATA"),
    ]


def test_html_to_text_drops_characters_xml_cannot_hold():
    assert html_to_text("<p>a\x01b &#1;c&#xFFFE; \ud800</p><html>") == "ab c \ufffd"


def test_html_file_of_empty_elements_is_refused_quietly(tmp_path, caplog):
    path = tmp_path / "e.html"
    path.write_text("<svg></svg>", encoding="utf-8")
    with caplog.at_level(logging.DEBUG):
        items = list(read_inputs([str(path)]))
    assert [(i.origin, i.reason) for i in items] == [(str(path), "no article text found in HTML")]  # type: ignore[union-attr]
    # trafilatura used to log ERRORs ("lxml parsing failed: Document is empty") for it
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []


def test_html_page_with_bad_references_reads():
    page = "<html><body><article><p>Raisi &#x110000; left &#xD800; Tehran for talks in Caracas today.</p></article></body></html>"
    article = article_from_html(page, "p.html")
    assert article.text == "Raisi \ufffd left \ufffd Tehran for talks in Caracas today."


def test_html_file_unchanged_for_plain_page(tmp_path):
    path = tmp_path / "p.html"
    path.write_text(
        "<html><body><article><p>Maduro welcomed Raisi in Caracas on Monday.</p></article></body></html>"
    )
    [article] = read_html_file(str(path))
    assert isinstance(article, Article) and article.text == "Maduro welcomed Raisi in Caracas on Monday."


# -- URL arguments ------------------------------------------------------------------------------


def test_url_unclosed_ipv6_bracket():
    assert [(e.origin, e.reason) for e in read_inputs(["http://[::1"])] == [  # type: ignore[union-attr]
        ("http://[::1", "invalid URL: Invalid IPv6 URL")
    ]
    with pytest.raises(InputError, match=r"^https://\[nope\]/x: invalid URL: "):
        check_url("https://[nope]/x")


def test_inputs_path_with_nul_byte():
    assert [(e.origin, e.reason) for e in read_inputs(["a\x00b.txt", "a\x00b.jsonl"])] == [  # type: ignore[union-attr]
        ("a\x00b.txt", "invalid path: embedded null byte"),
        ("a\x00b.jsonl", "invalid path: embedded null byte"),
    ]


# -- truncated and corrupt gzip ----------------------------------------------------------------


def truncated_jsonl_gz(good_lines: int, more_lines: int) -> bytes:
    """A .jsonl.gz cut right after a full flush that follows ``good_lines`` lines."""
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as f:
        for i in range(good_lines):
            f.write(json.dumps({"id": f"a{i}", "text": f"Line {i}."}).encode() + b"\n")
        f.flush(zlib.Z_FULL_FLUSH)
        cut = len(buffer.getvalue())
        for i in range(more_lines):
            f.write(json.dumps({"id": f"b{i}", "text": f"Lost line {i}."}).encode() + b"\n")
    return buffer.getvalue()[:cut]


def test_jsonl_truncated_gzip_reads_good_lines_then_one_error(tmp_path):
    path = tmp_path / "c.jsonl.gz"
    path.write_bytes(truncated_jsonl_gz(3, 50))
    items = list(read_inputs([str(path)]))
    assert [(a.article_id, a.text, a.origin) for a in items[:3]] == [  # type: ignore[union-attr]
        (f"a{i}", f"Line {i}.", f"{path}:{i + 1}") for i in range(3)
    ]
    assert len(items) == 4 and isinstance(items[3], InputError)
    assert (items[3].origin, items[3].reason) == (
        str(path),
        "truncated gzip file: the compressed stream ends before its end marker",
    )


def test_jsonl_truncated_gzip_cut_mid_line(tmp_path):
    whole = gzip.compress(b"".join(b'{"text": "Line %d."}\n' % i for i in range(2000)), mtime=0)
    path = tmp_path / "c.jsonl.gz"
    path.write_bytes(whole[: len(whole) // 2])
    items = list(read_jsonl_file(str(path)))
    *articles, error = items
    assert articles and [a.text for a in articles] == [f"Line {i}." for i in range(len(articles))]  # type: ignore[union-attr]
    assert len(articles) < 2000
    assert isinstance(error, InputError) and error.origin == str(path)
    assert error.reason.startswith("truncated gzip file")


def test_gzip_corrupt_data_is_an_input_error(tmp_path):
    whole = bytearray(gzip.compress(b"".join(b'{"text": "Line %d."}\n' % i for i in range(200)), mtime=0))
    whole[40:60] = b"\xff" * 20  # inside the deflate stream
    (tmp_path / "c.jsonl.gz").write_bytes(bytes(whole))
    (tmp_path / "t.txt.gz").write_bytes(bytes(whole))
    items = list(read_inputs([str(tmp_path)]))
    errors = [i for i in items if isinstance(i, InputError)]
    assert [e.origin for e in errors] == [str(tmp_path / "c.jsonl.gz"), str(tmp_path / "t.txt.gz")]
    assert all(e.reason.startswith("not a valid gzip file (corrupt data: Error -3") for e in errors), errors
