"""The HTTP API and pages served by ``dyadic serve`` (FastAPI)."""

from dyadic.api.app import create_app
from dyadic.api.settings import ServerSettings

__all__ = ["ServerSettings", "create_app"]
