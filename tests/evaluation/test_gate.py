"""The accuracy gate's floor logic (no pipeline needed)."""

from __future__ import annotations

import json

import pytest

from dyadic.evaluation.gate import failures, load_baseline, raise_floors

BASELINE = {"tolerance": 0.01, "sets": {"a.jsonl": {"root_f1": 0.5, "category_accuracy": 0.4}}}


def test_gate_passes_within_tolerance():
    assert failures("a.jsonl", {"root_f1": 0.495, "category_accuracy": 0.4}, BASELINE) == []


def test_gate_fails_below_floor_minus_tolerance():
    problems = failures("a.jsonl", {"root_f1": 0.48, "category_accuracy": 0.9}, BASELINE)
    assert len(problems) == 1 and "root_f1" in problems[0]


def test_gate_fails_when_a_floored_score_is_missing():
    assert "not measured" in failures("a.jsonl", {"root_f1": 0.6}, BASELINE)[0]


def test_gate_raise_floors_never_lowers():
    baseline = json.loads(json.dumps(BASELINE))
    changes = raise_floors(baseline, "a.jsonl", {"root_f1": 0.3, "category_accuracy": 0.7, "code_f1": 0.2})
    floors = baseline["sets"]["a.jsonl"]
    assert floors == {"root_f1": 0.5, "category_accuracy": 0.7, "code_f1": 0.2}
    assert len(changes) == 2


def test_gate_load_baseline_rejects_files_without_sets(tmp_path):
    path = tmp_path / "b.json"
    path.write_text('{"tolerance": 0.01}', encoding="utf-8")
    with pytest.raises(ValueError):
        load_baseline(path)
