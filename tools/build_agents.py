"""Convert the PETRARCH2 agents dictionary into dyadic's ``agents.json``.

Usage::

    python tools/build_agents.py [PHOENIX_AGENTS_TXT] [OUT_JSON]

Defaults: ``../shared/data/petrarch2-dictionaries/Phoenix.agents.txt`` and
``src/dyadic/data/actors/agents.json``.

Source: Phoenix.agents.txt from https://github.com/openeventdata/petrarch2
(MIT, Copyright (c) 2014 Open Event Data Alliance). Its format: one agent
noun per line, ``PHRASE [~ROLE]``; words joined by ``_``; a trailing ``_``
means "stopped" (no plural is generated); ``{PLURAL}`` gives an irregular
plural and ``{}`` means none; ``!SET!`` expands a substitution set declared
as ``!SET! = A, B``; ``#`` starts a comment. Regular plurals are generated
here the way PETRARCH 0.5 does (Y -> IES, S -> ES, else + S), and the stems
``MINIST``/``MINISTR`` are expanded to minister/ministers/ministry/ministries.

Output: ``{"source": ..., "license": ..., "agents": [[phrase, role], ...]}``
with lower-case phrases (words separated by single spaces) sorted by phrase.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_IN = ROOT.parent / "shared" / "data" / "petrarch2-dictionaries" / "Phoenix.agents.txt"
DEFAULT_OUT = ROOT / "src" / "dyadic" / "data" / "actors" / "agents.json"

_LINE = re.compile(r"^(?P<phrase>[^\[{]+?)\s*(?:\{(?P<plural>[^}]*)\})?\s*\[~(?P<role>[A-Z]+)\]")
_STEMS = {
    "MINIST": ["MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES"],
    "MINISTR": ["MINISTRY", "MINISTRIES"],
}


def make_plural(word: str) -> str:
    """PETRARCH 0.5's regular plural of an upper-case noun."""
    if word.endswith("Y") and not word.endswith(("AY", "EY", "OY")):
        return word[:-1] + "IES"
    if word.endswith(("S", "SH", "CH", "X")):
        return word + "ES"
    if word.endswith("MAN"):
        return word[:-3] + "MEN"
    return word + "S"


def expand_sets(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    """Expand ``!SET!`` references; returns every resulting phrase."""
    match = re.search(r"!([A-Z]+)!", phrase)
    if not match:
        return [phrase]
    out: list[str] = []
    for member in sets.get(match.group(1), []):
        joined = phrase[: match.start()] + member + phrase[match.end() :]
        out.extend(expand_sets(joined, sets))
    return out


def forms(phrase: str, plural: str | None) -> list[str]:
    """All surface forms of one entry (upper case, ``_`` between words)."""
    stopped = phrase.endswith("_")
    words = [w for w in phrase.strip("_ ").replace(" ", "_").split("_") if w]
    if not words:
        return []
    last = words[-1]
    if last in _STEMS:
        return ["_".join(words[:-1] + [s]) for s in _STEMS[last]]
    out = ["_".join(words)]
    if plural is not None:
        out += [p.strip() for p in plural.split(",") if p.strip()]
    elif not stopped and last[-1].isalpha():
        out.append("_".join(words[:-1] + [make_plural(last)]))
    return out


def parse_agents(text: str) -> list[tuple[str, str]]:
    """Parse Phoenix.agents.txt into sorted, de-duplicated ``(phrase, role)`` pairs."""
    sets: dict[str, list[str]] = {}
    seen: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        set_match = re.match(r"^!([A-Z]+)!\s*=\s*(.+)$", line)
        if set_match:
            sets[set_match.group(1)] = [m.strip() for m in set_match.group(2).split(",")]
            continue
        m = _LINE.match(line)
        if not m:
            continue
        for phrase in expand_sets(m.group("phrase").strip(), sets):
            for form in forms(phrase, m.group("plural")):
                key = " ".join(form.lower().replace("_", " ").split())
                if key and key not in seen:
                    seen[key] = m.group("role")
    return sorted(seen.items())


def main(argv: list[str]) -> int:
    """Build the file; returns the process exit status."""
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_IN
    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    agents = parse_agents(src.read_text(encoding="utf-8", errors="replace"))
    head = {
        "source": "Phoenix.agents.txt, openeventdata/petrarch2 676801cd9cb2924bbbad09f86d15c9323e7097bf",
        "license": "MIT, Copyright (c) 2014 Open Event Data Alliance",
        "generated_by": "tools/build_agents.py",
    }
    lines = [f" {json.dumps(k)}: {json.dumps(v)}," for k, v in head.items()]
    rows = ",\n".join("  " + json.dumps(list(a), ensure_ascii=False) for a in agents)
    out.write_text("{\n" + "\n".join(lines) + '\n "agents": [\n' + rows + "\n ]\n}\n", encoding="utf-8")
    print(f"wrote {len(agents)} agent phrases to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
