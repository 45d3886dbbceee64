"""The decision layer's template sentences and calibration (session 23):
``tools/decision_templates.py`` and ``tools/train_decision.py --templates / --calibrate``."""

from __future__ import annotations

import random
import sys
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from dyadic.nlp import set_article
from dyadic.records import Article

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import decision_templates as dt  # noqa: E402
import train_decision as td  # noqa: E402

PUBLISHED = date(2024, 3, 14)
needs_dictionary = pytest.mark.skipif(
    not dt.dictionary_path().exists(), reason="the PETRARCH2 verb dictionary is not in ../shared"
)


def test_decision_s23_inflections():
    assert dt.past_tense("accuse", []) == "accused"
    assert dt.past_tense("deny", []) == "denied"
    assert dt.past_tense("ban", []) == "banned"
    assert dt.past_tense("hit", []) == "hit"
    assert dt.past_tense("fight", ["fights", "fought", "fighting"]) == "fought"
    assert dt.third_person("reach", []) == "reaches"
    assert dt.third_person("deny", []) == "denies"
    assert dt.third_person("meet", []) == "meets"


def test_decision_s23_render_kinds():
    verb = dt.Verb(("accuse",), "accused", "accuses")
    rng = random.Random(1)
    args = (verb, "Chad", "Niger", [], ["of", "fraud"], rng)
    assert dt.render("positive", *args) == "Chad accused Niger of fraud on Tuesday."
    assert (
        dt.render("relative", *args)
        == "Chad, which accuses Niger of fraud, held talks with its neighbours on Tuesday."
    )
    assert dt.render("modal", *args) == "Chad could accuse Niger of fraud next year."
    assert dt.render("habitual", *args) == "Chad often accuses Niger of fraud, analysts say."
    assert dt.render("topic", *args).startswith("A new book about how Chad accused Niger of fraud")


def test_decision_s23_labels():
    t = dt.Template("x", "positive", "TCD", "NER", "04", "04", "- * (WITH) + [040:040]")
    assert dt.label(t, "TCD", "NER", "04")
    assert dt.label(t, "NER", "TCD", "04")  # the reverse direction of a mutual / paired code
    assert not dt.label(t, "TCD", "NER", "11")
    assert not dt.label(t, "TCD", None, "04")
    one_way = dt.Template("x", "positive", "TCD", "NER", "11", None, "- * + [112]")
    assert not dt.label(one_way, "NER", "TCD", "11")
    negative = dt.Template("x", "modal", "TCD", "NER", "11", None, "- * + [112]")
    assert not dt.label(negative, "TCD", "NER", "11")


@needs_dictionary
def test_decision_s23_generator_is_seeded_and_varied():
    first = dt.generate(200, seed=7)
    assert first == dt.generate(200, seed=7)
    assert first != dt.generate(200, seed=8)
    kinds = {t.kind for t in first}
    assert kinds == {"positive", *dt.NEGATIVE_KINDS}
    positives = [t for t in first if t.kind == "positive"]
    assert 0.45 < len(positives) / len(first) < 0.75
    assert all(t.text.endswith("on Tuesday.") and t.source != t.target for t in positives)
    assert len({t.source for t in first}) > 20 and len({t.pattern for t in first}) > 100
    assert all(t.source is None for t in first if t.kind == "no_actor")


@needs_dictionary
def test_decision_s23_frames_read_the_dictionary_patterns():
    frames = dt.frames(dt.dictionary_path().read_text(encoding="utf-8", errors="replace"))
    # "- * + (OF &CRIME)"-like patterns keep the words around the target slot
    with_target = [f for f in frames if f[4] or f[5]]
    assert len(with_target) > 3000
    assert all("$" not in f[6] for f in frames)
    assert not any("---]" in f[6] for f in frames)


@pytest.mark.slow
def test_decision_s23_a_template_sentence_is_coded_and_labelled(pipeline):
    """A sentence of the positive template form, coded by the real pipeline, gets the label True
    for the intended dyad and root, and False for a modal sentence of the same pattern."""
    coder = pipeline.nlp.get_pipe("dyadic_events").coder
    verb = dt.Verb(("accuse",), "accused", "accuses")
    rng = random.Random(3)
    out = {}
    for kind in ("positive", "modal"):
        text = dt.render(
            kind, verb, "the French government", "Iranian troops", [], ["of", "war", "crimes"], rng
        )
        t = dt.Template(text, kind, "FRA", "IRN", "11", None, "- * + (OF &CRIME) [112]")
        article = Article("t", text, published=PUBLISHED)
        doc = pipeline.nlp(set_article(pipeline.nlp.make_doc(text), article), disable=["dyadic_events"])
        out[kind] = [
            (
                e.source.country,
                e.target.country if e.target else None,
                e.cameo_root,
                dt.label(t, e.source.country, e.target.country if e.target else None, e.cameo_root),
            )
            for e, _ in coder.decisions(doc, article, doc._.entities)
        ]
    assert ("FRA", "IRN", "11", True) in out["positive"]
    assert all(not lab for *_, lab in out["modal"])


def test_decision_s23_weighted_fit_and_platt_scaling():
    rng = np.random.default_rng(0)
    x = (rng.random((400, 3)) < 0.5).astype(float)
    z = 2.0 * x[:, 0] - 1.0 * x[:, 1] - 0.5
    y = (rng.random(400) < 1 / (1 + np.exp(-z))).astype(float)
    w1, b1 = td.fit(x, y, np.full(3, 1e-6))
    w2, b2 = td.fit(x, y, np.full(3, 1e-6), weight=np.full(400, 2.0))
    assert np.allclose(w1, w2, atol=1e-3) and abs(b1 - b2) < 1e-3  # a constant weight changes nothing
    w0, _ = td.fit(x, y, np.full(3, 1e-6), weight=np.where(x[:, 0] > 0, 1e-9, 1.0))
    assert abs(w0[0]) < abs(w1[0])  # rows weighted ~0 do not inform their indicator
    # logits shrunk by 2 are under-confident: Platt scaling restores the scale (~2)
    scale, shift = td.platt((x @ w1 + b1) / 2, y)
    assert 1.6 < scale < 2.4 and abs(shift) < 0.3


def test_decision_s23_calibration_is_recorded_and_folded(tmp_path):
    """Platt scaling folded into a model: its probabilities are sigmoid(scale * raw logit + shift),
    and a model file written with a calibration record reads back the same."""
    from dyadic.events.decision import DecisionModel

    raw = DecisionModel(
        weights={"root=19": 1.2, "modal=yes": -2.0}, bias=-0.5, min_confidence=0.1, training={}
    )
    scale, shift = 1.4, 0.2
    folded = DecisionModel(
        weights={k: scale * v for k, v in raw.weights.items()},
        bias=scale * raw.bias + shift,
        min_confidence=0.1,
        training={
            "calibration": {
                "method": "Platt scaling of out-of-fold train logits",
                "scale": scale,
                "shift": shift,
            }
        },
    )
    feats = {"root": "19", "modal": "no"}
    assert folded.logit(feats) == pytest.approx(scale * raw.logit(feats) + shift)
    path = tmp_path / "m.json"
    path.write_text(folded.to_json(), encoding="utf-8")
    back = DecisionModel.load(path)
    assert back.probability(feats) == pytest.approx(folded.probability(feats))
    assert back.training["calibration"]["scale"] == scale
