"""Geoparsing running text with the real spaCy model (``base_nlp``)."""

from __future__ import annotations

import pytest

from dyadic.geo import find_dateline, haversine_km
from dyadic.records import Actor, ActorKind, Article, Mention

pytestmark = pytest.mark.slow


def _parse(nlp, geoparser, text: str, mentions: list[Mention] | None = None):
    doc = nlp(text)
    return geoparser.geoparse(doc, Article("t1", text), mentions or [])


def _ids(places) -> list[tuple[str, int, str | None]]:
    return [(p.text, p.place.geonames_id, p.place.country) for p in places]


def test_geoparser_country_name_resolves_to_the_country(base_nlp, geoparser) -> None:
    places = _parse(base_nlp, geoparser, "We flew to France.")
    assert _ids(places) == [("France", 3017382, "FRA")]
    (france,) = places
    assert france.place.feature_code == "PCLI"
    assert (france.start, france.end) == (11, 17)
    assert france.place_id == "t1:place:11-17"
    assert haversine_km(france.place.lat, france.place.lon, 46.0, 2.0) < 100


def test_geoparser_unresolvable_name_does_not_drop_the_others(base_nlp, geoparser) -> None:
    places = _parse(base_nlp, geoparser, "Japan, Yugoslavia, Peru, Canada, Wales, Italy and Chile.")
    assert _ids(places) == [
        ("Japan", 1861060, "JPN"),
        ("Peru", 3932488, "PER"),
        ("Canada", 6251999, "CAN"),
        ("Wales", 2634895, "GBR"),
        ("Italy", 3175395, "ITA"),
        ("Chile", 3895114, "CHL"),
    ]
    assert [p.place.feature_code for p in places] == ["PCLI", "PCLI", "PCLI", "ADM1", "PCLI", "PCLI"]


def test_geoparser_croatia_is_hrv(base_nlp, geoparser) -> None:
    places = _parse(base_nlp, geoparser, "Croatia is a country.")
    assert _ids(places) == [("Croatia", 3202326, "HRV")]


def test_geoparser_dateline_with_date_is_bfa(base_nlp, geoparser) -> None:
    places = _parse(base_nlp, geoparser, "Burkina-Faso, 13 February 2020: a school was attacked")
    assert _ids(places) == [("Burkina-Faso", 2361809, "BFA")]
    assert places[0].rule == "dateline"
    assert geoparser.dateline_place(places) is places[0]


def test_geoparser_demonyms_and_abbreviations_are_not_places(base_nlp, geoparser) -> None:
    places = _parse(base_nlp, geoparser, "European and Cuban officials met M.S. graduates in Havana.")
    assert _ids(places) == [("Havana", 3553478, "CUB")]


def test_geoparser_capital_used_for_its_government_is_also_a_place(base_nlp, geoparser) -> None:
    text = "Tehran said it would respond."
    actor = Actor("IRNGOV", "IRN", "GOV", "Iran", ActorKind.COUNTRY)
    mention = Mention("Tehran", 0, 6, 0, 1, 0, actor, "capital")
    places = _parse(base_nlp, geoparser, text, [mention])
    assert _ids(places) == [("Tehran", 112931, "IRN")]
    assert places[0].rule == "capital"
    assert places[0].place.feature_code == "PPLC"


def test_geoparser_person_mention_is_never_a_place(base_nlp, geoparser) -> None:
    # The small model tags the person "Washington" as GPE here.
    text = "Washington met the governor in Boston on Friday."
    actor = Actor("USAGOV", "USA", "GOV", "George Washington", ActorKind.PERSON)
    mention = Mention("Washington", 0, 10, 0, 1, 0, actor, "leader")
    assert ("Washington", "GPE") in [(e.text, e.label_) for e in base_nlp(text).ents]
    places = _parse(base_nlp, geoparser, text, [mention])
    assert _ids(places) == [("Boston", 4930956, "USA")]


def test_geoparser_sample_article_places(base_nlp, geoparser, sample_text) -> None:
    places = _parse(base_nlp, geoparser, sample_text)
    expected = {  # GeoNames id -> GeoNames point (lat, lon)
        112931: (35.69439, 51.42151),  # Tehran
        3646738: (10.48801, -66.87919),  # Caracas
        3625428: (8.0, -66.0),  # Venezuela
        3617476: (13.0, -85.0),  # Nicaragua
        3562981: (22.0, -79.5),  # Cuba
        102358: (25.0, 45.0),  # Saudi Arabia
    }
    by_id = {p.place.geonames_id: p.place for p in places}
    assert set(expected) <= set(by_id)
    for gid, (lat, lon) in expected.items():
        assert haversine_km(by_id[gid].lat, by_id[gid].lon, lat, lon) < 100
    assert "Raisi" not in {p.text for p in places}
    assert places[0].rule == "dateline" and places[0].place.geonames_id == 112931


def test_geoparser_find_dateline_forms() -> None:
    assert find_dateline("TEHRAN \u2013 Iranian President") == (0, 6)
    assert find_dateline("WASHINGTON (Reuters) - The") == (0, 10)
    assert find_dateline("BEIRUT, Lebanon \u2014 A blast") == (0, 6)
    assert find_dateline("Burkina-Faso, 13 February 2020: a school") == (0, 12)
    assert find_dateline("Iran has long been seeking ties.") is None


def test_geoparser_county_and_state_context_picks_the_local_town(geoparser) -> None:
    places = geoparser.resolve(["Gainesville", "Cooke County", "Texas"])
    assert [(p.name, p.country, p.feature_code) for p in places if p is not None] == [
        ("Gainesville", "USA", "PPL"),
        ("Cooke County", "USA", "ADM2"),
        ("Texas", "USA", "ADM1"),
    ]
    assert places[0] is not None and places[0].geonames_id == 4692746


def test_geoparser_regions_and_water_bodies_resolve(geoparser) -> None:
    places = geoparser.resolve(["Middle East", "Atlantic", "Tamil Nadu", "Cauvery", "Tehran"])
    assert [None if p is None else p.geonames_id for p in places] == [
        6269133,
        3373405,
        1255053,
        1267384,
        112931,
    ]


def test_geoparser_bare_words_and_name_parts_are_no_towns(geoparser) -> None:
    # "North" of a split "North America" is not North, South Carolina (or Cameroon's North)
    assert geoparser.resolve(["North", "West", "Brasilia"])[:2] == [None, None]
    # "Korea" is no Koréa (Côte d'Ivoire): South Korea, its usual short name, even in an
    # article about the North (which news calls "North Korea"; the real-news gold agrees)
    (korea,) = geoparser.resolve(["Korea"])
    assert korea is not None and (korea.geonames_id, korea.country) == (1835841, "KOR")
    _pyongyang, korea = geoparser.resolve(["Pyongyang", "Korea", "North Korea"])[:2]
    assert korea is not None and korea.country == "KOR"


def test_geoparser_part_of_a_longer_name_is_not_resolved(base_nlp, geoparser) -> None:
    from dyadic.geo.geoparser import _part_of_longer_name

    text = "Lula had lunch at Granja do Torto with the Chinese delegation in Brasilia."
    start = text.index("Granja")
    assert _part_of_longer_name(text, start, start + 6)  # not Granja, Ceará
    assert _part_of_longer_name("They met at Palácio da Alvorada.", 23, 31)
    assert not _part_of_longer_name(text, text.index("Brasilia"), text.index("Brasilia") + 8)
    assert all(p.place.name != "Granja" for p in _parse(base_nlp, geoparser, text))


def test_geoparser_admin1_is_the_geonames_code(geoparser) -> None:
    beijing, caracas = geoparser.resolve(["Beijing", "Caracas"])
    assert beijing is not None and (beijing.geonames_id, beijing.admin1) == (1816670, "22")
    assert caracas is not None and (caracas.geonames_id, caracas.admin1) == (3646738, "25")
