"""JSON errors: every 4xx answer is ``{"detail": message, "field": name}``.

The message starts with the field it is about (``limit: ...``, ``url:
refusing to fetch ...``), so a client can show it as is.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from dyadic.errors import NotFound

# Where a request value came from, as FastAPI puts it first in an error's ``loc``.
_LOCATIONS = {"query", "path", "body", "header", "cookie"}


class ApiError(Exception):
    """An error answered as JSON with ``status``; ``field`` names the request field at fault;
    ``extra`` holds more members of the JSON body (e.g. ``suggestions``)."""

    def __init__(
        self,
        status: int,
        message: str,
        field: str | None = None,
        headers: dict[str, str] | None = None,
        extra: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.field = field
        self.headers = headers
        self.extra = extra or {}


def error_response(
    status: int, message: str, field: str | None = None, headers: dict[str, str] | None = None, **extra: Any
) -> JSONResponse:
    """The JSON error body ``{"detail", "field", ...extra}`` with ``status``."""
    return JSONResponse({"detail": message, "field": field, **extra}, status_code=status, headers=headers)


def _field(loc: tuple[Any, ...] | list[Any]) -> str:
    parts = [str(p) for p in loc if not isinstance(p, int)]
    if parts and parts[0] in _LOCATIONS:
        parts = parts[1:]
    return ".".join(parts) or "body"


def install_error_handlers(app: FastAPI) -> None:
    """Answer validation errors (422), :class:`ApiError`, :class:`NotFound` (404) and HTTP errors as JSON."""

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [{"field": _field(e.get("loc", ())), "message": str(e.get("msg", ""))} for e in exc.errors()]
        first = errors[0] if errors else {"field": "body", "message": "invalid request"}
        return error_response(422, f"{first['field']}: {first['message']}", first["field"], errors=errors)

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.message, exc.field, exc.headers, **exc.extra)

    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound) -> JSONResponse:
        return error_response(404, str(exc), "id")

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error_response(exc.status_code, str(exc.detail), None, getattr(exc, "headers", None))
