"""The decision layer's interaction features and the two-penalty fit of the shipped model
(session 20): ``code|target``, ``governor|root``, ``target_country``."""

from __future__ import annotations

from datetime import date

import pytest

from dyadic.events.decision import LEXICAL_FEATURES, DecisionModel
from dyadic.nlp import set_article
from dyadic.records import Article

pytestmark = pytest.mark.slow
PUBLISHED = date(2024, 3, 5)


def _decided(pipeline, text: str) -> list[tuple[str, dict[str, str]]]:
    """(CAMEO code, features) of every arbitrated candidate of ``text``, before the threshold."""
    article = Article("t", text, published=PUBLISHED)
    doc = pipeline.nlp(set_article(pipeline.nlp.make_doc(text), article), disable=["dyadic_events"])
    coder = pipeline.nlp.get_pipe("dyadic_events").coder
    return [(e.cameo, f) for e, f in coder.decisions(doc, article, doc._.entities)]


def test_decision_s20_interactions_of_a_plain_air_strike(pipeline):
    decided = _decided(pipeline, "Turkish jets bombed Syrian villages on Sunday.")
    assert [code for code, _ in decided] == ["195"]
    f = decided[0][1]
    assert (f["code|target"], f["governor|root"], f["target_country"]) == ("195|actor", "-|19", "yes")
    assert LEXICAL_FEATURES <= set(f)  # every penalised-apart name is a feature the coder gives


def test_decision_s20_governor_root_joins_the_light_verb_and_the_root(pipeline):
    decided = dict(_decided(pipeline, "Egypt urged Israel to halt the raids on Gaza."))
    assert decided["020"]["governor|root"] == "-|02"
    assert decided["190"]["governor|root"] == "halt|19"  # "halt the raids": the verb that carries the noun


def test_decision_s20_shipped_model_has_two_penalties_and_the_new_indicators():
    model = DecisionModel.load()
    l2 = model.training["l2"]
    assert 0 < l2["lexical"] < l2["structural"]
    names = {pair.split("=", 1)[0] for pair in model.weights}
    assert {"code|target", "governor|root", "target_country"} <= names
