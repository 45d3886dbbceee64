"""The learned decision layer (dyadic.events.decision): the shipped model, the features of
real parses, and the ``min_confidence`` threshold of the coder and the component."""

from __future__ import annotations

import json
import math
from datetime import date
from importlib import resources

import pytest
import spacy

from dyadic.errors import InputError
from dyadic.events import Codebook, EventCoder
from dyadic.events.arbitrate import arbitrate
from dyadic.events.decision import (
    _QUOTE_MARK,
    CLOSING_QUOTES,
    MODEL_FORMAT,
    OPENING_QUOTES,
    DecisionModel,
    _in_quotation,
    features,
)
from dyadic.events.frame import MentionIndex
from dyadic.events.patterns import PatternIndex
from dyadic.nlp import set_article
from dyadic.records import Article, EventStatus

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 3, 5)
ATTACK = "Russian troops attacked Ukrainian positions near Kharkiv on Tuesday."
#: The issue's "coordination exploded" example: a topic of talks and a hypothetical joining.
TOPIC = "Brazil, India and South Africa could join Russia and China to discuss trade, analysts said."


def _parsed(pipeline, text):
    """``text`` parsed by the full pipeline but for ``dyadic_events``: (doc, article)."""
    article = Article("t", text, published=PUBLISHED)
    doc = pipeline.nlp(set_article(pipeline.nlp.make_doc(text), article), disable=["dyadic_events"])
    return doc, article


def _coder(
    model: DecisionModel | None = None, min_confidence: float | None = None, hypothetical: bool = False
) -> EventCoder:
    codebook = Codebook.load()
    return EventCoder(
        codebook,
        PatternIndex.load(codebook),
        decision=model,
        min_confidence=min_confidence,
        hypothetical=hypothetical,
    )


def test_decision_shipped_model_loads_with_provenance():
    model = DecisionModel.load()
    assert len(model.weights) > 100
    assert model.training["split"] == "eval/gold/train.jsonl"
    assert model.training["threshold_split"] == "eval/gold/dev.jsonl"
    assert 0 < model.training["positives"] < model.training["candidates"]
    assert 0.0 < model.min_confidence < 0.5
    raw = json.loads((resources.files("dyadic") / "data/events/event_decision.json").read_text("utf-8"))
    assert raw["format"] == MODEL_FORMAT
    assert list(raw["weights"]) == sorted(raw["weights"])  # a refit on the same data is the same file


def test_decision_load_of_a_missing_file_raises_input_error(tmp_path):
    path = tmp_path / "no_such_model.json"
    with pytest.raises(InputError, match="no_such_model.json"):
        DecisionModel.load(path)


def _in_quotation_rescan(text: str, offset: int) -> bool:
    """The feature as it was computed when the shipped model was trained: a rescan from 0."""
    depth, straight = 0, False
    for mark in _QUOTE_MARK.findall(text, 0, offset):
        if mark in OPENING_QUOTES:
            depth += 1
        elif mark in CLOSING_QUOTES:
            depth = max(0, depth - 1)
        else:
            straight = not straight
    return depth > 0 or straight


def test_decision_in_quotation_matches_the_rescan_at_every_offset():
    text = (
        "He said \u201cwe \u201cwill\u201d go\u201d and \"then\" left. ``Old style'' marks, "
        "a stray \u201d closer, ''' and `` nested \u201c\"deep\"\u201d'' end \"open"
    )
    doc = spacy.blank("en")(text)
    offsets = range(-1, len(text) + 2)
    got = [_in_quotation(doc, i) for i in offsets]
    assert got == [_in_quotation_rescan(text, i) for i in offsets]
    assert any(got) and not all(got)


def test_decision_probability_is_the_sigmoid_of_bias_and_weights():
    model = DecisionModel(
        weights={"root=19": 1.5, "status=realized": 0.5}, bias=-1.0, min_confidence=0.2, training={}
    )
    assert model.probability({"root": "19", "status": "realized"}) == pytest.approx(1 / (1 + math.exp(-1.0)))
    assert model.probability({"root": "04", "lemma": "unseen"}) == pytest.approx(1 / (1 + math.exp(1.0)))
    assert model.probability({}) == pytest.approx(1 / (1 + math.exp(1.0)))


def test_decision_features_of_a_real_attack_sentence(pipeline):
    doc, _ = _parsed(pipeline, ATTACK)
    coder = pipeline.nlp.get_pipe("dyadic_events").coder
    sent = next(iter(doc.sents))
    found = [c for tok in sent for c in coder.finder.candidates(tok, MentionIndex(doc._.entities))]
    chosen = arbitrate(found, sent)
    assert len(chosen) == 1
    f = features(chosen[0], sent, chosen)
    expected = {
        "root": "19", "code": "193", "origin": "cameo-verb-pattern", "pattern": "specific",
        "status": "realized", "lemma": "attack", "dep": "ROOT", "tag": "VBD", "noun": "no",
        "negated": "no", "modal": "no", "clause": "no", "target": "actor", "source_kind": "agent",
        "source_role": "MIL", "target_kind": "country", "same_country": "no", "source_dep": "nsubj",
        "source_distance": "<=2", "actor_order": "source-first", "position": "first", "quoted": "no",
        "year": "no", "siblings": "<=1", "fanout": "<=1", "root|target": "19|actor",
    }  # fmt: skip
    assert {k: f.get(k) for k in expected} == expected
    assert "sentence_tokens" not in f  # sentence length mis-fired on the short sentences of the sentence sets


def test_decision_features_of_a_quoted_second_sentence(pipeline):
    text = (
        'Officials met in Geneva on Monday. "Russian troops attacked Ukrainian positions," the ministry said.'
    )
    doc, article = _parsed(pipeline, text)
    coder = pipeline.nlp.get_pipe("dyadic_events").coder
    feats = [f for e, f in coder.decisions(doc, article, doc._.entities) if f["lemma"] == "attack"]
    assert len(feats) == 1
    assert (feats[0]["position"], feats[0]["quoted"], feats[0]["under"]) == ("second", "yes", "say")


def test_decision_clear_interstate_attack_keeps_a_high_confidence(pipeline):
    events = pipeline.code(Article("t", ATTACK, published=PUBLISHED)).events
    assert [(e.source.code, e.target.code if e.target else None, e.cameo) for e in events] == [
        ("RUSMIL", "UKR", "193")
    ]
    assert events[0].confidence >= 0.5  # about twice the base rate of train candidates (0.28)
    assert events[0].confidence >= 2.5 * DecisionModel.load().min_confidence  # well above the threshold


def test_decision_default_threshold_drops_the_exploded_topic_of_talks(pipeline):
    doc, article = _parsed(pipeline, TOPIC)
    coder = _coder(hypothetical=True)  # "could join": the topic's events are hypothetical
    decided = [e for e, _ in coder.decisions(doc, article, doc._.entities)]
    kept = coder.code(doc, article, doc._.entities)
    dropped = [e for e in decided if e not in kept]
    assert len(decided) >= 6 and dropped
    assert all(e.confidence < coder.min_confidence for e in dropped)
    assert all(e.confidence >= coder.min_confidence for e in kept)
    attack = pipeline.code(Article("t", ATTACK, published=PUBLISHED)).events[0]
    assert attack.confidence > max(e.confidence for e in decided)


def test_decision_threshold_of_the_coder_drops_what_the_model_scores_low(pipeline):
    doc, article = _parsed(pipeline, TOPIC)
    model = DecisionModel(weights={"lemma=discuss": -5.0}, bias=0.0, min_confidence=0.5, training={})
    coder = _coder(model, hypothetical=True)
    decided = [e for e, _ in coder.decisions(doc, article, doc._.entities)]
    lemmas = {
        e.evidence.verb_start: doc.char_span(e.evidence.verb_start, e.evidence.verb_end).lemma_
        for e in decided
    }
    assert {"join", "discuss"} <= set(lemmas.values())
    kept = coder.code(doc, article, doc._.entities)
    assert kept and {lemmas[e.evidence.verb_start] for e in kept} == {"join"}
    assert {e.confidence for e in kept} == {0.5}
    assert _coder(model, min_confidence=0.0, hypothetical=True).code(doc, article, doc._.entities) == decided
    assert all(
        e.status is not EventStatus.HYPOTHETICAL
        for e in _coder(model, 0.0).code(doc, article, doc._.entities)
    )


def test_decision_component_config_sets_and_checks_min_confidence():
    nlp = spacy.blank("en")
    pipe = nlp.add_pipe("dyadic_events", config={"min_confidence": 0.9})
    assert pipe.coder.min_confidence == 0.9
    assert (
        nlp.add_pipe("dyadic_events", name="default").coder.min_confidence
        == DecisionModel.load().min_confidence
    )
    with pytest.raises(ValueError, match="min_confidence"):
        nlp.add_pipe("dyadic_events", name="bad", config={"min_confidence": 1.5})
