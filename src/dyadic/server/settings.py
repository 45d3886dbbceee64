"""Settings of the HTTP server, with units in the names."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field, replace

from dyadic.config import Settings
from dyadic.store import DEFAULT_LOCK_WAIT_S, LOCK_WAIT_ENV


@dataclass(frozen=True)
class ServerSettings:
    """What ``dyadic serve`` runs with.

    Attributes:
        db_path: DuckDB store file (created if missing unless ``read_only``).
        host: Address the server binds to. On a non-loopback address every
            write endpoint needs ``api_token``.
        port: TCP port.
        read_only: Open the store read-only; ``POST /api/articles`` answers 403.
            Not needed to share a DuckDB file: it is opened per request either way.
        lock_wait_s: How long a request waits for a DuckDB file that another
            process (``dyadic code`` writing a batch) holds, in seconds; then
            503 with ``Retry-After``. Env ``DYADIC_LOCK_WAIT_S``.
        api_token: Bearer token for write endpoints. Env ``DYADIC_API_TOKEN``.
        max_body_bytes: Largest request body accepted (413 above it).
        allow_private_urls: Let ``POST /api/articles`` fetch URLs on loopback,
            private and link-local addresses. Env ``DYADIC_ALLOW_PRIVATE_URLS=1``.
        fetch_timeout_s: Socket timeout for fetching a URL (connecting, each
            read), in seconds.
        fetch_deadline_s: Overall time limit for fetching a URL, redirects
            and all, in seconds (a slow server that sends a byte at a time is
            cut off here). Env ``DYADIC_FETCH_DEADLINE_S``.
        fetch_max_bytes: Largest fetched page, in bytes.
        max_concurrent_fetches: URL fetches running at once; one more answers
            503 with ``Retry-After``.
        max_api_article_chars: Longest article text ``POST /api/articles``
            codes (422 naming the limit above it), lower than the library's
            ``coding.max_article_chars`` so that one request codes in a few
            seconds (100,000 characters: about 4 s on one core).
            Env ``DYADIC_MAX_API_ARTICLE_CHARS``.
        coding_timeout_s: Longest a ``POST /api/articles`` waits for its
            article to be coded (queueing included), in seconds; then 503.
            Coding goes on in the background and stores the article.
        max_queued_codings: Articles waiting to be coded behind the one being
            coded (one worker thread codes them in turn); one more answers 503
            with ``Retry-After``.
        allowed_hosts: Names the ``Host`` header may carry besides ``host``,
            ``localhost``, ``127.0.0.1`` and ``::1`` (400 otherwise: DNS
            rebinding); ``*`` allows any. Env ``DYADIC_ALLOWED_HOSTS``,
            comma-separated.
        coding: The pipeline's settings (spaCy model, ``max_article_chars``).
    """

    db_path: str = "dyadic.duckdb"
    host: str = "127.0.0.1"
    port: int = 8000
    read_only: bool = False
    lock_wait_s: float = DEFAULT_LOCK_WAIT_S
    api_token: str | None = None
    max_body_bytes: int = 4_000_000
    allow_private_urls: bool = False
    fetch_timeout_s: float = 10.0
    fetch_deadline_s: float = 30.0
    fetch_max_bytes: int = 5_000_000
    max_concurrent_fetches: int = 8
    max_api_article_chars: int = 100_000
    coding_timeout_s: float = 60.0
    max_queued_codings: int = 8
    allowed_hosts: tuple[str, ...] = ()
    coding: Settings = field(default_factory=Settings)

    @classmethod
    def from_env(cls, **overrides: object) -> ServerSettings:
        """Defaults, then ``DYADIC_*`` environment variables, then ``overrides`` (None ignored).

        Raises:
            ValueError: ``DYADIC_FETCH_DEADLINE_S``, ``DYADIC_LOCK_WAIT_S`` or
                ``DYADIC_MAX_API_ARTICLE_CHARS`` is not a number (or the wait is negative).
        """
        coding = Settings.from_env(db_path=overrides.get("db_path"))
        s = cls(db_path=coding.db_path, coding=coding)
        env: dict[str, object] = {
            "api_token": os.environ.get("DYADIC_API_TOKEN") or None,
            "allow_private_urls": os.environ.get("DYADIC_ALLOW_PRIVATE_URLS", "") in ("1", "true", "yes"),
            "allowed_hosts": tuple(
                h.strip() for h in os.environ.get("DYADIC_ALLOWED_HOSTS", "").split(",") if h.strip()
            ),
        }
        for name, kind in (
            ("fetch_deadline_s", float),
            ("lock_wait_s", float),
            ("max_api_article_chars", int),
        ):
            value = os.environ.get(f"DYADIC_{name.upper()}")
            if value:
                env[name] = kind(value)
        s = replace(s, **env)  # type: ignore[arg-type]
        s = replace(s, **{k: v for k, v in overrides.items() if v is not None})  # type: ignore[arg-type]
        if not s.lock_wait_s >= 0:  # NaN too
            raise ValueError(f"{LOCK_WAIT_ENV} must be a number of seconds >= 0, not {s.lock_wait_s}")
        return s

    @property
    def host_names(self) -> frozenset[str]:
        """Host names (lower case, IPv6 without brackets) that the ``Host`` header may carry;
        ``*`` means any."""
        names = {self.host, "localhost", "127.0.0.1", "::1", *self.allowed_hosts}
        return frozenset(n.strip().strip("[]").lower() for n in names if n.strip())

    @property
    def loopback_only(self) -> bool:
        """Whether ``host`` is a loopback address (``127.0.0.0/8``, ``::1``, ``localhost``)."""
        return is_loopback(self.host)

    @property
    def token_required(self) -> bool:
        """Whether write endpoints need a bearer token: off loopback, or whenever one is set."""
        return bool(self.api_token) or not self.loopback_only


def is_loopback(host: str) -> bool:
    """Whether ``host`` names only the local machine; ``0.0.0.0`` and ``::`` do not."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
