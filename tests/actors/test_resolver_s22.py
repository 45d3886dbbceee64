"""Actor rules of session 22: surnames with particles ("Von der Leyen"), a group pronoun
in a clause hanging on a verb with a group object ("blamed India, accusing it"), and
armed groups whose PETRARCH code has a region prefix (``MEAREB``) given their country."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from dyadic.nlp import set_article
from dyadic.records import Article


def _context(pipeline, text, on):
    from dyadic.actors import context_mentions

    article = Article("t", text, published=on)
    doc = pipeline.nlp(set_article(pipeline.nlp.make_doc(text), article))
    return doc, {(m.text, m.actor.code, m.rule) for m in context_mentions(doc, doc._.entities, doc._.persons)}


def test_surname_with_particles_is_the_listed_person(pipeline):
    text = (
        "Von der Leyen told reporters in Brussels that the plan would cut emissions. "
        "Spanish ministers welcomed it."
    )
    doc, _ = _context(pipeline, text, date(2021, 6, 2))
    assert ("Von der Leyen", "IGOEUREEC") in {(m.text, m.actor.code) for m in doc._.entities}


def test_particle_surname_does_not_join_another_given_name():
    from dyadic.actors.entities import _may_be
    from dyadic.records import Actor, ActorKind, Mention

    listed = Actor("IGOEUREEC", None, "IGOEUREEC", "Ursula von der Leyen", ActorKind.PERSON)
    m = Mention("Leyen", 0, 5, 0, 1, 0, listed, "leader")
    assert _may_be("von der Leyen", m)
    assert not _may_be("Karl von der Leyen", m)  # a fuller name with another given name


def test_pronoun_in_participial_clause_is_the_governing_verbs_object(pipeline):
    text = "Nigerian officials blamed Chad on Friday, accusing it of sheltering the gunmen."
    _, found = _context(pipeline, text, date(2023, 4, 7))
    assert ("it", "TCD", "pronoun") in found


def test_pronoun_in_adverbial_clause_after_object(pipeline):
    text = "Israel has never recognised Hamas since they took over Gaza in the summer."
    _, found = _context(pipeline, text, date(2015, 9, 1))
    assert ("they", "PSEREBHMS", "pronoun") in found


def test_pronoun_keeps_a_singular_subject(pipeline):
    text = "The Kenyan ministry criticised Uganda on Monday, saying it would not accept the deal."
    _, found = _context(pipeline, text, date(2023, 4, 7))
    assert ("it", "KENGOV", "pronoun") in found
    text = "Kenyan ministers criticised Uganda on Monday, saying they would not accept the deal."
    _, found = _context(pipeline, text, date(2023, 4, 7))
    assert ("they", "KENGOV", "pronoun") in found


def test_region_prefixed_armed_groups_take_their_country(pipeline):
    result = pipeline.code(
        Article(
            "t",
            "The Irish Republican Army said it planted the bomb. Lashkar-e-Taiba fighters "
            "clashed with soldiers. Palestinian Islamic Jihad fired rockets.",
            published=date(1999, 5, 4),
        )
    )
    codes = {m.text: m.actor.code for m in result.mentions}
    assert codes["Irish Republican Army"] == "GBRREB"
    assert codes["Palestinian Islamic Jihad"] == "PSEREB"
    assert codes["Lashkar-e-Taiba fighters"] == "PAKREB"


def test_named_country_of_a_group():
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
    from build_petrarch_actors import named_country

    aliases = {"uzbekistan": "UZB", "american": "USA", "palestinian": "PSE", "irish": "IRL", "italian": "ITA"}
    assert named_country(["Islamic Movement of Uzbekistan"], aliases) == "UZB"
    assert named_country(["Latin American Patriotic Army"], aliases) == ""  # not the USA
    assert named_country(["Real Irish Army", "Italian Red Brigade"], aliases) == ""  # two countries


def test_inhabitants_of_a_place_take_its_country(ruler_nlp, resolver):
    text = "Druze inhabitants of Aleppo marched to the city hall on Sunday."
    doc = ruler_nlp(text)
    found = {
        (m.text, m.actor.code) for m in resolver.resolve(doc, Article("t", text, published=date(2024, 2, 4)))
    }
    assert ("inhabitants of Aleppo", "SYRCVL") in found
