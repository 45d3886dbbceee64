"""Check annotators' files and build the real-news gold corpus (issue 9).

Annotators write one JSON file per article under
``eval/gold/annotations/<annotator>/<safe id>.json`` in the *working format*
(sentence numbers and words, no offsets; see ``eval/gold/README.md``). This tool

* ``check FILE...``: validates working files against the article text and the
  CAMEO codebook, printing every problem with its place (exit 1 on errors);
* ``build``: resolves the adjudicated (or single) annotation of every article
  into the public gold format (character offsets into ``text``) and writes
  ``eval/gold/{train,dev,test}.jsonl``.

It never runs dyadic's pipeline: the gold is built from the annotators' words.

Run: ``.venv/bin/python tools/gold/gold.py check eval/gold/annotations/a1/*.json``.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path
from typing import Any

import pycountry

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "eval" / "gold"
CODEBOOK = ROOT / "src" / "dyadic" / "data" / "events" / "cameo_codes_goldstein_quad_plover.csv"
STATUSES = {"realized", "planned", "hypothetical", "negated"}
KINDS = {"direct", "reported"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CODE_RE = re.compile(r"^(---|[A-Z]{3})([A-Z]{3})*$")
ORG_BLOCKS = {"IGO", "NGO", "IMG", "MNC"}
#: Codes used for places and groups that are not ISO 3166 countries but are CAMEO country codes.
EXTRA_COUNTRIES = {"XKX", "KSV", "PSE", "EUR", "AFR", "ASA", "MEA", "WST", "LAM", "SAS", "SEA", "CAS"}
QUOTE_MAP = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " "})


def safe_name(article_id: str) -> str:
    """File name of an article id (``gum:GUM_news_korea`` -> ``gum_GUM_news_korea``)."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", article_id)


def load_codebook() -> dict[str, dict[str, str]]:
    """CAMEO code -> row of the CAMEO/Goldstein/QuadClass/PLOVER table shipped with dyadic."""
    with CODEBOOK.open(encoding="utf-8") as fh:
        return {row["code"]: row for row in csv.DictReader(fh)}


def load_corpus() -> tuple[dict[str, dict[str, Any]], dict[str, list[list[int]]], dict[str, str]]:
    """Articles by id, sentence spans by id, split by id."""
    articles = {}
    for line in (GOLD / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        articles[row["id"]] = row
    sentences = {}
    for line in (GOLD / "sentences.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        sentences[row["id"]] = row["sentences"]
    splits = json.loads((GOLD / "splits.json").read_text(encoding="utf-8"))
    split_of = {i: name for name, ids in splits.items() for i in ids}
    return articles, sentences, split_of


def _find(haystack: str, needle: str, start: int = 0, nth: int = 1) -> int:
    """Offset of the nth occurrence of needle (exact, then quote-normalised, then case-blind), or -1."""
    for h, n in ((haystack, needle), (haystack.translate(QUOTE_MAP), needle.translate(QUOTE_MAP))):
        for hh, nn in ((h, n), (h.lower(), n.lower())):
            pos = start - 1
            for _ in range(max(nth, 1)):
                pos = hh.find(nn, pos + 1)
                if pos < 0:
                    break
            if pos >= 0:
                return pos
    return -1


def country_ok(code: str) -> bool:
    """Whether an actor code starts with a known country, ``---`` or an organisation block."""
    head = code[:3]
    return (
        head in ORG_BLOCKS
        or head == "---"
        or head in EXTRA_COUNTRIES
        or (pycountry.countries.get(alpha_3=head) is not None)
    )


class Resolver:
    """Turns one working-format annotation into a gold record, collecting problems."""

    def __init__(self, article: dict[str, Any], spans: list[list[int]], codebook: dict[str, dict[str, str]]):
        self.article = article
        self.text: str = article["text"]
        self.spans = spans
        self.codebook = codebook
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def _sentence(self, where: str, s: Any) -> tuple[int, int] | None:
        if not isinstance(s, int) or not 0 <= s < len(self.spans):
            self.errors.append(f"{where}: sentence number {s!r} is not 0..{len(self.spans) - 1}")
            return None
        return self.spans[s][0], self.spans[s][1]

    def _actor(self, where: str, raw: Any, sent: tuple[int, int]) -> dict[str, Any] | None:
        if raw is None:
            return None
        if not isinstance(raw, dict) or not isinstance(raw.get("code"), str):
            self.errors.append(f"{where}: needs {{text, code}} or null, got {raw!r}")
            return None
        code = raw["code"].strip().upper()
        if not CODE_RE.match(code):
            self.errors.append(f"{where}: actor code {code!r} is not COUNTRY(3)+ROLE(3)... or ---ROLE")
        elif not country_ok(code):
            self.warnings.append(f"{where}: {code[:3]!r} is not an ISO 3166 alpha-3 country or org block")
        out: dict[str, Any] = {"text": raw.get("text"), "start": None, "end": None, "code": code}
        if raw.get("name"):
            out["name"] = raw["name"]
        words = raw.get("text")
        if words:
            pos = _find(self.text[sent[0] : sent[1]], words)
            if pos >= 0:
                out["start"], out["end"] = sent[0] + pos, sent[0] + pos + len(words)
                out["text"] = self.text[out["start"] : out["end"]]
            else:
                self.warnings.append(f"{where}: {words!r} is not in the sentence (kept without offsets)")
        return out

    def event(self, i: int, raw: dict[str, Any]) -> dict[str, Any] | None:
        where = f"events[{i}]"
        sent = self._sentence(where, raw.get("s"))
        if sent is None:
            return None
        trigger = raw.get("trigger")
        if not isinstance(trigger, str) or not trigger.strip():
            self.errors.append(f"{where}: trigger missing")
            return None
        pos = _find(self.text[sent[0] : sent[1]], trigger, nth=int(raw.get("trigger_occurrence") or 1))
        if pos < 0:
            self.errors.append(f"{where}: trigger {trigger!r} not in sentence {raw.get('s')}")
            return None
        code = str(raw.get("cameo", "")).strip()
        row = self.codebook.get(code)
        if row is None:
            self.errors.append(f"{where}: CAMEO code {code!r} is not in the CAMEO 1.1b3 table")
            return None
        status = raw.get("status")
        if status not in STATUSES:
            self.errors.append(f"{where}: status {status!r} not one of {sorted(STATUSES)}")
        date = raw.get("date")
        if date is not None and not (isinstance(date, str) and DATE_RE.match(date)):
            self.errors.append(f"{where}: date {date!r} is not YYYY[-MM[-DD]] or null")
        for flag in ("core", "background"):
            if not isinstance(raw.get(flag, False), bool):
                self.errors.append(f"{where}: {flag} must be true or false")
        if "source" not in raw:
            self.errors.append(f"{where}: source missing (use null only for 'no source')")
        source = self._actor(f"{where}.source", raw.get("source"), sent)
        if source is None:
            self.errors.append(f"{where}: an event needs a source (unknown: {{text: null, code: '---UAF'}})")
        start = sent[0] + pos
        return {
            "sentence_index": raw["s"],
            "trigger": {
                "text": self.text[start : start + len(trigger)],
                "start": start,
                "end": start + len(trigger),
            },
            "source": source,
            "target": self._actor(f"{where}.target", raw.get("target"), sent),
            "cameo": code,
            "cameo_root": row["root"],
            "cameo_name": row["name_cameo_icews"],
            "plover": row["plover_event"] or None,
            "plover_mode": row["plover_mode"] or None,
            "plover_context": row["plover_context"] or None,
            "status": status,
            "core": bool(raw.get("core", False)),
            "background": bool(raw.get("background", False)),
            "date": date,
            "note": raw.get("note"),
        }

    def quotation(self, i: int, raw: dict[str, Any]) -> dict[str, Any] | None:
        where = f"quotations[{i}]"
        sent = self._sentence(where, raw.get("s"))
        if sent is None:
            return None
        begins, ends = raw.get("begins"), raw.get("ends")
        if not begins or not ends:
            self.errors.append(f"{where}: begins and ends (first and last words) are required")
            return None
        start = _find(self.text, begins, max(sent[0] - 2, 0))
        if start < 0 or start > sent[1]:
            self.errors.append(f"{where}: begins {begins!r} not found in or after sentence {raw['s']}")
            return None
        tail = _find(self.text, ends, start)
        if tail < 0:
            self.errors.append(f"{where}: ends {ends!r} not found after {begins!r}")
            return None
        end = tail + len(ends)
        if end - start > 6000:
            self.warnings.append(f"{where}: quotation is {end - start} characters long")
        kind = raw.get("kind")
        if kind not in KINDS:
            self.errors.append(f"{where}: kind {kind!r} not direct/reported")
        speaker = raw.get("speaker")
        out_speaker = None
        if speaker is not None:
            if not isinstance(speaker, dict):
                self.errors.append(f"{where}: speaker must be {{text, name, code}} or null")
            else:
                out_speaker = {
                    "text": speaker.get("text"),
                    "name": speaker.get("name"),
                    "code": speaker.get("code"),
                }
                code = speaker.get("code")
                if code and not CODE_RE.match(str(code).upper()):
                    self.errors.append(f"{where}: speaker code {code!r} malformed")
        return {
            "sentence_index": raw["s"],
            "start": start,
            "end": end,
            "text": self.text[start:end],
            "kind": kind,
            "speaker": out_speaker,
        }

    def place(self, i: int, raw: dict[str, Any]) -> dict[str, Any] | None:
        where = f"places[{i}]"
        words = raw.get("text")
        if not isinstance(words, str) or not words.strip():
            self.errors.append(f"{where}: text missing")
            return None
        mentions = [[m.start(), m.end()] for m in re.finditer(rf"(?<!\w){re.escape(words)}(?!\w)", self.text)]
        if not mentions:
            self.errors.append(f"{where}: toponym {words!r} does not occur in the text (exact case)")
            return None
        lat, lon = raw.get("lat"), raw.get("lon")
        if not isinstance(lat, int | float) or not isinstance(lon, int | float):
            self.errors.append(f"{where}: lat and lon (decimal degrees) are required")
        elif not (-90 <= lat <= 90 and -180 <= lon <= 180):
            self.errors.append(f"{where}: lat/lon out of range")
        gid = raw.get("geonames_id")
        if gid is not None and not isinstance(gid, int):
            self.errors.append(f"{where}: geonames_id must be an integer or null")
        return {
            "text": words,
            "mentions": mentions,
            "geonames_id": gid,
            "name": raw.get("name") or words,
            "country": raw.get("country"),
            "lat": lat,
            "lon": lon,
            "metonymic": bool(raw.get("metonymic", False)),
        }

    def resolve(self, ann: dict[str, Any]) -> dict[str, Any]:
        events = [e for i, raw in enumerate(ann.get("events", [])) if (e := self.event(i, raw))]
        quotations = [q for i, raw in enumerate(ann.get("quotations", [])) if (q := self.quotation(i, raw))]
        places = [p for i, raw in enumerate(ann.get("places", [])) if (p := self.place(i, raw))]
        return {"events": events, "quotations": quotations, "places": places}


def check_file(path: Path, articles: dict, sentences: dict, codebook: dict) -> tuple[list[str], list[str]]:
    """Errors and warnings of one working-format file."""
    try:
        ann = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        return [f"cannot read JSON: {exc}"], []
    article_id = ann.get("id")
    if article_id not in articles:
        return [f"id {article_id!r} is not an article of eval/gold/articles.jsonl"], []
    if path.stem != safe_name(article_id):
        return [f"file name should be {safe_name(article_id)}.json"], []
    resolver = Resolver(articles[article_id], sentences[article_id], codebook)
    resolver.resolve(ann)
    return resolver.errors, resolver.warnings


def build(annotations: Path, out_dir: Path) -> dict[str, int]:
    """Write train/dev/test JSON Lines from the adjudicated (else single) annotation of each article."""
    articles, sentences, split_of = load_corpus()
    codebook = load_codebook()
    rows: dict[str, list[dict[str, Any]]] = {"train": [], "dev": [], "test": []}
    missing = []
    for article_id, article in articles.items():
        name = safe_name(article_id) + ".json"
        chosen = annotations / "adjudicated" / name
        annotators = sorted(p.parent.name for p in annotations.glob(f"a*/{name}"))
        if not chosen.exists():
            if not annotators:
                missing.append(article_id)
                continue
            chosen = annotations / annotators[0] / name
        ann = json.loads(chosen.read_text(encoding="utf-8"))
        resolver = Resolver(article, sentences[article_id], codebook)
        record = resolver.resolve(ann)
        if resolver.errors:
            raise SystemExit(f"{chosen}: {len(resolver.errors)} errors, first: {resolver.errors[0]}")
        rows[split_of[article_id]].append(
            {
                **{k: article[k] for k in ("id", "collection", "title", "published", "url", "licence")},
                "attribution": article["attribution"],
                "split": split_of[article_id],
                "text": article["text"],
                "sentences": sentences[article_id],
                "annotators": annotators,
                "adjudicated": chosen.parent.name == "adjudicated",
                **record,
            }
        )
    for split, records in rows.items():
        with (out_dir / f"{split}.jsonl").open("w", encoding="utf-8") as fh:
            for rec in sorted(records, key=lambda r: r["id"]):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if missing:
        print(f"not yet annotated: {len(missing)} articles", file=sys.stderr)
    return {k: len(v) for k, v in rows.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate working-format annotation files")
    check.add_argument("files", nargs="+", type=Path)
    b = sub.add_parser("build", help="write eval/gold/{train,dev,test}.jsonl")
    b.add_argument("--out", type=Path, default=GOLD, help="folder for the split files")
    args = parser.parse_args()
    if args.command == "build":
        print(build(GOLD / "annotations", args.out))
        return
    articles, sentences, _ = load_corpus()
    codebook = load_codebook()
    failed = 0
    for path in args.files:
        errors, warnings = check_file(path, articles, sentences, codebook)
        for w in warnings:
            print(f"{path}: warning: {w}")
        for e in errors:
            print(f"{path}: ERROR: {e}")
        failed += bool(errors)
        if not errors:
            print(f"{path}: OK")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
