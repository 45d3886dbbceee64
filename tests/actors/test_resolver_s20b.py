"""Actor rules of session 20, round 2: national security advisers, Zimbabwe's ruling party,
the OECD, unnamed people as civilians, cities only as whole names (and before a role noun
only large ones), and an armed group that took power coded as the government from then on."""

from __future__ import annotations

from datetime import date

from dyadic.records import Article


def _mentions(ruler_nlp, resolver, text, on):
    doc = ruler_nlp(text)
    return [(m.text, m.actor.code) for m in resolver.resolve(doc, Article("t", text, published=on))]


def test_national_security_adviser_is_his_countrys_government(ruler_nlp, resolver):
    text = "Jake Sullivan spoke by phone with his counterpart on Sunday."
    assert ("Jake Sullivan", "USAGOV") in _mentions(ruler_nlp, resolver, text, date(2022, 3, 1))
    later = _mentions(ruler_nlp, resolver, "Ajit Doval flew to Moscow for talks.", date(2023, 2, 8))
    assert ("Ajit Doval", "INDGOV") in later


def test_zanu_pf_is_zimbabwes_party_not_a_rebel_group(ruler_nlp, resolver):
    found = _mentions(ruler_nlp, resolver, "Zanu PF expelled the veteran from the party.", date(2025, 3, 1))
    assert ("Zanu PF", "ZWEPTY") in found
    assert all(code != "SAFREB" for _text, code in found)


def test_oecd_is_an_igo(ruler_nlp, resolver):
    found = _mentions(ruler_nlp, resolver, "The OECD raised its growth forecast for Chile.", date(2024, 6, 1))
    assert ("OECD", "IGOWSTBUS") in found


def test_an_unnamed_man_or_people_are_civilians(ruler_nlp, resolver):
    text = "Officers in Canada detained a man and questioned several people."
    found = _mentions(ruler_nlp, resolver, text, date(2024, 6, 1))
    assert ("man", "CVL") in found or ("man", "CANCVL") in found
    assert not any(code.endswith("PPL") for _text, code in found)


def test_no_city_inside_a_longer_name(ruler_nlp, resolver):
    # "Police" is also a town in Poland; it is the last word of the force's name here
    text = "Made Sukarta, a spokesperson for the Indonesian National Police, spoke on Friday."
    found = _mentions(ruler_nlp, resolver, text, date(2024, 6, 1))
    assert not any(code.startswith("POL") for _text, code in found)
    assert ("Indonesian National Police", "IDNCOP") in found


def test_a_small_towns_name_before_a_role_noun_is_no_city(ruler_nlp, resolver):
    # Time (Norway) has 19,000 people: "Time magazine" is a magazine, not a Norwegian outlet
    found = _mentions(
        ruler_nlp, resolver, "Time magazine named the activist its person of the year.", date(2019, 12, 11)
    )
    assert not any(code.startswith("NOR") for _text, code in found)
    kharkiv = _mentions(
        ruler_nlp, resolver, "The Kharkiv governor said shelling continued.", date(2024, 6, 1)
    )
    assert ("The Kharkiv governor", "UKRGOV") in kharkiv


def test_the_taliban_govern_afghanistan_after_august_2021(ruler_nlp, resolver):
    text = "The Taliban closed girls' schools in the province."
    assert ("Taliban", "AFGREB") in _mentions(ruler_nlp, resolver, text, date(2019, 5, 1))
    assert ("Taliban", "AFGGOV") in _mentions(ruler_nlp, resolver, text, date(2023, 5, 1))


def test_a_named_court_is_the_court_named_later(ruler_nlp, resolver):
    text = (
        "Chile asked the International Court of Justice to rule on the border. "
        "The court rejected the request of Bolivia on Monday."
    )
    found = _mentions(ruler_nlp, resolver, text, date(2018, 10, 1))
    assert ("court", "IGOUNOJUDICJ") in found
    assert ("court", "BOLJUD") not in found


def test_large_cities_the_ner_finds_vote_for_the_locus(ruler_nlp, resolver):
    text = (
        "Police closed a road in Christchurch on Friday. Later, firefighters in Christchurch "
        "put out the blaze. Police said no one was hurt."
    )
    found = _mentions(ruler_nlp, resolver, text, date(2023, 5, 1))
    assert found[0] == ("Police", "NZLCOP")


def test_an_igo_appointed_official_speaks_for_the_igo(ruler_nlp, resolver):
    text = "United Nations-appointed special rapporteur Tomas Ruiz said the junta barred him."
    found = _mentions(ruler_nlp, resolver, text, date(2023, 5, 1))
    assert found[0] == ("United Nations-appointed special rapporteur Tomas Ruiz", "IGOUNO")
