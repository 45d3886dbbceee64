"""spaCy component ``dyadic_quotations``: quotations with speakers -> ``doc._.quotations``.

Needs the actor mentions of ``dyadic_actors`` (``doc._.entities``) for the speakers;
without them quotations are found but speakers come only from the parse.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from dyadic.nlp import article_of, put_records
from dyadic.quotes.extract import extract_quotations

__all__ = ["QUOTATIONS_COMPONENT"]

QUOTATIONS_COMPONENT = "dyadic_quotations"


@Language.component(
    QUOTATIONS_COMPONENT,
    requires=["token.dep", "doc._.entities"],
    assigns=["doc._.quotations"],
)
def quotations_component(doc: Doc) -> Doc:
    """Find the quotations of ``doc`` (:func:`extract_quotations`)."""
    put_records(doc, "quotations", extract_quotations(doc, article_of(doc), doc._.entities))
    return doc
