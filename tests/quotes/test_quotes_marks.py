"""Character-level pairing of quotation marks (no spaCy model needed)."""

from __future__ import annotations

from dyadic.quotes import find_quote_spans


def _contents(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


def test_marks_pairs_curly_and_straight_double_marks() -> None:
    text = '“We are ready,” she said. "The port is closed," he said.'
    spans = find_quote_spans(text)
    assert [(s.open_mark, s.start, s.end, s.close_mark) for s in spans] == [(0, 1, 13, 14), (26, 27, 45, 46)]
    assert _contents(text) == ["We are ready", "The port is closed"]


def test_marks_ignores_apostrophes_inside_words() -> None:
    # Five apostrophes (curly and straight) and two pairs: textacy would count
    # nine quote tokens and give up.
    text = "“Iran’s ties don’t depend on Washington,” she said. \"It's Caracas's turn, isn't it,\" he said."
    assert _contents(text) == ["Iran’s ties don’t depend on Washington", "It's Caracas's turn, isn't it"]


def test_marks_continues_a_quotation_over_paragraphs() -> None:
    text = "She said: “We are ready.\n\n“Nobody will be left behind.\n\n“The port reopens Friday.”\nDone."
    (span,) = find_quote_spans(text)
    assert span.paragraphs == 3
    assert (span.start, span.end) == (text.index("We"), text.index("Friday.") + len("Friday."))


def test_marks_drops_a_quotation_left_open_at_paragraph_end() -> None:
    text = "She said: “We are ready.\nThe port reopens Friday. “Nobody will be left behind,” he said."
    assert _contents(text) == ["Nobody will be left behind"]


def test_marks_pairs_single_marks_and_skips_plural_possessives() -> None:
    text = "‘The sides’ economies are complementary,’ she said."
    assert _contents(text) == ["The sides’ economies are complementary"]


def test_marks_keeps_single_marks_inside_double_quotations() -> None:
    text = "“They called it ‘a disaster’ twice,” she said."
    assert _contents(text) == ["They called it ‘a disaster’ twice"]
