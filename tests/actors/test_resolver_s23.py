"""Actor rules of session 23: a title followed by a new person's name is a new holder of
the title, not the one the title named before."""

from __future__ import annotations

from datetime import date

from dyadic.nlp import set_article
from dyadic.records import Article


def _mentions(pipeline, text: str, on: date) -> dict[str, str | None]:
    article = Article("t", text, published=on)
    doc = pipeline.nlp(set_article(pipeline.nlp.make_doc(text), article))
    return {m.text: m.actor.code for m in doc._.entities}


def test_a_title_before_a_new_name_does_not_take_the_earlier_holders_country(pipeline):
    text = (
        "South Korean Ambassador Seo Min-jun told the council that the launches broke the sanctions. "
        '"We see no threat in these tests," Ambassador Tomas Varga said later.'
    )
    codes = _mentions(pipeline, text, date(2024, 6, 20))
    assert codes["South Korean Ambassador Seo Min-jun"] == "KORGOV"
    assert not (codes.get("Ambassador Tomas Varga") or "").startswith("KOR")


def test_a_title_before_the_earlier_holders_name_keeps_the_country(pipeline):
    text = (
        "South Korean Ambassador Seo Min-jun told the council that the launches broke the sanctions. "
        '"We will answer every launch," Ambassador Seo Min-jun said later.'
    )
    codes = _mentions(pipeline, text, date(2024, 6, 20))
    assert codes["Ambassador Seo Min-jun"] == "KORGOV"


def test_a_bare_title_after_an_igo_officer_is_the_igos(pipeline):
    text = (
        "The U.N. envoy for Syria, Ana Ruiz, met Syrian President Bashar al-Assad in Damascus on Monday. "
        "The envoy urged the government to free detainees."
    )
    article = Article("t", text, published=date(2024, 5, 1))
    doc = pipeline.nlp(set_article(pipeline.nlp.make_doc(text), article))
    envoys = [(m.text, m.actor.code) for m in doc._.entities if m.text.lower().endswith("envoy")]
    assert envoys == [("U.N. envoy", "IGOUNO"), ("envoy", "IGOUNO")]


def test_an_acronym_defined_in_brackets_is_the_organisation_named_before_it(pipeline):
    from dyadic.actors import context_mentions

    text = (
        "Fighters of the Verde Liberation Front (VLF) attacked an army post in northern Mali on Sunday. "
        "Malian troops later killed ten VLF fighters near the border."
    )
    article = Article("t", text, published=date(2024, 5, 1))
    doc = pipeline.nlp(set_article(pipeline.nlp.make_doc(text), article))
    front = next(m.actor.code for m in doc._.entities if m.text == "Verde Liberation Front")
    extra = {(m.text, m.actor.code) for m in context_mentions(doc, doc._.entities, doc._.persons)}
    assert front == "MLIREB"
    assert ("VLF", "MLIREB") in extra
