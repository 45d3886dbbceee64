"""Batch coding with the local runner (1 and 2 worker processes), on a stand-in pipeline."""

from __future__ import annotations

import pytest
from fake_pipeline import fake_pipeline, write_corpus

from dyadic.config import Settings
from dyadic.errors import CodingError, PipelineNotInstalled
from dyadic.ingest import read_inputs
from dyadic.scale import RunStats, code_corpus, count_articles
from dyadic.store import Store

SETTINGS = Settings(spacy_batch_size=4)


def _run(corpus, db, workers: int) -> RunStats:
    stats = RunStats()
    with Store(db) as store:
        for outcome in code_corpus(read_inputs([str(corpus)]), store, SETTINGS, workers=workers,
                                   pipeline_factory=fake_pipeline):
            stats.add(outcome)
    return stats


def _stored(db) -> tuple[dict[str, int], list[str]]:
    with Store(db, read_only=True) as store:
        return store.counts(), sorted(e["event_id"] for e in store.events())


@pytest.mark.parametrize("workers", [1, 2])
def test_scale_local_codes_and_skips(tmp_path, workers):
    corpus = write_corpus(tmp_path / "c.jsonl", 30, fail={7}, duplicate={20})
    with (tmp_path / "c.jsonl").open("a", encoding="utf-8") as f:
        f.write("not json\n")
    db = tmp_path / "s.duckdb"
    stats = _run(corpus, db, workers)
    # 30 lines: 1 fails coding, 1 repeats an id (skipped), 28 stored; plus one bad line
    assert stats.counts == {"stored": 28, "skipped": 1, "coding_error": 1, "input_error": 1}
    counts, ids = _stored(db)
    assert counts["articles"] == 28
    # article i has i % 3 + 1 events; 7 failed, 20 is a duplicate of 19
    assert counts["events"] == stats.events == sum(i % 3 + 1 for i in range(30) if i not in (7, 20))
    assert len(ids) == len(set(ids))
    again = _run(corpus, db, workers)
    assert again.counts == {"skipped": 29, "coding_error": 1, "input_error": 1}
    assert _stored(db) == (counts, ids)


@pytest.mark.parametrize("workers", [1, 2])
def test_scale_local_coding_error_keeps_its_reason(tmp_path, workers):
    corpus = write_corpus(tmp_path / "c.jsonl", 3, fail={1})
    with Store(tmp_path / "s.duckdb") as store:
        outcomes = list(code_corpus(read_inputs([str(corpus)]), store, SETTINGS, workers=workers,
                                    pipeline_factory=fake_pipeline))
    [error] = [o.error for o in outcomes if o.status == "coding_error"]
    assert isinstance(error, CodingError)
    assert error.reason == "ValueError: asked to fail"
    assert str(error).endswith(": coding failed: ValueError: asked to fail")


def test_scale_local_two_workers_store_what_one_does(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 41)
    _run(corpus, tmp_path / "one.duckdb", 1)
    _run(corpus, tmp_path / "two.duckdb", 2)
    assert _stored(tmp_path / "one.duckdb") == _stored(tmp_path / "two.duckdb")


def test_scale_local_worker_pipeline_error_is_raised(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 5)
    with Store(tmp_path / "s.duckdb") as store, pytest.raises(PipelineNotInstalled, match="no-such-model"):
        list(code_corpus(read_inputs([str(corpus)]), store, Settings(spacy_model="no-such-model"), workers=2))


def test_scale_count_articles(tmp_path):
    write_corpus(tmp_path / "c.jsonl", 12)
    (tmp_path / "c.jsonl").write_text((tmp_path / "c.jsonl").read_text() + "\n  \n", encoding="utf-8")
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "d" / "b.html").write_text("<p>x</p>", encoding="utf-8")
    (tmp_path / "d" / ".hidden").write_text("x", encoding="utf-8")
    assert count_articles([str(tmp_path / "c.jsonl")]) == 12
    assert count_articles([str(tmp_path / "c.jsonl"), str(tmp_path / "d")]) == 14
    assert count_articles([str(tmp_path / "feed.rss")]) is None
    assert count_articles(["-"]) is None
