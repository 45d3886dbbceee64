"""Build dyadic's people table ``src/dyadic/data/actors/leaders.csv`` from the hand-kept
source files ``tools/people/*.csv``: the one way that table is made.

Usage::

    python tools/build_leaders.py              # validate the sources and write leaders.csv
    python tools/build_leaders.py --check      # validate; exit 1 when leaders.csv is not what they build
    python tools/build_leaders.py --coverage   # print the coverage table (markdown) for data/README.md

Source: facts compiled by hand from public records (official government and
organisation sites, encyclopaedic biographies); facts are not copyrightable, and the
table ships under dyadic's MIT licence with ``source`` = "compiled from public records".

Every source file has the columns of ``leaders.csv``::

    country,office,role,name,aliases,start,end,source,note

* ``country``: an ISO 3166-1 alpha-3 code known to ``countries.json`` or
  ``country_aliases.csv`` (``XKX`` Kosovo), or an organisation code of ``igos.csv``
  (``IGOUNO``, ``IMGMUSISI``) or of :data:`EXTRA_ORG_CODES` for IGO leaders and groups
  without a country.
* ``office``: a key of :data:`OFFICE_ROLES`, with the CAMEO role that office allows
  (PETRARCH2 ``Phoenix.agents.txt``: ``CENTRAL_BANK_GOVERNOR [~GOVBUS]``,
  ``DEFENSE_MINISTER [~GOVMIL]``, ``OPPOSITION_LEADER [~OPP]``). An organisation row's
  role is its own code.
* ``start``/``end``: ISO 8601 dates, inclusive; an empty ``end`` means still in office.
  A date known only to the month is the first of the month with "month known" in ``note``.
* ``note``: free text; for ``opposition_leader``, ``armed_group_leader`` and ``igo_leader``
  it starts with the party, group or post ("Labour Party; leader of the opposition",
  "President of the European Commission"): terms overlap only within one of those.

Checks (all errors are collected, then :class:`LeaderTableError` is raised):
known country and office, role allowed for the office, dates ISO and ``start <= end``,
no overlapping terms in one single-holder office of one country (one shared day at a
handover is allowed) unless a note says ``acting``, ``rival``, ``disputed``,
``concurrent`` or ``co-``, no duplicate person in one office and period, and aliases
that are neither empty, repeated, a country, capital, IGO, region or role noun of the
actor dictionary, nor (for one word) a city of 100,000 or more or a word shared by
people of two countries.

Output: the rows of all sources sorted by country, office (:data:`OFFICE_ROLES` order),
start and name; written with ``\\n`` line ends.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dyadic.actors.dictionary import ORG_BLOCKS, normalise

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = ROOT / "tools" / "people"
DATA_DIR = ROOT / "src" / "dyadic" / "data" / "actors"
OUT = DATA_DIR / "leaders.csv"
SOURCE_LINE = "compiled from public records"

COLUMNS = ("country", "office", "role", "name", "aliases", "start", "end", "source", "note")

#: Offices, in output order, with the CAMEO roles each allows (None: the row's own org code).
OFFICE_ROLES: dict[str, frozenset[str] | None] = {
    "head_of_state_and_government": frozenset({"GOV", "GOVMIL"}),
    "head_of_state": frozenset({"GOV", "GOVMIL"}),
    "head_of_government": frozenset({"GOV", "GOVMIL"}),
    "foreign_minister": frozenset({"GOV"}),
    "defence_minister": frozenset({"GOVMIL"}),
    "interior_minister": frozenset({"GOV"}),
    "finance_minister": frozenset({"GOV"}),
    "central_bank_head": frozenset({"GOVBUS"}),
    "national_security_adviser": frozenset({"GOV"}),
    "igo_leader": None,
    "opposition_leader": frozenset({"OPP"}),
    "armed_group_leader": frozenset({"REB"}),  # or REB + a group segment (REBHMS), or an org code
}
#: The offices that make a country's head of state or government.
HEAD_OFFICES = frozenset({"head_of_state_and_government", "head_of_state", "head_of_government"})
#: Offices held by several people at once: one per party, group or IGO post, named first in ``note``.
MULTI_HOLDER = frozenset({"opposition_leader", "armed_group_leader", "igo_leader"})
#: Organisation codes beyond ``igos.csv``, from PETRARCH2's ``Phoenix.International.actors.txt``
#: and ``Phoenix.MilNonState.actors.txt`` (the codes ``organisations.csv`` also carries).
EXTRA_ORG_CODES = {
    "IGOUNOHRIHCH": "Office of the UN High Commissioner for Human Rights (OHCHR_)",
    "IGOUNOJUDICJ": "International Court of Justice (ICJ_)",
    "IMGMUSALQ": "al-Qaeda (Phoenix.MilNonState.actors.txt: AL_QA'IDA_)",
}
#: Words in ``note`` that allow two terms of one office to overlap.
OVERLAP_MARKERS = ("acting", "rival", "disputed", "concurrent", "co-")
LARGE_CITY = 100_000
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_REB_ROLE = re.compile(r"^REB[A-Z]{0,6}$")


class LeaderTableError(ValueError):
    """The source files do not pass validation; ``errors`` lists every problem found."""

    def __init__(self, errors: Sequence[str]) -> None:
        super().__init__(f"{len(errors)} problem(s) in the people sources:\n" + "\n".join(errors))
        self.errors = list(errors)


@dataclass(frozen=True)
class SourceRow:
    """One row of a source file, with where it came from (``file:line``) for messages."""

    country: str
    office: str
    role: str
    name: str
    aliases: tuple[str, ...]
    start: str
    end: str
    source: str
    note: str
    origin: str = ""

    def as_csv(self) -> list[str]:
        """The row's nine fields in :data:`COLUMNS` order, aliases joined with ";"."""
        return [
            self.country,
            self.office,
            self.role,
            self.name,
            ";".join(self.aliases),
            self.start,
            self.end,
            self.source,
            self.note,
        ]


@dataclass(frozen=True)
class KnownNames:
    """What the actor dictionary already knows: codes to accept, names aliases must not take."""

    countries: frozenset[str]
    orgs: frozenset[str]
    reserved: dict[str, str] = field(default_factory=dict)  # normalised name -> what it is
    large_cities: frozenset[str] = frozenset()


def read_sources(folder: Path = SOURCE_DIR) -> list[SourceRow]:
    """Rows of every ``*.csv`` in ``folder`` (sorted by file name).

    Raises:
        LeaderTableError: a file lacks the expected header.
    """
    rows: list[SourceRow] = []
    errors: list[str] = []
    for path in sorted(folder.glob("*.csv")):
        rows_or_error = parse_source(path.read_text(encoding="utf-8"), path.name)
        if isinstance(rows_or_error, str):
            errors.append(rows_or_error)
        else:
            rows.extend(rows_or_error)
    if errors:
        raise LeaderTableError(errors)
    return rows


def parse_source(text: str, label: str) -> list[SourceRow] | str:
    """The rows of one source file, or an error message when its header is wrong."""
    reader = csv.reader(io.StringIO(text))
    header = next(reader, None)
    if header is None or tuple(header) != COLUMNS:
        return f"{label}: header must be {','.join(COLUMNS)}"
    rows = []
    for number, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        cells = [*cells, *[""] * (len(COLUMNS) - len(cells))]
        if len(cells) > len(COLUMNS):
            return f"{label}:{number}: {len(cells)} cells, expected {len(COLUMNS)}"
        values = dict(zip(COLUMNS, (c.strip() for c in cells), strict=True))
        aliases = tuple(a.strip() for a in values["aliases"].split(";") if a.strip())
        rows.append(
            SourceRow(
                values["country"],
                values["office"],
                values["role"],
                values["name"],
                aliases,
                values["start"],
                values["end"],
                values["source"],
                values["note"],
                f"{label}:{number}",
            )
        )
    return rows


def known_names(data_dir: Path = DATA_DIR) -> KnownNames:
    """Codes and reserved names from the shipped actor files (never from ``../shared``)."""
    countries_json = json.loads((data_dir / "countries.json").read_text(encoding="utf-8"))["countries"]
    countries = set(countries_json)
    reserved: dict[str, str] = {}
    for iso3, entry in countries_json.items():
        for alias in (entry["name"], *entry.get("aliases", ())):
            reserved.setdefault(normalise(alias), f"country {iso3}")
        for capital in entry.get("capitals", ()):
            reserved.setdefault(normalise(capital), f"capital of {iso3}")
    for row in _csv_rows(data_dir / "country_aliases.csv"):
        countries.add(row["code"])
        reserved.setdefault(normalise(row["alias"]), f"country alias of {row['code']}")
    orgs = set(EXTRA_ORG_CODES)
    for row in _csv_rows(data_dir / "igos.csv"):
        orgs.add(row["code"])
        for alias in (row["name"], *row["aliases"].split(";")):
            if alias.strip():
                reserved.setdefault(normalise(alias), f"IGO {row['code']}")
    for row in _csv_rows(data_dir / "regions.csv"):
        for alias in row["aliases"].split(";"):
            if alias.strip():
                reserved.setdefault(normalise(alias), f"region {row['code']}")
    agents = json.loads((data_dir / "agents.json").read_text(encoding="utf-8"))["agents"]
    for phrase, role in agents:
        reserved.setdefault(normalise(phrase), f"role noun ({role})")
    for row in _csv_rows(data_dir / "agents_supplement.csv"):
        reserved.setdefault(normalise(row["phrase"]), f"role noun ({row['role']})")
    large = frozenset(
        normalise(r["name"])
        for r in _csv_rows(data_dir / "cities.csv")
        if r["population"] and int(r["population"]) >= LARGE_CITY
    )
    return KnownNames(frozenset(countries), frozenset(orgs), reserved, large)


def _csv_rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def validate(rows: Sequence[SourceRow], known: KnownNames) -> list[str]:
    """Every problem with ``rows`` as ``"file:line: message"`` strings (empty when valid)."""
    errors: list[str] = []
    for row in rows:
        errors.extend(f"{row.origin}: {m}" for m in _row_problems(row, known))
    dated = [r for r in rows if _date(r.start) and (not r.end or _date(r.end))]
    errors.extend(_overlaps(dated))
    errors.extend(_alias_clashes(rows))
    return errors


def _row_problems(row: SourceRow, known: KnownNames) -> Iterable[str]:
    org = row.country[:3] in ORG_BLOCKS
    if org and row.country not in known.orgs:
        yield f"unknown organisation code {row.country!r}"
    elif not org and row.country not in known.countries:
        yield f"unknown country {row.country!r}"
    if row.office not in OFFICE_ROLES:
        yield f"unknown office {row.office!r}"
    else:
        yield from _role_problems(row, org)
    if not row.name:
        yield "empty name"
    if row.source != SOURCE_LINE:
        yield f"source must be {SOURCE_LINE!r}"
    start, end = _date(row.start), _date(row.end) if row.end else None
    if start is None:
        yield f"start {row.start!r} is no ISO date"
    if row.end and end is None:
        yield f"end {row.end!r} is no ISO date"
    if start and end and end < start:
        yield f"end {row.end} before start {row.start}"
    if row.office in MULTI_HOLDER and not row.note:
        yield "an opposition, armed-group or IGO row needs its party, group or post first in note"
    yield from _alias_problems(row, known)


def _role_problems(row: SourceRow, org: bool) -> Iterable[str]:
    allowed = OFFICE_ROLES[row.office]
    if org:
        if row.office not in {"igo_leader", "armed_group_leader"}:
            yield f"office {row.office!r} needs a country, not {row.country!r}"
        elif row.role != row.country:
            yield f"an organisation row's role must be its code {row.country!r}, not {row.role!r}"
    elif allowed is None:
        yield f"office {row.office!r} needs an organisation code in country"
    elif row.office == "armed_group_leader":
        if not _REB_ROLE.match(row.role):
            yield f"role {row.role!r} not allowed for armed_group_leader (REB or REB + segment)"
    elif row.role not in allowed:
        yield f"role {row.role!r} not allowed for {row.office} ({', '.join(sorted(allowed))})"


def _alias_problems(row: SourceRow, known: KnownNames) -> Iterable[str]:
    seen: set[str] = {row.name}  # case variants are kept: the entity ruler matches case-sensitively
    for alias in row.aliases:
        if alias in seen:
            yield f"alias {alias!r} repeats the name or another alias"
        seen.add(alias)
    for form in (row.name, *row.aliases):
        key = normalise(form)
        if key in known.reserved:
            yield f"alias {form!r} is already a {known.reserved[key]}"
        elif " " not in key and key in known.large_cities:
            yield f"alias {form!r} is a city of {LARGE_CITY:,} or more"


def _overlaps(rows: Sequence[SourceRow]) -> Iterable[str]:
    """Terms of one single-holder office and country that overlap by more than a handover day,
    and any person listed twice in one office for overlapping periods."""
    by_office: dict[tuple[str, ...], list[SourceRow]] = defaultdict(list)
    for row in rows:
        group = row.note.split(";")[0].strip().lower() if row.office in MULTI_HOLDER else ""
        by_office[(row.country, row.office, group)].append(row)
    for (_country, office, _group), terms in sorted(by_office.items()):
        terms = sorted(terms, key=lambda r: (r.start, r.end or "9999"))
        for i, a in enumerate(terms):
            for b in terms[i + 1 :]:
                if a.end and b.start >= a.end:
                    break
                same = normalise(a.name) == normalise(b.name)
                if same:
                    yield f"{b.origin}: {b.name} listed twice as {office} of {b.country} ({a.origin})"
                elif not _marked(a) and not _marked(b):
                    yield (
                        f"{b.origin}: {b.name} ({b.start}) overlaps {a.name} ({a.start}..{a.end or 'open'}) "
                        f"as {office} of {b.country}; mark one acting/rival/disputed/concurrent in note"
                    )


def _marked(row: SourceRow) -> bool:
    note = row.note.lower()
    return any(marker in note for marker in OVERLAP_MARKERS)


def _alias_clashes(rows: Sequence[SourceRow]) -> Iterable[str]:
    """One-word aliases shared by people of different countries ("Khan")."""
    owners: dict[str, dict[str, str]] = defaultdict(dict)  # alias -> person -> country
    origin: dict[str, str] = {}
    for row in rows:
        for alias in row.aliases:
            key = normalise(alias)
            if " " not in key:
                owners[key].setdefault(normalise(row.name), row.country)
                origin.setdefault(key, row.origin)
    for key, people in sorted(owners.items()):
        if len(set(people.values())) > 1 and len(people) > 1:
            countries = ", ".join(sorted(set(people.values())))
            yield f"{origin[key]}: one-word alias {key!r} names people of {countries}"


def _date(text: str) -> date | None:
    if not _ISO.match(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def sort_key(row: SourceRow) -> tuple[str, int, str, str, str]:
    """``(country, office's index in OFFICE_ROLES, start, name, end)``: the order of ``leaders.csv``."""
    return (row.country, list(OFFICE_ROLES).index(row.office), row.start, row.name, row.end)


def render(rows: Iterable[SourceRow]) -> str:
    """``leaders.csv`` text: the header and the rows in :func:`sort_key` order."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in sorted(rows, key=sort_key):
        writer.writerow(row.as_csv())
    return out.getvalue()


def build(folder: Path = SOURCE_DIR, data_dir: Path = DATA_DIR) -> str:
    """Read and validate the sources; return the ``leaders.csv`` text.

    Raises:
        LeaderTableError: the sources do not validate.
    """
    rows = read_sources(folder)
    errors = validate(rows, known_names(data_dir))
    if errors:
        raise LeaderTableError(errors)
    return render(rows)


#: Dates on which :func:`coverage` counts the holders in office.
COVERAGE_DATES = (date(2015, 1, 1), date(2020, 1, 1), date(2026, 1, 1))


def coverage(rows: Sequence[SourceRow], on: Sequence[date] = COVERAGE_DATES) -> str:
    """Markdown coverage table: per office, the countries (or organisations), people and
    terms, the first start year and how many countries (or posts) had a holder on each
    date of ``on``; then the totals, with heads of state or government together."""
    days = [d.isoformat() for d in on]
    lines = [
        "| office | countries / orgs | people | terms | from | "
        + " | ".join(f"held {d}" for d in days)
        + " |",
        "|---|---|---|---|---|" + "---|" * len(days),
    ]

    def held(terms: Sequence[SourceRow], day: str, key: Callable[[SourceRow], object]) -> int:
        return len({key(r) for r in terms if r.start <= day and (not r.end or r.end >= day)})

    def post(row: SourceRow) -> object:
        return (row.country, row.note.split(";")[0]) if row.office in MULTI_HOLDER else row.country

    for office in OFFICE_ROLES:
        terms = [r for r in rows if r.office == office]
        if terms:
            lines.append(
                f"| {office} | {len({r.country for r in terms})} | {len({normalise(r.name) for r in terms})} "
                f"| {len(terms)} | {min(r.start for r in terms)[:4]} | "
                + " | ".join(str(held(terms, d, post)) for d in days)
                + " |"
            )
    heads = [r for r in rows if r.office in HEAD_OFFICES]
    lines.append(
        f"| heads of state or government | {len({r.country for r in heads})} | "
        f"{len({normalise(r.name) for r in heads})} | {len(heads)} | {min(r.start for r in heads)[:4]} | "
        + " | ".join(str(held(heads, d, lambda r: r.country)) for d in days)
        + " |"
    )
    countries = {r.country for r in rows if r.country[:3] not in ORG_BLOCKS}
    orgs = {r.country for r in rows if r.country[:3] in ORG_BLOCKS}
    people = len({normalise(r.name) for r in rows})
    lines.append(
        f"| **all** | {len(countries)} countries, {len(orgs)} orgs | {people} "
        f"| {len(rows)} | {min(r.start for r in rows)[:4]} | "
        + " | ".join(str(held(rows, d, lambda r: r.country)) for d in days)
        + " |"
    )
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Build ``leaders.csv``, check it (``--check``) or print coverage; exit 0, 1 stale, 2 bad sources."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=Path, default=SOURCE_DIR, help="folder of source CSVs")
    parser.add_argument("--out", type=Path, default=OUT, help="leaders.csv to write or check")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--check", action="store_true", help="exit 1 when --out differs from the build")
    mode.add_argument("--coverage", action="store_true", help="print the coverage table (markdown)")
    args = parser.parse_args(argv)
    try:
        text = build(args.sources)
    except LeaderTableError as exc:
        print(exc, file=sys.stderr)
        return 2
    if args.coverage:
        print(coverage(read_sources(args.sources)), end="")
        return 0
    if args.check:
        current = args.out.read_text(encoding="utf-8") if args.out.exists() else ""
        if current != text:
            print(f"{args.out} is stale: run python tools/build_leaders.py", file=sys.stderr)
            return 1
        print(f"{args.out} is up to date")
        return 0
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({text.count(chr(10)) - 1} terms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
