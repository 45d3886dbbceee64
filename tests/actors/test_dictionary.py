from __future__ import annotations

from datetime import date

from dyadic.actors import ActorDictionary


def test_dictionary_load_is_cached(actor_dictionary):
    assert ActorDictionary.load() is actor_dictionary


def test_dictionary_tables(actor_dictionary):
    d = actor_dictionary
    assert d.country_aliases["u.s."] == "USA" and d.country_aliases["iranian"] == "IRN"
    assert d.capitals["tehran"] == "IRN" and d.capitals["caracas"] == "VEN"
    assert "kuwait" not in d.capitals  # the country wins over the capital
    assert d.agents["president"] == "GOV" and d.agents["police"] == "COP"
    assert d.agents["protesters"] == "OPP" and d.agents["demonstrator"] == "OPP"
    assert d.igos["brics"].code == "IGOBRC" and d.igos["un"].code == "IGOUNO"
    assert "mehr news agency" in d.not_actors


def test_dictionary_leader_terms(actor_dictionary):
    (raisi,) = actor_dictionary.leader_aliases["raisi"]
    assert (raisi.start, raisi.end, raisi.country) == (date(2021, 8, 3), date(2024, 5, 19), "IRN")
    assert raisi.active_on(date(2024, 5, 19)) and not raisi.active_on(date(2024, 5, 20))
    maduro = [t for t in actor_dictionary.leader_aliases["maduro"] if t.office.startswith("head")]
    assert max(t.start for t in maduro) == date(2013, 4, 19) and any(t.end is None for t in maduro)
    ortega = actor_dictionary.leader_aliases["daniel ortega"][0]
    assert (ortega.start, ortega.end) == (date(2007, 1, 10), None)
    for term in actor_dictionary.leaders:
        assert term.end is None or term.start <= term.end, term
