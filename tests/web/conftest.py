"""Page test fixtures: the hand-made store of tests/api (loaded by path) and a TestClient."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from fastapi.testclient import TestClient

from dyadic.server import ServerSettings, create_app
from dyadic.store import Store


def _load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"_web_{name}", Path(__file__).parents[1] / "api" / f"{name}.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_handmade = _load("api_handmade")


@pytest.fixture(scope="session")
def hm() -> ModuleType:
    """tests/api/api_handmade.py, loaded by path (no ``conftest`` imports across folders)."""
    return _handmade


@pytest.fixture
def pages(tmp_path: Path) -> Iterator[TestClient]:
    """A TestClient over a store holding the hand-made articles (no coder needed)."""
    path = str(tmp_path / "pages.duckdb")
    with Store(path) as store:
        for result in _handmade.all_results():
            store.save(result)
    with TestClient(create_app(ServerSettings(db_path=path))) as client:
        yield client
