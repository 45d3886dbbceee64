"""dyadic.nlp.speedups: the fast attribute ruler and lemmatizer give spaCy's output exactly."""

from __future__ import annotations

import numpy as np
import pytest
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler

from dyadic.nlp.speedups import FastAttributeRuler, FastRuleLemmatizer, Unsupported, speed_up

#: Hand-made sentences that reach the ruler's rarer patterns: contractions, "gonna",
#: "let's", "y'all", "nothin'", "there is" (expletive), a space token, a title-case verb.
TEXTS = [
    "Officials said there were no talks, and the minister ain't coming back.",
    "We're gonna wait; let's see what y'all think.  Nothin' got decided.",
    "He gets paid, they got fired, and she doesn't care.\n\nThe Talks Ended Monday.",
    "Protesters Burned Flags outside the embassy while police watched.",
]
ATTRS = [TAG, POS, MORPH, LEMMA, DEP, HEAD]


@pytest.fixture(scope="module")
def pair():
    from dyadic.config import DEFAULT_SPACY_MODEL
    from dyadic.nlp import new_pipeline

    return new_pipeline(DEFAULT_SPACY_MODEL), speed_up(new_pipeline(DEFAULT_SPACY_MODEL))


@pytest.mark.slow
def test_speed_up_switches_both_components(pair):
    _, fast = pair
    assert type(fast.get_pipe("attribute_ruler")) is FastAttributeRuler
    assert type(fast.get_pipe("lemmatizer")) is FastRuleLemmatizer
    assert fast.pipe_names == pair[0].pipe_names


@pytest.mark.slow
def test_fast_pipeline_tags_and_lemmas_like_spacy(pair):
    stock, fast = pair
    for got, want in zip(fast.pipe(TEXTS), stock.pipe(TEXTS), strict=True):
        assert np.array_equal(got.to_array(ATTRS), want.to_array(ATTRS)), got.text
    doc = fast(TEXTS[1])
    assert [(t.text, t.lemma_) for t in doc if t.text in ("gon", "na", "Nothin'")] == [
        ("gon", "go"),
        ("na", "to"),
        ("Nothin'", "nothing"),
    ]


@pytest.mark.slow
def test_rule_lemma_with_index_sets_is_spacys_first_lemma(pair):
    # inflected forms whose suffix rules give forms in the index, out of it, exceptions,
    # base forms, proper nouns and punctuation
    stock, fast = pair
    text = (
        "The ministries were negotiating ceasefires; wolves, geese and buses fled as Ruiz's "
        "envoys visited Kenya, stopped, lied, dying mice. It's 2,300 well-armed fighters' "
        "best-known children, ran quicker than the xyzzies."
    )
    lemmatizer = fast.get_pipe("lemmatizer")
    doc = stock(text)
    got = [lemmatizer._lemma(t) for t in doc]
    assert got == [stock.get_pipe("lemmatizer").rule_lemmatize(t)[0] for t in doc]
    assert {"ministry", "wolf", "mouse", "child"} <= set(got)


@pytest.mark.slow
def test_fast_matches_equal_spacy_matches(pair):
    stock, fast = pair
    ruler, quick = stock.get_pipe("attribute_ruler"), fast.get_pipe("attribute_ruler")
    with stock.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(stock.pipe(TEXTS))
    for doc in docs:
        want = ruler.match(doc)
        assert want and quick.match(doc) == want


@pytest.mark.slow
def test_added_patterns_are_compiled_again(pair):
    from dyadic.config import DEFAULT_SPACY_MODEL
    from dyadic.nlp import new_pipeline

    nlp = speed_up(new_pipeline(DEFAULT_SPACY_MODEL))
    nlp.get_pipe("attribute_ruler").add([[{"LOWER": "tehran"}]], {"LEMMA": "teheran"})
    assert [t.lemma_ for t in nlp("Tehran replied.")][0] == "teheran"


def test_unsupported_pattern_keeps_spacy_class():
    from spacy.lang.en import English

    nlp = English()
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"LEMMA": "x"})
    ruler.__class__ = FastAttributeRuler
    with pytest.raises(Unsupported):
        ruler.compile()
    ruler.__class__ = AttributeRuler
    speed_up(nlp)
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler
