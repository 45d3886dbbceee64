"""Places added in session 23: ambiguous names the article's other places settle ("Georgia"
next to Atlanta, "Victoria" next to Melbourne, "Punjab" next to Indian or Pakistani
towns), "Town, State" qualifiers that beat a country or a capital of the same name
("Athens, Georgia", "Lebanon, Pennsylvania", "Moscow, Idaho"), "in X" before a verb as
locative evidence, and capitals or countries that stand for a government as an event's
source or target, which are actors and not where the event happened. The sentences are
written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dyadic.geo import event_place, haversine_km
from dyadic.geo.spans import Evidence, locative_evidence
from dyadic.records import Article, Event, EventActor, EventStatus
from dyadic.records import Evidence as EventEvidence


def _places(pipeline, text: str) -> dict[str, tuple[str | None, float, float]]:
    result = pipeline.code(Article(article_id="s23", text=text))
    return {p.text: (p.place.country, p.place.lat, p.place.lon) for p in result.places}


def test_in_x_before_a_verb_is_locative_evidence() -> None:
    text = "Farmers in Sindh blocked the highway."
    start = text.index("Sindh")
    assert locative_evidence(text, start, start + 5) is Evidence.NONE  # "in the Xinhua report" reading
    assert locative_evidence(text, start, start + 5, verb_after=True) is Evidence.STRONG


@pytest.mark.slow
def test_georgia_beside_one_of_its_towns_is_the_us_state(pipeline) -> None:
    places = _places(pipeline, "Storms cut power across Savannah, and Georgia officials opened shelters.")
    assert places["Georgia"][0] == "USA"
    assert haversine_km(*places["Georgia"][1:], 32.7, -83.4) < 161  # not Tbilisi's country, 9,700 km off
    places = _places(
        pipeline, "Russian tanks rolled toward Gori as Georgia appealed to Brussels from Tbilisi."
    )
    assert places["Georgia"][0] == "GEO"


@pytest.mark.slow
def test_a_state_qualifier_beats_a_foreign_city_country_or_capital(pipeline) -> None:
    places = _places(pipeline, "A water main burst in Athens, Georgia, flooding a dormitory.")
    assert haversine_km(*places["Athens"][1:], 33.96, -83.38) < 20  # not Athens, Greece
    assert places["Georgia"][0] == "USA"
    places = _places(pipeline, "Volunteers cleaned the park in Lebanon, Pennsylvania, on Saturday.")
    assert places["Lebanon"][0] == "USA"
    assert haversine_km(*places["Lebanon"][1:], 40.34, -76.41) < 20  # the town, not the country
    places = _places(pipeline, "Hail damaged cars in Moscow, Idaho, late on Friday.")
    assert haversine_km(*places["Moscow"][1:], 46.73, -117.0) < 20  # not Russia's capital


@pytest.mark.slow
def test_a_small_capital_gives_way_to_a_bigger_namesake_the_article_points_to(pipeline) -> None:
    places = _places(pipeline, "Grass fires burned across Victoria as smoke drifted over Melbourne suburbs.")
    assert places["Victoria"][0] == "AUS"
    assert haversine_km(*places["Victoria"][1:], -37.0, 144.0) < 161  # not Victoria, Seychelles
    places = _places(pipeline, "Officers in Victoria, British Columbia, searched a ferry terminal.")
    assert haversine_km(*places["Victoria"][1:], 48.43, -123.37) < 20


@pytest.mark.slow
def test_punjab_follows_the_article_country(pipeline) -> None:
    places = _places(pipeline, "Growers in Punjab marched to Chandigarh and Amritsar over crop prices.")
    assert places["Punjab"][0] == "IND"
    assert haversine_km(*places["Punjab"][1:], 31.1, 75.7) < 161
    places = _places(pipeline, "Traders in Punjab closed their shops in Lahore and Multan over taxes.")
    assert places["Punjab"][0] == "PAK"
    assert haversine_km(*places["Punjab"][1:], 31.0, 72.7) < 250


@pytest.mark.slow
def test_a_metonymic_capital_stays_a_place(pipeline) -> None:
    places = _places(pipeline, "Washington said the talks with Seoul would resume next month.")
    assert places["Washington"][0] == "USA"
    assert haversine_km(*places["Washington"][1:], 38.9, -77.04) < 20  # the city, not the state


def _event(cameo: str, source: EventActor, target: EventActor | None) -> Event:
    return Event(
        event_id="e1", article_id="t1", sentence_index=0, sentence="", date=date(2024, 3, 1),
        source=source, target=target, cameo=cameo, cameo_root=cameo[:2], cameo_name="",
        plover="", plover_mode=None, plover_context=None, goldstein=0.0, quad_class=4,
        status=EventStatus.REALIZED, evidence=EventEvidence(0, 1, ""), confidence=0.8,
    )  # fmt: skip


@pytest.mark.slow
def test_a_capital_standing_for_its_government_is_no_event_place(pipeline) -> None:
    text = "Tokyo froze the assets of Pyongyang's trading firms."
    places = list(pipeline.code(Article(article_id="s23", text=text)).places)
    assert {p.text: p.rule for p in places} == {"Tokyo": "capital", "Pyongyang": "capital"}  # toponyms
    tokyo, pyongyang = text.index("Tokyo"), text.index("Pyongyang")
    source = EventActor("Tokyo", "JPNGOV", "JPN", "GOV", "Japan", tokyo, tokyo + 5)
    target = EventActor("Pyongyang", "PRKGOV", "PRK", "GOV", "North Korea", pyongyang, pyongyang + 9)
    assert event_place(_event("163", source, target), places, None) is None  # a sanction, no place
    struck = event_place(_event("195", source, target), places, None)  # an air strike on the city
    assert struck is not None and struck.country == "PRK"
    assert haversine_km(struck.lat, struck.lon, 39.03, 125.75) < 20
