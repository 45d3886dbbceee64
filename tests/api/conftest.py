"""API test fixtures: a store filled with hand-made coded articles, and a TestClient over it."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent))
import api_handmade as handmade  # noqa: E402
from api_handmade import StubCoder, make_client  # noqa: E402

from dyadic.store import Store  # noqa: E402


@pytest.fixture
def filled_db(tmp_path: Path) -> str:
    """A store file holding :func:`handmade.all_results`."""
    path = str(tmp_path / "api.duckdb")
    with Store(path) as store:
        for result in handmade.all_results():
            store.save(result)
    return path


@pytest.fixture
def stub() -> StubCoder:
    return StubCoder()


@pytest.fixture
def client(filled_db: str, stub: StubCoder) -> Iterator[TestClient]:
    with make_client(filled_db, stub) as c:
        yield c
