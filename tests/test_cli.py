"""CLI tests: the commands, their help, exit codes and bad input."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from dyadic.cli import app
from tests.conftest import SAMPLE_PATH

runner = CliRunner()


@pytest.fixture(scope="module")
def coded_db(tmp_path_factory, pipeline):
    db = tmp_path_factory.mktemp("cli") / "sample.duckdb"
    res = runner.invoke(
        app, ["code", str(SAMPLE_PATH), "--published", "2023-06-12", "--db", str(db), "--format", "jsonl"]
    )
    assert res.exit_code == 0, res.output
    return db, [json.loads(line) for line in res.stdout.splitlines()]


@pytest.mark.parametrize("command", ["code", "export", "explain", "evaluate", "evaluate-geo"])
def test_cli_help_documents_each_command(command):
    res = runner.invoke(app, [command, "--help"])
    assert res.exit_code == 0
    assert "Usage" in res.output


def test_cli_code_prints_sample_events_as_jsonl(coded_db):
    _, events = coded_db
    visit = next(e for e in events if e["cameo"] == "042" and e["target"]["country"] == "VEN")
    assert visit["source"]["code"] == "IRNGOV" and visit["date"] == "2023-06-12"
    assert set(visit) >= {
        "event_id",
        "article_id",
        "sentence_index",
        "sentence",
        "date",
        "source",
        "target",
        "cameo",
        "cameo_root",
        "cameo_name",
        "plover",
        "goldstein",
        "quad_class",
        "status",
        "evidence",
        "confidence",
        "place",
    }
    assert set(visit["evidence"]) >= {"verb_start", "verb_end", "pattern"}


def test_cli_code_twice_stores_nothing_new(coded_db):
    db, events = coded_db
    res = runner.invoke(
        app, ["code", str(SAMPLE_PATH), "--published", "2023-06-12", "--db", str(db), "--format", "jsonl"]
    )
    assert res.exit_code == 0
    rerun = [json.loads(line) for line in res.stdout.splitlines()]
    assert sorted(rerun, key=lambda e: e["event_id"]) == sorted(events, key=lambda e: e["event_id"])
    assert "already stored" in res.stderr
    exported = runner.invoke(app, ["export", "events", "--db", str(db)])
    assert len(exported.stdout.splitlines()) == len(events)


def test_cli_export_formats(coded_db):
    db, events = coded_db
    csv_out = runner.invoke(app, ["export", "events", "--db", str(db), "--format", "csv"])
    assert csv_out.exit_code == 0 and csv_out.stdout.startswith("event_id,article_id,")
    gdelt = runner.invoke(app, ["export", "events", "--db", str(db), "--format", "gdelt"])
    rows = [line.split("\t") for line in gdelt.stdout.splitlines()]
    realized = [e for e in events if e["status"] == "realized"]  # GDELT rows: realized events only
    assert len(rows) == len(realized) and all(len(r) == 61 for r in rows)
    actors = runner.invoke(app, ["export", "actors", "--db", str(db)])
    codes = {json.loads(line)["code"] for line in actors.stdout.splitlines()}
    assert {"IRNGOV", "VENGOV", "NIC", "CUB"} <= codes
    bad = runner.invoke(app, ["export", "actors", "--db", str(db), "--format", "gdelt"])
    assert bad.exit_code == 2


def test_cli_code_csv_has_the_fixed_event_columns(coded_db):
    import csv
    import io

    from dyadic.store.export import EVENT_CSV_COLUMNS

    db, events = coded_db
    res = runner.invoke(
        app, ["code", str(SAMPLE_PATH), "--published", "2023-06-12", "--db", str(db), "--format", "csv"]
    )
    assert res.exit_code == 0, res.output
    reader = csv.DictReader(io.StringIO(res.stdout))
    rows = list(reader)
    assert reader.fieldnames == list(EVENT_CSV_COLUMNS) and len(rows) == len(events)
    visit = next(r for r in rows if r["cameo"] == "042" and r["target_country"] == "VEN")
    assert visit["source_code"] == "IRNGOV" and visit["date"] == "2023-06-12"
    assert ',"042","04","Make a visit",' in res.stdout  # quoted: stays text in spreadsheets


def test_cli_code_help_documents_metadata_options():
    res = runner.invoke(app, ["code", "--help"], env={"COLUMNS": "200"})
    assert res.exit_code == 0
    for option in ("--title", "--source", "--url", "--published"):
        assert option in res.output


def test_cli_explain_marks_source_verb_target(coded_db):
    db, events = coded_db
    visit = next(e for e in events if e["cameo"] == "042" and e["target"]["country"] == "VEN")
    res = runner.invoke(app, ["explain", visit["event_id"], "--db", str(db)])
    assert res.exit_code == 0
    assert "[Iranian President Ebrahim Raisi] {left} Tehran for <Caracas>" in res.stdout
    assert "CAMEO 042 Make a visit" in res.stdout
    assert "source  IRNGOV" in res.stdout and "pattern" in res.stdout
    missing = runner.invoke(app, ["explain", "nope", "--db", str(db)])
    assert missing.exit_code == 1 and "nope" in missing.stderr


def test_cli_bad_inputs_are_reported_and_the_rest_is_coded(tmp_path, pipeline):
    good = tmp_path / "good.txt"
    good.write_text("Russian troops attacked Ukrainian positions near Kharkiv on Tuesday.", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04" * 50)
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Le président français a visité Alger.".encode("latin-1"))
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "ok-1", "text": "China condemned Japan.", "published": "2020-01-02"})
        + "\n"
        + "{not json\n"
        + json.dumps({"id": "ok-2", "text": "Iran praised Venezuela.", "published": "2020-01-03"})
        + "\n",
        encoding="utf-8",
    )
    missing = tmp_path / "missing.txt"
    db = tmp_path / "bad.duckdb"
    res = runner.invoke(
        app,
        [
            "code",
            str(good),
            str(empty),
            str(binary),
            str(latin1),
            str(corpus),
            str(missing),
            "--published",
            "2024-03-05",
            "--db",
            str(db),
            "--format",
            "jsonl",
        ],
    )
    assert res.exit_code == 1
    err = res.stderr
    assert f"{empty}: empty" in err
    assert f"{binary}: binary file" in err
    assert f"{latin1}: not valid UTF-8" in err
    assert f"{corpus}:2: invalid JSON" in err
    assert f"{missing}: no such file" in err
    from dyadic.store import Store

    with Store(db, read_only=True) as store:
        ids = {a["article_id"] for a in store.articles()}
    assert {"ok-1", "ok-2"} <= ids and len(ids) == 3


def test_cli_rejects_bad_published_date(tmp_path):
    res = runner.invoke(
        app, ["code", str(SAMPLE_PATH), "--published", "12/06/2023", "--db", str(tmp_path / "x")]
    )
    assert res.exit_code == 2
    assert "--published" in res.stderr


def test_cli_export_without_store_fails(tmp_path):
    res = runner.invoke(app, ["export", "events", "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code == 2 and "does not exist" in res.stderr
