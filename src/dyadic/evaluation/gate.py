"""The accuracy gate: score floors pinned in a baseline file, checked in CI.

After trafilatura's ``tests/eval_gate.py``: ``tests/gold/baseline.json`` holds, for
each gold file, a floor per score and one tolerance::

    {"tolerance": 0.01,
     "sets": {"petr2_gsr_validation.jsonl": {"root_f1": 0.44, "no_event_precision": 0.83, ...}}}

A score fails the gate when it is below ``floor - tolerance``. Floors are raised on
purpose with ``tools/raise_floors.py`` (:func:`raise_floors`), which never lowers one;
lowering a floor is a reviewed edit of the baseline file.

Sets named with a ``/`` are article gold files of this repository (``eval/gold/test.jsonl``),
gated on :data:`ARTICLE_GATED` (:mod:`dyadic.evaluation.articles`). Sentence-set scores
(see :mod:`dyadic.evaluation.harness` for their definitions): ``{level}_f1`` for
each applicable level (``root``, ``code``, ``plover``; precision and recall are not
gated, so a change may trade one for the other), ``no_event_precision`` (only for sets
with no-event sentences), ``category_accuracy`` and ``actor_country_accuracy``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from dyadic.evaluation.articles import ArticleReport, evaluate_article_file
from dyadic.evaluation.harness import Report, evaluate_file

__all__ = ["ARTICLE_GATED", "gate_scores", "load_baseline", "failures", "measure", "raise_floors"]

#: Scores of an article gold set that the gate floors (F1s, not precision or recall, so a change
#: may trade one for the other; core-event recall, actor countries of root-matched events,
#: quotations and places as they are).
ARTICLE_GATED = (
    "root_f1",
    "root_status_f1",
    "code_f1",
    "core_recall",
    "actor_country_accuracy",
    "quote_found",
    "speaker_accuracy",
    "place_found",
    "place_within_161km",
)

DEFAULT_TOLERANCE = 0.01


def gate_scores(report: Report | ArticleReport) -> dict[str, float]:
    """The gated scores of one report, rounded to 4 places."""
    if isinstance(report, ArticleReport):
        scores = report.scores()
        return {k: scores[k] for k in ARTICLE_GATED}
    out: dict[str, float] = {}
    for level, s in report.levels.items():
        if s.applicable:
            out[f"{level}_f1"] = s.f1
    if report.no_event_records:
        out["no_event_precision"] = report.no_event_precision
    out["category_accuracy"] = report.category_accuracy
    out["actor_country_accuracy"] = report.actor_country_accuracy
    return {k: round(v, 4) for k, v in out.items()}


def measure(name: str, shared_dir: Path, repo_dir: Path, pipeline: Any) -> dict[str, float] | None:
    """The gated scores of baseline set ``name``, or None when its gold file is missing.

    A name with a ``/`` is an article gold file in the repository (``eval/gold/test.jsonl``,
    under ``repo_dir``); any other is a sentence set in ``shared_dir``.
    """
    path = repo_dir / name if "/" in name else shared_dir / name
    if not path.exists():
        return None
    report = evaluate_article_file(path, pipeline) if "/" in name else evaluate_file(path, pipeline)
    return gate_scores(report)


def load_baseline(path: str | Path) -> dict[str, Any]:
    """Read a baseline file (``{"tolerance", "sets": {name: {score: floor}}}``).

    Raises:
        FileNotFoundError: no such file.
        ValueError: not JSON, or no ``sets`` mapping.
    """
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("sets"), dict):
        raise ValueError(f"{path}: a baseline needs a 'sets' mapping")
    data.setdefault("tolerance", DEFAULT_TOLERANCE)
    return data


def failures(name: str, scores: dict[str, float], baseline: dict[str, Any]) -> list[str]:
    """Messages for each floor of set ``name`` that ``scores`` fall below (tolerance included).

    A floored score missing from ``scores`` is a failure too (the metric disappeared).
    """
    floors = baseline["sets"].get(name, {})
    tol = float(baseline["tolerance"])
    out = []
    for key, floor in sorted(floors.items()):
        got = scores.get(key)
        if got is None:
            out.append(f"{name}: {key} is floored at {floor} but was not measured")
        elif got < floor - tol:
            out.append(f"{name}: {key} = {got:.4f} < floor {floor:.4f} - tolerance {tol}")
    return out


def raise_floors(baseline: dict[str, Any], name: str, scores: dict[str, float]) -> list[str]:
    """Raise the floors of set ``name`` in ``baseline`` (in place) to ``scores`` where higher.

    Never lowers a floor; new scores get a floor. Returns one message per change.
    """
    floors = baseline["sets"].setdefault(name, {})
    changes = []
    for key, value in sorted(scores.items()):
        old = floors.get(key)
        if old is None or value > old:
            floors[key] = value
            changes.append(f"{name}: {key} {old} -> {value}")
    return changes
