"""EventCoder on real en_core_web_sm parses with hand-made Mentions."""

from __future__ import annotations

from datetime import date

import pytest
from event_helpers import article_for, mention_for, triples

from dyadic.events import EventCoder

pytestmark = pytest.mark.slow
MONDAY = date(2023, 6, 12)


@pytest.fixture(scope="module")
def coder() -> EventCoder:
    return EventCoder.load()


def _run(base_nlp, coder, text, *phrases):
    doc = base_nlp(text)
    mentions = [mention_for(doc, p) for p in phrases]
    return coder.code(doc, article_for(text, MONDAY), mentions)


def test_coder_model_left_for_capital_is_visit_on_publication_day(base_nlp, coder):
    text = (
        "TEHRAN – Iranian President Ebrahim Raisi left Tehran for Caracas in a tour of three "
        "Latin American countries on Monday morning."
    )
    doc = base_nlp(text)
    mentions = [
        mention_for(doc, "Ebrahim Raisi"),
        mention_for(doc, "Tehran", "IRNGOV", occurrence=0),
        mention_for(doc, "Caracas"),
    ]
    events = coder.code(doc, article_for(text, MONDAY), mentions)
    assert triples(events) == [("IRNGOV", "VENGOV", "042", "realized")]
    assert events[0].date == MONDAY
    assert text[events[0].evidence.verb_start : events[0].evidence.verb_end] == "left"


def test_coder_model_welcomed_by_counterpart_is_planned_hosting(base_nlp, coder):
    text = (
        "On Monday evening, local time, President Raisi will be officially welcomed by his Venezuelan "
        "counterpart, Nicolas Maduro, at the Miraflores Palace in Caracas."
    )
    events = _run(base_nlp, coder, text, "Raisi", "Nicolas Maduro", "Caracas")
    assert triples(events) == [("VENGOV", "IRNGOV", "043", "planned")]


def test_coder_model_travel_to_coordinated_countries(base_nlp, coder):
    text = (
        "In addition to Venezuela, Raisi will also travel to Nicaragua and Cuba, where he will hold "
        "high-level meetings with the officials of these countries."
    )
    events = _run(base_nlp, coder, text, "Venezuela", "Raisi", "Nicaragua", "Cuba")
    assert triples(events) == [("IRNGOV", "NIC", "042", "planned"), ("IRNGOV", "CUB", "042", "planned")]


def test_coder_model_accusation_codes_only_the_accusation(base_nlp, coder):
    events = _run(
        base_nlp, coder, "Ukraine accused Russia of shelling Tehran.", "Ukraine", "Russia", "Tehran"
    )
    assert triples(events) == [("UKR", "RUS", "112", "realized")]


def test_coder_model_said_that_codes_the_embedded_event(base_nlp, coder):
    events = _run(base_nlp, coder, "Iran said that Russia attacked Ukraine.", "Iran", "Russia", "Ukraine")
    assert triples(events) == [("RUS", "UKR", "190", "realized")]


def test_coder_model_coordinated_subjects_sign_agreement(base_nlp, coder):
    text = "Brazil and the United States signed an agreement with China."
    events = _run(base_nlp, coder, text, "Brazil", "United States", "China")
    assert triples(events) == [("BRA", "CHN", "057", "realized"), ("USA", "CHN", "057", "realized")]


def test_coder_model_event_noun_visit_by_to(base_nlp, coder):
    text = "The visit by Raisi to Cuba is expected to further enhance these relations."
    events = _run(base_nlp, coder, text, "Raisi", "Cuba")
    assert triples(events) == [("IRNGOV", "CUB", "042", "planned")]


def test_coder_model_urge_to_codes_appeal_and_hypothetical_act(base_nlp):
    coder = EventCoder.load(hypothetical=True)
    events = _run(base_nlp, coder, "Iran urged Russia to attack Ukraine.", "Iran", "Russia", "Ukraine")
    assert triples(events) == [("IRN", "RUS", "020", "realized"), ("RUS", "UKR", "190", "hypothetical")]


def test_coder_model_sanctions_and_expected_visit(base_nlp, coder):
    assert triples(_run(base_nlp, coder, "Iran imposed sanctions on Israel.", "Iran", "Israel")) == [
        ("IRN", "ISR", "163", "realized")
    ]
    assert triples(_run(base_nlp, coder, "Russia is expected to visit China.", "Russia", "China")) == [
        ("RUS", "CHN", "042", "planned")
    ]
