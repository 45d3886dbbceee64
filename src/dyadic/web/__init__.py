"""Server-rendered pages over the store: article, events, relations, network, map, paste.

Templates are Jinja2 with autoescaping on; scripts, styles and the world map
are served from :data:`STATIC_DIR` (nothing from a CDN). The pages' ``router`` is
mounted with the API by :func:`dyadic.server.create_app`.
"""

from dyadic.web.pages import router
from dyadic.web.paths import STATIC_DIR, TEMPLATES_DIR, WEB_DIR

__all__ = ["STATIC_DIR", "TEMPLATES_DIR", "WEB_DIR", "router"]
