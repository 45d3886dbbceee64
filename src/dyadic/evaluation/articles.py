"""Article-level evaluation against the real-news gold corpus (``eval/gold/``).

The gold format is documented in ``eval/gold/README.md``: one article per line
with its ``text``, ``sentences`` (character spans) and annotated ``events``,
``quotations`` and ``places``. Each gold article is coded whole, published on
its ``published`` day, and compared with what dyadic emits.

Metric definitions:

* **Actor key**: as in :func:`dyadic.evaluation.harness.actor_key` (country,
  ``---`` for an actor with no country, the 6-letter block for IGOs, NGOs and
  other organisations, ``-`` for no target). No wildcard: a gold event without
  a target matches only a prediction without one.
* **Event levels** (:data:`EVENT_LEVELS`), micro-averaged over the articles:
  ``root`` compares (source key, target key, CAMEO root); ``root_status`` adds
  the status; ``code`` the exact CAMEO code. Every status counts, on both
  sides (a gold negated event is matched by a predicted negated event).
* **Where a prediction may match**: a gold event of a sentence that the
  prediction's evidence (verb, source and target spans) overlaps; so a sentence
  that dyadic splits or joins differently still matches.
* **Symmetric events**: a gold event whose code is in :data:`SYMMETRIC_CODES`
  (meet, consult, negotiate, sign, cooperate, fight) matches a prediction in
  either direction.
* **Core-event recall**: the share of gold events marked ``core`` matched at
  the ``root`` level. **Status accuracy**: of the ``root`` matches, the share
  with the gold status.
* **Actor country on root-matched events**: gold and predicted events aligned
  one-to-one, most confident prediction first, by sentence and CAMEO root alone
  (actors ignored), first taking the pairs whose actors are right (the ``root``
  matches) and then pairing what is left; ``actor_country_accuracy`` is the
  share of aligned pairs whose source and target keys are both right (either
  direction for a symmetric gold code). It separates "found the event, coded
  the wrong country" from "missed the event".
* **Quotations**: a gold quotation is *found* when a predicted quotation
  overlaps it by at least half of the shorter of the two spans; its *speaker is
  right* when the predicted speaker's name matches the gold name (equal after
  case folding, or the same last word, e.g. "Sudani" for "Mohammed Shia
  al-Sudani"), or, when the gold speaker is not a named person (an organisation
  or government, :func:`_is_person_name`), the actor codes are equal; a gold
  quotation with no speaker is right only when none is predicted.
  ``quote_found`` is recall; ``quote_precision`` the share of predicted
  quotations that overlap a gold one; ``speaker_accuracy`` = found with the
  right speaker / gold quotations.
* **Places**: a gold toponym (distinct string per article) is *found* when a
  predicted place mention overlaps one of its mentions, and *within 161 km*
  when that prediction's coordinates lie within 161 km (great-circle) of the
  gold coordinates (the acc@161 of the geoparsing literature, Gritta et al.
  2018) or it is the gold's own GeoNames entry (countries and large regions,
  whose representative points the annotators gave only roughly).
  ``place_precision`` is the share of distinct predicted place strings that
  overlap a gold toponym. ``place_on_actor`` counts the predicted place
  mentions that overlap a gold event's source or target span whose code is not
  a bare country code (three letters, not ``---`` or an organisation block such
  as ``IGO``), i.e. a person or organisation named as an actor geocoded as a
  place, unless they also overlap a gold toponym mention (a metonymic "Tehran
  said" is a place); they are listed in ``place_on_actor_errors``.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from dyadic.errors import InputError
from dyadic.evaluation.harness import ORG_BLOCKS, Scores, actor_key, scores_table
from dyadic.records import Article, ArticleResult

EVENT_LEVELS = ("root", "root_status", "code")
#: CAMEO codes whose direction carries no meaning for scoring: consult/meet/visit/negotiate (04x but
#: 045 mediate), intent to meet (036), diplomatic cooperation that is mutual (051 praise is not; 057
#: sign formal agreement is), material cooperation (06x), fighting (190). CAMEO 1.1b3 codebook.
SYMMETRIC_CODES = frozenset(
    {"036", "040", "041", "042", "043", "044", "046", "057", "060", "061", "062", "063", "064", "190"}
)
PLACE_KM = 161.0
EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True)
class GoldArticle:
    """One gold article: the text, its sentence spans and the raw annotation dicts."""

    article_id: str
    text: str
    published: date | None
    sentences: tuple[tuple[int, int], ...]
    events: tuple[dict[str, Any], ...]
    quotations: tuple[dict[str, Any], ...]
    places: tuple[dict[str, Any], ...]
    title: str | None = None


@dataclass
class ArticleScores:
    """Per-article event counts at the ``root`` level."""

    article_id: str
    title: str | None
    tp: int = 0
    fp: int = 0
    fn: int = 0
    core: int = 0
    core_found: int = 0

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0


@dataclass
class ArticleReport:
    """The scores of one article-level evaluation (see the module docstring)."""

    name: str
    articles: int = 0
    levels: dict[str, Scores] = field(
        default_factory=lambda: {lv: Scores(applicable=True) for lv in EVENT_LEVELS}
    )
    core_total: int = 0
    core_found: int = 0
    status_matched: int = 0
    status_right: int = 0
    actor_country_matched: int = 0
    actor_country_right: int = 0
    quotes_gold: int = 0
    quotes_found: int = 0
    quotes_speaker_right: int = 0
    quotes_predicted: int = 0
    quotes_predicted_hit: int = 0
    places_gold: int = 0
    places_found: int = 0
    places_161: int = 0
    places_predicted: int = 0
    places_predicted_hit: int = 0
    place_on_actor: int = 0
    per_article: list[ArticleScores] = field(default_factory=list)
    by_root: dict[str, Counter[str]] = field(default_factory=dict)
    misses: list[dict[str, Any]] = field(default_factory=list)
    false_alarms: list[dict[str, Any]] = field(default_factory=list)
    quote_errors: list[dict[str, Any]] = field(default_factory=list)
    place_errors: list[dict[str, Any]] = field(default_factory=list)
    place_on_actor_errors: list[dict[str, Any]] = field(default_factory=list)

    def scores(self) -> dict[str, float]:
        """The headline scores, rounded to 4 places (these are what the gate floors)."""
        out = {}
        for level, s in self.levels.items():
            out[f"{level}_precision"] = s.precision
            out[f"{level}_recall"] = s.recall
            out[f"{level}_f1"] = s.f1
        out["core_recall"] = _ratio(self.core_found, self.core_total)
        out["status_accuracy"] = _ratio(self.status_right, self.status_matched)
        out["actor_country_accuracy"] = _ratio(self.actor_country_right, self.actor_country_matched)
        out["quote_found"] = _ratio(self.quotes_found, self.quotes_gold)
        out["quote_precision"] = _ratio(self.quotes_predicted_hit, self.quotes_predicted)
        out["speaker_accuracy"] = _ratio(self.quotes_speaker_right, self.quotes_gold)
        out["place_found"] = _ratio(self.places_found, self.places_gold)
        out["place_within_161km"] = _ratio(self.places_161, self.places_gold)
        out["place_precision"] = _ratio(self.places_predicted_hit, self.places_predicted)
        return {k: round(v, 4) for k, v in out.items()}

    def summary(self) -> dict[str, Any]:
        """Everything, JSON-ready: scores, counts, breakdowns and every error."""
        return {
            "name": self.name,
            "articles": self.articles,
            "scores": self.scores(),
            "counts": {level: {"tp": s.tp, "fp": s.fp, "fn": s.fn} for level, s in self.levels.items()}
            | {
                "core": {"gold": self.core_total, "found": self.core_found},
                "actor_country": {"matched": self.actor_country_matched, "right": self.actor_country_right},
                "quotations": {
                    "gold": self.quotes_gold,
                    "found": self.quotes_found,
                    "speaker_right": self.quotes_speaker_right,
                    "predicted": self.quotes_predicted,
                },
                "places": {
                    "gold": self.places_gold,
                    "found": self.places_found,
                    "within_161km": self.places_161,
                    "predicted": self.places_predicted,
                    "on_actor": self.place_on_actor,
                },
            },
            "by_root": {root: dict(c) for root, c in sorted(self.by_root.items())},
            "per_article": [
                {
                    "id": a.article_id,
                    "title": a.title,
                    "tp": a.tp,
                    "fp": a.fp,
                    "fn": a.fn,
                    "f1": round(a.f1, 4),
                    "core": a.core,
                    "core_found": a.core_found,
                }
                for a in self.per_article
            ],
            "misses": self.misses,
            "false_alarms": self.false_alarms,
            "quotation_errors": self.quote_errors,
            "place_errors": self.place_errors,
            "place_on_actor_errors": self.place_on_actor_errors,
        }

    def to_json(self) -> str:
        return json.dumps(self.summary(), indent=2, ensure_ascii=False)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def is_article_gold(path: str | Path) -> bool:
    """Whether the first record of a JSON Lines file is in the article gold format.

    Raises:
        InputError: the file cannot be read or its first line is not JSON.
    """
    try:
        with open(path, encoding="utf-8") as fh:
            first = next((line for line in fh if line.strip()), "")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), str(exc)) from exc
    if not first:
        return False
    try:
        raw = json.loads(first)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:1", f"not JSON: {exc}") from exc
    return isinstance(raw, dict) and {"text", "sentences", "events"} <= raw.keys()


def load_gold_articles(path: str | Path) -> list[GoldArticle]:
    """Read an article gold file (``eval/gold/{train,dev,test}.jsonl``).

    Raises:
        InputError: unreadable, not UTF-8, empty, or a line that is not a gold
            article; names ``path`` or ``path:line``.
    """
    out = []
    try:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    raw = json.loads(line)
                    published = raw.get("published")
                    out.append(
                        GoldArticle(
                            article_id=str(raw["id"]),
                            text=raw["text"],
                            published=date.fromisoformat(published[:10]) if published else None,
                            sentences=tuple((int(s), int(e)) for s, e in raw["sentences"]),
                            events=tuple(raw["events"]),
                            quotations=tuple(raw.get("quotations", [])),
                            places=tuple(raw.get("places", [])),
                            title=raw.get("title"),
                        )
                    )
                except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
                    raise InputError(f"{path}:{n}", f"not a gold article: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise InputError(str(path), f"not valid UTF-8 at byte {exc.start}") from exc
    except OSError as exc:
        raise InputError(str(path), exc.strerror or str(exc)) from exc
    if not out:
        raise InputError(str(path), "no gold articles (empty file)")
    return out


def _sentences_overlapping(gold: GoldArticle, start: int, end: int) -> set[int]:
    return {i for i, (s, e) in enumerate(gold.sentences) if s < max(end, start + 1) and start < e}


def _gold_events(gold: GoldArticle) -> list[dict[str, Any]]:
    out = []
    for g in gold.events:
        src, tgt = g.get("source") or {}, g.get("target") or {}
        out.append(
            {
                "sentence": g["sentence_index"],
                "source": actor_key(src.get("code")) if src else "---",
                "target": actor_key(tgt.get("code")) if tgt else "-",
                "root": g["cameo"][:2],
                "code": g["cameo"],
                "status": g["status"],
                "core": bool(g.get("core")),
                "symmetric": g["cameo"] in SYMMETRIC_CODES,
                "trigger": (g.get("trigger") or {}).get("text"),
            }
        )
    return out


def _predicted_events(gold: GoldArticle, result: ArticleResult) -> list[dict[str, Any]]:
    out = []
    for e in result.events:
        spans = [(e.evidence.verb_start, e.evidence.verb_end), (e.source.start, e.source.end)]
        if e.target is not None:
            spans.append((e.target.start, e.target.end))
        sentences: set[int] = set()
        for s, t in spans:
            sentences |= _sentences_overlapping(gold, s, t)
        out.append(
            {
                "sentences": sentences,
                "source": actor_key(e.source.code, e.source.country, predicted=True),
                "target": actor_key(e.target.code, e.target.country, predicted=True) if e.target else "-",
                "root": e.cameo_root,
                "code": e.cameo,
                "status": str(e.status),
                "trigger": gold.text[e.evidence.verb_start : e.evidence.verb_end],
                "confidence": e.confidence,
                "event_id": e.event_id,
            }
        )
    return out


def _event_match(g: dict[str, Any], p: dict[str, Any], level: str) -> bool:
    """Whether ``p`` matches ``g`` at ``level``: one of :data:`EVENT_LEVELS`, or ``root_only``
    (sentence and CAMEO root, actors ignored; used for the actor-country accuracy)."""
    if g["sentence"] not in p["sentences"]:
        return False
    value = "code" if level == "code" else "root"
    if g[value] != p[value] or (level == "root_status" and g["status"] != p["status"]):
        return False
    return level == "root_only" or _actors_right(g, p)


def _actors_right(g: dict[str, Any], p: dict[str, Any]) -> bool:
    """Source and target keys both right; either direction for a symmetric gold code."""
    pairs = [(g["source"], g["target"])] + ([(g["target"], g["source"])] if g["symmetric"] else [])
    return any(_actor_match(gs, p["source"]) and _actor_match(gt, p["target"]) for gs, gt in pairs)


def _actor_match(gold_key: str, pred_key: str) -> bool:
    return gold_key == pred_key or (
        len(gold_key) == 3 and gold_key in {"IGO", "NGO"} and pred_key[:3] == gold_key
    )


def _align(gold: list[dict[str, Any]], predicted: list[dict[str, Any]], level: str) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, most confident prediction first: (gold index, predicted index) pairs."""
    taken: set[int] = set()
    pairs = []
    for pi in sorted(range(len(predicted)), key=lambda i: -predicted[i]["confidence"]):
        for gi, g in enumerate(gold):
            if gi not in taken and _event_match(g, predicted[pi], level):
                taken.add(gi)
                pairs.append((gi, pi))
                break
    return pairs


def _score_actor_country(
    report: ArticleReport,
    g_events: list[dict[str, Any]],
    p_events: list[dict[str, Any]],
    root_pairs: list[tuple[int, int]],
) -> None:
    """Align by sentence and root alone (the ``root`` matches first, then the rest) and count
    the aligned pairs and those with both actors right."""
    matched_gold = {gi for gi, _ in root_pairs}
    matched_pred = {pi for _, pi in root_pairs}
    rest_g = [g for gi, g in enumerate(g_events) if gi not in matched_gold]
    rest_p = [p for pi, p in enumerate(p_events) if pi not in matched_pred]
    aligned = [(g_events[gi], p_events[pi]) for gi, pi in root_pairs]
    aligned += [(rest_g[gi], rest_p[pi]) for gi, pi in _align(rest_g, rest_p, "root_only")]
    report.actor_country_matched += len(aligned)
    report.actor_country_right += sum(_actors_right(g, p) for g, p in aligned)


def _sentence_text(gold: GoldArticle, index: int) -> str:
    s, e = gold.sentences[index]
    return gold.text[s:e]


def _score_events(report: ArticleReport, gold: GoldArticle, result: ArticleResult) -> ArticleScores:
    g_events = _gold_events(gold)
    p_events = _predicted_events(gold, result)
    per = ArticleScores(gold.article_id, gold.title)
    for level in EVENT_LEVELS:
        pairs = _align(g_events, p_events, level)
        s = report.levels[level]
        s.tp += len(pairs)
        s.fp += len(p_events) - len(pairs)
        s.fn += len(g_events) - len(pairs)
        if level != "root":
            continue
        matched_gold = {gi for gi, _ in pairs}
        matched_pred = {pi for _, pi in pairs}
        _score_actor_country(report, g_events, p_events, pairs)
        per.tp, per.fp, per.fn = len(pairs), len(p_events) - len(pairs), len(g_events) - len(pairs)
        for gi, pi in pairs:
            report.status_matched += 1
            report.status_right += g_events[gi]["status"] == p_events[pi]["status"]
        for gi, g in enumerate(g_events):
            row = report.by_root.setdefault(g["root"], Counter())
            row["gold"] += 1
            row["found"] += gi in matched_gold
            if g["core"]:
                per.core += 1
                per.core_found += gi in matched_gold
            if gi not in matched_gold:
                report.misses.append(
                    {
                        "id": gold.article_id,
                        "sentence_index": g["sentence"],
                        "sentence": _sentence_text(gold, g["sentence"]),
                        "expected": [g["source"], g["target"], g["code"], g["status"]],
                        "trigger": g["trigger"],
                        "core": g["core"],
                    }
                )
        for pi, p in enumerate(p_events):
            row = report.by_root.setdefault(p["root"], Counter())
            row["predicted"] += 1
            row["predicted_right"] += pi in matched_pred
            if pi not in matched_pred:
                first = min(p["sentences"]) if p["sentences"] else None
                report.false_alarms.append(
                    {
                        "id": gold.article_id,
                        "event_id": p["event_id"],
                        "sentence_index": first,
                        "sentence": _sentence_text(gold, first) if first is not None else "",
                        "predicted": [p["source"], p["target"], p["code"], p["status"]],
                        "trigger": p["trigger"],
                    }
                )
    report.core_total += per.core
    report.core_found += per.core_found
    return per


def _names_match(gold_name: str | None, pred_name: str | None) -> bool:
    """Same name, or same last word, accents aside ("Erdogan" is "Recep Tayyip Erdoğan"); a gold
    name's description in brackets is left out ("Yang (Chinese businessman in Austria)" is "Yang")."""
    if not gold_name or not pred_name:
        return False
    gold_name = _BRACKETED.sub("", gold_name)
    g, p = _folded(gold_name).split(), _folded(pred_name).split()
    return g == p or (bool(g) and bool(p) and g[-1] == p[-1])


def _part_of_name(gold_name: str, pred_name: str) -> bool:
    """A predicted proper name whose words are all words of the gold full name: a name given
    surname first ("Chin" for "Chin JouSen"), or without a last part ("Princess Ubolratana" for
    "Princess Ubolratana Mahidol", "Time" for "Time magazine"). Not a lone organisation word
    ("Department" is no name) nor one of several speakers ("A and B")."""
    words = pred_name.split()
    g = set(_folded(gold_name).replace(",", " ").split())
    return (
        bool(words)
        and all(w[:1].isupper() for w in words)
        and not (len(words) == 1 and words[0].lower() in ORGANISATION_WORDS)
        and "and" not in g
        and set(_folded(pred_name).split()) <= g
    )


_BRACKETED = re.compile(r"\s*\([^)]*\)")


def _folded(name: str) -> str:
    """``name`` case-folded, without accents ("Erdoğan" -> "erdogan")."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


#: Words that make a gold speaker's name an organisation's rather than a person's.
ORGANISATION_WORDS = frozenset(
    {
        "government", "ministry", "department", "office", "agency", "council", "court", "police", "army",
        "military", "forces", "party", "commission", "committee", "news", "times", "post", "university",
        "center", "centre", "association", "union", "group", "treasury", "house", "senate", "parliament",
        "embassy", "spokesperson", "officials", "authorities", "prosecutors", "organization", "organisation",
        "command", "force", "bureau", "mission", "institute", "foundation", "service", "administration",
        "company", "corporation", "bank", "fund", "network", "magazine", "factbook", "campaign", "ministers",
    }
)  # fmt: skip


def _is_person_name(name: str | None) -> bool:
    """A gold name that names a person: two or more capitalised words, none an organisation word."""
    words = (name or "").split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() for w in words)
        and not ({w.lower().strip(".,'") for w in words} & ORGANISATION_WORDS)
    )


def _speaker_right(gold: dict[str, Any] | None, pred: Any) -> bool:
    if gold is None:
        return pred is None
    if pred is None:
        return False
    if _names_match(gold.get("name") or gold.get("text"), pred.name):
        return True
    if gold.get("name") and pred.name and _part_of_name(gold["name"], pred.name):
        return True
    code = gold.get("code")
    same = bool(code) and (code or "").removeprefix("---") == (pred.code or "").removeprefix("---")
    return same and not _is_person_name(gold.get("name"))  # "---MED" in the gold is dyadic's bare "MED"


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _score_quotations(report: ArticleReport, gold: GoldArticle, result: ArticleResult) -> None:
    predicted = list(result.quotations)
    report.quotes_predicted += len(predicted)
    hit_pred: set[int] = set()
    for q in gold.quotations:
        span = (q["start"], q["end"])
        best, best_key = None, (0, 0)
        for i, p in enumerate(predicted):
            ov = _overlap(span, (p.start, p.end))
            # the largest overlap; of equal ones, the span closest in length (a quotation nested
            # in a longer one pairs with the nested prediction, not the one around it)
            key = (ov, -abs((p.end - p.start) - (span[1] - span[0])))
            if ov and ov * 2 >= min(span[1] - span[0], p.end - p.start) and key > best_key:
                best, best_key = i, key
        report.quotes_gold += 1
        if best is None:
            report.quote_errors.append(
                {"id": gold.article_id, "error": "missed", "quotation": q["text"][:200]}
            )
            continue
        hit_pred.add(best)
        report.quotes_found += 1
        pred = predicted[best]
        if _speaker_right(q.get("speaker"), pred.speaker):
            report.quotes_speaker_right += 1
        else:
            report.quote_errors.append(
                {
                    "id": gold.article_id,
                    "error": "wrong speaker",
                    "quotation": q["text"][:200],
                    "expected": q.get("speaker"),
                    "predicted": None
                    if pred.speaker is None
                    else {"text": pred.speaker.text, "name": pred.speaker.name, "code": pred.speaker.code},
                }
            )
    for i, p in enumerate(predicted):
        if any(_overlap((q["start"], q["end"]), (p.start, p.end)) for q in gold.quotations):
            report.quotes_predicted_hit += 1
        elif i not in hit_pred:
            report.quote_errors.append(
                {"id": gold.article_id, "error": "false alarm", "quotation": p.text[:200]}
            )


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance in km between two points in decimal degrees (mean Earth radius 6371.0088 km)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def _score_places(report: ArticleReport, gold: GoldArticle, result: ArticleResult) -> None:
    predicted = list(result.places)
    for g in gold.places:
        report.places_gold += 1
        hits = [p for p in predicted if any(_overlap((s, e), (p.start, p.end)) for s, e in g["mentions"])]
        if not hits:
            report.place_errors.append({"id": gold.article_id, "error": "missed", "toponym": g["text"]})
            continue
        report.places_found += 1
        km = min(great_circle_km(g["lat"], g["lon"], p.place.lat, p.place.lon) for p in hits)
        gid = g.get("geonames_id")
        same_entry = gid is not None and any(p.place.geonames_id == gid for p in hits)
        if km <= PLACE_KM or same_entry:
            report.places_161 += 1
        else:
            report.place_errors.append(
                {
                    "id": gold.article_id,
                    "error": f"{km:.0f} km off",
                    "toponym": g["text"],
                    "expected": g.get("name"),
                    "predicted": hits[0].place.name,
                }
            )
    by_text: dict[str, list[Any]] = defaultdict(list)
    for p in predicted:
        by_text[p.text].append(p)
    for text, mentions in by_text.items():
        report.places_predicted += 1
        if any(
            _overlap((s, e), (p.start, p.end))
            for g in gold.places
            for s, e in g["mentions"]
            for p in mentions
        ):
            report.places_predicted_hit += 1
        else:
            report.place_errors.append({"id": gold.article_id, "error": "false alarm", "toponym": text})
    _score_places_on_actors(report, gold, predicted)


def _is_country_code(code: str | None) -> bool:
    """A bare country code (``IRN``, ``EUR``), not ``IGO``/``NGO``/``---`` or a longer code."""
    return code is not None and len(code) == 3 and code.isalpha() and code not in ORG_BLOCKS


def _score_places_on_actors(report: ArticleReport, gold: GoldArticle, predicted: list[Any]) -> None:
    """Count predicted places on a gold non-country actor's span that overlap no gold toponym."""
    actors = []
    for e in gold.events:
        for role in ("source", "target"):
            a = e.get(role) or {}
            named = a.get("start") is not None and a.get("end") is not None
            if named and not _is_country_code(a.get("code")):
                actors.append(a)
    toponyms = [(s, e) for g in gold.places for s, e in g["mentions"]]
    for p in predicted:
        span = (p.start, p.end)
        if any(_overlap(span, t) for t in toponyms):
            continue
        actor = next((a for a in actors if _overlap(span, (a["start"], a["end"]))), None)
        if actor is None:
            continue
        report.place_on_actor += 1
        report.place_on_actor_errors.append(
            {
                "id": gold.article_id,
                "place": p.text,
                "predicted": p.place.name,
                "actor": actor.get("text"),
                "code": actor.get("code"),
            }
        )


def evaluate_articles(articles: Sequence[GoldArticle], pipeline: Any, name: str = "gold") -> ArticleReport:
    """Code each gold article with ``pipeline`` (a :class:`dyadic.pipeline.Pipeline`) and score it.

    Returns:
        The report; an article that fails to code counts as predicting nothing.
    """
    report = ArticleReport(name=name, articles=len(articles))
    inputs = [
        Article(
            article_id=g.article_id, text=g.text, title=g.title, published=g.published, origin=g.article_id
        )
        for g in articles
    ]
    for gold, result in zip(articles, pipeline.code_many(inputs), strict=True):
        if not isinstance(result, ArticleResult):
            result = ArticleResult(article=Article(gold.article_id, gold.text))
        report.per_article.append(_score_events(report, gold, result))
        _score_quotations(report, gold, result)
        _score_places(report, gold, result)
    return report


def evaluate_article_file(path: str | Path, pipeline: Any) -> ArticleReport:
    """Load an article gold file and score ``pipeline`` on it. Raises :class:`InputError` for bad files."""
    return evaluate_articles(load_gold_articles(path), pipeline, name=Path(path).name)


def format_article_report(report: ArticleReport, show_errors: int = 20) -> Group:
    """A Rich renderable: event levels, core recall, status, quotations, places, by-root table,
    the worst articles, and up to ``show_errors`` misses and false alarms."""
    scores = report.scores()
    names = {
        "root": "(source, target, root)",
        "root_status": "(source, target, root, status)",
        "code": "(source, target, code)",
    }
    t = scores_table(
        f"{report.name}: {report.articles} articles",
        "events",
        {names[k]: s for k, s in report.levels.items()},
    )
    lines: list[RenderableType] = [
        t,
        Text(
            f"core-event recall {scores['core_recall']:.3f} ({report.core_found}/{report.core_total}); "
            f"status accuracy on matched events {scores['status_accuracy']:.3f}"
        ),
        Text(
            f"actor country on root-matched events {scores['actor_country_accuracy']:.3f} "
            f"({report.actor_country_right}/{report.actor_country_matched})"
        ),
        Text(
            f"quotations: found {scores['quote_found']:.3f} ({report.quotes_found}/{report.quotes_gold}), "
            f"speaker right {scores['speaker_accuracy']:.3f}, precision {scores['quote_precision']:.3f}"
        ),
        Text(
            f"places: found {scores['place_found']:.3f} ({report.places_found}/{report.places_gold}), "
            f"within 161 km {scores['place_within_161km']:.3f}, precision {scores['place_precision']:.3f}, "
            f"on actors {report.place_on_actor}"
        ),
    ]
    roots = Table(title="by CAMEO root (root level)")
    for col in ("root", "gold", "found", "recall", "predicted", "right", "precision"):
        roots.add_column(col, justify="right")
    for root, c in sorted(report.by_root.items()):
        roots.add_row(
            root,
            str(c["gold"]),
            str(c["found"]),
            f"{_ratio(c['found'], c['gold']):.2f}",
            str(c["predicted"]),
            str(c["predicted_right"]),
            f"{_ratio(c['predicted_right'], c['predicted']):.2f}",
        )
    lines.append(roots)
    worst = sorted(report.per_article, key=lambda a: (a.f1, -(a.fp + a.fn)))[:10]
    lines.append(Text("worst articles (root F1, TP/FP/FN, core found):", style="bold"))
    for a in worst:
        lines.append(
            Text(
                f"  {a.f1:.2f}  {a.tp}/{a.fp}/{a.fn}  core {a.core_found}/{a.core}  "
                f"{a.article_id}  {a.title or ''}"
            )
        )
    for title, items, key in (
        ("misses", report.misses, "expected"),
        ("false alarms", report.false_alarms, "predicted"),
    ):
        lines.append(Text(f"{title}: {len(items)} (showing {min(show_errors, len(items))})", style="bold"))
        for it in items[:show_errors]:
            lines.append(
                Text(f"  {it['id']}  {' '.join(it[key])}  [{it['trigger']}]  | {it['sentence'][:140]}")
            )
    return Group(*lines)
