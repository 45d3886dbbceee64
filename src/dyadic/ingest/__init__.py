"""ingest: read news articles from text, HTML, JSON Lines, RSS/Atom feeds,
folders, standard input and URLs into :class:`~dyadic.records.Article` records.

Stages (each a plain function):

1. :func:`read_inputs` picks a reader per path (by suffix, else by sniffing).
2. Bytes -> text (:mod:`dyadic.ingest.common`): binary and non-UTF-8 input is
   refused; a BOM is dropped and CRLF becomes LF; otherwise text is kept
   exactly, so offsets index into it.
3. Readers build articles: :func:`read_text_file`, :func:`read_html_file` /
   :func:`article_from_html` (trafilatura), :func:`read_jsonl_file`
   (streamed), :func:`read_feed` (feedparser), :func:`read_url` /
   :func:`fetch_url` (urllib, public addresses only).

Every reader yields :class:`~dyadic.errors.InputError` values instead of
raising them, so a batch goes on past bad inputs (hostile ones too: lone
surrogates, control characters, bad character references, truncated or
corrupt ``.gz``, malformed URLs; ``tests/ingest/test_fuzz_readers.py`` fuzzes
every reader). Every article's strings encode to UTF-8 and can be stored
(:func:`make_article`). Publication dates from an input's metadata win over
the ``published`` argument, which fills gaps; they must fall between
1900-01-01 and one day after today (UTC): JSON Lines refuses a line with one
outside, HTML pages and feed entries drop it with a logged warning.

4. :func:`keep_language` (:mod:`dyadic.ingest.language`) turns articles whose
   text is detected to be in another language than English into
   :class:`LanguageSkipped` errors, so they are reported, never coded as English.
"""

from dyadic.ingest.common import (
    DEFAULT_MAX_CHARS,
    PUBLISHED_MIN,
    check_text,
    make_article,
    normalise_text,
    published_in_window,
    published_window,
)
from dyadic.ingest.feeds import read_feed
from dyadic.ingest.html import article_from_html, read_html_file
from dyadic.ingest.inputs import read_inputs, read_path
from dyadic.ingest.jsonl import article_from_record, read_jsonl_file
from dyadic.ingest.language import LanguageSkipped, detect_language, keep_language
from dyadic.ingest.text import read_text_file
from dyadic.ingest.url import FetchedPage, check_url, fetch_url, read_url

__all__ = [
    "DEFAULT_MAX_CHARS",
    "PUBLISHED_MIN",
    "FetchedPage",
    "LanguageSkipped",
    "article_from_html",
    "article_from_record",
    "check_text",
    "detect_language",
    "keep_language",
    "make_article",
    "normalise_text",
    "published_in_window",
    "published_window",
    "check_url",
    "fetch_url",
    "read_feed",
    "read_html_file",
    "read_inputs",
    "read_jsonl_file",
    "read_path",
    "read_text_file",
    "read_url",
]
