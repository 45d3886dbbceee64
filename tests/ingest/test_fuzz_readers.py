"""Property-based fuzzing of every ingest reader (issue 14): hostile input never aborts a run.

Each test feeds arbitrary bytes or text (plain, and shaped like the format the
reader expects, with the characters that once crashed it mixed in) and checks
that the reader returns only :class:`Article` and :class:`InputError` values,
and that every article's fields are storable (they encode to UTF-8).
Bounded and derandomized so CI runs the same 200 examples per reader every time.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta, timezone
from unittest import mock
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dyadic.errors import InputError
from dyadic.ingest import (
    article_from_html,
    read_feed,
    read_html_file,
    read_inputs,
    read_jsonl_file,
    read_text_file,
)
from dyadic.ingest.html import html_to_text
from dyadic.ingest.jsonl import read_jsonl_stream
from dyadic.records import Article
from dyadic.scale import count_articles

#: Examples per reader: 200 in CI; ``DYADIC_FUZZ_EXAMPLES=20000`` (and ``DYADIC_FUZZ_RANDOM=1`` for new
#: examples each run) for the slower nightly-size run described in tests/README.md.
FUZZ_EXAMPLES = int(os.environ.get("DYADIC_FUZZ_EXAMPLES", "200"))
FUZZ = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    derandomize=not os.environ.get("DYADIC_FUZZ_RANDOM"),
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# Pieces that crashed a reader once (issue 14) or sit on an edge of a format.
HOSTILE = [
    "\ud800", "\udfff", "\x00", "\x01", "\x0b", "\x1f", "\x7f", "\ufffe", "\uffff", "\U0010ffff",
    "\ufeff", "\u200b", "\r\n", "\r", "\n", " ", "\t",
    "&#x110000;", "&#xD800;", "&#0;", "&#1;", "&#99999999999;", "&#xFFFE;", "&amp;", "&", "&lt;",
    "<svg></svg>", "<p>", "</p>", "<br/>", "<", ">", "<!--", "-->", "<![CDATA[", "]]>", "<script>",
    "<html>", "<body>", "<article>", "<h1>", "</h1>", "<?xml version='1.0'?>", "<!DOCTYPE html>",
    '"', "\\", "{", "}", "Tehran", "Iran and Iraq signed a deal on Monday. ",
]  # fmt: skip

any_char = st.characters(exclude_categories=())  # every code point, lone surrogates included
hostile_text = st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(any_char, max_size=8)), max_size=25).map(
    "".join
)
any_bytes = st.binary(max_size=2048)
offsets = st.builds(
    timezone,
    st.timedeltas(min_value=timedelta(hours=-23, minutes=-59), max_value=timedelta(hours=23, minutes=59)),
)
any_datetime = st.datetimes(timezones=st.one_of(st.none(), offsets))
published_value = st.one_of(
    st.none(),
    hostile_text,
    any_datetime.map(datetime.isoformat),
    any_datetime.map(lambda d: d.date().isoformat()),
    st.sampled_from(["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-14:00", "1899-12-31", "3000-01-01"]),
    st.integers(),
)


def _check(produce: Callable[[], Iterable[Article | InputError]]) -> list[Article | InputError]:
    """Run a reader; every value must be an Article or an InputError with storable fields."""
    results = list(produce())
    for r in results:
        assert isinstance(r, Article | InputError), r
        if isinstance(r, Article):
            for value in (r.article_id, r.text, r.title, r.url, r.source, r.origin):
                if value is not None:
                    value.encode("utf-8")
        else:
            assert r.reason
    return results


def _raised(func: Callable[[], Article]) -> Callable[[], list[Article | InputError]]:
    """Adapt a builder that raises InputError by contract to a reader's yield shape."""

    def produce() -> list[Article | InputError]:
        try:
            return [func()]
        except InputError as e:
            return [e]

    return produce


def _in_file(name: str, data: bytes, reader: Callable[[str], Iterable[Article | InputError]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, name)
        with open(path, "wb") as f:
            f.write(data)
        _check(lambda: reader(path))


# -- text ----------------------------------------------------------------------------------------


@FUZZ
@given(any_bytes)
def test_fuzz_text_file_bytes(data):
    _in_file("a.txt", data, read_text_file)


@FUZZ
@given(hostile_text)
def test_fuzz_text_file_text(text):
    _in_file("a.txt", text.encode("utf-8", "surrogatepass"), read_text_file)


# -- HTML ----------------------------------------------------------------------------------------


@FUZZ
@given(any_bytes)
def test_fuzz_html_file_bytes(data):
    _in_file("a.html", data, read_html_file)


@FUZZ
@given(hostile_text)
def test_fuzz_article_from_html(html):
    _check(_raised(lambda: article_from_html(html, "<fuzz>")))


@FUZZ
@given(hostile_text)
def test_fuzz_html_to_text(fragment):
    html_to_text(fragment).encode("utf-8")


# -- JSON Lines ----------------------------------------------------------------------------------


@FUZZ
@given(any_bytes)
def test_fuzz_jsonl_bytes(data):
    _check(lambda: read_jsonl_stream(io.BytesIO(data), "<fuzz>"))


json_value = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(), hostile_text, st.lists(st.integers(), max_size=2)
)
record = st.fixed_dictionaries(
    {},
    optional={
        "id": st.one_of(json_value, hostile_text),
        "text": st.one_of(hostile_text, json_value),
        "html": hostile_text,
        "title": st.one_of(hostile_text, json_value),
        "url": hostile_text,
        "source": hostile_text,
        "published": published_value,
    },
)


@FUZZ
@given(st.lists(record, max_size=5))
def test_fuzz_jsonl_records(records):
    data = "".join(json.dumps(r) + "\n" for r in records).encode("ascii")
    _check(lambda: read_jsonl_stream(io.BytesIO(data), "<fuzz>"))


# -- feeds ---------------------------------------------------------------------------------------


@FUZZ
@given(any_bytes)
def test_fuzz_feed_bytes(data):
    _check(lambda: read_feed(data, origin="<fuzz>"))


def _xml_text(text: str, how: str) -> str:
    if how == "escaped":
        return escape(text)
    if how == "cdata":
        return "<![CDATA[" + text.replace("]]>", "") + "]]>"
    return text  # raw: markup and references as they come


@FUZZ
@given(
    title=hostile_text,
    body=hostile_text,
    link=hostile_text,
    when=st.one_of(
        any_datetime.map(lambda d: d.strftime("%a, %d %b %Y %H:%M:%S %z")), published_value.map(str)
    ),
    how=st.sampled_from(["escaped", "cdata", "raw"]),
    atom=st.booleans(),
)
def test_fuzz_feed_items(title, body, link, when, how, atom):
    t, b, li, w = (_xml_text(v, how) for v in (title, body, link, when))
    if atom:
        feed = (
            '<feed xmlns="http://www.w3.org/2005/Atom"><title>S</title><entry>'
            f'<title>{t}</title><link href="{escape(link, {chr(34): "&quot;"})}"/><updated>{w}</updated>'
            f'<content type="html">{b}</content></entry></feed>'
        )
    else:
        feed = (
            '<rss version="2.0"><channel><title>S</title><item>'
            f"<title>{t}</title><link>{li}</link><pubDate>{w}</pubDate><description>{b}</description>"
            "</item></channel></rss>"
        )
    data = feed.encode("utf-8", "surrogatepass")
    _check(lambda: read_feed(data, origin="<fuzz>"))


# -- dispatch (inputs.py), standard input, gzip, URL arguments ----------------------------------

NAMES = ["a.txt", "a.html", "a.jsonl", "a.ndjson", "a.rss", "a.atom", "a.xml", "a", "a.json"]


@FUZZ
@given(name=st.sampled_from(NAMES), data=any_bytes, zipped=st.booleans())
def test_fuzz_read_inputs_files(name, data, zipped):
    if zipped:
        name, data = name + ".gz", gzip.compress(data)
    _in_file(name, data, lambda path: read_inputs([path]))


@FUZZ
@given(any_bytes)
def test_fuzz_read_inputs_stdin(data):
    _check(lambda: read_inputs(["-"], stdin=io.BufferedReader(io.BytesIO(data))))  # type: ignore[arg-type]


@FUZZ
@given(
    name=st.sampled_from([n + ".gz" for n in NAMES]),
    lines=st.lists(record, max_size=8),
    cut=st.floats(min_value=0, max_value=1),
    garbage=st.binary(max_size=16),
)
def test_fuzz_gzip_truncated(name, lines, cut, garbage):
    whole = gzip.compress("".join(json.dumps(r) + "\n" for r in lines).encode("ascii"))
    data = whole[: int(len(whole) * cut)] + garbage
    _in_file(name, data, lambda path: read_inputs([path]))
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, name)
        with open(path, "wb") as f:
            f.write(data)
        n = count_articles([path])
        assert n is None or n >= 0
        _check(lambda: read_jsonl_file(path))


@FUZZ
@given(
    scheme=st.sampled_from(["http://", "https://", "HTTP://"]),
    rest=st.lists(
        st.one_of(st.sampled_from(["[", "]", "::1", ":", "@", "%", "#", "?", "/", "80"]), hostile_text),
        max_size=6,
    ).map("".join),
)
def test_fuzz_url_arguments(scheme, rest):
    # Every host "resolves" to loopback, so nothing is ever fetched: only URL handling is fuzzed.
    with mock.patch("dyadic.ingest.url._resolve", return_value=["127.0.0.1"]):
        results = _check(lambda: read_inputs([scheme + rest]))
    assert len(results) == 1 and isinstance(results[0], InputError)


@FUZZ
@given(
    st.lists(
        st.one_of(st.sampled_from(["\x00", ".", "..", ".gz", ".jsonl", ".html", "a"]), hostile_text),
        max_size=4,
    ).map("".join)
)
def test_fuzz_path_arguments(name):
    # Names inside an empty temporary folder only: no "/" so nothing outside it is ever read.
    name = name.replace("/", "_")
    if name in ("", ".", ".."):
        name = "x" + name
    with tempfile.TemporaryDirectory() as folder:
        results = _check(lambda: read_inputs([os.path.join(folder, name)]))
    assert len(results) == 1 and isinstance(results[0], InputError)
