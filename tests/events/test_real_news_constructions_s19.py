"""Constructions of real news, second round: the implied author of "killed in the
attack", characterisations ("called the plan unfair"), declining to give details,
taking someone to court, levying tariffs.

Each sentence is our own; each construction is also checked the other way (what must
not change), so a test fails when the rule is lost or over-applies.
"""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import coded_with_source_text

pytestmark = pytest.mark.slow
DAY = date(2025, 3, 12)
RAID = "Al-Shabab militants stormed a police station in Mandera on Monday. "


def coded(pipeline, text: str) -> list[tuple[str, str, str, str]]:
    """(source text, source code, target code or "-", CAMEO code) of each event."""
    return coded_with_source_text(pipeline, text, DAY)


def test_killed_in_the_attack_is_the_articles_perpetrators_act(pipeline):
    events = coded(pipeline, RAID + "Four Kenyan police officers were killed in the attack.")
    assert ("", "SOMREB", "KENCOP", "1823") in events


def test_the_blast_killed_is_the_articles_perpetrators_act(pipeline):
    events = coded(pipeline, RAID + "The blast killed four Kenyan police officers.")
    assert ("", "SOMREB", "KENCOP", "1823") in events


def test_an_agentless_killing_is_the_articles_perpetrators_else_the_unidentifieds(pipeline):
    # session 28: an agentless killing of a named victim is the article's perpetrator's too
    # (the real-news gold codes it so: GUIDELINES.md hard cases 1 and 15)
    events = coded(pipeline, RAID + "Four Kenyan police officers were killed.")
    assert [e for e in events if e[0] == ""] == [("", "SOMREB", "KENCOP", "1823")]
    # with no perpetrator named in the article, the attack is the unidentified attackers'
    # (the gold convention's ---UAF, session 26)
    events = coded(pipeline, "Four Kenyan police officers were killed in the attack.")
    assert events == [("", "UAF", "KENCOP", "1823")]


def test_calling_a_policy_a_bad_name_is_criticism_a_good_one_praise(pipeline):
    assert ("French President Emmanuel Macron", "FRAGOV", "CHN", "111") in coded(
        pipeline, 'French President Emmanuel Macron called Chinese subsidies "unbearable."'
    )
    assert ("Japan", "JPN", "KOR", "051") in coded(
        pipeline, "Japan called South Korea a successful democracy."
    )


def test_a_description_is_not_criticism_by_itself(pipeline):
    events = coded(pipeline, "The State Department described the Iranian general as a senior commander.")
    assert [e for e in events if e[3] in ("111", "051")] == []


def test_refusing_to_give_details_is_declining_comment(pipeline):
    events = coded(
        pipeline, "Canada's environment ministry refused to give any details about the lost files."
    )
    assert ("Canada's environment ministry", "CANGOVENV", "-", "011") in events
    # refusing to give something else is no comment at all
    assert "011" not in [e[3] for e in coded(pipeline, "Poland refused to give aid to Belarus.")]


def test_taking_someone_to_court_is_a_lawsuit(pipeline):
    events = coded(pipeline, "So the opposition party took Kenya's electoral commission to court.")
    assert [e[1:] for e in events] == [("KENOPP", "KENGOV", "115")]


def test_levying_tariffs_on_a_country_is_a_sanction(pipeline):
    assert ("Washington", "USAGOV", "CHN", "163") in coded(
        pipeline, "Washington levied tariffs on Chinese steel."
    )


def test_an_arrest_named_by_its_possessor_is_the_locus_authorities_act_on_them(pipeline):
    text = (
        "Kenyan police detained opposition leader Raila Odinga on Monday. "
        "Odinga's arrest drew international condemnation."
    )
    events = coded(pipeline, text)
    assert ("", "KENGOV", "KENGOV", "173") in events
    # a possessor that did the act, with an "of" phrase, stays the author
    assert ("Turkey", "TUR", "NLDGOV", "161") in coded(
        pipeline, "Turkey's expulsion of the Dutch envoy angered Europe."
    )


def test_ordering_the_arrest_of_someone_targets_them(pipeline):
    events = coded(pipeline, "Kenyan prosecutors ordered the arrest of opposition leader Raila Odinga.")
    assert [e[1:] for e in events] == [("KENJUD", "KENGOV", "173")]
    # a condemned act with its own author is not the condemner's: it is its author's (session 24:
    # the invasion is Russia's, on Ukraine; the gold codes such authored acts as events)
    events = coded(pipeline, "China never condemned Russia's invasion of Ukraine.")
    assert [e[1:3] for e in events if e[3].startswith("19")] == [("RUS", "UKR")]


def test_a_leaders_call_with_another_is_a_telephone_discussion(pipeline):
    assert ("Ruto", "KENGOV", "UKRGOV", "041") in coded(pipeline, "Ruto's call with Zelensky lasted an hour.")
    assert [e for e in coded(pipeline, "Kenya's calls for peace were ignored.") if e[3] == "041"] == []


def test_travelling_for_talks_with_someone_is_meeting_them(pipeline):
    events = coded(pipeline, "Rubio will fly to Jeddah for talks with Ukrainian officials.")
    # talks are negotiation (CAMEO 046 engage in negotiation): the gold codes "talks" 046
    # (train 9 of 13, dev every time; session 23), a meeting stays 040
    assert ("Rubio", "USAGOV", "UKRGOV", "046") in events
    # "called for talks" is an appeal, not talks held
    assert [e for e in coded(pipeline, "Kenya called for talks with Somalia.") if e[3] == "040"] == []


def test_taken_from_someone_is_not_done_by_them(pipeline):
    # "from" after a verb of taking names the loser, not the attacker ("fired at it from Gaza")
    events = coded(pipeline, "Two Kenyan towns were recaptured from al-Shabab on Monday.")
    assert [e for e in events if e[1] == "SOMREB"] == []


def test_sanctions_and_tariffs_by_a_named_author_on_someone(pipeline):
    assert ("Trump", "USAGOV", "CAN", "163") in coded(pipeline, "Trump's tariffs on Canada hurt farmers.")
    assert ("U.S.", "USA", "TUR", "163") in coded(pipeline, "U.S. sanctions against Turkey took effect.")
    # with no author named, the noun alone is no event
    assert coded(pipeline, "The sanctions on Turkey took effect.") == []


def test_not_responding_to_a_request_for_comment_is_no_event_declining_is(pipeline):
    # GUIDELINES.md hard case 20: "declined to comment" is 011, "did not respond" is not coded
    text = "The Kenyan Foreign Ministry did not immediately respond to a request for comment."
    assert coded(pipeline, text) == []
    events = coded(pipeline, "The Kenyan Foreign Ministry declined to comment on the report.")
    assert events == [("Kenyan Foreign Ministry", "KENGOV", "-", "011")]
    assert coded(pipeline, "The Kenyan Foreign Ministry responded to a request for comment.") == []
    assert coded(pipeline, "Kenyan officials have not responded to the protesters' demands.") == []


def test_a_claim_about_the_other_side_of_ones_country_is_an_accusation(pipeline):
    # rebels and the state's troops of one country are not one side: no claim of responsibility
    events = coded(pipeline, "Al-Shabab claimed Somali troops had killed civilians in Mogadishu.")
    assert ("Al-Shabab", "SOMREB", "SOMMIL", "112") in events
    assert [e for e in events if e[3] == "015"] == []


def test_the_dead_and_the_threatened_are_no_authors(pipeline):
    text = "Kenya's former president Mwai Kibaki was ill for months. He died at a hospital in Nairobi."
    assert [e for e in coded(pipeline, text) if e[3].startswith(("18", "19"))] == []
    events = coded(pipeline, "Kenya's police said Kenya faces an increasing threat from al-Shabab.")
    assert [e for e in events if e[1] == "KEN" and e[3].startswith("13")] == []


def test_dying_in_the_attack_is_the_perpetrators_act_on_the_dead(pipeline):
    events = coded(pipeline, RAID + "Four Kenyan police officers died in the attack.")
    assert ("", "SOMREB", "KENCOP", "180") in events


def test_drone_strikes_are_air_strikes_not_labour_strikes(pipeline):
    text = (
        "The United States carried out drone strikes in Yemen on Sunday. "
        "The drone strikes in Yemen killed four al-Qaeda militants."
    )
    events = coded(pipeline, text)
    assert ("United States", "USA", "YEM", "195") in events
    assert [e[3] for e in events if e[3].startswith("14")] == []


def test_lodging_a_case_against_a_country_is_a_lawsuit_against_it(pipeline):
    events = coded(pipeline, "Japan lodged a case against South Korea at the WTO.")
    assert events == [("Japan", "JPN", "KOR", "115")]


def test_claiming_to_be_doing_something_reports_it_as_done(pipeline):
    events = coded(pipeline, "Al-Shabab claimed to be holding 20 Kenyan hostages.")
    assert ("Al-Shabab", "SOMREB", "KENCVL", "181") in events


def test_an_economic_war_is_no_force(pipeline):
    events = coded(pipeline, "Trump ignited the economic war last week with Canada.")
    assert [e for e in events if e[3].startswith("19")] == []


def test_during_a_visit_the_visitor_is_the_subject_unless_the_visit_names_one(pipeline):
    events = coded(
        pipeline, "Spanish Prime Minister Pedro Sanchez said during a visit to Beijing that he backs talks."
    )
    assert ("Spanish Prime Minister Pedro Sanchez", "ESPGOV", "CHNGOV", "042") in events
    text = "During a visit by British Prime Minister Keir Starmer to Washington, Trump praised NATO."
    assert [e[:3] for e in coded(pipeline, text) if e[3] == "042"] == [
        ("British Prime Minister Keir Starmer", "GBRGOV", "USAGOV")
    ]


def test_a_visit_within_ones_own_country_is_no_dyad(pipeline):
    text = "Kenya's President William Ruto paid a visit to Mombasa on Monday."
    assert [e for e in coded(pipeline, text) if e[3].startswith("04")] == []
