"""What a new user hit in the CLI (issue 13, items 6 and 8): tables at 80 columns, help
that keeps its bracketed defaults, evidence marks without colour, no empty table after an
input error, progress on stderr with an honest ETA, a warning for dateless articles, and
no empty store left by a ``--dask-local`` run without the dask extra."""

from __future__ import annotations

import io
import json
import os
import pty
import re
import subprocess
import sys
import threading
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import typer
from rich.console import Console
from typer.testing import CliRunner

from dyadic import cli
from dyadic.cli import app
from dyadic.config import Settings
from dyadic.errors import CodingError
from dyadic.ingest import read_inputs
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
)
from dyadic.scale import code_corpus
from dyadic.store import Store
from tests.conftest import SAMPLE_PATH

runner = CliRunner()
DYADIC = Path(sys.executable).with_name("dyadic")
ANSI_COLOUR = re.compile(r"\x1b\[[0-9;]*(?:3[0-7]|38;|9[0-7])[0-9;]*m")

RAISI = Actor("IRNGOV", "IRN", "GOV", "Ebrahim Raisi", ActorKind.PERSON)
VENEZUELA = Actor("VENGOV", "VEN", "GOV", "Venezuela", ActorKind.COUNTRY)
VISITED = "Iranian President Ebrahim Raisi visited Caracas on Monday."
WILL_VISIT = "Iranian President Ebrahim Raisi will visit Caracas later this month."


def _event(event_id: str, article_id: str, text: str, verb: tuple[int, int], day: date | None) -> tuple:
    source = Mention("Iranian President Ebrahim Raisi", 0, 31, 0, 4, 0, RAISI, "title+nationality")
    at = text.index("Caracas")
    target = Mention("Caracas", at, at + 7, 6, 7, 0, VENEZUELA, "capital")
    event = Event(
        event_id=event_id,
        article_id=article_id,
        sentence_index=0,
        sentence=text,
        date=day,
        source=EventActor.from_mention(source),
        target=EventActor.from_mention(target),
        cameo="042",
        cameo_root="04",
        cameo_name="Make a visit",
        plover="CONSULT",
        plover_mode="visit",
        plover_context=None,
        goldstein=1.9,
        quad_class=1,
        status=EventStatus.REALIZED if day else EventStatus.PLANNED,
        evidence=Evidence(verb[0], verb[1], "VISIT"),
        confidence=0.8,
    )
    return [source, target], [event]


@pytest.fixture(scope="module")
def crafted_db(tmp_path_factory) -> Path:
    """A store with a dated, realized IRNGOV -> VENGOV visit (event ``visited``) and an
    undated, planned one (event ``undated``), built without the NLP pipeline."""
    db = tmp_path_factory.mktemp("newuser") / "crafted.duckdb"
    with Store(db) as store:
        mentions, events = _event("visited", "a1", VISITED, (32, 39), date(2023, 6, 12))
        store.save(ArticleResult(Article("a1", VISITED, published=date(2023, 6, 12)), mentions, events))
        mentions, events = _event("undated", "a2", WILL_VISIT, (37, 42), None)
        store.save(ArticleResult(Article("a2", WILL_VISIT, published=date(2023, 6, 12)), mentions, events))
    return db


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE"}}
    env.pop("DYADIC_DB", None)
    env.update(TERM="xterm-256color", **extra)
    return env


def _in_terminal(args: list[str], **env: str) -> tuple[int, str]:
    """Run dyadic with stdin, stdout and stderr a pseudo-terminal; what the terminal showed."""
    master, slave = pty.openpty()
    shown = bytearray()

    def drain() -> None:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO once the slave end is closed
                return
            if not chunk:
                return
            shown.extend(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        proc = subprocess.Popen(
            [str(DYADIC), *args], env=_env(**env), stdin=slave, stdout=slave, stderr=slave
        )
        os.close(slave)
        code = proc.wait(timeout=120)
        reader.join(timeout=10)
    finally:
        os.close(master)
    return code, shown.decode("utf-8", "replace").replace("\r\n", "\n")


# -- item 6: tables at 80 columns ----------------------------------------------------------------


@pytest.mark.slow
def test_cli_newuser_code_table_reads_at_80_columns(tmp_path, pipeline, monkeypatch):
    monkeypatch.setattr(cli, "out", Console(width=80))
    db = tmp_path / "sample.duckdb"
    res = runner.invoke(app, ["code", str(SAMPLE_PATH), "--published", "2023-06-12", "--db", str(db)])
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    header = next(line for line in lines if line.startswith("event id"))
    # 80 columns: no Goldstein column, the status as one letter, so the event column has room
    assert header.split() == ["event", "id", "date", "source", "target", "cameo", "st", "event"]
    with Store(db, read_only=True) as store:
        visit = next(e for e in store.events() if e["cameo"] == "042" and e["target"]["code"] == "VENGOV")
    row = next(line for line in lines if line.startswith(visit["event_id"]))  # the whole id, one line
    assert row.split()[1:6] == ["2023-06-12", "IRNGOV", "VENGOV", "042", "R"]
    assert "Make a visit:" in row and len(row[header.index("event") :]) >= cli.EVENT_MIN_CHARS
    explained = runner.invoke(app, ["explain", row.split()[0], "--db", str(db)])  # the id explain needs
    assert explained.exit_code == 0 and "CAMEO 042 Make a visit" in explained.stdout


def test_cli_newuser_events_table_keeps_dates_and_codes_whole_when_narrow():
    record = {
        "event_id": "3c72c75efba1286c",
        "date": "2023-06-12",
        "source": {"code": "IRNGOV", "text": "Iranian President Ebrahim Raisi"},
        "target": None,
        "cameo": "042",
        "cameo_name": "Make a visit",
        "status": "hypothetical",
        "goldstein": 1.9,
        "sentence": "TEHRAN – Iranian President Ebrahim Raisi left Tehran for Caracas on Monday.",
    }
    console = Console(width=80, file=io.StringIO())
    console.print(cli.events_table([record, {**record, "event_id": "0ee28c2125023363", "date": None}]))
    lines = console.file.getvalue().splitlines()
    rows = [line for line in lines if line[:16] in ("3c72c75efba1286c", "0ee28c2125023363")]
    assert [r.split()[1:6] for r in rows] == [
        ["2023-06-12", "IRNGOV", "-", "042", "H"],
        ["-", "IRNGOV", "-", "042", "H"],
    ]
    assert all(len(line) <= 80 for line in lines) and rows[0].endswith("…")
    assert any(line.startswith("st: status, R realized, P planned, H hypothetical") for line in lines)


# A new user: at 80 columns with long actor codes the event column was cut to "Expres…".
LONG_CODES = {
    "event_id": "3c72c75efba1286c",
    "date": "2023-06-12",
    "source": {"code": "IRNGOVMIL", "text": "the Iranian army"},
    "target": {"code": "USAGOVMIL", "text": "US generals"},
    "cameo": "036",
    "cameo_name": "Express intent to meet or negotiate",
    "status": "hypothetical",
    "goldstein": 4.0,
    "sentence": "The Iranian army said it could meet US generals in Oman next week.",
}


def _rendered(records: list[dict[str, Any]], width: int) -> list[str]:
    console = Console(width=width, file=io.StringIO())
    console.print(cli.events_table(records))
    return console.file.getvalue().splitlines()


@pytest.mark.parametrize(
    "codes", [("IRNGOVMIL", "USAGOVMIL"), ("IRNGOVMILREB", "USAGOVMILSPY"), ("IRN", "-")]
)
def test_cli_newuser_events_table_gives_the_cameo_name_room_at_80_columns(codes):
    source, target = codes
    record = {**LONG_CODES, "source": {"code": source}, "target": {"code": target} if target != "-" else None}
    lines = _rendered([record], 80)
    assert all(len(line) <= 80 for line in lines)
    row = next(i for i, line in enumerate(lines) if line.startswith("3c72c75efba1286c"))
    # id, codes and the CAMEO code whole; the date on this line or the next (two-line layout)
    assert lines[row].split()[1:5] in ([source, target, "036", "H"], ["2023-06-12", source, target, "036"])
    assert "2023-06-12" in lines[row] + lines[row + 1]
    name = lines[row][lines[row].index("Express") :].rstrip().removesuffix("…").rstrip(":")
    assert "Express intent to meet or negotiate".startswith(name)
    assert len(name) >= cli.EVENT_MIN_CHARS - 1  # the column has 25 characters, the last may be "…"
    assert "H " in lines[row] and "+4.0" not in lines[row]  # one-letter status, no Goldstein


def test_cli_newuser_events_table_is_whole_when_wide():
    lines = _rendered([LONG_CODES], 160)
    header = next(line for line in lines if line.startswith("event id"))
    assert header.split() == ["event", "id", "date", "source", "target", "cameo", "status", "gs", "event"]
    row = next(line for line in lines if line.startswith("3c72c75efba1286c"))
    assert "hypothetical +4.0 Express intent to meet or negotiate: The Iranian army" in row


def test_cli_newuser_relations_table_keeps_period_and_direction_at_80_columns(crafted_db):
    done = subprocess.run(
        [str(DYADIC), "relations", "IRNGOV", "VENGOV", "--by", "day", "--db", str(crafted_db)],
        env=_env(COLUMNS="80"),  # stdout a pipe: the table honours $COLUMNS
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80 and "…" not in done.stdout
    rows = {line.split()[1]: line.split() for line in lines if line.startswith("2023-06-12")}
    assert rows["IRNGOV->VENGOV"] == ["2023-06-12", "IRNGOV->VENGOV", "1", "1", "0", "0", "0"] + [
        "+1.90",
        "+1.90",
        "+1.00",
    ]
    assert rows["VENGOV->IRNGOV"][2] == "0" and rows["both"][2] == "1"


# -- item 6: help keeps its bracketed defaults -----------------------------------------------------


def test_cli_newuser_help_shows_bracketed_defaults():
    export_help = runner.invoke(app, ["export", "--help"], env={"COLUMNS": "200"}).output
    assert "File to write." in export_help and "File to write ." not in export_help
    assert "[default: (stdout)]" in export_help
    assert "[default: (dyadic.duckdb or $DYADIC_DB)]" in export_help
    code_help = runner.invoke(app, ["code", "--help"], env={"COLUMNS": "200"}).output
    assert "[default: (en or $DYADIC_LANGUAGE)]" in code_help
    assert "[default: (dyadic.duckdb or $DYADIC_DB)]" in code_help


def _commands(group: Any, prefix: str = "") -> Iterator[tuple[str, Any]]:
    """Every command under ``group`` (Typer's own Click: groups have ``commands``)."""
    for name, command in group.commands.items():
        yield prefix + name, command
        if getattr(command, "commands", None):
            yield from _commands(command, prefix + name + " ")


def test_cli_newuser_no_help_text_holds_rich_markup_brackets():
    """Typer renders help with Rich markup, which eats "[default: x]" and "[anything]"."""
    tag = re.compile(r"(?<!\\)\[[a-zA-Z/#@][^\[\]]*\]")
    commands = dict(_commands(typer.main.get_command(app)))
    assert {"code", "export", "explain", "relations", "evaluate-geo", "db info"} <= set(commands)
    found = [
        (name, param.name, param.help)
        for name, command in commands.items()
        for param in command.params
        if tag.search(getattr(param, "help", None) or "")
    ]
    assert found == []
    assert tag.search("File to write [default: stdout].")  # what the check catches


# -- item 6: explain marks spans without colour; no "date None" ----------------------------------


def test_cli_newuser_explain_marks_spans_with_no_colour(crafted_db):
    code, shown = _in_terminal(["explain", "undated", "--db", str(crafted_db)], NO_COLOR="1", COLUMNS="200")
    assert code == 0, shown
    assert "[Iranian President Ebrahim Raisi] will {visit} <Caracas> later this month." in shown.replace(
        "\x1b[1m", ""
    ).replace("\x1b[0m", "").replace("\x1b[1;4m", "")
    assert ANSI_COLOUR.search(shown) is None  # bold at most: the brackets carry the marks
    plain = re.sub(r"\x1b\[[0-9;]*m", "", shown)
    assert "marks: [source] {verb} <target>" in plain
    assert "date unknown" in plain and "date None" not in plain


def test_cli_newuser_explain_text_marks_each_span_once():
    intro = "Intro. "  # offsets are into the article text; the sentence is found in it
    ev = {
        "source": {"start": len(intro), "end": len(intro) + 31},
        "target": {"start": len(intro) + 40, "end": len(intro) + 47},
        "evidence": {"verb_start": len(intro) + 32, "verb_end": len(intro) + 39},
        "sentence": VISITED,
    }
    text = cli.explain_text(ev, intro + VISITED)
    assert text.plain == "[Iranian President Ebrahim Raisi] {visited} <Caracas> on Monday."
    styles = {text.plain[s.start : s.end]: str(s.style) for s in text.spans if s.style}
    assert styles["Iranian President Ebrahim Raisi"] == "bold blue"  # colour too, where there is colour
    assert styles["visited"] == "bold underline" and styles["Caracas"] == "bold red"


# -- item 6: no empty "0 events" table after an input error ---------------------------------------


def test_cli_newuser_code_missing_input_prints_only_the_error(tmp_path):
    missing = tmp_path / "nonexistent.txt"
    db = tmp_path / "s.duckdb"
    res = runner.invoke(app, ["code", str(missing), "--db", str(db)])
    assert res.exit_code == 1
    assert res.stdout == ""  # no "0 events" table
    assert res.stderr.strip().splitlines() == [f"error: {missing}: no such file or directory"]


# -- items 2 and 3: progress on stderr, honest ETA ------------------------------------------------


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def _meter(total: int | None) -> tuple[cli._Meter, _Clock, io.StringIO]:
    clock, sink = _Clock(), io.StringIO()
    meter = cli._Meter(Console(file=sink, width=200), clock=clock)
    meter.__enter__()
    meter.stage("coding", total)
    return meter, clock, sink


def test_cli_newuser_eta_is_unknown_after_a_burst_then_follows_the_rate():
    meter, clock, _ = _meter(320)
    clock.now = 8.0  # the model loaded; the first batch of 32 comes out together
    for _ in range(32):
        meter.advance()
    assert meter.status() == "ETA ?"  # not "ETA 0:00:00" (the old "1 s with a minute left")
    clock.now = 18.0
    meter.advance(32)  # 32 more in 10 s: 3.2 articles/s, 256 left
    assert meter.status() == "3.2 articles/s, ETA 0:01:20"
    meter.advance(199, timed=False)  # skipped as already stored: no time, no rate
    assert meter.status() == "3.2 articles/s, ETA 0:00:18"  # 57 left


def test_cli_newuser_plain_progress_every_tenth_or_every_10_s():
    meter, clock, sink = _meter(1000)
    clock.now = 5.0
    meter.advance(50)  # under a tenth, under 10 s: no line
    assert sink.getvalue() == ""
    clock.now = 10.0
    meter.advance(1)  # 10 s since the stage began
    clock.now = 15.0
    meter.advance(100)  # a tenth of the total
    clock.now = 15.5
    meter.advance(100)  # a tenth again, but under a second after the last line
    meter.end_stage()  # the final count
    assert sink.getvalue().splitlines() == [
        "coding: 51/1000 articles (5%), 0:00:10 elapsed, 0.2 articles/s, ETA 1:19:05",
        "coding: 151/1000 articles (15%), 0:00:15 elapsed, 10.1 articles/s, ETA 0:01:24",
        "coding: 251/1000 articles (25%), 0:00:16 elapsed, 19.1 articles/s, ETA 0:00:39",
    ]


def test_cli_newuser_unknown_total_has_no_eta():
    meter, clock, sink = _meter(None)
    clock.now = 11.0
    meter.advance(3)
    clock.now = 22.0
    meter.advance(3)
    assert meter.status() == "0.3 articles/s"
    assert sink.getvalue().splitlines() == [
        "coding: 3 articles, 0:00:11 elapsed",
        "coding: 6 articles, 0:00:22 elapsed, 0.3 articles/s",
    ]


class _RecordingCoder:
    """Codes each article to no events, recording how many articles each call was given."""

    calls: list[int] = []

    def __init__(self, settings: Settings | None = None) -> None:
        pass

    def code_many(self, articles: Iterable[Article]) -> Iterator[ArticleResult | CodingError]:
        group = list(articles)
        type(self).calls.append(len(group))
        for a in group:
            yield ArticleResult(a)


def test_cli_newuser_progress_is_reported_per_article_not_per_chunk(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(
        "".join(
            json.dumps({"id": f"a{i}", "text": f"Text {i}.", "published": "2020-01-02"}) + "\n"
            for i in range(20)
        ),
        encoding="utf-8",
    )
    seen: list[str] = []
    _RecordingCoder.calls = []
    with Store(tmp_path / "s.duckdb") as store:
        outcomes = code_corpus(
            read_inputs([str(corpus)]),
            store,
            Settings(spacy_batch_size=32),
            pipeline_factory=_RecordingCoder,
            on_coded=lambda: seen.append("coded"),
        )
        for o in outcomes:
            seen.append(o.status)
    assert _RecordingCoder.calls == [8, 8, 4]  # the coder gets 8 articles at a time ...
    assert seen == ["coded"] * 20 + ["stored"] * 20  # ... and each is counted before its chunk is stored


class _FakePipeline:
    """Codes each article to no events (no NLP)."""

    def __init__(self, settings: Settings | None = None) -> None:
        pass

    def code_many(self, articles: Iterable[Article]) -> Iterator[ArticleResult | CodingError]:
        for a in articles:
            yield ArticleResult(a)


@pytest.fixture
def fake_pipeline(monkeypatch):
    monkeypatch.setattr("dyadic.pipeline.Pipeline", _FakePipeline)


def test_cli_newuser_code_summary_and_dateless_warning_go_to_stderr_once(tmp_path, fake_pipeline):
    corpus = tmp_path / "c.jsonl"
    records = [
        {"id": "dated", "text": "China condemned Japan.", "published": "2020-01-02"},
        {"id": "nodate-1", "text": "Iran praised Venezuela."},
        {"id": "nodate-2", "text": "Cuba thanked Mexico."},
        {"id": "nodate-3", "text": "Russia criticized Ukraine."},
        {"id": "nodate-4", "text": "France met Germany."},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    db = tmp_path / "s.duckdb"
    res = runner.invoke(app, ["code", str(corpus), "--db", str(db), "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    assert res.stdout == ""  # no events: stdout holds data only
    assert re.search(
        r"^done in \d+:\d\d:\d\d: 5 articles stored now \(0 events\), 0 already in the store, "
        r"0 inputs not coded",
        res.stderr,
        re.M,
    )
    assert res.stderr.count("without a publication date") == 1
    assert (
        "warning: 4 articles coded without a publication date (nodate-1, nodate-2, nodate-3, …): "
        "their events are undated unless a sentence gives a full date, and the GDELT export leaves "
        "SQLDATE, MonthYear, Year and FractionDate empty for them." in " ".join(res.stderr.split())
    )
    rerun = runner.invoke(app, ["code", str(corpus), "--db", str(db), "--format", "jsonl"])
    assert rerun.exit_code == 0 and "publication date" not in rerun.stderr  # warned when coded
    assert "0 articles stored now (0 events), 5 already in the store" in rerun.stderr
    dated = runner.invoke(
        app, ["code", str(corpus), "--db", str(tmp_path / "d.duckdb"), "--published", "2020-01-05"]
    )
    assert dated.exit_code == 0 and "publication date" not in dated.stderr


def _write_lgl(folder: Path) -> None:
    (folder / "LGL").mkdir(parents=True)
    articles = "".join(
        f"""<article docid="{i}"><text>Protesters gathered in Paris on Monday.</text><toponyms>
        <toponym><start>23</start><end>28</end><phrase>Paris</phrase>
        <gaztag geonameid="2988507"><lat>48.85341</lat><lon>2.3488</lon><fcode>PPLC</fcode></gaztag>
        </toponym></toponyms></article>"""
        for i in range(3)
    )
    (folder / "LGL" / "lgl.xml").write_text(f"<articles>{articles}</articles>", encoding="utf-8")


def test_cli_newuser_evaluate_geo_reports_progress_on_stderr(tmp_path):
    _write_lgl(tmp_path)
    res = runner.invoke(app, ["evaluate-geo", "--data", str(tmp_path), "--no-ner"])
    assert res.exit_code == 0, res.output
    assert "LGL: resolving: 3/3 articles (100%)" in res.stderr
    assert re.search(r"^scored 3 articles in \d+:\d\d:\d\d$", res.stderr, re.M)
    assert res.stdout.splitlines()[0].split()[:3] == ["set", "split", "n"]  # the report only
    assert "resolving" not in res.stdout


# -- item 5: --dask-local without the extra leaves no store ---------------------------------------


def test_cli_newuser_dask_local_without_the_extra_leaves_no_store(tmp_path, monkeypatch):
    import dyadic.extras

    monkeypatch.setitem(dyadic.extras.EXTRAS, "dask", ("dyadic_no_such_module",))
    text = tmp_path / "one.txt"
    text.write_text("China condemned Japan.", encoding="utf-8")
    db = tmp_path / "s.duckdb"
    res = runner.invoke(app, ["code", str(text), "--db", str(db), "--dask-local", "1"])
    assert res.exit_code == 2
    assert "pip install 'dyadic[dask]'" in res.stderr
    assert not db.exists() and not db.with_suffix(".parquet").exists()
