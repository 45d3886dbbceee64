"""Places added in session 20: wide regions at their geographic middle, "Korea" alone,
sites the NER or the actor layer takes for something else, and glosses in brackets
("New South Wales (NSW)"). The sentences are written for these tests."""

from __future__ import annotations

import pytest

from dyadic.geo import haversine_km
from dyadic.geo.sites import glossed_places
from dyadic.geo.spans import hyphen_compound_names, party_states
from dyadic.records import Actor, ActorKind, Article, Mention, Place, PlaceMention

_NSW = Place(2155400, "New South Wales", "AUS", "02", -33.0, 146.0, "A", "ADM1")


def _mention(text: str, name: str, place: Place = _NSW) -> PlaceMention:
    start = text.index(name)
    end = start + len(name)
    return PlaceMention(f"a:place:{start}-{end}", "a", 0, name, start, end, place, "ner-gpe")


def _organisation(text: str, name: str, code: str) -> Mention:
    start = text.index(name)
    actor = Actor(code, code[:3], code[3:], name, ActorKind.ORGANISATION)
    return Mention(name, start, start + len(name), 0, 1, 0, actor, "organisation")


# ------------------------------------------------------------------ gazetteer
def test_wide_regions_lie_at_their_geographic_middle(geoparser) -> None:
    americas, latin, east_asia, west_africa, central_africa = geoparser.resolve(
        ["the Americas", "Latin America", "East Asia", "West Africa", "Central Africa"]
    )
    assert americas is not None and haversine_km(americas.lat, americas.lon, 10.0, -80.0) < 50
    assert latin is not None and latin.lat < -5 and latin.lon > -62  # in Brazil, not the Andes
    assert east_asia is not None and east_asia.lon > 110  # not the Tibetan plateau's edge
    assert west_africa is not None and west_africa.lat < 13
    assert central_africa is not None and haversine_km(central_africa.lat, central_africa.lon, 2.0, 18.0) < 50


def test_seas_and_southeast_asia_at_their_middle_geonames_regions_kept(geoparser) -> None:
    names = ["Red Sea", "Southeast Asia", "Mediterranean", "Middle East"]
    red, sea_asia, med, mideast = geoparser.resolve(names)
    assert red is not None and haversine_km(red.lat, red.lon, 20.0, 38.5) < 20
    assert sea_asia is not None and sea_asia.lon > 105  # not Cambodia
    assert med is not None and haversine_km(med.lat, med.lon, 35.0, 20.0) < 100  # GeoNames' point
    assert mideast is not None and mideast.geonames_id == 6269133


def test_xinjiang_lies_at_its_middle_not_among_its_western_cities(geoparser) -> None:
    (xinjiang,) = geoparser.resolve(["Xinjiang"])
    assert xinjiang is not None and xinjiang.country == "CHN" and xinjiang.lon > 85


def test_korea_alone_is_south_korea_even_beside_north_korea(geoparser) -> None:
    _, korea = geoparser.resolve(["North Korea", "Korea"])
    assert korea is not None and korea.country == "KOR"


# ------------------------------------------------------- sites taken for others
@pytest.mark.slow
def test_a_site_named_after_a_militia_is_a_place_before_a_site_noun(base_nlp, geoparser) -> None:
    text = "Worshippers crowded into the Al-Aqsa mosque in the afternoon."
    mentions = [_organisation(text, "Al-Aqsa", "PSEREB")]
    places = geoparser.geoparse(base_nlp(text), Article("s20", text), mentions)
    assert [(p.text, p.place.name) for p in places] == [("Al-Aqsa", "Jerusalem")]


@pytest.mark.slow
def test_the_militia_alone_is_no_place(base_nlp, geoparser) -> None:
    text = "Al-Aqsa claimed the shooting in a statement."
    mentions = [_organisation(text, "Al-Aqsa", "PSEREB")]
    places = geoparser.geoparse(base_nlp(text), Article("s20", text), mentions)
    assert places == []


@pytest.mark.slow
def test_a_longer_site_name_holding_an_organisations_name_is_a_place(base_nlp, geoparser) -> None:
    text = "Nobody who stays silent while Masjid Al-Aqsa is raided may lecture us, the minister said."
    mentions = [_organisation(text, "Al-Aqsa", "PSEREB")]
    places = geoparser.geoparse(base_nlp(text), Article("s20", text), mentions)
    assert [(p.text, p.place.name) for p in places] == [("Masjid Al-Aqsa", "Jerusalem")]


@pytest.mark.slow
def test_a_site_tagged_as_an_organisation_or_a_person_is_a_place(base_nlp, geoparser) -> None:
    text = "Jews call the hill the Temple Mount, Muslims the Noble Sanctuary. The future of Ayasofya is open."
    places = geoparser.geoparse(base_nlp(text), Article("s20", text), [])
    found = {p.text: p.place.name for p in places}
    assert found.get("Noble Sanctuary") == "Jerusalem"
    assert found.get("Ayasofya") == "Istanbul"


# ------------------------------------------------------------- bracket glosses
def test_initials_in_brackets_and_later_alone_are_the_place() -> None:
    text = "Voters in New South Wales (NSW) went to the polls. NSW results came late; NSWelect did not count."
    out = glossed_places(text, [_mention(text, "New South Wales")])
    assert [(p.text, p.start, p.rule, p.place.name) for p in out] == [
        ("NSW", 27, "gloss", "New South Wales"),
        ("NSW", text.index("NSW results"), "gloss", "New South Wales"),
    ]


def test_a_translated_site_name_in_brackets_is_the_place() -> None:
    text = "The talks were held at the Palacio da Alvorada (Dawn Palace), the residence."
    out = glossed_places(text, [_mention(text, "Palacio da Alvorada")])
    assert [p.text for p in out] == ["Dawn Palace"]


def test_no_gloss_for_brackets_that_are_not_initials_or_a_site() -> None:
    text = "Police in New South Wales (Australia) and Victoria (AP) said. New South Wales (NW) too."
    out = glossed_places(text, [_mention(text, "New South Wales"), _mention(text, "Victoria")])
    assert out == []


@pytest.mark.slow
def test_geoparse_glosses_a_site_located_by_the_town_after_its_initials(base_nlp, geoparser) -> None:
    text = "The jets landed at Kadena Air Base (KAB) in Okinawa. Crews left KAB on Monday."
    places = geoparser.geoparse(base_nlp(text), Article("s20", text), [])
    found = [(p.text, p.rule, p.place.name) for p in places]
    assert ("Kadena Air Base", "site", "Okinawa") in found
    assert [f for f in found if f[0] == "KAB"] == [("KAB", "gloss", "Okinawa")] * 2


# -------------------------------------------- compounds, party labels, former countries
def test_hyphen_compound_names_on_both_sides_of_the_hyphen() -> None:
    text = "a joint U.K.-U.S. station, a U.S.-designated group and the Indo-Pacific"
    names = [text[s:e] for s, e in hyphen_compound_names(text)]
    assert names == ["U.K.", "U.S.", "U.S.", "Indo", "Pacific"]


@pytest.mark.slow
def test_country_names_in_hyphen_compounds_are_places(base_nlp, geoparser) -> None:
    text = "The atoll hosts a joint U.K.-U.S. naval station. Kenya-based envoys met a U.S.-designated group."
    places = geoparser.geoparse(base_nlp(text), Article("s20", text), [])
    found = [(p.text, p.place.country) for p in places]
    assert found == [("U.K.", "GBR"), ("U.S.", "USA"), ("Kenya", "KEN"), ("U.S.", "USA")]
    assert [p.rule for p in places if p.text != "Kenya"] == ["compound"] * 3


def test_party_state_labels_give_the_state_code() -> None:
    text = "Senator Jane Roe (D-NV) and Rep. John Poe (R-AZ) spoke; the (X-YZ) label did not."
    assert party_states(text) == [(20, 22, "NV"), (45, 47, "AZ")]


@pytest.mark.slow
def test_geoparse_resolves_a_party_state_label_to_the_state(base_nlp, geoparser) -> None:
    text = "Senator Jane Roe (D-NV) introduced the bill on Tuesday."
    places = geoparser.geoparse(base_nlp(text), Article("s20", text), [])
    assert [(p.text, p.rule, p.place.name) for p in places] == [("NV", "party-state", "Nevada")]


def test_the_soviet_union_is_a_former_country_in_the_middle_of_its_territory(geoparser) -> None:
    union, ussr = geoparser.resolve(["Soviet Union", "USSR"])
    assert union is not None and union.feature_code == "PCLH" and 50 < union.lat < 70
    assert ussr is not None and ussr.name == "Soviet Union"


# ------------------------------------------------------------------ span edges
@pytest.mark.slow
def test_sub_saharan_africa_is_the_region_not_the_continent(base_nlp, geoparser) -> None:
    text = "Most of the asylum seekers came from sub-Saharan Africa last year."
    places = geoparser.geoparse(base_nlp(text), Article("s20", text), [])
    assert [(p.text, p.place.name) for p in places] == [("sub-Saharan Africa", "Sub-Saharan Africa")]


@pytest.mark.slow
def test_a_proper_noun_run_goes_on_across_a_hyphen(base_nlp, geoparser) -> None:
    text = "Ministers spoke about Europe, the Korean Peninsula, the Indo-Pacific region and beyond."
    places = geoparser.geoparse(base_nlp(text), Article("s20", text), [])
    assert ("Indo-Pacific", "Indo-Pacific") in [(p.text, p.place.name) for p in places]


# ------------------------------------------------------------ names of org units
@pytest.mark.slow
def test_a_place_naming_an_organisations_unit_is_no_place(base_nlp, geoparser) -> None:
    text = "Ana Ruiz of the Latin America bureau of a press group and the Dallas chapter of a union spoke."
    assert geoparser.geoparse(base_nlp(text), Article("s20", text), []) == []


@pytest.mark.slow
def test_a_country_naming_an_organisations_unit_stays_a_place(base_nlp, geoparser) -> None:
    text = "The Kenya branch of the Red Cross sent tents, and flooding hit the Dallas area."
    places = geoparser.geoparse(base_nlp(text), Article("s20", text), [])
    assert [p.text for p in places] == ["Kenya", "Dallas"]
