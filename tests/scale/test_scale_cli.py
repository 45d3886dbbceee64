"""``dyadic code`` with --workers, --scheduler and --dask-local."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyadic.cli import app
from dyadic.store import Store

runner = CliRunner()
WIKINEWS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "wikinews" / "wikinews.jsonl"


def test_scale_cli_rejects_conflicting_options(tmp_path):
    db = str(tmp_path / "s.duckdb")
    res = runner.invoke(app, ["code", "x.jsonl", "--db", db, "--scheduler", "tcp://127.0.0.1:1",
                              "--dask-local", "2"])
    assert res.exit_code == 2 and "not both" in res.output
    res = runner.invoke(app, ["code", "x.jsonl", "--db", db, "--workers", "2", "--dask-local", "2"])
    assert res.exit_code == 2 and "--workers is for local runs" in res.output
    assert runner.invoke(app, ["code", "x.jsonl", "--db", db, "--workers", "0"]).exit_code == 2


@pytest.mark.slow
def test_scale_cli_two_workers_then_resume(tmp_path):
    if not WIKINEWS.exists():
        pytest.skip("shared Wikinews corpus not present")
    lines = sorted(WIKINEWS.read_text(encoding="utf-8").splitlines(), key=len)[:5]
    corpus = tmp_path / "w.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = str(tmp_path / "s.duckdb")
    res = runner.invoke(app, ["code", str(corpus), "--db", db, "--workers", "2", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    printed = [json.loads(line) for line in res.stdout.splitlines()]
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 5
        assert sorted(e["event_id"] for e in printed) == sorted(e["event_id"] for e in store.events())
    again = runner.invoke(app, ["code", str(corpus), "--db", db, "--workers", "2", "--format", "jsonl"])
    # a rerun codes nothing and prints the stored events again, so reruns print the same
    assert again.exit_code == 0
    assert sorted(json.loads(line)["event_id"] for line in again.stdout.splitlines()) == sorted(
        e["event_id"] for e in printed
    )
    assert again.stderr.count("already stored") == 5
