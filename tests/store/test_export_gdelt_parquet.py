"""GDELT fidelity, the GDELT mentions table, Parquet exports and `explain` by GLOBALEVENTID
(issue 13, item 9 and "What to build").

Regression input: a store with an event placed in Caracas. The GDELT geo columns
used to hold ISO alpha-3 (``VEN``) and a bare division code (``25``) where GDELT
has FIPS 10-4 (``VE``, ``VE25``); there was no mentions export, no Parquet export,
and `explain` took only dyadic's event id.
"""

from __future__ import annotations

import dataclasses
import io
from datetime import date

import duckdb
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
    PlaceMention,
    Quotation,
    Speaker,
)
from dyadic.relations import merged_events
from dyadic.store import Store
from dyadic.store.export import (
    GDELT_COLUMNS,
    GDELT_MENTION_COLUMNS,
    fips_country,
    fraction_date,
    gdelt_event_id,
    gdelt_row,
    write_gdelt_mentions,
)

runner = CliRunner()

TEXT = "Iranian President Ebrahim Raisi said Iran is ready. Raisi left Tehran for Caracas on Monday."
DAY = date(2023, 3, 1)
RAISI = Actor("IRNGOV", "IRN", "GOV", "Ebrahim Raisi", ActorKind.PERSON)
VEN = Actor("VENGOV", "VEN", "GOV", "Venezuela", ActorKind.COUNTRY)
CARACAS = Place(3646738, "Caracas", "VEN", "25", 10.48801, -66.87919, "P", "PPLC")
VENEZUELA = Place(3625428, "Venezuela", "VEN", "00", 8.0, -66.0, "A", "PCLI")


def _event(article_id: str, event_id: str, verb_start: int, target: Mention | None, place, **codes) -> Event:
    source = Mention("Iranian President Ebrahim Raisi", 0, 31, 0, 4, 0, RAISI, "title+nationality")
    return Event(
        event_id=event_id,
        article_id=article_id,
        sentence_index=1 if target else 0,
        sentence=TEXT,
        date=DAY,
        source=EventActor.from_mention(source),
        target=EventActor.from_mention(target) if target else None,
        plover_context=None,
        status=EventStatus.REALIZED,
        evidence=Evidence(verb_start, verb_start + 4, "pattern"),
        confidence=0.775,
        place=place,
        **codes,
    )


def _result(article_id: str, url: str | None, publisher: str) -> ArticleResult:
    article = Article(article_id, TEXT, "Raisi tours", DAY, url, publisher, "x.txt")
    raisi = Mention("Iranian President Ebrahim Raisi", 0, 31, 0, 4, 0, RAISI, "title+nationality")
    caracas = Mention("Caracas", 74, 81, 14, 15, 1, VEN, "capital")
    statement = _event(
        article_id,
        f"{article_id}-e1",
        32,
        None,
        None,
        cameo="010",
        cameo_root="01",
        cameo_name="Make statement, not specified below",
        plover=None,
        plover_mode=None,
        goldstein=0.0,
        quad_class=1,
    )
    visit = _event(
        article_id,
        f"{article_id}-e2",
        58,
        caracas,
        CARACAS,
        cameo="042",
        cameo_root="04",
        cameo_name="Make a visit",
        plover="CONSULT",
        plover_mode="visit",
        goldstein=1.9,
        quad_class=1,
    )
    quote = Quotation(
        f"{article_id}-q1",
        article_id,
        0,
        "Iran is ready",
        37,
        50,
        "reported",
        "said",
        Speaker("Raisi", "Ebrahim Raisi", "IRNGOV", 0, 31),
    )
    place = PlaceMention(f"{article_id}-p1", article_id, 1, "Caracas", 74, 81, CARACAS, "ner")
    return ArticleResult(article, [raisi, caracas], [statement, visit], [quote], [place])


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "gdelt.duckdb"
    with Store(path) as store:
        store.save(_result("a1", "https://example.org/a1", "Mehr"))
        store.save(_result("a2", None, "IRNA"))
    return path


def _gdelt_rows(text: str) -> list[dict[str, str]]:
    return [dict(zip(GDELT_COLUMNS, line.split("\t"), strict=True)) for line in text.splitlines()]


# -- GDELT events: FIPS geography, FractionDate ------------------------------------------------------
def test_gdelt_geo_columns_are_fips_for_an_event_in_caracas(db):
    res = runner.invoke(app, ["export", "events", "--db", str(db), "--format", "gdelt"])
    assert res.exit_code == 0, res.output
    visit = next(r for r in _gdelt_rows(res.stdout) if r["GLOBALEVENTID"] == str(gdelt_event_id("a1-e2")))
    assert visit["ActionGeo_CountryCode"] == "VE" and visit["ActionGeo_ADM1Code"] == "VE25"
    assert visit["ActionGeo_Type"] == "4" and visit["ActionGeo_FullName"] == "Caracas"
    # the actor country columns stay CAMEO / ISO alpha-3, as in GDELT
    assert visit["Actor1CountryCode"] == "IRN" and visit["Actor2CountryCode"] == "VEN"
    assert visit["SOURCEURL"] == "https://example.org/a1"


def test_gdelt_country_level_place_and_fips_table():
    ev = {
        "event_id": "x",
        "article_id": "a",
        "sentence_index": 0,
        "date": "2023-06-12",
        "source": None,
        "target": None,
        "cameo": "042",
        "cameo_root": "04",
        "quad_class": 1,
        "goldstein": 1.9,
        "place": dataclasses.asdict(VENEZUELA),
    }
    cols = dict(zip(GDELT_COLUMNS, gdelt_row(ev), strict=True))
    assert (cols["ActionGeo_Type"], cols["ActionGeo_CountryCode"], cols["ActionGeo_ADM1Code"]) == (
        1,
        "VE",
        "VE",
    )
    assert [fips_country(c) for c in ("VEN", "DEU", "GBR", "IRN", "USA", "XKX", "???")] == [
        "VE",
        "GM",
        "UK",
        "IR",
        "US",
        "KV",
        "",
    ]


def test_gdelt_fraction_date_follows_the_codebook_30_day_months():
    # YYYY + ((month - 1) * 30 + day) / 365; day-of-year arithmetic gave 2023.1616 for March 1
    assert fraction_date(date(2023, 3, 1)) == "2023.1671"
    assert fraction_date(date(2023, 1, 1)) == "2023.0027"
    assert fraction_date(date(2024, 12, 31)) == "2024.9890"


# -- GDELT mentions ------------------------------------------------------------------------------
def test_export_mentions_gdelt_has_the_mentions_columns_and_the_event_ids(db):
    events = runner.invoke(app, ["export", "events", "--db", str(db), "--format", "gdelt"])
    ids = {r["GLOBALEVENTID"] for r in _gdelt_rows(events.stdout)}
    res = runner.invoke(app, ["export", "mentions", "--db", str(db), "--format", "gdelt"])
    assert res.exit_code == 0, res.output
    rows = [
        dict(zip(GDELT_MENTION_COLUMNS, line.split("\t"), strict=True)) for line in res.stdout.splitlines()
    ]
    assert len(GDELT_MENTION_COLUMNS) == 16 and len(rows) == 4
    assert {r["GLOBALEVENTID"] for r in rows} == ids
    visit = next(r for r in rows if r["GLOBALEVENTID"] == str(gdelt_event_id("a1-e2")))
    assert visit["MentionType"] == "1" and visit["MentionIdentifier"] == "https://example.org/a1"
    assert visit["MentionSourceName"] == "Mehr" and visit["SentenceID"] == "2"
    assert (visit["Actor1CharOffset"], visit["Actor2CharOffset"], visit["ActionCharOffset"]) == (
        "0",
        "74",
        "58",
    )
    assert visit["Confidence"] == "78" and visit["MentionDocLen"] == str(len(TEXT))
    assert visit["EventTimeDate"] == visit["MentionTimeDate"] == "20230301000000"
    assert visit["MentionDocTone"] == "" and visit["Extras"] == ""
    statement = next(r for r in rows if r["GLOBALEVENTID"] == str(gdelt_event_id("a2-e1")))
    assert statement["Actor2CharOffset"] == ""  # no target
    assert statement["MentionType"] == "2" and statement["MentionIdentifier"] == "a2"  # no URL: a citation


def test_export_mentions_merged_joins_the_merged_events(db):
    events = runner.invoke(app, ["export", "events", "--merged", "--db", str(db), "--format", "gdelt"])
    merged = {r["GLOBALEVENTID"]: r for r in _gdelt_rows(events.stdout)}
    res = runner.invoke(app, ["export", "mentions", "--merged", "--db", str(db), "--format", "gdelt"])
    assert res.exit_code == 0, res.output
    rows = [line.split("\t") for line in res.stdout.splitlines()]
    assert all(len(r) == len(GDELT_MENTION_COLUMNS) for r in rows)
    per_event: dict[str, int] = {}
    for r in rows:
        per_event[r[0]] = per_event.get(r[0], 0) + 1
    assert per_event == {gid: int(r["NumMentions"]) for gid, r in merged.items()} and set(
        per_event.values()
    ) == {2}
    assert sorted(r[4] for r in rows) == ["IRNA", "IRNA", "Mehr", "Mehr"]


def test_export_mentions_only_as_gdelt(db):
    res = runner.invoke(app, ["export", "mentions", "--db", str(db)])
    assert res.exit_code == 2 and "--format gdelt" in res.output
    assert runner.invoke(app, ["export", "places", "--db", str(db), "--format", "gdelt"]).exit_code == 2


def test_write_gdelt_mentions_of_an_event_without_article_metadata():
    ev = {
        "event_id": "e",
        "article_id": "a",
        "sentence_index": 0,
        "date": None,
        "source": {"start": 3},
        "target": None,
        "evidence": {"verb_start": 9},
        "confidence": None,
    }
    buf = io.StringIO()
    assert write_gdelt_mentions([ev], buf) == 1
    assert buf.getvalue() == f"{gdelt_event_id('e')}\t\t\t2\t\ta\t1\t3\t\t9\t1\t\t\t\t\t\n"


# -- Parquet ------------------------------------------------------------------------------------
def _parquet(path) -> tuple[dict[str, str], list[tuple]]:
    con = duckdb.connect()
    try:
        where = str(path).replace("'", "''")
        types = {
            r[0]: r[1] for r in con.execute(f"DESCRIBE SELECT * FROM read_parquet('{where}')").fetchall()
        }
        rows = con.execute(f"SELECT * FROM read_parquet('{where}')").fetchall()
    finally:
        con.close()
    return types, rows


def test_export_events_parquet_reads_back_typed(db, tmp_path):
    out = tmp_path / "events.parquet"
    res = runner.invoke(app, ["export", "events", "--db", str(db), "--format", "parquet", "-o", str(out)])
    assert res.exit_code == 0, res.output
    types, rows = _parquet(out)
    with Store(db, read_only=True) as store:
        records = store.events()
    assert len(rows) == len(records) == 4
    assert types["date"] == "DATE" and types["cameo"] == "VARCHAR" and types["goldstein"] == "DOUBLE"
    assert types["source"].startswith("STRUCT(") and "code VARCHAR" in types["source"]
    assert types["place"].startswith("STRUCT(") and "lat DOUBLE" in types["place"]
    by_id = {r[0]: dict(zip(types, r, strict=True)) for r in rows}
    visit = by_id["a1-e2"]
    assert visit["date"] == DAY and visit["cameo"] == "042"
    assert visit["target"]["code"] == "VENGOV" and visit["place"]["admin1"] == "25"
    assert by_id["a1-e1"]["target"] is None and by_id["a1-e1"]["place"] is None
    assert list(types) == list(records[0])  # the JSON Lines record's fields, in order


def test_export_other_kinds_parquet(db, tmp_path):
    for kind, extra, n in (
        ("actors", [], 2),
        ("quotes", [], 2),
        ("places", [], 2),
        ("events", ["--merged"], 2),
    ):
        out = tmp_path / f"{kind}.parquet"
        res = runner.invoke(
            app, ["export", kind, *extra, "--db", str(db), "--format", "parquet", "-o", str(out)]
        )
        assert res.exit_code == 0, res.output
        types, rows = _parquet(out)
        assert len(rows) == n, kind
    types, rows = _parquet(tmp_path / "events.parquet")  # merged
    assert types["mentions"].endswith("[]") and types["num_mentions"] == "BIGINT"
    assert {len(dict(zip(types, r, strict=True))["mentions"]) for r in rows} == {2}
    types, _ = _parquet(tmp_path / "actors.parquet")
    assert types["aliases"] == "VARCHAR[]"
    types, _ = _parquet(tmp_path / "quotes.parquet")
    assert types["speaker"].startswith("STRUCT(")


def test_export_parquet_needs_a_file_and_writes_empty_stores(db, tmp_path):
    res = runner.invoke(app, ["export", "events", "--db", str(db), "--format", "parquet"])
    assert res.exit_code == 2 and "-o FILE" in res.output
    empty = tmp_path / "empty.duckdb"
    Store(empty).close()
    out = tmp_path / "none.parquet"
    res = runner.invoke(app, ["export", "quotes", "--db", str(empty), "--format", "parquet", "-o", str(out)])
    assert res.exit_code == 0, res.output
    types, rows = _parquet(out)
    assert rows == [] and types["speaker"].startswith("STRUCT(")


# -- explain by GLOBALEVENTID -------------------------------------------------------------------
def test_explain_accepts_a_global_event_id(db):
    gid = gdelt_event_id("a1-e2")
    res = runner.invoke(app, ["explain", str(gid), "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "event a1-e2  article a1" in res.stdout
    with Store(db, read_only=True) as store:
        merged = next(m for m in merged_events(store) if m["cameo"] == "042")
    res = runner.invoke(app, ["explain", str(gdelt_event_id(merged["event_id"])), "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "event a1-e2" in res.stdout  # a merged event's GLOBALEVENTID: its first mention
    missing = runner.invoke(app, ["explain", "12345", "--db", str(db)])
    assert missing.exit_code == 1 and "GLOBALEVENTID 12345" in missing.output
