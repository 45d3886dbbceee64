"""The gold-file conventions switch (:mod:`dyadic.events.conventions`): each convention
on and off, through the whole pipeline, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
import spacy
from event_helpers import make_doc

from dyadic.config import Settings
from dyadic.events import EventCoder
from dyadic.events.component import EVENTS_COMPONENT
from dyadic.events.conventions import landing_place, speech_governor
from dyadic.pipeline import Pipeline
from dyadic.records import Article, EventActor

pytestmark = pytest.mark.slow
DAY = date(2016, 3, 1)

PLACE_HIT = "Insurgents shelled the outskirts of Aleppo on Sunday."
REPORTED_ATTACK = "The Turkish minister said Syrian troops attacked Lebanese villages."
REPORTED_AFTER = "Syrian troops attacked Lebanese villages, the Turkish minister said."
REPORTED_NO_TARGET = "Tehran said the Israeli army bombed a convoy."


@pytest.fixture(scope="module")
def gold() -> Pipeline:
    return Pipeline(Settings(event_conventions="gold"))


def coded(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    result = pipeline.code(Article("t", text, published=DAY))
    return sorted((e.source.code, e.target.code if e.target else "-", e.cameo) for e in result.events)


def test_conventions_place_hit_is_no_event_by_default(pipeline):
    assert coded(pipeline, PLACE_HIT) == []


def test_conventions_gold_place_hit_is_the_target(gold):
    assert coded(gold, PLACE_HIT) == [("REB", "SYR", "180")]


def test_conventions_gold_place_target_keeps_the_evidence(gold):
    [event] = gold.code(Article("t", PLACE_HIT, published=DAY)).events
    assert event.target is not None
    assert (event.target.text, event.target.country) == ("Aleppo", "SYR")
    assert PLACE_HIT[event.target.start : event.target.end] == "Aleppo"


def test_conventions_reported_attack_is_no_accusation_by_default(pipeline):
    assert coded(pipeline, REPORTED_ATTACK) == [("SYRMIL", "LBNCVL", "190")]


def test_conventions_gold_reported_attack_is_also_an_accusation(gold):
    assert coded(gold, REPORTED_ATTACK) == [("SYRMIL", "LBNCVL", "190"), ("TURGOV", "SYRMIL", "112")]


def test_conventions_gold_accusation_when_the_speaker_comes_after(gold):
    assert coded(gold, REPORTED_AFTER) == [("SYRMIL", "LBNCVL", "190"), ("TURGOV", "SYRMIL", "112")]


def test_conventions_gold_accusation_of_an_attack_on_no_actor(pipeline, gold):
    assert coded(pipeline, REPORTED_NO_TARGET) == []
    assert coded(gold, REPORTED_NO_TARGET) == [("IRNGOV", "ISRMIL", "112")]


def test_conventions_gold_accusation_evidence_is_the_speech_verb(gold):
    events = gold.code(Article("t", REPORTED_ATTACK, published=DAY)).events
    [accusation] = [e for e in events if e.cameo == "112"]
    verb = REPORTED_ATTACK[accusation.evidence.verb_start : accusation.evidence.verb_end]
    assert (verb, accusation.evidence.rule, accusation.plover) == ("said", "gold-convention", "ACCUSE")


def test_conventions_gold_own_side_attack_is_a_claim_of_responsibility(pipeline, gold):
    text = "The Turkish army said Turkish jets bombed Syrian positions."
    assert coded(pipeline, text) == [("TUR", "SYR", "195")]
    assert coded(gold, text) == [("TUR", "SYR", "195"), ("TURMIL", "SYR", "015")]


def test_conventions_gold_leave_other_sentences_as_they_are(pipeline, gold):
    for text in ("Iran held talks with Iraq.", "The police arrested two protesters in Ankara."):
        assert coded(gold, text) == coded(pipeline, text)


def test_conventions_gold_no_accusation_of_a_planned_attack(gold):
    text = "The Turkish minister said Syria will attack Lebanese villages."
    assert all(c != "112" for _, _, c in coded(gold, text))


def test_conventions_component_config_defaults_to_dyadic():
    nlp = spacy.blank("en")
    component = nlp.add_pipe(EVENTS_COMPONENT)
    assert component.coder.conventions is None
    assert nlp.get_pipe_config(EVENTS_COMPONENT)["conventions"] == "dyadic"


def test_conventions_unknown_value_is_refused():
    with pytest.raises(ValueError, match="conventions"):
        EventCoder.load(conventions="petrarch")


def test_conventions_speech_governor_either_order():
    # "X said Y attacked Z" and "Y attacked Z, X said"
    before = make_doc(
        [("X", "X", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1), ("Y", "Y", "PROPN", "nsubj", 3),
         ("attacked", "attack", "VERB", "ccomp", 1), ("Z", "Z", "PROPN", "dobj", 3)]
    )  # fmt: skip
    after = make_doc(
        [("Y", "Y", "PROPN", "nsubj", 1), ("attacked", "attack", "VERB", "ROOT", 1),
         ("Z", "Z", "PROPN", "dobj", 1), ("X", "X", "PROPN", "nsubj", 4),
         ("said", "say", "VERB", "parataxis", 1)]
    )  # fmt: skip
    assert speech_governor(before[3]).text == "said"
    assert speech_governor(after[1]).text == "said"
    assert speech_governor(before[1]) is None


def test_conventions_landing_place_through_an_of_phrase():
    doc = make_doc(
        [("X", "X", "PROPN", "nsubj", 1), ("shelled", "shell", "VERB", "ROOT", 1),
         ("outskirts", "outskirt", "NOUN", "dobj", 1), ("of", "of", "ADP", "prep", 2),
         ("Homs", "Homs", "PROPN", "pobj", 3)]
    )  # fmt: skip
    homs = EventActor("Homs", "SYR", "SYR", None, "Homs", 20, 24)
    assert landing_place(doc[1], {4: homs}) == homs
    assert landing_place(doc[1], {0: homs}) is None


def test_conventions_landing_place_not_through_the_of_phrase_of_a_thing():
    # "X condemned the annexation of Homs": Homs names what the act is about, not where it lands
    doc = make_doc(
        [("X", "X", "PROPN", "nsubj", 1), ("condemned", "condemn", "VERB", "ROOT", 1),
         ("annexation", "annexation", "NOUN", "dobj", 1), ("of", "of", "ADP", "prep", 2),
         ("Homs", "Homs", "PROPN", "pobj", 3)]
    )  # fmt: skip
    homs = EventActor("Homs", "SYR", "SYR", None, "Homs", 30, 34)
    assert landing_place(doc[1], {4: homs}) is None


def test_conventions_landing_place_through_a_place_phrase():
    # "X bombed a market in Homs"
    doc = make_doc(
        [("X", "X", "PROPN", "nsubj", 1), ("bombed", "bomb", "VERB", "ROOT", 1),
         ("market", "market", "NOUN", "dobj", 1), ("in", "in", "ADP", "prep", 2),
         ("Homs", "Homs", "PROPN", "pobj", 3)]
    )  # fmt: skip
    homs = EventActor("Homs", "SYR", "SYR", None, "Homs", 19, 23)
    assert landing_place(doc[1], {4: homs}) == homs


BARE_STATEMENT = "The Kenyan foreign ministry issued a statement on Friday."


def test_conventions_bare_statement_is_no_event_by_default(pipeline):
    assert coded(pipeline, BARE_STATEMENT) == []


def test_conventions_gold_bare_statement_is_a_statement(gold):
    assert coded(gold, BARE_STATEMENT) == [("KENGOV", "-", "010")]
