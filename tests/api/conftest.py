"""API test fixtures: a store filled with hand-made coded articles, and a TestClient over it.

The store fixtures are parametrised over both backends, so every test that uses ``filled_db``,
``client`` or ``new_db`` runs once on a DuckDB file and once on a PostgreSQL database (a
throwaway server from ``postgres_server``).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent))
import api_handmade as handmade  # noqa: E402
from api_handmade import StubCoder, make_client  # noqa: E402

from dyadic.store import open_store  # noqa: E402

BACKENDS = ("duckdb", "postgres")


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """The store backend of this run of the test: ``"duckdb"`` or ``"postgres"``."""
    return request.param


@pytest.fixture
def new_db(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Callable[[str], str]:
    """``new_db(name)`` -> a new, empty store of the test's backend: a DuckDB file ``name.duckdb``
    in ``tmp_path``, or the URL of a new PostgreSQL database."""
    if backend == "duckdb":
        return lambda name: str(tmp_path / f"{name}.duckdb")
    new_database = request.getfixturevalue("postgres_server")
    return lambda name: new_database()


@pytest.fixture
def filled_db(new_db: Callable[[str], str]) -> str:
    """A store (DuckDB path or PostgreSQL URL) holding :func:`handmade.all_results`."""
    target = new_db("api")
    with open_store(target) as store:
        for result in handmade.all_results():
            store.save(result)
    return target


@pytest.fixture
def stub() -> StubCoder:
    return StubCoder()


@pytest.fixture
def client(filled_db: str, stub: StubCoder) -> Iterator[TestClient]:
    with make_client(filled_db, stub) as c:
        yield c
