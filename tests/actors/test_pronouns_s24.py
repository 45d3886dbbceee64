"""Pronoun rules of session 24: possessive pronouns (his, its, their) are mentions of
their owner; a possessive in a fronted phrase refers forward to its clause's subject; a
possessive on the object of a verb whose subject is its own antecedent is none."""

from __future__ import annotations

from datetime import date

from dyadic.events.component import event_mentions
from dyadic.nlp import set_article
from dyadic.records import Article


def _codes(pipeline, text: str) -> list[tuple[str, str | None, str]]:
    article = Article("t", text, published=date(2024, 6, 20))
    doc = pipeline.nlp(set_article(pipeline.nlp.make_doc(text), article))
    return [(m.text, m.actor.code, m.rule) for m in event_mentions(doc)]


def test_a_possessive_pronoun_is_a_mention_of_the_person_before_it(pipeline):
    codes = _codes(
        pipeline,
        "French President Emmanuel Macron arrived in Rome on Monday. "
        "Italian police detained protesters during his visit.",
    )
    assert ("his", "FRAGOV", "pronoun") in codes


def test_a_possessive_in_a_fronted_phrase_refers_forward_to_the_subject(pipeline):
    codes = _codes(
        pipeline, "In his speech on Tuesday, Indian Prime Minister Narendra Modi criticised Pakistan."
    )
    assert ("his", "INDGOV", "pronoun") in codes


def test_a_possessive_on_the_object_of_its_antecedents_own_verb_is_no_mention(pipeline):
    codes = _codes(
        pipeline,
        "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow. Xi praised his hosts.",
    )
    assert [t for t, _code, _rule in codes if t == "his"] == []
    assert ("Xi", "CHNGOV", "leader") in codes


def test_their_on_the_object_of_a_plural_unnamed_subject_is_no_mention(pipeline):
    codes = _codes(pipeline, "India and Pakistan exchanged fire on Monday. Both sides recalled their envoys.")
    assert [t for t, _code, _rule in codes if t == "their"] == []
    assert ("India", "IND", "country-name") in codes
