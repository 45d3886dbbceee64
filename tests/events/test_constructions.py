"""Constructions of issue 4, point 3: each pinned with its own short input and the exact
(source, target, CAMEO code, status) of every event, through the whole pipeline
(parse, actors, events). Inputs are written for the test, not taken from gold data.
"""

from __future__ import annotations

from datetime import date

import pytest

from dyadic.records import Article

pytestmark = pytest.mark.slow
DAY = date(2015, 6, 1)


def coded(pipeline, text: str, on: date = DAY) -> list[tuple[str, str, str, str]]:
    result = pipeline.code(Article("t", text, published=on))
    return sorted(
        (e.source.code, e.target.code if e.target else "-", e.cameo, e.status.value) for e in result.events
    )


def test_coder_held_talks_with_is_consult(pipeline):
    assert coded(pipeline, "Iran held talks with Iraq.") == [("IRN", "IRQ", "040", "realized")]


def test_coder_imposed_sanctions_on_is_sanction(pipeline):
    assert coded(pipeline, "The European Union imposed sanctions on Russia.") == [
        ("IGOEUREEC", "RUS", "163", "realized")
    ]


def test_coder_called_on_to_is_appeal_and_the_act_hypothetical(pipeline):
    assert coded(pipeline, "The UN called on Israel to withdraw its troops from Lebanon.") == [
        ("IGOUNO", "ISR", "0256", "realized"),
        ("IGOUNO", "LBNMIL", "0874", "hypothetical"),
    ]


def test_coder_urged_to_release_is_appeal_for_release(pipeline):
    assert ("IRN", "IRQ", "0253", "realized") in coded(
        pipeline, "Iran urged Iraq to release the British sailors."
    )


def test_coder_expressed_support_for_is_support(pipeline):
    assert coded(pipeline, "France expressed support for Ukraine.") == [("FRA", "UKR", "051", "realized")]


def test_coder_recalled_its_ambassador_is_reduce_relations(pipeline):
    assert coded(pipeline, "Morocco recalled its ambassador from Algeria.") == [
        ("MAR", "DZAGOV", "161", "realized")
    ]


def test_coder_coordinated_subjects_meet_each_other(pipeline):
    assert coded(pipeline, "Egypt and Jordan signed an agreement.") == [
        ("EGY", "JOR", "057", "realized"),
        ("JOR", "EGY", "057", "realized"),
    ]


def test_coder_compound_nationalities_share_the_role(pipeline):
    assert coded(pipeline, "Iranian and Iraqi officials met in Baghdad.") == [
        ("IRNGOV", "IRQGOV", "040", "realized"),
        ("IRQGOV", "IRNGOV", "040", "realized"),
    ]


def test_coder_passive_agent_is_the_source(pipeline):
    assert coded(pipeline, "Iraq was attacked by Iran.") == [("IRN", "IRQ", "190", "realized")]


def test_coder_received_from_makes_the_giver_the_source(pipeline):
    assert coded(pipeline, "Georgian demonstrators received weapons from Russia.") == [
        ("RUS", "GEOOPP", "072", "realized")
    ]


def test_coder_accused_of_shelling_is_only_an_accusation(pipeline):
    assert coded(pipeline, "Ukraine accused Russia of shelling Kharkiv.") == [
        ("UKR", "RUS", "112", "realized")
    ]


def test_coder_denied_supplying_is_negated(pipeline):
    assert coded(pipeline, "Beijing denied that it had supplied weapons to Russia.") == [
        ("CHNGOV", "RUS", "072", "negated")
    ]


def test_coder_capital_said_it_would_is_government_intent(pipeline):
    assert coded(pipeline, "Tehran said it would release the British sailors.") == [
        ("IRNGOV", "GBR", "0353", "realized")
    ]


def test_coder_igo_is_an_actor(pipeline):
    assert coded(pipeline, "NATO condemned Russia.") == [("IGOWSTNAT", "RUS", "111", "realized")]


def test_coder_leader_role_follows_the_article_date(pipeline):
    text = "Obama visited Iran."
    assert coded(pipeline, text, date(2015, 6, 1)) == [("USAGOV", "IRN", "042", "realized")]
    assert coded(pipeline, text, date(2020, 6, 1)) == [("USAELI", "IRN", "042", "realized")]


def test_coder_we_in_a_quotation_is_the_speakers_side(pipeline):
    assert coded(pipeline, "'We will attack Iraq,' the Iranian defence minister said.") == [
        ("IRNGOVMIL", "IRQ", "1384", "realized")
    ]


def test_coder_agreed_to_is_intent_and_the_act_hypothetical(pipeline):
    assert coded(pipeline, "Iran agreed to release the British sailors.") == [
        ("IRN", "GBR", "0353", "realized"),
        ("IRN", "GBR", "084", "hypothetical"),
    ]


def test_coder_threatened_to_is_threat(pipeline):
    assert coded(pipeline, "Russia threatened to cut gas supplies to Ukraine.") == [
        ("RUS", "UKR", "1311", "realized"),
        ("RUS", "UKR", "162", "hypothetical"),
    ]


def test_coder_refused_to_is_rejection_and_the_act_negated(pipeline):
    assert coded(pipeline, "Iran refused to release the British sailors.") == [
        ("IRN", "GBR", "084", "negated"),
        ("IRN", "GBR", "1243", "realized"),
    ]


def test_coder_said_would_not_is_rejection(pipeline):
    assert coded(pipeline, "Obama said he would not provide support to Israel.") == [
        ("USAGOV", "ISR", "120", "realized")
    ]


def test_coder_said_must_is_demand(pipeline):
    assert coded(pipeline, "Syria said Israel must withdraw from the Golan Heights.") == [
        ("SYR", "ISR", "105", "realized")
    ]


def test_coder_claimed_that_attacked_is_accusation(pipeline):
    assert coded(pipeline, "The US claimed that Syria had attacked Iraq.") == [
        ("USA", "SYR", "112", "realized")
    ]
