"""Build ``src/dyadic/data/events/verb_patterns.jsonl`` from the PETRARCH2 CAMEO verb dictionary.

Source: ``CAMEO.2.0.txt`` from openeventdata/petrarch2 (MIT, Copyright (c) 2015 Open Event
Data Alliance), copied under ``../shared/data/petrarch2-dictionaries/``. Only the verb
dictionary is read (the GPL TABARI files are never used).

Input format (see the dictionary header and PETRARCH's ``read_verb_dictionary``):

* synonym sets ``&NAME`` followed by ``+WORD`` members (``_`` joins words of a phrase,
  a trailing ``_`` marks an unstemmed word);
* verb blocks ``--- NAME [code] ---`` followed by verb lines ``VERB [code] {IRREGULAR FORMS}``
  (``+VERB_PARTICLE`` for phrasal verbs) and pattern lines
  ``- words * words [code] # VERB`` where ``*`` is the verb, ``$`` the source, ``+`` the
  target, ``^`` a skipped phrase, ``(PREP words)`` a prepositional phrase, ``{A B}`` a compound
  noun, ``&SYN`` a synonym set, ``_`` a stop, ``[---]`` "no event" (on a verb line: the
  verb has no default, whatever its block's code), ``[a:b]`` a source->target code ``a``
  plus a target->source code ``b`` (either may be empty).

Output: one JSON object per verb lemma (sorted by lemma)::

    {"lemma": "leave", "pos": "VERB", "default": null, "default_reverse": null,
     "blocks": ["GO_SOMEWHERE"], "patterns": [{"text": ..., "code": "042", "reverse": "043",
     "particle": null, "object": null, "preps": [{"prep": ["for"], "np": null}],
     "subject": null, "source_verb": "depart", "block": "GO_SOMEWHERE"}, ...]}

Noun phrases (``object``, ``np``) are ``{"head": [lemma, ...] | null, "mods": [[lemma, ...], ...],
"role": "target" | "source" | null}``; synonym sets are expanded into the alternatives (the
last word of a multi-word member). Words are lower-cased and lemmatised with the spaCy
pipeline's rule lemmatizer. Codes missing from the shipped codebook are mapped to their
nearest ancestor (``1952`` -> ``195``; ``176`` -> ``170``) and keep ``code_original``.

Usage: ``python tools/build_verb_patterns.py [CAMEO.2.0.txt] [out.jsonl]``
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_IN = ROOT.parent / "shared" / "data" / "petrarch2-dictionaries" / "CAMEO.2.0.txt"
DEFAULT_OUT = ROOT / "src" / "dyadic" / "data" / "events" / "verb_patterns.jsonl"
CODEBOOK = ROOT / "src" / "dyadic" / "data" / "events" / "cameo_codes_goldstein_quad_plover.csv"

#: Words that open a prepositional phrase when written without parentheses.
PREPOSITIONS = frozenset(
    "about across after against along among around as at before behind below beside between beyond by "
    "during for from in inside into near of off on onto out over since through throughout to toward "
    "towards under until upon via with within without".split()
)
#: Words right after the verb that are read as verb particles.
PARTICLES = frozenset("out up off down back away forward aside ahead over through along apart".split())
#: Verb-line first words that are auxiliaries, not event verbs (e.g. ``+IS_DETERMINED``).
AUXILIARIES = frozenset("is was were are am be been being has have had will would".split())

HEADER_RE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
CODE_RE = re.compile(r"\[([^\]]*)\]")
NO_EVENT_RE = re.compile(r"\[---\]")
TOKEN_RE = re.compile(r"[(){}]|[^\s(){}]+")


class Lemmatizer:
    """Lower-case and lemmatise single words with spaCy's rule lemmatizer (cached)."""

    def __init__(self) -> None:
        import spacy
        from spacy.tokens import Doc

        from dyadic.config import DEFAULT_SPACY_MODEL

        self._nlp = spacy.load(DEFAULT_SPACY_MODEL, exclude=["ner", "parser", "tagger", "tok2vec"])
        self._doc = Doc
        self._lem = self._nlp.get_pipe("lemmatizer")
        self._cache: dict[tuple[str, str], str] = {}

    def __call__(self, word: str, pos: str = "NOUN") -> str:
        word = word.lower().strip("_")
        key = (word, pos)
        if key not in self._cache:
            doc = self._doc(self._nlp.vocab, words=[word], pos=[pos])
            lemmas = self._lem.rule_lemmatize(doc[0])  # type: ignore[attr-defined]
            self._cache[key] = (lemmas[0] if lemmas else word).lower()
        return self._cache[key]


@dataclass
class Block:
    """One ``--- NAME [code] ---`` verb block."""

    name: str
    code: str | None
    reverse: str | None
    verbs: list[tuple[str, str | None, str | None, str]] = field(default_factory=list)
    # (verb words joined by "_", code, reverse code, original line)
    patterns: list[str] = field(default_factory=list)


def split_code(raw: str) -> tuple[str | None, str | None]:
    """``"042:043"`` -> ``("042", "043")``; ``"---"`` -> ``(None, None)``; ``":173"`` -> ``(None, "173")``."""
    raw = raw.strip().rstrip("-").strip() if raw.strip() != "---" else "---"
    if raw.startswith("---") or not raw:
        return None, None
    fwd, _, rev = raw.partition(":")
    return (fwd.strip() or None), (rev.strip() or None)


def read_dictionary(text: str) -> tuple[dict[str, list[str]], list[Block]]:
    """Parse the dictionary text into synonym sets and verb blocks."""
    synsets: dict[str, list[str]] = {}
    blocks: list[Block] = []
    current_syn: str | None = None
    in_verbs = False
    block: Block | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip() if not raw.startswith("- ") else raw.rstrip()
        if raw.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if raw.startswith("######## TRANSFORMATIONS"):
            break
        if not line.strip():
            continue
        if not in_verbs:
            if line.startswith("&"):
                current_syn = line.strip()
                synsets[current_syn] = []
            elif line.startswith("+") and current_syn:
                synsets[current_syn].append(line[1:].strip())
            continue
        header = HEADER_RE.match(line)
        if header:
            code, rev = split_code(header.group(2))
            block = Block(header.group(1), code, rev)
            blocks.append(block)
        elif block is None:
            continue
        elif line.startswith("-"):
            block.patterns.append(raw.strip())
        else:
            verb_line = re.sub(r"\{[^}]*\}", " ", line)
            m = CODE_RE.search(verb_line)
            code, rev = split_code(m.group(1)) if m else (None, None)
            words = CODE_RE.sub(" ", verb_line).split()
            if words:
                block.verbs.append((words[0].lstrip("+"), code, rev, line.strip()))
    return synsets, blocks


class PatternParser:
    """Turn one pattern line into structured fields."""

    def __init__(self, synsets: dict[str, list[str]], lemma: Lemmatizer) -> None:
        self.synsets = synsets
        self.lemma = lemma

    def alternatives(self, word: str) -> list[str]:
        """Lemmas a pattern word stands for (synsets expanded to each member's last word)."""
        if word.startswith("&"):
            members = self.synsets.get(word, [])
            lasts = {m.strip("_").split("_")[-1].lower() for m in members if m.strip("_")}
            return sorted(lasts | {self.lemma(w) for w in lasts})
        last = word.strip("_").split("_")[-1].lower()
        return sorted({last, self.lemma(last)}) if last else []

    def noun_phrase(self, words: list[str]) -> dict[str, Any]:
        """Words of one noun phrase -> ``{"head", "mods", "role"}``; the last content word is the head."""
        role = None
        content: list[list[str]] = []
        for w in words:
            if w == "+":
                role = "target"
            elif w == "$":
                role = "source"
            elif w in ("^", "_") or not w.strip("_"):
                continue
            else:
                for part in [w] if w.startswith("&") else [p for p in w.split("_") if p]:
                    alts = self.alternatives(part)
                    if alts:
                        content.append(alts)
        head = content[-1] if content else None
        return {"head": head, "mods": content[:-1], "role": role}

    def parse(self, line: str) -> dict[str, Any] | None:
        """Parse ``- pre * post [code] # VERB``; None when the line is malformed."""
        m = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]\s*(?:#\s*(.*))?$", line)
        if not m or "*" not in m.group(1):
            return None
        body, raw_code, comment = m.group(1), m.group(2), (m.group(3) or "")
        code, rev = split_code(raw_code)
        pre_text, _, post_text = body.partition("*")
        pre = [w for w in pre_text.split() if w not in ("$", "+", "^", "_")]
        fields = self._post(TOKEN_RE.findall(post_text))
        if fields is None:
            return None
        source_verb = comment.split()[0].lower() if comment.split() else None
        subject = sorted({a for w in pre for a in self.alternatives(w)}) or None
        return {
            "text": " ".join(line.split()),
            "code": code,
            "reverse": rev,
            **fields,
            "subject": subject,
            "source_verb": source_verb,
        }

    def _post(self, tokens: list[str]) -> dict[str, Any] | None:
        """Group the tokens after ``*`` into particle, object and prepositional phrases."""
        particle: str | None = None
        obj_words: list[str] = []
        preps: list[dict[str, Any]] = []
        open_prep: dict[str, Any] | None = None
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if tok in ("(", "{"):
                close = ")" if tok == "(" else "}"
                try:
                    j = tokens.index(close, i + 1)
                except ValueError:
                    return None
                inner = tokens[i + 1 : j]
                i = j + 1
                if tok == "(":
                    if not inner:
                        continue
                    open_prep = {"prep": [p.lower() for p in inner[0].split("/")], "words": inner[1:]}
                    preps.append(open_prep)
                else:
                    target = open_prep["words"] if open_prep else obj_words
                    target.extend(w for w in inner if w not in ("{", "}"))
                continue
            low = tok.lower()
            if not obj_words and not preps and particle is None and low in PARTICLES:
                particle = low
            elif low in PREPOSITIONS and tok not in ("$", "+"):
                open_prep = {"prep": [low], "words": []}
                preps.append(open_prep)
            elif open_prep is not None:
                open_prep["words"].append(tok)
            else:
                obj_words.append(tok)
            i += 1
        words = obj_words + [w for p in preps for w in p["words"]]
        if any(w.startswith("&") and w not in self.synsets for w in words):
            return None  # a synonym set the dictionary never defines ("&FIGHT_CRIM"): unmatchable
        obj = self.noun_phrase(obj_words) if obj_words else None
        if obj and obj["head"] is None and obj["role"] is None:
            obj = None
        out_preps = []
        for p in preps:
            np = self.noun_phrase(p["words"]) if p["words"] else None
            if np and np["head"] is None and np["role"] is None:
                np = None
            out_preps.append({"prep": p["prep"], "np": np})
        return {"particle": particle, "object": obj, "preps": out_preps}


def load_codes(path: Path) -> set[str]:
    """CAMEO codes in the shipped codebook CSV."""
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["code"] for row in csv.DictReader(fh)}


def fix_code(code: str | None, codes: set[str]) -> str | None:
    """Map a code missing from the codebook to its nearest ancestor event code."""
    if code is None or code in codes:
        return code
    c = code
    while len(c) > 2:
        c = c[:-1]
        if len(c) == 2 and c + "0" in codes:
            return c + "0"
        if len(c) > 2 and c in codes:
            return c
    raise ValueError(f"code {code!r} has no ancestor in the codebook")


def verb_entry_pattern(
    words: list[str], code: str | None, rev: str | None, line: str, parser: PatternParser
) -> dict[str, Any] | None:
    """A phrasal verb line (``+MEET_WITH``) as a pattern on its head verb."""
    fields = parser._post(words[1:])
    if fields is None or (code is None and rev is None):
        return None
    return {
        "text": " ".join(line.split()),
        "code": code,
        "reverse": rev,
        **fields,
        "subject": None,
        "source_verb": words[0].lower(),
    }


def build(text: str, codes: set[str], lemma: Lemmatizer) -> list[dict[str, Any]]:
    """One record per verb block (the dictionary's unit: its patterns apply to all its verbs).

    Each record: ``{"block", "verbs": [{"lemma", "default", "default_reverse", "line",
    "requires"?}], "patterns": [...]}``. Phrasal verb lines (``+MEET_WITH``) become patterns
    restricted to their head verb (``"verbs": [lemma]``); a verb known only from a phrasal
    line carries ``requires`` (its particle: the block's patterns apply to it only when a
    child of the verb has that lemma). Storing per block rather than per lemma keeps the file small: the same
    patterns repeated for every verb of a block came to 14 MB.
    """
    synsets, blocks = read_dictionary(text)
    parser = PatternParser(synsets, lemma)
    records: list[dict[str, Any]] = []
    for block in blocks:
        patterns = [p for p in (parser.parse(line) for line in block.patterns) if p is not None]
        verbs: list[dict[str, Any]] = []
        for verb, vcode, vrev, line in block.verbs:
            words = [w for w in verb.split("_") if w]
            if not words or words[0].lower() in AUXILIARIES:
                continue
            lem = words[0].lower()  # verb lines give the base form
            if len(words) > 1:
                vp = verb_entry_pattern(words, vcode or block.code, vrev or block.reverse, line, parser)
                if vp:
                    vp["verbs"] = [lem]
                    patterns.append(vp)
                if any(v["lemma"] == lem for v in verbs):
                    continue
                verbs.append(
                    {
                        "lemma": lem,
                        "default": None,
                        "default_reverse": None,
                        "line": line,
                        "requires": lemma(words[1]),
                    }
                )
                continue
            # a verb line's own ``[---]`` ("HOLD [---]") means the verb alone is no event:
            # it does not inherit the block's code
            no_event = NO_EVENT_RE.search(CODE_RE.sub(lambda m: f"[{m.group(1).strip()}]", line)) is not None
            code, rev = (vcode, vrev) if (vcode or vrev or no_event) else (block.code, block.reverse)
            old = next((v for v in verbs if v["lemma"] == lem), None)
            if old is None:
                verbs.append({"lemma": lem, "default": code, "default_reverse": rev, "line": line})
            else:
                old.pop("requires", None)
                if old["default"] is None and old["default_reverse"] is None:
                    old.update(default=code, default_reverse=rev, line=line)
        for v in verbs:
            v["default"] = fix_code(v["default"], codes)
            v["default_reverse"] = fix_code(v["default_reverse"], codes)
        for p in patterns:
            for key in ("code", "reverse"):
                fixed = fix_code(p[key], codes)
                if fixed != p[key]:
                    p[f"{key}_original"] = p[key]
                p[key] = fixed
        if verbs:
            records.append({"block": block.name, "verbs": verbs, "patterns": patterns})
    return records


def root_counts(records: list[dict[str, Any]]) -> Counter[str]:
    """Patterns (and verb defaults) per CAMEO root, for the report."""
    c: Counter[str] = Counter()
    for rec in records:
        for v in rec["verbs"]:
            for code in (v["default"], v["default_reverse"]):
                if code:
                    c[code[:2]] += 1
        for p in rec["patterns"]:
            for code in {p["code"], p["reverse"]} - {None}:
                c[code[:2]] += 1
    return c


def iter_lines(records: list[dict[str, Any]]) -> Iterator[str]:
    for rec in records:
        yield json.dumps(rec, ensure_ascii=False, separators=(",", ":"))


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_IN
    out = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    records = build(src.read_text(encoding="latin-1"), load_codes(CODEBOOK), Lemmatizer())
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(iter_lines(records)) + "\n", encoding="utf-8")
    n = sum(len(r["patterns"]) for r in records)
    n_verbs = len({v["lemma"] for r in records for v in r["verbs"]})
    counts = root_counts(records)
    print(f"{out}: {len(records)} blocks, {n_verbs} verb lemmas, {n} patterns, {out.stat().st_size} bytes")
    print("per root:", " ".join(f"{k}:{counts[k]}" for k in sorted(counts)))
    missing = [f"{r:02d}" for r in range(1, 21) if counts[f"{r:02d}"] == 0]
    if missing:
        print("roots without patterns:", missing)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
