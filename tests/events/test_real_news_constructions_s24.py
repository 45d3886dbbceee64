"""Constructions of real news, seventh round (issue 11, "headline events missed" and
"wrong counterpart"): the implied authorities of a court's verdict and of a release
from custody; a participle conjoined to a passive shares its patient; an event noun
with its own author keeps it when another verb carries it, and a verbal reaction to
such an act is an event of its own.

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


def coded(pipeline, text: str) -> list[tuple[str, str, str, str]]:
    """(source text, source code, target code or "-", CAMEO code) of each event."""
    return coded_with_source_text(pipeline, text, DAY)


def test_a_verdict_with_no_court_named_is_the_locus_courts(pipeline):
    text = (
        "PARIS — France has a new corruption scandal. A French former mayor was convicted of fraud on "
        "Monday, and French prosecutors said they would appeal."
    )
    assert ("FRAJUD", "FRAGOV", "173") in [e[1:] for e in coded(pipeline, text)]
    # an active verdict keeps its own author
    events = coded(pipeline, "A Kenyan court convicted the former governor of fraud on Monday.")
    assert [e[1:] for e in events if e[3] == "173"] == [("KENJUD", "KENGOV", "173")]


def test_a_release_on_bail_after_a_charge_is_the_authorities(pipeline_hypothetical):
    text = (
        "PHNOM PENH — Cambodia has jailed a journalist for the second time this year. The Cambodian "
        "journalist was charged with incitement and released on bail on Friday."
    )
    events = coded(pipeline_hypothetical, text)
    # the conjoined participle "released" shares the passive's patient, the journalist
    assert ("KHMGOV", "KHMMED") in [(src, tgt) for _, src, tgt, code in events if code.startswith("084")]


def test_a_release_with_no_custody_named_has_no_implied_author(pipeline_hypothetical):
    text = "MANILA — Philippine troops stormed the camp near Jolo. The hostages were released on Friday."
    assert [e for e in coded(pipeline_hypothetical, text) if e[3].startswith("084")] == []


def test_an_authored_act_noun_keeps_its_author_under_another_verb(pipeline):
    events = coded(pipeline, "German officials welcomed Macron's visit to Berlin.")
    assert ("Macron", "FRAGOV", "DEUGOV", "042") in events
    # a possessive pronoun is no author of its own: the light verb's subject makes the visit
    events = coded(pipeline, "Iran made its first visit to Iraq in a decade.")
    assert [e[1:] for e in events] == [("IRN", "IRQ", "042")]


def test_a_condemned_invasion_is_two_events(pipeline):
    events = coded(pipeline, "The European Union condemned Russia's invasion of Ukraine on Monday.")
    assert sorted((src, tgt, code[:2]) for _, src, tgt, code in events) == [
        ("IGOEUREEC", "RUS", "11"),
        ("RUS", "UKR", "19"),
    ]
    # a verb that takes part in the act is no reaction to it: one event, the refusal
    events = coded(pipeline, "Chile refused to attend a hearing by the Peruvian congress on the dispute.")
    assert [(src, tgt, code) for _, src, tgt, code in events] == [("CHL", "PERLEG", "125")]


def test_a_reaction_received_from_someone_is_theirs(pipeline):
    events = coded(pipeline, "The Kenyan president has drawn praise from the African Union for the deal.")
    assert [e[1:] for e in events] == [("IGOAFRAFU", "KENGOV", "051")]
    # the subject's owner is the one reacted to when the subject is an act or a thing
    events = coded(pipeline, "Ghana's new constitution is facing criticism from Nigerian opposition groups.")
    assert [e[1:3] for e in events if e[3].startswith("11")] == [("NGAOPP", "GHA")]
    # with no author named, nobody reacts: no event
    assert coded(pipeline, "The Kenyan president drew criticism for his remarks.") == []


def test_a_denial_of_charges_answers_their_author(pipeline_hypothetical):
    text = (
        "NAIROBI — Kenyan prosecutors charged opposition leader Raila Odinga with treason on Monday. "
        "Odinga pleaded not guilty to the charges on Tuesday."
    )
    events = coded(pipeline_hypothetical, text)
    assert ("Odinga", "KENGOV", "KENJUD", "016") in events
    # a warrant rejected with no issuer named before is the courts'
    text = "SARAJEVO — Bosnia is in crisis. Bosnian Serb leader Milorad Dodik rejected the arrest warrant."
    assert [e[2] for e in coded(pipeline_hypothetical, text) if e[3].startswith("12")] == ["BIHJUD"]


def test_an_investigation_of_a_told_attack_targets_its_perpetrator(pipeline):
    text = (
        "Islamic State claimed the bombing in Kabul that killed 20 people on Monday. Afghan police are "
        "investigating the bombing."
    )
    events = coded(pipeline, text)
    assert [e[1:3] for e in events if e[3].startswith("09")] == [("AFGCOP", "IMGMUSISI")]


def test_an_attack_in_the_lead_is_the_claimed_perpetrators(pipeline):
    text = (
        "Twin bombings struck a church in the southern Philippines on Sunday. "
        "Islamic State claimed responsibility for the bombings in a statement."
    )
    events = coded(pipeline, text)
    assert ("IMGMUSISI", "PHL") in [e[1:3] for e in events if e[3][:2] in ("18", "19")]
    # later in the article an untold attack is no one's: "bombings struck" a second place
    later = (
        text + " Officials said more patrols were sent. Bombings struck a market in the Philippines in 2017."
    )
    events = pipeline.code(Article("t", later, published=DAY)).events
    assert [e.sentence_index for e in events if e.cameo[:2] in ("18", "19")] == [0]


def test_the_agent_of_a_passive_with_an_object_complement(pipeline_hypothetical):
    # "by" hangs on the complement "hostage": its object still made the act, on the patient
    events = coded(pipeline_hypothetical, "Pakistani passengers were held hostage by BLA militants.")
    assert ("BLA militants", "PAKREB", "PAKCVL", "181") in events
    # with no agent, no one held them
    assert coded(pipeline_hypothetical, "Pakistani passengers were held hostage in Balochistan.") == []


def test_a_series_of_acts_is_carried_as_the_series(pipeline):
    events = coded(pipeline, "U.S. forces carried out a series of airstrikes against Islamic State.")
    assert [e[1:] for e in events] == [("USAMIL", "IMGMUSISI", "195")]
    # a count of acts that no verb carries is no event of the subject's: "a series of" in a subject
    assert coded(pipeline, "A series of airstrikes against Islamic State alarmed U.S. forces.") == []


def test_a_trailing_participle_clause_is_passive(pipeline):
    text = (
        "WELLINGTON — An Australian man, Brenton Tarrant, appeared in a New Zealand court yesterday, "
        "charged with one count of murder. New Zealand police said he acted alone."
    )
    events = coded(pipeline, text)
    # the charge is the authorities' on him, and appearing in court is no act of his on the court
    assert [e[1:] for e in events] == [("NZLGOV", "AUSCVL", "173")]
    # a fronted participle clause tells the circumstances of the main verb's subject: no act on them
    events = coded(pipeline, "Asked about tariffs, Canadian Prime Minister Carney criticized Washington.")
    assert [e[1:] for e in events] == [("CANGOV", "USAGOV", "111")]


def test_a_demand_keeps_its_kind_under_a_borrowed_appeal_pattern(pipeline):
    events = coded(pipeline, "The BLA demanded the release of political prisoners held by Pakistan.")
    assert ("BLA", "PAKREB", "1053") in [e[:2] + e[3:] for e in events]
    # an appeal stays an appeal: "urged" is 02
    events = coded(pipeline, "The United Nations urged Pakistan to release political prisoners.")
    assert [e[3] for e in events] == ["0253"]
