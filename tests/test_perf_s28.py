"""Session 28 throughput: a bulk writer's DuckDB runs on one thread (no idle worker trims the heap)."""

from __future__ import annotations

from dyadic.records import Article, ArticleResult
from dyadic.store import Store


def _threads(store: Store) -> int:
    return int(store.con.execute("SELECT current_setting('threads')").fetchone()[0])


def test_perf_s28_holding_runs_duckdb_on_one_thread_and_restores_it(tmp_path):
    with Store(tmp_path / "s.duckdb", linger_s=60.0) as store:
        default = _threads(store)
        with store.holding():
            assert _threads(store) == 1
            assert store.save_batch([ArticleResult(Article("a1", "Some text."))]) == [True]
            assert store.stored_article_ids(["a1", "a2"]) == {"a1"}
        assert _threads(store) == default


def test_perf_s28_a_file_reopened_during_a_hold_runs_on_one_thread(tmp_path):
    with Store(tmp_path / "s.duckdb", linger_s=0.0) as store, store.holding():
        assert store.save_batch([ArticleResult(Article("a1", "Some text."))]) == [True]
        store._shut(quiet=False)  # let go, as after MAX_BULK_HOLD_S
        assert store.stored_article_ids(["a1"]) == {"a1"}
        assert _threads(store) == 1
