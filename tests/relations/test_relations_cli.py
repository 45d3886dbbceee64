"""The relations, network and export --merged commands on a hand-made store."""

from __future__ import annotations

import json
from datetime import date

import pytest
from handmade import article_result, event
from typer.testing import CliRunner

from dyadic.cli import app
from dyadic.records import EventStatus
from dyadic.store import Store

runner = CliRunner()
JUNE_7, AUG_2 = date(2023, 6, 7), date(2023, 8, 2)


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "c.duckdb"
    with Store(path) as s:
        s.save(
            article_result(
                "a1",
                "Mehr",
                [
                    event("a1", 1, JUNE_7, "IRNGOV", "VENGOV", "042"),
                    event("a1", 2, JUNE_7, "VENGOV", "IRNGOV", "111"),
                ],
            )
        )
        s.save(
            article_result(
                "a2",
                "AFP",
                [
                    event("a2", 1, JUNE_7, "IRNGOV", "VENGOV", "042"),
                    event("a2", 2, AUG_2, "USAGOV", "IRNGOV", "190"),
                ],
            )
        )
        s.save(article_result("a3", "AP", [event("a3", 1, JUNE_7, "IRNGOV", "VENGOV", "042")]))
    return str(path)


def test_relations_cli_pair_jsonl(db):
    res = runner.invoke(app, ["relations", "irn", "VEN", "--db", db, "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    rows = [json.loads(line) for line in res.stdout.splitlines()]
    assert [(r["period"], r["direction"], r["events"]) for r in rows] == [
        ("2023-06-01", "IRN->VEN", 3),
        ("2023-06-01", "VEN->IRN", 1),
        ("2023-06-01", "both", 4),
    ]
    assert rows[2]["quad"] == [3, 0, 1, 0] and rows[2]["net_cooperation"] == 0.5
    merged = runner.invoke(app, ["relations", "IRN", "VEN", "--db", db, "--format", "jsonl", "--merged"])
    assert [json.loads(line)["events"] for line in merged.stdout.splitlines()] == [1, 1, 2]


def test_relations_cli_top_table_and_plot(db, tmp_path):
    res = runner.invoke(app, ["relations", "--top", "5", "--db", db])
    assert res.exit_code == 0, res.output
    assert "IRN - VEN" in res.stdout and "IRN - USA" in res.stdout
    png = tmp_path / "p.png"
    res = runner.invoke(
        app,
        [
            "relations",
            "IRN",
            "VEN",
            "--by",
            "day",
            "--from",
            "2023-06-01",
            "--to",
            "2023-06-10",
            "--plot",
            str(png),
            "--db",
            db,
        ],
    )
    assert res.exit_code == 0, res.output
    assert png.read_bytes()[:4] == b"\x89PNG"
    assert runner.invoke(app, ["relations", "IRN", "--db", db]).exit_code == 2
    assert runner.invoke(app, ["relations", "IRN", "VEN", "--plot", "x.svg", "--db", db]).exit_code == 2


def test_relations_cli_network(db, tmp_path):
    html = tmp_path / "n.html"
    res = runner.invoke(app, ["network", "--plot", str(html), "--db", db])
    assert res.exit_code == 0, res.output
    assert "3 actors, 2 pairs" in res.output
    assert html.stat().st_size > 1_000_000  # plotly.js embedded: opens offline
    res = runner.invoke(app, ["network", "--from", "2023-08-01", "--db", db])
    assert "IRN - USA" in res.stdout and "VEN" not in res.stdout


def test_relations_cli_export_merged(db):
    res = runner.invoke(app, ["export", "events", "--merged", "--db", db])
    assert res.exit_code == 0, res.output
    recs = [json.loads(line) for line in res.stdout.splitlines()]
    assert [(r["cameo"], r["num_articles"], r["num_sources"], r["num_mentions"]) for r in recs] == [
        ("042", 3, 3, 3),
        ("111", 1, 1, 1),
        ("190", 1, 1, 1),
    ]
    assert [m["article_id"] for m in recs[0]["mentions"]] == ["a1", "a2", "a3"]
    gdelt = runner.invoke(app, ["export", "events", "--merged", "--format", "gdelt", "--db", db])
    assert gdelt.stdout.splitlines()[0].split("\t")[31:34] == ["3", "3", "3"]
    assert runner.invoke(app, ["export", "actors", "--merged", "--db", db]).exit_code == 2


def test_relations_cli_survives_stored_dates_at_the_calendar_edges(db):
    # Issue 14: an article published "9999-12-31" crashed `dyadic relations` (date overflow).
    with Store(db) as s:
        s.save(
            article_result(
                "p1",
                "X",
                [event("p1", 1, date(9999, 12, 31), "IRNGOV", "VENGOV", "042")],
                published=date(9999, 12, 31),
            )
        )
        s.save(
            article_result(
                "p2", "X", [event("p2", 1, date(1, 1, 1), "VENGOV", "IRNGOV", "111")], published=date(1, 1, 1)
            )
        )
    for by in ("day", "week", "month"):
        res = runner.invoke(app, ["relations", "IRN", "VEN", "--by", by, "--db", db, "--format", "jsonl"])
        assert res.exit_code == 0, res.output
        both = [json.loads(line) for line in res.stdout.splitlines() if '"both"' in line]
        assert sum(r["events"] for r in both) == 4  # the four 2023 events, not the two out of range
        assert both[-1]["period"] <= "2023-06-07"


# Issue 13, item 5: hypothetical and negated events were counted, with no way to keep realized ones.
def test_relations_cli_status_realized_by_default_all_on_request(db):
    with Store(db) as s:
        s.save(
            article_result(
                "s1",
                "X",
                [
                    event("s1", 1, JUNE_7, "IRNGOV", "VENGOV", "190", status=EventStatus.HYPOTHETICAL),
                    event("s1", 2, JUNE_7, "IRNGOV", "VENGOV", "057", status=EventStatus.NEGATED),
                ],
            )
        )
    args = ["relations", "IRN", "VEN", "--db", db, "--format", "jsonl"]
    realized = [json.loads(line) for line in runner.invoke(app, args).stdout.splitlines()]
    every = [json.loads(line) for line in runner.invoke(app, [*args, "--status", "all"]).stdout.splitlines()]
    assert [r["events"] for r in realized] == [3, 1, 4]
    assert [r["events"] for r in every] == [5, 1, 6] and every[0]["quad"] == [4, 0, 0, 1]
    top = runner.invoke(app, ["relations", "--top", "1", "--db", db, "--format", "jsonl", "--status", "all"])
    assert json.loads(top.stdout)["events"] == 6
    bad = runner.invoke(app, [*args, "--status", "planned"])
    assert bad.exit_code == 2 and "--status must be realized or all, not 'planned'" in bad.output


def test_relations_cli_country_names_resolve_or_hint(db):
    by_code = runner.invoke(app, ["relations", "IRN", "VEN", "--db", db, "--format", "jsonl"])
    by_name = runner.invoke(app, ["relations", "Iran", "venezuela", "--db", db, "--format", "jsonl"])
    assert by_name.exit_code == 0, by_name.output
    assert by_name.stdout == by_code.stdout and by_name.stdout.count("\n") == 3
    assert "Iran: IRN (Iran)" in by_name.stderr and "venezuela: VEN (Venezuela)" in by_name.stderr
    unknown = runner.invoke(app, ["relations", "Iranx", "VEN", "--db", db])
    assert unknown.exit_code == 2 and unknown.stdout == ""
    assert "'Iranx' is not a known actor code or country name: did you mean IRN (Iran)" in unknown.stderr


# Brief item 4: `relations --by week --from D` counted the whole week holding D.
def test_relations_cli_week_from_counts_from_the_day_and_says_so(db):
    with Store(db) as s:  # Monday of JUNE_7's week
        s.save(article_result("m1", "X", [event("m1", 1, date(2023, 6, 5), "IRNGOV", "VENGOV", "070")]))
    args = ["relations", "IRN", "VEN", "--by", "week", "--db", db]
    whole = runner.invoke(app, [*args, "--format", "jsonl"]).stdout.splitlines()
    clipped = runner.invoke(app, [*args, "--format", "jsonl", "--from", "2023-06-07"]).stdout.splitlines()
    assert [json.loads(r)["events"] for r in whole][:3] == [4, 1, 5]
    assert [(json.loads(r)["period"], json.loads(r)["events"]) for r in clipped][:3] == [
        ("2023-06-05", 3),
        ("2023-06-05", 1),
        ("2023-06-05", 4),
    ]
    table = runner.invoke(app, [*args, "--from", "2023-06-07", "--to", "2023-06-11"], terminal_width=200)
    assert "(the first week counted from 2023-06-07)" in " ".join(table.stdout.split())


def test_relations_cli_help_says_status_clipping_and_quadclass_vs_goldstein():
    res = runner.invoke(app, ["relations", "--help"], terminal_width=200)
    text = " ".join(res.stdout.replace("\u2502", " ").split())  # rich's box sides out
    assert "--status" in text and "realized: count realized events only" in text
    assert "counts the events from that day on only" in text
    assert "Net cooperation counts events by QuadClass while Goldstein weighs each event" in text


# A new user: `relations ... --format csv` printed nothing at all when no event matched.
def test_relations_cli_csv_without_events_prints_the_header(db):
    from dyadic.relations import PAIR_FIELDS, RELATION_FIELDS

    res = runner.invoke(app, ["relations", "IRN", "CUB", "--db", db, "--format", "csv"])
    assert res.exit_code == 0, res.output
    assert res.stdout.splitlines() == [",".join(RELATION_FIELDS)]
    some = runner.invoke(app, ["relations", "IRN", "VEN", "--db", db, "--format", "csv"])
    assert some.stdout.splitlines()[0] == ",".join(RELATION_FIELDS) and len(some.stdout.splitlines()) == 4
    top = runner.invoke(
        app, ["relations", "--top", "3", "--from", "2030-01-01", "--db", db, "--format", "csv"]
    )
    assert top.exit_code == 0 and top.stdout.splitlines() == [",".join(PAIR_FIELDS)]


# A new user: the CLI `network` had none of the /network page's status, QuadClass and minimum-events filters.
def test_relations_cli_network_filters_as_the_web_page(db):
    with Store(db) as s:
        s.save(
            article_result(
                "p1", "X", [event("p1", 1, JUNE_7, "CUBGOV", "VENGOV", "057", status=EventStatus.PLANNED)]
            )
        )

    def pairs(*options: str) -> list[str]:
        res = runner.invoke(app, ["network", "--db", db, *options])
        assert res.exit_code == 0, res.output
        return [" ".join(line.split()[:4]) for line in res.stdout.splitlines() if " - " in line]

    assert pairs() == ["IRN - VEN 4", "IRN - USA 1"]  # realized events only, by default
    assert pairs("--status", "all") == ["IRN - VEN 4", "CUB - VEN 1", "IRN - USA 1"]
    assert pairs("--quad", "conflict") == ["IRN - USA 1", "IRN - VEN 1"]
    assert pairs("--quad", "1") == ["IRN - VEN 3"]
    assert pairs("--min-events", "2") == ["IRN - VEN 4"]
    assert pairs("--quad", "4", "--min-events", "2") == []
    title = runner.invoke(app, ["network", "--db", db, "--quad", "conflict"]).stdout
    assert "2 pairs, all dates, realized events, QuadClass conflict" in " ".join(title.split())
    for bad in (["--status", "planned"], ["--quad", "5"], ["--min-events", "0"]):
        assert runner.invoke(app, ["network", "--db", db, *bad]).exit_code == 2
