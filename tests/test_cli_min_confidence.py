"""The event threshold setting (issue 11: "give users a threshold setting whose default favours
precision"): ``--min-confidence`` on ``code`` and ``evaluate``, ``DYADIC_MIN_CONFIDENCE``, and a
clear error for a value outside 0..1."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dyadic.cli import app
from dyadic.config import Settings
from dyadic.events.decision import DecisionModel

runner = CliRunner()
TEXT = (
    "Chile expelled two Bolivian diplomats on Friday. Peru signed a trade agreement with Chile on Monday.\n"
)


def _code(tmp_path, *extra: str) -> list[dict]:
    src = tmp_path / "article.txt"
    src.write_text(TEXT, encoding="utf-8")
    db = tmp_path / f"s{len(list(tmp_path.glob('*.duckdb')))}.duckdb"
    res = runner.invoke(
        app, ["code", str(src), "--published", "2025-03-14", "--db", str(db), "--format", "jsonl", *extra]
    )
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.stdout.splitlines()]


@pytest.mark.slow
def test_min_confidence_drops_the_events_below_it(tmp_path):
    default = _code(tmp_path)
    assert {e["cameo"] for e in default} == {"161", "057"}
    assert all(e["confidence"] >= DecisionModel.load().min_confidence for e in default)
    lowest = min(e["confidence"] for e in default)
    kept = _code(tmp_path, "--min-confidence", f"{lowest + 0.0005:.4f}")
    assert [e["event_id"] for e in kept] == [e["event_id"] for e in default if e["confidence"] > lowest]
    assert _code(tmp_path, "--min-confidence", "1") == []


def test_min_confidence_outside_0_to_1_is_refused(tmp_path, monkeypatch):
    res = runner.invoke(
        app, ["code", "-", "--db", str(tmp_path / "s.duckdb"), "--min-confidence", "1.5"], input="x"
    )
    assert res.exit_code == 2 and "--min-confidence" in res.output
    monkeypatch.setenv("DYADIC_MIN_CONFIDENCE", "high")
    with pytest.raises(ValueError, match="DYADIC_MIN_CONFIDENCE='high'"):
        Settings.from_env()
    res = runner.invoke(app, ["code", "-", "--db", str(tmp_path / "s.duckdb")], input="x")
    assert res.exit_code == 2 and "DYADIC_MIN_CONFIDENCE" in res.output
    assert not (tmp_path / "s.duckdb").exists()


def test_min_confidence_from_the_environment(monkeypatch):
    monkeypatch.setenv("DYADIC_MIN_CONFIDENCE", "0.3")
    assert Settings.from_env().event_min_confidence == 0.3
    monkeypatch.setenv("DYADIC_MIN_CONFIDENCE", "")
    assert Settings.from_env().event_min_confidence is None
