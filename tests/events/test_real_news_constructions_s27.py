"""Constructions of real news, tenth round (issue 11), found on the real-news train
split's misses: an allegation ("X alleged that Y ...") is an accusation (CAMEO 112) of
the doer of the alleged act even when that act is no event of its own, and never of its
victims.

Each sentence is our own; each construction is also checked the other way (what must
not change), so a test fails when the rule is lost or over-applies.
"""

from __future__ import annotations

import pytest
from event_helpers import coded_with_source_text as coded

pytestmark = pytest.mark.slow


def test_an_allegation_accuses_the_doer_of_the_alleged_act(pipeline):
    text = "The Kenyan opposition leader alleged that the government was hiding the casualty figures."
    assert [e[1:] for e in coded(pipeline, text)] == [("KENOPP", "KENGOV", "112")]
    # the victims of a passive alleged act are not accused
    text = "The Kenyan opposition leader alleged that journalists were being harassed."
    assert coded(pipeline, text) == []


def test_what_a_volley_was_fired_at_is_its_target(pipeline):
    # the parser hangs "at demonstrators" on the last fired object; the police's force
    # on protesters is repression (175), whatever pattern matched the weapon
    text = "Kenyan police fired tear gas, rubber bullets and stun grenades at demonstrators in Nairobi."
    assert [e[1:] for e in coded(pipeline, text)] == [("KENCOP", "KENOPP", "175")]
    # "shells aimed at a post in South Korea": the place of what they were aimed at
    text = "North Korea fired shells aimed at a border post in South Korea on Monday."
    assert [e[1:] for e in coded(pipeline, text)] == [("PRK", "KOR", "193")]
    # a suspect shot by the police is no crackdown
    text = "The attacker, a Kenyan man, was shot by a police officer in Nairobi."
    assert [e[1:] for e in coded(pipeline, text)] == [("KENCOP", "KENUAF", "190")]


def test_a_person_found_guilty_or_sentenced_is_legal_action_a_ruling_on_a_government_is_not(pipeline):
    # GUIDELINES.md hard case 18: an individual convicted or sentenced is 173, not 116
    text = "A Kenyan court convicted the opposition activist of sedition on Monday."
    assert [e[1:] for e in coded(pipeline, text)] == [("KENJUD", "KENOPP", "173")]
    text = "A judge in Nairobi sentenced two Kenyan journalists to five years in prison."
    assert [e[1:] for e in coded(pipeline, text)] == [("KENJUD", "KENMED", "173")]
    text = "The Kenyan High Court ruled against the government over the tax law."
    assert [e[1:] for e in coded(pipeline, text)] == [("KENJUD", "KENGOV", "116")]


def test_an_arrest_is_detention_whoever_is_arrested(pipeline):
    # GUIDELINES.md hard case 18: arresting a journalist or protesters is 173, not the
    # dictionary's repression (175) with the protesters protesting back (140)
    text = "Kenyan police arrested two journalists in Nairobi on Monday."
    assert [e[1:] for e in coded(pipeline, text)] == [("KENCOP", "KENMED", "173")]
    text = "Kenyan police arrested dozens of protesters in Nairobi on Monday."
    assert [e[1:] for e in coded(pipeline, text)] == [("KENCOP", "KENOPP", "173")]


def test_an_act_of_an_election_campaign_is_no_event(pipeline):
    # GUIDELINES.md hard case 19: campaigns and candidacies are no CAMEO events
    assert coded(pipeline, "The Kenyan president held his first campaign rally in Nakuru.") == []
    assert coded(pipeline, "The Kenyan opposition leader still made stops in Kisumu and Mombasa.") == []
    # a protest rally stays a protest
    text = "Thousands of Belarusian protesters held a rally in Minsk against Lukashenko."
    assert [e[1:] for e in coded(pipeline, text)] == [("BLROPP", "BLRGOV", "141")]


def test_a_warning_about_a_third_party_criticises_it_a_warning_to_someone_threatens(pipeline):
    text = "The Kenyan president warned that the new Ugandan tariffs would hurt Kenyan farmers."
    assert ("KENGOV", "UGA", "111") in [e[1:] for e in coded(pipeline, text)]
    text = "Turkey warned Washington of severe consequences."
    assert [e[1:] for e in coded(pipeline, text)] == [("TUR", "USAGOV", "130")]


def test_protesters_violence_is_a_violent_protest(pipeline):
    text = "Kenyan demonstrators threw rocks at police in Nairobi."
    assert [e[1:] for e in coded(pipeline, text)] == [("KENOPP", "KENCOP", "145")]


def test_state_forces_killing_civilians_is_a_killing_not_a_fight(pipeline):
    # GUIDELINES.md hard case 17: killings of civilians are 1823, not 190 nor mass killing 202
    text = "Myanmar troops killed 12 civilians in a village in Sagaing on Monday."
    assert [e[1:] for e in coded(pipeline, text)] == [("MMRMIL", "MMRCVL", "1823")]
    # killing armed men stays force
    text = "Kenyan police killed three al-Shabab militants in Garissa."
    assert [e[1:] for e in coded(pipeline, text)] == [("KENCOP", "SOMREB", "190")]


def test_asking_a_question_is_no_appeal(pipeline):
    text = "The Kenyan opposition asked whether the government had paid the ransom."
    assert coded(pipeline, text) == []
    text = "Kenya asked Uganda to release the detained Kenyan fishermen."
    assert [e[1:] for e in coded(pipeline, text)] == [("KEN", "UGA", "0253")]
