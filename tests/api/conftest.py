"""API test fixtures: a store filled with hand-made coded articles, and a TestClient over it."""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).parent))
import handmade  # noqa: E402

from dyadic.api import ServerSettings, create_app  # noqa: E402
from dyadic.records import Article, ArticleResult  # noqa: E402
from dyadic.store import Store  # noqa: E402


class StubCoder:
    """Codes the hand-made texts as hand-made; any other text as an article with no annotations."""

    def __init__(self) -> None:
        self.calls: list[Article] = []
        self.known = {r.article.text: r for r in handmade.all_results()}

    def code(self, article: Article) -> ArticleResult:
        self.calls.append(article)
        known = self.known.get(article.text)
        if known is None:
            return ArticleResult(article)
        return dataclasses.replace(known, article=article)


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


def make_client(db: str, stub: StubCoder, **settings: object) -> TestClient:
    """A TestClient over ``create_app`` with the stub coder (use as a context manager)."""
    app = create_app(ServerSettings(db_path=db, **settings), coder_factory=lambda s: stub)  # type: ignore[arg-type]
    return TestClient(app)


@pytest.fixture
def client(filled_db: str, stub: StubCoder) -> Iterator[TestClient]:
    with make_client(filled_db, stub) as c:
        yield c
