"""Places added in session 20, second round: division names without their type word,
US state nicknames and no loose spellings of small counties. The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dyadic.geo.gazetteer import Kind
from dyadic.records import Article


# ------------------------------------------------------------------ gazetteer
def test_a_division_name_stands_without_its_type_word(gazetteer) -> None:
    # GeoNames knows these districts as "Jāghūrī" / "Jaghori District", "Shayb Kōh" / "Shib Koh District".
    for name, geonames_id in [("Jaghori", 7052958), ("Shib Koh", 7052926)]:
        found = [(e.place.geonames_id, e.kind, e.place.country) for e in gazetteer.candidates(name)]
        assert found == [(geonames_id, Kind.ADMIN2, "AFG")]


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
