"""Optional features and the extras that install them.

The core install (``pip install dyadic``) codes articles, stores them in DuckDB,
exports, merges and computes relations. Some features need an extra:

* ``dyadic[server]``: the HTTP API and web pages (FastAPI, uvicorn, Jinja2);
* ``dyadic[dask]``: coding on a Dask cluster (``--dask-local``, ``--scheduler``);
* ``dyadic[plot]``: relation and network plots (Plotly for ``.html``, matplotlib for ``.png``);
* ``dyadic[postgres]``: the PostgreSQL store (``--db postgresql://...``; psycopg 3 and its pool).
"""

from __future__ import annotations

import importlib.util

from dyadic.errors import MissingExtra

__all__ = ["EXTRAS", "require_extra"]

#: Extra -> the import names it provides.
EXTRAS = {
    "server": ("fastapi", "uvicorn", "jinja2"),
    "dask": ("dask", "distributed"),
    "plot": ("plotly", "matplotlib"),
    "postgres": ("psycopg", "psycopg_pool"),
}


def require_extra(extra: str, *modules: str) -> None:
    """Check that the modules a feature needs are importable.

    Args:
        extra: The extra that installs them (a key of :data:`EXTRAS`).
        modules: Import names; default all of the extra's.

    Raises:
        MissingExtra: one is missing; the message names the extra and the pip command.
    """
    for name in modules or EXTRAS[extra]:
        if importlib.util.find_spec(name) is None:
            raise MissingExtra(
                f"this feature needs the '{extra}' extra ({name} is not installed): "
                f"pip install 'dyadic[{extra}]'"
            )
