"""Request body size limit, Host and same-origin checks, and the bearer-token check for write endpoints."""

from __future__ import annotations

import hmac
import ipaddress
import json
from urllib.parse import urlsplit

from fastapi import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from dyadic.api.errors import ApiError
from dyadic.server import ServerSettings


class BodySizeLimit:
    """ASGI middleware answering 413 when a request body is over ``max_bytes``.

    The ``Content-Length`` header is checked before anything is read; bodies
    sent without one (chunked) are counted as they arrive.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send)
            return
        received = 0
        started = refused = False

        async def counted_receive() -> Message:
            nonlocal received, refused
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes and not refused:
                    refused = True
                    if not started:
                        await self._refuse(send)
                    return {"type": "http.disconnect"}  # the app stops reading; its answer is dropped
            return message

        async def tracked_send(message: Message) -> None:
            nonlocal started
            if refused:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        await self.app(scope, counted_receive, tracked_send)

    async def _refuse(self, send: Send) -> None:
        await send_error(send, 413, f"body: request body is over the limit of {self.max_bytes} bytes", "body")


async def send_error(send: Send, status: int, detail: str, field: str) -> None:
    """Answer ``{"detail": detail, "field": field}`` with ``status`` straight from ASGI middleware."""
    body = json.dumps({"detail": detail, "field": field}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


#: Methods that change the store: they need a same-origin ``Origin``/``Referer`` when one is sent.
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def host_name(netloc: str) -> str:
    """The host of ``host[:port]`` (``[::1]:8000`` -> ``::1``), lower case; ``""`` if malformed."""
    netloc = netloc.strip().lower()
    if netloc.startswith("["):
        end = netloc.find("]")
        return netloc[1:end] if end > 0 else ""
    return netloc.rsplit(":", 1)[0] if netloc.count(":") == 1 else netloc


def _is_ip_literal(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class HostCheck:
    """ASGI middleware against DNS rebinding and cross-site writes.

    - ``Host``: an IP address (a browser only sends one for a page loaded from
      that address, so it cannot be a rebound name), or a name in
      ``allowed`` (:attr:`ServerSettings.host_names`: the bound host,
      ``localhost``, ``127.0.0.1``, ``::1`` and ``allowed_hosts``); else 400,
      field ``host``. ``*`` in ``allowed`` turns the check off.
    - ``POST``/``PUT``/``PATCH``/``DELETE``: when the request carries an
      ``Origin`` (else a ``Referer``), its ``host:port`` must be the
      request's ``Host``; else 403, field ``origin``. Requests with neither
      (curl, scripts) pass: browsers send ``Origin`` on every cross-site POST.

    Requests made in-process by Starlette's ``TestClient`` (client
    ``testclient``, no socket; Host ``testserver``) skip the ``Host`` check.
    """

    def __init__(self, app: ASGIApp, allowed: frozenset[str]) -> None:
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.lower(): v for k, v in scope.get("headers") or []}
        host = headers.get(b"host", b"").decode("latin-1")
        client = scope.get("client") or ("", 0)
        if "*" not in self.allowed and client[0] != "testclient":
            name = host_name(host)
            if not name or not (name in self.allowed or _is_ip_literal(name)):
                detail = f"host: {host[:100]!r} is not a host name this server answers to"
                await send_error(send, 400, detail + " (set DYADIC_ALLOWED_HOSTS to add one)", "host")
                return
        if scope.get("method", "GET") in UNSAFE_METHODS:
            origin = headers.get(b"origin") or headers.get(b"referer")
            if origin is not None and not _same_origin(origin.decode("latin-1"), host):
                kind = "origin" if b"origin" in headers else "referer"
                sent = origin[:100].decode("latin-1")
                detail = f"origin: cross-origin {scope['method']} refused ({kind} {sent!r})"
                await send_error(send, 403, detail, "origin")
                return
        await self.app(scope, receive, send)


def _same_origin(origin: str, host: str) -> bool:
    try:
        parts = urlsplit(origin.strip())
        netloc = parts.netloc
    except ValueError:
        return False
    if parts.scheme.lower() not in ("http", "https") or not netloc:
        return False  # "null" (sandboxed frames, file: pages) and other schemes
    return netloc.lower() == host.strip().lower()


def check_write_token(request: Request) -> None:
    """FastAPI dependency for write endpoints.

    Raises:
        ApiError: 403 when the server is read-only, or needs a token (bound to a
            non-loopback address) but ``DYADIC_API_TOKEN`` is not set; 401 when
            the ``Authorization: Bearer`` token is missing or wrong.
    """
    settings: ServerSettings = request.app.state.dyadic.settings
    if settings.read_only:
        raise ApiError(403, "store: the server was started read-only", "store")
    if not settings.token_required:
        return
    if not settings.api_token:
        raise ApiError(
            403,
            f"authorization: writes are disabled on {settings.host}: set DYADIC_API_TOKEN to allow them",
            "authorization",
        )
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(
        given.strip().encode(), settings.api_token.encode()
    ):
        raise ApiError(
            401,
            "authorization: a valid 'Authorization: Bearer <DYADIC_API_TOKEN>' header is required",
            "authorization",
            headers={"WWW-Authenticate": "Bearer"},
        )


#: Pages load scripts, styles and images from this server only; no inline scripts.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
)


class SecurityHeaders:
    """ASGI middleware adding ``X-Content-Type-Options: nosniff`` to every response and a strict
    ``Content-Security-Policy`` to HTML ones."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"x-content-type-options", b"nosniff"))
                ctype = dict(headers).get(b"content-type", b"")
                if ctype.startswith(b"text/html"):
                    headers.append((b"content-security-policy", CONTENT_SECURITY_POLICY.encode()))
                    headers.append((b"referrer-policy", b"no-referrer"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_headers)
