from __future__ import annotations

from datetime import date

import pytest

from dyadic.records import ActorKind, Article

SAMPLE_PUBLISHED = date(2023, 6, 12)  # as tests/conftest.py


def _resolve(ruler_nlp, resolver, text, published=date(2023, 6, 12)):
    doc = ruler_nlp(text)
    return resolver.resolve(doc, Article("t", text, published=published))


def _triples(mentions):
    return [(m.text, m.start, m.end, m.actor.code) for m in mentions]


def test_resolver_title_nationality_person_is_one_mention(ruler_nlp, resolver):
    mentions = _resolve(ruler_nlp, resolver, "Iranian President Ebrahim Raisi left Tehran for Caracas.")
    assert _triples(mentions) == [
        ("Iranian President Ebrahim Raisi", 0, 31, "IRNGOV"),
        ("Tehran", 37, 43, "IRNGOV"),
        ("Caracas", 48, 55, "VENGOV"),
    ]
    first = mentions[0]
    assert (first.token_start, first.token_end, first.sentence_index) == (0, 4, 0)
    assert first.rule == "title+nationality"
    assert first.actor.kind is ActorKind.PERSON and first.actor.name == "Ebrahim Raisi"
    assert [m.rule for m in mentions[1:]] == ["capital", "capital"]


def test_resolver_counterpart_appositive(ruler_nlp, resolver):
    text = "Raisi was welcomed by his Venezuelan counterpart, Nicolas Maduro, in Caracas."
    mentions = _resolve(ruler_nlp, resolver, text)
    assert ("Venezuelan counterpart, Nicolas Maduro", 26, 64, "VENGOV") in _triples(mentions)
    assert mentions[0].text == "Raisi" and mentions[0].actor.code == "IRNGOV"


def test_resolver_capital_subject_is_government(ruler_nlp, resolver):
    mentions = _resolve(ruler_nlp, resolver, "Tehran said it would retaliate.")
    assert _triples(mentions) == [("Tehran", 0, 6, "IRNGOV")]
    assert mentions[0].rule == "capital"


def test_resolver_country_modifiers_and_roles(ruler_nlp, resolver):
    text = "Iranian protesters and the Iranian army clashed. Venezuela's opposition met police in Iraq."
    assert _triples(_resolve(ruler_nlp, resolver, text)) == [
        ("Iranian protesters", 0, 18, "IRNOPP"),
        ("Iranian army", 27, 39, "IRNMIL"),
        ("Venezuela's opposition", 49, 71, "VENOPP"),
        ("police in Iraq", 76, 90, "IRQCOP"),
    ]


def test_resolver_bare_agent_without_context_is_bare_role(ruler_nlp, resolver):
    mentions = _resolve(ruler_nlp, resolver, "The police arrested dozens.")
    assert _triples(mentions) == [("police", 4, 10, "COP")]
    assert mentions[0].actor.country is None and mentions[0].rule == "agent"


def test_resolver_bare_agent_takes_dateline_country(ruler_nlp, resolver):
    mentions = _resolve(ruler_nlp, resolver, "TEHRAN – The police arrested dozens.")
    assert _triples(mentions) == [("police", 13, 19, "IRNCOP")]
    assert mentions[0].rule == "agent+dateline"


def test_resolver_the_president_corefers_to_last_titled_person(ruler_nlp, resolver):
    text = "Iranian President Ebrahim Raisi arrived on Monday. The president said ties were strong."
    mentions = _resolve(ruler_nlp, resolver, text)
    assert _triples(mentions)[-1] == ("president", 55, 64, "IRNGOV")
    assert mentions[-1].rule == "coref" and mentions[-1].sentence_index == 1


def test_resolver_us_and_islamic_republic(ruler_nlp, resolver):
    text = "The U.S. imposed sanctions on the Islamic Republic of Iran."
    assert _triples(_resolve(ruler_nlp, resolver, text)) == [
        ("U.S.", 4, 8, "USA"),
        ("Islamic Republic of Iran", 34, 58, "IRN"),
    ]


def test_resolver_sample_article(ruler_nlp, resolver, sample_text):
    doc = ruler_nlp(sample_text)
    mentions = resolver.resolve(doc, Article("sample", sample_text, published=SAMPLE_PUBLISHED))
    raisi = [m for m in mentions if "Raisi" in m.text]
    assert len(raisi) == 14
    assert {m.actor.code for m in raisi} == {"IRNGOV"}
    assert not any(e.label_ == "GPE" and "Raisi" in e.text for e in doc.ents)
    texts = {m.text for m in mentions}
    assert not any("Mehr" in t or "Creative" in t for t in texts)
    assert "TEHRAN" not in texts and mentions[0].text == "Iranian President Ebrahim Raisi"
    igos = {m.text: m.actor.code for m in mentions if m.actor.kind is ActorKind.IGO}
    assert igos == {"Shanghai Cooperation Organization": "IGOCASSCO", "BRICS": "IGOBRC"}
    assert {m.actor.code for m in mentions if m.text == "Latin America"} == {"LAM"}
    spans = sorted((m.start, m.end) for m in mentions)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert all(sample_text[m.start : m.end] == m.text for m in mentions)


@pytest.mark.parametrize(
    ("name", "on", "code"),
    [
        ("U.S.", None, "USA"),
        ("US", None, "USA"),
        ("the United States", None, "USA"),
        ("America", None, "USA"),
        ("Britain", None, "GBR"),
        ("UK", None, "GBR"),
        ("South Korea", None, "KOR"),
        ("North Korea", None, "PRK"),
        ("Russia", None, "RUS"),
        ("the Islamic Republic of Iran", None, "IRN"),
        ("Venezuelan", None, "VEN"),
        ("Tehran", None, "IRNGOV"),
        ("Washington", None, "USAGOV"),
        ("Iranian President", None, "IRNGOV"),
        ("the Iranian army", None, "IRNMIL"),
        ("Raisi", date(2023, 6, 12), "IRNGOV"),
        ("Raisi", date(2025, 1, 1), "IRNELI"),
        ("Putin", date(2008, 5, 1), "RUSGOV"),
        ("Bush", date(2005, 3, 1), "USAGOV"),
        ("Hu Jintao", date(2008, 8, 8), "CHNGOV"),
        ("Chavez", date(2008, 1, 1), "VENGOV"),
        ("United Nations", None, "IGOUNO"),
        ("NATO", None, "IGOWSTNAT"),
        ("Latin America", None, "LAM"),
    ],
)
def test_resolver_resolve_name(resolver, name, on, code):
    actor = resolver.resolve_name(name, on)
    assert actor is not None and actor.code == code


@pytest.mark.parametrize(
    "name", ["Mehr News Agency", "Creative Commons", "Reuters", "us", "turkey", "the weather"]
)
def test_resolver_resolve_name_not_actors(resolver, name):
    assert resolver.resolve_name(name) is None


def test_resolver_leader_by_date_names_person(resolver):
    actor = resolver.resolve_name("Putin", date(2010, 1, 1))
    assert (actor.code, actor.name, actor.kind) == ("RUSGOV", "Vladimir Putin", ActorKind.PERSON)
    assert resolver.resolve_name("Ahmadinejad", date(2008, 1, 1)).code == "IRNGOV"
    assert resolver.resolve_name("Lula", date(2008, 1, 1)).code == "BRAGOV"
