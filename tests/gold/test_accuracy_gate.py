"""The accuracy gate (see :mod:`dyadic.evaluation.gate`): fails when a score on a gold
set drops below its floor in ``tests/gold/baseline.json``.

The sentence gold sets are read from ``../shared/data/event-coding-derived`` (or
``$DYADIC_GOLD_DIR``) at test time (the test skips when they are missing); the real-news
test split ``eval/gold/test.jsonl`` ships in this repository. To raise
floors after an improvement: ``.venv/bin/python tools/raise_floors.py``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from dyadic.evaluation.gate import failures, load_baseline, measure

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
BASELINE = Path(__file__).with_name("baseline.json")
GOLD_DIR = Path(os.environ.get("DYADIC_GOLD_DIR", ROOT.parent / "shared" / "data" / "event-coding-derived"))
SETS = sorted(load_baseline(BASELINE)["sets"])


def test_accuracy_gate_baseline_is_well_formed():
    baseline = load_baseline(BASELINE)
    assert 0 < baseline["tolerance"] <= 0.02
    for floors in baseline["sets"].values():
        assert floors and all(0.0 <= v <= 1.0 for v in floors.values())


def test_accuracy_gate_floors_the_real_news_test_split():
    assert "eval/gold/test.jsonl" in SETS and (ROOT / "eval/gold/test.jsonl").exists()


@pytest.mark.parametrize("name", SETS)
def test_accuracy_gate_scores_stay_above_floors(name, pipeline):
    baseline = load_baseline(BASELINE)
    scores = measure(name, GOLD_DIR, ROOT, pipeline)
    if scores is None:
        pytest.skip(f"gold set {name} not present (../shared/data missing); the accuracy gate needs it")
    problems = failures(name, scores, baseline)
    assert not problems, "accuracy dropped below the floors:\n" + "\n".join(problems)
