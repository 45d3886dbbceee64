"""Plain-text files -> :class:`~dyadic.records.Article`."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from dyadic.errors import InputError
from dyadic.ingest.common import DEFAULT_MAX_CHARS, check_text, decode_text, make_article, read_bytes
from dyadic.records import Article


def read_text_file(
    path: str, published: date | None = None, *, max_chars: int = DEFAULT_MAX_CHARS
) -> Iterator[Article | InputError]:
    """Read one UTF-8 text file (``.gz`` too) as one article.

    The text is kept exactly as in the file except that a leading BOM is
    dropped and CRLF becomes LF. A text file has no metadata: ``title`` is
    None, ``published`` is the ``published`` argument, ``article_id`` is
    :func:`~dyadic.records.text_article_id` of the text.

    Args:
        path: File path; ``.gz`` files are gunzipped.
        published: Publication date to give the article (e.g. from ``--published``).
        max_chars: Longest text accepted, in characters.

    Yields:
        One :class:`Article`, or one :class:`InputError` (never raised) naming
        ``path``: ``no such file or directory``, ``empty``, ``binary file, not
        text``, ``not valid UTF-8 at byte N``, ``text is N characters, over the
        limit of M``.
    """
    try:
        text = check_text(decode_text(read_bytes(path, max_chars), path), path, max_chars)
    except InputError as e:
        yield e
        return
    yield make_article(text, origin=path, published=published)
