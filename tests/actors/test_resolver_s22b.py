"""Actor rules of session 22, round 2: "Europe" in a trade dispute and "Brussels" acting
stand for the European Union; an armed group named by the demonym of a state the article
never names is a minority of the article's locus; a demonym noun in apposition gives a
person a country; a person named as a member of a group takes the group's country; the
organisation table lists no towns as aliases."""

from __future__ import annotations

import csv
from datetime import date
from importlib import resources

from dyadic.nlp import set_article
from dyadic.records import Article


def _doc(pipeline, text, on):
    article = Article("t", text, published=on)
    return pipeline.nlp(set_article(pipeline.nlp.make_doc(text), article))


def _mentions(pipeline, text, on):
    doc = _doc(pipeline, text, on)
    return {(m.text, m.actor.code, m.rule) for m in doc._.entities}


def test_resolver_europe_in_a_trade_dispute_is_the_union(pipeline):
    text = (
        "Europe hit back on Friday with its own tariffs on American motorcycles. "
        "The Canadian minister travelled to Europe to discuss the tariffs."
    )
    found = _mentions(pipeline, text, date(2024, 5, 2))
    assert ("Europe", "IGOEUREEC", "union") in found  # acting: the trading bloc
    assert ("Europe", "EUR", "region") in found  # "travelled to Europe": a place


def test_resolver_europe_without_trade_stays_the_continent(pipeline):
    text = "Heavy storms crossed Europe this week, and Europe braced for more rain."
    found = _mentions(pipeline, text, date(2024, 5, 2))
    assert {code for _t, code, _r in found if _t == "Europe"} == {"EUR"}


def test_resolver_brussels_acting_in_an_eu_article_is_the_union(pipeline):
    text = (
        "The European Union proposed new asylum rules on Monday. "
        "Hungary clashed with Brussels over the quotas, while ministers met in Brussels."
    )
    found = _mentions(pipeline, text, date(2024, 5, 2))
    assert ("Brussels", "IGOEUREEC", "union") in found
    assert ("Brussels", "BELGOV", "capital") in found  # "met in Brussels": the place


def test_resolver_minority_armed_group_takes_the_locus(pipeline):
    text = (
        "Serbian police clashed with Bosnian gunmen near Novi Pazar on Sunday. "
        "Serbia's interior ministry said two officers were hurt. "
        "Serbia has deployed more police in the south."
    )
    found = _mentions(pipeline, text, date(2024, 5, 2))
    assert ("Bosnian gunmen", "SRBUAF", "minority+locus") in found


def test_resolver_armed_group_of_a_named_state_keeps_its_country(pipeline):
    text = (
        "Serbia accused Bosnia of sheltering fighters. Bosnian gunmen attacked a Serbian "
        "border post on Sunday. Serbia closed the border."
    )
    found = _mentions(pipeline, text, date(2024, 5, 2))
    assert ("Bosnian gunmen", "BIHUAF", "title+nationality") in found


def test_entities_demonym_noun_in_apposition_gives_the_country(pipeline):
    doc = _doc(
        pipeline,
        "A Canadian, Peter Holloway, was detained by police in Lagos on Monday. "
        "Police in Abuja also held Ian Ward, a Briton, for questioning.",
        date(2024, 5, 2),
    )
    codes = {p.name: (p.code, p.evidence) for p in doc._.persons}
    assert codes["Peter Holloway"] == ("CAN", "demonym")
    assert codes["Ian Ward"] == ("GBR", "demonym")


def test_context_person_named_as_a_group_member_takes_its_country(pipeline):
    from dyadic.actors import context_mentions

    text = (
        "Kenya's parliament debated the budget. Kenya's president signed it on Monday. "
        "Two members of the Ugandan parliament, Ruth Akello and David Opio, criticised the plan."
    )
    doc = _doc(pipeline, text, date(2024, 5, 2))
    found = {(m.text, m.actor.country) for m in context_mentions(doc, doc._.entities, doc._.persons)}
    assert ("David Opio", "UGA") in found  # not the locus, Kenya
    assert ("Ugandan parliament, Ruth Akello", "UGALEG") in {(m.text, m.actor.code) for m in doc._.entities}


def test_organisations_list_no_town_of_their_own_country_as_alias():
    path = resources.files("dyadic").joinpath("data", "actors", "organisations.csv")
    with path.open(encoding="utf-8") as fh:
        rows = {r["code"]: r for r in csv.DictReader(fh)}
    gaza = rows["PSEGZA"]["aliases"].split(";")
    assert "Gaza Strip" in gaza
    assert "Rafah" not in gaza and "Gaza City" not in gaza


def test_resolver_ethnic_armed_group_takes_the_locus_not_the_sentence(pipeline):
    text = (
        "Pakistan's army said troops killed five militants in Balochistan. "
        "Afghanistan denied that Baloch separatists have camps across the border. "
        "Pakistan's government vowed to respond."
    )
    found = _mentions(pipeline, text, date(2024, 5, 2))
    assert ("separatists", "PAKREB", "agent+locus") in found


def test_resolver_municipalities_are_local_government(pipeline):
    text = "Several municipalities in Spain asked churches to pay property taxes."
    found = _mentions(pipeline, text, date(2024, 5, 2))
    assert ("municipalities in Spain", "ESPGOV", "agent+country") in found


def test_resolver_province_names_the_country_of_a_role_it_modifies(pipeline):
    text = (
        "Sindh Chief Minister Murad Ali criticised the governor of Balochistan on Monday. "
        "Fighting went on near the border with Sindh."
    )
    found = _mentions(pipeline, text, date(2024, 5, 2))
    assert ("Sindh Chief Minister Murad Ali", "PAKGOV", "title+nationality") in found
    assert ("governor of Balochistan", "PAKGOV", "agent+country") in found
    assert not any(t == "Sindh" for t, _c, _r in found)  # a province alone is a place, no actor


def test_dictionary_provinces_leave_out_shared_and_generic_names(actor_dictionary):
    provinces = actor_dictionary.provinces
    assert provinces["balochistan"] == "PAK" and provinces["republika srpska"] == "BIH"
    assert "punjab" not in provinces  # India's and Pakistan's
    assert "rivers" not in provinces and "central" not in provinces


def test_resolver_the_south_and_the_north_are_the_two_koreas(pipeline):
    text = (
        "North Korea fired shells across the border at South Korea on Monday. "
        "The South answered with artillery fired into the North, and officials said "
        "the North had broken the truce."
    )
    found = _mentions(pipeline, text, date(2024, 5, 2))
    assert ("The South", "KOR", "half") in found
    assert ("the North", "PRK", "half") in found
    assert sum(1 for t, _c, r in found if r == "half") == 2  # "into the North" is a place


def test_resolver_foreign_ministry_is_the_ministry_of_foreign_affairs_named_before(pipeline):
    text = (
        "Kenya's Ministry of Foreign Affairs rejected the claims on Thursday. "
        '"We reject the allegations by the Ugandan army spokesperson," foreign ministry '
        "spokesperson Jane Mwangi said."
    )
    found = _mentions(pipeline, text, date(2024, 5, 2))
    assert ("foreign ministry spokesperson Jane Mwangi", "KENGOV", "coref") in found


def test_title_key_names_an_office_by_its_area():
    from dyadic.actors.resolver import _title_key

    assert _title_key("ministry of foreign affairs") == _title_key("foreign ministry") == "foreign ministry"
    assert _title_key("foreign affairs ministry") == "foreign ministry"
    assert _title_key("minister of the interior") == "interior minister"
    assert _title_key("secretary of state") == "secretary of state"


def test_context_person_in_apposition_to_an_organisation_takes_its_country(pipeline):
    from dyadic.actors import context_mentions

    text = (
        "A bomb killed two reporters in Aden, Yemen. Yemen's government blamed the rebels. "
        "The head of Cairo Radio, Omar Saleh, blamed the rebels for the attack. "
        "Saleh said the rebels had attacked reporters before."
    )
    doc = _doc(pipeline, text, date(2024, 5, 2))
    found = {(m.text, m.actor.country) for m in context_mentions(doc, doc._.entities, doc._.persons)}
    assert ("Omar Saleh", "EGY") in found and ("Saleh", "EGY") in found  # not the locus, Yemen


def test_context_relative_takes_the_country_of_the_person_named(pipeline):
    from dyadic.actors import context_mentions

    text = (
        "Kenya's president met lawmakers in Nairobi. Kenyan police arrested protesters in Nairobi. "
        "Ugandan opposition leader Robert Kyagulanyi was detained in Kampala on Monday, and "
        "Kyagulanyi's son Daniel flew to Nairobi to ask Kenya's government for help."
    )
    doc = _doc(pipeline, text, date(2024, 5, 2))
    found = {(m.text, m.actor.country) for m in context_mentions(doc, doc._.entities, doc._.persons)}
    assert ("Daniel", "UGA") in found  # his father's country, not the locus (Kenya)


def test_resolver_plural_title_refers_to_the_plural_group_not_one_person(pipeline):
    text = (
        "G7 foreign ministers met in Quebec on Friday. Japan's foreign minister Taro Sato "
        "spoke to reporters. The foreign ministers also criticised China over Taiwan."
    )
    found = _mentions(pipeline, text, date(2024, 5, 2))
    assert ("foreign ministers", "IGOGOS", "coref") in found
