"""Issue 4, points 4 and 6: every emitted code is a real CAMEO code with its PLOVER
fields from the codebook, no code is a fallback, and no actor code glues several
actors together. Checked on the sample article and on the gold sentences (when
``../shared/data`` is present).
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from dyadic.actors import ActorDictionary
from dyadic.events import Codebook
from dyadic.records import Article, Event

pytestmark = pytest.mark.slow

GOLD_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "event-coding-derived"
GOLD_SETS = ("petr2_gsr_validation.jsonl", "plover_gsr_cameo.jsonl")
CODE_RE = re.compile(r"^\d{2,4}$")
ACTOR_RE = re.compile(r"^([A-Z]{3}|---)([A-Z]{3})*$")


def _role_chunks() -> set[str]:
    """Three-letter codes that may follow the first one: roles, sectors, IGO parts."""
    d = ActorDictionary.load()
    chunks: set[str] = set()
    for role in d.agents.values():
        chunks.update(role[i : i + 3] for i in range(0, len(role), 3))
    for actor in (*d.igos.values(), *d.regions.values()):
        chunks.update(actor.code[i : i + 3] for i in range(3, len(actor.code), 3))
    return chunks


def _check(events: list[Event], book: Codebook, roles: set[str], countries: set[str]) -> list[str]:
    bad = []
    for e in events:
        entry = book.entry(e.cameo) if e.cameo in book else None
        if not CODE_RE.match(e.cameo) or entry is None:
            bad.append(f"invented code {e.cameo}: {e.sentence}")
            continue
        if (e.plover, e.plover_mode, e.plover_context) != (
            entry.plover_event,
            entry.plover_mode,
            entry.plover_context,
        ):
            bad.append(f"PLOVER fields of {e.cameo} differ from the codebook: {e.sentence}")
        if e.cameo_root != e.cameo[:2] or e.goldstein != entry.goldstein or e.quad_class != entry.quad_class:
            bad.append(f"root/Goldstein/QuadClass of {e.cameo} differ from the codebook")
        if not e.evidence.pattern or (e.evidence.rule == "cameo-verb-default" and e.cameo == "010"):
            bad.append(f"fallback code {e.cameo} without a pattern: {e.sentence}")
        for a in (e.source, e.target):
            if a is None:
                continue
            chunks = [a.code[i : i + 3] for i in range(0, len(a.code), 3)]
            if not ACTOR_RE.match(a.code) or any(c in countries and c not in roles for c in chunks[1:]):
                bad.append(f"glued actor code {a.code}: {e.sentence}")
    return bad


@pytest.fixture(scope="module")
def tables():
    d = ActorDictionary.load()
    return Codebook.load(), _role_chunks(), set(d.country_names)


def test_events_sample_article_codes_are_real(sample_result, tables):
    assert sample_result.events
    assert _check(sample_result.events, *tables) == []


@pytest.mark.parametrize("name", GOLD_SETS)
def test_events_gold_sentence_codes_are_real(pipeline, tables, name):
    path = GOLD_DIR / name
    if not path.exists():
        pytest.skip(f"{path} not present (../shared/data missing)")
    articles = [
        Article(str(n), json.loads(line)["text"], published=date(2015, 1, 1))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines())
        if line.strip()
    ]
    events = [e for r in pipeline.code_many(articles) for e in getattr(r, "events", [])]
    assert events
    assert _check(events, *tables) == []


def test_events_no_code_when_no_pattern_matches(pipeline):
    """A verb with no pattern, and a statement verb whose only code is 010, code nothing."""
    for text in ("Iran painted Iraq.", "Iran said Iraq was large."):
        assert pipeline.code(Article("t", text, published=date(2015, 1, 1))).events == []
