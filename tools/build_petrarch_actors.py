"""Build dyadic's people and organisation files from the PETRARCH2 Phoenix dictionaries.

Usage::

    python tools/build_petrarch_actors.py [PHOENIX_DIR] [OUT_DIR]

Defaults: ``../shared/data/petrarch2-dictionaries`` and ``src/dyadic/data/actors``.

Sources (openeventdata/petrarch2, MIT, Copyright (c) 2014 Open Event Data Alliance):
    * ``Phoenix.Countries.actors.txt``: entries with at least one dated code
      are people (``ABDELAZIZ_BOUTEFLIKA_ [DZAGOV >990427] [DZAELI]``) ->
      ``people.csv``, one row per code, unless one of their codes is a bare
      country code (then the entry is a country's history); entries with only undated role codes
      are national institutions (``AFGHAN_NATIONAL_ARMY [AFGMIL]``) ->
      ``organisations.csv``. Country-level entries (bare ``[AFG]``) are left
      to ``countries.json``.
    * ``Phoenix.MilNonState.actors.txt``: every entry (rebel groups, militant
      organisations, ``HEZBOLLAH_ [LBNREB]``) -> ``organisations.csv``.
    * ``Phoenix.International.actors.txt``: IGO and NGO entries (not the 4,377
      MNC companies) -> ``organisations.csv``; dated person entries
      (``KOFI_ANNAN_ [IGOUNO 970101-061231] [ELI]``) -> ``people.csv``; the MNC
      companies whose code names a country (``BOEING_ [MNCUSA]``) -> ``companies.csv``,
      a country lookup only (``dyadic.actors.dictionary.company_country``), never
      matched in text by itself.

Country prefixes that are not ISO 3166-1 alpha-3 are mapped where they name a
predecessor state (``YUG``/``SCG`` -> ``SRB``, ``SUN`` -> ``RUS``, ``ZAR`` -> ``COD``,
``ROM`` -> ``ROU``, ``ANG`` -> ``AGO``); a region-prefixed armed group
(``MEAREB``, ``SASREB``) takes the country of :data:`REGION_GROUP_COUNTRIES` or the one
its names name (:func:`named_country`), else stays without one (``KKLREB``).
Names without an upper-case letter, shorter than three letters, or that are
country names are dropped; so is an organisation's alias that is a GeoNames populated place
of its own country and not its own name (:func:`place_aliases`: PETRARCH lists the towns
"Rafah" and "Gaza City" as names of the Gaza Strip, which made each town an actor).
A person who held a ``GOV`` code gets their bare surname as an alias when no one else in
the files shares it (see :func:`add_surnames`).

Output columns:
    people.csv: ``name,aliases,code,country,role,start,end,source``
        (``start``/``end`` ISO dates, empty = open; a row without dates is the
        person's default code, used when no dated row applies; a person's
        aliases are written on their first row only).
    organisations.csv: ``code,country,role,kind,name,aliases,source``
        (``kind`` is ``igo`` or ``organisation``).
    companies.csv: ``name,country,source`` (ISO 3166-1 alpha-3 of the company's
        home country in the PETRARCH code).
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dyadic.actors.petrarch import ActorEntry, parse_actors  # noqa: E402

DEFAULT_IN = ROOT.parent / "shared" / "data" / "petrarch2-dictionaries"
DEFAULT_OUT = ROOT / "src" / "dyadic" / "data" / "actors"
SOURCE = "phoenix-{}"  # Phoenix.<Name>.actors.txt, petrarch2, MIT
#: Predecessor-state prefixes used by Phoenix -> today's ISO3.
OLD_CODES = {
    "YUG": "SRB", "SCG": "SRB", "SUN": "RUS", "ZAR": "COD", "ROM": "ROU", "TMP": "TLS", "BUR": "MMR",
    "ANG": "AGO",
}  # fmt: skip
ORG_BLOCKS = ("IGO", "NGO", "IMG", "MNC")
#: Armed groups whose Phoenix code carries a region prefix (``SASREB``, ``MEAREB``,
#: ``WEUREB``, ``CFRREB``, ``INTREB``...) and whose names name no country, or name one
#: that is not where they fight: primary name -> the ISO3 of the state they fight in
#: or against (as the gold guidelines code national armed groups: Hamas -> PSEREB).
#: Compiled by hand from public records (the groups' Wikipedia articles).
REGION_GROUP_COUNTRIES = {
    "Irish Republican Army": "GBR", "Real Irish Republican Army": "GBR",
    "Irish National Liberation Army": "GBR", "Official Ira": "GBR",
    "Hizbul Mujahideen": "IND", "Harakat Ul-Mujahidin": "IND", "Jammu and Kashmir Islamic Front": "IND",
    "Lashkar-E-Taiba": "PAK", "Lashkar-E-Jhangvi": "PAK", "Jaish-E-Mohammad": "PAK",
    "Al-Fatah": "PSE", "Al-Aqsa Martyrs Brigades": "PSE", "Popular Resistance Committees": "PSE",
    "Tanzim": "PSE", "Al-Fatah Uprising": "PSE",
    "Lord's Resistance Army": "UGA", "West Nile Bank Front": "UGA",
    "Revolutionary United Front": "SLE", "Free Aceh Movement": "IDN", "Free Papua Movement": "IDN",
    "Jemaah Islamiya": "IDN", "Kayin National Union": "MMR", "Karenni National Progressive Party": "MMR",
    "Democratic Karen Buddhist Army": "MMR", "Ogaden National Liberation Front": "ETH",
    "Communist Party of Nepal-Maoist": "NPL", "East Turkistan Liberation Organization": "CHN",
    "Al-Qaeda Organization in the Islamic Maghreb": "DZA", "Islamic Salvation Front": "DZA",
    "Aum Shinrikyo": "JPN", "Aum Shinrikyo / Aleph": "JPN", "Aum Shinsen No Kai": "JPN",
    "Aum Supreme Truth": "JPN", "Al-Gama'a Al-Islamiyya": "EGY", "Kurdistan Freedom Hawks": "TUR",
    "Hizb-I Islami Gulbuddin": "AFG", "Baader-Meinhof Group": "DEU", "2ND of June Movement": "DEU",
    "Pattani United Liberation Organization": "THA", "Mujahedin-E-Khalq": "IRN",
    "Front for the Liberation of the French Somali Coast": "DJI", "Polisario Front": "MAR",
    "Al-Ittihaad Al-Islami": "SOM", "National Democratic Front of Bodoland": "IND",
    "National Liberation Front of Tripura": "IND", "All Tripura Tiger Force": "IND",
    "United National Liberation Front": "IND", "National Socialist Council of Nagaland-Khaplang": "IND",
    "Al-Qaeda Organization in the Land of the Two Rivers": "IRQ",
}  # fmt: skip


def split_code(code: str, isos: set[str]) -> tuple[str, str, str]:
    """``DZAGOV`` -> (``DZAGOV``, ``DZA``, ``GOV``); ``IGOUNO`` -> (``IGOUNO``, "", "");
    ``YUGGOV`` -> (``SRBGOV``, ``SRB``, ``GOV``); ``KKLREB`` -> (``KKLREB``, "", ``REB``)."""
    prefix = code[:3]
    if prefix in ORG_BLOCKS:
        return code, "", ""
    country = OLD_CODES.get(prefix, prefix)
    if country in isos:
        return country + code[3:], country, code[3:6]
    return code, "", code[3:6]


#: Single words that name a kind of group, never a person ("Movement" for the SPLM).
GENERIC_WORDS = frozenset(
    "movement party front army council union league alliance committee organization organisation "
    "group forces brigade brigades government ministry people".split()
)


#: Names of a PETRARCH entry that mislead (code -> (name to use, names to drop)): the
#: American Samoa entry lists "Samoan" (the independent Samoa's demonym), "AMERICAN" and
#: "OCCUPIED" ("the Occupied Territories"), which made other actors American Samoan; the
#: US Congress entry lists a bare "Senate", which made every country's senate American
#: (a bare "Senate" is the role noun LEG, placed by its sentence or article).
RENAMED = {
    "USAASM": ("American Samoan", frozenset({"samoan", "american", "occupied"})),
    "USAGOVLEG": ("United States Congress", frozenset({"senate"})),
}

#: PETRARCH codes recoded to the real-news gold guidelines' blocks (``eval/gold/GUIDELINES.md``
#: section 2: ``NGOMED...`` for press-freedom groups): PETRARCH's ``NGOHRIMED`` (Reporters
#: Without Borders, the Committee to Protect Journalists) is a media NGO, ``NGOMED``.
RECODED = {"NGOHRIMED": "NGOMED"}


#: Armed groups in the news since 2014, which the PETRARCH2 dictionaries (frozen in 2014)
#: lack, coded as PETRARCH codes such groups (country + REB/MIL/CRM, CAMEO 1.1b3 roles);
#: appended to ``organisations.csv`` with source ``dyadic-curated``. "Ansar Allah" is the
#: Houthis' own name: PETRARCH's Lebanese ``ANSAR_ALLAH`` entry loses it. No bare one-word
#: name that is also a surname ("Wagner", "Fano").
CURATED_ORGANISATIONS = [
    ("YEMREB", "YEM", "REB", "Houthis", "Houthi;Houthi rebels;Houthi movement;Ansar Allah;Ansarallah"),
    ("SDNREB", "SDN", "REB", "Rapid Support Forces", "RSF paramilitary"),
    ("CODREB", "COD", "REB", "M23", "March 23 Movement;M23 rebels"),
    ("SYRREB", "SYR", "REB", "Hayat Tahrir al-Sham", "HTS;Hayat Tahrir al-Sham (HTS);Tahrir al-Sham"),
    ("PAKREB", "PAK", "REB", "Tehrik-i-Taliban Pakistan", "TTP;Pakistani Taliban;Tehreek-e-Taliban Pakistan"),
    ("AFGREB", "AFG", "REB", "Haqqani network", "Haqqani Network"),
    ("CAFREB", "CAF", "REB", "anti-Balaka", "Anti-Balaka;anti-balaka"),
    ("CAFREB", "CAF", "REB", "Seleka", "Séléka"),
    ("ETHREB", "ETH", "REB", "Fano militia", "Fano militias;Fano fighters"),
    (
        "IRQMIL",
        "IRQ",
        "MIL",
        "Popular Mobilization Forces",
        "Popular Mobilisation Forces;PMF;Hashd al-Shaabi",
    ),
    ("IRQREB", "IRQ", "REB", "Kataib Hezbollah", "Kata'ib Hezbollah;Kataib Hizbollah"),
    (
        "MLIREB",
        "MLI",
        "REB",
        "JNIM",
        "Jama'at Nusrat al-Islam wal-Muslimin;Jamaat Nusrat al-Islam wal-Muslimin",
    ),
    ("RUSMIL", "RUS", "MIL", "Wagner Group", "Wagner mercenaries;Wagner PMC;Wagner fighters"),
    ("VENCRM", "VEN", "CRM", "Tren de Aragua", ""),
    # Zimbabwe's ruling party since 1987: PETRARCH's ZANU row (SAFREB, the 1960s-70s liberation
    # movement) would make "Zanu PF" a South African rebel group.
    ("ZWEPTY", "ZWE", "PTY", "ZANU-PF", "Zanu PF;Zanu-PF;ZANU PF;Zanu PF party;ZANU-PF party"),
    # PETRARCH's "Baloch Liberation Army" row has no acronym and not this spelling.
    ("PAKREB", "PAK", "REB", "Balochistan Liberation Army", "BLA"),
]
#: Names the curated rows take over from PETRARCH entries.
CURATED_NAMES = frozenset(
    n.lower() for row in CURATED_ORGANISATIONS for n in (row[3], *row[4].split(";")) if n
)


def _good_name(name: str, blocked: set[str]) -> bool:
    low = name.lower()
    if low in blocked or low in GENERIC_WORDS or len(name) < 3:
        return False
    return any(c.isupper() for c in name)


def people_rows(entries: list[ActorEntry], isos: set[str], blocked: set[str], source: str) -> list[list[str]]:
    """Rows of ``people.csv`` for the entries with a dated code."""
    rows: list[list[str]] = []
    for entry in entries:
        if not any(c.dated for c in entry.codes):
            continue
        if any(len(c.code) <= 3 and c.code not in ("ELI",) for c in entry.codes):
            continue  # a country's history ("SERBIA [YUGSRB <920427] [SRB >060605]"), not a person
        names = [n for n in entry.names if _good_name(n, blocked)]
        if not names:
            continue
        for k, dc in enumerate(entry.codes):
            code, country, role = split_code(dc.code, isos)
            rows.append(
                [
                    names[0],
                    "" if k else ";".join(names[1:]),
                    code,
                    country,
                    code[3:] if country else code,
                    dc.start.isoformat() if dc.start else "",
                    dc.end.isoformat() if dc.end else "",
                    source,
                ]
            )
    return rows


def add_surnames(rows: list[list[str]], blocked: set[str]) -> None:
    """Add the bare surname as an alias of people who held a ``GOV`` code
    ("Bouteflika"), when no other person in the file shares that last word,
    it has at least five letters and is no country or organisation name
    (``blocked``, lower case). Mutates ``rows``."""
    last_words: dict[str, set[str]] = {}
    for row in rows:
        for name in (row[0], *row[1].split(";")):
            if name:
                last_words.setdefault(name.split()[-1].lower(), set()).add(row[0])
    governing = {row[0] for row in rows if row[4].startswith("GOV")}
    first_row: dict[str, list[str]] = {}
    for row in rows:
        first_row.setdefault(row[0], row)
    for name, row in first_row.items():
        words = name.split()
        surname = words[-1]
        if name not in governing or len(words) < 2 or len(surname) < 5 or not surname[:1].isupper():
            continue
        if surname.lower() in blocked or last_words.get(surname.lower()) != {name}:
            continue
        existing = [a for a in row[1].split(";") if a]
        if surname not in existing:
            row[1] = ";".join([*existing, surname])


def named_country(names: list[str], aliases: dict[str, str]) -> str:
    """The one country that a group's names name by its name or demonym ("Palestinian
    Islamic Jihad" -> PSE, "Islamic Movement of Uzbekistan" -> UZB), or "" when they name
    none or several; "Latin American" names no country."""
    found = set()
    for name in names:
        words = re.findall(r"[A-Za-z][A-Za-z'-]*", name)
        for k in range(len(words)):
            if k and words[k - 1].lower() == "latin":
                continue
            for n in (3, 2, 1):
                key = " ".join(words[k : k + n]).lower()
                if key in aliases:
                    found.add(aliases[key])
                    break
    return found.pop() if len(found) == 1 else ""


def org_rows(
    entries: list[ActorEntry],
    isos: set[str],
    blocked: set[str],
    source: str,
    *,
    international: bool = False,
    aliases: dict[str, str] | None = None,
) -> list[list[str]]:
    """Rows of ``organisations.csv`` for undated entries with a role or organisation code.

    A region-prefixed armed group (``MEAREB``) takes the country of
    :data:`REGION_GROUP_COUNTRIES`, else the one its names name (:func:`named_country`
    over ``aliases``, lower-case country names and demonyms -> ISO3), else none."""
    aliases = aliases or {}
    rows: list[list[str]] = []
    for entry in entries:
        if any(c.dated for c in entry.codes):
            continue
        raw = entry.codes[0].code
        if len(raw) <= 3:  # country-level entry
            continue
        if international and raw[:3] not in ("IGO", "NGO"):
            continue
        names = [n for n in entry.names if _good_name(n, blocked) and n.lower() not in CURATED_NAMES]
        if international:  # only multi-word names and acronyms: fewer false hits
            names = [n for n in names if " " in n or (n.isupper() and len(n) >= 3)]
        if not names:
            continue
        code, country, role = split_code(RECODED.get(raw, raw), isos)
        if not country and role and raw[:3] not in ORG_BLOCKS:
            country = REGION_GROUP_COUNTRIES.get(entry.names[0]) or named_country(entry.names, aliases)
            code = country + role if country else code
        if code in RENAMED:
            name, dropped = RENAMED[code]
            names = [name, *(n for n in names if n.lower() not in dropped)]
        kind = "igo" if code.startswith("IGO") else "organisation"
        rows.append([code, country, role, kind, names[0], ";".join(names[1:]), source])
    return rows


def place_aliases(rows: list[list[str]]) -> list[list[str]]:
    """``organisations.csv`` rows without the aliases that are towns of the organisation's
    own country: a name or alternate name of a GeoNames city (``dyadic.geo`` gazetteer,
    CC BY 4.0) in that country ("Rafah", "Gaza City" of ``PSEGZA``). The row's own name
    ("Gaza"; "The White House"), its last word ("Snowden" of Edward Snowden) and acronyms
    ("CIA") stay. A town is a place, not the actor."""
    import pycountry

    from dyadic.geo.gazetteer import Gazetteer, Kind

    gazetteer = Gazetteer.load()
    out: list[list[str]] = []
    for row in rows:
        country = pycountry.countries.get(alpha_3=row[1]) if row[1] else None
        if country is None or not row[5]:
            out.append(row)
            continue
        kept = [
            a
            for a in row[5].split(";")
            if a.isupper()
            or a.lower().removeprefix("the ") in {row[4].lower(), row[4].lower().split()[-1]}
            or not any(e.kind is Kind.CITY and e.iso2 == country.alpha_2 for e in gazetteer.candidates(a))
        ]
        out.append([*row[:5], ";".join(kept), *row[6:]])
    return out


def company_rows(
    entries: list[ActorEntry], isos: set[str], blocked: set[str], source: str
) -> list[list[str]]:
    """Rows of ``companies.csv``: every name of an undated ``MNC<ISO3>...`` entry (a company
    with a home country; bare ``[MNC]`` entries have none and are left out), first spelling
    wins; names that are country names or generic words are dropped."""
    rows: list[list[str]] = []
    seen: set[str] = set()
    for entry in entries:
        raw = entry.codes[0].code
        if any(c.dated for c in entry.codes) or not raw.startswith("MNC") or raw[3:6] not in isos:
            continue
        for name in entry.names:
            if _good_name(name, blocked) and name.lower() not in seen:
                seen.add(name.lower())
                rows.append([name, raw[3:6], source])
    return rows


def main(argv: list[str]) -> int:
    """Build the three files; returns the process exit status."""
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_IN
    dst = Path(argv[2]) if len(argv) > 2 else DEFAULT_OUT
    countries = json.loads((dst / "countries.json").read_text(encoding="utf-8"))["countries"]
    isos = set(countries)
    blocked = {a.lower() for c in countries.values() for a in c["aliases"]}
    aliases = {a.lower(): iso for iso, c in countries.items() for a in [c["name"], *c["aliases"]]}

    def read(name: str) -> list[ActorEntry]:
        return parse_actors((src / name).read_text(encoding="utf-8", errors="replace"))

    nat, mil, intl = (read(f"Phoenix.{n}.actors.txt") for n in ("Countries", "MilNonState", "International"))
    people = people_rows(nat, isos, blocked, SOURCE.format("countries")) + people_rows(
        intl, isos, blocked, SOURCE.format("international")
    )
    orgs = (
        org_rows(mil, isos, blocked, SOURCE.format("milnonstate"), aliases=aliases)
        + org_rows(nat, isos, blocked, SOURCE.format("countries"))
        + org_rows(intl, isos, blocked, SOURCE.format("international"), international=True)
        + [
            [code, country, role, "organisation", name, aliases, "dyadic-curated"]
            for code, country, role, name, aliases in CURATED_ORGANISATIONS
        ]
    )
    orgs = place_aliases(orgs)
    org_names = {n.lower() for row in orgs for n in (row[4], *row[5].split(";")) if n}
    add_surnames(people, blocked | org_names)
    with (dst / "people.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["name", "aliases", "code", "country", "role", "start", "end", "source"])
        writer.writerows(people)
    with (dst / "organisations.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["code", "country", "role", "kind", "name", "aliases", "source"])
        writer.writerows(orgs)
    companies = company_rows(intl, isos, blocked, SOURCE.format("international"))
    with (dst / "companies.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["name", "country", "source"])
        writer.writerows(companies)
    print(
        f"wrote {len(people)} people rows, {len(orgs)} organisations and {len(companies)} companies to {dst}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
