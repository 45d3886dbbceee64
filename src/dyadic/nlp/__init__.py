"""The spaCy pipeline: loaded once per process by name from the settings, and the
``Doc._`` extensions where dyadic's components put their records."""

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
from dyadic.nlp.pipeline import load_pipeline, new_pipeline, sentence_index_of

__all__ = [
    "RECORD_TYPES",
    "article_of",
    "doc_text",
    "has_records",
    "load_pipeline",
    "new_pipeline",
    "put_records",
    "register_extensions",
    "result_of",
    "sentence_index_of",
    "set_article",
]
