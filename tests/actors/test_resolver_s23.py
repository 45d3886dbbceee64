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
