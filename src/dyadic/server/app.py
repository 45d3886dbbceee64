"""The FastAPI application, composed here and only here: the JSON API (:mod:`dyadic.api`),
the pages (:mod:`dyadic.web`), their static files, and the shared state (:mod:`.state`)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from dyadic import __version__
from dyadic.api import BodySizeLimit, HostCheck, SecurityHeaders, WorkLimits, install_error_handlers
from dyadic.api import router as api_router
from dyadic.server.settings import ServerSettings
from dyadic.server.state import AppState, Coder
from dyadic.store import StoreLocked
from dyadic.web import STATIC_DIR
from dyadic.web import router as pages_router


def create_app(
    settings: ServerSettings | None = None, coder_factory: Callable[[ServerSettings], Coder] | None = None
) -> FastAPI:
    """Build the app over the store at ``settings.db_path``.

    Every request passes the ``Host`` and same-origin checks
    (:class:`~dyadic.api.HostCheck`) and the body size limit; articles are
    coded on one worker thread with a bounded queue and time limit, URL
    fetches are capped (:class:`~dyadic.api.WorkLimits`). A DuckDB file is
    opened per request (:class:`~dyadic.server.AppState`); a request that
    finds it held by another process for more than ``settings.lock_wait_s``
    answers 503 with ``Retry-After``.

    Args:
        settings: Server settings; default :meth:`ServerSettings.from_env`.
        coder_factory: Builds the article coder on first use (tests pass a
            stub); default the real :class:`~dyadic.pipeline.Pipeline`.

    Returns:
        The app; its OpenAPI schema is at ``/api/openapi.json``.

    Raises:
        StoreError: the store cannot be opened.
    """
    settings = settings or ServerSettings.from_env()
    state = AppState(settings, coder_factory)
    limits = WorkLimits(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        limits.close()
        state.close()

    app = FastAPI(
        title="dyadic",
        version=__version__,
        description="Political events coded from news articles (CAMEO, PLOVER), with their evidence.",
        openapi_url="/api/openapi.json",
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN; the schema is enough
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.dyadic = state
    app.state.dyadic_limits = limits
    app.add_middleware(BodySizeLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(HostCheck, allowed=settings.host_names)
    app.add_middleware(SecurityHeaders)
    install_error_handlers(app)
    app.add_exception_handler(StoreLocked, _store_locked)
    app.include_router(api_router)
    app.include_router(pages_router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app


async def _store_locked(request: Request, exc: Exception) -> JSONResponse:
    """503 for a DuckDB file that another process held too long (``dyadic code`` writing a
    big batch): the client may retry. The message leaves out the other process's command."""
    waited = exc.limit_s if isinstance(exc, StoreLocked) else 0.0
    return JSONResponse(
        {
            "detail": f"store: busy: another process held the store for more than {waited:g} s; retry",
            "field": "store",
        },
        status_code=503,
        headers={"Retry-After": "1"},
    )
