"""Constructions of real news, third round: who did an agentless act of state (the
authority that reports it, the country of the place it happened in) and "both
countries" / "the two leaders" as the two actors named just before.

Each sentence is our own; each construction is also checked the other way (what must
not change), so a test fails when the rule is lost or over-applies.
"""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import coded_with_source_text

from dyadic.records import Article

pytestmark = pytest.mark.slow
DAY = date(2025, 3, 12)
TALKS = "Chile and Peru held talks on Monday. "


def coded(pipeline, text: str) -> list[tuple[str, str, str, str]]:
    """(source text, source code, target code or "-", CAMEO code) of each event."""
    return coded_with_source_text(pipeline, text, DAY)


def test_an_authority_reporting_an_agentless_arrest_made_it(pipeline):
    events = coded(pipeline, "Peruvian police said on Thursday that two suspects were arrested in Lima.")
    # the suspects, with no country of their own, are in the arresting state's jurisdiction
    # (session 28: coder.in_jurisdiction)
    assert [e for e in events if e[3] == "173"] == [("Peruvian police", "PERCOP", "PERCRM", "173")]


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


def _mutual(events: list[tuple[str, str, str, str]]) -> list[tuple[frozenset[str], str]]:
    """Each event as ({source, target}, code): a mutual act is stored once, in either direction."""
    return [(frozenset(e[1:3]), e[3]) for e in events]


def test_a_call_between_two_leaders_is_one_mutual_call(pipeline):
    events = coded(
        pipeline,
        "The committee asked for notes of a call between Macron and Chilean President Gabriel Boric.",
    )
    assert _mutual(events) == [(frozenset({"FRAGOV", "CHLGOV"}), "041")]


def test_a_meeting_between_two_is_theirs_not_the_arrangers(pipeline):
    events = coded(pipeline, "The French diplomat arranged a meeting between Macron and Boric in Paris.")
    assert _mutual(events) == [(frozenset({"FRAGOV", "CHLGOV"}), "040")]


def test_coordinated_leaders_holding_a_call_call_each_other(pipeline):
    events = coded(pipeline, "Boric and Macron held a phone call on Monday.")
    assert events == [("Boric", "CHLGOV", "FRAGOV", "041")]  # one mutual call, the first-named as source
    # one leader holding talks names no one met
    assert coded(pipeline, "Macron held talks on Monday.") == []


def test_said_in_a_meeting_with_is_the_speakers_meeting(pipeline):
    events = coded(pipeline, "Macron said in a meeting with Boric that the deal was good.")
    assert ("Macron", "FRAGOV", "CHLGOV", "040") in events
    # a meeting the sentence only mentions is not the speaker's
    assert not [e for e in coded(pipeline, "Macron said the meeting with Boric was good.") if e[3] == "040"]


def test_due_to_meet_takes_the_subject_of_the_copula(pipeline):
    result = pipeline.code(Article("t", "Macron is due to meet Boric in Chile in January.", published=DAY))
    assert [
        (e.source.code, e.target.code if e.target else "-", e.cameo, str(e.status)) for e in result.events
    ] == [("FRAGOV", "CHLGOV", "040", "planned")]


def test_condemning_an_acts_of_phrase_targets_its_actor(pipeline):
    events = coded(pipeline, "The Kenyan foreign minister condemned the brutality of the Ethiopian military.")
    assert events == [("Kenyan foreign minister", "KENGOV", "ETHMIL", "111")]


def test_a_speech_participle_clause_is_said_by_the_clause_subject(pipeline):
    events = coded(pipeline, "Macron criticized Boric on Monday, accusing him of ignoring the treaty.")
    assert ("Macron", "FRAGOV", "CHLGOV", "112") in events
    # a participle of a result has no agent of its own
    assert coded(pipeline, "French warships sailed through the strait on Monday, irritating China.") == []


def test_condemning_the_attack_targets_the_articles_perpetrator(pipeline):
    raid = "Al-Shabab militants stormed a police station in Mandera on Monday. "
    events = coded(pipeline, raid + "The German foreign minister condemned the attack.")
    assert ("German foreign minister", "DEUGOV", "SOMREB", "111") in events
    # with no perpetrator named, the attack's author is unknown: no target, no event
    assert coded(pipeline, "The German foreign minister condemned the attack.") == []


def test_a_denial_answers_the_accuser_named_before(pipeline):
    events = coded(
        pipeline, "Chile accused Peru of funding the rebels. On Monday Peru denied the accusation."
    )
    assert ("Peru", "PER", "CHL", "016") in events
    # with no accuser told, the denial has no target
    assert coded(pipeline, "Peru denied the accusation on Monday.") == [("Peru", "PER", "-", "016")]


def test_allegations_made_by_x_are_xs(pipeline):
    events = coded(
        pipeline, '"We reject the baseless allegations made by Chile," the Peruvian foreign ministry said.'
    )
    assert events == [("Peruvian foreign ministry", "PERGOV", "CHL", "016")]


def test_welcoming_an_act_praises_its_author_welcoming_a_visitor_hosts(pipeline):
    assert coded(pipeline, "Chile welcomed the decision of the Peruvian government.") == [
        ("Chile", "CHL", "PERGOV", "051")
    ]
    assert coded(pipeline, "Chile welcomed the release of the journalist by Peru.") == [
        ("Chile", "CHL", "PER", "051")
    ]
    assert coded(pipeline, "Chile welcomed Peruvian President Boluarte to Santiago.") == [
        ("Chile", "CHL", "PERGOV", "043")
    ]


def test_an_arrest_of_a_named_person_in_a_city_is_not_against_the_city(pipeline):
    events = coded(pipeline, "Zimbabwean police arrested Blessed Mhlanga in Harare on Monday.")
    assert [e for e in events if e[2] == "ZWEGOV"] == []
    # a curfew imposed in a city is the city's
    assert ("Zimbabwean police", "ZWECOP", "ZWEGOV", "1723") in coded(
        pipeline, "Zimbabwean police imposed a curfew in Harare on Monday."
    )


def test_calling_for_x_to_act_is_an_appeal_to_x(pipeline):
    events = coded(pipeline, "Chilean President Boric has called for Peru to increase military spending.")
    assert events == [("Chilean President Boric", "CHLGOV", "PER", "020")]


def test_asking_someone_for_something_targets_the_one_asked(pipeline):
    events = coded(
        pipeline, "Chilean President Boric asked Peruvian President Boluarte for sanctions relief."
    )
    assert events == [("Chilean President Boric", "CHLGOV", "PERGOV", "020")]


def test_refusing_an_act_by_x_targets_x(pipeline):
    events = coded(
        pipeline, "Chile has refused to attend a hearing by the Peruvian congress over the border dispute."
    )
    assert [(e[1], e[2]) for e in events] == [("CHL", "PERLEG")]


def test_coordinated_supporters_of_an_object_do_not_support_each_other(pipeline):
    assert coded(pipeline, "Chile, Peru and Brazil supported the proposal on Monday.") == []
    # a reciprocal verb still makes them act on each other
    events = coded(pipeline, "Chile and Peru signed a border agreement.")
    assert [(e[1], e[2]) for e in events] == [("CHL", "PER")]  # one mutual act
