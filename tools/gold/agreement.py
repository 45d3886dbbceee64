"""Inter-annotator agreement on the doubly annotated articles of the gold corpus (issue 9).

For every article with two annotators' files (``eval/gold/annotations/a*/``), compares
them with the metrics of ``dyadic evaluate`` (one annotator taken as gold, the other as
prediction; F1 is symmetric):

* **events**: F1 at (source country, target country, CAMEO root) within the same
  sentence, symmetric codes matching either direction; also with the exact code and
  with the status;
* **quotations**: share of quotations found by both (overlap of at least half the
  shorter span), and of those, share with the same speaker (same name, or the same
  last word of the name, or the same code when one side has no name);
* **places**: Jaccard agreement on the distinct toponym strings, and of the shared
  ones the share whose coordinates lie within 161 km.

Writes a Markdown table to stdout (``--json FILE`` for the numbers).

Run: ``.venv/bin/python tools/gold/agreement.py [--split test]``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold import GOLD, Resolver, load_codebook, load_corpus, safe_name  # noqa: E402

from dyadic.evaluation.articles import SYMMETRIC_CODES, great_circle_km  # noqa: E402
from dyadic.evaluation.harness import actor_key  # noqa: E402


def _events(record: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for e in record["events"]:
        tgt = e["target"]
        out.append(
            {
                "s": e["sentence_index"],
                "src": actor_key(e["source"]["code"]),
                "tgt": actor_key(tgt["code"]) if tgt else "-",
                "root": e["cameo_root"],
                "code": e["cameo"],
                "status": e["status"],
                "sym": e["cameo"] in SYMMETRIC_CODES,
            }
        )
    return out


def _match(a: dict[str, Any], b: dict[str, Any], level: str) -> bool:
    if a["s"] != b["s"]:
        return False
    value = "code" if level == "code" else "root"
    if a[value] != b[value] or (level == "status" and a["status"] != b["status"]):
        return False
    pairs = [(a["src"], a["tgt"])] + ([(a["tgt"], a["src"])] if a["sym"] or b["sym"] else [])
    return (b["src"], b["tgt"]) in pairs


def event_agreement(x: list[dict[str, Any]], y: list[dict[str, Any]], level: str) -> tuple[int, int, int]:
    """(matches, events of x, events of y): greedy one-to-one matching."""
    left = list(range(len(y)))
    hits = 0
    for a in x:
        j = next((j for j in left if _match(a, y[j], level)), None)
        if j is not None:
            left.remove(j)
            hits += 1
    return hits, len(x), len(y)


def _same_speaker(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    na, nb = (a.get("name") or a.get("text") or "").casefold().split(), (
        b.get("name") or b.get("text") or ""
    ).casefold().split()
    if na and nb and (na == nb or na[-1] == nb[-1]):
        return True
    return bool(a.get("code")) and a.get("code") == b.get("code") and (not a.get("name") or not b.get("name"))


def quotation_agreement(x: list[dict[str, Any]], y: list[dict[str, Any]]) -> tuple[int, int, int, int]:
    """(found by both, same speaker among them, quotations of x, of y)."""
    both = same = 0
    used: set[int] = set()
    for q in x:
        for j, r in enumerate(y):
            ov = max(0, min(q["end"], r["end"]) - max(q["start"], r["start"]))
            if j not in used and ov * 2 >= min(q["end"] - q["start"], r["end"] - r["start"]) and ov > 0:
                used.add(j)
                both += 1
                same += _same_speaker(q["speaker"], r["speaker"])
                break
    return both, same, len(x), len(y)


def place_agreement(x: list[dict[str, Any]], y: list[dict[str, Any]]) -> tuple[int, int, int]:
    """(shared toponyms, shared within 161 km, toponyms in either)."""
    bx, by = {p["text"]: p for p in x}, {p["text"]: p for p in y}
    shared = set(bx) & set(by)
    near = sum(
        great_circle_km(bx[t]["lat"], bx[t]["lon"], by[t]["lat"], by[t]["lon"]) <= 161
        for t in shared
        if None not in (bx[t]["lat"], by[t]["lat"])
    )
    return len(shared), near, len(set(bx) | set(by))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="test")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    articles, sentences, split_of = load_corpus()
    codebook = load_codebook()
    annotations = GOLD / "annotations"
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    q_tot = [0, 0, 0, 0]
    p_tot = [0, 0, 0]
    rows = []
    for article_id, article in sorted(articles.items()):
        if split_of[article_id] != args.split:
            continue
        files = sorted(annotations.glob(f"a*/{safe_name(article_id)}.json"))
        if len(files) < 2:
            continue
        recs = []
        for f in files[:2]:
            resolver = Resolver(article, sentences[article_id], codebook)
            recs.append(resolver.resolve(json.loads(f.read_text(encoding="utf-8"))))
        ex, ey = _events(recs[0]), _events(recs[1])
        row = [article_id, files[0].parent.name, files[1].parent.name]
        for level in ("root", "code", "status"):
            h, nx, ny = event_agreement(ex, ey, level)
            for i, v in enumerate((h, nx, ny)):
                totals[level][i] += v
            if level == "root":
                row += [nx, ny, h, f"{2 * h / (nx + ny):.2f}" if nx + ny else "-"]
        q = quotation_agreement(recs[0]["quotations"], recs[1]["quotations"])
        p = place_agreement(recs[0]["places"], recs[1]["places"])
        q_tot = [a + b for a, b in zip(q_tot, q, strict=True)]
        p_tot = [a + b for a, b in zip(p_tot, p, strict=True)]
        rows.append(row)
    summary: dict[str, Any] = {"articles": len(rows)}
    for level, (h, nx, ny) in totals.items():
        summary[f"event_f1_{level}"] = round(2 * h / (nx + ny), 4) if nx + ny else None
    summary["events"] = {"annotator_1": totals["root"][1], "annotator_2": totals["root"][2]}
    summary["quotation_found_by_both"] = round(2 * q_tot[0] / (q_tot[2] + q_tot[3]), 4) if q_tot[2] else None
    summary["quotation_speaker_agreement"] = round(q_tot[1] / q_tot[0], 4) if q_tot[0] else None
    summary["place_toponym_jaccard"] = round(p_tot[0] / p_tot[2], 4) if p_tot[2] else None
    summary["place_within_161km_of_shared"] = round(p_tot[1] / p_tot[0], 4) if p_tot[0] else None
    print("| article | annotators | events A | events B | matched | F1 (dyad+root) |")
    print("|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r[0]} | {r[1]}/{r[2]} | {r[3]} | {r[4]} | {r[5]} | {r[6]} |")
    print()
    print(json.dumps(summary, indent=1))
    if args.json:
        args.json.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
