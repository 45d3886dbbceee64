"""Defect classes a new-user test found: context country over another country's
name, dated offices under a title, ambiguous role nouns, bare surnames of leaders
in office, city targets, typographic variants."""

from __future__ import annotations

from datetime import date

from dyadic.records import Article

TODAY = date(2023, 6, 12)


def _mentions(ruler_nlp, resolver, text, published=TODAY):
    doc = ruler_nlp(text)
    return [
        (m.text, m.start, m.end, m.actor.code, m.rule)
        for m in resolver.resolve(doc, Article("t", text, published=published))
    ]


def test_appositive_party_takes_the_possessive_country(ruler_nlp, resolver):
    # "Liberal" is a Kansas town and "Democratic Party" a role noun: neither makes it USAPTY
    text = "Japan's ruling party, the Liberal Democratic Party, won the election."
    assert _mentions(ruler_nlp, resolver, text, date(2012, 12, 17)) == [
        ("Japan's ruling party", 0, 20, "JPNGOV", "title+nationality"),
        ("Liberal Democratic Party", 26, 50, "JPNPTY", "agent+sentence"),
    ]


def test_title_and_nationality_use_the_leaders_dated_office(ruler_nlp, resolver):
    # people.csv's alias "President Hu Jintao" sits on his 1960-2000 ELI row only
    assert _mentions(ruler_nlp, resolver, "Chinese President Hu Jintao met Bush.", date(2004, 11, 13))[0] == (
        "Chinese President Hu Jintao",
        0,
        27,
        "CHNGOV",
        "title+nationality",
    )
    assert _mentions(ruler_nlp, resolver, "Hu Jintao met Bush.", date(2004, 11, 13))[0] == (
        "Hu Jintao",
        0,
        9,
        "CHNGOV",
        "leader",
    )


def test_surname_before_another_name_is_no_leader(ruler_nlp, resolver):
    # "Bowler" is Brian Bowler (MWIGOV) in people.csv; here it is a cricket title
    assert _mentions(ruler_nlp, resolver, "Bowler Shane Warne took five wickets.", date(2004, 11, 13)) == []


def test_ambiguous_role_nouns_need_context(ruler_nlp, resolver):
    text = "New Zealand captain Stephen Fleming praised Australia."
    assert _mentions(ruler_nlp, resolver, text, date(2004, 11, 13)) == [
        ("New Zealand captain Stephen Fleming", 0, 35, "NZL", "title+nationality"),
        ("Australia", 44, 53, "AUS", "country-name"),
    ]
    assert _mentions(ruler_nlp, resolver, "Army captain John Smith led the troops.")[0][3] == "MIL"
    assert _mentions(ruler_nlp, resolver, "The artillery fired at the village.") == [
        ("village", 27, 34, "CVL", "agent")
    ]
    assert _mentions(ruler_nlp, resolver, "Russian artillery fired at the village.")[0] == (
        "Russian artillery",
        0,
        17,
        "RUSMIL",
        "title+nationality",
    )
    assert _mentions(ruler_nlp, resolver, "Deputy Jamil Murad criticised the plan.", date(2004, 11, 13)) == [
        ("Deputy Jamil Murad", 0, 18, "LEG", "agent")
    ]
    text = "Raisi's trip was announced on the official website of the Iranian presidency."
    assert [m[0] for m in _mentions(ruler_nlp, resolver, text)] == ["Raisi", "Iranian"]  # no "website"


def test_city_target_of_an_act_is_its_country(ruler_nlp, resolver):
    for city in ("Kharkiv", "Odesa"):
        text = f"Russian troops shelled {city}."
        assert _mentions(ruler_nlp, resolver, text)[1] == (city, 23, 23 + len(city), "UKR", "city-target")
    # a locative city is no actor
    assert _mentions(ruler_nlp, resolver, "Biden met Xi in San Francisco.", date(2023, 11, 15)) == [
        ("Biden", 0, 5, "USAGOV", "leader"),
        ("Xi", 10, 12, "CHNGOV", "leader"),
    ]


def test_bare_family_name_only_while_in_office(ruler_nlp, resolver):
    # 2010: Hu Jintao was president, Xi Jinping vice-president -- "Xi" names no leader in office
    assert _mentions(ruler_nlp, resolver, "Obama met Xi on Monday.", date(2010, 1, 1)) == [
        ("Obama", 0, 5, "USAGOV", "leader")
    ]
    assert _mentions(ruler_nlp, resolver, "Obama met Hu on Monday.", date(2010, 1, 1))[1] == (
        "Hu",
        10,
        12,
        "CHNGOV",
        "leader",
    )


def test_typographic_variants_match_with_original_offsets(ruler_nlp, resolver):
    assert _mentions(ruler_nlp, resolver, "C\u00f4te d\u2019Ivoire accused Mali.") == [
        ("C\u00f4te d\u2019Ivoire", 0, 13, "CIV", "country-name"),
        ("Mali", 22, 26, "MLI", "country-name"),
    ]
    assert _mentions(ruler_nlp, resolver, "T\u00fcrkiye\u200b condemned Greece.") == [
        ("T\u00fcrkiye", 0, 7, "TUR", "country-name"),
        ("Greece", 19, 25, "GRC", "country-name"),
    ]
    assert _mentions(ruler_nlp, resolver, "IRAN PRAISED SYRIA.") == [
        ("IRAN", 0, 4, "IRN", "country-name"),
        ("SYRIA", 13, 18, "SYR", "country-name"),
    ]


def test_ambiguous_role_noun_takes_the_sentences_only_country(ruler_nlp, resolver):
    text = "Russian troops and artillery shelled the town."
    assert [m[3] for m in _mentions(ruler_nlp, resolver, text)] == ["RUSMIL", "RUSMIL"]
    text = "French National Assembly president Laurent Fabius and a group of deputies held talks."
    assert ("deputies", 65, 73, "FRALEG", "agent+sentence") in _mentions(ruler_nlp, resolver, text)
