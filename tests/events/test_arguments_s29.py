"""Arguments of events whose pattern matched but whose source or target the parse hid
(issue 11, session 29): a gerund under a preposition of a predicate adjective or of the
object ("was forceful in blaming Iran", "committed provocations such as firing shells") is the
clause subject's act; a give-and-take ("exchanged fire") by coordinated subjects is the
first-named's act on the others; the object of an aiming or carrying participle on a
violent act's object ("missiles targeting US troops", "a bus transporting soldiers") is
its target; an event noun measured out under a verb's object ("held two rounds of
negotiations with Russia") is the verb subject's; a plural subject that is no actor takes
the actors of its ``from`` phrase ("leaders from Iran and Iraq will meet"); a verb of
disapproval with no target is about the subject of its complement clause ("contended
that Greece was hostile"), unless that is the source's own side.

Each sentence is our own; each construction is also checked the other way (what must not
change). The tests read the coder's candidates without the decision layer's threshold
(``pipeline_hypothetical``), so a refitted decision model does not move them.
"""

from __future__ import annotations

import pytest
from event_helpers import coded_with_source_text as coded

pytestmark = pytest.mark.slow


def _dyads(pipeline, text: str) -> set[tuple[str, str, str]]:
    """(source code, target code, CAMEO root) of each event coded in ``text``."""
    return {(e[1], e[2], e[3][:2]) for e in coded(pipeline, text)}


def test_arguments_gerund_under_a_predicate_adjective_is_the_subjects_act(pipeline_hypothetical):
    found = _dyads(pipeline_hypothetical, "The United States was forceful in blaming Iran for the attack.")
    assert ("USA", "IRN", "11") in found


def test_arguments_gerund_under_the_objects_as_phrase_is_the_subjects_act(pipeline_hypothetical):
    text = "Pakistan committed provocations such as firing shells at Indian border posts."
    assert ("PAK", "IND", "19") in _dyads(pipeline_hypothetical, text)


def test_arguments_gerund_under_a_ban_is_not_the_banning_subjects_act(pipeline_hypothetical):
    # "a ban on importing oil": whoever imposed the ban imports nothing
    found = _dyads(pipeline_hypothetical, "Germany imposed a ban on importing Russian oil.")
    assert not any(s == "DEU" and root == "06" for s, _, root in found)


def test_arguments_an_exchange_is_the_first_named_ones_act_on_the_other(pipeline_hypothetical):
    found = _dyads(pipeline_hypothetical, "India and Pakistan exchanged fire across the border on Monday.")
    assert ("IND", "PAK", "19") in found
    assert not any(t in ("-", None) for _, t, _ in found)


def test_arguments_an_exchange_with_a_partner_is_each_subjects_act_on_it(pipeline_hypothetical):
    found = _dyads(pipeline_hypothetical, "India and Pakistan traded fire with Chinese troops.")
    assert {("IND", "CHNMIL", "19"), ("PAK", "CHNMIL", "19")} <= found
    assert ("IND", "PAK", "19") not in found


def test_arguments_what_a_weapon_targeted_is_the_attacks_target(pipeline_hypothetical):
    found = _dyads(pipeline_hypothetical, "Iran launched missiles targeting US troops in Iraq.")
    assert ("IRN", "USAMIL", "19") in found


def test_arguments_who_a_vehicle_carried_is_the_ambushs_target(pipeline_hypothetical):
    found = _dyads(pipeline_hypothetical, "Taliban insurgents ambushed a bus transporting Afghan soldiers.")
    assert ("AFGREB", "AFGMIL", "19") in found


def test_arguments_a_weapon_without_an_aim_keeps_its_place_target(pipeline_hypothetical):
    found = _dyads(pipeline_hypothetical, "Iran launched missiles at a base in Iraq.")
    assert not any(t.startswith("USA") for _, t, _ in found)


def test_arguments_rounds_of_talks_are_the_holders(pipeline_hypothetical):
    found = _dyads(pipeline_hypothetical, "Iran held two rounds of negotiations with Russia.")
    assert ("IRN", "RUS", "04") in found


def test_arguments_a_noun_under_another_phrase_takes_no_verb_subject(pipeline_hypothetical):
    # "a record of talks": no measure noun, the recorder held no talks
    found = _dyads(pipeline_hypothetical, "Germany published a record of talks with Russia.")
    assert ("DEU", "RUS", "04") not in found


def test_arguments_people_from_coordinated_countries_meet_each_other(pipeline_hypothetical):
    found = _dyads(pipeline_hypothetical, "Rubio said he believes leaders from Iran and Iraq will meet soon.")
    assert ("IRN", "IRQ", "04") in found or ("IRQ", "IRN", "04") in found


def test_arguments_a_thing_from_an_actor_is_not_that_actor(pipeline_hypothetical):
    found = _dyads(pipeline_hypothetical, "A letter from Iran urges Turkey to reopen the border.")
    assert not any(s == "IRN" for s, _, _ in found)


def test_arguments_a_disapproval_is_of_its_clauses_subject(pipeline_hypothetical):
    found = _dyads(pipeline_hypothetical, "Turkey contended that Greece was hostile.")
    assert ("TUR", "GRC", "11") in found


def test_arguments_a_claim_about_its_own_forces_disapproves_of_no_one(pipeline_hypothetical):
    found = _dyads(pipeline_hypothetical, "Iran claimed its forces had captured the town.")
    assert not any(s == "IRN" and t.startswith("IRN") for s, t, _ in found)


def test_arguments_a_deal_entered_into_is_with_its_partner(pipeline_hypothetical):
    found = _dyads(pipeline_hypothetical, "Iran entered into an agreement with Russia.")
    assert ("IRN", "RUS", "05") in found


def test_arguments_a_place_entered_with_companions_is_no_deal_with_them(pipeline_hypothetical):
    found = _dyads(pipeline_hypothetical, "Iranian troops entered Iraq with Russian advisers.")
    assert not any(t.startswith("RUS") and root == "05" for _, t, root in found)


def test_arguments_a_claims_clause_is_no_disapproval_of_its_subject(pipeline_hypothetical):
    text = "The Greek ministry claims that the Turkish vessel was on a routine survey."
    found = _dyads(pipeline_hypothetical, text)
    assert not any(tgt.startswith("TUR") and root == "11" for _, tgt, root in found)
