"""Actor codes of session 27 (act6): curated company home countries that correct
PETRARCH's, a family name with its particles, namesakes that place nothing, language
names that are no country, and place names that are a described person's family name."""

from __future__ import annotations

from datetime import date

from dyadic.actors.dictionary import company_country
from dyadic.actors.resolver import _in_capitalised_name
from dyadic.events.component import event_mentions
from dyadic.nlp import set_article
from dyadic.records import Article


def _doc(pipeline, text: str, published: date = date(2020, 6, 20)):
    article = Article("t", text, published=published)
    return pipeline.nlp(set_article(pipeline.nlp.make_doc(text), article))


def _mentions(doc) -> list[tuple[str, str | None]]:
    return [(m.text, m.actor.code) for m in sorted(event_mentions(doc), key=lambda m: m.start)]


def test_curated_company_countries_correct_petrarchs():
    assert company_country("Tesco") == "GBR"  # PETRARCH2 lists it as Canadian
    assert company_country("Korean Air") == "KOR"
    assert company_country("Boeing") == "USA"


def test_a_corrected_company_keeps_its_home_country_in_a_foreign_story(pipeline):
    doc = _doc(
        pipeline,
        "Hungary's government met retailers on Monday. Hungarian officials criticised Tesco. "
        "Tesco rejected the criticism.",
    )
    codes = dict(_mentions(doc))
    assert codes["Tesco"] == "GBRBUS"


def test_a_family_name_with_its_particle_is_the_full_name_written_before(pipeline):
    doc = _doc(
        pipeline,
        "Canadian officials met the filmmaker John de Graaf in Ottawa on Monday. "
        "Later, de Graaf criticised the Canadian government. Canada's Liberal Party praised de Graaf.",
    )
    found = _mentions(doc)
    assert ("de Graaf", "CAN") in found
    assert not any(code and code.startswith("NLD") for _text, code in found)


def test_a_language_name_is_no_country(pipeline):
    doc = _doc(
        pipeline,
        "The rights group publishes its reports in English and Spanish. Kenyan police arrested two "
        "reporters in Nairobi on Friday. The group's English edition criticised the police. "
        "Most of its readers speak English.",
    )
    found = _mentions(doc)
    assert not any(code and code[:3] in {"GBR", "ESP"} for _text, code in found)
    assert ("police", "KENCOP") in found


def test_a_place_that_is_a_described_persons_family_name_is_that_person(pipeline):
    doc = _doc(
        pipeline,
        "The singer Marla West toured Ohio in May. On Monday West criticised the governor of Ohio, "
        "and West's manager cancelled a concert in Ohio. Sanctions by the West hurt Russia.",
    )
    found = _mentions(doc)
    wests = [code for text, code in found if text == "West"]
    assert wests and all(code == "WST" for code in wests[-1:])  # "the West" stays the bloc
    assert all(code == "USA" for code in wests[:-1]) and len(wests) >= 2
    assert ("Marla West", "USA") in found


def test_a_capital_that_begins_an_airport_or_market_name_is_no_state(pipeline):
    doc = _doc(
        pipeline,
        "Drones struck a convoy at Kabul International Airport on Friday. Pakistan condemned the "
        "strike. Traders protested at Queen Victoria Market in Melbourne.",
    )
    codes = [code for _text, code in _mentions(doc)]
    assert "AFGGOV" not in codes
    assert "SYCGOV" not in codes  # Victoria, capital of the Seychelles
    assert ("Pakistan", "PAK") in _mentions(doc)


def test_capitalised_national_inside_a_name_is_no_civilian(pipeline):
    doc = _doc(
        pipeline,
        "Mourners gathered at the Washington National Cathedral on Monday. A French national was "
        "detained in Ohio.",
    )
    found = _mentions(doc)
    assert not any(text == "National" for text, _code in found)
    assert ("French national", "FRACVL") in found
    words = [t.text for t in doc]
    named, civilian = words.index("National"), words.index("national")
    assert _in_capitalised_name(doc[named : named + 1])
    assert not _in_capitalised_name(doc[civilian : civilian + 1])


def test_a_demonym_that_describes_a_pub_places_no_one(pipeline):
    doc = _doc(
        pipeline,
        "On Friday a tourist met two officers at an Irish pub. The police questioned the tourist "
        "in Lyon, France.",
    )
    found = _mentions(doc)
    assert not any(code and code.startswith("IRL") for _text, code in found)


def test_a_namesake_that_is_no_person_is_dropped(pipeline):
    doc = _doc(
        pipeline,
        "Floods hit the towns of Lanuza, Carmen and Cortes in the Philippines on Monday. "
        "Philippine officials evacuated residents.",
    )
    found = _mentions(doc)
    assert not any(code and code[:3] in {"PAN", "GTM", "BOL"} for _text, code in found)


def test_a_rulers_given_name_with_another_family_name_is_not_the_ruler(pipeline):
    doc = _doc(
        pipeline,
        "Syrian refugees arrived in Iraq on Monday. Abdullah Kurdi, a Syrian, criticised Turkey.",
        published=date(2019, 9, 2),
    )
    found = _mentions(doc)
    assert not any(code and code.startswith("SAU") for _text, code in found)
    assert not any(code and code.startswith("JOR") for _text, code in found)


def test_georgia_listed_with_us_states_is_the_us_state(pipeline):
    doc = _doc(
        pipeline,
        "The campaign filed suits in Arizona, Georgia and Nevada on Tuesday. Russia's army left "
        "Georgia in 2008, and Georgian officials met envoys in Tbilisi.",
    )
    found = _mentions(doc)
    georgias = [code for text, code in found if text == "Georgia"]
    assert georgias == ["USA", "GEO"]
