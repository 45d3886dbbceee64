"""Settings of the HTTP server, with units in the names."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field, replace

from dyadic.config import Settings


@dataclass(frozen=True)
class ServerSettings:
    """What ``dyadic serve`` runs with.

    Attributes:
        db_path: DuckDB store file (created if missing unless ``read_only``).
        host: Address the server binds to. On a non-loopback address every
            write endpoint needs ``api_token``.
        port: TCP port.
        read_only: Open the store read-only; ``POST /api/articles`` answers 403.
        api_token: Bearer token for write endpoints. Env ``DYADIC_API_TOKEN``.
        max_body_bytes: Largest request body accepted (413 above it).
        allow_private_urls: Let ``POST /api/articles`` fetch URLs on loopback,
            private and link-local addresses. Env ``DYADIC_ALLOW_PRIVATE_URLS=1``.
        fetch_timeout_s: Socket timeout for fetching a URL, in seconds.
        fetch_max_bytes: Largest fetched page, in bytes.
        coding: The pipeline's settings (spaCy model, ``max_article_chars``).
    """

    db_path: str = "dyadic.duckdb"
    host: str = "127.0.0.1"
    port: int = 8000
    read_only: bool = False
    api_token: str | None = None
    max_body_bytes: int = 4_000_000
    allow_private_urls: bool = False
    fetch_timeout_s: float = 10.0
    fetch_max_bytes: int = 5_000_000
    coding: Settings = field(default_factory=Settings)

    @classmethod
    def from_env(cls, **overrides: object) -> ServerSettings:
        """Defaults, then ``DYADIC_*`` environment variables, then ``overrides`` (None ignored)."""
        coding = Settings.from_env(db_path=overrides.get("db_path"))
        s = cls(db_path=coding.db_path, coding=coding)
        env: dict[str, object] = {
            "api_token": os.environ.get("DYADIC_API_TOKEN") or None,
            "allow_private_urls": os.environ.get("DYADIC_ALLOW_PRIVATE_URLS", "") in ("1", "true", "yes"),
        }
        s = replace(s, **env)  # type: ignore[arg-type]
        return replace(s, **{k: v for k, v in overrides.items() if v is not None})  # type: ignore[arg-type]

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
