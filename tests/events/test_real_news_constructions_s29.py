"""Constructions of real news, twelfth round (issue 11), found on hand-judged events of
unannotated articles (``eval/judged/``): one actor named twice, in apposition or by an
alternative name ("the ruling party, the Liberal Democratic Party or LDP"), acts once.

Each sentence is our own; each construction is also checked the other way (what must
not change), so a test fails when the rule is lost or over-applies.
"""

from __future__ import annotations

import pytest
from event_helpers import coded_with_source_text as coded

pytestmark = pytest.mark.slow


def test_an_actor_named_twice_in_apposition_acts_once(pipeline):
    text = (
        "South Africa's governing party, the African National Congress or ANC, has proposed talks "
        "with the Zimbabwean government."
    )
    assert [e[1:] for e in coded(pipeline, text)] == [("ZAFGOV", "ZWEGOV", "036")]
    # alternatives of two countries are two actors: each keeps its event
    text = "The Ghanaian president or the Togolese president will visit the Nigerian capital."
    assert [e[1:3] for e in coded(pipeline, text)] == [("GHAGOV", "NGA"), ("TGOGOV", "NGA")]
