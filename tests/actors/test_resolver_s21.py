"""Actor rules of session 21: a listed company keeps its own country, whatever the
article is about; place names that start with a capital's name; "social media"."""

from __future__ import annotations

from datetime import date

from dyadic.actors.dictionary import company_country, company_key
from dyadic.records import Article

ON = date(2021, 3, 1)


def _mentions(ruler_nlp, resolver, text, title=None):
    doc = ruler_nlp(text)
    article = Article("t", text, published=ON, title=title)
    return [(m.text, m.actor.code, m.rule) for m in resolver.resolve(doc, article)]


def _context(pipeline, text):
    from dyadic.actors import context_mentions

    doc = pipeline.nlp(text)
    return {(m.text, m.actor.code, m.rule) for m in context_mentions(doc, doc._.entities, doc._.persons)}


def test_company_key_drops_legal_forms_and_possessives():
    assert company_key("The Ford Motor Company's") == "ford motor"
    assert company_key("Exxon Corp.") == "exxon"
    assert company_key("Company") == "company"  # nothing but a legal form: kept
    assert company_country("Boeing") == "USA"
    assert company_country("Samsung") == "KOR"
    assert company_country("Kwik Bakery of Lagos") is None


def test_listed_company_keeps_its_own_country_in_another_countrys_story(pipeline):
    text = (
        "Russia's national airline said on Monday it would lease twelve jets. Russian officials "
        "welcomed the plan. The carrier signed the contract with Boeing in Moscow, Russia."
    )
    found = _context(pipeline, text)
    assert ("Boeing", "USABUS", "company") in found
    assert not any(t == "Boeing" and code == "RUS" for t, code, _r in found)


def test_company_name_ending_in_a_role_noun_takes_the_company_country(ruler_nlp, resolver):
    text = "Canada's premier said the Ford Motor Company would build a plant."
    found = _mentions(ruler_nlp, resolver, text)
    assert ("Ford Motor Company", "USABUS", "company") in found


def test_capital_that_begins_a_place_name_is_no_state(ruler_nlp, resolver):
    # "Victoria" is the Seychelles' capital, but "Victoria Park" is a park
    found = _mentions(ruler_nlp, resolver, "Marchers gathered in Victoria Park before noon.")
    assert not any(code.startswith("SYC") for _t, code, _r in found)
    found = _mentions(ruler_nlp, resolver, "Victoria said on Monday it would review the visa rules.")
    assert ("Victoria", "SYCGOV", "capital") in found


def test_gunman_takes_no_country_from_the_state_that_charges_him(ruler_nlp, resolver):
    text = "The Mexican minister said Mexico would seek to extradite the gunman."
    found = _mentions(ruler_nlp, resolver, text)
    assert ("gunman", "UAF", "agent") in found
    # police are still the sentence's own country's
    found = _mentions(ruler_nlp, resolver, "Mexico said police had arrested a suspect.")
    assert ("police", "MEXCOP", "agent+sentence") in found


def test_social_media_is_no_media_actor(ruler_nlp, resolver):
    found = _mentions(ruler_nlp, resolver, "Kenyan social media users mourned the reporter.")
    assert not any("media" in t for t, _c, _r in found)
    assert ("reporter", "KENMED", "agent+sentence") not in found  # MED is no state role
    assert any(t == "reporter" and code.endswith("MED") for t, code, _r in found)


def test_acronyms_of_groups_and_agencies_in_the_news(ruler_nlp, resolver):
    found = _mentions(ruler_nlp, resolver, "Pakistan blamed the BLA for the bombing near Quetta.")
    assert ("BLA", "PAKREB", "organisation") in found
    found = _mentions(ruler_nlp, resolver, "Iraqi troops killed two IS commanders near Mosul.")
    assert any(code == "IMGMUSISI" and text.startswith("IS") for text, code, _r in found)
    # "is" in lower case is a verb, never the group
    found = _mentions(ruler_nlp, resolver, "The army is ready, the minister said.")
    assert not any(code == "IMGMUSISI" for _t, code, _r in found)


def test_hongkongers_are_hong_kong_people(ruler_nlp, resolver):
    found = _mentions(ruler_nlp, resolver, "Thousands of Hongkongers marched on Sunday.")
    assert any(code.startswith("HKG") and "Hongkongers" in text for text, code, _r in found)


def test_attackers_and_elders_are_role_nouns_placed_by_the_locus(ruler_nlp, resolver):
    text = (
        "Somali forces retook the hotel on Friday. Somalia's president praised the troops. "
        "The attackers had held the building for a day, and elders had gathered there."
    )
    found = _mentions(ruler_nlp, resolver, text)
    assert ("attackers", "SOMUAF", "agent+locus") in found
    assert ("elders", "SOMCVL", "agent+locus") in found


def test_it_never_stands_for_a_plural_subject(pipeline):
    text = (
        "Kenyan police said the gunmen blocked the road near Garissa on Monday. "
        "The gunmen then stopped a bus and they searched it."
    )
    found = _context(pipeline, text)
    assert not any(t == "it" for t, _c, _r in found)
    assert any(t == "they" and code.endswith("UAF") for t, code, _r in found)
