"""Store targets that are URLs: recognising them and masking their passwords for messages."""

from __future__ import annotations

import re
import urllib.parse

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")


def url_scheme(target: str) -> str | None:
    """The lower-cased scheme of ``target`` if it is a URL (``scheme://...``), else None (a path)."""
    match = _SCHEME.match(target)
    return match.group(1).lower() if match else None


def mask_url(url: str) -> str:
    """``url`` with its password (in the user part or a ``password=`` parameter) shown as ``***``.

    >>> mask_url("postgresql://ana:s3cret@db.example.org/events?password=x&sslmode=require")
    'postgresql://ana:***@db.example.org/events?password=***&sslmode=require'
    """
    try:
        parts = urllib.parse.urlsplit(url)
        has_password = parts.password is not None
    except ValueError:  # a malformed host or port: keep only the scheme
        return url.split("://", 1)[0] + "://***"
    netloc = parts.netloc
    if has_password:
        user, _, host = netloc.rpartition("@")
        netloc = user.split(":", 1)[0] + ":***@" + host
    pairs = [pair.partition("=") for pair in parts.query.split("&") if pair]
    query = "&".join(k + sep + ("***" if k == "password" else v) for k, sep, v in pairs)
    return (
        f"{parts.scheme}://{netloc}{parts.path}"
        + (f"?{query}" if query else "")
        + (f"#{parts.fragment}" if parts.fragment else "")
    )
