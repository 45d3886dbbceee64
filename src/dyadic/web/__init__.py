"""Server-rendered pages over the store: article, events, relations, network, map, paste.

Templates are Jinja2 with autoescaping on; scripts, styles and the world map
are served from :data:`STATIC_DIR` (nothing from a CDN).
"""

from pathlib import Path

WEB_DIR = Path(__file__).resolve().parent
STATIC_DIR = WEB_DIR / "static"
TEMPLATES_DIR = WEB_DIR / "templates"

__all__ = ["STATIC_DIR", "TEMPLATES_DIR", "WEB_DIR"]
