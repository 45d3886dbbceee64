"""dyadic.nlp.speedups: the fast attribute ruler's array path (``FastAttributeRuler.__call__``)
sets what spaCy's ``AttributeRuler`` sets, on hand-built docs (no statistical model)."""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, LEMMA, MORPH, NORM, POS, TAG
from spacy.lang.en import English
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc

from dyadic.nlp.speedups import FastAttributeRuler

WORDS = ["The", "envoy", "ca", "n't", "visit", "Lima", "today", ";", "she", "ca", "n't", "either", "."]
TAGS = ["DT", "NN", "MD", "RB", "VB", "NNP", "NN", ":", "PRP", "MD", "RB", "RB", "."]
DEPS = ["det", "nsubj", "aux", "neg", "ROOT", "dobj", "npadvmod", "punct", "nsubj", "aux", "neg", "advmod",
        "punct"]  # fmt: skip
HEADS = [1, 4, 4, 4, 4, 4, 4, 4, 9, 9, 9, 9, 4]
ATTRS = [TAG, POS, MORPH, LEMMA, DEP, NORM]


def _ruler(*, with_norm: bool = False) -> tuple[English, AttributeRuler]:
    nlp = English()
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN"}], [{"TAG": "NNP"}]], {"POS": "NOUN", "MORPH": "Number=Sing"})
    ruler.add([[{"TAG": "NNP"}]], {"POS": "PROPN"})  # a later rule wins on the same token
    ruler.add([[{"TAG": "MD"}, {"LOWER": "n't"}]], {"LEMMA": "not", "POS": "PART"}, index=1)
    ruler.add([[{"LOWER": "ca"}, {"TAG": "RB"}]], {"LEMMA": "can"}, index=-2)
    ruler.add([[{"LOWER": {"IN": ["visit", "either"]}}]], {"LEMMA": "VISIT?"})
    if with_norm:  # not a token-only attribute: the doc goes through spaCy's own path
        ruler.add([[{"LOWER": "lima"}]], {"NORM": "lima-peru"})
    return nlp, ruler


def _doc(nlp: English) -> Doc:
    return Doc(nlp.vocab, words=WORDS, tags=TAGS, deps=DEPS, heads=HEADS)


def _both(with_norm: bool) -> tuple[Doc, Doc]:
    nlp, ruler = _ruler(with_norm=with_norm)
    want = AttributeRuler.__call__(ruler, _doc(nlp))
    ruler.__class__ = FastAttributeRuler
    ruler.compile()
    got = ruler(_doc(nlp))
    return got, want


def test_perf_s25_array_path_sets_what_spacy_sets():
    got, want = _both(with_norm=False)
    assert np.array_equal(got.to_array(ATTRS), want.to_array(ATTRS))
    assert [t.pos_ for t in got][:7] == ["", "NOUN", "", "PART", "", "PROPN", "NOUN"]
    assert [t.lemma_ for t in got][2:5] == ["can", "not", "VISIT?"]
    assert str(got[5].morph) == "Number=Sing"
    assert got[11].lemma_ == "VISIT?" and got[10].lemma_ == "not"


def test_perf_s25_other_attributes_go_through_spacys_path():
    got, want = _both(with_norm=True)
    assert np.array_equal(got.to_array(ATTRS), want.to_array(ATTRS))
    assert got[5].norm_ == "lima-peru" and got[5].pos_ == "PROPN"


def test_perf_s25_empty_doc():
    nlp, ruler = _ruler()
    ruler.__class__ = FastAttributeRuler
    ruler.compile()
    assert len(ruler(Doc(nlp.vocab, words=[]))) == 0
