from __future__ import annotations

import re
from importlib import resources

from dyadic.events import Codebook
from dyadic.events.patterns import PatternIndex


def _index() -> PatternIndex:
    return PatternIndex.load(Codebook.load())


def test_patterns_every_code_in_codebook_and_well_formed():
    codebook = Codebook.load()
    for entry in _index().entries():
        codes = [entry.default, entry.default_reverse]
        codes += [c for p in entry.patterns for c in (p.code, p.reverse)]
        for code in codes:
            if code is not None:
                assert re.fullmatch(r"\d{2,4}", code), (entry.lemma, code)
                assert code in codebook, (entry.lemma, code)


def test_patterns_cover_all_twenty_roots():
    roots = set()
    for entry in _index().entries():
        roots.update(c[:2] for c in (entry.default, entry.default_reverse) if c)
        roots.update(c[:2] for p in entry.patterns for c in (p.code, p.reverse) if c)
    assert roots >= {f"{r:02d}" for r in range(1, 21)}


def test_patterns_data_files_are_small():
    base = resources.files("dyadic") / "data" / "events"
    assert len((base / "verb_patterns.jsonl").read_bytes()) < 3_000_000
    assert len((base / "extra_patterns.jsonl").read_bytes()) < 200_000


def test_patterns_index_by_lemma_and_pos():
    idx = _index()
    leave = idx.lookup("leave")
    assert any(p.preps and "for" in p.preps[0].preps for e in leave for p in e.patterns)
    assert idx.lookup("visit", "NOUN")
    assert idx.lookup("no-such-verb") == []


def test_patterns_phrasal_verb_needs_its_particle():
    pull = [e for e in _index().lookup("pull") if e.block == "GO_SOMEWHERE"]
    assert pull and pull[0].requires == "out"


def test_block_pattern_for_another_verb_keeps_a_verbs_own_root():
    from dyadic.events.codebook import Codebook
    from dyadic.events.patterns import PatternIndex

    index = PatternIndex.load(Codebook.load())
    accuse = [p.text for e in index.lookup("accuse") for p in e.patterns]
    convict = [p.text for e in index.lookup("convict") for p in e.patterns]
    assert not any("(OF &CRIME) [173]" in t for t in accuse)
    assert any("(OF &CRIME) [173]" in t for t in convict)
    hold = [e for e in index.lookup("hold") if not e.curated]
    assert hold and all(e.default is None for e in hold)  # HOLD [---]: no default


def test_discards_match_words_and_prefixes():
    from dyadic.events.discards import Discards

    d = Discards([[("national", False), ("team", False)]], [[("world", False), ("cup", False)]])
    assert d.sentence("The national teams met.") == "national teams"
    assert d.sentence("Russia's World Cup bid") == "World Cup"
    assert d.story("A World Cup story.") == "World Cup"
    assert d.sentence("Teams of nationals") is None
