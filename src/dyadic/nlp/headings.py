"""Section headings run into the next sentence.

Feeds and extracted web pages often lose the line break after a section heading, so the
heading is glued to the sentence that follows it: "... on Afghan soil. Recent attacks
Since the beginning of the year, the BLA has ramped up attacks". The parser then reads
"Recent attacks" as part of that sentence (its subject, or a fronted phrase), and the
event coder, the quotation attributor and the date resolver inherit the wrong tree.

The ``dyadic_headings`` component runs after the tagger and before the parser. It marks
a sentence start at a capitalised sentence opener (:data:`OPENERS`: "The", "In",
"Since", "While" ...) that follows, within the same stretch of text, a short run of one
to six words which begins a sentence, has no verb (Penn tags ``VB*``, ``MD``) and no
punctuation, and does not end in a function word ("In a letter to The New York Times"
ends in "to"); "The" before a proper noun starts a name ("attacked The Washington Post"),
not a sentence. The parser keeps sentence starts set before it.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

__all__ = ["HEADINGS_COMPONENT", "OPENERS", "mark_headings"]

HEADINGS_COMPONENT = "dyadic_headings"

#: Words that open a sentence and, capitalised inside one, rarely continue it.
OPENERS = frozenset(
    {
        "The", "In", "Since", "A", "An", "After", "But", "While", "When", "This", "It", "He",
        "She", "They", "We", "On", "At", "As", "For", "Last", "According", "Some", "Many",
        "Despite", "During", "However", "Although", "If", "Earlier", "Later", "Meanwhile",
        "Those", "These", "Under", "Officials", "Its", "His", "Their",
    }
)  # fmt: skip
#: The longest heading, in words.
MAX_HEADING = 6
#: Tags a heading does not end in (preposition, determiner, "to", conjunction, possessive).
_OPEN_ENDS = frozenset({"IN", "DT", "TO", "CC", "PRP$", "POS", "WDT"})
_SENTENCE_END = frozenset({".", "?", "!"})


def mark_headings(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first word after each glued section heading of ``doc``
    (and on the heading's own first word), as the module docstring describes.

    Args:
        doc: A ``Doc`` with part-of-speech tags (``tag_``) and no parse yet.

    Returns:
        ``doc``, changed in place.
    """
    for tok in doc:
        if tok.text not in OPENERS or tok.i < 2 or tok.is_sent_start:
            continue
        start = _heading_start(doc, tok)
        if start is None:
            continue
        if tok.text == "The" and tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ in ("NNP", "NNPS"):
            continue  # "The Washington Post": a name
        doc[start].is_sent_start = True
        tok.is_sent_start = True
    return doc


def _heading_start(doc: Doc, opener: Token) -> int | None:
    """The index of the first word of a heading run just before ``opener``, else None."""
    first = opener.i
    while first > 0 and opener.i - first < MAX_HEADING:
        prev = doc[first - 1]
        if prev.is_punct or prev.is_space or prev.text in _SENTENCE_END:
            break
        if prev.tag_.startswith("VB") or prev.tag_ == "MD" or not any(c.isalpha() for c in prev.text):
            return None
        first -= 1
    if first == opener.i or not doc[first].text[:1].isupper():
        return None
    before = doc[first - 1] if first > 0 else None
    if before is not None and before.text not in _SENTENCE_END and not before.is_space:
        if not (before.is_quote and first > 1 and doc[first - 2].text in _SENTENCE_END):
            return None  # the run must open a sentence
    if doc[opener.i - 1].tag_ in _OPEN_ENDS:
        return None
    return first


@Language.component(HEADINGS_COMPONENT, assigns=["token.is_sent_start"], requires=["token.tag"])
def headings_component(doc: Doc) -> Doc:
    """spaCy component: :func:`mark_headings`."""
    return mark_headings(doc)
