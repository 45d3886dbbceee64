"""CSV exports have fixed columns per kind of record (issue 13, item 2) and quote text.

Regression input: a store whose first event has no target and no place. The CSV
header used to come from the first record, so every later row lost its
``target_*`` and ``place_*`` columns.
"""

from __future__ import annotations

import csv
import io
from datetime import date

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
from dyadic.store import Store
from dyadic.store.export import (
    ACTOR_CSV_COLUMNS,
    EVENT_CSV_COLUMNS,
    MERGED_EVENT_CSV_COLUMNS,
    PLACE_CSV_COLUMNS,
    QUOTATION_CSV_COLUMNS,
    flatten,
    write_csv,
)

runner = CliRunner()

TEXT = "Iranian President Ebrahim Raisi said Iran is ready. Raisi left Tehran for Caracas on Monday."
RAISI = Actor("IRNGOV", "IRN", "GOV", "Ebrahim Raisi", ActorKind.PERSON)
VEN = Actor("VENGOV", "VEN", "GOV", "Venezuela", ActorKind.COUNTRY)
CARACAS = Place(3646738, "Caracas", "VEN", "25", 10.48801, -66.87919, "P", "PPLC")


def _event(event_id: str, verb_start: int, target: Mention | None, place: Place | None, **codes) -> Event:
    source = Mention("Iranian President Ebrahim Raisi", 0, 31, 0, 4, 0, RAISI, "title+nationality")
    return Event(
        event_id=event_id,
        article_id="a1",
        sentence_index=0,
        sentence=TEXT,
        date=date(2023, 6, 12),
        source=EventActor.from_mention(source),
        target=EventActor.from_mention(target) if target else None,
        plover_context=None,
        status=EventStatus.REALIZED,
        evidence=Evidence(verb_start, verb_start + 4, "pattern"),
        confidence=0.9,
        place=place,
        **codes,
    )


def _result() -> ArticleResult:
    article = Article("a1", TEXT, "Raisi tours", date(2023, 6, 12), "https://example.org/a1", "Mehr", "x.txt")
    raisi = Mention("Iranian President Ebrahim Raisi", 0, 31, 0, 4, 0, RAISI, "title+nationality")
    caracas = Mention("Caracas", 74, 81, 14, 15, 1, VEN, "capital")
    statement = _event(
        "e1-no-target",
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
        "e2-visit",
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
    unattributed = Quotation("a1-q1", "a1", 0, "Iran is ready", 37, 50, "reported", None, None)
    attributed = Quotation(
        "a1-q2",
        "a1",
        0,
        "Iran is ready",
        37,
        50,
        "reported",
        "said",
        Speaker("Raisi", "Ebrahim Raisi", "IRNGOV", 0, 31),
    )
    place = PlaceMention("a1-p1", "a1", 1, "Caracas", 74, 81, CARACAS, "ner")
    return ArticleResult(article, [raisi, caracas], [statement, visit], [unattributed, attributed], [place])


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "csv.duckdb"
    with Store(path) as store:
        store.save(_result())
    return path


def _rows(text: str) -> tuple[list[str], list[dict[str, str]]]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows = list(reader)
    return list(reader.fieldnames or []), rows


def test_export_csv_keeps_target_and_place_columns_after_a_first_event_without_them(db):
    res = runner.invoke(app, ["export", "events", "--db", str(db), "--format", "csv"])
    assert res.exit_code == 0, res.output
    header, rows = _rows(res.stdout)
    assert header == list(EVENT_CSV_COLUMNS)
    assert [r["event_id"] for r in rows] == ["e1-no-target", "e2-visit"]
    first, visit = rows
    assert first["target_code"] == "" and first["place_name"] == ""
    assert visit["target_code"] == "VENGOV" and visit["target_name"] == "Venezuela"
    assert visit["target_start"] == "74" and visit["target_end"] == "81"
    assert visit["place_name"] == "Caracas" and visit["place_geonames_id"] == "3646738"
    assert visit["place_lat"] == "10.48801" and visit["place_feature_code"] == "PPLC"
    assert visit["cameo"] == "042" and visit["evidence_pattern"] == "pattern"


def test_export_csv_quotes_text_so_codes_keep_leading_zeros(db):
    res = runner.invoke(app, ["export", "events", "--db", str(db), "--format", "csv"])
    lines = res.stdout.splitlines()
    assert lines[0].startswith("event_id,article_id,sentence_index,")  # the header is bare
    visit = lines[2]
    assert visit.startswith('"e2-visit","a1",0,')
    assert ',"042","04","Make a visit","CONSULT","visit",,1.9,1,"realized",58,62,' in visit
    assert ',"Caracas","VEN","25",10.48801,-66.87919,"P","PPLC"' in visit
    first = lines[1]  # nulls are empty and unquoted; the empty target and place stay in place
    assert len(next(csv.reader([first]))) == len(EVENT_CSV_COLUMNS)
    assert first.endswith(',0.9,,,,,,,,,"False"')  # not a mutual act


def test_export_merged_csv_has_fixed_columns(db):
    res = runner.invoke(app, ["export", "events", "--merged", "--db", str(db), "--format", "csv"])
    assert res.exit_code == 0, res.output
    header, rows = _rows(res.stdout)
    assert header == list(MERGED_EVENT_CSV_COLUMNS)
    assert rows[0]["target_code"] == "" and rows[0]["cameo"] == "010"
    visit = rows[1]
    assert visit["target_code"] == "VENGOV" and visit["place_name"] == "Caracas"
    assert visit["num_mentions"] == "1" and visit["num_sources"] == "1"
    assert '"event_id": "e2-visit"' in visit["mentions"]


def test_export_csv_quotes_places_actors_have_fixed_columns(db):
    quotes = runner.invoke(app, ["export", "quotes", "--db", str(db), "--format", "csv"])
    header, rows = _rows(quotes.stdout)
    assert header == list(QUOTATION_CSV_COLUMNS)
    by_id = {r["quote_id"]: r for r in rows}
    assert by_id["a1-q1"]["speaker_code"] == "" and by_id["a1-q1"]["cue"] == ""
    assert by_id["a1-q2"]["speaker_code"] == "IRNGOV" and by_id["a1-q2"]["speaker_start"] == "0"
    places = runner.invoke(app, ["export", "places", "--db", str(db), "--format", "csv"])
    header, rows = _rows(places.stdout)
    assert header == list(PLACE_CSV_COLUMNS)
    assert rows[0]["geonames_id"] == "3646738" and rows[0]["admin1"] == "25"
    actors = runner.invoke(app, ["export", "actors", "--db", str(db), "--format", "csv"])
    header, rows = _rows(actors.stdout)
    assert header == list(ACTOR_CSV_COLUMNS)
    assert {r["code"] for r in rows} == {"IRNGOV", "VENGOV"}


def test_export_csv_columns_are_the_flattened_json_records(db):
    """The fixed columns are exactly the fields of full JSON Lines records, in record order."""
    with Store(db, read_only=True) as store:
        visit = store.event("e2-visit")
        quote = next(q for q in store.quotations() if q["speaker"])
        place = store.places()[0]
        actor = store.actors()[0]
    assert tuple(flatten(visit)) == EVENT_CSV_COLUMNS
    assert tuple(flatten(quote)) == QUOTATION_CSV_COLUMNS
    assert tuple(place) == PLACE_CSV_COLUMNS
    assert tuple(actor) == ACTOR_CSV_COLUMNS


def test_export_csv_of_no_records_writes_the_header(tmp_path):
    buf = io.StringIO()
    assert write_csv([], buf, EVENT_CSV_COLUMNS) == 0
    assert buf.getvalue() == ",".join(EVENT_CSV_COLUMNS) + "\r\n"
    path = tmp_path / "empty.duckdb"
    Store(path).close()
    res = runner.invoke(app, ["export", "quotes", "--db", str(path), "--format", "csv"])
    assert res.exit_code == 0 and res.stdout_bytes == (",".join(QUOTATION_CSV_COLUMNS) + "\r\n").encode()


def test_export_csv_escapes_quotes_in_text():
    buf = io.StringIO()
    write_csv([{"text": 'he said "no", twice', "n": 2, "x": None, "ok": True}], buf)
    assert buf.getvalue() == 'text,n,x,ok\r\n"he said ""no"", twice",2,,"True"\r\n'
    assert next(csv.reader(io.StringIO(buf.getvalue().splitlines()[1]))) == [
        'he said "no", twice',
        "2",
        "",
        "True",
    ]


def test_export_csv_kind_picks_the_fixed_columns():
    buf = io.StringIO()
    write_csv([{"quote_id": "q", "speaker": None}], buf, kind="quotes")
    header, row = buf.getvalue().splitlines()
    assert header.split(",") == list(QUOTATION_CSV_COLUMNS)
    assert row == '"q"' + "," * (len(QUOTATION_CSV_COLUMNS) - 1)
    with pytest.raises(ValueError, match="unknown record kind 'event'"):
        write_csv([], io.StringIO(), kind="event")
