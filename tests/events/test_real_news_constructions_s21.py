"""Constructions of real news, fourth round: arguments of non-finite and relative
verbs: a gerund under a preposition of means or time ("responded by expelling"), a
reduced relative ("the sanctions imposed by the United States"), and a relative
pronoun object ("the governments, which he praised").

Each sentence is our own; each construction is also checked the other way (what must
not change), so a test fails when the rule is lost or over-applies.
"""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import coded_with_source_text

pytestmark = pytest.mark.slow
DAY = date(2025, 3, 12)


def coded(pipeline, text: str) -> list[tuple[str, str, str, str]]:
    """(source text, source code, target code or "-", CAMEO code) of each event."""
    return coded_with_source_text(pipeline, text, DAY)


def test_a_gerund_of_means_shares_the_subject_of_its_verb(pipeline):
    events = coded(pipeline, "Chile responded by expelling two Bolivian diplomats on Friday.")
    assert ("Chile", "CHL", "BOLGOV", "161") in events


def test_a_gerund_in_a_led_group_is_the_leaders_act(pipeline):
    events = coded(
        pipeline,
        "Three Kenyan senators led a delegation of lawmakers in calling on Uganda to release the activists.",
    )
    assert ("Kenyan senators", "KENLEG", "UGA", "020") in events


def test_a_gerund_after_from_is_no_act(pipeline):
    # barred from attending: the attending did not happen
    events = coded(pipeline, "Peru barred Bolivian officials from attending the summit in Lima.")
    assert [e[3] for e in events] == ["163"]


def test_a_reduced_relative_takes_its_agent_as_source(pipeline):
    events = coded(pipeline, "The sanctions imposed by the United States on Venezuela took effect on Monday.")
    assert events == [("United States", "USA", "VEN", "163")]


def test_a_relative_pronoun_object_is_the_noun_it_stands_for(pipeline):
    events = coded(
        pipeline, "The activist, who was detained by Egyptian police in March, was released on Sunday."
    )
    assert ("Egyptian police", "EGYCOP", "EGYOPP", "173") in events
    # without the relative clause, no arrest
    assert not [e for e in coded(pipeline, "The activist was released on Sunday.") if e[3] == "173"]


def test_curated_predicates_of_real_news(pipeline):
    # verbs and nouns the CAMEO dictionary lacks: impeachment, lawsuits, condolences, credit
    assert coded(pipeline, "The House of Representatives impeached President Ruto on Tuesday.") == [
        ("House of Representatives", "KENLEG", "KENGOV", "172")
    ]
    assert coded(pipeline, "Kenya filed a lawsuit against Uganda at the regional court.") == [
        ("Kenya", "KEN", "UGA", "115")
    ]
    assert coded(pipeline, "Japan sent its condolences to Turkey after the earthquake.") == [
        ("Japan", "JPN", "TUR", "018")
    ]
    assert coded(pipeline, "The Kenyan president credited Uganda with ending the crisis.") == [
        ("Kenyan president", "KENGOV", "UGA", "051")
    ]


def test_administrative_sanctions_on_another_country_are_sanctions(pipeline):
    # CAMEO 163 for measures on a foreign actor, 172 for a state's measures at home
    foreign = coded(pipeline, "Kenya barred three Ugandan officials from entering the country.")
    assert foreign == [("Kenya", "KEN", "UGAGOV", "163")]
    home = coded(pipeline, "Kenya barred opposition parties from holding rallies.")
    assert home == [("Kenya", "KEN", "KENOPP", "172")]
