"""Find an article's dateline ("TEHRAN –", "WASHINGTON (Reuters) -",
"Burkina-Faso, 13 February 2020:").

A dateline names where the story was filed: it is a place for the geo stage,
never an actor mention.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

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

    Args:
        doc: A spaCy ``Doc`` of ``Article.text``.

    Returns:
        The span from the first token through the dash or colon that ends the
        dateline (character offsets are ``span.start_char``/``span.end_char``
        into ``Article.text``), or None when the text opens with no dateline.
    """
    match = _DATELINE.match(doc.text[:200])
    if not match:
        return None
    start = len(match.group(0)) - len(match.group(0).lstrip())
    return doc.char_span(start, match.end(), alignment_mode="expand")
