"""EventCoder on hand-built parses (no statistical model, no dyadic.actors)."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import article_for, make_doc, mention_for, mentions_for, triples

from dyadic.events import Codebook, EventCoder
from dyadic.records import EventStatus

MONDAY = date(2023, 6, 12)


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder.load(Codebook.load(), hypothetical=True)  # the status tests need every status


def _code(coder, rows, *phrases, published=MONDAY):
    doc = make_doc(rows)
    mentions = mentions_for(doc, *phrases)
    return doc, coder.code(doc, article_for(doc.text, published), mentions)


def test_coder_active_verb_with_object(coder):
    rows = [
        ("Russia", "Russia", "PROPN", "nsubj", 1),
        ("attacked", "attack", "VERB", "ROOT", 1),
        ("Ukraine", "Ukraine", "PROPN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    doc, events = _code(coder, rows, "Russia", "Ukraine")
    assert triples(events) == [("RUS", "UKR", "190", "realized")]
    ev = events[0]
    assert (ev.evidence.verb_start, ev.evidence.verb_end) == (7, 15)
    assert doc.text[ev.evidence.verb_start : ev.evidence.verb_end] == "attacked"
    assert (ev.source.start, ev.source.end, ev.target.start, ev.target.end) == (0, 6, 16, 23)
    assert (ev.cameo_root, ev.cameo_name, ev.quad_class, ev.plover) == (
        "19",
        "Use conventional military force",
        4,
        "ASSAULT",
    )
    assert ev.goldstein == -10.0
    assert ev.sentence_index == 0 and ev.sentence == doc.text.strip()
    assert ev.date == MONDAY
    assert 0.0 < ev.confidence <= 1.0


def test_coder_verb_with_preposition(coder):
    rows = [
        ("Raisi", "Raisi", "PROPN", "nsubj", 1),
        ("traveled", "travel", "VERB", "ROOT", 1),
        ("to", "to", "ADP", "prep", 1),
        ("Cuba", "Cuba", "PROPN", "pobj", 2),
        (".", ".", "PUNCT", "punct", 1),
    ]
    _, events = _code(coder, rows, "Raisi", "Cuba")
    assert triples(events) == [("IRNGOV", "CUB", "042", "realized")]
    assert "(TO)" in events[0].evidence.pattern


def test_coder_leave_for_is_travel_to_and_skips_dateline_subject(coder):
    rows = [
        ("TEHRAN", "TEHRAN", "NOUN", "nsubj", 3),
        ("–", "–", "PUNCT", "punct", 0),
        ("Raisi", "Raisi", "PROPN", "nsubj", 3),
        ("left", "leave", "VERB", "ROOT", 3),
        ("Tehran", "Tehran", "PROPN", "dobj", 3),
        ("for", "for", "ADP", "prep", 3),
        ("Caracas", "Caracas", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 3),
    ]
    doc = make_doc(rows)
    mentions = [mention_for(doc, "Raisi"), mention_for(doc, "Tehran"), mention_for(doc, "Caracas")]
    events = coder.code(doc, article_for(doc.text, MONDAY), mentions)
    assert triples(events) == [("IRNGOV", "VENGOV", "042", "realized")]


def test_coder_passive_with_agent_and_will_is_planned(coder):
    rows = [
        ("Raisi", "Raisi", "PROPN", "nsubjpass", 3),
        ("will", "will", "AUX", "aux", 3),
        ("be", "be", "AUX", "auxpass", 3),
        ("welcomed", "welcome", "VERB", "ROOT", 3),
        ("by", "by", "ADP", "agent", 3),
        ("his", "his", "PRON", "poss", 6),
        ("counterpart", "counterpart", "NOUN", "pobj", 4),
        (",", ",", "PUNCT", "punct", 6),
        ("Maduro", "Maduro", "PROPN", "appos", 6),
        (".", ".", "PUNCT", "punct", 3),
    ]
    _, events = _code(coder, rows, "Raisi", "Maduro")
    assert triples(events) == [("VENGOV", "IRNGOV", "043", "planned")]


def test_coder_coordinated_targets_give_one_event_each(coder):
    rows = [
        ("Raisi", "Raisi", "PROPN", "nsubj", 2),
        ("will", "will", "AUX", "aux", 2),
        ("travel", "travel", "VERB", "ROOT", 2),
        ("to", "to", "ADP", "prep", 2),
        ("Nicaragua", "Nicaragua", "PROPN", "pobj", 3),
        ("and", "and", "CCONJ", "cc", 4),
        ("Cuba", "Cuba", "PROPN", "conj", 4),
        (".", ".", "PUNCT", "punct", 2),
    ]
    _, events = _code(coder, rows, "Raisi", "Nicaragua", "Cuba")
    assert triples(events) == [("IRNGOV", "NIC", "042", "planned"), ("IRNGOV", "CUB", "042", "planned")]


def test_coder_coordinated_subjects_give_one_event_each(coder):
    rows = [
        ("Iran", "Iran", "PROPN", "nsubj", 3),
        ("and", "and", "CCONJ", "cc", 0),
        ("Russia", "Russia", "PROPN", "conj", 0),
        ("attacked", "attack", "VERB", "ROOT", 3),
        ("Ukraine", "Ukraine", "PROPN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    _, events = _code(coder, rows, "Iran", "Russia", "Ukraine")
    assert triples(events) == [("IRN", "UKR", "190", "realized"), ("RUS", "UKR", "190", "realized")]


def _modal_rows(aux: str, aux_dep: str = "aux"):
    return [
        ("Russia", "Russia", "PROPN", "nsubj", 2),
        (aux, aux, "AUX" if aux_dep == "aux" else "PART", aux_dep, 2),
        ("attack", "attack", "VERB", "ROOT", 2),
        ("Ukraine", "Ukraine", "PROPN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]


@pytest.mark.parametrize(
    ("aux", "dep", "status"),
    [
        ("would", "aux", "hypothetical"),
        ("could", "aux", "hypothetical"),
        ("might", "aux", "hypothetical"),
        ("will", "aux", "planned"),
        ("not", "neg", "negated"),
    ],
)
def test_coder_status_from_auxiliaries_and_negation(coder, aux, dep, status):
    _, events = _code(coder, _modal_rows(aux, dep), "Russia", "Ukraine")
    assert triples(events) == [("RUS", "UKR", "190", status)]


def test_coder_did_not_is_negated(coder):
    rows = [
        ("Russia", "Russia", "PROPN", "nsubj", 3),
        ("did", "do", "AUX", "aux", 3),
        ("not", "not", "PART", "neg", 3),
        ("attack", "attack", "VERB", "ROOT", 3),
        ("Ukraine", "Ukraine", "PROPN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    _, events = _code(coder, rows, "Russia", "Ukraine")
    assert [e.status for e in events] == [EventStatus.NEGATED]


def test_coder_accuse_of_gives_speech_act_only(coder):
    rows = [
        ("Ukraine", "Ukraine", "PROPN", "nsubj", 1),
        ("accused", "accuse", "VERB", "ROOT", 1),
        ("Russia", "Russia", "PROPN", "dobj", 1),
        ("of", "of", "ADP", "prep", 1),
        ("shelling", "shell", "VERB", "pcomp", 3),
        ("Kyiv", "Kyiv", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    doc = make_doc(rows)
    mentions = mentions_for(doc, "Ukraine", "Russia") + [mention_for(doc, "Kyiv", "UKRGOV")]
    events = coder.code(doc, article_for(doc.text, MONDAY), mentions)
    assert triples(events) == [("UKR", "RUS", "112", "realized")]


def test_coder_received_from_reverses_roles(coder):
    rows = [
        ("Iraq", "Iraq", "PROPN", "nsubj", 1),
        ("received", "receive", "VERB", "ROOT", 1),
        ("weapons", "weapon", "NOUN", "dobj", 1),
        ("from", "from", "ADP", "prep", 1),
        ("Iran", "Iran", "PROPN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    _, events = _code(coder, rows, "Iraq", "Iran")
    assert triples(events) == [("IRN", "IRQ", "072", "realized")]


def test_coder_no_event_when_nothing_matched(coder):
    rows = [
        ("Russia", "Russia", "PROPN", "nsubj", 1),
        ("painted", "paint", "VERB", "ROOT", 1),
        ("Ukraine", "Ukraine", "PROPN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    _, events = _code(coder, rows, "Russia", "Ukraine")
    assert events == []


def test_coder_said_is_not_an_event_but_its_complement_is(coder):
    rows = [
        ("Iran", "Iran", "PROPN", "nsubj", 1),
        ("said", "say", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 4),
        ("Russia", "Russia", "PROPN", "nsubj", 4),
        ("attacked", "attack", "VERB", "ccomp", 1),
        ("Ukraine", "Ukraine", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    _, events = _code(coder, rows, "Iran", "Russia", "Ukraine")
    assert triples(events) == [("RUS", "UKR", "190", "realized")]


def test_coder_denied_that_negates_the_complement(coder):
    rows = [
        ("Iran", "Iran", "PROPN", "nsubj", 1),
        ("denied", "deny", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 4),
        ("Russia", "Russia", "PROPN", "nsubj", 4),
        ("attacked", "attack", "VERB", "ccomp", 1),
        ("Ukraine", "Ukraine", "PROPN", "dobj", 4),
        (".", ".", "PUNCT", "punct", 1),
    ]
    _, events = _code(coder, rows, "Iran", "Russia", "Ukraine")
    assert ("RUS", "UKR", "190", "negated") in triples(events)


def test_coder_self_events_are_dropped(coder):
    rows = [
        ("Raisi", "Raisi", "PROPN", "nsubj", 1),
        ("met", "meet", "VERB", "ROOT", 1),
        ("Tehran", "Tehran", "PROPN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    _, events = _code(coder, rows, "Raisi", "Tehran")
    assert events == []


def test_coder_subject_inherited_through_conjoined_verb(coder):
    rows = [
        ("Raisi", "Raisi", "PROPN", "nsubj", 2),
        ("will", "will", "AUX", "aux", 2),
        ("visit", "visit", "VERB", "ROOT", 2),
        ("Cuba", "Cuba", "PROPN", "dobj", 2),
        ("and", "and", "CCONJ", "cc", 2),
        ("meet", "meet", "VERB", "conj", 2),
        ("Maduro", "Maduro", "PROPN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 2),
    ]
    _, events = _code(coder, rows, "Raisi", "Cuba", "Maduro")
    assert ("IRNGOV", "VENGOV", "040", "planned") in triples(events)
    assert ("IRNGOV", "CUB", "042", "planned") in triples(events)


def test_coder_event_ids_are_stable_and_distinct(coder):
    rows = [
        ("Iran", "Iran", "PROPN", "nsubj", 3),
        ("and", "and", "CCONJ", "cc", 0),
        ("Russia", "Russia", "PROPN", "conj", 0),
        ("attacked", "attack", "VERB", "ROOT", 3),
        ("Ukraine", "Ukraine", "PROPN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    _, first = _code(coder, rows, "Iran", "Russia", "Ukraine")
    _, again = _code(coder, rows, "Iran", "Russia", "Ukraine")
    assert [e.event_id for e in first] == [e.event_id for e in again]
    assert len({e.event_id for e in first}) == 2


def test_coder_every_emitted_code_in_codebook(coder):
    codebook = Codebook.load()
    rows = [
        ("Iran", "Iran", "PROPN", "nsubj", 1),
        ("hosted", "host", "VERB", "ROOT", 1),
        ("Russia", "Russia", "PROPN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    _, events = _code(coder, rows, "Iran", "Russia")
    assert events
    for e in events:
        assert e.cameo in codebook and e.cameo_root == e.cameo[:2]
