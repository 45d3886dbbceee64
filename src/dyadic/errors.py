"""Exceptions users of dyadic can catch. Library code raises these; only the
CLI prints them and picks exit codes."""

from __future__ import annotations


class DyadicError(Exception):
    """Base class for every error dyadic raises on purpose."""


class InputError(DyadicError):
    """An input cannot be read as an article.

    Attributes:
        origin: The file (``path`` or ``path:line``), URL or ``<stdin>``.
        reason: What is wrong with it.
    """

    def __init__(self, origin: str, reason: str) -> None:
        self.origin = origin
        self.reason = reason
        super().__init__(f"{origin}: {reason}")


class PipelineNotInstalled(DyadicError):
    """The spaCy pipeline named in the settings is not installed."""


class StoreError(DyadicError):
    """The store cannot be opened or written."""


class NotFound(DyadicError):
    """A requested record (event, article) is not in the store."""


class CodingError(DyadicError):
    """Coding one article failed; the rest of the batch goes on.

    Attributes:
        article_id: The article that failed.
        origin: Where it was read from.
        reason: What failed (the stage's exception type and message).
    """

    def __init__(self, article_id: str, origin: str, reason: str) -> None:
        self.article_id = article_id
        self.origin = origin
        self.reason = reason
        super().__init__(f"{origin or article_id}: coding failed: {reason}")


class MissingExtra(DyadicError):
    """A feature needs an optional extra that is not installed (the message names it)."""
