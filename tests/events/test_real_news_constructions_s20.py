"""Constructions of real news, third round: who did an agentless act of state (the
authority that reports it, the country of the place it happened in) and "both
countries" / "the two leaders" as the two actors named just before.

Each sentence is our own; each construction is also checked the other way (what must
not change), so a test fails when the rule is lost or over-applies.
"""

from __future__ import annotations

from datetime import date

import pytest

from dyadic.records import Article

pytestmark = pytest.mark.slow
DAY = date(2025, 3, 12)
TALKS = "Chile and Peru held talks on Monday. "


def coded(pipeline, text: str) -> list[tuple[str, str, str, str]]:
    """(source text, source code, target code or "-", CAMEO code) of each event."""
    result = pipeline.code(Article("t", text, published=DAY))
    return [
        (e.source.text, e.source.code, e.target.code if e.target else "-", e.cameo) for e in result.events
    ]


def test_an_authority_reporting_an_agentless_arrest_made_it(pipeline):
    events = coded(pipeline, "Peruvian police said on Thursday that two suspects were arrested in Lima.")
    assert [e for e in events if e[3] == "173"] == [("Peruvian police", "PERCOP", "CRM", "173")]


def test_a_non_state_reporter_of_an_arrest_did_not_make_it(pipeline):
    # a rights group reporting an arrest is no authority; with no locus, no source at all
    assert coded(pipeline, "Human Rights Watch said two journalists were arrested on Thursday.") == []


def test_an_agentless_arrest_in_a_named_city_is_that_countrys_authorities(pipeline):
    events = coded(pipeline, "Two suspects were arrested in Lima on Thursday.")
    assert [(e[1], e[3]) for e in events] == [("PERGOV", "173")]


def test_both_countries_are_the_two_countries_named_before(pipeline):
    events = coded(pipeline, TALKS + "Both countries signed an agreement on trade.")
    signed = {(e[1], e[2]) for e in events if e[3] == "0311"}
    assert signed == {("CHLGOV", "PERGOV"), ("PERGOV", "CHLGOV")}


def test_the_two_leaders_and_both_sides_refer_back_too(pipeline):
    leaders = coded(pipeline, TALKS + "The two leaders signed an agreement on trade.")
    assert {(e[1], e[2]) for e in leaders if e[3] == "0311"} == {("CHLGOV", "PERGOV"), ("PERGOV", "CHLGOV")}
    sides = coded(pipeline, TALKS + "Both sides signed an agreement on trade.")
    assert {(e[1], e[2]) for e in sides if e[3] == "0311"} == {("CHL", "PER"), ("PER", "CHL")}


def test_both_countries_with_one_country_named_is_no_one(pipeline):
    assert coded(pipeline, "Chile held talks on Monday. Both countries signed an agreement on trade.") == []
