"""Gazetteer lookups and joint resolution without a spaCy model."""

from __future__ import annotations

import pytest

from dyadic.geo import haversine_km, normalize_name
from dyadic.geo.gazetteer import Kind


def test_gazetteer_normalize_name_folds_case_accents_hyphens_and_saint() -> None:
    assert normalize_name("Burkina-Faso") == "burkina faso"
    assert normalize_name("St. Louis") == normalize_name("Saint Louis") == "st louis"
    assert normalize_name("Québec") == "quebec"
    assert normalize_name("the U.S.") == "us"


def test_gazetteer_country_name_has_the_country_among_candidates(gazetteer) -> None:
    countries = [e for e in gazetteer.candidates("France") if e.kind is Kind.COUNTRY]
    assert [e.place.geonames_id for e in countries] == [3017382]
    assert countries[0].place.country == "FRA"
    assert countries[0].place.feature_code == "PCLI"


def test_gazetteer_demonyms_are_known_but_not_place_names(gazetteer) -> None:
    assert gazetteer.is_demonym("Cuban")
    assert gazetteer.is_demonym("European")
    assert gazetteer.demonym("Cubans").place.country == "CUB"
    assert gazetteer.candidates("M.S.") == []


def test_gazetteer_capital_city_is_pplc(gazetteer) -> None:
    tehran = max(
        (e for e in gazetteer.candidates("Tehran") if e.kind is Kind.CITY), key=lambda e: e.population
    )
    assert tehran.place.geonames_id == 112931
    assert tehran.place.feature_code == "PPLC"
    assert haversine_km(tehran.place.lat, tehran.place.lon, 35.69439, 51.42151) < 1.0


def test_gazetteer_haversine_km_paris_london() -> None:
    assert haversine_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(343.5, abs=1.0)


def test_geoparser_resolve_country_name_is_country_without_context(geoparser) -> None:
    (georgia,) = geoparser.resolve(["Georgia"])
    assert georgia is not None
    assert (georgia.geonames_id, georgia.country, georgia.feature_code) == (614540, "GEO", "PCLI")


def test_geoparser_resolve_context_of_us_towns_makes_georgia_the_state(geoparser) -> None:
    places = geoparser.resolve(["Atlanta", "Georgia", "Savannah", "Augusta"])
    georgia = places[1]
    assert georgia is not None
    assert (georgia.geonames_id, georgia.country, georgia.feature_code) == (4197000, "USA", "ADM1")


def test_geoparser_resolve_country_mentioned_elsewhere_boosts_its_city(geoparser) -> None:
    (_, alexandria) = geoparser.resolve(["Virginia", "Alexandria"])
    assert alexandria is not None
    assert alexandria.geonames_id == 4744091  # Alexandria, Virginia, not Egypt
    (alexandria_eg,) = geoparser.resolve(["Alexandria"])
    assert alexandria_eg is not None and alexandria_eg.country == "EGY"


def test_geoparser_resolve_demonyms_only_on_request(geoparser) -> None:
    assert geoparser.resolve(["Irish"], demonyms=True)[0].geonames_id == 2963597
    assert geoparser.resolve(["Cuban"]) == [None]


def test_gazetteer_has_us_counties_admin1_worldwide_and_regions(gazetteer) -> None:
    cooke = [e for e in gazetteer.candidates("Cooke County") if e.kind is Kind.ADMIN2]
    assert [(e.place.geonames_id, e.iso2, e.admin1_code) for e in cooke] == [(4683066, "US", "TX")]
    assert haversine_km(cooke[0].place.lat, cooke[0].place.lon, 33.64, -97.21) < 50.0
    tamil = [e for e in gazetteer.candidates("Tamil Nadu") if e.kind is Kind.ADMIN1]
    assert [(e.place.geonames_id, e.place.country) for e in tamil] == [(1255053, "IND")]
    mideast = [e for e in gazetteer.candidates("Middle East") if e.kind is Kind.FEATURE]
    assert [(e.place.geonames_id, e.place.feature_code) for e in mideast] == [(6269133, "RGN")]


def test_gazetteer_index_file_is_built_from_the_current_sources() -> None:
    # A stale index is ignored (the gazetteer is then built from the sources, slowly):
    # run `tools/build_gazetteer.py --index-only` after editing data/geo or gazetteer.py.
    import numpy as np

    from dyadic.geo import gazetteer

    with np.load(gazetteer._DATA / gazetteer.INDEX_FILE) as npz:
        built_from = npz["fingerprint"].tobytes().decode("ascii")
    assert built_from == gazetteer.source_fingerprint()
