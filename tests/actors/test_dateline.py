from __future__ import annotations

import pytest
import spacy

from dyadic.actors import dateline_span


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TEHRAN – Iranian President Ebrahim Raisi left.", "TEHRAN –"),
        ("WASHINGTON (Reuters) - The United States said.", "WASHINGTON (Reuters) -"),
        ("Burkina-Faso, 13 February 2020: The army said.", "Burkina-Faso, 13 February 2020:"),
        ("NEW YORK, June 3 (AP) — Stocks fell.", "NEW YORK, June 3 (AP) —"),
    ],
)
def test_dateline_span_found(blank, text, expected):
    span = dateline_span(blank(text))
    assert span is not None and span.text == expected and span.start_char == 0


@pytest.mark.parametrize(
    "text", ["Iranian President Ebrahim Raisi left Tehran.", "Tehran said - again - no."]
)
def test_dateline_span_absent(blank, text):
    assert dateline_span(blank(text)) is None
