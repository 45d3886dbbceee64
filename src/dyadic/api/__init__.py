"""The JSON API under ``/api`` (FastAPI router, error handlers, security middleware, work limits).

The app that serves it with the pages is composed in :mod:`dyadic.server`.
"""

from dyadic.api.errors import ApiError, install_error_handlers
from dyadic.api.limits import WorkLimits
from dyadic.api.routes import router
from dyadic.api.security import BodySizeLimit, HostCheck, SecurityHeaders

__all__ = [
    "ApiError",
    "BodySizeLimit",
    "HostCheck",
    "SecurityHeaders",
    "WorkLimits",
    "install_error_handlers",
    "router",
]
