"""Actor rules of session 25: place names inside people's names (``dyadic_name_repair``)
and bare family names that only PETRARCH2's people table lists."""

from __future__ import annotations

from datetime import date

from dyadic.actors import NAME_REPAIR, RULER_NAME
from dyadic.actors.names import REPAIRED_KB
from dyadic.events.component import event_mentions
from dyadic.nlp import set_article
from dyadic.records import Article


def _doc(pipeline, text: str):
    article = Article("t", text, published=date(2024, 6, 20))
    return pipeline.nlp(set_article(pipeline.nlp.make_doc(text), article))


def _persons(doc) -> list[str]:
    return [e.text for e in doc.ents if e.label_ == "PERSON"]


def _places(doc) -> list[str]:
    return [p.text for p in doc._.places]


def _codes(doc) -> dict[str, str | None]:
    return {m.text: m.actor.code for m in event_mentions(doc)}


def test_ner_repair_sits_right_after_ner(ruler_nlp):
    names = ruler_nlp.pipe_names
    assert names.index(NAME_REPAIR) == names.index("ner") + 1
    assert names.index(RULER_NAME) == names.index("ner") - 1


def test_ner_repair_a_given_name_place_before_a_listed_family_name_is_a_person(pipeline):
    doc = _doc(
        pipeline, "Paris Hilton and Georgia Smith, a teacher, criticised the mayor of Leeds on Monday."
    )
    assert {"Paris Hilton", "Georgia Smith"} <= set(_persons(doc))
    assert [e.kb_id_ for e in doc.ents if e.text == "Paris Hilton"] == [REPAIRED_KB]
    assert _places(doc) == ["Leeds"]
    codes = _codes(doc)
    assert "Paris" not in codes and "Hilton" not in codes  # no France, no Vanuatu minister
    assert "Georgia" not in codes


def test_ner_repair_a_title_before_a_place_makes_it_a_given_name(pipeline):
    doc = _doc(pipeline, "PM Sofia Lind met Dr. Chad Miller in Berlin on Tuesday.")
    assert {"Sofia Lind", "Chad Miller"} <= set(_persons(doc))
    assert _places(doc) == ["Berlin"]
    codes = _codes(doc)
    assert "Chad" not in codes and "Sofia" not in codes


def test_ner_repair_a_family_name_that_recurs_alone(pipeline):
    doc = _doc(pipeline, "Police detained Sofia Lind in Oslo on Monday. Lind denied the charges.")
    assert "Sofia Lind" in _persons(doc)
    assert _places(doc) == ["Oslo"]
    assert "Sofia" not in _codes(doc)  # not Bulgaria's government


def test_ner_repair_a_place_that_is_a_family_name_after_a_given_name(pipeline):
    doc = _doc(pipeline, "Lewis Hamilton thanked the fans in Monaco.")
    assert "Lewis Hamilton" in _persons(doc)
    assert _places(doc) == ["Monaco"]
    assert "Hamilton" not in _codes(doc)  # not Bermuda's capital


def test_ner_repair_keeps_places_that_name_institutions_and_places(pipeline):
    doc = _doc(
        pipeline,
        "The Washington Post said the Paris Club met at Georgia Tech near the Jordan River, "
        "while Washington said Paris and Berlin would boycott the Beijing Olympics.",
    )
    assert not any(e.kb_id_ == REPAIRED_KB for e in doc.ents)
    assert {"Jordan River", "Paris", "Berlin"} <= set(_places(doc))
    assert _codes(doc).get("Washington Post") == "USAMED"


def test_ner_repair_a_place_before_a_full_name_stays_a_place(pipeline):
    doc = _doc(pipeline, "The senator from Vermont Bernie Sanders criticised Chad on Monday.")
    assert "Vermont" in _places(doc)
    assert not any(e.kb_id_ == REPAIRED_KB for e in doc.ents)


def test_ner_repair_a_ruler_place_mistagged_family_name_joins_the_given_name(pipeline):
    doc = _doc(pipeline, "Paris Hilton criticised the city council of Leeds on Monday.")
    assert "Paris Hilton" in _persons(doc)
    assert _places(doc) == ["Leeds"]


def test_resolver_a_family_name_only_petrarchs_people_list_is_a_namesake(pipeline):
    # "Peterson" is listed (people.csv) only as a Canadian minister of 2004-2006
    codes = {m.text: (m.actor.code, m.actor.role, m.rule) for m in event_mentions(_doc(
        pipeline, "Peterson, a retired plumber, accused the council of neglect on Monday."
    ))}  # fmt: skip
    assert codes["Peterson"][1] is None and codes["Peterson"][0] == "CAN"


def test_resolver_a_listed_family_name_with_the_full_name_written_keeps_the_person(pipeline):
    text = "James Scott Peterson visited Ottawa in 2005. Peterson met the premier of Ontario."
    article = Article("t", text, published=date(2005, 6, 1))
    doc = pipeline.nlp(set_article(pipeline.nlp.make_doc(text), article))
    codes = [(m.text, m.actor.code) for m in doc._.entities]
    assert ("Peterson", "CANGOVBUS") in codes


def test_resolver_a_family_name_of_a_hand_listed_leader_and_a_listed_namesake_is_the_leader(pipeline):
    # "Duale": Aden Duale (leaders.csv, Kenya's defence minister 2022-2024) and Elmi Ahmed
    # Duale (people.csv, a Somali minister of 2006 with an open end)
    doc = _doc(pipeline, "Duale told soldiers in Nairobi that the border would stay closed.")
    codes = {m.text: m.actor.code for m in doc._.entities}
    assert codes["Duale"].startswith("KEN")


def test_resolver_bare_governments_placed_only_by_context_have_no_country(pipeline):
    doc = _doc(pipeline, "As governments gathered for trade talks in Lisbon, farmers protested outside.")
    codes = {m.text: (m.actor.code, m.actor.country) for m in doc._.entities}
    assert codes["governments"] == ("GOV", None)
    assert codes["Lisbon"] == ("PRTGOV", "PRT")


def test_resolver_a_countrys_governments_keep_the_country(pipeline):
    doc = _doc(pipeline, "The Portuguese and Spanish governments signed a water treaty on Monday.")
    countries = {m.actor.country for m in doc._.entities if "governments" in m.text}
    assert countries and None not in countries


def test_resolver_a_three_letter_province_the_ner_tags_elsewhere_is_a_place(pipeline):
    text = "Ravi Menon, a minister of the state of Goa, resigned. Goa's government thanked Menon on Friday."
    doc = _doc(pipeline, text)
    codes = {m.text: m.actor.code for m in doc._.entities}
    assert codes["Goa's government"] == "INDGOV"
