"""Raise the accuracy gate's floors to the scores the coder reaches now.

Usage (from the repository root)::

    .venv/bin/python tools/raise_floors.py [--data ../shared/data/event-coding-derived]
        [--baseline tests/gold/baseline.json] [--dry-run]

Codes every gold set named in the baseline file and raises each floor that the
current score beats. It never lowers a floor: a drop is a failure of
``tests/gold/test_accuracy_gate.py``, and lowering a floor is a deliberate, reviewed
edit of the baseline file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from dyadic.evaluation.gate import load_baseline, measure, raise_floors
from dyadic.pipeline import Pipeline

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    """Run the tool; returns the exit status."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "event-coding-derived")
    ap.add_argument("--baseline", type=Path, default=ROOT / "tests" / "gold" / "baseline.json")
    ap.add_argument("--dry-run", action="store_true", help="print the changes, do not write")
    ap.add_argument("--add", action="append", default=[], help="also floor this set: eval/gold/test.jsonl")
    args = ap.parse_args(argv)
    baseline = load_baseline(args.baseline)
    pipeline = Pipeline()
    changes: list[str] = []
    for name in sorted(set(baseline["sets"]) | set(args.add)):
        scores = measure(name, args.data, ROOT, pipeline)
        if scores is None:
            print(f"{name}: gold file missing, its floors are left as they are", file=sys.stderr)
            continue
        changes += raise_floors(baseline, name, scores)
    for line in changes:
        print(line)
    if changes and not args.dry_run:
        args.baseline.write_text(json.dumps(baseline, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    if not changes:
        print("no floor raised")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
