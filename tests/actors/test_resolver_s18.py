"""Actor rules of session 18: international NGOs, roles that speak for a group, located
role nouns, possessed roles, title namesakes of leaders, adjectives that are city names,
and the Samoa / C.A.R. table rows."""

from __future__ import annotations

from datetime import date

from dyadic.records import Article

ON = date(2020, 6, 1)


def _mentions(ruler_nlp, resolver, text, published=ON):
    doc = ruler_nlp(text)
    return [
        (m.text, m.actor.code, m.rule) for m in resolver.resolve(doc, Article("t", text, published=published))
    ]


def test_international_civil_society_role_is_an_ngo(ruler_nlp, resolver):
    found = _mentions(
        ruler_nlp, resolver, "The European Union and international rights groups criticised Myanmar."
    )
    assert ("international rights groups", "NGOHRI", "agent+international") in found
    # without "international" the role keeps no country of its own
    found = _mentions(ruler_nlp, resolver, "Rights groups criticised the decision.")
    assert [f for f in found if f[0] == "Rights groups"][0][1] == "HRI"
    # a state role is not an NGO: "international partners"
    found = _mentions(ruler_nlp, resolver, "The international troops left the city.")
    assert all(not code.startswith("NGO") for _t, code, _r in found)


def test_role_for_or_from_a_group_takes_the_groups_code(ruler_nlp, resolver):
    found = _mentions(ruler_nlp, resolver, "A spokesman for the European Union criticised Russia and China.")
    assert ("spokesman for the European Union", "IGOEUREEC", "agent+group") in found
    found = _mentions(ruler_nlp, resolver, "Envoys from the Group of Seven met Iranian and Saudi officials.")
    assert found[0][1:] == ("IGOGOS", "agent+group")
    # "<role> of <organisation>" stays two mentions, each with the group's code
    found = _mentions(ruler_nlp, resolver, "Fighters of Hezbollah crossed the border.")
    assert ("Hezbollah", "LBNREB", "organisation") in found


def test_located_role_noun_takes_the_place_it_is_located_in(ruler_nlp, resolver):
    found = _mentions(ruler_nlp, resolver, "Kenya blamed the raid on rebels based in Somalia.")
    assert ("rebels based in Somalia", "SOMREB", "agent+country") in found
    found = _mentions(ruler_nlp, resolver, "Ankara blamed the attack on militants hiding on Syrian soil.")
    assert found[-1][1] == "SYRUAF"
    # a demonym alone is no place: "the website of the Iranian presidency"
    found = _mentions(ruler_nlp, resolver, "Officials of the Iranian presidency met Iraqi and Saudi envoys.")
    assert found[0][:2] != ("Officials of the Iranian", "IRNGOV")


def test_possessed_role_takes_its_owner(ruler_nlp, resolver):
    text = "U.S. President Donald Trump's special envoy met Chinese and Indian officials."
    assert ("special envoy", "USAGOV", "possessor") in _mentions(ruler_nlp, resolver, text)
    text = "Iran's president arrived on Monday. The president's spokesman met Chinese and Indian officials."
    assert ("spokesman", "IRNGOV", "possessor") in _mentions(ruler_nlp, resolver, text)


def test_title_that_no_leader_holds_makes_a_namesake(ruler_nlp, resolver):
    text = "Judge Marrero dismissed the lawsuit on Tuesday. Marrero said the case had no merit."
    found = _mentions(ruler_nlp, resolver, text)
    assert ("Judge Marrero", "JUD", "agent") in found
    assert ("Marrero", "JUD", "agent") in found
    assert all(not code.startswith("CUB") for _t, code, _r in found)
    # the leader's own title still names the leader
    found = _mentions(ruler_nlp, resolver, "Prime Minister Marrero visited Caracas.")
    assert found[0][1].startswith("CUB")


def test_adjective_before_role_is_not_a_city(ruler_nlp, resolver):
    found = _mentions(ruler_nlp, resolver, "Federal prosecutors charged the man.")
    assert all(not code.startswith("ARG") for _t, code, _r in found)


def test_samoan_and_car_table_rows(ruler_nlp, resolver):
    assert _mentions(ruler_nlp, resolver, "The Samoan government closed the schools.")[0][1] == "WSMGOV"
    found = _mentions(ruler_nlp, resolver, "Israel left the Occupied Territories.")
    assert all(code != "USAASM" for _t, code, _r in found)
    assert _mentions(ruler_nlp, resolver, "The C.A.R. accused the rebels of looting.")[0][1] == "CAF"


def test_country_before_currency_is_money_not_an_actor(ruler_nlp, resolver):
    found = _mentions(ruler_nlp, resolver, "Canada paid five million US dollars to Mexico.")
    assert [code for _t, code, _r in found] == ["CAN", "MEX"]


def test_given_name_before_family_name_is_no_misspelled_country(ruler_nlp, resolver):
    found = _mentions(ruler_nlp, resolver, "Dominic Hare said Ethopia had agreed.")
    assert [code for _t, code, _r in found] == ["ETH"]
