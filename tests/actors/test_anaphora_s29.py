"""Definite descriptions of session 29 (issue 12), by hand-made sentences (our own wording):
"the city", "the group", "the department" stand for an organisation of their kind named a
few sentences before (:mod:`dyadic.actors.anaphora`), and for nothing else."""

from __future__ import annotations

from datetime import date

from dyadic.actors import context_mentions
from dyadic.events.component import event_mentions
from dyadic.nlp import set_article
from dyadic.records import Article


def _described(pipeline, text: str) -> list[tuple[str, str | None]]:
    article = Article("t", text, published=date(2024, 6, 20))
    doc = pipeline.nlp(set_article(pipeline.nlp.make_doc(text), article))
    return [(m.text, m.actor.code) for m in event_mentions(doc) if m.rule.startswith("description")]


def test_the_city_refers_back_to_a_named_municipality(pipeline):
    text = (
        "The Municipality of Pisa sued two private clinics in 2012. "
        "The city argued that the clinics owed taxes."
    )
    assert _described(pipeline, text) == [("The city", "ITAGOV")]


def test_the_group_refers_back_to_a_named_armed_group_for_speakers_only(pipeline):
    text = (
        "The militant group al-Shabab attacked the Sahara Hotel in Mogadishu on Monday. "
        "The group later said it had killed ten soldiers."
    )
    assert _for_speakers(pipeline, text) == [("The group", "SOMREB")]
    assert _described(pipeline, text) == []  # the event coder does not read it (anaphora.SPEAKER_ONLY)


def _for_speakers(pipeline, text: str) -> list[tuple[str, str | None]]:
    article = Article("t", text, published=date(2024, 6, 20))
    doc = pipeline.nlp(set_article(pipeline.nlp.make_doc(text), article))
    found = context_mentions(doc, doc._.entities, doc._.persons, speakers=True)
    return [(m.text, m.actor.code) for m in found if m.rule.startswith("description")]


def test_the_group_does_not_stand_for_a_government_or_a_far_earlier_group(pipeline):
    text = "The Kenyan government closed two schools on Monday. The group said the schools were unsafe."
    assert _for_speakers(pipeline, text) == []
    far = (
        "The militant group al-Shabab attacked a base in Somalia on Monday. Farmers planted maize. "
        "Rain fell in the north. Traders sold goats. Prices rose. Schools stayed shut. "
        "The group said it would hold elections."
    )
    assert _for_speakers(pipeline, far) == []


def test_a_kind_noun_that_is_a_name_or_plural_is_no_description(pipeline):
    text = (
        "The Municipality of Pisa sued two clinics in 2012. "
        "The Department of Justice opened an inquiry and the groups of doctors protested."
    )
    assert _described(pipeline, text) == []


def test_the_network_still_refers_back_to_the_broadcaster(pipeline):
    text = (
        "Kenyan broadcasting corporation Taifa Vision lost its licence on Monday. "
        "Later that night the network went off the air."
    )
    assert _described(pipeline, text) == [("the network", "KENMED")]


def test_the_department_refers_back_to_a_state_body_named_after_its_place(pipeline):
    text = (
        "The Oregon Department of Transportation closed the coast highway on Monday. "
        "The department fined two hauliers."
    )
    assert _described(pipeline, text) == [("The department", "USAGOV")]


def test_the_company_never_stands_for_a_government(pipeline):
    text = "The Municipality of Pisa sued two private clinics in 2012. The company paid the fine."
    assert all(code != "ITAGOV" for t, code in _described(pipeline, text) if t == "The company")


def test_a_lone_kind_noun_the_ner_takes_for_a_name_refers_back_or_stays_an_organisation(pipeline):
    text = (
        "The Oregon Department of Transportation (ODOT) closed the coast highway on Monday. "
        "The Department said the road would reopen on Friday."
    )
    assert _described(pipeline, text) == [("The Department", "USAGOV")]
    alone = "The Department said the road would reopen on Friday."
    assert _described(pipeline, alone) == []


def test_the_party_refers_back_to_a_party_name_not_to_its_candidate(pipeline):
    text = (
        "The Green Party held its national convention in Ohio on Monday. "
        "Later the party nominated Ana Ruiz for president."
    )
    assert _described(pipeline, text) == [("the party", "ENV")]
    candidate = (
        "Verde Party presidential candidate Ana Ruiz won ballot access in ten states. "
        "The party had the same access in 2016."
    )
    assert _described(pipeline, candidate) == []
