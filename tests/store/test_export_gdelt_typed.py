"""`export events|mentions --format gdelt` read back as GDELT's own tools read them (issue 13, items 8
and 9): GDELT 2.0's column headers and types, codes with their leading zeros, FIPS geography, actor
geography and known-group codes, and realized events only.

The files are read twice: with the ``csv`` module, each column cast to the type GDELT's
codebook gives it, against header lists written here from the GDELT 2.0 Event Codebook (V2.0,
Sep 2016, tables "EVENT TABLE" and "MENTIONS TABLE"), not taken from :mod:`dyadic.store.export`;
and with ``pandas.read_csv`` against GDELT's own column-label files (read from
``../shared/data/gdelt-lookups`` at test time).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from typer.testing import CliRunner

from dyadic.cli import app
from dyadic.records import (
    Actor,
    ActorKind,
    Article,
    ArticleResult,
    Event,
    EventActor,
    EventStatus,
    Evidence,
    Mention,
    Place,
)
from dyadic.store import Store, gdelt_event_id

runner = CliRunner()

#: GDELT 2.0 event table, 61 columns in order (Event Codebook V2.0).
GDELT_EVENT_HEADER = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code", "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code", "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]  # fmt: skip
#: GDELT 2.0 mentions table, 16 columns in order (Event Codebook V2.0).
GDELT_MENTIONS_HEADER = [
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
]  # fmt: skip

_GEO_TYPES = {"Type": int, "Lat": float, "Long": float}
#: Column types as GDELT's codebook has them (INTEGER, FLOAT, STRING); codes are strings.
EVENT_TYPES: dict[str, Callable[[str], Any]] = {
    **dict.fromkeys(GDELT_EVENT_HEADER, str),
    **dict.fromkeys(["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass"], int),
    **dict.fromkeys(["NumMentions", "NumSources", "NumArticles", "DATEADDED"], int),
    **dict.fromkeys(["FractionDate", "GoldsteinScale", "AvgTone"], float),
    **{
        f"{who}Geo_{part}": kind
        for who in ("Actor1", "Actor2", "Action")
        for part, kind in _GEO_TYPES.items()
    },
}
MENTION_TYPES: dict[str, Callable[[str], Any]] = {
    **dict.fromkeys(GDELT_MENTIONS_HEADER, str),
    **dict.fromkeys(
        ["GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "SentenceID", "InRawText"], int
    ),
    **dict.fromkeys(["Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "Confidence"], int),
    **dict.fromkeys(["MentionDocLen"], int),
    **dict.fromkeys(["MentionDocTone"], float),
}


def read_gdelt(text: str, header: list[str], types: dict[str, Callable[[str], Any]]) -> list[dict[str, Any]]:
    """Tab-separated rows with no header -> typed dicts; an empty field is None (a missing value).

    Raises:
        ValueError: a row has another number of fields, or a value is not of its column's type.
    """
    rows = []
    for fields in csv.reader(io.StringIO(text), delimiter="\t"):
        if len(fields) != len(header):
            raise ValueError(f"{len(fields)} fields, not {len(header)}: {fields}")
        rows.append({h: types[h](v) if v != "" else None for h, v in zip(header, fields, strict=True)})
    return rows


TEXT = "UN envoys met Iranian President Ebrahim Raisi. Raisi will sign a deal with Venezuela in Caracas."
DAY = date(2023, 3, 1)
UN = Actor("IGOUNO", None, None, "United Nations", ActorKind.IGO)
RAISI = Actor("IRNGOV", "IRN", "GOV", "Ebrahim Raisi", ActorKind.PERSON)
VEN = Actor("VENGOV", "VEN", "GOV", "Venezuela", ActorKind.COUNTRY)
CARACAS = Place(3646738, "Caracas", "VEN", "25", 10.48801, -66.87919, "P", "PPLC")


def _mention(text: str, actor: Actor, sentence: int) -> Mention:
    start = TEXT.index(text)
    return Mention(text, start, start + len(text), 0, 0, sentence, actor, "test")


def _event(n: int, source: Mention, target: Mention, cameo: str, status: EventStatus, **extra: Any) -> Event:
    names = {"036": ("Express intent to meet or negotiate", 4.0, 1), "057": ("Sign formal agreement", 8.0, 1)}
    name, goldstein, quad = names[cameo]
    return Event(
        event_id=f"u1-e{n}",
        article_id="u1",
        sentence_index=source.sentence_index,
        sentence=TEXT,
        date=DAY,
        source=EventActor.from_mention(source),
        target=EventActor.from_mention(target),
        cameo=cameo,
        cameo_root=cameo[:2],
        cameo_name=name,
        plover=None,
        plover_mode=None,
        plover_context=None,
        goldstein=goldstein,
        quad_class=quad,
        status=status,
        evidence=Evidence(TEXT.index("met") if n == 1 else TEXT.index("sign"), 0, "pattern"),
        confidence=0.8,
        **extra,
    )


@pytest.fixture
def db(tmp_path) -> str:
    un = _mention("UN envoys", UN, 0)
    raisi = _mention("Iranian President Ebrahim Raisi", RAISI, 0)
    raisi2 = Mention("Raisi", 47, 52, 0, 0, 1, RAISI, "leader")
    ven = _mention("Venezuela", VEN, 1)
    met = _event(1, un, raisi, "036", EventStatus.REALIZED)
    deal = _event(2, raisi2, ven, "057", EventStatus.PLANNED, place=CARACAS)  # "will sign"
    article = Article("u1", TEXT, "UN meets Raisi", DAY, "https://example.org/u1", "IRNA", "u1.txt")
    path = str(tmp_path / "typed.duckdb")
    with Store(path) as store:
        store.save(ArticleResult(article, [un, raisi, raisi2, ven], [met, deal]))
        store.save(_caracas_visit())
    return path


def _caracas_visit() -> ArticleResult:
    text = "Raisi left Tehran for Caracas."
    raisi = Mention("Raisi", 0, 5, 0, 1, 0, RAISI, "leader")
    caracas = Mention("Caracas", 22, 29, 4, 5, 0, VEN, "capital")
    visit = Event(
        event_id="v1-e1",
        article_id="v1",
        sentence_index=0,
        sentence=text,
        date=date(2023, 6, 12),
        source=EventActor.from_mention(raisi),
        target=EventActor.from_mention(caracas),
        cameo="042",
        cameo_root="04",
        cameo_name="Make a visit",
        plover="CONSULT",
        plover_mode="visit",
        plover_context=None,
        goldstein=1.9,
        quad_class=1,
        status=EventStatus.REALIZED,
        evidence=Evidence(6, 10, "pattern"),
        confidence=0.775,
        place=CARACAS,
    )
    article = Article("v1", text, "Raisi tours", date(2023, 6, 12), None, "Mehr", "v1.txt")
    return ArticleResult(article, [raisi, caracas], [visit])


def _export(db: str, kind: str, *extra: str) -> str:
    res = runner.invoke(app, ["export", kind, "--db", db, "--format", "gdelt", *extra])
    assert res.exit_code == 0, res.output
    return res.stdout


def test_export_gdelt_events_load_with_gdelt_headers_and_types(db):
    rows = read_gdelt(_export(db, "events"), GDELT_EVENT_HEADER, EVENT_TYPES)
    assert len(GDELT_EVENT_HEADER) == 61 and len(rows) == 2
    by_id = {r["GLOBALEVENTID"]: r for r in rows}
    met, visit = by_id[gdelt_event_id("u1-e1")], by_id[gdelt_event_id("v1-e1")]
    assert (met["SQLDATE"], met["MonthYear"], met["Year"], met["FractionDate"]) == (
        20230301,
        202303,
        2023,
        2023.1671,
    )
    # codes keep their leading zeros
    assert (met["EventCode"], met["EventBaseCode"], met["EventRootCode"]) == ("036", "036", "03")
    assert (visit["EventCode"], visit["EventRootCode"]) == ("042", "04")
    assert (met["QuadClass"], met["GoldsteinScale"], met["NumMentions"], met["IsRootEvent"]) == (1, 4.0, 1, 1)
    assert met["AvgTone"] is None and met["DATEADDED"] == 20230301000000


def test_export_gdelt_geography_is_fips_and_actor_geo_is_the_actor_country(db):
    rows = read_gdelt(_export(db, "events"), GDELT_EVENT_HEADER, EVENT_TYPES)
    for r in rows:
        for who in ("Actor1", "Actor2", "Action"):
            country, adm1 = r[f"{who}Geo_CountryCode"], r[f"{who}Geo_ADM1Code"]
            if r[f"{who}Geo_Type"]:
                assert re.fullmatch(r"[A-Z]{2}", country), (who, country)  # FIPS 10-4, not ISO alpha-3
                assert adm1.startswith(country)
                assert -90 <= r[f"{who}Geo_Lat"] <= 90 and -180 <= r[f"{who}Geo_Long"] <= 180
            else:
                assert country is None and r[f"{who}Geo_Lat"] is None
    visit = next(r for r in rows if r["EventCode"] == "042")
    assert (visit["ActionGeo_Type"], visit["ActionGeo_CountryCode"], visit["ActionGeo_ADM1Code"]) == (
        4,
        "VE",
        "VE25",
    )
    assert (visit["Actor1CountryCode"], visit["Actor2CountryCode"]) == ("IRN", "VEN")  # CAMEO, as in GDELT
    # dyadic does not locate actor mentions: an actor with a country is placed at that country
    actor1 = [visit[f"Actor1Geo_{c}"] for c in ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long")]
    assert actor1 == [1, "Iran", "IR", "IR", 32.0, 53.0]
    assert (visit["Actor2Geo_Type"], visit["Actor2Geo_CountryCode"], visit["Actor2Geo_FeatureID"]) == (
        1,
        "VE",
        "3625428",
    )
    met = next(r for r in rows if r["EventCode"] == "036")
    assert met["Actor1Geo_Type"] == 0 and met["Actor1Geo_FullName"] is None  # the UN has no country


def test_export_gdelt_known_group_codes_come_from_the_actor_code(db):
    rows = read_gdelt(_export(db, "events"), GDELT_EVENT_HEADER, EVENT_TYPES)
    met = next(r for r in rows if r["EventCode"] == "036")
    assert (met["Actor1Code"], met["Actor1KnownGroupCode"], met["Actor1CountryCode"]) == (
        "IGOUNO",
        "UNO",
        None,
    )
    assert (met["Actor2Code"], met["Actor2KnownGroupCode"]) == ("IRNGOV", None)


def test_export_gdelt_leaves_out_events_that_did_not_happen(db):
    # Issue 13, item 8: the planned "will sign a deal" was exported with the realized events.
    events = read_gdelt(_export(db, "events"), GDELT_EVENT_HEADER, EVENT_TYPES)
    mentions = read_gdelt(_export(db, "mentions"), GDELT_MENTIONS_HEADER, MENTION_TYPES)
    planned = gdelt_event_id("u1-e2")
    assert planned not in {r["GLOBALEVENTID"] for r in events}
    assert planned not in {r["GLOBALEVENTID"] for r in mentions}
    merged = read_gdelt(_export(db, "events", "--merged"), GDELT_EVENT_HEADER, EVENT_TYPES)
    assert sorted(r["EventCode"] for r in merged) == ["036", "042"]


def test_export_gdelt_mentions_load_with_gdelt_headers_and_types(db):
    events = read_gdelt(_export(db, "events"), GDELT_EVENT_HEADER, EVENT_TYPES)
    rows = read_gdelt(_export(db, "mentions"), GDELT_MENTIONS_HEADER, MENTION_TYPES)
    assert len(GDELT_MENTIONS_HEADER) == 16 and len(rows) == 2
    assert {r["GLOBALEVENTID"] for r in rows} == {r["GLOBALEVENTID"] for r in events}
    met = next(r for r in rows if r["GLOBALEVENTID"] == gdelt_event_id("u1-e1"))
    assert (met["MentionType"], met["MentionIdentifier"], met["MentionSourceName"]) == (
        1,
        "https://example.org/u1",
        "IRNA",
    )
    assert (met["SentenceID"], met["Actor1CharOffset"], met["Actor2CharOffset"], met["ActionCharOffset"]) == (
        1,
        0,
        TEXT.index("Iranian"),
        TEXT.index("met"),
    )
    assert (met["Confidence"], met["MentionDocLen"], met["InRawText"]) == (80, len(TEXT), 1)
    assert met["EventTimeDate"] == met["MentionTimeDate"] == 20230301000000 and met["MentionDocTone"] is None
    visit = next(r for r in rows if r["GLOBALEVENTID"] == gdelt_event_id("v1-e1"))
    assert (visit["MentionType"], visit["MentionIdentifier"]) == (2, "v1")  # no URL: a citation


def test_read_gdelt_refuses_a_wrong_column_count_or_type():
    with pytest.raises(ValueError, match="2 fields, not 16"):
        read_gdelt("1\t2\n", GDELT_MENTIONS_HEADER, MENTION_TYPES)
    with pytest.raises(ValueError):
        read_gdelt("x" + "\t" * 15 + "\n", GDELT_MENTIONS_HEADER, MENTION_TYPES)


#: GDELT's own column-label files (GDELT 2.0 codebook, Sep 2016), read at test time only.
GDELT_LOOKUPS = Path(__file__).resolve().parents[3] / "shared" / "data" / "gdelt-lookups"


def _gdelt_columns(name: str, sep: str) -> tuple[list[str], dict[str, str]]:
    """Column names in order and pandas dtypes from a GDELT column-label file."""
    path = GDELT_LOOKUPS / name
    if not path.exists():
        pytest.skip(f"{path} not present (../shared/data missing)")
    labels = pd.read_csv(path, sep=sep)
    names = [str(n) for n in labels["tableId"]]
    kinds = {"INTEGER": "Int64", "FLOAT": "float64", "STRING": "string"}
    return names, {n: kinds.get(str(t), "string") for n, t in zip(names, labels["dataType"], strict=True)}


@pytest.mark.parametrize(
    ("kind", "label_file", "sep", "columns"),
    [
        ("events", "GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv", ",", 61),
        ("mentions", "GDELT_2.0_eventMentions_Column_Labels_Header_Row_Sep2016.tsv", "\t", 16),
    ],
)
def test_export_gdelt_loads_in_pandas_with_gdelts_own_headers_and_types(db, kind, label_file, sep, columns):
    names, dtypes = _gdelt_columns(label_file, sep)
    assert len(names) == columns
    frame = pd.read_csv(io.StringIO(_export(db, kind)), sep="\t", header=None, names=names, dtype=dtypes)
    assert len(frame) == 2 and list(frame.columns) == names
    assert str(frame["GLOBALEVENTID"].dtype) == "Int64"
    if kind == "events":
        # CAMEO codes stay strings with their leading zeros; geography is FIPS 10-4
        assert sorted(frame["EventCode"]) == ["036", "042"]
        assert sorted(frame["EventRootCode"]) == ["03", "04"]
        assert frame["GoldsteinScale"].dtype == "float64"
        fips = frame["ActionGeo_CountryCode"].dropna()
        assert len(fips) and all(len(c) == 2 for c in fips)
        adm1 = frame[["ActionGeo_CountryCode", "ActionGeo_ADM1Code"]].dropna()
        assert all(a.startswith(c) for c, a in adm1.itertuples(index=False))
