"""HTML pages -> :class:`~dyadic.records.Article`, with trafilatura 2.3.1.

trafilatura keeps the main text (dropping navigation, footers, ads and related
links) and reads the title, date, canonical URL and site name from the page's
metadata (``<meta property="article:published_time">``, JSON-LD, ``<title>``
...). Paragraphs are joined by a single LF, as trafilatura writes them.

Hostile markup never raises anything but :class:`~dyadic.errors.InputError`:
a page with no character data at all (``<svg></svg>``) is refused before
trafilatura sees it; numeric references out of Unicode's range
(``&#x110000;``) or to surrogates (``&#xD800;``) become U+FFFD; control
characters are dropped from feed fragments before lxml parses them.

A page date outside the sane window (1900-01-01 to one day after today, UTC),
or one that cannot be read, is dropped with a logged warning and the article
is kept, with the ``published`` argument as its date: the date is the page's
metadata, not the caller's claim.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import date

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from dyadic.errors import InputError
from dyadic.ingest.common import (
    DEFAULT_MAX_CHARS,
    check_text,
    decode_text,
    make_article,
    parse_published,
    read_bytes,
)
from dyadic.records import Article

log = logging.getLogger(__name__)

# Only dates the page states for itself; no guessing from the body text.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
# Ad containers trafilatura's own boilerplate rules miss (class="ad", "ad inline").
_PRUNE_XPATH = [
    f"//*[contains(concat(' ', normalize-space(@class), ' '), ' {token} ')]"
    for token in ("ad", "ads", "advert", "advertisement", "sponsored")
]


def article_from_html(
    html: str,
    origin: str,
    url: str | None = None,
    published: date | None = None,
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Article:
    """Extract the article in an HTML page.

    Args:
        html: The page's markup.
        origin: Where it came from (path, ``path:line``, URL), named in errors.
        url: The page's URL if known; the page's canonical URL wins over it.
        published: Fallback publication date, used only when the page's
            metadata has none (metadata wins).
        max_chars: Longest main text accepted, in characters.

    Returns:
        The article: ``text`` is trafilatura's main text, with a leading line
        equal to the title (the page's ``<h1>``) removed; ``title``, ``url``
        and ``source`` (site name) from the metadata; ``article_id`` from
        :func:`~dyadic.records.text_article_id`.

    Raises:
        InputError: ``no article text found in HTML`` when the markup holds
            no character data (``<svg></svg>``) or trafilatura finds no main
            text; ``cannot parse HTML: ...``; ``empty``; ``text is N
            characters, over the limit of M``.
    """
    if not html.strip():
        raise InputError(origin, "empty")
    if not _has_character_data(html):
        raise InputError(origin, "no article text found in HTML")
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_DATE_PARAMS,
            prune_xpath=_PRUNE_XPATH,
        )
    except (ValueError, etree.LxmlError) as e:
        raise InputError(origin, f"cannot parse HTML: {e}") from None
    text = getattr(doc, "text", None) if doc is not None else None
    if not text or not text.strip():
        raise InputError(origin, "no article text found in HTML")
    title = _clean(getattr(doc, "title", None))
    text = _drop_title_line(text, title)
    check_text(text, origin, max_chars)
    page_date: date | None = None
    raw_date = getattr(doc, "date", None)
    if raw_date:
        try:
            page_date = parse_published(raw_date, origin)
        except InputError as e:
            log.warning("%s: page date dropped: %s", origin, e.reason)
    return make_article(
        text,
        origin=origin,
        title=title,
        published=page_date or published,
        url=_clean(getattr(doc, "url", None)) or url,
        source=_clean(getattr(doc, "sitename", None)),
    )


def read_html_file(
    path: str, published: date | None = None, *, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Article | InputError]:
    """Read one HTML file (``.gz`` too) as one article.

    Yields:
        One :class:`Article`, or one :class:`InputError` (never raised) naming
        ``path``: a missing, empty, binary, non-UTF-8 or oversized file, or a
        page without main text.
    """
    try:
        text = decode_text(read_bytes(path, max_chars), path)
        yield article_from_html(text, path, published=published, max_chars=max_chars)
    except InputError as e:
        yield e


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content or summary).

    Block elements (``p``, ``div``, ``li``, headings, ``br`` ...) end a
    paragraph; whitespace inside a paragraph is collapsed to single spaces;
    paragraphs are joined by LF; ``script`` and ``style`` are dropped.
    Text without markup comes back with only its whitespace tidied. Characters
    XML cannot hold (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF),
    written or referenced (``&#1;``), are dropped and lone surrogates become
    U+FFFD, so lxml never refuses the fragment.
    """
    fragment = _xml_safe(fragment)
    if "<" not in fragment:
        return tidy_lines(fragment)
    # Parsed as a whole page's body (fragment_fromstring trips on "<html>" or "&#1;" in fragments).
    root = lxml_html.document_fromstring(f"<html><body>{fragment}</body></html>")
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for el in root.iter():  # source line breaks are spaces; only blocks break lines
        # (and references such as &#1; parse to characters lxml refuses to set back)
        el.text = _xml_safe(el.text.replace("\n", " ")) if el.text else el.text
        el.tail = _xml_safe(el.tail.replace("\n", " ")) if el.tail else el.tail
    for el in root.iter(*_BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
        if el.tag == "br":
            continue
        el.text = "\n" + (el.text or "")
    return tidy_lines(root.text_content())


def tidy_lines(text: str) -> str:
    """Collapse whitespace inside each line to single spaces and drop blank lines."""
    lines = (" ".join(line.split()) for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


_BLOCK_TAGS = (
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "table", "tr", "section", "article", "header", "footer",
)  # fmt: skip


_TAG_OR_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)|<[^>]*(?:>|\Z)", re.DOTALL)
_XML_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_character_data(html: str) -> bool:
    """False when ``html`` is only tags, comments and whitespace (``<svg></svg>``)."""
    return bool(_TAG_OR_COMMENT.sub("", html).strip())


def _xml_safe(text: str) -> str:
    return _SURROGATE.sub("\ufffd", _XML_UNSAFE.sub("", text))


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _drop_title_line(text: str, title: str | None) -> str:
    if not title:
        return text
    first, sep, rest = text.partition("\n")
    if sep and " ".join(first.split()) == title and rest.strip():
        return rest
    return text
