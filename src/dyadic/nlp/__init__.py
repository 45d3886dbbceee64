"""The spaCy pipeline: loaded once per process by name from the settings, and the
``Doc._`` extensions where dyadic's components put their records; :func:`speed_up` switches
spaCy's attribute ruler and rule lemmatizer to faster classes with the same output."""

from dyadic.nlp.extensions import (
    RECORD_TYPES,
    article_of,
    doc_text,
    has_records,
    put_records,
    register_extensions,
    result_of,
    set_article,
)
from dyadic.nlp.headings import HEADINGS_COMPONENT
from dyadic.nlp.pipeline import (
    capitalised,
    dep_tokens,
    lemma_tokens,
    load_pipeline,
    new_pipeline,
    pos_tokens,
    sentence_index_of,
)
from dyadic.nlp.speedups import speed_up

__all__ = [
    "HEADINGS_COMPONENT",
    "RECORD_TYPES",
    "article_of",
    "capitalised",
    "dep_tokens",
    "doc_text",
    "has_records",
    "lemma_tokens",
    "load_pipeline",
    "new_pipeline",
    "pos_tokens",
    "put_records",
    "register_extensions",
    "result_of",
    "sentence_index_of",
    "speed_up",
    "set_article",
]
