# ruff: noqa: E501  (test data: long article text and markup)
"""read_inputs: dispatch by kind, folders, stdin, errors that do not stop a batch."""

from __future__ import annotations

import gzip
import io
import json
from datetime import date

from dyadic.errors import InputError
from dyadic.ingest import read_inputs
from dyadic.records import Article

HTML = (
    "<!DOCTYPE html><html><head><title>Raisi in Caracas</title>"
    '<meta property="article:published_time" content="2023-06-12"></head><body><article>'
    "<p>Iranian President Ebrahim Raisi arrived in Caracas on Monday evening and was welcomed by "
    "Venezuelan President Nicolas Maduro at the Miraflores Palace.</p></article></body></html>"
)
HTML_TEXT = (
    "Iranian President Ebrahim Raisi arrived in Caracas on Monday evening and was welcomed by "
    "Venezuelan President Nicolas Maduro at the Miraflores Palace."
)
FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
    "<item><guid>w-1</guid><title>T</title><description>Cuba and Iran signed five agreements.</description>"
    "</item></channel></rss>"
)


def _summary(items):
    return [(type(i).__name__, i.origin, i.article_id if isinstance(i, Article) else i.reason) for i in items]


def test_inputs_folder_sorted_recursive_hidden_skipped(tmp_path):
    (tmp_path / "b.txt").write_text("Text B.", encoding="utf-8")
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "j1", "text": "Line one."}) + "\n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden.", encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "config.txt").write_text("Hidden too.", encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "page.html").write_text(HTML, encoding="utf-8")
    (sub / "feed.xml").write_text(FEED, encoding="utf-8")
    items = list(read_inputs([str(tmp_path)], published=date(2023, 6, 1)))
    assert [type(i) for i in items] == [Article] * 4
    assert [(i.origin, i.text, i.published) for i in items] == [
        (f"{tmp_path}/a.jsonl:1", "Line one.", date(2023, 6, 1)),
        (f"{tmp_path}/b.txt", "Text B.", date(2023, 6, 1)),
        (f"{sub}/feed.xml:entry 1", "Cuba and Iran signed five agreements.", date(2023, 6, 1)),
        (f"{sub}/page.html", HTML_TEXT, date(2023, 6, 12)),  # the page's own date wins
    ]


def test_inputs_errors_do_not_stop_batch(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Good.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    missing = tmp_path / "missing.txt"
    items = list(read_inputs([str(missing), str(empty), str(good), "https://127.0.0.1/story"]))
    assert [(type(i).__name__, i.origin) for i in items] == [
        ("InputError", str(missing)),
        ("InputError", str(empty)),
        ("Article", str(good)),
        ("InputError", "https://127.0.0.1/story"),
    ]
    assert [i.reason for i in items if isinstance(i, InputError)] == [
        "no such file or directory",
        "empty",
        "refusing to fetch from 127.0.0.1: it resolves to 127.0.0.1 (a loopback address)",
    ]


def test_inputs_sniffs_html_and_feed_without_known_suffix(tmp_path):
    page = tmp_path / "story"
    page.write_text("\n  " + HTML, encoding="utf-8")
    feed = tmp_path / "feed.xml.gz"
    feed.write_bytes(gzip.compress(FEED.encode()))
    plain = tmp_path / "notes.md"
    plain.write_text("<b>not</b> html, just text", encoding="utf-8")
    items = list(read_inputs([str(page), str(feed), str(plain)]))
    assert [(i.origin, i.title, i.text) for i in items] == [
        (str(page), "Raisi in Caracas", HTML_TEXT),
        (f"{feed}:entry 1", "T", "Cuba and Iran signed five agreements."),
        (str(plain), None, "<b>not</b> html, just text"),
    ]


def test_inputs_txt_suffix_is_never_sniffed(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(HTML, encoding="utf-8")
    [article] = list(read_inputs([str(path)]))
    assert article.text == HTML


def test_inputs_stdin_text():
    stdin = io.BytesIO(b"Raisi left Tehran.\r\nHe flew to Caracas.")
    [article] = list(read_inputs(["-"], published=date(2023, 6, 12), stdin=stdin))
    assert (article.origin, article.text, article.published) == (
        "<stdin>",
        "Raisi left Tehran.\nHe flew to Caracas.",
        date(2023, 6, 12),
    )


def test_inputs_stdin_jsonl():
    lines = [json.dumps({"id": "s1", "text": "One."}), "{bad", json.dumps({"id": "s3", "text": "Three."})]
    stdin = io.BytesIO(("\n".join(lines) + "\n").encode())
    assert _summary(read_inputs(["-"], stdin=stdin)) == [
        ("Article", "<stdin>:1", "s1"),
        (
            "InputError",
            "<stdin>:2",
            "invalid JSON: Expecting property name enclosed in double quotes at column 2",
        ),
        ("Article", "<stdin>:3", "s3"),
    ]


def test_inputs_stdin_empty():
    assert _summary(read_inputs(["-"], stdin=io.BytesIO(b""))) == [("InputError", "<stdin>", "empty")]


def test_inputs_max_chars_passed_on(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("x" * 20, encoding="utf-8")
    assert _summary(read_inputs([str(path)], max_chars=10)) == [
        ("InputError", str(path), "text is 20 characters, over the limit of 10")
    ]


def test_inputs_zero_width_characters_are_removed(tmp_path):
    path = tmp_path / "zw.txt"
    path.write_text("T\u00fcrkiye\u200b condemned Greece.\u00ad\n", encoding="utf-8")
    [article] = list(read_inputs([str(path)]))
    assert article.text == "T\u00fcrkiye condemned Greece.\n"
