"""The offline world base map: Natural Earth 110m country outlines as SVG paths.

Source: ``static/map/countries-110m.json`` (TopoJSON from the ``world-atlas``
npm package, Natural Earth 4.1.0, public domain). Projection: equirectangular
(plate carrée), longitude -180..180 -> x 0..``WIDTH``, latitude 90..-90 -> y
0..``HEIGHT``.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from dyadic.web.paths import STATIC_DIR

WORLD_TOPOJSON = STATIC_DIR / "map" / "countries-110m.json"
WIDTH = 1000.0
HEIGHT = 500.0


def project(lat: float, lon: float) -> tuple[float, float]:
    """Decimal degrees WGS84 -> SVG user units ``(x, y)`` in the ``WIDTH`` x ``HEIGHT`` box."""
    return round((lon + 180.0) / 360.0 * WIDTH, 1), round((90.0 - lat) / 180.0 * HEIGHT, 1)


def _decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs (quantized, delta-encoded) -> lists of ``(lon, lat)``."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def _unwrap(points: list[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """A ring as one or two copies that do not jump across the antimeridian.

    A ring crossing longitude 180 (Russia, Fiji) is made continuous (longitudes
    past +-180) and drawn twice, shifted by 360 degrees, so the SVG viewport
    clips each copy at its edge instead of a stroke running across the map.
    Rings that wrap the whole globe (Antarctica) are kept as they are.
    """
    out = [points[0]]
    shift = 0.0
    for (prev_lon, _), (lon, lat) in zip(points, points[1:], strict=False):
        if lon - prev_lon > 180:
            shift -= 360
        elif lon - prev_lon < -180:
            shift += 360
        out.append((lon + shift, lat))
    if shift != 0 or all(-180 <= lon <= 180 for lon, _ in out):
        return [points]
    copies = [out]
    if min(lon for lon, _ in out) < -180:
        copies.append([(lon + 360, lat) for lon, lat in out])
    if max(lon for lon, _ in out) > 180:
        copies.append([(lon - 360, lat) for lon, lat in out])
    return copies


@functools.lru_cache(maxsize=1)
def country_paths() -> tuple[tuple[str, str], ...]:
    """Each country as ``(name, svg_path_d)``, projected with :func:`project`; read once."""
    topo = json.loads(WORLD_TOPOJSON.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topo)
    out = []
    for geom in topo["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geom.get("arcs", [])], "MultiPolygon": geom.get("arcs", [])}.get(
            geom["type"], []
        )
        parts = []
        for polygon in polygons:
            for ring in polygon:
                points = _ring(ring, arcs)
                if len(points) < 3:
                    continue
                for copy in _unwrap(points):
                    pts = [project(lat, lon) for lon, lat in copy]
                    parts.append("M" + "L".join(f"{x:g},{y:g}" for x, y in pts) + "Z")
        if parts:
            out.append((str(geom.get("properties", {}).get("name", "")), "".join(parts)))
    return tuple(out)
