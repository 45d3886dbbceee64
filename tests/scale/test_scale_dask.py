"""Coding on a Dask LocalCluster of 2 worker processes gives what a local run gives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fake_pipeline import fake_pipeline, write_corpus

from dyadic.config import Settings
from dyadic.ingest import read_inputs
from dyadic.scale import RunStats, code_corpus, code_on_dask, dask_client
from dyadic.store import Store
from dyadic.store.parquet import partition_dirs

WIKINEWS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "wikinews" / "wikinews.jsonl"


def _events(db: Path) -> list[tuple]:
    with Store(db, read_only=True) as store:
        return [(e["event_id"], e["cameo"], e["source"]["code"], (e["target"] or {}).get("code"),
                 e["date"], e["evidence"]["verb_start"], e["place"] and e["place"]["geonames_id"])
                for e in store.events()]


def _counts(db: Path) -> dict[str, int]:
    with Store(db, read_only=True) as store:
        return store.counts()


def _local(corpus: Path, db: Path, settings: Settings, **kw) -> RunStats:
    stats = RunStats()
    with Store(db) as store:
        for o in code_corpus(read_inputs([str(corpus)]), store, settings, **kw):
            stats.add(o)
    return stats


def _dask(corpus: Path, db: Path, parquet: Path, settings: Settings, **kw) -> RunStats:
    stats = RunStats()
    with dask_client(local_workers=2) as client, Store(db) as store:
        assert len(client.scheduler_info()["workers"]) == 2
        for o in code_on_dask(read_inputs([str(corpus)]), store, settings, client, parquet, **kw):
            stats.add(o)
    return stats


def test_scale_dask_local_cluster_matches_local_run(tmp_path):
    settings = Settings(spacy_batch_size=4)
    corpus = write_corpus(tmp_path / "c.jsonl", 25, fail={3})
    local = _local(corpus, tmp_path / "local.duckdb", settings, pipeline_factory=fake_pipeline)
    dask = _dask(corpus, tmp_path / "dask.duckdb", tmp_path / "parquet", settings,
                 partition_articles=6, pipeline_factory=fake_pipeline)
    assert dask.counts == local.counts == {"stored": 24, "coding_error": 1}
    assert dask.events == local.events == sum(i % 3 + 1 for i in range(25) if i != 3)
    assert _events(tmp_path / "dask.duckdb") == _events(tmp_path / "local.duckdb")
    assert _counts(tmp_path / "dask.duckdb") == _counts(tmp_path / "local.duckdb")
    # 25 articles in partitions of 6 -> 5 Parquet partitions, loadable again without duplicates
    assert len(partition_dirs(tmp_path / "parquet")) == 5
    with Store(tmp_path / "dask.duckdb") as store:
        assert store.load_parquet(tmp_path / "parquet") == []
    with Store(tmp_path / "fresh.duckdb") as store:
        assert len(store.load_parquet(tmp_path / "parquet")) == 24
    assert _events(tmp_path / "fresh.duckdb") == _events(tmp_path / "local.duckdb")


@pytest.mark.slow
def test_scale_dask_real_pipeline_matches_local_run(tmp_path):
    if not WIKINEWS.exists():
        pytest.skip("shared Wikinews corpus not present")
    corpus = tmp_path / "w.jsonl"
    lines = WIKINEWS.read_text(encoding="utf-8").splitlines()
    short = sorted(lines, key=lambda line: len(json.loads(line)["text"]))[:6]
    corpus.write_text("\n".join(short) + "\n", encoding="utf-8")
    settings = Settings.from_env()
    local = _local(corpus, tmp_path / "local.duckdb", settings)
    dask = _dask(corpus, tmp_path / "dask.duckdb", tmp_path / "parquet", settings, partition_articles=3)
    assert dask.counts == local.counts == {"stored": 6}
    assert dask.events == local.events
    assert _events(tmp_path / "dask.duckdb") == _events(tmp_path / "local.duckdb")
    assert _counts(tmp_path / "dask.duckdb") == _counts(tmp_path / "local.duckdb")
