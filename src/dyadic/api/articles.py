"""``POST /api/articles`` input -> :class:`~dyadic.records.Article`, with dyadic.ingest."""

from __future__ import annotations

import dataclasses
from datetime import date

from pydantic import BaseModel, Field

from dyadic.api.errors import ApiError
from dyadic.errors import InputError
from dyadic.ingest import article_from_html, check_text, make_article, normalise_text, read_url
from dyadic.records import Article
from dyadic.server import ServerSettings

ORIGIN = "api"


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
            ``text: empty``; over ``max_article_chars``; no text in the HTML;
            the URL refused (scheme, loopback/private/link-local address),
            unreachable, too large, too slow or a feed.
    """
    given = [f for f in ("text", "html", "url") if getattr(body, f) is not None]
    if len(given) != 1:
        raise ApiError(
            422,
            "text: give exactly one of text, html or url" + (f" (got {', '.join(given)})" if given else ""),
            "text",
        )
    field = given[0]
    max_chars = settings.coding.max_article_chars
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
            max_chars=settings.coding.max_article_chars,
            timeout_s=settings.fetch_timeout_s,
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
