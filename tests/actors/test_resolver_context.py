"""Round-2 actor rules: countries from possessives, of-phrases, cities and the
sentence; PETRARCH2 people and organisations; plural demonyms; case."""

from __future__ import annotations

from datetime import date

import pytest

from dyadic.records import Article

TODAY = date(2023, 6, 12)


def _mentions(ruler_nlp, resolver, text, published=TODAY):
    doc = ruler_nlp(text)
    return [
        (m.text, m.start, m.end, m.actor.code, m.rule)
        for m in resolver.resolve(doc, Article("t", text, published=published))
    ]


def test_resolver_possessive_country_over_igo_posting(ruler_nlp, resolver):
    assert _mentions(ruler_nlp, resolver, "Russia's UN ambassador met reporters.") == [
        ("Russia's UN ambassador", 0, 22, "RUSGOV", "title+nationality"),
        ("reporters", 27, 36, "MED", "agent"),  # not a state role: no country from the sentence
    ]


def test_resolver_of_phrase_with_adjectives_names_country(ruler_nlp, resolver):
    text = "Israel released the mayor of the northern West Bank city of Nablus."
    assert _mentions(ruler_nlp, resolver, text, date(2008, 8, 6)) == [
        ("Israel", 0, 6, "ISR", "country-name"),
        ("mayor of the northern West Bank", 20, 51, "PSEGOV", "agent+country"),
    ]
    assert _mentions(ruler_nlp, resolver, "The foreign minister of Iran arrived.") == [
        ("foreign minister of Iran", 4, 28, "IRNGOV", "agent+country")
    ]


def test_resolver_role_noun_linked_to_city_takes_its_country(ruler_nlp, resolver):
    assert _mentions(ruler_nlp, resolver, "The mayor of Nablus met the Kharkiv governor.") == [
        ("mayor of Nablus", 4, 19, "PSEGOV", "agent+city"),
        ("Kharkiv governor", 28, 44, "UKRGOV", "agent+city"),
    ]


def test_resolver_place_compound_and_demonym_modifiers(ruler_nlp, resolver):
    assert _mentions(ruler_nlp, resolver, "Israeli troops fired at Gaza militants.") == [
        ("Israeli troops", 0, 14, "ISRMIL", "title+nationality"),
        ("Gaza militants", 24, 38, "PSEUAF", "title+nationality"),
    ]
    text = "Serbian forces and Macedonian army units withdrew from Lithuanian territory."
    assert _mentions(ruler_nlp, resolver, text, date(1999, 1, 1)) == [
        ("Serbian forces", 0, 14, "SRBMIL", "title+nationality"),
        ("Macedonian army units", 19, 40, "MKDMIL", "title+nationality"),
        ("Lithuanian", 55, 65, "LTU", "country-name"),
    ]


def test_resolver_organisation_with_role_noun_keeps_group_code(ruler_nlp, resolver):
    assert _mentions(ruler_nlp, resolver, "Hamas militants and Hezbollah guerrillas fired rockets.") == [
        ("Hamas militants", 0, 15, "PSEREBHMS", "organisation+agent"),
        ("Hezbollah guerrillas", 20, 40, "LBNREB", "organisation+agent"),
    ]


def test_resolver_petrarch_organisations(ruler_nlp, resolver):
    text = "The Taliban met the Red Cross and Amnesty International."
    assert _mentions(ruler_nlp, resolver, text, date(2019, 6, 12)) == [  # before they took Kabul
        ("Taliban", 4, 11, "AFGREB", "organisation"),
        ("Red Cross", 20, 29, "NGOHLHIRC", "organisation"),
        ("Amnesty International", 34, 55, "NGOHRIAMN", "organisation"),
    ]


def test_resolver_lower_case_particle_and_all_caps_names(ruler_nlp, resolver):
    found = _mentions(ruler_nlp, resolver, "Fighters of al-Qaeda attacked AL-QAEDA rivals.")
    assert ("al-Qaeda", 12, 20, "IMGMUSALQ", "organisation") in found
    assert ("AL-QAEDA", 30, 38, "IMGMUSALQ", "organisation") in found


def test_resolver_plural_demonyms_are_countries(ruler_nlp, resolver):
    assert _mentions(ruler_nlp, resolver, "Palestinians protested while the Serbs voted.") == [
        ("Palestinians", 0, 12, "PSE", "country-name"),
        ("Serbs", 33, 38, "SRB", "country-name"),
    ]


def test_resolver_bare_government_takes_the_sentence_country(ruler_nlp, resolver):
    assert _mentions(ruler_nlp, resolver, "Turkey said the government would send police.") == [
        ("Turkey", 0, 6, "TUR", "country-name"),
        ("government", 16, 26, "TURGOV", "agent+sentence"),
        ("police", 38, 44, "TURCOP", "agent+sentence"),
    ]


def test_resolver_sentence_country_only_when_unambiguous(ruler_nlp, resolver):
    found = _mentions(ruler_nlp, resolver, "Iran accused Iraq, and police were deployed.")
    assert ("police", 23, 29, "COP", "agent") in found


@pytest.mark.parametrize(
    ("text", "on", "expected"),
    [
        ("President Bouteflika met reporters.", date(2005, 1, 1), ("President Bouteflika", 0, 20, "DZAGOV")),
        ("Hosni Mubarak spoke.", date(2005, 1, 1), ("Hosni Mubarak", 0, 13, "EGYGOV")),
        ("Kofi Annan spoke.", date(2000, 1, 1), ("Kofi Annan", 0, 10, "IGOUNO")),
    ],
)
def test_resolver_petrarch_people_by_date(ruler_nlp, resolver, text, on, expected):
    assert _mentions(ruler_nlp, resolver, text, on)[0][:4] == expected


def test_resolver_country_name_beats_organisation_alias(ruler_nlp, resolver):
    assert _mentions(ruler_nlp, resolver, "USA tanks rolled.")[0][:4] == ("USA", 0, 3, "USA")


def test_resolver_bare_role_takes_the_article_locus(ruler_nlp, resolver):
    text = (
        "Kenya's parliament passed a new security law on Tuesday. "
        "Opposition lawmakers in Kenya walked out of the vote. "
        "Protesters gathered outside the building and police dispersed them."
    )
    doc = ruler_nlp(text)
    mentions = resolver.resolve(doc, Article("t", text, published=date(2024, 5, 2)))
    by_text = {m.text: m for m in mentions}
    assert (by_text["police"].actor.code, by_text["police"].rule) == ("KENCOP", "agent+locus")
    assert by_text["police"].actor.name == "police"


def test_resolver_no_locus_from_one_sentence(ruler_nlp, resolver):
    text = "Kenya and Kenya's neighbours met while police watched."
    doc = ruler_nlp(text)
    mentions = resolver.resolve(doc, Article("t", text, published=date(2024, 5, 2)))
    assert all(m.rule != "agent+locus" for m in mentions)


def test_resolver_first_level_divisions_are_their_country(ruler_nlp, resolver):
    text = "Police in British Columbia questioned the New Mexico governor about Northern Ireland."
    doc = ruler_nlp(text)
    mentions = resolver.resolve(doc, Article("t", text, published=date(2024, 5, 2)))
    codes = {m.text: m.actor.code for m in mentions}
    assert codes["Police in British Columbia"] == "CANCOP"
    assert codes["New Mexico governor"] == "USAGOV"
    assert codes["Northern Ireland"] == "GBR"
    assert "Mexico" not in codes and "Columbia" not in codes
