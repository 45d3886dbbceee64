from __future__ import annotations

from dyadic.actors import RULER_NAME, add_actor_ruler


def test_ruler_sits_before_ner_and_is_idempotent(ruler_nlp, actor_dictionary):
    names = ruler_nlp.pipe_names
    assert names.index(RULER_NAME) == names.index("ner") - 1
    add_actor_ruler(ruler_nlp, actor_dictionary)
    assert ruler_nlp.pipe_names == names


def test_ruler_raisi_is_never_gpe(ruler_nlp, base_nlp, sample_text):
    bare = [e.label_ for e in base_nlp(sample_text).ents if e.text == "Raisi"]
    assert bare.count("GPE") == 8  # the statistical model alone
    ents = ruler_nlp(sample_text).ents
    labels = [e.label_ for e in ents if "Raisi" in e.text]
    assert len(labels) == 14 and set(labels) == {"PERSON"}
    assert RULER_NAME not in base_nlp.pipe_names


def test_ruler_labels_countries_igos_and_demonyms(ruler_nlp):
    doc = ruler_nlp("Iranian officials met the Shanghai Cooperation Organization in Tehran, not the U.S.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert {("Iranian", "NORP"), ("Shanghai Cooperation Organization", "ORG"), ("Tehran", "GPE")} <= ents
