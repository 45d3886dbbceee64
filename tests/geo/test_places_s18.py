"""Place resolution rules added in session 18: world regions defined by their countries,
the okina, "X state", "<office> of X <name>", "Town, Country" with no such town in the
country, towns named by a settlement noun, and "a <age> X man"."""

from __future__ import annotations

import pytest

from dyadic.geo import haversine_km
from dyadic.geo.gazetteer import Kind, normalize_name
from dyadic.geo.geoparser import _office_of, _Span
from dyadic.geo.regions import area_weighted_point
from dyadic.geo.spans import Evidence, locative_evidence, place_noun_cue
from dyadic.records import Article


def _parse(nlp, geoparser, text: str):
    return geoparser.geoparse(nlp(text), Article("s18", text), [])


def _by_text(places) -> dict[str, object]:
    return {p.text: p.place for p in places}


# ------------------------------------------------------------------ regions
def test_area_weighted_point_is_a_mean_on_the_sphere() -> None:
    lat, lon = area_weighted_point([(0.0, 10.0, 1.0), (0.0, 20.0, 1.0)])
    assert abs(lat) < 1e-9 and abs(lon - 15.0) < 1e-9
    lat, lon = area_weighted_point([(0.0, 179.0, 1.0), (0.0, -179.0, 1.0)])
    assert abs(abs(lon) - 180.0) < 1e-9  # across the antimeridian, not (0, 0)
    lat, lon = area_weighted_point([(10.0, 0.0, 3.0), (-10.0, 0.0, 1.0)])
    assert 4.0 < lat < 6.0  # pulled towards the heavier point


def test_world_regions_from_member_countries_are_in_the_gazetteer(geoparser) -> None:
    west_africa, latam, east_asia, balkans = geoparser.resolve(
        ["West Africa", "Latin America", "East Asia", "the Balkans"]
    )
    assert west_africa is not None and west_africa.feature_code == "RGN" and west_africa.geonames_id < 0
    assert haversine_km(west_africa.lat, west_africa.lon, 14.0, -2.0) < 600
    assert latam is not None and latam.lon < -50 and latam.lat < 10
    assert east_asia is not None and 90 < east_asia.lon < 130
    assert balkans is not None and haversine_km(balkans.lat, balkans.lon, 43.0, 21.0) < 300


def test_region_aliases_never_shadow_a_country(gazetteer) -> None:
    # "Southern Africa" would give "South Africa": that name stays the country only
    assert [e.kind for e in gazetteer.candidates("South Africa")][:1] == [Kind.COUNTRY]
    assert all(e.kind is not Kind.FEATURE for e in gazetteer.candidates("South Africa"))


@pytest.mark.slow
def test_region_in_running_text_is_the_region(base_nlp, geoparser) -> None:
    places = _by_text(
        _parse(base_nlp, geoparser, "Grain prices rose sharply across West Africa this spring.")
    )
    region = places.get("West Africa")
    assert region is not None and region.name == "Western Africa"


# ------------------------------------------------------------------ spelling
def test_okina_and_curly_apostrophes_meet(geoparser) -> None:
    assert normalize_name("Hawaiʻi") == normalize_name("Hawai\u2018i") == normalize_name("Hawai'i")
    (capital,) = geoparser.resolve(["Nukuʻalofa"])
    assert capital is not None and capital.country == "TON"


# ------------------------------------------------------------------ divisions
@pytest.mark.slow
def test_name_before_state_is_the_division(base_nlp, geoparser) -> None:
    text = "Tenants sued over a New York state law that caps rents in Buffalo."
    place = _by_text(_parse(base_nlp, geoparser, text)).get("New York")
    assert place is not None and place.feature_code == "ADM1"


@pytest.mark.slow
def test_country_before_state_stays_the_country(base_nlp, geoparser) -> None:
    text = "Georgia state television showed protests in Tbilisi on Sunday."
    place = _by_text(_parse(base_nlp, geoparser, text)).get("Georgia")
    assert place is not None and place.country == "GEO" and place.feature_code.startswith("PCL")


def test_office_of_place_before_a_holder_name() -> None:
    text = "The First Minister of Wales Gwen Example opened the bridge."
    assert _office_of(text, text.index("Wales"))
    assert not _office_of(text, text.index("Gwen"))
    assert not _office_of("the University of Wales", len("the University of "))


@pytest.mark.slow
def test_town_qualified_by_a_country_lacking_it_is_dropped(base_nlp, geoparser) -> None:
    # Cooke is only a US county in the gazetteer: under ", Ireland" it is not that county
    text = "The ferry left Dublin for Cooke, Ireland, on Monday."
    places = _by_text(_parse(base_nlp, geoparser, text))
    cooke = places.get("Cooke")
    assert cooke is None or cooke.country == "IRL"


# ------------------------------------------------------------------ NER repair
def test_settlement_noun_cue() -> None:
    text = "Floods cut off the village of Kaitaia and the Waikato district."
    assert place_noun_cue(text, text.index("Kaitaia"), text.index("Kaitaia") + 7) == "village"
    assert place_noun_cue(text, text.index("Waikato"), text.index("Waikato") + 7) == "district"
    assert place_noun_cue(text, 0, 6) is None


def test_settlement_noun_keeps_a_hamlet_in_the_articles_country(gazetteer, geoparser) -> None:
    (entry,) = [e for e in gazetteer.candidates("Kaitaia") if e.place.country == "NZL"]
    assert entry.kind is Kind.CITY and entry.population < 1000
    village = _Span(0, 7, "Kaitaia", "ner-repair", repaired=True, place_noun="village")
    district = _Span(0, 7, "Kaitaia", "ner-repair", repaired=True, place_noun="district")
    assert geoparser._confirmed(village, entry, {"NZL"})
    assert not geoparser._confirmed(village, entry, {"AUS"})
    assert not geoparser._confirmed(district, entry, {"NZL"})


def test_resident_noun_after_a_name_is_weak_evidence() -> None:
    text = "Police questioned a 52-year-old Swindon man and two Ashford residents."
    s = text.index("Swindon")
    assert locative_evidence(text, s, s + 7) == Evidence.WEAK
    s = text.index("Ashford")
    assert locative_evidence(text, s, s + 7) == Evidence.WEAK
    text = "Mr Swindon man-marked the striker."
    assert locative_evidence(text, 3, 10) == Evidence.NONE
