"""Fast paths of the pipeline give the same answers as the plain loops they replace:
the token filters of dyadic.nlp, the discard phrase search, the pattern screen, the cached
date reads and the frozen heap of a one-process run."""

from __future__ import annotations

import gc
import re

import pytest

#: Hand-made text: speech verbs and nouns, "according to", subjects, pronouns, capitals,
#: a curly apostrophe and a title-case word after a colon.
TEXT = (
    "Officials in Vantoria said on Monday that the talks had failed. According to the ministry, "
    "she told reporters the claim was false. They\u2019ll meet again: Vice Minister Orlan Dusk "
    "expressed hope that it would end."
)


@pytest.fixture(scope="module")
def doc(base_nlp):
    return base_nlp(TEXT)


@pytest.mark.slow
def test_lemma_tokens_are_the_tokens_a_loop_finds(doc):
    from dyadic.nlp import lemma_tokens

    lemmas, lowers = frozenset({"say", "tell", "hope", "claim"}), ("according",)
    want = [t.i for t in doc if t.lemma_.lower() in lemmas or t.lower_ in lowers]
    got = [t.i for t in lemma_tokens(doc, lemmas, lowers)]
    assert got == want
    assert [doc[i].lower_ for i in got] == ["said", "according", "told", "claim", "hope"]


@pytest.mark.slow
def test_label_filters_are_the_tokens_a_loop_finds(doc):
    from dyadic.nlp import capitalised, dep_tokens, pos_tokens

    assert [t.i for t in dep_tokens(doc, ("nsubj", "nsubjpass"))] == [
        t.i for t in doc if t.dep_ in ("nsubj", "nsubjpass")
    ]
    assert [t.i for t in pos_tokens(doc, ("PRON",))] == [t.i for t in doc if t.pos_ == "PRON"]
    both = ("PROPN", "PRON")
    assert [t.i for t in pos_tokens(doc, both)] == [t.i for t in doc if t.pos_ in both]
    assert capitalised(doc) == [t.i for t in doc if t.text[:1].isupper()]
    assert {doc[i].text for i in capitalised(doc)} >= {"Officials", "Vantoria", "Orlan", "Dusk"}


def test_token_filters_on_an_empty_doc(base_nlp):
    from dyadic.nlp import capitalised, dep_tokens, lemma_tokens, pos_tokens

    empty = base_nlp.make_doc("")
    assert lemma_tokens(empty, {"say"}) == [] and dep_tokens(empty, {"nsubj"}) == []
    assert pos_tokens(empty, {"PRON"}) == [] and capitalised(empty) == []


def test_discard_search_equals_the_plain_regex():
    from dyadic.events.discards import Discards, _regex, _trie

    sentence = [[("semi-final", True)], [("national", False), ("team", False)], [("nation", True)],
                [("queen's", False), ("cup", False)]]  # fmt: skip
    story = [[("grand", False), ("prix", False)], [("grand", True)]]
    d = Discards(sentence, story)
    plain = (_regex(story), _regex(sentence))
    texts = [
        "The Nationals' national-teams drew.", "a semi-finals run", "the semi-final.", "A nation wept",
        "Grandstands at the Grand Prix", "Grand", "xnation team", "the Queen\u2019s Cup, the Queen's Cups",
        "prenational team, national_team", "", "no phrase here",
    ]  # fmt: skip
    for text in texts:
        m = next((m for rx in plain if rx is not None and (m := rx.search(text)) is not None), None)
        assert d.sentence(text) == (m.group(0) if m else None), text
    assert d.sentence("The national_team won") == "national_team"
    assert d.story("at the Grand Prix") == "Grand Prix"  # the earlier phrase wins at one position
    assert re.fullmatch(_trie({"ab", "a", "b"}), "ab") and not re.fullmatch(_trie({"ab", "b"}), "a")


@pytest.mark.slow
def test_pattern_screen_keeps_every_pattern_that_can_match(base_nlp):
    from dyadic.events import Codebook
    from dyadic.events.frame import MentionIndex, verb_frame
    from dyadic.events.matching import _screened, best_match, match_pattern
    from dyadic.events.patterns import PatternIndex

    index = PatternIndex.load(Codebook.load())
    sent = base_nlp("The envoy made a visit to the capital and later made peace with the rebels.")
    mentions = MentionIndex([])
    matched = 0
    for tok in (t for t in sent if t.lemma_ == "make"):
        frame = verb_frame(tok)
        entries = index.lookup("make", "VERB")
        objects = {w for o in frame.objects if o.dep_ != "ccomp" for w in (o.lemma_.lower(), o.lower_)}
        preps = {w for p in frame.preps for w in (p.lemma_.lower(), p.lower_)}
        found = []
        for entry in entries:
            kept = _screened(entry, objects, preps)
            assert len(kept) < len(entry.patterns)
            matches = [m for p in entry.patterns if (m := match_pattern(p, entry, frame, mentions))]
            assert all(m.pattern in kept for m in matches)
            found += matches
        if found:
            matched += 1
            best = max(found, key=lambda m: (m.score, -m.pattern.order))
            assert best_match(entries, frame, mentions) == best
    assert matched == 2  # "made a visit", "made peace"


@pytest.mark.slow
def test_entry_tokens_are_every_token_that_can_give_a_candidate(base_nlp):
    from dyadic.events import Codebook
    from dyadic.events.candidates import CandidateFinder
    from dyadic.events.frame import MentionIndex, lemma_of
    from dyadic.events.lexicon import NOMINALISATIONS
    from dyadic.events.patterns import PatternIndex

    index = PatternIndex.load(Codebook.load())
    doc = base_nlp(
        "Vantoria's invasion of Gerland drew condemnation. The ministry accused the rebels of the "
        "bombing and said it would arrest the leaders; the Senate voted on the visit."
    )

    def has(tok):  # CandidateFinder.candidates' own look-up
        if tok.pos_ == "VERB":
            return bool(index.lookup(lemma_of(tok), "VERB"))
        if tok.pos_ not in ("NOUN", "PROPN"):
            return False
        verb = NOMINALISATIONS.get(lemma_of(tok))
        return bool(index.lookup(lemma_of(tok), "NOUN")) or (verb is not None and bool(index.lookup(verb)))

    kept = index.entry_tokens(doc)
    assert kept == {t.i for t in doc if has(t)}
    words = {doc[i].lower_ for i in kept}
    assert {"invasion", "condemnation", "accused", "bombing", "arrest", "visit"} <= words
    assert not {"Vantoria", "the", "of", "."} & {doc[i].text for i in kept}
    finder, mentions = CandidateFinder(index, require_target=False), MentionIndex([])
    assert all(not list(finder.candidates(t, mentions)) for t in doc if t.i not in kept)
    assert index.entry_tokens(base_nlp("")) == set()


def test_geoparser_lookups_are_cached_and_the_same():
    from dyadic.geo import Gazetteer
    from dyadic.geo.geoparser import Geoparser

    gazetteer = Gazetteer.load()
    cached, fresh = Geoparser(gazetteer), Geoparser(gazetteer)
    for name in ("Paris", "Hebei Province", "Orange County", "Korea", "Hiran", "Nowhereville", "Kremlin"):
        first = cached._lookup(name)
        first.append(None)  # a caller changing its list changes nothing cached
        assert cached._lookup(name) == fresh._lookup_uncached(name)
        assert cached._known_name(name) == fresh._known_uncached(name)
    assert "Paris" in cached._lookups and cached._lookup("Paris")


def _proper_noun_runs_loop(doc):
    """The per-token loop ``geoparser._proper_noun_runs`` replaced."""
    tagged, text = doc.has_annotation("TAG"), doc.text
    in_ent = {t.i for e in doc.ents for t in e}
    runs, cur = [], []
    for tok in doc:
        ok = (
            tok.i not in in_ent
            and tok.text[:1].isupper()
            and (tok.pos_ == "PROPN" if tagged else not tok.is_sent_start)
            and not tok.is_stop
        )
        if ok and (not cur or doc[cur[-1]].whitespace_ == " " or doc[cur[-1]].text == "-"):
            cur.append(tok.i)
            continue
        if cur and tok.text == "-" and not doc[cur[-1]].whitespace_ and not tok.whitespace_:
            cur.append(tok.i)
            continue
        if cur:
            runs.append((doc[cur[0]].idx, doc[cur[-1]].idx + len(doc[cur[-1]].text)))
        cur = [tok.i] if ok else []
    if cur:
        runs.append((doc[cur[0]].idx, doc[cur[-1]].idx + len(doc[cur[-1]].text)))
    return [(start, end - 1 if text[end - 1] == "-" else end) for start, end in runs]


@pytest.mark.slow
def test_proper_noun_runs_are_the_runs_the_loop_finds(base_nlp):
    from dyadic.geo.geoparser import _proper_noun_runs

    doc = base_nlp(
        "Troops left Peshawar for Khyber Pakhtunkhwa and the Indo-Pacific region. Talks in "
        "Vantoria-Gerland ended; Orlan Dusk met Mira Tal in Lower Brenn - and in Upper Falk-"
    )
    runs = _proper_noun_runs(doc)
    assert runs == _proper_noun_runs_loop(doc)
    assert runs and all(doc.text[s:e][:1].isupper() for s, e in runs)
    assert _proper_noun_runs(base_nlp("")) == []


def test_date_reads_are_cached_and_the_same():
    from datetime import date

    from dyadic.events.dates import _parsed_day, resolve_date

    _parsed_day.cache_clear()
    first = resolve_date("The pact was signed on 3 March.", date(2021, 6, 1))
    again = resolve_date("Talks resumed on 3 March.", date(2021, 6, 1))
    assert first == again == date(2021, 3, 3)
    assert _parsed_day.cache_info().hits >= 1
    assert _parsed_day("3 March") == date(2000, 3, 3)  # the parser's leap-year base, whenever it runs
    assert _parsed_day("March 2021") is None  # a month, not a day


def test_frozen_heap_is_unfrozen_after_and_respects_a_callers_freeze():
    from dyadic.scale.local import _frozen_heap

    assert gc.get_freeze_count() == 0
    with _frozen_heap():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with _frozen_heap():
            pass
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
