"""Places added in session 19: seas, straits, islands and regions of world news, sites
resolved to their city, Brasil/NSW aliases, and named sites located by the place after
them ("Millbrook Gardens in Leeds")."""

from __future__ import annotations

import pytest

from dyadic.geo import haversine_km
from dyadic.geo.geoparser import _split_coordination
from dyadic.geo.sites import located_sites
from dyadic.records import Article, Place, PlaceMention

_LEEDS = Place(2644688, "Leeds", "GBR", "ENG", 53.79648, -1.54785, "P", "PPL")


def _mention(text: str, name: str, place: Place = _LEEDS) -> PlaceMention:
    start = text.index(name)
    end = start + len(name)
    return PlaceMention(f"a:place:{start}-{end}", "a", 0, name, start, end, place, "ner-gpe")


# ------------------------------------------------------------------ gazetteer
def test_seas_straits_and_islands_resolve_to_their_own_points(geoparser) -> None:
    hormuz, taiwan, scs, borneo, mindanao = geoparser.resolve(
        ["Strait of Hormuz", "Taiwan Strait", "South China Sea", "Borneo", "Mindanao"]
    )
    assert hormuz is not None and haversine_km(hormuz.lat, hormuz.lon, 26.5, 56.3) < 100
    assert taiwan is not None and taiwan.feature_code == "STRT"
    assert scs is not None and scs.feature_class == "H" and 100 < scs.lon < 120
    assert borneo is not None and borneo.geonames_id < 0 and abs(borneo.lat) < 5
    assert mindanao is not None and mindanao.country == "PHL"


def test_somali_member_states_and_their_state_suffix(geoparser) -> None:
    puntland, hirshabelle, kurdistan = geoparser.resolve(["Puntland", "Hirshabelle state", "Iraqi Kurdistan"])
    assert puntland is not None and puntland.country == "SOM" and puntland.lat > 6
    assert hirshabelle is not None and hirshabelle.name == "Hirshabelle"
    assert kurdistan is not None and kurdistan.country == "IRQ"


def test_sites_resolve_to_the_city_that_holds_them(geoparser) -> None:
    hagia, incirlik, walter_reed, lawn = geoparser.resolve(
        ["Hagia Sophia", "Incirlik", "Walter Reed", "South Lawn"]
    )
    assert hagia is not None and hagia.name == "Istanbul"
    assert incirlik is not None and incirlik.name == "Adana"
    assert walter_reed is not None and walter_reed.name == "Bethesda" and walter_reed.country == "USA"
    assert lawn is not None and lawn.geonames_id == 4140963  # Washington, not a town of that alternate name


def test_portuguese_and_state_abbreviation_aliases(geoparser) -> None:
    brasil, nsw = geoparser.resolve(["Brasil", "NSW"])
    assert brasil is not None and brasil.name == "Brazil"
    assert nsw is not None and nsw.name == "New South Wales"


# ------------------------------------------------------------- located sites
def test_a_named_site_before_in_place_takes_that_place() -> None:
    text = "Hundreds gathered at Millbrook Gardens in Leeds on Sunday."
    sites = located_sites(text, [_mention(text, "Leeds")])
    assert [(s.text, s.place.name, s.rule) for s in sites] == [("Millbrook Gardens", "Leeds", "site")]
    assert sites[0].place_id == f"a:place:{text.index('Millbrook')}-{text.index(' in Leeds')}"


def test_a_site_noun_in_lower_case_and_a_comma_qualifier() -> None:
    text = "He was moved to the Oakridge prison in Leeds. A bus crashed on Kirkgate Road, Leeds."
    leeds = [i for i in range(len(text)) if text.startswith("Leeds", i)]
    mentions = [
        PlaceMention(f"a:place:{i}-{i + 5}", "a", 0, "Leeds", i, i + 5, _LEEDS, "ner-gpe") for i in leeds
    ]
    assert [s.text for s in located_sites(text, mentions)] == ["Oakridge", "Kirkgate Road"]


def test_no_site_without_a_site_noun_or_inside_a_longer_name() -> None:
    text = "Mayor Jane Holt in Leeds met the Friends of the Old Corn Hall in Leeds. At Hall in Leeds."
    leeds = [i for i in range(len(text)) if text.startswith("Leeds", i)]
    mentions = [
        PlaceMention(f"a:place:{i}-{i + 5}", "a", 0, "Leeds", i, i + 5, _LEEDS, "ner-gpe") for i in leeds
    ]
    assert located_sites(text, mentions) == []


@pytest.mark.slow
def test_geoparse_finds_a_site_located_by_a_town(base_nlp, geoparser) -> None:
    text = "Police said the man was arrested outside Millbrook Gardens in Leeds on Friday."
    places = geoparser.geoparse(base_nlp(text), Article("s19", text), [])
    by_text = {p.text: p.place for p in places}
    assert "Millbrook Gardens" in by_text
    assert by_text["Millbrook Gardens"].name == "Leeds"


# ------------------------------------------------------------- span repairs
def test_widening_crosses_lower_case_connectors(geoparser) -> None:
    text = "The two leaders dined at the Palácio da Alvorada last night."
    start = text.index("Alvorada")
    assert geoparser._widen(text, start, start + len("Alvorada")) == (text.index("Palácio"), start + 8, True)
    text = "Talks moved to the Granja do Torto residence."
    start = text.index("Granja")
    assert geoparser._widen(text, start, start + len("Granja")) == (start, text.index(" residence"), True)


def test_an_entity_that_ends_in_a_conjunction_is_cut_before_it() -> None:
    text = "Gunmen raided the towns of Lakeside and Hillview."
    start = text.index("Lakeside")
    end = text.index(" Hillview")  # the NER's span "Lakeside and"
    assert _split_coordination(text, start, end) == [(start, start + len("Lakeside"))]


def test_indo_pacific_and_asia_pacific_are_regions(geoparser) -> None:
    indo, apac, apac_spaced = geoparser.resolve(["Indo-Pacific", "Asia-Pacific", "Asia Pacific"])
    assert indo is not None and indo.feature_code == "RGN" and indo.geonames_id < 0
    assert apac is not None and apac_spaced is not None and apac.geonames_id == apac_spaced.geonames_id


def test_no_site_on_a_persons_name() -> None:
    text = "Talks with President Park in Leeds went well."
    start = text.index("President")
    end = text.index(" in Leeds")
    assert [s.text for s in located_sites(text, [_mention(text, "Leeds")])] == ["President Park"]
    assert located_sites(text, [_mention(text, "Leeds")], [(start, end)]) == []
