"""Constructions of real news, fifth round: a criticism or rejection of an act the text
names only by a noun ("criticized the decision", "called the ruling arbitrary") is aimed
at the act's author, told in the sentences before (issue 11, "wrong counterpart"; the
real-news gold codes these with the author as an implicit target).

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


def test_a_criticism_of_the_decision_is_aimed_at_its_author(pipeline):
    text = "Kenya expelled two Ugandan diplomats on Monday. Uganda strongly criticized the decision."
    events = coded(pipeline, text)
    assert ("Uganda", "UGA", "KEN", "111") in events


def test_a_court_act_with_no_author_told_is_the_locus_courts(pipeline):
    text = (
        "A Guatemalan court sentenced the journalist to six years in prison. "
        "Reporters Without Borders called the ruling a blatant case of judicial harassment."
    )
    assert ("Reporters Without Borders", "NGOMED", "GTMJUD", "111") in coded(pipeline, text)


def test_a_second_critic_is_aimed_at_the_author_not_the_first_critic(pipeline):
    text = (
        "Kenya expelled two Ugandan diplomats on Monday. Uganda strongly criticized the decision. "
        "Tanzania also condemned the move."
    )
    events = coded(pipeline, text)
    assert ("Tanzania", "TZA", "KEN", "111") in events
    assert not any(e[1] == "TZA" and e[2] == "UGA" for e in events)


def test_a_criticism_of_a_named_authors_act_keeps_that_author(pipeline):
    text = "Kenya expelled two Ugandan diplomats on Monday. Uganda criticized Tanzania's decision to do so."
    events = coded(pipeline, text)
    assert ("Uganda", "UGA", "TZA", "111") in events
    assert not any(e[1] == "UGA" and e[2] == "KEN" for e in events)


def test_a_name_called_is_a_criticism_whatever_pattern_the_verb_has(pipeline):
    text = "Kenya expelled two Ugandan diplomats on Monday. Uganda called the decision a disgrace."
    assert ("Uganda", "UGA", "KEN", "111") in coded(pipeline, text)
    # "called on" is an appeal, not a name called
    assert coded(pipeline, "Peru called on Chile to withdraw its troops.") == [("Peru", "PER", "CHL", "0256")]


def test_a_habitual_act_is_no_event(pipeline):
    assert coded(pipeline, "The Kenyan police regularly arrest opposition activists.") == []
    assert coded(pipeline, "If the appeal fails, the migrant is usually deported from Kenya.") == []
    # the act that happened is coded
    events = coded(pipeline, "Kenyan police arrested two opposition activists on Monday.")
    assert events == [("Kenyan police", "KENCOP", "KENOPP", "173")]
