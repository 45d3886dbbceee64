"""Toponyms in an article -> GeoNames places.

Stages, as :meth:`Geoparser.geoparse` runs them:

1. candidate spans: the dateline, capitals and countries the actor layer resolved
   (``Mention.rule == "capital"`` or ``Actor.kind`` country), then spaCy entities
   labelled GPE, LOC or FAC;
2. filters: people (spans of person mentions), demonyms ("Cuban", "European") and
   abbreviations that are not place abbreviations ("M.S."; "U.S." is kept);
3. joint resolution of all names of the article (:meth:`Geoparser.resolve`):
   candidates from the :class:`~dyadic.geo.gazetteer.Gazetteer`, ranked by feature
   type (country > first-level division > city; capitals first among cities),
   population, and article context: the countries and first-level divisions the
   other names resolve to, and nearness (< 200 km) to the other names' places. This
   is the population + "spatial minimality"/co-occurrence heuristic family of
   Leidner (2007) and Lieberman et al. (2010);
4. a name that resolves to nothing is dropped on its own; the others stay.

Never resolved: bare directions and generic words ("North" of a split "North
America", "the West": :data:`BARE_WORDS`), and a name that is only part of a longer
one ("Granja" of "Granja do Torto", "Alvorada" of "Palácio da Alvorada") when the
longer name is not in the gazetteer. A word that the gazetteer knows only as part
of country names ("Korea") is that country, the article's or the most populous
("South Korea"), rather than a village named so.
"""

from __future__ import annotations

import csv
import dataclasses
import functools
import io
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Doc

from dyadic.geo.gazetteer import Entry, Gazetteer, Kind, normalize_name
from dyadic.nlp import sentence_index_of
from dyadic.records import ActorKind, Article, Mention, Place, PlaceMention

#: spaCy entity labels read as toponyms.
TOPONYM_LABELS = frozenset({"GPE", "LOC", "FAC"})

#: Mean Earth radius, km (IUGG).
EARTH_RADIUS_KM = 6371.0088

#: Directions and generic words that are never a place on their own.
BARE_WORDS = frozenset(
    "north south east west northeast northwest southeast southwest northern southern eastern western "
    "central north-east north-west south-east south-west mid midwest-ern capital city town state "
    "republic kingdom region province coast border island islands mainland interior".split()
)
_DIRECTIONS = frozenset({"north", "south", "east", "west"})
#: Connectors inside longer place or building names ("Granja do Torto", "Palácio da Alvorada").
_CONNECTOR = r"(?:do|da|dos|das|de|del|della|di|du|des|la|le|el|al)"
_CONTINUES_RE = re.compile(rf"\s+{_CONNECTOR}\s+[A-Z\u00c0-\u00de]")
_CONTINUED_RE = re.compile(rf"[A-Z\u00c0-\u00de][\w\u00c0-\u024f]+\s+{_CONNECTOR}\s+$")
_ABBREV_RE = re.compile(r"^(?:[A-Za-z]\.){2,}$|^[A-Z]{1,3}$")
_DATELINE_NAME_RE = re.compile(r"[^,(\u2013\u2014:]+?(?=\s*(?:[,(\u2013\u2014:]|-\s|$))")
_POSSESSIVE_RE = re.compile(r"['\u2019]s?$")
# Datelines: "TEHRAN –", "WASHINGTON (Reuters) -", "BEIRUT, Lebanon —",
# "Burkina-Faso, 13 February 2020:".
_DATELINE_CAPS_RE = re.compile(
    r"^\s*(?P<name>[A-Z][A-Z.'\- ]*[A-Z])(?:,\s*[A-Z][A-Za-z.\- ]+)?\s*(?:\([^)]{1,40}\))?\s*[\u2013\u2014:-]"
)
_DATELINE_DATE_RE = re.compile(
    r"^\s*(?P<name>[A-Z][\w.'\- ]{1,40}?),\s*"
    r"(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}),?\s+\d{4}\s*[:\u2013\u2014-]"
)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two points given in decimal degrees WGS84."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def find_dateline(text: str) -> tuple[int, int] | None:
    """Character offsets ``(start, end)`` into ``text`` of a leading dateline place name.

    Recognises an ALL-CAPS place before a dash or colon ("TEHRAN –", "WASHINGTON
    (Reuters) -") and "Name, DD Month YYYY:" ("Burkina-Faso, 13 February 2020:").
    Returns None if the text starts otherwise. Used when ``dyadic.actors`` does not
    provide ``dateline_span``.
    """
    head = text[:200]
    for pattern in (_DATELINE_CAPS_RE, _DATELINE_DATE_RE):
        m = pattern.match(head)
        if m:
            return m.start("name"), m.end("name")
    return None


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    text: str
    rule: str
    sentence_index: int | None = None


@dataclass
class _Context:
    """What the other names of an article resolve to, with a name's own share removable."""

    countries: Counter[str]
    admin1s: Counter[tuple[str | None, str | None]]
    points: list[tuple[str, float, float]]


class Geoparser:
    """Finds toponyms in a parsed article and resolves them to GeoNames places.

    Args:
        gazetteer: A loaded :class:`Gazetteer` (``Gazetteer.load()``).
    """

    #: Bonus when the candidate's country is named or implied elsewhere in the article
    #: (plus up to 1.5 more, log2 of the number of other names in that country).
    COUNTRY_BONUS = 2.0
    #: Score offset of first-level divisions against cities (log10 population units).
    ADMIN1_PRIOR = -1.0
    #: Score offset of second-level divisions (counties) against cities.
    ADMIN2_PRIOR = -1.5
    #: Score offset of a division reached through a bare alias ("Cooke" for Cooke County).
    BARE_ADMIN2_PRIOR = -2.0
    #: Bonus when the candidate's first-level division is named or implied elsewhere.
    ADMIN1_BONUS = 2.0
    #: Bonus when the candidate lies within :attr:`NEAR_KM` of another name's place.
    NEAR_BONUS = 1.5
    NEAR_KM = 200.0
    #: Bonus when the name is the entry's own name, not one of its alternate names.
    PRIMARY_NAME_BONUS = 2.0

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    # ------------------------------------------------------------------ spans
    def geoparse(self, doc: Doc, article: Article, mentions: Sequence[Mention]) -> list[PlaceMention]:
        """Places named in ``article``, in text order.

        Args:
            doc: ``nlp(article.text)``; its character offsets equal ``Article.text``'s.
            article: The article (its id makes ``place_id``).
            mentions: The actor layer's mentions; ``capital`` mentions and country
                mentions become places, person mentions are never places.

        Returns:
            One :class:`PlaceMention` per resolved toponym occurrence, ordered by
            ``start``; ``place_id`` is ``"{article_id}:place:{start}-{end}"``
            (character offsets into ``Article.text``). Unresolvable names are left out.
        """
        spans = self._candidate_spans(doc, mentions)
        places = self.resolve([s.text for s in spans])
        out: list[PlaceMention] = []
        for span, place in zip(spans, places, strict=True):
            if place is None:
                continue
            sent = span.sentence_index
            if sent is None:
                sent = _sentence_at(doc, span.start)
            out.append(
                PlaceMention(
                    place_id=f"{article.article_id}:place:{span.start}-{span.end}",
                    article_id=article.article_id,
                    sentence_index=sent,
                    text=span.text,
                    start=span.start,
                    end=span.end,
                    place=place,
                    rule=span.rule,
                )
            )
        return sorted(out, key=lambda p: p.start)

    def dateline_place(self, places: Sequence[PlaceMention]) -> PlaceMention | None:
        """The place mention that came from the dateline, if any."""
        return next((p for p in places if p.rule == "dateline"), None)

    def _candidate_spans(self, doc: Doc, mentions: Sequence[Mention]) -> list[_Span]:
        text = doc.text
        person_spans = [(m.start, m.end) for m in mentions if m.actor.kind is ActorKind.PERSON]
        taken: list[tuple[int, int]] = []
        spans: list[_Span] = []

        def overlaps(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
            return any(start < e and s < end for s, e in ranges)

        def take(start: int, end: int, rule: str, sentence_index: int | None = None) -> None:
            start, end = _trim(text, start, end)
            if end <= start or overlaps(start, end, taken) or overlaps(start, end, person_spans):
                return
            surface = text[start:end]
            if self.gazetteer.is_demonym(surface) and not self.gazetteer.candidates(surface):
                return
            if _part_of_longer_name(text, start, end):
                return
            if (
                _ABBREV_RE.match(surface)
                and self.gazetteer.country_named(surface) is None
                and not any(e.kind is Kind.ADMIN1 for e in self.gazetteer.candidates(surface))
            ):
                return
            taken.append((start, end))
            spans.append(_Span(start, end, surface, rule, sentence_index))

        dateline = _dateline_offsets(doc)
        if dateline is not None:
            take(dateline[0], dateline[1], "dateline")
        for m in mentions:
            if m.rule == "capital":
                take(m.start, m.end, "capital", m.sentence_index)
            elif m.actor.kind is ActorKind.COUNTRY and self.gazetteer.country_named(m.text) is not None:
                take(m.start, m.end, "actor-country", m.sentence_index)
        for ent in doc.ents:
            if ent.label_ in TOPONYM_LABELS:
                take(ent.start_char, ent.end_char, f"ner-{ent.label_.lower()}")
        return spans

    # ------------------------------------------------------------- resolution
    def resolve(self, names: Sequence[str], *, demonyms: bool = False) -> list[Place | None]:
        """Resolve the toponyms of one article jointly; each name's context is the others.

        Args:
            names: Toponym surface strings, in text order, repeats allowed.
            demonyms: Also resolve demonyms to the country they name ("French" ->
                France). Off for running text, where demonyms are not places; on
                when scoring gold spans that annotate demonyms.

        Returns:
            One :class:`Place` or None per name, aligned with ``names``.
        """
        keys = [normalize_name(_strip_possessive(n)) for n in names]
        cands: dict[str, list[Entry]] = {}
        for key, name in zip(keys, names, strict=True):
            if key in cands:
                continue
            if key in BARE_WORDS:
                cands[key] = []
                continue
            d = self.gazetteer.demonym(name) if demonyms else None
            found = [d] if d is not None else self._lookup(_strip_possessive(name))
            cands[key] = found
        # Pass 1: no context. Pass 2: context from pass 1's choices, minus the name's own.
        first = {k: self._choose(c, None, k) for k, c in cands.items()}
        context = self._context(first)
        second = {k: self._choose(c, context, k) for k, c in cands.items()}
        context = self._context(second)
        final = {k: self._choose(c, context, k) for k, c in cands.items()}
        out: list[Place | None] = []
        for k in keys:
            e = final.get(k)
            out.append(None if e is None else place_of(e))
        return out

    def _lookup(self, name: str) -> list[Entry]:
        found = self.gazetteer.candidates(name)
        key = normalize_name(name)
        if not any(e.kind in (Kind.COUNTRY, Kind.CONTINENT) for e in found):
            partial = [
                e
                for e in (self.gazetteer.country(iso3) for iso3 in _country_words().get(key, ()))
                if e is not None
            ]
            if partial:  # "Korea": South or North Korea, never Koréa (Côte d'Ivoire)
                return partial
        if found:
            return found
        # "Orange County", "Rapides Parish", "Fresno city": fall back to the base name's
        # towns (a county and its namesake town are usually within a few tens of km).
        for suffix in (" county", " parish", " city", " township", " borough"):
            if key.endswith(suffix) and len(key) > len(suffix) + 2:
                towns = [
                    e
                    for e in self.gazetteer.candidates(key[: -len(suffix)])
                    if e.kind is Kind.CITY and key[: -len(suffix)] in e.primary_names
                ]
                states = self.gazetteer.us_county_states(key)
                in_states = [e for e in towns if e.iso2 == "US" and e.admin1_code in states]
                return in_states or towns
        return []

    def _context(self, chosen: dict[str, Entry | None]) -> dict[str, _Context]:
        countries: Counter[str] = Counter()
        admin1s: Counter[tuple[str | None, str | None]] = Counter()
        points: list[tuple[str, float, float]] = []
        for key, e in chosen.items():
            if e is None:
                continue
            if e.place.country:
                countries[e.place.country] += 1
            if e.kind in (Kind.ADMIN1, Kind.ADMIN2, Kind.CITY):
                admin1s[(e.iso2, e.admin1_code)] += 1
            if e.kind in (Kind.CITY, Kind.ADMIN2):
                points.append((key, e.place.lat, e.place.lon))
        per_name: dict[str, _Context] = {}
        for key, e in chosen.items():
            c, a = countries.copy(), admin1s.copy()
            if e is not None:
                if e.place.country:
                    c[e.place.country] -= 1
                if e.kind in (Kind.ADMIN1, Kind.ADMIN2, Kind.CITY):
                    a[(e.iso2, e.admin1_code)] -= 1
            per_name[key] = _Context(+c, +a, [p for p in points if p[0] != key])
        return per_name

    def _choose(self, cands: list[Entry], context: dict[str, _Context] | None, key: str) -> Entry | None:
        if not cands:
            return None
        ctx = None if context is None else context.get(key)
        exact_country = [e for e in cands if e.kind in (Kind.COUNTRY, Kind.CONTINENT)]
        if not exact_country:
            exact_country = [e for e in cands if e.kind is Kind.FEATURE and key in e.primary_names]
        if not exact_country:
            exact_country = [e for e in cands if e.kind is Kind.FEATURE]
        if exact_country:
            country = exact_country[0]
            if len(exact_country) > 1 and exact_country[0].kind is Kind.COUNTRY:
                # several countries ("Korea"): the one the article is about, else the most populous
                country = max(
                    exact_country,
                    key=lambda e: (
                        0 if ctx is None else ctx.countries.get(e.place.country or "", 0),
                        e.population,
                    ),
                )
            # "Georgia" in an article about Atlanta is the US state; otherwise a country
            # name is the country, never a town or building of that name.
            # Likewise "Palestine" among East Texas towns is the town: a place in a
            # division the article names or implies, near its other places, in a
            # country the article is about, when nothing else points to the country.
            if ctx is not None and country.kind is Kind.COUNTRY:
                own = ctx.countries.get(country.place.country or "", 0)
                for e in cands:
                    if e.kind is Kind.ADMIN1 and ctx.countries.get(e.place.country or "", 0) > max(own, 1):
                        return e
                if own == 0:
                    local = [
                        e
                        for e in cands
                        if e.kind is Kind.CITY
                        and ctx.countries.get(e.place.country or "", 0) >= 2
                        and ctx.admin1s.get((e.iso2, e.admin1_code), 0) > 0
                        and self._near(e, ctx)
                    ]
                    if local:
                        return max(local, key=lambda e: self._score(e, ctx, key))
            return country
        return max(cands, key=lambda e: self._score(e, ctx, key))

    def _score(self, e: Entry, ctx: _Context | None, key: str) -> float:
        score = math.log10(e.population + 10)
        if e.kind is Kind.ADMIN1:
            # Division populations are sums over their towns; in news a same-named
            # large city ("New York", "Washington") is the likelier referent.
            score += self.ADMIN1_PRIOR
        elif e.kind is Kind.ADMIN2:
            score += self.ADMIN2_PRIOR if key in e.primary_names else self.BARE_ADMIN2_PRIOR
        if e.place.feature_code == "PPLC":
            score += 1.5
        if key in e.primary_names:
            score += self.PRIMARY_NAME_BONUS
        if ctx is not None:
            n_country = ctx.countries.get(e.place.country or "", 0)
            if n_country > 0:
                score += self.COUNTRY_BONUS + min(1.5, math.log2(n_country))
            if ctx.admin1s.get((e.iso2, e.admin1_code), 0) > 0:
                score += self.ADMIN1_BONUS
            if self._near(e, ctx):
                score += self.NEAR_BONUS
        return score

    def _near(self, e: Entry, ctx: _Context) -> bool:
        return any(
            haversine_km(e.place.lat, e.place.lon, lat, lon) < self.NEAR_KM for _, lat, lon in ctx.points
        )


@functools.lru_cache(maxsize=1)
def _country_words() -> dict[str, tuple[str, ...]]:
    """A country name less its direction -> the ISO3 codes of the countries named so
    ("korea" -> KOR, PRK from "South Korea", "North Korea"; "timor" -> TLS), from
    ``data/geo/countries.tsv``. Only words that are no country's whole name."""
    path = resources.files("dyadic").joinpath("data", "geo", "countries.tsv")
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")), delimiter="\t"))
    whole: set[str] = set()
    words: dict[str, dict[str, None]] = {}
    for row in rows:
        names = [row["name"], *(a for a in row["aliases"].split("|") if a)]
        for name in names:
            key = normalize_name(name)
            whole.add(key)
            parts = key.split()
            if len(parts) > 1 and all(w in _DIRECTIONS for w in parts[:-1]):
                words.setdefault(parts[-1], {})[row["iso3"]] = None
    return {k: tuple(v) for k, v in words.items() if k not in whole}


def _part_of_longer_name(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` continues into a longer name through a connector
    ("Granja| do Torto", "Palácio da |Alvorada")."""
    return bool(_CONTINUES_RE.match(text, end)) or bool(
        _CONTINUED_RE.search(text[max(0, start - 60) : start])
    )


def place_of(entry: Entry) -> Place:
    """The entry's :class:`Place` with ``admin1`` the GeoNames first-level division
    CODE ("22" for Beijing, "25" for Distrito Capital), as ``ActionGeo_ADM1Code``
    wants, not the division's name the gazetteer index stores."""
    if entry.place.admin1 == entry.admin1_code:
        return entry.place
    return dataclasses.replace(entry.place, admin1=entry.admin1_code)


def _strip_possessive(name: str) -> str:
    return _POSSESSIVE_RE.sub("", name) if name[-2:] in ("'s", "\u2019s") else name


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the " and a trailing possessive "'s" from a span."""
    if text[start : start + 4].lower() == "the ":
        start += 4
    if text[max(start, end - 2) : end] in ("'s", "\u2019s"):
        end -= 2
    while end > start and text[end - 1] in " .,;:":
        if text[end - 1] == "." and _ABBREV_RE.match(text[start:end]):
            break
        end -= 1
    return start, end


def _sentence_at(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 0
    return sentence_index_of(doc, span[0])


def _dateline_offsets(doc: Doc) -> tuple[int, int] | None:
    """The dateline place's offsets.

    Uses ``dyadic.actors.dateline_span`` (the whole dateline, "Burkina-Faso, 13
    February 2020:") when the actors stage provides it and keeps its place name,
    else :func:`find_dateline`.
    """
    try:
        from dyadic import actors
    except ImportError:  # pragma: no cover - actors is part of the package
        return find_dateline(doc.text)
    finder = getattr(actors, "dateline_span", None)
    if finder is None:
        return find_dateline(doc.text)
    span = finder(doc)
    if span is None:
        return None
    start, end = span.start_char, span.end_char
    found = find_dateline(doc.text[start:])
    if found is not None and start + found[1] <= end:
        return start + found[0], start + found[1]
    m = _DATELINE_NAME_RE.match(doc.text, start, end)
    if m is None or not m.group(0).strip():
        return None
    return start, start + len(m.group(0).rstrip())
