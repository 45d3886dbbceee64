"""Write stored records as JSON Lines, CSV or GDELT 2.0 event rows.

JSON Lines keeps the public nested records (README, "Records"). CSV flattens
nested objects with ``_`` (``source_code``, ``evidence_pattern``). The GDELT
format writes the 61 tab-separated columns of the GDELT 2.0 event table
(codebook Sep 2016) with no header, as GDELT's own export files do.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable
from datetime import date
from typing import Any, TextIO

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


def write_csv(records: Iterable[dict[str, Any]], out: TextIO, columns: list[str] | None = None) -> int:
    """CSV with a header; nested records flattened by :func:`flatten`.

    Args:
        columns: Header to use; default: the keys of the first flattened record
            (so an empty input writes nothing unless ``columns`` is given).
    """
    writer: csv.DictWriter[str] | None = None
    n = 0
    for rec in records:
        flat = flatten(rec)
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=columns or list(flat), extrasaction="ignore")
            writer.writeheader()
        writer.writerow(flat)
        n += 1
    if writer is None and columns:
        csv.DictWriter(out, fieldnames=columns).writeheader()
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
