"""dyadic as a library and as spaCy components (issue 10)."""

from __future__ import annotations

import subprocess
import sys

import pytest
import spacy
from spacy.tokens import DocBin

import dyadic
from dyadic.config import DEFAULT_SPACY_MODEL
from dyadic.errors import MissingExtra
from dyadic.extras import require_extra

pytestmark = pytest.mark.slow


def _events(doc):
    return [e.to_record() for e in doc._.events]


@pytest.fixture(scope="module")
def user_nlp():
    """A pipeline the user loaded themselves, with only ``dyadic_events`` added."""
    nlp = spacy.load(DEFAULT_SPACY_MODEL)
    nlp.add_pipe("dyadic_events")
    return nlp


def test_library_code_returns_the_sample_visit(sample_text):
    result = dyadic.code(sample_text, published="2023-06-12")
    visit = next(e for e in result.events if e.cameo == "042")
    assert (visit.source.code, visit.target.code, visit.date.isoformat()) == (
        "IRNGOV",
        "VENGOV",
        "2023-06-12",
    )
    assert sample_text[visit.evidence.verb_start : visit.evidence.verb_end] == "left"


def test_library_events_component_on_a_user_pipeline(user_nlp, sample_text):
    doc = user_nlp(sample_text)
    dyads = {(e.source.code, e.target.code if e.target else None, e.cameo) for e in doc._.events}
    assert ("IRNGOV", "VENGOV", "042") in dyads
    assert doc._.places == []  # dyadic_places was not added


def test_library_full_pipeline_extensions(sample_text):
    nlp = dyadic.load()
    doc = nlp.make_doc(sample_text)
    doc._.published = "2023-06-12"
    doc = nlp(doc)
    assert {"dyadic_actors", "dyadic_quotations", "dyadic_places", "dyadic_events"} <= set(nlp.pipe_names)
    assert any(m.actor.code == "IRNGOV" and m.text == "Raisi" for m in doc._.entities)
    assert any(q.speaker is not None and q.speaker.code == "IRNGOV" for q in doc._.quotations)
    assert any(p.place.name == "Caracas" for p in doc._.places)
    visit = next(e for e in doc._.events if e.cameo == "042")
    assert visit.place is not None and visit.place.name == "Caracas"
    assert visit.date is not None and visit.date.isoformat() == "2023-06-12"


def test_library_two_processes_give_the_same_events(user_nlp, sample_text):
    texts = [sample_text, "Iran and Iraq signed a security agreement on Sunday.", sample_text[:600]]
    one = [_events(d) for d in user_nlp.pipe(texts)]
    two = [_events(d) for d in user_nlp.pipe(texts, n_process=2)]
    assert one == two and one[0]


def test_library_events_survive_docbin(user_nlp, sample_text):
    doc = user_nlp(sample_text)
    data = DocBin(docs=[doc], store_user_data=True).to_bytes()
    (back,) = DocBin(store_user_data=True).from_bytes(data).get_docs(user_nlp.vocab)
    assert _events(back) == _events(doc)


def test_library_import_loads_no_nlp():
    code = "import sys, dyadic; assert 'spacy' not in sys.modules and 'duckdb' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


def test_library_public_names_resolve():
    for name in dyadic.__all__:
        assert getattr(dyadic, name) is not None
    with pytest.raises(AttributeError):
        dyadic.no_such_name  # noqa: B018


def test_library_missing_extra_names_it():
    with pytest.raises(MissingExtra, match=r"pip install 'dyadic\[plot\]'"):
        require_extra("plot", "no_such_module_for_dyadic")
