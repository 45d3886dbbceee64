"""An event's place: target, then a place away from the source's country, then the dateline."""

from __future__ import annotations

from datetime import date

import pytest

from dyadic.geo import event_place
from dyadic.records import Event, EventActor, EventStatus, Evidence

pytestmark = pytest.mark.slow

TEXT = (
    "TEHRAN \u2013 Iranian President Ebrahim Raisi left Tehran for Caracas on Monday. He will meet officials."
)


def _event(sentence_index: int, target: EventActor | None) -> Event:
    raisi = EventActor("Ebrahim Raisi", "IRNGOV", "IRN", "GOV", "Ebrahim Raisi", 27, 40)
    return Event(
        event_id="e1", article_id="t1", sentence_index=sentence_index, sentence="", date=date(2023, 6, 12),
        source=raisi, target=target, cameo="042", cameo_root="04", cameo_name="Make a visit",
        plover="CONSULT", plover_mode="visit", plover_context=None, goldstein=1.9, quad_class=1,
        status=EventStatus.REALIZED, evidence=Evidence(41, 45, "* left"), confidence=0.8,
    )  # fmt: skip


@pytest.fixture(scope="module")
def places(base_nlp, geoparser):
    from dyadic.records import Article

    return geoparser.geoparse(base_nlp(TEXT), Article("t1", TEXT), [])


def test_event_place_visit_without_target_is_the_destination(places) -> None:
    place = event_place(_event(0, None), places, None)
    assert place is not None
    assert (place.geonames_id, place.name, place.country) == (3646738, "Caracas", "VEN")


def test_event_place_target_in_the_sentence_wins(places) -> None:
    start = TEXT.index("Caracas")
    target = EventActor("Caracas", "VENGOV", "VEN", "GOV", "Venezuela", start, start + 7)
    place = event_place(_event(0, target), places, None)
    assert place is not None and place.geonames_id == 3646738


def test_event_place_falls_back_to_the_dateline(places, geoparser) -> None:
    dateline = geoparser.dateline_place(places)
    assert dateline is not None and dateline.place.geonames_id == 112931
    place = event_place(_event(1, None), places, dateline)
    assert place is not None and place.geonames_id == 112931
    assert event_place(_event(1, None), places, None) is None


def test_event_place_region_target_ignores_an_unrelated_country(base_nlp, geoparser) -> None:
    from dyadic.records import Article

    text = "The visit by Raisi to Latin America comes at a time when the U.S. is declining globally."
    places = geoparser.geoparse(base_nlp(text), Article("t2", text), [])
    assert any(p.place.country == "USA" for p in places)
    start = text.index("Latin America")
    lam = EventActor("Latin America", "LAM", None, None, "Latin America", start, start + 13)
    assert event_place(_event(0, lam), places, None) is None
