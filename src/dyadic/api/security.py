"""Request body size limit and the bearer-token check for write endpoints."""

from __future__ import annotations

import hmac
import json

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
        body = json.dumps(
            {"detail": f"body: request body is over the limit of {self.max_bytes} bytes", "field": "body"}
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 413,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


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
