"""An event's place: target, then a place away from the source's country, then the dateline."""

from __future__ import annotations

from datetime import date

import pytest

from dyadic.geo import event_place
from dyadic.records import Actor, ActorKind, Event, EventActor, EventStatus, Evidence, Mention

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
    got = event_place(_event(0, lam), places, None)
    # the region itself (step 1; regions.tsv has Latin America) or nothing, never the U.S.
    assert got is None or (got.country is None and got.feature_code == "RGN")


def _verbal(sentence_index: int, source: EventActor, target: EventActor | None, cameo: str = "112") -> Event:
    return Event(
        event_id="e2", article_id="t3", sentence_index=sentence_index, sentence="", date=date(2023, 6, 12),
        source=source, target=target, cameo=cameo, cameo_root=cameo[:2], cameo_name="Accuse",
        plover="ACCUSE", plover_mode=None, plover_context=None, goldstein=-2.0, quad_class=3,
        status=EventStatus.REALIZED, evidence=Evidence(9, 17, "* accused"), confidence=0.8,
    )  # fmt: skip


def test_event_place_verbal_event_is_where_the_statement_was_made(base_nlp, geoparser) -> None:
    from dyadic.records import Article

    text = "Pakistan accused India."
    pak = EventActor("Pakistan", "PAK", "PAK", None, "Pakistan", 0, 8)
    ind = EventActor("India", "IND", "IND", None, "India", 17, 22)
    mentions = [
        Mention(
            "Pakistan",
            0,
            8,
            0,
            1,
            0,
            Actor("PAK", "PAK", None, "Pakistan", ActorKind.COUNTRY),
            "country-name",
        ),
        Mention(
            "India", 17, 22, 2, 3, 0, Actor("IND", "IND", None, "India", ActorKind.COUNTRY), "country-name"
        ),
    ]
    places = geoparser.geoparse(base_nlp(text), Article("t3", text), mentions)
    assert {p.place.country for p in places} == {"PAK", "IND"}
    assert event_place(_verbal(0, pak, ind), places, None) is None  # not India, the target
    # a place named in the sentence that is no actor: where it was said
    text = "In Geneva, Pakistan accused India."
    pak = EventActor("Pakistan", "PAK", "PAK", None, "Pakistan", 11, 19)
    ind = EventActor("India", "IND", "IND", None, "India", 28, 33)
    places = geoparser.geoparse(base_nlp(text), Article("t4", text), [])
    place = event_place(_verbal(0, pak, ind), places, None)
    assert place is not None and (place.geonames_id, place.country) == (2660646, "CHE")
    # else the dateline
    text = "ISLAMABAD \u2013 Pakistan accused India."
    places = geoparser.geoparse(base_nlp(text), Article("t5", text), [])
    dateline = geoparser.dateline_place(places)
    place = event_place(_verbal(0, pak, ind), places, dateline)
    assert place is not None and (place.geonames_id, place.country) == (1176615, "PAK")
    # a material event keeps the target's place
    assert event_place(_verbal(0, pak, ind, "190"), places, dateline) is not None
