"""Constructions of real news, ninth round (issue 11, "source-less violence" and verbs out
of context), found on unannotated Wikinews articles and the real-news train split: an
attack whose author the article never names is the unidentified attackers' (``UAF``, no
country: the gold's ``---UAF``), an assault even on soldiers, while an accident is no
event and a perpetrator the article names stays the author; the CAMEO dictionary's bare
default of a verb of motion, state or description ("left Iraq", "resides in Iraq",
"approached Boeing") is no event.

Each sentence is our own; each construction is also checked the other way (what must
not change), so a test fails when the rule is lost or over-applies.
"""

from __future__ import annotations

import pytest
from event_helpers import coded_with_source_text as coded

pytestmark = pytest.mark.slow


def test_an_attack_with_no_author_named_is_the_unidentified_attackers(pipeline):
    events = coded(pipeline, "A suicide bombing killed 12 Afghan soldiers in Kabul on Monday.")
    assert events == [("", "UAF", "AFGMIL", "1823")]
    events = coded(pipeline, "Two Iraqi policemen were killed in a car bombing in Baghdad.")
    assert [e[1:] for e in events] == [("UAF", "IRQCOP", "1823")]
    # "a bomb went off, killing four": the participle's attack is its governor's subject
    text = "A bomb went off near a police station in Peshawar, killing four Pakistani officers."
    events = coded(pipeline, text)
    assert [e[1:] for e in events] == [("UAF", "PAK", "1823")]


def test_an_accident_or_a_named_perpetrator_is_not_the_unidentified_attackers(pipeline):
    assert coded(pipeline, "Five Nigerian traders were killed in a fire in a Lagos market.") == []
    text = (
        "Taliban fighters attacked a police checkpoint in Helmand province on Monday. "
        "Three Afghan policemen were killed in the attack."
    )
    events = coded(pipeline, text)
    assert ("Taliban fighters", "AFGREB", "AFGCOP", "180") in events
    assert "UAF" not in {e[1] for e in events}


def test_a_verb_of_motion_or_state_has_no_dictionary_default(pipeline):
    assert coded(pipeline, "The former Syrian refugee now resides in Iraq with his family.") == []
    assert coded(pipeline, "American troops left Iraq in 2011 after eight years.") == []
    assert coded(pipeline, "The Irish airline had approached Boeing about a deal for new aircraft.") == []
    # a verb with its own sense keeps its default
    events = coded(pipeline, "Russian troops occupied the Ukrainian city of Kherson in March.")
    assert [e[1:] for e in events] == [("RUSMIL", "UKR", "192")]


def test_a_country_abbreviation_before_a_currency_sign_is_no_actor(pipeline):
    text = "Russia's central bank offered to loan another 60 billion rubles (US $2.63 billion) to Sberbank."
    assert all(e[2] != "USA" for e in coded(pipeline, text))
    # the country itself stays an actor
    assert ("US", "USA", "IRN", "163") in coded(pipeline, "The US sanctioned Iran on Monday.")


def test_defeating_an_unarmed_rival_is_a_contest_not_force(pipeline):
    text = "Hong Kong lawmaker Mei Ling Chan defeated pro-Beijing legislator Raymond Wong by 424 votes."
    assert [e for e in coded(pipeline, text) if e[3].startswith("19")] == []
    text = "The aircraft maker Airbus defeated Boeing to win an order for 40 tankers."
    assert [e for e in coded(pipeline, text) if e[3].startswith("19")] == []
    # armed forces or states defeating each other is force
    events = coded(pipeline, "Iraqi forces defeated Islamic State fighters in Mosul.")
    assert [e[1:] for e in events] == [("IRQMIL", "IMGMUSISI", "190")]


def test_a_public_figure_shot_by_no_one_named_is_the_unidentified_attackers(pipeline):
    events = coded(pipeline, "Russian opposition leader Alexei Navalny was poisoned in August.")
    assert events == [("", "UAF", "RUSOPP", "180")]
    # a private person: a crime, no event; a killing alone may be an accident
    assert coded(pipeline, "A Kenyan man was shot dead outside his home in Nairobi.") == []
    assert coded(pipeline, "Two Nigerian students were killed on a highway near Abuja.") == []


def test_seeking_aid_from_someone_is_an_appeal_for_aid(pipeline):
    events = coded(pipeline, "The Sudanese army sought weapons and fuel from Iran last year.")
    assert [e[1:] for e in events] == [("SDNMIL", "IRN", "023")]
    # seeking something that is no aid is no appeal
    assert coded(pipeline, "The Somali government is seeking a solution to the drought.") == []


def test_the_arrest_of_someone_with_no_author_is_the_authorities(pipeline):
    text = (
        "Russian opposition leader Alexei Navalny returned to Moscow from Germany on Sunday. "
        "The arrest of Navalny at the airport drew protests across Russia."
    )
    assert [e[:2] + e[3:] for e in coded(pipeline, text) if e[3] == "173"] == [("", "RUSGOV", "173")]


def test_an_attack_named_with_its_actor_is_that_actors_not_the_unidentified(pipeline):
    text = "Recent US drone attacks have killed at least eight Taliban commanders in Afghanistan."
    events = coded(pipeline, text)
    assert [e[1:] for e in events] == [("USA", "AFGREB", "190")]
