"""``POST /api/articles`` input -> :class:`~dyadic.records.Article`, with dyadic.ingest."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel, Field

from dyadic.api.errors import ApiError
from dyadic.errors import InputError
from dyadic.ingest import (
    PUBLISHED_MIN,
    article_from_html,
    check_text,
    make_article,
    normalise_text,
    published_in_window,
    read_url,
)
from dyadic.records import Article
from dyadic.server import ServerSettings

ORIGIN = "api"

_SURROGATE = re.compile("[\ud800-\udfff]")

#: Earliest publication date accepted; the latest is tomorrow (UTC), as for the readers.
#: URL schemes the API gives as links (``url``); others (``javascript:``, ``data:``) are never links.
LINK_SCHEMES = frozenset({"http", "https"})


def check_unicode(value: str, field: str) -> None:
    """Refuse a string holding a lone surrogate (``\\ud800`` in JSON, ``%ED%A0%80`` in a URL):
    it is not text and cannot be stored.

    Raises:
        ApiError: 422 naming ``field``, the code point and its character offset.
    """
    bad = _SURROGATE.search(value)
    if bad:
        raise ApiError(
            422,
            f"{field}: lone surrogate U+{ord(bad.group()):04X} at character {bad.start()} "
            "is not valid Unicode",
            field,
        )


def is_link(url: object) -> bool:
    """Whether ``url`` may be given as a link: an ``http``/``https`` URL with a host."""
    if not isinstance(url, str):
        return False
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in LINK_SCHEMES and bool(parts.netloc)


def safe_links(value: Any) -> Any:
    """``value`` (a JSON-ready response) with every ``"url"`` that is not an http(s) link moved
    out of ``url``: ``url`` becomes null and the stored value is kept as ``unsafe_url`` (text,
    never to be rendered as a link). ``javascript:`` and ``data:`` URLs can come from a
    JSON Lines ``url`` or a feed's ``<link>``."""
    if isinstance(value, list):
        return [safe_links(v) for v in value]
    if not isinstance(value, dict):
        return value
    out = {k: safe_links(v) for k, v in value.items()}
    url = out.get("url")
    if url is not None and not is_link(url):
        out["url"] = None
        out["unsafe_url"] = url
    return out


class ArticleIn(BaseModel):
    """An article to code: exactly one of ``text``, ``html`` or ``url``."""

    text: str | None = Field(None, description="Plain article text (UTF-8); offsets index it as sent.")
    html: str | None = Field(None, description="An HTML page; its main text is extracted (trafilatura).")
    url: str | None = Field(None, description="An http(s) URL to fetch (public addresses only by default).")
    title: str | None = Field(None, max_length=1000)
    published: date | None = Field(
        None,
        description="Publication date YYYY-MM-DD (UTC); relative dates resolve "
        "against it. A page's own date wins for html/url.",
    )
    source: str | None = Field(None, max_length=300, description="Publisher name.")


def article_from_request(body: ArticleIn, settings: ServerSettings) -> Article:
    """Build the article to code from a request body.

    Raises:
        ApiError: 422 naming the field: none or several of text/html/url given;
            a lone surrogate in any field; ``published`` before 1900 or after
            tomorrow; ``text: empty``; over
            ``max_api_article_chars`` (the text, or the text extracted from
            the HTML or the page); no text in the HTML; the URL refused
            (scheme, loopback/private/link-local address), unreachable, too
            large, past ``fetch_deadline_s`` or a feed.
    """
    for name in ("text", "html", "url", "title", "source"):
        value = getattr(body, name)
        if isinstance(value, str):
            check_unicode(value, name)
    if body.published is not None and not published_in_window(body.published):
        latest = datetime.now(UTC).date() + timedelta(days=1)
        window = f"{PUBLISHED_MIN} .. {latest} (tomorrow, UTC)"
        raise ApiError(422, f"published: {body.published} is outside {window}", "published")
    given = [f for f in ("text", "html", "url") if getattr(body, f) is not None]
    if len(given) != 1:
        raise ApiError(
            422,
            "text: give exactly one of text, html or url" + (f" (got {', '.join(given)})" if given else ""),
            "text",
        )
    field = given[0]
    max_chars = min(settings.max_api_article_chars, settings.coding.max_article_chars)
    try:
        if body.text is not None:
            text = check_text(normalise_text(body.text), ORIGIN, max_chars)
            return make_article(
                text, origin=ORIGIN, title=body.title, published=body.published, source=body.source
            )
        if body.html is not None:
            article = article_from_html(body.html, ORIGIN, published=body.published, max_chars=max_chars)
        else:
            article = _fetch(body.url or "", body.published, settings)
    except InputError as exc:
        raise ApiError(422, f"{field}: {exc.reason}", field) from None
    return dataclasses.replace(
        article, title=body.title or article.title, source=body.source or article.source
    )


def _fetch(url: str, published: date | None, settings: ServerSettings) -> Article:
    items = list(
        read_url(
            url,
            published,
            max_chars=min(settings.max_api_article_chars, settings.coding.max_article_chars),
            timeout_s=settings.fetch_timeout_s,
            deadline_s=settings.fetch_deadline_s,
            max_bytes=settings.fetch_max_bytes,
            allow_private=settings.allow_private_urls,
        )
    )
    for item in items:
        if isinstance(item, InputError):
            raise item
    if len(items) != 1:
        raise InputError(url, f"is a feed with {len(items)} articles: post each article's URL")
    article = items[0]
    assert isinstance(article, Article)
    return article
