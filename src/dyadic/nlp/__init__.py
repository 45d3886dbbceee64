"""The spaCy pipeline: loaded once per process by name from the settings."""

from dyadic.nlp.pipeline import load_pipeline, new_pipeline, sentence_index_of

__all__ = ["load_pipeline", "new_pipeline", "sentence_index_of"]
