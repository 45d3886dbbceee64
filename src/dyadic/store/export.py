"""Write stored records as JSON Lines, CSV or GDELT 2.0 event rows.

JSON Lines keeps the public nested records (README, "Records"). CSV flattens
nested objects with ``_`` (``source_code``, ``evidence_pattern``) and has
fixed columns per kind of record (:data:`EVENT_CSV_COLUMNS`,
:data:`MERGED_EVENT_CSV_COLUMNS`, :data:`QUOTATION_CSV_COLUMNS`,
:data:`PLACE_CSV_COLUMNS`, :data:`ACTOR_CSV_COLUMNS`), so a record without a
target or place still has those columns, left empty. Text values are quoted,
so codes such as ``042`` stay text in spreadsheets. The GDELT format writes
the 61 tab-separated columns of the GDELT 2.0 event table (codebook Sep 2016)
with no header, as GDELT's own export files do.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import json
import typing
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, TextIO

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
    """A positive 63-bit integer derived from dyadic's event id (GDELT ids are integers)."""
    return int.from_bytes(hashlib.sha1(event_id.encode()).digest()[:8], "big") >> 1


def _actor_columns(actor: dict[str, Any] | None) -> list[Any]:
    if not actor:
        return [""] * 10
    code = actor["code"] or ""
    country = actor.get("country") or ""
    role = actor.get("role") or ""
    return [code, actor.get("name") or actor.get("text") or "", country, "", "", "", "", role, "", ""]


def _geo_columns(place: dict[str, Any] | None) -> list[Any]:
    if not place:
        return [0, "", "", "", "", "", "", ""]
    fclass, fcode = place.get("feature_class"), place.get("feature_code") or ""
    geo_type = 1 if fcode.startswith("PCL") else (5 if fclass == "A" else 4)
    return [
        geo_type,
        place["name"],
        place.get("country") or "",
        place.get("admin1") or "",
        "",
        place["lat"],
        place["lon"],
        place["geonames_id"],
    ]


def gdelt_row(event: dict[str, Any], url: str | None = None, published: str | None = None) -> list[Any]:
    """One event record -> the 61 GDELT 2.0 event columns.

    Differences from GDELT, documented for users: country codes are ISO 3166
    alpha-3 (as in GDELT's Actor*CountryCode) also in the geo columns (GDELT
    uses FIPS 10-4 there); FeatureID is the GeoNames id; AvgTone is empty;
    IsRootEvent is 1 for events in the article's first sentence; an event
    whose date is null (its sentence names only a coarser period) is dated by
    ``published``, the article's publication day (ISO 8601), as GDELT dates
    events by their article; DATEADDED is the publication day (else the event
    day) at 00:00:00 (deterministic); NumMentions/NumSources/NumArticles come
    from merged events when present, else 1.
    """
    day = event.get("date") or published or ""
    ymd = day.replace("-", "")
    year = ymd[:4]
    if ymd:
        d = date.fromisoformat(day)
        fraction = f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}"
    else:
        fraction = ""
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
        *([0, "", "", "", "", "", "", ""] * 2),
        *geo,
        ((published or day).replace("-", "") + "000000") if (published or day) else "",
        url or "",
    ]


def write_gdelt(
    events: Iterable[dict[str, Any]],
    out: TextIO,
    articles: dict[str, tuple[str | None, str | None]] | None = None,
) -> int:
    """GDELT 2.0 event rows, tab-separated, no header.

    Args:
        articles: article id -> (SOURCEURL, publication day ISO 8601), see :func:`gdelt_row`.
    """
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    n = 0
    for ev in events:
        url, published = (articles or {}).get(ev["article_id"], (None, None))
        writer.writerow(gdelt_row(ev, url, published))
        n += 1
    return n
