"""Predicate coverage, session 23 (issue 11: gold events with no candidate because the
trigger's verb or noun had no pattern, or a pattern of the wrong CAMEO root).

The curated classes live in ``dyadic/data/events/extra_patterns.jsonl``; each test codes a
sentence of our own wording with the full pipeline and asserts the (source, target, code)
the construction must give, and where a class could over-apply, what must not change.
"""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import coded_with_source_text

from dyadic.events import Codebook
from dyadic.events.patterns import PatternIndex

DAY = date(2025, 3, 12)


def coded(pipeline, text: str) -> set[tuple[str, str, str]]:
    """(source code, target code or "-", CAMEO code) of each event coded in ``text``."""
    return {(e[1], e[2], e[3]) for e in coded_with_source_text(pipeline, text, DAY)}


def _blocks(lemma: str, pos: str = "VERB") -> set[str]:
    return {e.block for e in PatternIndex.load(Codebook.load()).lookup(lemma, pos)}


def test_predicates_s23_classes_are_curated_tables():
    # a class is a table of verbs (or nouns) with its constructions, not one phrase
    assert {"X_TARIFF_RAISE", "X_TARIFF_ADD"} <= _blocks("extend") | _blocks("slap") | _blocks("add")
    for verb in ("delay", "postpone", "exempt", "waive", "lift"):
        assert "X_TARIFF_EASE" in _blocks(verb), verb
    for verb in ("reach", "strike", "clinch"):
        assert "X_REACH_AGREEMENT" in _blocks(verb), verb
    assert "X_NEGOTIATION_NOUN" in _blocks("negotiations", "NOUN")
    assert "X_NEGOTIATION_NOUN" not in _blocks("talks", "NOUN")
    assert "X_SUBPOENA_NOUN" in _blocks("subpoena", "NOUN")


slow = pytest.mark.slow


@slow
@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The United States slapped new tariffs on Brazil on Monday.", ("USA", "BRA", "163")),
        ("Washington postponed the tariffs on Brazil for two months.", ("USAGOV", "BRA", "085")),
    ],
)
def test_predicates_s23_tariffs_raised_and_eased(pipeline, text, event):
    assert event in coded(pipeline, text)


@slow
def test_predicates_s23_court_stay_and_subpoena(pipeline):
    assert ("USALEG", "USAGOV", "101") in coded(
        pipeline, "Congress subpoenaed the Secretary of State on Friday."
    )


@slow
def test_predicates_s23_military_tests_are_a_show_of_force(pipeline):
    assert ("PRK", "-", "150") in coded(pipeline, "North Korea conducted two missile tests on Sunday.")


@slow
def test_predicates_s23_honours_are_praise(pipeline):
    events = coded(
        pipeline,
        "The Indian president conferred the country's highest honour on the Japanese prime minister.",
    )
    assert ("INDGOV", "JPNGOV", "051") in events
    awarded = coded(pipeline, "The French president awarded the Ukrainian president the Legion of Honour.")
    assert ("FRAGOV", "UKRGOV", "051") in awarded


@slow
def test_predicates_s23_reaching_a_deal_is_a_formal_agreement(pipeline):
    assert ("CHL", "PER", "057") in coded(pipeline, "Chile reached a deal with Peru on fishing rights.")
    assert ("BRA", "ARG", "057") in coded(pipeline, "Brazil and Argentina signed three pacts on Monday.")


@slow
def test_predicates_s23_military_cooperation_and_halted_aid(pipeline):
    assert ("EGY", "GRC", "062") in coded(pipeline, "Egypt has increased military cooperation with Greece.")
    assert ("USA", "UKR", "1622") in coded(pipeline, "The United States halted military aid to Ukraine.")


@slow
def test_predicates_s23_trips_overtures_and_charges(pipeline):
    assert ("INDGOV", "JPN", "042") in coded(
        pipeline, "The Indian prime minister conducted several trips to Japan."
    )
    assert ("TUR", "EGY", "030") in coded(pipeline, "Turkey has made overtures to Egypt.")
    charged = coded(pipeline, "The Kenyan police charged the opposition leader with treason.")
    assert ("KENCOP", "KENOPP", "173") in charged
    assert not any(e[2] == "112" for e in charged)  # a criminal charge, not an accusation


@slow
def test_predicates_s23_negotiations_are_046_talks_held_stay_a_meeting(pipeline):
    assert ("IRN", "IRQ", "046") in coded(pipeline, "Iran and Iraq began negotiations on Monday.")
    started = coded(pipeline, "The Iranian foreign minister started negotiations with Iraq on Monday.")
    assert ("IRNGOV", "IRQ", "046") in started
    # "talks" are negotiation too (046; gold train 9 of 13, dev every time; round 2 of session 23)
    assert ("IRN", "IRQ", "046") in coded(pipeline, "Iran held talks with Iraq.")


@slow
def test_predicates_s23_suspending_parliament_and_police_questioning(pipeline):
    assert ("THAGOV", "THALEG", "172") in coded(
        pipeline, "The Thai king suspended parliament for two months."
    )
    assert ("KENCOP", "KENOPP", "091") in coded(
        pipeline, "Kenyan police questioned the opposition leader on Monday."
    )
    doubted = coded(
        pipeline, "The Kenyan opposition questioned the government's decision to expel the envoy."
    )
    assert ("KENOPP", "KENGOV", "111") in doubted


@slow
def test_predicates_s23_blame_placed_and_drills_held(pipeline):
    blamed = coded(pipeline, "The Indian government placed the blame on Pakistan for the attack.")
    assert ("INDGOV", "PAK", "112") in blamed
    assert ("CHN", "TWN", "150") in coded(pipeline, "China held military drills near Taiwan.")


@slow
def test_predicates_s23_nominalised_apology_and_confiscation(pipeline):
    apology = coded(pipeline, "The Japanese prime minister issued an apology to South Korea on Monday.")
    assert ("JPNGOV", "KOR", "055") in apology
    seized = coded(pipeline, "The Kenyan police announced the confiscation of opposition newspapers.")
    assert any(e[0] == "KENCOP" and e[2] == "1711" for e in seized)


def test_predicates_s23_new_nominalisations_name_dictionary_verbs():
    from dyadic.events.lexicon import NOMINALISATIONS

    index = PatternIndex.load(Codebook.load())
    for noun in ("apology", "refusal", "veto", "annexation", "confiscation", "rebuke", "siege"):
        assert index.lookup(NOMINALISATIONS[noun]), noun


@slow
def test_predicates_s23_meals_cessions_refusals_and_bare_urging(pipeline):
    lunch = coded(pipeline, "The Chinese president had lunch with the Brazilian president on Monday.")
    assert ("CHNGOV", "BRAGOV", "040") in lunch
    assert ("GBR", "MUS", "080") in coded(
        pipeline, "Britain ceded sovereignty over the islands to Mauritius."
    )
    # an agreement to hand over is the intent to yield (035), not the yielding itself
    assert ("GBR", "MUS", "035") in coded(pipeline, "Britain agreed to hand over sovereignty to Mauritius.")
    assert ("KENGOV", "UGA", "120") in coded(
        pipeline, "The Kenyan government turned down the Ugandan request."
    )
    urged = coded(pipeline, "The Kenyan president urged Ugandan voters to stay calm.")
    assert ("KENGOV", "UGACVL", "020") in urged
