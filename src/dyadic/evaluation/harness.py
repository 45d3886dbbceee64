"""Evaluation harness for the event coder.

Gold formats (see ``../shared/data/event-coding-derived/SOURCE.md``):

* PETRARCH2 GSR validation (``petr2_gsr_validation.jsonl``, also the PETRARCH
  unit-test and validation records): ``{id, date (YYYYMMDD), text,
  expected_events: [{source, target, code}], no_events}``.
* PLOVER GSR (``plover_gsr_cameo.jsonl``, CC BY-SA 4.0): ``{id, text, source:
  [{actorText, code}], target: [...] | "", event, mode?, ...}``. The loader
  maps the old category names to PLOVER 2021 (DEMAND->REQUEST,
  DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE, FIGHT->ASSAULT) and the non-ISO
  country codes (JAP->JPN, ITL->ITA, VTN->VNM); the data is not changed.

Each gold sentence is coded as a one-sentence article published on the
record's date. Only realized and planned events count as predictions
(:data:`COUNTED_STATUSES`); hypothetical and negated events are not claims that
an event happened.

Metric definitions:

* **Actor key** (what "source country" / "target country" compare): the
  actor's country (ISO 3166-1 alpha-3: ``GUYJUD`` -> ``GUY``); ``---`` for an
  actor with no country (gold ``---LEG``, a predicted bare ``LEG``); the
  organisation block for IGOs and other organisations (``IGOEUREEC`` ->
  ``IGOEUR``; a bare gold ``IGO``/``NGO``, as in the PLOVER GSR, accepts any
  predicted organisation of that kind); ``-`` for no actor at all.
* **Levels** (:data:`LEVELS`): precision, recall and F1, micro-averaged over
  the set, comparing gold and predicted events of a sentence as multisets of
  ``(source key, target key, value)`` where value is the CAMEO root
  (``root``), the exact CAMEO code (``code``) or the PLOVER category
  (``plover``; from the CAMEO->PLOVER 2021 table for CAMEO gold). A gold event
  without a target (``-``, PLOVER GSR) matches a prediction with any target.
  PLOVER-only gold has no CAMEO codes: its ``root`` and ``code`` levels are
  not applicable and are reported as None.
* **No-event precision**: of the gold sentences with no expected event, the
  share for which the coder predicts no event.
* **PLOVER category accuracy**: of the gold sentences with an event, the share
  whose *main* prediction (highest confidence, then text order) has a PLOVER
  category among the sentence's gold categories. A sentence with no
  prediction counts as wrong; extra predictions cannot buy accuracy.
* **Actor country accuracy**: of the sentences whose category is right, the
  share whose main prediction also has a gold source key, and a gold target
  key unless the gold event has no target.
* **Confusion by root**: gold root -> predicted roots (``none`` when nothing
  was predicted), over sentences with CAMEO gold.
"""

from __future__ import annotations

import functools
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from dyadic.errors import InputError
from dyadic.records import Article, EventStatus

#: Old PLOVER GSR category names -> PLOVER 2021 (shared/data/plover-gsr/SOURCE.md).
PLOVER_RENAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
#: Non-ISO country codes in the PLOVER GSR -> ISO 3166 alpha-3.
CODE_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
LEVELS = ("root", "code", "plover")
#: Event statuses that count as predictions: a hypothetical event ("urged Russia to
#: attack": the attack) and a negated one are not claims that the event happened.
COUNTED_STATUSES = frozenset({EventStatus.REALIZED, EventStatus.PLANNED})


ORG_BLOCKS = ("IGO", "NGO", "IMG", "MNC")


def actor_key(code: str | None, country: str | None = None, predicted: bool = False) -> str:
    """The comparison key of an actor (see the module docstring).

    Args:
        code: The actor code (``GUYJUD``, ``---LEG``, ``IGOEUREEC``, ``LEG``), or None.
        country: The actor's country when known (predictions carry it).
        predicted: ``code`` comes from dyadic: a code with no country and no
            organisation block is a bare role (``LEG`` -> ``---``), but a CAMEO
            region (``EUR``, ``WST``) is its own key, as in the gold.

    Returns:
        ``GUY``, ``---``, ``IGOEUR``, ``IGO``, ``EUR`` or ``-``.
    """
    if not code or code == "-":
        return "-"
    code = CODE_FIXES.get(code[:3], code[:3]) + code[3:]
    if code[:3] in ORG_BLOCKS:
        return code[:6]
    if predicted:
        return country or (code if code in _region_codes() else "---")
    return code[:3]


@functools.cache
def _region_codes() -> frozenset[str]:
    """The CAMEO region codes of the actor dictionary (``EUR``, ``WST``, ...)."""
    from dyadic.actors import actor_dictionary

    return frozenset(a.code for a in actor_dictionary().regions.values())


@dataclass(frozen=True)
class GoldEvent:
    """One expected event. ``code`` is a CAMEO code or None (PLOVER-only gold)."""

    source: str
    target: str
    code: str | None = None
    plover: str | None = None


@dataclass(frozen=True)
class GoldRecord:
    """One gold sentence and its expected events (empty when no event is expected)."""

    record_id: str
    text: str
    published: date | None
    events: tuple[GoldEvent, ...]


@dataclass
class Scores:
    """Micro-averaged counts and scores at one level."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    applicable: bool = False

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float] | None:
        """Counts and rounded scores; None when the level does not apply to the set."""
        if not self.applicable:
            return None
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass
class Report:
    """What :func:`evaluate_records` measured on one gold set.

    Attributes:
        levels: ``root``, ``code`` and ``plover`` :class:`Scores`.
        no_event_records / no_event_correct: gold sentences with no event, and
            how many of them got no predicted event (``no_event_precision``).
        category_hits / category_total: gold sentences with an event, and how
            many of them got a main prediction of a gold PLOVER category
            (``category_accuracy``; see the module docstring).
        country_hits: of the category hits, those whose main prediction also
            has gold source and target keys (``actor_country_accuracy``).
        confusion: gold root -> predicted root -> count, over sentences with one
            gold and at least one predicted event (``none`` when nothing predicted).
        misses / false_alarms: ``{id, text, expected|predicted}`` per error.
    """

    name: str
    records: int = 0
    levels: dict[str, Scores] = field(default_factory=lambda: {lv: Scores() for lv in LEVELS})
    no_event_records: int = 0
    no_event_correct: int = 0
    category_hits: int = 0
    category_total: int = 0
    country_hits: int = 0
    confusion: dict[str, Counter[str]] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_alarms: list[dict[str, Any]] = field(default_factory=list)

    @property
    def no_event_precision(self) -> float:
        return self.no_event_correct / self.no_event_records if self.no_event_records else 1.0

    @property
    def category_accuracy(self) -> float:
        return self.category_hits / self.category_total if self.category_total else 0.0

    @property
    def actor_country_accuracy(self) -> float:
        return self.country_hits / self.category_hits if self.category_hits else 0.0

    def summary(self) -> dict[str, Any]:
        """Machine-readable summary (what ``--json`` writes)."""
        return {
            "name": self.name,
            "records": self.records,
            "levels": {k: v.as_dict() for k, v in self.levels.items()},
            "no_event_records": self.no_event_records,
            "no_event_precision": round(self.no_event_precision, 4),
            "category_accuracy": round(self.category_accuracy, 4),
            "category_hits": self.category_hits,
            "category_total": self.category_total,
            "actor_country_accuracy": round(self.actor_country_accuracy, 4),
            "country_hits": self.country_hits,
            "confusion": {k: dict(v) for k, v in sorted(self.confusion.items())},
            "misses": self.misses,
            "false_alarms": self.false_alarms,
        }

    def to_json(self) -> str:
        return json.dumps(self.summary(), indent=2, ensure_ascii=False)


def _parse_day(value: str | None) -> date | None:
    if not value:
        return None
    for fmt in ("%Y%m%d", "%Y-%m-%d"):
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def _plover_actors(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    return [a["code"] for a in value if isinstance(a, dict) and a.get("code")]


def _record(raw: dict[str, Any], origin: str) -> GoldRecord:
    if "expected_events" in raw:
        events = tuple(GoldEvent(e["source"], e["target"], e["code"]) for e in raw["expected_events"])
    elif "event" in raw:
        plover = PLOVER_RENAMES.get(raw["event"], raw["event"])
        sources = _plover_actors(raw.get("source")) or ["-"]
        targets = _plover_actors(raw.get("target")) or ["-"]
        events = tuple(GoldEvent(s, t, None, plover) for s in sources for t in targets)
    else:
        raise InputError(origin, "neither 'expected_events' (PETRARCH) nor 'event' (PLOVER) in the record")
    return GoldRecord(str(raw.get("id", origin)), raw["text"], _parse_day(raw.get("date")), events)


def load_gold(path: str | Path) -> list[GoldRecord]:
    """Read a gold file (JSON Lines, either format above).

    Raises:
        InputError: the file cannot be read, is not UTF-8 or holds no records, or a
            line is not JSON or lacks ``text``; names ``path`` or ``path:line``.
    """
    records = []
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                origin = f"{path}:{n}"
                try:
                    raw = json.loads(line)
                    records.append(_record(raw, origin))
                except (json.JSONDecodeError, KeyError, TypeError) as exc:
                    raise InputError(origin, f"not a gold record: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not valid UTF-8 at byte {exc.start}") from exc
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from exc
    if not records:
        raise InputError(str(path), "no gold records (empty file)")
    return records


def _predicted(result_events: Iterable[Any]) -> list[dict[str, Any]]:
    """Non-negated events as comparison dicts, main event (highest confidence) first. A
    mutual act (:attr:`dyadic.records.Event.mutual`: "X and Y met"), which dyadic stores
    once, is compared in both directions, as the sentence sets code it (PETRARCH conventions)."""
    out = []
    for n, e in enumerate(result_events):
        if e.status not in COUNTED_STATUSES:
            continue
        tgt = e.target
        ends = [
            (
                actor_key(e.source.code, e.source.country, predicted=True),
                actor_key(tgt.code, tgt.country, predicted=True) if tgt else "-",
            )
        ]
        if e.mutual and ends[0][0] != ends[0][1]:
            ends.append((ends[0][1], ends[0][0]))
        for k, (source, target) in enumerate(ends):
            out.append(
                {
                    "source": source,
                    "target": target,
                    "code": e.cameo,
                    "root": e.cameo_root,
                    "plover": e.plover,
                    "rank": (-e.confidence, n, k),
                }
            )
    out.sort(key=lambda p: p["rank"])
    return out


def _gold_dicts(rec: GoldRecord) -> list[dict[str, Any]]:
    return [
        {
            "source": actor_key(g.source),
            "target": actor_key(g.target),
            "code": g.code,
            "root": g.code[:2] if g.code else None,
            "plover": g.plover or _plover_of(g.code),
        }
        for g in rec.events
    ]


def _actor_ok(gold_key: str, pred_key: str, wildcard: bool) -> bool:
    """Does a predicted actor key match a gold one (``-`` gold target: any, when ``wildcard``)?"""
    if gold_key == pred_key or (wildcard and gold_key == "-"):
        return True
    return gold_key in ORG_BLOCKS and pred_key[:3] == gold_key


def _matches(gold: dict[str, Any], pred: dict[str, Any], level: str) -> bool:
    return (
        gold[level] is not None
        and gold[level] == pred[level]
        and _actor_ok(gold["source"], pred["source"], False)
        and _actor_ok(gold["target"], pred["target"], True)
    )


def _align(
    gold: list[dict[str, Any]], predicted: list[dict[str, Any]], level: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
    """Greedy one-to-one matching at ``level``: (unmatched gold, unmatched predicted, matches)."""
    left = [g for g in gold if g[level]]
    predicted = [p for p in predicted if p[level]]  # e.g. CAMEO 01x has no PLOVER category
    unmatched: list[dict[str, Any]] = []
    for p in predicted:
        hit = next((g for g in left if _matches(g, p, level)), None)
        if hit is None:
            unmatched.append(p)
        else:
            left.remove(hit)
    return left, unmatched, len(predicted) - len(unmatched)


def evaluate_records(records: Sequence[GoldRecord], pipeline: Any, name: str = "gold") -> Report:
    """Code each gold sentence with ``pipeline`` (a :class:`dyadic.pipeline.Pipeline`) and score it."""
    report = Report(name=name, records=len(records))
    articles = [
        Article(article_id=r.record_id, text=r.text, published=r.published, origin=r.record_id)
        for r in records
    ]
    for rec, result in zip(records, pipeline.code_many(articles), strict=True):
        predicted = _predicted(getattr(result, "events", []))
        gold = _gold_dicts(rec)
        _score(report, rec, gold, predicted)
    return report


def _triple(item: dict[str, Any], level: str) -> list[str]:
    return [item["source"], item["target"], item[level]]


def _score(
    report: Report, rec: GoldRecord, gold: list[dict[str, Any]], predicted: list[dict[str, Any]]
) -> None:
    if not gold:
        report.no_event_records += 1
        report.no_event_correct += not predicted
    cameo_gold = not gold or any(g["code"] for g in gold)
    for level in LEVELS:
        if level != "plover" and not cameo_gold:
            continue  # PLOVER-only gold has no CAMEO codes to compare
        missed, extra, tp = _align(gold, predicted, level)
        s = report.levels[level]
        s.applicable = True
        s.tp += tp
        s.fp += len(extra)
        s.fn += len(missed)
        if level == ("root" if cameo_gold else "plover"):
            report.misses += [
                {"id": rec.record_id, "text": rec.text, "expected": _triple(g, level)} for g in missed
            ]
            report.false_alarms += [
                {"id": rec.record_id, "text": rec.text, "predicted": _triple(p, level)} for p in extra
            ]
    _category(report, gold, predicted)
    if gold and gold[0]["root"]:
        row = report.confusion.setdefault(gold[0]["root"], Counter())
        for root in {p["root"] for p in predicted} or {"none"}:
            row[root] += 1


def _plover_of(code: str | None) -> str | None:
    from dyadic.events import Codebook

    book = Codebook.load()
    return book.entry(code).plover_event if code and code in book else None


def _category(report: Report, gold: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> None:
    """PLOVER category accuracy of the main prediction, then actor-country accuracy of the hits."""
    categories = {g["plover"] for g in gold} - {None}
    if not categories:
        return
    report.category_total += 1
    if not predicted or predicted[0]["plover"] not in categories:
        return
    report.category_hits += 1
    main = predicted[0]
    if any(
        g["plover"] == main["plover"]
        and _actor_ok(g["source"], main["source"], False)
        and _actor_ok(g["target"], main["target"], True)
        for g in gold
    ):
        report.country_hits += 1


def evaluate_file(path: str | Path, pipeline: Any) -> Report:
    """Load a gold file and score ``pipeline`` on it. Raises :class:`InputError` for bad files."""
    return evaluate_records(load_gold(path), pipeline, name=Path(path).name)


def scores_table(title: str, label: str, rows: dict[str, Scores]) -> Table:
    """A Rich table of TP, FP, FN, precision, recall and F1, one row per named :class:`Scores`
    (``n/a`` for one that does not apply)."""
    t = Table(title=title)
    for col in (label, "TP", "FP", "FN", "precision", "recall", "F1"):
        t.add_column(col, justify="right" if col != label else "left")
    for name, s in rows.items():
        if not s.applicable:
            t.add_row(name, "", "", "", "n/a", "n/a", "n/a")
            continue
        t.add_row(
            name, str(s.tp), str(s.fp), str(s.fn), f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}"
        )
    return t


def format_report(report: Report, show_errors: int = 20) -> Group:
    """A Rich renderable: scores per level, no-event precision, PLOVER accuracy,
    the confusion table by root, and up to ``show_errors`` misses and false alarms."""
    names = {"root": "(source, target, root)", "code": "(source, target, code)", "plover": "PLOVER category"}
    t = scores_table(
        f"{report.name}: {report.records} sentences", "level", {names[k]: s for k, s in report.levels.items()}
    )
    lines: list[RenderableType] = [
        t,
        Text(f"no-event sentences: {report.no_event_records}, precision {report.no_event_precision:.3f}"),
        Text(
            f"PLOVER category accuracy {report.category_accuracy:.3f} "
            f"({report.category_hits}/{report.category_total}); actor country accuracy "
            f"{report.actor_country_accuracy:.3f}"
        ),
    ]
    conf = Table(title="confusion by CAMEO root (gold rows, predicted columns)")
    cols = sorted({c for row in report.confusion.values() for c in row})
    conf.add_column("gold")
    for c in cols:
        conf.add_column(c, justify="right")
    for root, row in sorted(report.confusion.items()):
        conf.add_row(root, *(str(row.get(c, "")) for c in cols))
    lines.append(conf)
    for title, items, key in (
        ("misses", report.misses, "expected"),
        ("false alarms", report.false_alarms, "predicted"),
    ):
        lines.append(Text(f"{title}: {len(items)} (showing {min(show_errors, len(items))})", style="bold"))
        for it in items[:show_errors]:
            lines.append(Text(f"  {it['id']}  {' '.join(it[key])}  | {it['text'][:140]}"))
    return Group(*lines)
