"""Places added in session 21: rivers resolved by points along their course, the "river X"
cue, and seats of government used as modifiers of an office ("White House officials").
The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dyadic.geo import haversine_km
from dyadic.geo.gazetteer import Kind
from dyadic.records import Article


# ------------------------------------------------------------------ gazetteer
def test_a_river_has_points_along_its_course(gazetteer) -> None:
    seine = [e for e in gazetteer.candidates("Seine") if e.kind is Kind.FEATURE]
    assert {(e.place.feature_code, e.place.country) for e in seine} == {("STM", "FRA")}
    assert len(seine) >= 3
    # one point lies in Paris (48.86 N, 2.35 E), one near the mouth at Le Havre (49.49 N, 0.11 E)
    assert min(haversine_km(e.place.lat, e.place.lon, 48.86, 2.35) for e in seine) < 10
    assert min(haversine_km(e.place.lat, e.place.lon, 49.49, 0.11) for e in seine) < 30


def test_a_river_named_like_a_town_stands_only_with_river(gazetteer) -> None:
    # "Dnipro" is the city; "the Dnipro River" is the Dnieper.
    assert all(e.kind is not Kind.FEATURE for e in gazetteer.candidates("Dnipro"))
    assert {e.place.name for e in gazetteer.candidates("Dnipro River")} == {"Dnieper"}


# ------------------------------------------------------------------- geoparse
@pytest.mark.slow
def test_geoparse_puts_a_river_at_its_point_nearest_the_article(base_nlp, geoparser) -> None:
    text = "Barges were stuck on the Rio Grande near Laredo, Texas, after the water fell."
    places = {p.text: p.place for p in geoparser.geoparse(base_nlp(text), Article("s21", text), [])}
    river = places["Rio Grande"]
    assert (river.feature_code, river.country) == ("STM", "USA")
    assert haversine_km(river.lat, river.lon, 27.51, -99.51) < 50  # Laredo, not the Gulf mouth


@pytest.mark.slow
def test_geoparse_puts_a_river_without_nearby_towns_at_its_mouth(base_nlp, geoparser) -> None:
    text = "Fishermen cast their nets into the Nile after the rains."
    (nile,) = geoparser.geoparse(base_nlp(text), Article("s21", text), [])
    assert (nile.text, nile.place.feature_code) == ("Nile", "STM")
    assert haversine_km(nile.place.lat, nile.place.lon, 31.2, 30.5) < 100  # the delta


@pytest.mark.slow
def test_geoparse_takes_the_river_x_for_a_river(base_nlp, geoparser) -> None:
    text = "Divers searched the river Elbe in Dresden for a second day."
    places = {p.text: p.place for p in geoparser.geoparse(base_nlp(text), Article("s21", text), [])}
    assert places["Elbe"].feature_code == "STM"
    assert haversine_km(places["Elbe"].lat, places["Elbe"].lon, 51.05, 13.74) < 20  # at Dresden


@pytest.mark.slow
def test_geoparse_drops_a_seat_of_government_naming_an_office(base_nlp, geoparser) -> None:
    text = (
        "Senior White House aides met on Monday. A Kremlin spokesman said Moscow would reply. "
        "Later the talks at the White House ended, and the Kremlin had no comment."
    )
    places = geoparser.geoparse(base_nlp(text), Article("s21", text), [])
    kept = {(p.start, p.text) for p in places}
    assert (text.index("White House aides"), "White House") not in kept
    assert (text.index("Kremlin spokesman"), "Kremlin") not in kept
    assert (text.index("Moscow"), "Moscow") in kept
    assert (text.index("White House ended"), "White House") in kept
    assert (text.index("Kremlin had"), "Kremlin") in kept  # a place where no noun follows


def test_a_compass_part_of_a_place_resolves_to_that_place(geoparser) -> None:
    # GeoNames has no "East Cork" or "Upper Armagh"; each part lies within reach of the place named.
    east_cork, upper_armagh, lawn = geoparser.resolve(["East Cork", "Upper Armagh", "North Lawn"])
    assert east_cork is not None and east_cork.country == "IRL"
    assert haversine_km(east_cork.lat, east_cork.lon, 51.9, -8.47) < 10  # Cork city
    assert upper_armagh is not None and upper_armagh.country == "GBR"
    assert lawn is None  # no place called "Lawn" large enough to have parts


def test_uk_counties_geonames_lacks_are_places(gazetteer) -> None:
    # GeoNames lists Berkshire's unitary authorities ("Reading", "West Berkshire"), not the county.
    (berkshire,) = [e for e in gazetteer.candidates("Berkshire") if e.iso2 == "GB"]
    assert (berkshire.kind, berkshire.place.country) == (Kind.FEATURE, "GBR")
    assert haversine_km(berkshire.place.lat, berkshire.place.lon, 51.45, -0.97) < 30  # Reading
    assert {e.place.name for e in gazetteer.candidates("Co. Tyrone")} == {"County Tyrone"}
    assert all(e.kind is not Kind.FEATURE for e in gazetteer.candidates("Tyrone"))  # US towns only


@pytest.mark.slow
def test_geoparse_resolves_a_county_qualifying_a_town(base_nlp, geoparser) -> None:
    text = "Hundreds marched through Leeds, West Yorkshire, on Sunday."
    places = {p.text: p.place for p in geoparser.geoparse(base_nlp(text), Article("s21", text), [])}
    assert places["Leeds"].country == places["West Yorkshire"].country == "GBR"
    assert haversine_km(places["West Yorkshire"].lat, places["West Yorkshire"].lon, 53.8, -1.55) < 30


@pytest.mark.slow
def test_geoparse_puts_a_site_no_place_follows_at_the_articles_town(base_nlp, geoparser) -> None:
    text = (
        "Rescue teams reached Beckley, West Virginia, before dawn. Relatives waited in Beckley for news. "
        "The blast at the Harlan Ridge Mine trapped eleven workers, the Catholic Church said."
    )
    places = {p.text: p for p in geoparser.geoparse(base_nlp(text), Article("s21", text), [])}
    mine = places["Harlan Ridge Mine"]
    assert (mine.rule, mine.place.name) == ("site-context", "Beckley")  # the town named most often
    assert "Catholic Church" not in places and "Church" not in places  # no particular site


def test_unlocated_sites_need_a_place_before_them() -> None:
    from dyadic.geo.sites import unlocated_sites

    text = "Workers left the Harlan Ridge Mine on Friday."
    assert unlocated_sites(text, []) == []
