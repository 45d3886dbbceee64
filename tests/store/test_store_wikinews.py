"""Issue 15, done when: the Wikinews corpus (520 articles) coded once and stored in DuckDB and in
PostgreSQL exports identically, and ``dyadic db copy`` DuckDB -> PostgreSQL -> DuckDB loses nothing.

The corpus is coded once for the module (about 80 s); every test reuses that result.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyadic.cli import app
from dyadic.ingest import read_jsonl_file
from dyadic.records import ArticleResult
from dyadic.store import open_store

WIKINEWS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "wikinews" / "wikinews.jsonl"
ARTICLES = 520
BATCH = 50  # articles per save_batch (one transaction each), as `dyadic code` batches them

# What `dyadic export` writes as JSON Lines: (file name, arguments after `export`).
EXPORTS = (
    ("events.jsonl", ["events"]),
    ("merged.jsonl", ["events", "--merged"]),
    ("actors.jsonl", ["actors"]),
    ("quotes.jsonl", ["quotes"]),
    ("places.jsonl", ["places"]),
)

pytestmark = pytest.mark.slow

runner = CliRunner()


@pytest.fixture(scope="module")
def wikinews_results(pipeline) -> list[ArticleResult]:
    """The whole Wikinews corpus, coded once with ``Pipeline().code_many``."""
    if not WIKINEWS.exists():
        pytest.skip("shared Wikinews corpus not present")
    articles = list(read_jsonl_file(str(WIKINEWS)))
    bad = [a for a in articles if isinstance(a, Exception)]
    assert not bad, bad[:3]
    results = list(pipeline.code_many(articles))
    failed = [r for r in results if not isinstance(r, ArticleResult)]
    assert not failed, failed[:3]
    assert len(results) == ARTICLES
    return results


def _save(target: str, results: list[ArticleResult]) -> None:
    with open_store(target) as store:
        for start in range(0, len(results), BATCH):
            flags = store.save_batch(results[start : start + BATCH])
            assert flags == [True] * len(flags), [f for f in flags if f is not True][:3]


@pytest.fixture(scope="module")
def wikinews_stores(wikinews_results, tmp_path_factory, postgres_server) -> tuple[str, str]:
    """The coded corpus saved into a DuckDB file and into a PostgreSQL database: (path, URL)."""
    duck = str(tmp_path_factory.mktemp("wikinews") / "wikinews.duckdb")
    url = postgres_server()
    _save(duck, wikinews_results)
    _save(url, wikinews_results)
    return duck, url


def _exports(target: str, folder: Path) -> dict[str, bytes]:
    """The JSON Lines exports of ``target`` written by ``dyadic export`` into ``folder``, by file name."""
    folder.mkdir(parents=True, exist_ok=True)
    out = {}
    for name, args in EXPORTS:
        path = folder / name
        res = runner.invoke(app, ["export", *args, "--db", target, "--format", "jsonl", "-o", str(path)])
        assert res.exit_code == 0, res.output
        out[name] = path.read_bytes()
    return out


def _without_coded_at(tables: dict) -> dict:
    """``dump_rows`` output without the ``coded_at`` column (when each store saved the article)."""
    out = {}
    for table, (columns, rows) in tables.items():
        keep = [i for i, c in enumerate(columns) if c != "coded_at"]
        out[table] = ([columns[i] for i in keep], [tuple(row[i] for i in keep) for row in rows])
    return out


def _copy(src: str, dst: str) -> None:
    res = runner.invoke(app, ["db", "copy", src, dst])
    assert res.exit_code == 0, res.output
    assert f"copied {ARTICLES} articles" in res.stderr


@pytest.fixture(scope="module")
def duckdb_exports(wikinews_stores, tmp_path_factory) -> dict[str, bytes]:
    return _exports(wikinews_stores[0], tmp_path_factory.mktemp("exports-duckdb"))


def test_store_wikinews_both_backends_hold_the_same_rows(wikinews_results, wikinews_stores):
    duck, url = wikinews_stores
    ids = [r.article.article_id for r in wikinews_results]
    with open_store(duck, read_only=True) as d, open_store(url, read_only=True) as p:
        counts = d.counts()
        assert counts == p.counts()
        assert counts["articles"] == ARTICLES
        assert counts["events"] == sum(len(r.events) for r in wikinews_results) > 500
        assert _without_coded_at(d.dump_rows(ids)) == _without_coded_at(p.dump_rows(ids))


def test_store_wikinews_jsonl_exports_identical_on_both_backends(wikinews_stores, duckdb_exports, tmp_path):
    postgres = _exports(wikinews_stores[1], tmp_path / "postgres")
    for name, _ in EXPORTS:
        assert duckdb_exports[name].count(b"\n") > 100, name
        assert postgres[name] == duckdb_exports[name], name


def test_store_wikinews_db_copy_round_trip_exports_identical(
    wikinews_results, wikinews_stores, duckdb_exports, tmp_path, postgres_server
):
    duck = wikinews_stores[0]
    url, back = postgres_server(), str(tmp_path / "back.duckdb")
    _copy(duck, url)  # DuckDB -> a new PostgreSQL database
    _copy(url, back)  # -> a new DuckDB file
    assert _exports(url, tmp_path / "copied") == duckdb_exports
    assert _exports(back, tmp_path / "back") == duckdb_exports
    ids = [r.article.article_id for r in wikinews_results]
    with open_store(duck, read_only=True) as a, open_store(back, read_only=True) as b:
        assert a.counts() == b.counts()
        assert a.dump_rows(ids) == b.dump_rows(ids)  # coded_at included: copied, not re-stamped
