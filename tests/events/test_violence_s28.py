"""Violence whose perpetrator the sentence leaves out, and counted victims (issue 11,
session 28): an agentless killing ("three police officers were killed") is the article's
perpetrator's act (GUIDELINES.md section 1, hard cases 1 and 15), unless an accident is its
cause, the perpetrator is the victims' own state, or the sentence tallies killings over
years or many attacks (hard case 10); a participle clause of result ("stormed a village,
killing twelve soldiers") is the main clause subject's act; a subject that "came under
attack (from X)" is its target (X, else the implied perpetrator, the source); being "taken
ill" or "taken to hospital" is no seizure.

Each sentence is our own; each construction is also checked the other way (what must not
change). The tests read the coder's candidates without the decision layer's threshold
(``pipeline_hypothetical``), so a refitted decision model does not move them.
"""

from __future__ import annotations

import pytest
from event_helpers import coded_with_source_text as coded

pytestmark = pytest.mark.slow

ATTACK = "Al-Shabab fighters attacked an army base in Somalia on Monday. "


def _codes(pipeline, text: str) -> list[tuple[str, str, str]]:
    return [e[1:] for e in coded(pipeline, text)]


def test_an_agentless_killing_is_the_article_perpetrators(pipeline_hypothetical):
    text = ATTACK + "Three Somali police officers were killed, a spokesman said."
    assert _codes(pipeline_hypothetical, text) == [("SOMREB", "SOMMIL", "190"), ("SOMREB", "SOMCOP", "1823")]
    # the implied author is a zero-width source: no text in the sentence
    assert [e[0] for e in coded(pipeline_hypothetical, text)] == ["Al-Shabab fighters", ""]


def test_an_accident_is_no_attack(pipeline_hypothetical):
    text = ATTACK + "Two Somali police officers were killed in a car crash near the base on Tuesday."
    assert _codes(pipeline_hypothetical, text) == [("SOMREB", "SOMMIL", "190")]


def test_a_state_is_not_the_implied_author_of_an_attack_on_its_own_forces(pipeline_hypothetical):
    text = (
        "Somali troops killed ten al-Shabab fighters in Kismayo on Monday. "
        "Four Somali soldiers were killed in the attack, a spokesman said."
    )
    assert _codes(pipeline_hypothetical, text) == [("SOMMIL", "SOMREB", "190")]


def test_conjoined_passives_share_the_attack_they_were_done_in(pipeline_hypothetical):
    text = (
        "Al-Shabab fighters attacked a hotel in Mogadishu on Monday. "
        "Two Somali officials were killed and six guards injured in a suicide bombing on Tuesday."
    )
    codes = _codes(pipeline_hypothetical, text)
    assert ("SOMREB", "SOMGOV", "1823") in codes
    assert len(codes) == 2


def test_a_tally_of_killings_is_no_event(pipeline_hypothetical):
    # GUIDELINES.md hard case 10: a count over years or many attacks, no one attack
    text = "In the last two years, Boko Haram fighters killed 300 Nigerian soldiers in over 200 attacks."
    assert _codes(pipeline_hypothetical, text) == []
    text = (
        "Al-Shabab fighters attacked a hotel in Mogadishu on Monday. "
        "Since 2012, hundreds of Somali officials have been killed in the capital."
    )
    assert [c for c in _codes(pipeline_hypothetical, text) if c[2] == "1823"] == []
    # one attack's toll stays an event
    text = "Boko Haram fighters killed twenty Nigerian soldiers in an attack on Monday."
    assert _codes(pipeline_hypothetical, text) == [("NGAREB", "NGAMIL", "190")]


def test_a_participle_of_result_is_the_main_subjects_killing(pipeline_hypothetical):
    text = "Boko Haram fighters stormed a village in Borno on Monday, killing twelve Nigerian soldiers."
    codes = _codes(pipeline_hypothetical, text)
    assert ("NGAREB", "NGAMIL", "190") in codes
    assert [e[0] for e in coded(pipeline_hypothetical, text)].count("Boko Haram fighters") == len(codes)


def test_taken_ill_or_to_hospital_is_no_seizure(pipeline_hypothetical):
    text = "The Burundian president was taken ill on Saturday and taken to hospital in Gitega."
    assert _codes(pipeline_hypothetical, text) == []
    # a town taken from fighters stays a seizure
    text = "Nigerian troops took the town of Baga from Boko Haram fighters on Monday."
    assert _codes(pipeline_hypothetical, text) == [("NGAMIL", "NGAREB", "192")]


def test_what_came_under_attack_is_the_attacks_target(pipeline_hypothetical):
    text = "Syrian government forces came under attack from Islamic State fighters near Palmyra on Monday."
    assert _codes(pipeline_hypothetical, text) == [("IMGMUSISI", "SYRMIL", "190")]
    # a reaction undergone the same way: "came under criticism from X"
    text = "The Kenyan government came under criticism from Human Rights Watch on Monday."
    assert _codes(pipeline_hypothetical, text) == [("NGOHRI", "KENGOV", "111")]
    # no author named: the article's perpetrator
    text = (
        "Boko Haram fighters attacked a village in Borno on Monday. "
        "Later, a Nigerian army convoy came under attack near Maiduguri."
    )
    assert _codes(pipeline_hypothetical, text) == [("NGAREB", "NGACVL", "180"), ("NGAREB", "NGAMIL", "190")]


def test_no_implied_attacker_of_its_own_side_or_for_a_state(pipeline_hypothetical):
    # a state's forces as the article's perpetrator are not the unnamed attackers of a convoy
    text = (
        "Nigerian troops killed ten Boko Haram fighters in Borno on Monday. "
        "Later, a Nigerian army convoy came under attack near Maiduguri."
    )
    assert _codes(pipeline_hypothetical, text) == [("NGAMIL", "NGAREB", "190")]
    # the perpetrator itself coming under attack is not its own attack
    text = "Boko Haram fighters attacked a village in Borno on Monday. Later, they came under attack."
    assert _codes(pipeline_hypothetical, text) == [("NGAREB", "NGACVL", "180")]
