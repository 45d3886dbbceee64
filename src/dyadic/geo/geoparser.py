"""Toponyms in an article -> GeoNames places.

Stages, as :meth:`Geoparser.geoparse` runs them:

1. candidate spans: the dateline, capitals and countries the actor layer resolved
   (``Mention.rule == "capital"`` or ``Actor.kind`` country), spaCy entities labelled
   GPE, LOC or FAC, then (NER repair) names the NER labels otherwise (PERSON, ORG,
   NORP ...) or not at all, which the gazetteer knows and the text places
   (:mod:`dyadic.geo.spans`: "to Kismayo", "Punjab province", "Quetta, Balochistan",
   "Gwoza in Borno state" when the division has a town so named), also where the actor
   dictionary lists the town's own name as an actor of its country ("Rafah"), and the
   large cities the actor layer read as targets of an act ("shelled Bamenda");
   each span is widened to the longest gazetteer name around it ("New York" + "City",
   "Indian" + "Ocean");
2. filters: people (spans of person mentions, and words of the article's people's
   names unless the text places them: "Henderson spoke" after "Fritz Henderson"),
   place names inside names of organisations, media, treaties and works ("Agence
   France-Presse", "University of Sarajevo", "Paris Agreement"), demonyms ("Cuban",
   "Argentine congress") and abbreviations that are not place abbreviations ("M.S.";
   "U.S." is kept);
3. joint resolution of all names of the article (:meth:`Geoparser.resolve`):
   candidates from the :class:`~dyadic.geo.gazetteer.Gazetteer`, ranked by feature
   type (country > first-level division > city; capitals first among cities),
   population, and article context: the countries and first-level divisions the
   other names resolve to, and nearness (< 200 km) to the other names' places. This
   is the population + "spatial minimality"/co-occurrence heuristic family of
   Leidner (2007) and Lieberman et al. (2010). Context never makes a small town of
   a national capital or of a city five times its size ("Paris" in an article about
   the US is Paris, France) unless the text qualifies it ("Paris, Texas") or names
   the town's division or neighbours; a first-level division beats the towns named
   after it ("Maine", "Nevada", "Ontario") and a large city the division named after
   it ("New York"), except in a list of divisions ("Maine, New York, New Jersey");
   a capital named for its government ("Paris said") is that country's capital;
   a name before "state" that is no country's is the division ("an Ohio state
   court"); "Town, Country" with no such town in the country gives nothing rather
   than a namesake abroad ("Bray, Ireland" is no Bray in Illinois), unless the name
   is a capital or large city ("in Moscow, Iran and Turkey agreed");
4. a name that resolves to nothing is dropped on its own; the others stay; a
   repaired name (stage 1) stays only when it resolves to a country, division or
   feature, or to a town of 1,000 people or more that lies in a country the article's
   other places are in or has 100,000 people or more; a settlement noun ("the village
   of X") vouches for a town of any population in the article's countries.
5. a named site right before a resolved place ("Forbury Gardens in Reading", "the
   Oakridge prison in Leeds") takes that place (:mod:`dyadic.geo.sites`).

A one-word place name followed by other capitalised words is taken for part of a
person's name ("Douglas Paal") unless a person's name starts there, which an office
title before it also says ("the Governor of Ohio Jo Doe": Ohio is a place).

Never resolved: bare directions and generic words ("North" of a split "North
America", "the West": :data:`BARE_WORDS`), generic division names outside the
article's countries ("Northern District" of a US court), and a name that is only
part of a longer one ("Granja" of "Granja do Torto", "Alvorada" of "Palácio da
Alvorada") when the longer name is not in the gazetteer. A word that the gazetteer
knows only as part of country names ("Korea") is that country, the article's or the
most populous ("South Korea"), rather than a village named so.
"""

from __future__ import annotations

import csv
import dataclasses
import difflib
import functools
import io
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Doc

from dyadic.geo.gazetteer import Entry, Gazetteer, Kind, normalize_name, skeleton
from dyadic.geo.sites import SEATS_OF_GOVERNMENT, SITE_NOUNS, glossed_places, located_sites, unlocated_sites
from dyadic.geo.spans import (
    PLACE_NOUNS,
    PLURAL_PLACE_NOUNS,
    SETTLEMENT_NOUNS,
    Evidence,
    based_compound_names,
    coordinated,
    hyphen_compound_names,
    locative_evidence,
    name_of_something_else,
    party_states,
    person_strength,
    place_noun_cue,
    qualifier_gap,
    route_compound_names,
    shared_place_noun,
    speech_subject,
)
from dyadic.nlp import capitalised, doc_text, sentence_index_of
from dyadic.records import ActorKind, Article, Mention, Place, PlaceMention

#: First words of Arabic and Hebrew place names that no person's name starts with ("Beit
#: Lahia", "Deir al-Balah", "Kafr Qasim", "Wadi Gaza", "Kfar Aza"): such a name that the
#: gazetteer knows is a place name, whatever the NER says.
TOPONYM_HEADS = frozenset(
    "Beit Bayt Beyt Deir Dayr Kafr Kfar Khirbet Khirbat Wadi Jabal Jebel Bir Tell Nahr Marj Qasr".split()
)
#: A compass compound written as one word ("northwest"), which GeoNames often writes as two.
_COMPASS_COMPOUND_RE = re.compile(r"^(north|south)(east|west)(?= |$)(.*)$")
#: Trailing nouns of a feature's name and the kinds of place it may be named after.
_FEATURE_SUFFIXES = (
    (" refugee camp", (Kind.CITY, Kind.ADMIN2, Kind.FEATURE)),
    (" camp", (Kind.CITY, Kind.ADMIN2, Kind.FEATURE)),
    (" crossing", (Kind.CITY, Kind.FEATURE)),
    (" valley", (Kind.ADMIN1, Kind.ADMIN2, Kind.FEATURE, Kind.CITY)),
)
#: Lower-case words that end a site's name ("the Erez crossing": no kibbutz of Erez).
_EXTEND_RIGHT_LOWER = frozenset({"crossing"})
#: A name after the Arabic article written in lower case ("al-Hol", "el-Fasher").
_ARTICLE_NAME_RE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an)-[A-Z]")

#: spaCy entity labels read as toponyms.
TOPONYM_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: spaCy entity labels that the small model also gives to places ("Kismayo" PERSON,
#: "Quetta" ORG, "Punjab" NORP, "Aleppo" LANGUAGE): read as toponyms only with evidence (NER repair).
REPAIR_LABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE", "LAW"})

#: Mean Earth radius, km (IUGG).
EARTH_RADIUS_KM = 6371.0088

#: Directions and generic words that are never a place on their own.
BARE_WORDS = frozenset(
    "north south east west northeast northwest southeast southwest northern southern eastern western "
    "central north-east north-west south-east south-west mid midwest-ern capital city town state "
    "republic kingdom region province coast border island islands mainland interior".split()
)
_DIRECTIONS = frozenset({"north", "south", "east", "west"})
#: Nouns that with directions make generic division names ("Northern District", "Northern Border").
GENERIC_NOUNS = frozenset(
    "district districts border borders region regions province provinces territory territories "
    "division area areas zone sector department".split()
)
#: Lower-case words that may open a longer gazetteer name ("east Asia", "sub-Saharan Africa").
_EXTEND_LEFT_LOWER = frozenset(
    "north south east west northern southern eastern western central northeast northwest southeast "
    "southwest north-east north-west south-east south-west sub-saharan".split()
)
#: Smallest population of a town found by NER repair (stage 1) ...
MIN_REPAIRED_POPULATION = 1_000
#: ... and of one lying in no country of the article's other places.
MIN_REPAIRED_FOREIGN_POPULATION = 100_000
#: Smallest population of a town found by NER repair under one of its alternate names,
#: in a country of the article's other places ("Khan Younis" for Khān Yūnis).
MIN_REPAIRED_ALTERNATE_POPULATION = 15_000
#: Similarity (:class:`difflib.SequenceMatcher` ratio) of such an alternate name to the
#: town's own name: transliteration variants only.
MIN_SPELLING_SIMILARITY = 0.75
#: A national capital, or a city this many times as populous as a namesake favoured only
#: by the article's countries, wins over that namesake (and it needs 100,000 people).
BIG_CITY_RATIO = 5
BIG_CITY_POPULATION = 100_000
#: How far from a city qualifying it ("Lewisham, London") a quarter or suburb may lie, km.
QUARTER_KM = 50.0
#: A town under this many people that no qualifier, place noun or nearby place of the article
#: supports is taken for a word of another sense ("from Earth": no Earth, Texas).
LONE_TOWN_POPULATION = 5_000
#: Names whose lookups a :class:`Geoparser` keeps at most before it starts again.
LOOKUP_CACHE_LIMIT = 50_000
#: Connectors inside longer place or building names ("Granja do Torto", "Palácio da Alvorada").
_CONNECTOR = r"(?:do|da|dos|das|de|del|della|di|du|des|la|le|el|al)"
#: Lower-case words that join the words of a longer name ("Gulf of Oman", "Granja do Torto").
_JOINER_RE = re.compile(rf"of|{_CONNECTOR}")
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
    #: Found by NER repair: kept only if its place passes :meth:`Geoparser._confirmed`.
    repaired: bool = False
    #: ISO3 of the country whose capital the actor layer read it as ("Paris said": FRA).
    capital_of: str | None = None
    #: The spaCy entity label it came from, if any.
    label: str = ""
    #: The text calls it a first-level division ("Jerrold Nadler of New York", "the
    #: New York gubernatorial race", "the state of Kedah").
    division_cue: bool = False
    #: The place noun that names it a place ("village" in "the village of X"); a town
    #: found by NER repair that a settlement noun names is kept in the article's
    #: countries whatever its population.
    place_noun: str | None = None


@dataclass(frozen=True)
class NameHint:
    """What the text says about one name beyond its string (for :meth:`Geoparser.resolve`).

    Attributes:
        capital_of: ISO 3166-1 alpha-3 code of the country whose capital the name is
            used for ("Paris said" -> ``FRA``): that capital, when the name is its name.
        within: Index (into the names) of the name that qualifies this one ("Paris,
            Texas": Texas): a candidate in the qualifier's country or division wins.
    """

    capital_of: str | None = None
    within: int | None = None
    #: The actor layer read the name as a country ("Russia"): never a town named so.
    country_mention: bool = False
    #: Indices of the names coordinated with this one ("Maine, New York and Ohio").
    listed_with: tuple[int, ...] = ()
    #: The text calls it a first-level division: that division, when the name is one.
    division: bool = False


@dataclass
class _Context:
    """What the other names of an article resolve to, with a name's own share removable."""

    countries: Counter[str]
    admin1s: Counter[tuple[str | None, str | None]]
    points: list[tuple[str, float, float]]
    #: Countries of the article's actors ("Pakistani police", "Israeli troops"), ISO3.
    actors: frozenset[str] = frozenset()


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
    #: Bonus when the candidate's country is that of one of the article's actors but of
    #: none of its other places ("Pakistani police ... in Hyderabad": Hyderabad, Sindh).
    ACTOR_COUNTRY_BONUS = 1.0

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        # the gazetteer does not change: names looked up again (~440k lookups per 260
        # articles, few distinct names) are answered from these, bounded by LOOKUP_CACHE_LIMIT
        self._lookups: dict[str, tuple[Entry, ...]] = {}
        self._known: dict[str, bool] = {}

    # ------------------------------------------------------------------ spans
    def geoparse(self, doc: Doc, article: Article, mentions: Sequence[Mention]) -> list[PlaceMention]:
        """Places named in ``article``, in text order.

        Args:
            doc: ``nlp(article.text)``; its character offsets equal ``Article.text``'s.
                Its ``doc._.persons`` (the entity layer), when set, tells which words
                are people's names.
            article: The article (its id makes ``place_id``).
            mentions: The actor layer's mentions; ``capital`` mentions and country
                mentions become places, person mentions are never places (a country
                name opening one is: "U.S. President ...").

        Returns:
            One :class:`PlaceMention` per resolved toponym occurrence, ordered by
            ``start``; ``place_id`` is ``"{article_id}:place:{start}-{end}"``
            (character offsets into ``Article.text``). Unresolvable names are left out.
        """
        spans = self._candidate_spans(doc, mentions)
        hints = _hints(doc, spans)
        actors = _actor_countries(mentions)
        entries = self._resolve_entries([s.text for s in spans], hints=hints, actors=actors)
        entries = self._drop_lone_hamlets(spans, hints, entries)
        out: list[PlaceMention] = []
        for i, (span, entry) in enumerate(zip(spans, entries, strict=True)):
            others = {e.place.country for j, e in enumerate(entries) if e is not None and j != i}
            others |= actors
            if entry is None or not self._confirmed(span, entry, others):
                continue
            if entry.kind in (Kind.CITY, Kind.ADMIN2) and entry.place.country not in others:
                if _heads_site_name(doc_text(doc), span.end) and not self._prominent_entry(entry):
                    continue  # "Queen Victoria Market" in Melbourne: no town of Mauritius
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
                    place=place_of(entry),
                    rule=span.rule,
                )
            )
        # the actor layer's people only: sites are often named after people ("Richard J. Donovan
        # Correctional Facility"), which the NER labels PERSON
        people = [(m.start, m.end) for m in mentions if m.actor.kind is ActorKind.PERSON]
        out.extend(located_sites(doc_text(doc), out, people))
        orgs = [(m.start, m.end) for m in mentions if m.actor.kind in (ActorKind.IGO, ActorKind.ORGANISATION)]
        out.extend(unlocated_sites(doc_text(doc), out, people + orgs))
        out.extend(glossed_places(doc_text(doc), out))
        out.extend(self._party_states(doc, article, out))
        return sorted(out, key=lambda p: p.start)

    def _party_states(self, doc: Doc, article: Article, found: Sequence[PlaceMention]) -> list[PlaceMention]:
        """The US states of legislators' party-state labels ("(R-AZ)": Arizona), where no
        place was found there."""
        out = []
        for start, end, code in party_states(doc_text(doc)):
            entry = self.gazetteer.admin1("US", code)
            if entry is None or any(p.start < end and start < p.end for p in found):
                continue
            out.append(
                PlaceMention(
                    f"{article.article_id}:place:{start}-{end}", article.article_id, _sentence_at(doc, start),
                    code, start, end, place_of(entry), "party-state",
                )
            )  # fmt: skip
        return out

    def dateline_place(self, places: Sequence[PlaceMention]) -> PlaceMention | None:
        """The place mention that came from the dateline, if any."""
        return next((p for p in places if p.rule == "dateline"), None)

    def _confirmed(self, span: _Span, entry: Entry, countries: set[str | None]) -> bool:
        """Whether a name's place is credible. Any name: not a hamlet (under
        :data:`MIN_REPAIRED_POPULATION`) in a country none of the article's other places
        (``countries``) is in. A repaired name: a country, first-level division or feature,
        a second-level division by its own name in one of ``countries``, or a town
        named by its own name (not an alternate) of :data:`MIN_REPAIRED_POPULATION` in
        one of ``countries``, or of :data:`MIN_REPAIRED_FOREIGN_POPULATION` anywhere; any
        town of its own name in one of ``countries`` that a place noun names ("the town of X")."""
        if entry.kind not in (Kind.CITY, Kind.ADMIN2):
            return True
        if span.rule in ("dateline", "capital") or self.gazetteer.site(span.text) is not None:
            return True
        home = entry.place.country in countries
        if span.rule == "city-target" and not home:
            return False  # "outsold rivals Toyota": a company, unless the article is about the city's country
        if not span.repaired:
            return home or entry.population >= MIN_REPAIRED_POPULATION
        key = normalize_name(_strip_possessive(span.text))
        if not _own_name(key, entry) and not (
            home and entry.population >= MIN_REPAIRED_ALTERNATE_POPULATION and _spelling_of(key, entry)
        ):
            return False  # "Khan Younis" (Khān Yūnis) in an article about Gaza stays; "Google" (Topeka) not
        if span.place_noun in SETTLEMENT_NOUNS and home:
            return True  # "the town of X": a hamlet or a town of unknown population is fine
        if entry.kind is Kind.ADMIN2 and span.label == "ORG" and key not in entry.primary_names:
            return False  # a company the NER tags ORG by a county's name less its type word ("at Ford")
        if entry.kind is Kind.ADMIN2 and home:
            return True  # a district of the article's country by its own name ("in Dongjak-gu")
        if entry.population < MIN_REPAIRED_POPULATION:
            return False
        return home or entry.population >= MIN_REPAIRED_FOREIGN_POPULATION

    def _drop_lone_hamlets(
        self, spans: Sequence[_Span], hints: Sequence[NameHint | None], entries: Sequence[Entry | None]
    ) -> list[Entry | None]:
        """None for a town of under :data:`LONE_TOWN_POPULATION` people that nothing in the
        article supports: no qualifier, place noun or dateline names it, and no other place
        lies in its first-level division or within :attr:`NEAR_KM` ("light years from Earth":
        no Earth, Texas; "in Alpha as a preview"). Local stories name a village's state or
        neighbours ("Antioch, Illinois"; "Bala, Harlech and Barmouth")."""
        out = list(entries)
        for i, (span, entry) in enumerate(zip(spans, entries, strict=True)):
            hint = hints[i] if i < len(hints) else None
            if (
                entry is None
                or entry.kind is not Kind.CITY
                or entry.population >= LONE_TOWN_POPULATION
                or span.rule in ("dateline", "capital", "route")
                or span.place_noun is not None
                or (hint is not None and hint.within is not None)
            ):
                continue
            lat, lon = entry.place.lat, entry.place.lon
            supported = any(
                j != i
                and other is not None
                and other.kind is not Kind.COUNTRY
                and normalize_name(spans[j].text) != normalize_name(span.text)
                and (
                    (other.iso2, other.admin1_code) == (entry.iso2, entry.admin1_code)
                    or haversine_km(other.place.lat, other.place.lon, lat, lon) < self.NEAR_KM
                )
                for j, other in enumerate(entries)
            )
            if not supported:
                out[i] = None
        return out

    def _candidate_spans(self, doc: Doc, mentions: Sequence[Mention]) -> list[_Span]:
        text = doc_text(doc)
        person_mentions = [(m.start, m.end) for m in mentions if m.actor.kind is ActorKind.PERSON]
        org_mentions = [
            (m.start, m.end) for m in mentions if m.actor.kind in (ActorKind.IGO, ActorKind.ORGANISATION)
        ]
        # an actor the dictionary names after a place of its own country ("Rafah" for the
        # people of Gaza) does not keep that place's name from being a place
        org_blocks = [
            (m.start, m.end)
            for m in mentions
            if m.actor.kind in (ActorKind.IGO, ActorKind.ORGANISATION) and not self._home_place_name(m)
        ]
        agent_mentions = {(m.start, m.end) for m in mentions if m.actor.kind is ActorKind.AGENT}
        ents = doc.ents  # spaCy builds new spans on every access
        person_starts = {m.start for m in mentions if m.actor.kind is ActorKind.PERSON} | {
            e.start_char for e in ents if e.label_ == "PERSON"
        }
        person_ends = {m.end for m in mentions if m.actor.kind is ActorKind.PERSON} | {
            e.end_char for e in ents if e.label_ == "PERSON"
        }
        person_names = _person_names(doc)
        taken: list[tuple[int, int]] = []
        spans: list[_Span] = []
        queued: list[tuple[_Span, Evidence, int]] = []

        def overlaps(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
            return any(start < e and s < end for s, e in ranges)

        def candidate(
            start: int, end: int, rule: str, sentence_index: int | None = None, *, repaired: bool = False,
            capital_of: str | None = None, label: str = "",
        ) -> None:  # fmt: skip
            start, end = _trim(text, start, end)
            if end <= start:
                return
            start, end, widened = self._widen(text, start, end)
            if overlaps(start, end, taken):
                return
            surface = text[start:end]
            if _institution_modifier(doc, surface, end):
                return  # "White House officials", "a Kremlin spokesman": an office's name
            site = self._named_site(text, start, end, org_mentions)
            if repaired and (
                not (surface[:1].isupper() or _ARTICLE_NAME_RE.match(surface))
                or text[end : end + 2] in ("'s", "\u2019s")
                or (overlaps(start, end, org_blocks) and not site)
                or (start, end) in agent_mentions
                or self.gazetteer.is_demonym(surface)
                or not self._lookup(surface)
            ):
                return
            is_country = self.gazetteer.country_named(surface) is not None
            if overlaps(start, end, person_mentions) and not (
                is_country and any(s == start and e > end for s, e in person_mentions)
            ):
                return
            follows = _next_start(text, end) in person_starts or _office_of(text, start)
            if rule not in ("dateline", "route") and not self._plausible(
                text, start, end, surface, is_country, follows
            ):
                return
            known = widened or (" " in surface and self._known_name(surface))
            known = known or (surface.split()[0] in TOPONYM_HEADS and bool(self._lookup(surface)))
            strength = 0 if is_country or site else person_strength(surface, person_names, place_name=known)
            evidence = locative_evidence(text, start, end, verb_after=_verb_after(doc, end))
            if strength == 2 and text[end : end + 2] in ("'s", "\u2019s"):
                evidence = Evidence.NONE  # "in Conway's Game of Life": "in" governs what Conway's is
            if speech_subject(text, start, end) and (repaired or not self._prominent(surface)):
                return  # "Casin says", "said Nawa": a person, unless a country or large city
            cue = _division_cue(text, start, end, person_ends, country=is_country)
            noun = place_noun_cue(text, start, end) if repaired else None
            span = _Span(start, end, surface, rule, sentence_index, repaired, capital_of, label, cue, noun)
            if rule == "dateline" or (not repaired and strength < 2):
                taken.append((start, end))
                spans.append(span)
                return
            if site or (known and strength < 2 and label != "ORG"):
                evidence = Evidence.STRONG  # a known name of several words needs no other evidence
            queued.append((span, evidence, strength))

        dateline = _dateline_offsets(doc)
        if dateline is not None:
            candidate(dateline[0], dateline[1], "dateline")
        for start, end, name in _compass_ellipses(text):  # "North and South Kivu": North Kivu too
            if not overlaps(start, end, taken) and any(
                e.kind in (Kind.COUNTRY, Kind.ADMIN1, Kind.ADMIN2, Kind.FEATURE) for e in self._lookup(name)
            ):
                taken.append((start, end))
                spans.append(_Span(start, end, name, "ellipsis", label="GPE"))
        for m in mentions:
            if m.rule == "capital":
                candidate(m.start, m.end, "capital", m.sentence_index, capital_of=m.actor.country)
            elif m.actor.kind is ActorKind.COUNTRY and self.gazetteer.country_named(m.text) is not None:
                candidate(m.start, m.end, "actor-country", m.sentence_index)
            elif m.rule == "city-target":  # "shelled Kharkiv": the actor layer read a large city
                candidate(m.start, m.end, "city-target", m.sentence_index)
        for ent in ents:
            if ent.label_ in TOPONYM_LABELS:
                town = self._town_of_venue(text, ent.start_char, ent.end_char)
                if town is not None:  # "the Volgograd Arena": the town it is named after
                    candidate(*town, f"ner-{ent.label_.lower()}", label=ent.label_)
                candidate(ent.start_char, ent.end_char, f"ner-{ent.label_.lower()}", label=ent.label_)
        for ent in ents:
            if ent.label_ in REPAIR_LABELS:
                for start, end in _split_coordination(text, ent.start_char, ent.end_char):
                    candidate(start, end, "ner-repair", repaired=True, label=ent.label_)
        for start, end in _proper_noun_runs(doc):
            candidate(start, end, "ner-repair", repaired=True)
        for start, end in hyphen_compound_names(text):  # "a U.K.-U.S. base", "U.S.-designated"
            name = text[start:end]
            if self.gazetteer.country_named(name) is not None and not self.gazetteer.is_demonym(name):
                candidate(start, end, "compound")
        for start, end in based_compound_names(text):  # "the Espoo-based company"
            if self._route_end(text[start:end]):
                candidate(start, end, "route")
        routes = route_compound_names(text)  # "the Abuja-Kaduna highway": both towns
        for a, b in zip(routes[::2], routes[1::2], strict=True):
            if all(self._route_end(text[s:e]) for s, e in (a, b)):
                candidate(*a, "route")
                candidate(*b, "route")
        # Qualifiers and coordinations with the places found so far, twice for chains
        # ("Quetta, Balochistan, to Peshawar, Khyber Pakhtunkhwa").
        for _ in range(2):
            rest: list[tuple[_Span, Evidence, int]] = []
            for span, evidence, strength in queued:
                if overlaps(span.start, span.end, taken):
                    continue
                evidence = max(evidence, self._evidence_from(text, span, spans))
                need = Evidence.STRONG if strength == 2 else Evidence.WEAK
                if evidence >= need:
                    taken.append((span.start, span.end))
                    spans.append(span)
                else:
                    rest.append((span, evidence, strength))
            queued = rest
        return sorted(spans, key=lambda s: s.start)

    def _town_of_venue(self, text: str, start: int, end: int) -> tuple[int, int] | None:
        """Character offsets of the town that names an airport, stadium or arena the
        gazetteer does not list ("Chiang Mai" of "Chiang Mai International Airport",
        "Volgograd" of "the Volgograd Arena"), or None. News names such venues after the
        town they serve, and the gold guidelines resolve a site to its coordinates, which
        lie within a town's reach."""
        m = _VENUE_RE.fullmatch(text[start:end])
        if m is None or self._lookup(text[start:end]):
            return None
        town = m.group("town")
        if not any(e.kind in (Kind.CITY, Kind.ADMIN2) for e in self._lookup(town)):
            return None
        return start + m.start("town"), start + m.end("town")

    def _route_end(self, name: str) -> bool:
        """True when ``name`` can be one end of a route ("Abuja" of "the Abuja-Kaduna
        highway") or a seat ("Espoo-based"): a country, division or feature, or a town of
        10,000 people, and no demonym."""
        return not self.gazetteer.is_demonym(name) and any(
            e.kind is not Kind.CITY or e.population >= 10_000 for e in self._lookup(name)
        )

    def _home_place_name(self, m: Mention) -> bool:
        """True when an organisation mention is just the own name of a town, division or
        feature in the organisation's country (a dictionary actor named after a place)."""
        key = normalize_name(m.text)
        return m.actor.country is not None and any(
            e.place.country == m.actor.country and key in e.primary_names and e.kind is not Kind.COUNTRY
            for e in self._lookup(m.text)
        )

    def _plausible(
        self, text: str, start: int, end: int, surface: str, is_country: bool, person_follows: bool
    ) -> bool:
        """The span filters of stage 2 that need no other span: demonyms, parts of longer
        names, abbreviations, names of other things (:func:`~dyadic.geo.spans.name_of_something_else`)."""
        cands = self.gazetteer.candidates(surface)
        if self.gazetteer.is_demonym(surface) and not any(
            e.kind in (Kind.COUNTRY, Kind.ADMIN1, Kind.FEATURE, Kind.CONTINENT)
            or e.population >= BIG_CITY_POPULATION
            for e in cands
        ):
            return False
        if _part_of_longer_name(text, start, end):
            return False
        if _ABBREV_RE.match(surface) and not is_country and not any(e.kind is Kind.ADMIN1 for e in cands):
            return False
        single = " " not in surface and "-" not in surface
        why = name_of_something_else(text, start, end, single_token=single, person_follows=person_follows)
        if why == "org-unit":  # "the Dallas chapter of ...", but "the Kenya branch of ..." names Kenya
            return is_country
        if why == "hyphen":  # "U.K.-U.S. base" names two places; "France-Presse" one agency
            nxt = re.match(r"[-\u2010\u2011]([\w.]+)", text[end : end + 40])
            return nxt is not None and self.gazetteer.country_named(nxt.group(1)) is not None
        return why is None

    def _prominent(self, name: str) -> bool:
        """True when ``name`` can be a country, a division, a capital or a city of
        :data:`BIG_CITY_POPULATION` (so "Moscow said" stays a place)."""
        return any(
            self._prominent_entry(e) or e.population >= BIG_CITY_POPULATION for e in self._lookup(name)
        )

    @staticmethod
    def _prominent_entry(e: Entry) -> bool:
        """True for a country, first-level division, continent, feature, national capital
        or city of :data:`BIG_CITY_POPULATION`."""
        return (
            e.kind in (Kind.COUNTRY, Kind.ADMIN1, Kind.CONTINENT, Kind.FEATURE)
            or e.place.feature_code == "PPLC"
            or (e.kind is Kind.CITY and e.population >= BIG_CITY_POPULATION)
        )

    def _evidence_from(self, text: str, span: _Span, accepted: Sequence[_Span]) -> Evidence:
        """Evidence from the places around ``span``: a qualifier ("X, Wisconsin"; "Livorno,
        X" when X is a division or country) is strong, a coordination ("A and X") weak."""
        best = Evidence.NONE
        for other in accepted:
            if (
                other.start >= span.end
                and qualifier_gap(text, span.end, other.start)
                and text[other.end : other.end + 2] not in ("'s", "\u2019s")
            ):  # "Hagan, North Carolina's first senator": an apposition, no qualifier
                if self._is_region_name(other.text):
                    return Evidence.STRONG
            if other.end <= span.start and qualifier_gap(text, other.end, span.start):
                if self._is_region_name(span.text):
                    return Evidence.STRONG
            if other.start >= span.end and _locating_gap(text, span.end, other.start):
                if self._lies_in(span.text, other.text):
                    return Evidence.STRONG  # "Gwoza in Borno state": a town of Borno is named so
            if (other.start >= span.end and coordinated(text, span.end, other.start)) or (
                other.end <= span.start and coordinated(text, other.end, span.start)
            ):
                best = Evidence.WEAK
        return best

    def _lies_in(self, name: str, region: str) -> bool:
        """True when ``region`` can be a country or first-level division that has a town or
        second-level division called ``name`` ("Gwoza" in "Borno")."""
        areas = [e for e in self._lookup(region) if e.kind in (Kind.COUNTRY, Kind.ADMIN1)]
        return any(
            e.iso2 == a.iso2 and (a.kind is Kind.COUNTRY or e.admin1_code == a.admin1_code)
            for e in self._lookup(name)
            if e.kind in (Kind.CITY, Kind.ADMIN2)
            for a in areas
        )

    def _is_region_name(self, name: str) -> bool:
        """True when ``name`` can be a country or first-level division."""
        return any(e.kind in (Kind.COUNTRY, Kind.ADMIN1) for e in self._lookup(name))

    def _widen(self, text: str, start: int, end: int) -> tuple[int, int, bool]:
        """The longest gazetteer name of two or more words that holds ``text[start:end]``,
        adding up to two words on either side ("New York" -> "New York City", "Indian" ->
        "Indian Ocean", "Africa" -> "North Africa", "Granja" -> "Granja do Torto"); the third
        item says whether it grew."""
        left = list(re.finditer(r"[\w'’.-]+", text[max(0, start - 40) : start]))
        base = max(0, start - 40)
        right = list(re.finditer(r"[\w'’.-]+", text[end : end + 40]))
        lefts = [start]
        for m in reversed(left[-2:]):
            word = m.group(0)
            if word.lower() == "the" or not (
                word[:1].isupper() or word.lower() in _EXTEND_LEFT_LOWER or _JOINER_RE.fullmatch(word)
            ):
                break
            if text[base + m.end() : lefts[-1]].strip() not in ("", "-"):
                break
            lefts.append(base + m.start())
        rights = [end]
        for m in right[:2]:
            word = m.group(0)
            if not (
                word[:1].isupper() or _JOINER_RE.fullmatch(word) or word.rstrip(".") in _EXTEND_RIGHT_LOWER
            ):
                break
            if text[rights[-1] : end + m.start()].strip() not in ("", "-"):
                break
            rights.append(end + m.end())
        best = (start, end, False)
        for s in lefts:
            for e in rights:
                if (s, e) == (start, end) or e - s <= best[1] - best[0]:
                    continue
                name = text[s:e].rstrip(".")
                words = name.split()
                if len(words) < 2 or _JOINER_RE.fullmatch(words[0]) or _JOINER_RE.fullmatch(words[-1]):
                    continue
                if self._known_name(name) or (
                    # "General Santos City": a town's own name of two words and "City"
                    len(words) > 2 and words[-1] == "City" and self._known_name(" ".join(words[:-1]))
                ):
                    best = (s, s + len(name), True)
        return best

    def _named_site(self, text: str, start: int, end: int, org_mentions: list[tuple[int, int]]) -> bool:
        """True when ``text[start:end]`` (character offsets) is a site of the sites table
        named as a site: not the very span of an organisation the actor layer found (the
        Pentagon, Al-Aqsa the militia), unless a site noun follows ("the Al-Aqsa mosque") or
        the span holds more than that organisation's name ("Masjid Al-Aqsa")."""
        if self.gazetteer.site(text[start:end]) is None:
            return False
        if (start, end) not in org_mentions:
            return True
        nxt = re.match(r"\s+([a-z]+)", text[end : end + 30])
        return nxt is not None and nxt.group(1) in SITE_NOUNS

    def _known_name(self, name: str) -> bool:
        """True when ``name`` is the own name of a gazetteer entry (not only an alternate) or a site."""
        known = self._known.get(name)
        if known is None:
            if len(self._known) >= LOOKUP_CACHE_LIMIT:
                self._known.clear()
            known = self._known[name] = self._known_uncached(name)
        return known

    def _known_uncached(self, name: str) -> bool:
        key = normalize_name(name)
        if self.gazetteer.site(name) is not None:
            return True
        return any(
            key in e.primary_names or e.kind in (Kind.COUNTRY, Kind.ADMIN1, Kind.FEATURE, Kind.CONTINENT)
            for e in self.gazetteer.candidates(name)
        )

    # ------------------------------------------------------------- resolution
    def resolve(
        self, names: Sequence[str], *, demonyms: bool = False, hints: Sequence[NameHint | None] | None = None
    ) -> list[Place | None]:
        """Resolve the toponyms of one article jointly; each name's context is the others.

        Args:
            names: Toponym surface strings, in text order, repeats allowed.
            demonyms: Also resolve demonyms to the country they name ("French" ->
                France). Off for running text, where demonyms are not places; on
                when scoring gold spans that annotate demonyms.
            hints: Optional, aligned with ``names``: what the text says about each
                name (:class:`NameHint`: the country whose capital it stands for, the
                name that qualifies it).

        Returns:
            One :class:`Place` or None per name, aligned with ``names``.
        """
        return [
            None if e is None else place_of(e)
            for e in self._resolve_entries(names, demonyms=demonyms, hints=hints)
        ]

    def _resolve_entries(
        self,
        names: Sequence[str],
        *,
        demonyms: bool = False,
        hints: Sequence[NameHint | None] | None = None,
        actors: frozenset[str] = frozenset(),
    ) -> list[Entry | None]:
        keys = [normalize_name(_strip_possessive(n)) for n in names]
        cands: dict[str, list[Entry]] = {}
        divisions = {k for k, h in zip(keys, hints or (), strict=False) if h is not None and h.division}
        for key, name in zip(keys, names, strict=True):
            if key in cands:
                continue
            if key in BARE_WORDS:
                # "the Northwest region" of an article's country is that division
                cands[key] = (
                    [e for e in self._lookup(name) if e.kind is Kind.ADMIN1] if key in divisions else []
                )
                continue
            d = self.gazetteer.demonym(name) if demonyms else None
            found = [d] if d is not None else self._lookup(_strip_possessive(name))
            cands[key] = found
        countries_only: set[str] = set()
        if hints:
            self._apply_hints(keys, cands, hints)
            countries_only = {
                k for k, h in zip(keys, hints, strict=False) if h is not None and h.country_mention
            }
        # Pass 1: no context. Pass 2: context from pass 1's choices, minus the name's own.
        first = {k: self._choose(c, None, k) for k, c in cands.items()}
        context = self._context(first, actors)
        second = {k: self._choose(c, context, k, k in countries_only) for k, c in cands.items()}
        context = self._context(second, actors)
        final = {k: self._choose(c, context, k, k in countries_only) for k, c in cands.items()}
        if hints:
            self._divisions_in_lists(keys, cands, hints, final)
            self._big_cities_in_lists(keys, cands, hints, final)
        return [final.get(k) for k in keys]

    def _big_cities_in_lists(
        self,
        keys: Sequence[str],
        cands: dict[str, list[Entry]],
        hints: Sequence[NameHint | None],
        final: dict[str, Entry | None],
    ) -> None:
        """In a list of big cities ("New York, Boston, Chicago and Los Angeles"), a name
        chosen as a small town far from them that a city of :data:`BIG_CITY_POPULATION` and
        :data:`BIG_CITY_RATIO` times its people bears is that city (``final``, in place): a
        list's members are of a kind, and the state one of them names ("New York") is no
        evidence for a village of that state (Boston, New York)."""
        for key, hint in zip(keys, hints, strict=False):
            chosen = final.get(key)
            if hint is None or chosen is None or chosen.kind is not Kind.CITY:
                continue
            if _big_city(chosen):
                continue
            partners = [final.get(keys[j]) for j in hint.listed_with if 0 <= j < len(keys)]
            if len(partners) < 2 or not all(
                e is not None
                and e.kind is Kind.CITY
                and _big_city(e)
                and haversine_km(e.place.lat, e.place.lon, chosen.place.lat, chosen.place.lon) >= self.NEAR_KM
                for e in partners
            ):
                continue
            bigger = [
                e
                for e in cands.get(key, [])
                if e.kind is Kind.CITY
                and key in e.primary_names
                and e.population >= max(BIG_CITY_POPULATION, BIG_CITY_RATIO * chosen.population)
            ]
            if bigger:
                final[key] = max(bigger, key=lambda e: e.population)

    def _divisions_in_lists(
        self,
        keys: Sequence[str],
        cands: dict[str, list[Entry]],
        hints: Sequence[NameHint | None],
        final: dict[str, Entry | None],
    ) -> None:
        """In a list of first-level divisions of one country ("Maine, New York, New Jersey
        and Ohio"), a name that is such a division is the division (``final``, in place)."""
        for key, hint in zip(keys, hints, strict=False):
            if hint is None or not hint.listed_with:
                continue
            partners = [final.get(keys[j]) for j in hint.listed_with if 0 <= j < len(keys)]
            states = {e.iso2 for e in partners if e is not None and e.kind is Kind.ADMIN1}
            own = [e for e in cands.get(key, []) if e.kind is Kind.ADMIN1 and e.iso2 in states]
            chosen = final.get(key)
            if own and (chosen is None or chosen.kind is not Kind.ADMIN1):
                final[key] = max(own, key=lambda e: (key in e.primary_names, e.population))

    def _apply_hints(
        self, keys: Sequence[str], cands: dict[str, list[Entry]], hints: Sequence[NameHint | None]
    ) -> None:
        """Narrow the candidates of hinted names (in place): a qualified name to its
        qualifier's country or division, else a capital to its country's capital (not a
        small capital that a bigger namesake outweighs: "bushfires across Victoria"), unless
        one of the name's uses is listed among another country's towns."""
        abroad = {
            key
            for key, hint in zip(keys, hints, strict=False)
            if hint is not None and hint.capital_of and self._listed_abroad(key, keys, cands, hint, hints)
        }
        for key, hint in zip(keys, hints, strict=False):
            if hint is None or not cands.get(key):
                continue
            if hint.division:
                divisions = (
                    [e for e in cands[key] if e.kind is Kind.ADMIN1]
                    or self._named_for_town(key, cands[key])
                    or [e for e in self.gazetteer.variants(key) if e.kind is Kind.ADMIN1]
                )
                if divisions:
                    cands[key] = divisions
            qualified = False
            if hint.within is not None and 0 <= hint.within < len(keys):
                # "Carrascal, Cantilan, Madrid, Carmen": a list of towns, no "Town, City"
                q_hint = hints[hint.within] if hint.within < len(hints) else None
                in_list = any(j < hint.within - 1 for j in hint.listed_with) or (
                    q_hint is not None and any(j > hint.within for j in q_hint.listed_with)
                )
                qualified = self._apply_qualifier(key, keys[hint.within], cands, in_list=in_list)
            if hint.capital_of and not qualified and key not in abroad:
                inside = [e for e in cands[key] if e.place.country == hint.capital_of]
                capitals = [e for e in inside if e.place.feature_code == "PPLC"]
                if capitals and self._outweighed_capital(capitals[0], cands[key]):
                    continue
                if capitals or inside:
                    cands[key] = capitals or inside

    @staticmethod
    def _listed_abroad(
        key: str,
        keys: Sequence[str],
        cands: dict[str, list[Entry]],
        hint: NameHint,
        hints: Sequence[NameHint | None],
    ) -> bool:
        """True when a name read as a capital is listed with two or more names (its list,
        followed through the others' lists) whose only common country is another one, where
        a town of the name lies ("Carrascal, Cantilan, Madrid, Carmen": Madrid, Surigao del
        Sur): a town of the list's country."""
        listed: set[int] = set()
        todo = [j for j in hint.listed_with if 0 <= j < len(keys)]
        while todo:
            j = todo.pop()
            if j in listed or keys[j] == key:
                continue
            listed.add(j)
            other = hints[j] if j < len(hints) else None
            if other is not None and other.capital_of:
                return False  # "Paris, London and Berlin": a list of capitals
            todo.extend(i for i in (other.listed_with if other else ()) if 0 <= i < len(keys))
        partners = [c for c in (cands.get(keys[j], []) for j in sorted(listed)) if c]
        if len(partners) < 2:
            return False
        common = set.intersection(*({e.place.country for e in c} for c in partners))
        return (
            len(common) == 1
            and hint.capital_of not in common
            and any(e.place.country in common and e.kind is Kind.CITY for e in cands.get(key, []))
        )

    def _outweighed_capital(self, capital: Entry, cands: Sequence[Entry]) -> bool:
        """True for a capital of under :data:`BIG_CITY_POPULATION` people that shares its
        name with a first-level division or a city :data:`BIG_CITY_RATIO` times its size
        (Victoria, Seychelles and the Australian state): the actor layer's reading of it as
        a government is left to the article's context."""
        return capital.population < BIG_CITY_POPULATION and any(
            e.place.country != capital.place.country
            and (e.kind is Kind.ADMIN1 or e.population >= BIG_CITY_RATIO * max(capital.population, 1))
            for e in cands
        )

    def _apply_qualifier(
        self, key: str, qkey: str, cands: dict[str, list[Entry]], *, in_list: bool = False
    ) -> bool:
        """Narrow ``key``'s candidates to the country or division its qualifier ``qkey``
        names ("Paris, Texas"); True when narrowed. A qualifier that is a country and a
        division ("Georgia") is the division when the town lies in it ("Athens, Georgia"),
        and then only that division; a town named like a country is the town when the
        division qualifying it holds one so named ("Lebanon, Pennsylvania"). A big city
        qualifies a town outside a list of names (``in_list``): :meth:`_qualified_by_city`."""
        qcands = cands.get(qkey, [])
        chosen = self._choose(qcands, None, qkey)
        readings = [chosen] + [e for e in qcands if e.kind is Kind.ADMIN1 and e is not chosen]
        # a city named like its division ("West Point, New York") qualifies as the division
        city_only = not any(e.kind is Kind.ADMIN1 for e in qcands)
        if chosen is not None and city_only and not in_list and self._qualified_by_city(key, chosen, cands):
            return True
        for n, q in enumerate(readings):
            if q is None or q.kind not in (Kind.COUNTRY, Kind.ADMIN1):
                continue
            in_country = [e for e in cands[key] if e.place.country == q.place.country]
            in_division = [e for e in in_country if (e.iso2, e.admin1_code) == (q.iso2, q.admin1_code)]
            # a list of countries or of one country's divisions ("Maine, New York"), no qualifier
            listed = any(
                e.kind is q.kind and (q.kind is Kind.COUNTRY or e.place.country == q.place.country)
                for e in cands[key]
            )
            if q.kind is Kind.ADMIN1 and in_division and not listed:
                cands[key] = in_division
                if n > 0:
                    cands[qkey] = [q]
                return True
            if n > 0 or listed or any(e.kind is Kind.COUNTRY for e in cands[key]):
                continue
            if q.kind is Kind.ADMIN1:
                # "Charlevoix, Quebec" with no Charlevoix in Canada: none rather than Michigan's;
                # "Randolph, New Hampshire" with Randolphs only in other states: a town the
                # gazetteer lacks, placed at its division rather than at a namesake elsewhere
                cands[key] = [q] if in_country else []
                return True
            if in_country or not any(self._prominent_entry(e) for e in cands[key]):
                # "Berkshire, UK" with only a Berkshire County in the US: none rather than
                # that; a capital or large city stays ("in Moscow, Iran and Turkey agreed")
                cands[key] = in_country
                return True
        return False

    def _qualified_by_city(self, key: str, city: Entry, cands: dict[str, list[Entry]]) -> bool:
        """Narrow ``key``'s candidates (in place) to those near the big city qualifying it
        ("Lewisham, London"); with none near and no prominent namesake (so not a list of
        cities: "Paris, London and Rome"), the quarter the gazetteer lacks is put at the city.
        True when narrowed."""
        if city.kind is not Kind.CITY or city.population < BIG_CITY_POPULATION:
            return False
        lat, lon = city.place.lat, city.place.lon
        near = [e for e in cands[key] if haversine_km(e.place.lat, e.place.lon, lat, lon) <= QUARTER_KM]
        if near:
            cands[key] = near
            return True
        if not cands[key] or any(
            self._prominent_entry(e) or e.population * BIG_CITY_RATIO >= city.population for e in cands[key]
        ):
            return False
        cands[key] = [city]
        return True

    def _named_for_town(self, key: str, cands: Sequence[Entry]) -> list[Entry]:
        """The first-level divisions named after a town of ``cands`` that hold it, for a name
        the text calls a division but that only towns bear ("the Hasakah governorate" ->
        Al Hasakah governorate, "the Krasnodar region" -> Krasnodarskiy Kray)."""
        word = re.compile(rf"(?:^|\s){re.escape(key)}")
        out = []
        for e in cands:
            if e.kind is not Kind.CITY:
                continue
            division = self.gazetteer.admin1(e.iso2, e.admin1_code)
            if (
                division is not None
                and division not in out
                and any(word.match(n) or word.search(n) for n in division.primary_names)
            ):
                out.append(division)
        return out

    def _lookup(self, name: str) -> list[Entry]:
        """The gazetteer entries ``name`` may mean (:meth:`_lookup_uncached`), remembered per name."""
        found = self._lookups.get(name)
        if found is None:
            if len(self._lookups) >= LOOKUP_CACHE_LIMIT:
                self._lookups.clear()
            found = self._lookups[name] = tuple(self._lookup_uncached(name))
        return list(found)

    def _lookup_uncached(self, name: str) -> list[Entry]:
        site = self.gazetteer.site(name)
        if site is not None:
            return [site]
        found = self.gazetteer.candidates(name)
        key = normalize_name(name)
        compass = _COMPASS_COMPOUND_RE.match(key)
        if compass is not None:  # "Northwest" region of Cameroon is GeoNames' "North-West"
            found += [e for e in self.gazetteer.candidates(" ".join(compass.groups())) if e not in found]
        if not any(e.kind in (Kind.COUNTRY, Kind.CONTINENT) for e in found):
            partial = [
                e
                for e in (self.gazetteer.country(iso3) for iso3 in _country_words().get(key, ()))
                if e is not None
            ]
            if partial:  # "Korea": South or North Korea, never Koréa (Côte d'Ivoire)
                return partial
        if found and not all(e.kind is Kind.CITY and e.population < MIN_REPAIRED_POPULATION for e in found):
            return found
        if found:  # only hamlets ("Hiran", Iraq): a division spelled like it may be meant (Hiiraan)
            return found + [e for e in self.gazetteer.variants(name) if e not in found]
        # "Hebei Province", "the Municipality of Bogliasco": the division or town named.
        for prefix in _DIVISION_PREFIXES:
            if key.startswith(prefix) and len(key) > len(prefix) + 2:
                return self.gazetteer.candidates(key[len(prefix) :])
        for suffix in _DIVISION_SUFFIXES:
            if key.endswith(suffix) and len(key) > len(suffix) + 2:
                stem = key[: -len(suffix)]
                for alt in ("", *_DIVISION_SUFFIXES):  # "Amur Region" is "Amur Oblast"
                    found = [
                        e
                        for e in self.gazetteer.candidates(stem + alt)
                        if e.kind in (Kind.ADMIN1, Kind.ADMIN2, Kind.FEATURE)
                    ]
                    if found:
                        return found
                break
        # "the Swat Valley", "Zaatari refugee camp", "the Rafah crossing": the division, feature or
        # town the valley, camp or crossing is named after
        for suffix, kinds in _FEATURE_SUFFIXES:
            if key.endswith(suffix) and len(key) > len(suffix) + 2:
                named = [e for e in self._lookup(key[: -len(suffix)]) if e.kind in kinds]
                if named:
                    return named
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
        # "South Armagh", "North Yorkshire Moors": the part of a division or town the compass
        # word names lies within its reach; a town must be large enough to have parts.
        first, _, rest = key.partition(" ")
        if first in _COMPASS_WORDS and rest:
            parts = [
                e
                for e in self.gazetteer.candidates(rest)
                if rest in e.primary_names
                and (e.kind is Kind.ADMIN1 or (e.kind in (Kind.ADMIN2, Kind.CITY) and e.population >= 10_000))
            ]
            if parts:
                return parts
        # "Pangkal Pinang" for Pangkalpinang: a one-word town written as two words
        words = key.split(" ")
        if len(words) == 2 and min(len(w) for w in words) >= 3:
            found = [
                e
                for e in self.gazetteer.candidates("".join(words))
                if e.kind is Kind.CITY and e.population >= MIN_REPAIRED_ALTERNATE_POPULATION
            ]
            if found:
                return found
        # "Hodeidah" for El-Hodeidah (Al Ḩudaydah): the Arabic article left out
        if not key.startswith(_ARABIC_ARTICLES) and len(key) >= 5:
            found = [
                e
                for article in _ARABIC_ARTICLES
                for e in self.gazetteer.candidates(article + key)
                if e.kind is not Kind.CITY or e.population >= MIN_REPAIRED_ALTERNATE_POPULATION
            ]
            if found:
                return found
        # "Hiran" for Hiiraan, "Middle Shabelle" for Middle Shabeelle: transliteration variants
        found = self.gazetteer.variants(name)
        if not found:
            for suffix in _DIVISION_SUFFIXES:
                if key.endswith(suffix) and len(key) > len(suffix) + 2:
                    found = [
                        e for e in self.gazetteer.variants(key[: -len(suffix)]) if e.kind is not Kind.CITY
                    ]
                    break
        return found

    def _context(
        self, chosen: dict[str, Entry | None], actors: frozenset[str] = frozenset()
    ) -> dict[str, _Context]:
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
            per_name[key] = _Context(+c, +a, [p for p in points if p[0] != key], actors)
        return per_name

    def _choose(
        self, cands: list[Entry], context: dict[str, _Context] | None, key: str, country_mention: bool = False
    ) -> Entry | None:
        if not cands:
            return None
        ctx = None if context is None else context.get(key)
        words = key.split()
        if words and all(w in BARE_WORDS or w in GENERIC_NOUNS for w in words):
            # "Northern District" of a US court is no Israeli district: only in the article's countries
            cands = [e for e in cands if ctx is not None and ctx.countries.get(e.place.country or "", 0) > 0]
            if not cands:
                return None
        exact_country = [e for e in cands if e.kind in (Kind.COUNTRY, Kind.CONTINENT)]
        if not exact_country:
            exact_country = [e for e in cands if e.kind is Kind.FEATURE and key in e.primary_names]
        if not exact_country:
            exact_country = [e for e in cands if e.kind is Kind.FEATURE]
        if exact_country:
            return self._choose_country(exact_country, cands, ctx, key, towns=not country_mention)
        best = max(cands, key=lambda e: self._score(e, ctx, key))
        return self._prefer_divisions_and_big_cities(best, cands, ctx, key)

    def _choose_country(
        self, exact: list[Entry], cands: list[Entry], ctx: _Context | None, key: str, *, towns: bool = True
    ) -> Entry:
        country = exact[0]
        part = [
            e
            for e in cands
            if country.kind is Kind.COUNTRY
            and key not in country.primary_names
            and e.place.country == country.place.country
            and key in e.primary_names
            and (e.kind is Kind.ADMIN1 or (e.kind is Kind.CITY and e.population >= BIG_CITY_POPULATION))
        ]
        if len(exact) == 1 and part:
            # a country's alias that is the own name of a part of it ("Gaza", "the Gaza Strip"
            # for the Palestinian territories): that part, not the country's middle
            return max(part, key=lambda e: (e.kind is Kind.ADMIN1, e.population))
        if len(exact) > 1 and all(
            e.kind is Kind.FEATURE and e.place.name == country.place.name for e in exact
        ):
            return self._course_point(exact, ctx)
        if len(exact) > 1 and exact[0].kind is Kind.COUNTRY:
            # several countries ("Korea"): the one the article is about, else the most populous
            country = max(
                exact,
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
                if e.kind is not Kind.ADMIN1:
                    continue
                home = ctx.countries.get(e.place.country or "", 0)
                if home > max(own, 1) or (own == 0 and ctx.admin1s.get((e.iso2, e.admin1_code), 0) > 0):
                    return e  # or a town of the division is named ("Atlanta ... Georgia lawmakers")
            if own == 0 and towns:
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

    @staticmethod
    def _course_point(points: list[Entry], ctx: _Context | None) -> Entry:
        """One of a river's points along its course (``RIVERS`` of ``tools/build_gazetteer.py``,
        the mouth first): the point nearest the article's towns and districts, else the first
        point in one of the article's countries, else the mouth."""
        if ctx is not None and ctx.points:
            return min(
                points,
                key=lambda e: min(
                    haversine_km(e.place.lat, e.place.lon, lat, lon) for _, lat, lon in ctx.points
                ),
            )
        if ctx is not None:
            home = [e for e in points if ctx.countries.get(e.place.country or "", 0) > 0]
            if home:
                return home[0]
        return points[0]

    def _prefer_divisions_and_big_cities(
        self, best: Entry, cands: list[Entry], ctx: _Context | None, key: str
    ) -> Entry:
        """Correct the score winner where news usage is clear.

        * A division beats a town named after it that has under a tenth of its people
          ("Nevada", Missouri; "Ontario", California) unless only the town's country
          is in the article.
        * A city with at least a fifth of the people of the division named after it
          ("New York" -> New York City), or its country's capital ("Washington"), beats
          the division; the city must bear the name, not only as an alternate ("La.").
        * A national capital, or a city of :data:`BIG_CITY_POPULATION` and
          :data:`BIG_CITY_RATIO` times the people, beats a namesake town that only
          the article's countries favour (not its division, not a nearby place):
          "Paris" in a US story is still Paris, France; "Paris, Texas" is qualified
          by :class:`NameHint` before this.
        """
        divisions = [e for e in cands if e.kind is Kind.ADMIN1 and key in e.primary_names]
        if best.kind in (Kind.CITY, Kind.ADMIN2) and divisions and best.place.feature_code != "PPLC":
            d = max(divisions, key=lambda e: e.population)
            if best.population * 10 < d.population and (
                ctx is None
                or ctx.countries.get(d.place.country or "", 0) > 0
                or ctx.countries.get(best.place.country or "", 0) == 0
            ):
                return d
        if best.kind is Kind.ADMIN1:
            cities = [
                e
                for e in cands
                if e.kind is Kind.CITY
                and e.iso2 == best.iso2
                and any(n == key or n.startswith(key + " ") for n in e.primary_names)
                and (e.place.feature_code == "PPLC" or e.population * 5 >= best.population)
            ]
            if cities:
                return max(cities, key=lambda e: e.population)
            return best
        if (
            best.kind is Kind.CITY
            and best.place.feature_code != "PPLC"
            and ctx is not None
            and not self._locally_supported(best, ctx)
        ):
            own_name = key in best.primary_names
            bigger = [
                e
                for e in cands
                if e.kind is Kind.CITY
                and e is not best
                and (key in e.primary_names or not own_name)
                and (e.place.feature_code == "PPLC" or e.population >= BIG_CITY_POPULATION)
                and e.population >= BIG_CITY_RATIO * best.population
            ]
            if bigger:
                return max(bigger, key=lambda e: self._score(e, ctx, key))
        return best

    def _locally_supported(self, e: Entry, ctx: _Context) -> bool:
        """True when the article names ``e``'s first-level division or a place near it."""
        return ctx.admin1s.get((e.iso2, e.admin1_code), 0) > 0 or self._near(e, ctx)

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
        if key in e.primary_names or (e.kind is Kind.CITY and _close_spelling(key, e.primary_names)):
            score += self.PRIMARY_NAME_BONUS  # "Odessa" is Odesa's own name spelled otherwise
        if ctx is not None:
            n_country = ctx.countries.get(e.place.country or "", 0)
            if n_country > 0:
                score += self.COUNTRY_BONUS + min(1.5, math.log2(n_country))
            if ctx.admin1s.get((e.iso2, e.admin1_code), 0) > 0:
                score += self.ADMIN1_BONUS
            if self._near(e, ctx):
                score += self.NEAR_BONUS
            if n_country == 0 and e.place.country in ctx.actors:
                score += self.ACTOR_COUNTRY_BONUS
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


#: Actor-layer rules whose country the mention's own words give ("Pakistani police",
#: "Russian", "President X"), not the places around it ("officials in Cornwall": the
#: actor layer's reading of the place itself).
_OWN_COUNTRY_RULES = frozenset({"title+nationality", "country-name", "agent+country", "leader+title"})


def _actor_countries(mentions: Sequence[Mention]) -> frozenset[str]:
    """The countries (ISO3) of the actor layer's mentions that name their country
    themselves (:data:`_OWN_COUNTRY_RULES`): "Pakistani police" -> PAK."""
    return frozenset(
        m.actor.country
        for m in mentions
        if m.rule in _OWN_COUNTRY_RULES and m.actor.country is not None and len(m.actor.country) == 3
    )


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


#: Type words that end a division's own name in GeoNames ("Maungdaw District").
_TYPE_WORDS = frozenset(
    "district province region governorate township county municipality prefecture".split()
)


def _own_name(key: str, entry: Entry) -> bool:
    """True when the normalised name ``key`` is one of the entry's own names, or a division's
    own name without its type word ("maungdaw" of Maungdaw District)."""
    if key in entry.primary_names:
        return True
    return entry.kind is Kind.ADMIN2 and any(
        own.startswith(key + " ") and own[len(key) + 1 :] in _TYPE_WORDS for own in entry.primary_names
    )


@functools.lru_cache(maxsize=65536)
def _close_spelling(key: str, own_names: frozenset[str]) -> bool:
    """True when ``key`` differs from one of ``own_names`` only as transliterations do:
    a doubled letter, an apostrophe, a swapped vowel spelling ("odessa" of Odesa), i.e.
    their skeletons (:func:`~dyadic.geo.gazetteer.skeleton`) are equal."""
    sk = skeleton(key)
    return any(sk == skeleton(own) for own in own_names)


def _spelling_of(key: str, entry: Entry) -> bool:
    """True when the normalised name ``key`` is a spelling of one of the entry's own names
    (a transliteration variant: "khan younis" of Khān Yūnis, "avdiivka" of Avdiyivka), not
    another name GeoNames lists for it ("google" for Topeka)."""
    return any(
        difflib.SequenceMatcher(None, key, own).ratio() >= MIN_SPELLING_SIMILARITY
        or difflib.SequenceMatcher(None, skeleton(key), skeleton(own)).ratio() >= MIN_SPELLING_SIMILARITY
        for own in entry.primary_names
    )


_NEXT_WORD_RE = re.compile(r" ([A-Z][a-z]+)\b")


def _heads_site_name(text: str, end: int) -> bool:
    """True when the name ending at ``end`` opens a site's name: a capitalised site noun of
    :data:`~dyadic.geo.sites.SITE_NOUNS` follows ("Queen Victoria Market", "Paris Street")."""
    m = _NEXT_WORD_RE.match(text, end)
    return m is not None and m.group(1).lower() in SITE_NOUNS


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
        return find_dateline(doc_text(doc))
    finder = getattr(actors, "dateline_span", None)
    if finder is None:
        return find_dateline(doc_text(doc))
    span = finder(doc)
    if span is None:
        return None
    start, end = span.start_char, span.end_char
    found = find_dateline(doc_text(doc)[start:])
    if found is not None and start + found[1] <= end:
        return start + found[0], start + found[1]
    m = _DATELINE_NAME_RE.match(doc_text(doc), start, end)
    if m is None or not m.group(0).strip():
        return None
    return start, start + len(m.group(0).rstrip())


#: Leading words of a division's or town's formal name ("Municipality of Bogliasco").
#: Compass words that name part of the place after them ("South Armagh", "West Kordofan").
_COMPASS_WORDS = frozenset(
    "north south east west northern southern eastern western central upper lower".split()
)
_DIVISION_PREFIXES = tuple(
    f"{w} of "
    for w in "municipality city town village province state region district county governorate "
    "prefecture department commune".split()
)
#: Trailing generic words of a division's name ("Hebei Province", "Hirshabelle state").
_DIVISION_SUFFIXES = tuple(
    f" {w}" for w in "province state region governorate prefecture oblast district municipality".split()
)


def _hints(doc: Doc, spans: Sequence[_Span]) -> list[NameHint | None]:
    """Per span: the country whose capital it stands for, the next span when it is the
    qualifier of "Town, State" (only the comma between them, and no verb after it: "In
    Geneva, Pakistan accused ..." is no Geneva in Pakistan), the spans coordinated with
    it, and whether the text calls it a division."""
    text = doc_text(doc)
    hints: list[NameHint | None] = []
    for i, span in enumerate(spans):
        within = None
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if nxt is not None and qualifier_gap(text, span.end, nxt.start) and not _verb_after(doc, nxt.end):
            within = i + 1
        listed = tuple(
            j
            for j in (i - 1, i + 1)
            if 0 <= j < len(spans)
            and (
                coordinated(text, spans[j].end, span.start)
                if j < i
                else coordinated(text, span.end, spans[j].start)
            )
        )
        country = span.rule == "actor-country"
        if span.capital_of or within is not None or listed or country or span.division_cue:
            hints.append(NameHint(span.capital_of, within, country, listed, span.division_cue))
        else:
            hints.append(None)
    return hints


def _person_names(doc: Doc) -> list[str]:
    """The names of the article's people: the entity layer's (``doc._.persons``) when the
    actors stage has run, and the NER's PERSON spans of two or more words."""
    names = [p.name for p in doc._.persons if p.name]
    return names + [e.text for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2]


_DIVISION_AFTER = frozenset(
    "gubernatorial governor governors legislature statehouse senator senators state-level".split()
)
_DIVISION_BEFORE_RE = re.compile(
    r"(?:\b(?:state|governor|governors|senator|senators|legislature|congressman|congresswoman)\s+"
    r"(?:of|from)|\b(?:Senator|Sen\.|Rep\.|Representative|Governor|Gov\.)\s+[\w.'’ -]{2,40}\s+(?:of|from))"
    r"\s+(?:the\s+)?$"
)


#: Division nouns after a name that make it a first-level division ("the Donetsk region",
#: "Idlib province", "Hasakah governorate"), and their plurals after a coordination
#: ("the Khan Younis and Rafah governorates").
_DIVISION_NOUNS = frozenset("state region province governorate oblast krai".split())
_DIVISION_PLURALS = frozenset("states regions provinces governorates oblasts".split())


def _division_cue(text: str, start: int, end: int, person_ends: set[int], *, country: bool = False) -> bool:
    """True when the text calls ``text[start:end]`` a first-level division: "<person> of
    X" ("Jerrold Nadler of New York"), "the state of X", "governor of X", "X gubernatorial",
    "X State"/"X state" ("a Washington State court", "New York state law"), "X region",
    "X province", "X governorate", "X oblast", "X krai" ("the Donetsk region": the oblast,
    not its capital), or the first of names coordinated under one plural division noun
    ("Hatay and Kahramanmaras provinces"); the noun after a ``country`` name is no cue
    ("Chad state media")."""
    head = text[max(0, start - 60) : start]
    m = re.search(r"\s+of\s+$", head)
    if m is not None and (start - len(head) + m.start()) in person_ends:
        return True
    if _DIVISION_BEFORE_RE.search(head):
        return True
    nxt = re.match(r"\s+([\w-]+)", text[end : end + 30])
    if nxt is not None and nxt.group(1).lower() in _DIVISION_NOUNS:
        return not country
    if shared_place_noun(text, end) in _DIVISION_PLURALS or (
        nxt is not None and nxt.group(1) in _DIVISION_PLURALS
    ):
        return not country
    return nxt is not None and nxt.group(1).lower() in _DIVISION_AFTER


#: "<office> of" before a place name: the capitalised words after the name are the
#: office holder's ("First Minister of Scotland Ann Example", "Governor of Ohio Jo Doe").
_OFFICE_OF_RE = re.compile(
    r"\b(?:Minister|President|Premier|Governor|Mayor|King|Queen|Emir|Sultan|Chancellor|Secretary|"
    r"Ambassador|Senator|Governor-General|Chief Minister|Prime Minister)\s+of\s+(?:the\s+)?$"
)


def _office_of(text: str, start: int) -> bool:
    """True when an office title and "of" come right before ``start`` ("Mayor of |Lyon")."""
    return _OFFICE_OF_RE.search(text[max(0, start - 40) : start]) is not None


def _institution_modifier(doc: Doc, surface: str, end: int) -> bool:
    """True when ``surface``, ending at character ``end``, is a seat of government
    (:data:`~dyadic.geo.sites.SEATS_OF_GOVERNMENT`) that modifies a noun after it:
    "White House officials", "a Kremlin spokesman", "the White House National Economic
    Council" name an office or institution, not the building ("the White House said",
    "at the White House's South Lawn" stay places)."""
    if normalize_name(surface) not in SEATS_OF_GOVERNMENT:
        return False
    span = doc.char_span(max(0, end - 1), end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    tok = span[-1]
    return (
        tok.dep_ in ("compound", "nmod", "amod") and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN")
    )


def _verb_after(doc: Doc, char: int) -> bool:
    """True when the first token after character ``char`` is a verb or auxiliary."""
    length = len(doc_text(doc))
    span = doc.char_span(char, length, alignment_mode="expand") if char < length else None
    if span is None:
        return False
    tok = next((t for t in span if not t.is_space), None)
    return tok is not None and tok.pos_ in ("VERB", "AUX")


def _next_start(text: str, end: int) -> int:
    """Offset of the first character after ``end`` that is not a space."""
    i = end
    while i < len(text) and text[i] == " ":
        i += 1
    return i


#: Romanisations of the Arabic article that open place names ("Al Ḩudaydah", "El-Hodeidah").
_ARABIC_ARTICLES = ("al ", "el ")

_LOCATING_RE = re.compile(
    r"\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|eastern|western|"
    r"north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|southeast|southwest)\s+)?"
)


def _locating_gap(text: str, a_end: int, b_start: int) -> bool:
    """True when ``text[a_end:b_start]`` says the first name lies in the second ("Gwoza in
    Borno", "Palma in northern Mozambique")."""
    return _LOCATING_RE.fullmatch(text[a_end:b_start]) is not None


#: An airport, stadium or arena named after a town ("the Chiang Mai International Airport").
_VENUE_RE = re.compile(
    r"(?:the\s+)?(?P<town>[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}?)"
    r"(?:\s+(?:International|Regional|Municipal|Olympic|National|City))?\s+(?:Airport|Stadium|Arena)"
)
_COMPASS = r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Upper|Lower|Central)"
_ELLIPSIS_RE = re.compile(  # not "the Far East and South Africa" (no East Africa)
    r"(?<!Far )(?<!Near )(?<!Middle )"
    rf"\b({_COMPASS})\s+(?:and|or)\s+({_COMPASS})\s+([A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?)"
)


def _compass_ellipses(text: str) -> list[tuple[int, int, str]]:
    """The names of "North and South Kivu", "West and South Darfur", "North and South Korea":
    (start, end, full name) of both halves, the first standing for its compass word plus the
    shared name."""
    out = []
    for m in _ELLIPSIS_RE.finditer(text):
        out.append((m.start(1), m.end(1), f"{m.group(1)} {m.group(3)}"))
        out.append((m.start(2), m.end(3), f"{m.group(2)} {m.group(3)}"))
    return out


def _split_coordination(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """One entity span as the names it coordinates or locates ("Bocaranga and Bazoum" ->
    both; "the Noroeste Farm in Cabixi" -> "the Noroeste Farm", "Cabixi")."""
    out: list[tuple[int, int]] = []
    pos = start
    dangling = re.search(r"\s+(?:and|or|in)$", text[start:end])
    if dangling is not None:  # "Bocaranga and" (the NER stopped after the conjunction)
        end = start + dangling.start()
    for m in re.finditer(r"\s+(?:and|or|in)\s+|,\s+", text[start:end]):
        out.append((pos, start + m.start()))
        pos = start + m.end()
    out.append((pos, end))
    # a place noun that ends a part is no name's ("Maungdaw and Buthidaung townships")
    parts = []
    for s, e in out:
        tail = _LOWER_TAIL_RE.search(text, s, e)
        cut = tail is not None and tail.group(1) in PLACE_NOUNS | PLURAL_PLACE_NOUNS
        parts.append((s, tail.start() if tail is not None and cut else e))
    return [(s, e) for s, e in parts if e > s]


_LOWER_TAIL_RE = re.compile(r"\s+([a-z]+)$")


#: Lower-case division suffixes after a hyphen that end a proper-noun run ("Seongbuk-gu").
_HYPHEN_DIVISION_SUFFIXES = frozenset({"gu", "si", "gun", "shi", "ku"})


def _proper_noun_runs(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of runs of capitalised proper nouns outside every entity
    ("Peshawar", "Khyber Pakhtunkhwa" the NER left unlabelled; "Indo-Pacific" across
    its hyphen; "Seongbuk-gu" with its division suffix)."""
    tagged = doc.has_annotation("TAG")
    text = doc_text(doc)
    in_ent = {i for e in doc.ents for i in range(e.start, e.end)}
    capitals = set(capitalised(doc))  # a run starts only at one; other tokens are built only after a run
    runs: list[tuple[int, int]] = []
    cur: list[int] = []
    for i in range(len(doc)):
        if not cur and i not in capitals:
            continue  # not ok, and no run to end or go on
        tok = doc[i]
        ok = (
            tok.i not in in_ent
            and tok.text[:1].isupper()
            and (tok.pos_ == "PROPN" if tagged else not tok.is_sent_start)
            and not tok.is_stop
        )
        if ok and (not cur or doc[cur[-1]].whitespace_ == " " or doc[cur[-1]].text == "-"):
            cur.append(tok.i)
            continue
        if cur and tok.text == "-" and not doc[cur[-1]].whitespace_ and not tok.whitespace_:
            cur.append(tok.i)  # "Indo-Pacific": the run goes on after the hyphen
            continue
        if cur and doc[cur[-1]].text == "-" and tok.text in _HYPHEN_DIVISION_SUFFIXES:
            cur.append(tok.i)  # "Seongbuk-gu": a Korean or Japanese division suffix
            continue
        if cur:
            runs.append((doc[cur[0]].idx, doc[cur[-1]].idx + len(doc[cur[-1]].text)))
        cur = [tok.i] if ok else []
    if cur:
        runs.append((doc[cur[0]].idx, doc[cur[-1]].idx + len(doc[cur[-1]].text)))
    return [(start, end - 1 if text[end - 1] == "-" else end) for start, end in runs]


def _big_city(entry: Entry) -> bool:
    """A city of :data:`BIG_CITY_POPULATION` people or more, or a national capital."""
    return entry.population >= BIG_CITY_POPULATION or entry.place.feature_code == "PPLC"
