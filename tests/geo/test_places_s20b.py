"""Places added in session 20, second round: division names without their type word,
second-level divisions without a town at their parent's point, US state nicknames and no
loose spellings of small counties. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dyadic.geo import haversine_km
from dyadic.geo.gazetteer import Kind
from dyadic.records import Article


# ------------------------------------------------------------------ gazetteer
def test_a_division_name_stands_without_its_type_word(gazetteer) -> None:
    # GeoNames knows these districts as "Jāghūrī" / "Jaghori District", "Shayb Kōh" / "Shib Koh District".
    for name, geonames_id in [("Jaghori", 7052958), ("Shib Koh", 7052926)]:
        found = [(e.place.geonames_id, e.kind, e.place.country) for e in gazetteer.candidates(name)]
        assert found == [(geonames_id, Kind.ADMIN2, "AFG")]


def test_a_division_without_a_town_lies_at_its_parent_division(gazetteer) -> None:
    # GeoNames' cities500 links no town to Seoul's districts; Seoul (the city) is at 37.57 N, 126.98 E.
    for name in ["Yeongdeungpo-gu", "Dongjak-gu"]:
        (district,) = gazetteer.candidates(name)
        assert (district.kind, district.place.country, district.population) == (Kind.ADMIN2, "KOR", 0)
        assert haversine_km(district.place.lat, district.place.lon, 37.57, 126.98) < 30


def test_a_small_countys_name_gets_no_loose_spelling(gazetteer) -> None:
    assert [e.place.name for e in gazetteer.candidates("Haliburton")] == ["Haliburton County"]
    assert gazetteer.variants("Halliburton") == []  # the company, one letter off


def test_us_states_take_their_nicknames(gazetteer) -> None:
    for nickname, state in [("the Golden State", "California"), ("Show-Me State", "Missouri")]:
        assert [(e.place.name, e.kind) for e in gazetteer.candidates(nickname)] == [(state, Kind.ADMIN1)]


# ------------------------------------------------------------------- geoparse
@pytest.mark.slow
def test_geoparse_finds_a_district_named_without_its_type_word(base_nlp, geoparser) -> None:
    text = "Fighters overran two police posts in Jaghori overnight, officials in Afghanistan said."
    places = geoparser.geoparse(base_nlp(text), Article("s20b", text), [])
    assert [(p.text, p.place.country, p.place.feature_code) for p in places] == [
        ("Jaghori", "AFG", "ADM2"),
        ("Afghanistan", "AFG", "PCLI"),
    ]


@pytest.mark.slow
def test_geoparse_resolves_a_state_nickname(base_nlp, geoparser) -> None:
    text = "Wildfires forced thousands to flee their homes across the Golden State on Friday."
    places = geoparser.geoparse(base_nlp(text), Article("s20b", text), [])
    assert [(p.text, p.place.name) for p in places] == [("Golden State", "California")]


@pytest.mark.slow
def test_geoparse_keeps_a_district_the_ner_takes_for_an_organisation(base_nlp, geoparser) -> None:
    text = "Police searched a park in Dongjak-gu on Friday, officials in South Korea said."
    places = geoparser.geoparse(base_nlp(text), Article("s20b", text), [])
    assert [(p.text, p.rule, p.place.feature_code) for p in places] == [
        ("Dongjak-gu", "ner-repair", "ADM2"),
        ("South Korea", "ner-gpe", "PCLI"),
    ]


@pytest.mark.slow
def test_geoparse_drops_a_repaired_district_of_no_country_of_the_article(base_nlp, geoparser) -> None:
    text = "Police searched a park in Dongjak-gu on Friday."
    assert geoparser.geoparse(base_nlp(text), Article("s20b", text), []) == []


def test_a_korean_district_is_found_by_its_name_before_the_suffix(gazetteer) -> None:
    (district,) = gazetteer.candidates("Dongjak")  # GeoNames: "Dongjak-gu"
    assert (district.place.name, district.kind) == ("Dongjak-gu", Kind.ADMIN2)


@pytest.mark.slow
def test_geoparse_runs_a_proper_noun_on_into_its_division_suffix(base_nlp, geoparser) -> None:
    text = "His phone was last used in the north of Seoul in Seongbuk-gu, a newspaper said."
    places = geoparser.geoparse(base_nlp(text), Article("s20b", text), [])
    assert [(p.text, p.place.feature_code) for p in places] == [("Seoul", "PPLC"), ("Seongbuk-gu", "ADM2")]


def test_dc_is_the_district_of_columbia(gazetteer) -> None:
    kinds = {(e.place.name, e.kind) for e in gazetteer.candidates("D.C.")}
    assert ("District of Columbia", Kind.ADMIN1) in kinds


@pytest.mark.slow
def test_geoparse_finds_dc_alone(base_nlp, geoparser) -> None:
    text = "Her campaign backs DC statehood and a higher minimum wage."
    places = geoparser.geoparse(base_nlp(text), Article("s20b", text), [])
    assert [(p.text, p.place.country) for p in places] == [("DC", "USA")]
