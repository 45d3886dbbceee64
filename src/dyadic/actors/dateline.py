"""Find an article's dateline ("TEHRAN –", "WASHINGTON (Reuters) -",
"Burkina-Faso, 13 February 2020:").

A dateline names where the story was filed: it is a place for the geo stage,
never an actor mention.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from dyadic.nlp import doc_text  # importing dyadic.nlp registers doc._.dyadic

#: Name of the pipeline component that finds the dateline once per ``Doc``.
DATELINE_COMPONENT = "dyadic_dateline"

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = rf"(?:\d{{1,2}} {_MONTH},? \d{{4}}|{_MONTH} \d{{1,2}}(?:,? \d{{4}})?)"
_AGENCY = r"\([A-Za-z][\w .&'-]{0,40}\)"
_DASH = r"[-–—]{1,2}|:"
# Upper-case place ("TEHRAN", "NEW YORK", "WASHINGTON, D.C."), optional date and agency, then a dash.
_CAPS_PLACE = r"[A-Z][A-Z.'\-]+(?:[ ,]{1,2}[A-Z][A-Z.'\-]+){0,3}"
# Title-case place, only when followed by a date or an agency ("Burkina-Faso, 13 February 2020:").
_TITLE_PLACE = r"[A-Z][\w.'\-]+(?: [A-Z][\w.'\-]+){0,3}"
_DATELINE = re.compile(
    rf"^\s*(?:{_CAPS_PLACE}(?:,? {_DATE})?(?: ?{_AGENCY})?"
    rf"|{_TITLE_PLACE}(?:,? {_DATE}(?: ?{_AGENCY})?| ?{_AGENCY}))"
    rf"\s?(?:{_DASH})(?=\s)"
)


def dateline_span(doc: Doc) -> Span | None:
    """The dateline the document opens with, if any.

    Found once per ``Doc`` (by the ``dyadic_dateline`` component or the first call) and
    kept in ``doc._.dateline``.

    Args:
        doc: A spaCy ``Doc`` of ``Article.text``.

    Returns:
        The span from the first token through the dash or colon that ends the
        dateline (character offsets are ``span.start_char``/``span.end_char``
        into ``Article.text``), or None when the text opens with no dateline.
    """
    data = doc._.dyadic if doc._.dyadic is not None else {}
    if "dateline" not in data:
        match = _DATELINE.match(doc_text(doc)[:200])
        span = None
        if match:
            start = len(match.group(0)) - len(match.group(0).lstrip())
            span = doc.char_span(start, match.end(), alignment_mode="expand")
        data["dateline"] = [span.start_char, span.end_char] if span is not None else None
        doc._.dyadic = data
    offsets = data["dateline"]
    return doc.char_span(offsets[0], offsets[1]) if offsets else None


@Language.component(DATELINE_COMPONENT, assigns=["doc._.dateline"], requires=[], retokenizes=False)
def find_dateline_component(doc: Doc) -> Doc:
    """spaCy component ``dyadic_dateline``: sets ``doc._.dateline`` (character offsets or None)."""
    dateline_span(doc)
    return doc
