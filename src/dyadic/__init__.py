"""dyadic: code news articles into sourced political event data.

Articles go through ingest -> nlp -> actors -> events (+ quotes, geo) ->
store -> relations. See README.md for the record formats.
"""

import logging

__version__ = "0.1.0"
__all__ = ["__version__"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
