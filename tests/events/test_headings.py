"""The dyadic_headings component: a section heading glued to the next sentence (an
extracted page that lost its line break) is a sentence of its own, and the sentence after
it parses with its own subject; a capitalised word that continues a sentence ("attacked
The Washington Post", "a letter to The New York Times") splits nothing."""

from __future__ import annotations

import pytest
from event_helpers import coded_with_source_text as coded

pytestmark = pytest.mark.slow


def sentences(pipeline, text: str) -> list[str]:
    return [s.text for s in pipeline.nlp(text).sents]


def test_a_glued_heading_is_a_sentence_of_its_own(pipeline):
    text = (
        "The talks ended without a deal. Border clashes Since the start of the month, "
        "Armenian troops have shelled Azerbaijani positions near Lachin."
    )
    assert sentences(pipeline, text) == [
        "The talks ended without a deal.",
        "Border clashes",
        "Since the start of the month, Armenian troops have shelled Azerbaijani positions near Lachin.",
    ]
    assert ("Armenian troops", "ARMMIL", "AZE") in [e[:3] for e in coded(pipeline, text)]


def test_a_capitalised_word_inside_a_sentence_splits_nothing(pipeline):
    text = (
        "The senator attacked The Washington Post on Monday. In a letter to The New York Times he said more."
    )
    assert sentences(pipeline, text) == [
        "The senator attacked The Washington Post on Monday.",
        "In a letter to The New York Times he said more.",
    ]
