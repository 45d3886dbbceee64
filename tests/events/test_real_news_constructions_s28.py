"""Constructions of real news, eleventh round (issue 11), found on hand-judged events of
unannotated articles (``eval/judged/``): the act alleged in a claim or an allegation is
no event of its own (GUIDELINES.md hard case 16), only the accusation is.

Each sentence is our own; each construction is also checked the other way (what must
not change), so a test fails when the rule is lost or over-applies.
"""

from __future__ import annotations

import pytest
from event_helpers import coded_with_source_text as coded

pytestmark = pytest.mark.slow


def test_an_alleged_act_is_no_event_only_the_accusation_is(pipeline):
    # reported as fact, the payment and the visit are events
    text = "President Mahama had paid Chinese firms to build the road."
    assert [e[1:] for e in coded(pipeline, text)] == [("GHAGOV", "CHN", "061")]
    text = "President Mahama visited Beijing secretly."
    assert [e[1:] for e in coded(pipeline, text)] == [("GHAGOV", "CHNGOV", "042")]
    # claimed or alleged by someone else, they are not
    text = "A Ghanaian newspaper claimed that President Mahama had paid Chinese firms to build the road."
    assert coded(pipeline, text) == []
    text = "Ghana's opposition claimed that President Mahama had visited Beijing secretly."
    assert coded(pipeline, text) == []
    # nor is an alleged refusal (an act under a verb of the alleged clause)
    text = "The report alleges that the Ghanaian president refused to meet the French ambassador in Accra."
    assert coded(pipeline, text) == []
    # an alleged attack stays an accusation of its doer (112)
    text = "The Ghanaian opposition alleged that the government had attacked protesters in Accra."
    assert [e[1:] for e in coded(pipeline, text)] == [("GHAOPP", "GHAGOV", "112")]
    # a passive alleged act names no doer: the act stays, its perpetrator unknown
    text = "His associates alleged that the Ghanaian journalist was poisoned."
    assert [e[1:] for e in coded(pipeline, text)] == [("UAF", "GHAMED", "180")]


def test_a_rally_held_by_a_government_or_elite_actor_is_no_protest(pipeline):
    # GUIDELINES.md hard cases 8 and 19: protesters are civilians or the opposition
    text = "In mid-September, President Ruto held his first indoor rally in three months, in Nakuru."
    assert coded(pipeline, text) == []
    text = "Thousands of Kenyan students held a rally in Nairobi against the president."
    assert [e[1:] for e in coded(pipeline, text)] == [("KENEDU", "KENGOV", "141")]
    # members of parliament protesting against their government stay a protest
    text = "Kenyan MPs protested against the government's new tax law in Nairobi."
    assert [e[1:3] for e in coded(pipeline, text)] == [("KENLEG", "KENGOV")]


def test_a_prediction_is_no_event(pipeline):
    text = "The Kenyan president met the Somali president in Nairobi."
    assert [e[1:] for e in coded(pipeline, text)] == [("KENGOV", "SOMGOV", "040")]
    text = "A Kenyan analyst predicts the Kenyan president meets the Somali president in Nairobi."
    assert coded(pipeline, text) == []
    text = "A Kenyan analyst predicts that Kenyan troops attack Somali militants in Kismayo."
    assert coded(pipeline, text) == []


def test_a_warning_of_a_natural_hazard_is_no_threat(pipeline):
    text = "The Kenya Meteorological Department issued a flood warning for the coast on Monday."
    assert coded(pipeline, text) == []
    text = "The Kenyan government issued a warning to Somalia on Monday."
    assert [e[1:] for e in coded(pipeline, text)] == [("KENGOV", "SOM", "130")]


def test_the_target_of_a_states_coercion_is_in_its_jurisdiction(pipeline):
    # people with a role but no country of their own take the coercing state's
    text = "Turkey sentenced two people smugglers to four years in prison each."
    assert [e[1:] for e in coded(pipeline, text)] == [("TUR", "TURCVL", "173")]
    text = "A Kenyan court sentenced two smugglers to four years in prison."
    assert [e[1:] for e in coded(pipeline, text)] == [("KENJUD", "KENCRM", "173")]
    # a target with a country of its own keeps it
    text = "A Kenyan court sentenced two Ugandan smugglers to four years in prison."
    assert [e[1:] for e in coded(pipeline, text)] == [("KENJUD", "UGACRM", "173")]


def test_a_claimed_killing_with_no_named_author_accuses_no_one(pipeline):
    text = (
        "Al-Shabaab militants attacked a Kenyan army base near Lamu on Monday. "
        "Kenya claimed that forty Somali soldiers had been killed."
    )
    assert "112" not in [e[3] for e in coded(pipeline, text)]
    # a named author is accused
    text = "Kenya claimed that Somali soldiers had attacked a Kenyan army base near Lamu."
    assert [e[1:] for e in coded(pipeline, text)] == [("KEN", "SOMMIL", "112")]


def test_attending_a_university_is_schooling_not_a_visit(pipeline):
    text = "After serving in the Kenyan army, President Ruto attended the University of Nairobi."
    assert coded(pipeline, text) == []
    text = "President Ruto visited the University of Nairobi on Monday."
    assert [e[1:] for e in coded(pipeline, text)] == [("KENGOV", "KENEDU", "042")]
    text = "President Ruto attended the summit in Addis Ababa."
    assert [e[1:] for e in coded(pipeline, text)] == [("KENGOV", "ETHGOV", "042")]
