"""Quotations: direct (inside quotation marks) and reported speech, with speakers.

``extract_quotations(doc, article, mentions) -> list[Quotation]``; see
:mod:`dyadic.quotes.extract` for the stages and heuristics.
"""

from dyadic.quotes.component import QUOTATIONS_COMPONENT
from dyadic.quotes.extract import extract_quotations, quotation_id
from dyadic.quotes.marks import QuoteSpan, find_quote_spans

__all__ = ["QUOTATIONS_COMPONENT", "QuoteSpan", "extract_quotations", "find_quote_spans", "quotation_id"]
