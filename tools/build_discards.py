"""Build ``src/dyadic/data/events/discards.jsonl`` from PETRARCH2's ``Phoenix.discards.txt``.

Source: ``Phoenix.discards.txt`` from openeventdata/petrarch2 (MIT, Copyright (c) 2014
Open Event Data), copied under ``../shared/data/petrarch2-dictionaries/``: phrases that
mark a sentence (or, with a leading ``+``, a whole story) as non-political: sports,
entertainment, disasters, history. ``#`` starts a comment; a trailing ``_`` on a word
means the word must match exactly (otherwise it matches as a prefix: ``BOWLER`` also
matches "bowlers").

Left out: bare years (``1914`` ... ``2013``) and relative time phrases (``YEARS AGO``,
``MONTHS LATER``), which in modern news mark no historical story and would discard
most political sentences; and wars and empires of the past (``WORLD WAR II``,
``NAPOLEONIC WARS``), whose mention in today's news (apologies, demands, trials) is
political.

Added (dyadic, MIT): newsroom credit lines ("Jane Doe contributed to this report from
Kabul"), which name people and places but report no event (:data:`CREDIT_LINES`).

Output: one JSON object per phrase, ``{"phrase": "world cup", "words": [["world", false],
["cup", false]], "scope": "story" | "sentence"}`` where each word carries ``exact``.

Usage: ``python tools/build_discards.py [Phoenix.discards.txt] [out.jsonl]``
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_IN = ROOT.parent / "shared" / "data" / "petrarch2-dictionaries" / "Phoenix.discards.txt"
DEFAULT_OUT = ROOT / "src" / "dyadic" / "data" / "events" / "discards.jsonl"
RELATIVE_TIME = re.compile(r"^\w+ (ago|later)$")
#: Historical references: today's news about them (apologies, demands, trials) is political.
HISTORY = re.compile(r"world war|napoleonic wars|pearl harbor|british empire")


#: Newsroom credit lines, in the PETRARCH file's syntax (``_``: exact word).
CREDIT_LINES = (
    "CONTRIBUTED_ TO_ THIS_ REPORT_",
    "CONTRIBUTED_ TO_ THIS_ STORY_",
    "CONTRIBUTED_ TO_ THIS_ ARTICLE_",
    "CONTRIBUTED_ REPORTING_",
    "CONTRIBUTED_ FROM_",
)


def parse(text: str) -> list[dict[str, object]]:
    """Discard entries of the file text, in file order, without duplicates."""
    out: list[dict[str, object]] = []
    seen: set[str] = set()
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        scope = "story" if line.startswith("+") else "sentence"
        words = line.lstrip("+").lower().split()
        if not words or all(w.strip("_").isdigit() for w in words):
            continue
        phrase = " ".join(w.rstrip("_") for w in words)
        if RELATIVE_TIME.match(phrase) or HISTORY.search(phrase) or phrase in seen:
            continue
        seen.add(phrase)
        out.append(
            {"phrase": phrase, "words": [[w.rstrip("_"), w.endswith("_")] for w in words], "scope": scope}
        )
    return out


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_IN
    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    entries = parse(src.read_text(encoding="latin-1") + "\n" + "\n".join(CREDIT_LINES))
    out.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in entries), encoding="utf-8")
    stories = sum(e["scope"] == "story" for e in entries)
    print(f"{out}: {len(entries)} phrases ({stories} story-level)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
