"""Shared fixtures. The spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_PATH = ROOT / "examples" / "raisi-latin-america-tour.txt"
SAMPLE_PUBLISHED = date(2023, 6, 12)
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def sample_text() -> str:
    """The bundled sample article (Mehr News Agency, CC BY 4.0, published 2023-06-12)."""
    return SAMPLE_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def base_nlp():
    """The bare default spaCy pipeline (no dyadic components)."""
    from dyadic.config import DEFAULT_SPACY_MODEL
    from dyadic.nlp import load_pipeline

    return load_pipeline(DEFAULT_SPACY_MODEL)


@pytest.fixture(scope="session")
def pipeline():
    """The full dyadic pipeline with default settings (built once per test session)."""
    from dyadic.config import Settings
    from dyadic.pipeline import Pipeline

    return Pipeline(Settings())


@pytest.fixture(scope="session")
def sample_result(pipeline, sample_text):
    """The sample article coded end to end."""
    from dyadic.records import Article

    article = Article("raisi-2023-06-12", sample_text, published=SAMPLE_PUBLISHED, source="Mehr News Agency")
    return pipeline.code(article)
