"""Mutual acts given both ways ("X and Y met") are stored once (issue 11: "symmetric events
(meet, negotiate, sign with) stored once with both directions queryable").

Each sentence is our own. The store side (a mutual event answers a query for either actor
as source) is in tests/store/test_store_backends.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from dyadic.evaluation.harness import _predicted
from dyadic.records import Article

pytestmark = pytest.mark.slow


def events_of(pipeline, text: str) -> list[tuple[str, str, str, bool]]:
    """(source code, target code or "-", CAMEO code, mutual) of each event."""
    result = pipeline.code(Article("mutual", text, published=date(2025, 3, 12)))
    return [(e.source.code, e.target.code if e.target else "-", e.cameo, e.mutual) for e in result.events]


def test_a_clash_between_two_coordinated_forces_is_one_mutual_fight(pipeline):
    text = "Indian and Chinese troops clashed along the disputed border on Tuesday."
    assert events_of(pipeline, text) == [("INDMIL", "CHNMIL", "190", True)]


def test_a_meeting_of_coordinated_ministers_is_one_mutual_meeting(pipeline):
    text = "The foreign ministers of Japan and Vietnam met in Hanoi on Friday."
    [(source, target, code, mutual)] = events_of(pipeline, text)
    assert code == "040" and mutual and {source[:3], target[:3]} == {"JPN", "VNM"}


def test_an_act_given_one_way_stays_directed(pipeline):
    signed = events_of(pipeline, "Chile signed a trade agreement with Peru on Monday.")
    assert signed == [("CHL", "PER", "057", False)]
    text = "Indian troops fired on Chinese troops along the disputed border on Tuesday."
    assert [e[2:] for e in events_of(pipeline, text)] == [("190", False)]


def test_the_sentence_set_harness_compares_a_mutual_event_both_ways(pipeline):
    text = "Indian and Chinese troops clashed along the disputed border on Tuesday."
    compared = _predicted(pipeline.code(Article("mutual", text, published=date(2025, 3, 12))).events)
    assert sorted((p["source"], p["target"]) for p in compared) == [("CHN", "IND"), ("IND", "CHN")]


def test_an_exchange_of_fire_is_one_mutual_fight_a_one_sided_shelling_is_not(pipeline):
    text = "Indian and Pakistani troops exchanged artillery fire across the border on Tuesday."
    assert [e[2:] for e in events_of(pipeline, text)] == [("193", True)]
    text = "Indian troops fired artillery shells at Pakistani border posts on Tuesday."
    assert [e[2:] for e in events_of(pipeline, text)] == [("193", False)]
