"""What ``dyadic code`` checks before it opens (and so creates) the store: a ``--published``
outside the window JSON Lines and the API refuse, and inputs of which no article can be read."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from typer.testing import CliRunner

from dyadic.cli import app
from dyadic.config import Settings
from dyadic.errors import CodingError
from dyadic.records import Article, ArticleResult
from dyadic.store import Store

runner = CliRunner()


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


# A new user: `echo "Putin met Xi in Moscow." | dyadic code - --published 2099-01-01` exited 0 and
# stored an event dated 2099, although JSON Lines and the API refuse that date.
@pytest.mark.parametrize("day", ["2099-01-01", "1899-12-31"])
def test_cli_code_published_outside_the_window_is_refused_and_nothing_stored(tmp_path, fake_pipeline, day):
    db = tmp_path / "x.duckdb"
    res = runner.invoke(
        app, ["code", "-", "--published", day, "--db", str(db)], input="Putin met Xi in Moscow.\n"
    )
    assert res.exit_code == 1  # an input error, as the same date in JSON Lines
    assert f"--published {day} is out of range (dates must fall between 1900-01-01 and " in res.stderr
    assert res.stdout == "" and not db.exists()


def test_cli_code_published_window_is_the_one_jsonl_applies(tmp_path, fake_pipeline):
    tomorrow = (datetime.now(UTC).date() + timedelta(days=1)).isoformat()
    later = (datetime.now(UTC).date() + timedelta(days=2)).isoformat()
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "late", "text": "Iran met Iraq.", "published": later}) + "\n")
    refused = runner.invoke(app, ["code", str(corpus), "--db", str(tmp_path / "j.duckdb")])
    assert refused.exit_code == 1 and "'published' is out of range" in refused.stderr
    assert (
        runner.invoke(
            app,
            ["code", "-", "--published", later, "--db", str(tmp_path / "l.duckdb")],
            input="Iran met Iraq.\n",
        ).exit_code
        == 1
    )
    db = tmp_path / "t.duckdb"
    res = runner.invoke(
        app, ["code", "-", "--published", tomorrow, "--db", str(db)], input="Iran met Iraq.\n"
    )
    assert res.exit_code == 0, res.output  # the last day of the window is accepted
    with Store(db, read_only=True) as store:
        assert [a["published"] for a in store.articles()] == [tomorrow]


# A new user: `dyadic code /nonexistent --db x.duckdb` created an empty x.duckdb.
@pytest.mark.parametrize(
    "inputs",
    [
        ["/nonexistent"],
        ["/nonexistent", "/also-missing.jsonl"],
        ["EMPTY"],  # an empty file
        ["EMPTY_FOLDER"],
    ],
)
def test_cli_code_creates_no_store_when_no_article_can_be_read(tmp_path, fake_pipeline, inputs):
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "folder").mkdir()
    paths = [
        {"EMPTY": str(tmp_path / "empty.txt"), "EMPTY_FOLDER": str(tmp_path / "folder")}.get(p, p)
        for p in inputs
    ]
    db = tmp_path / "x.duckdb"
    res = runner.invoke(app, ["code", *paths, "--db", str(db)])
    assert res.exit_code == 1
    assert res.stderr.count("error: ") == len(paths)  # each input's error is still reported
    assert not db.exists() and list(tmp_path.glob("x.duckdb*")) == []


def test_cli_code_opens_the_store_once_an_article_is_read_after_bad_inputs(tmp_path, fake_pipeline):
    good = tmp_path / "good.txt"
    good.write_text("Iran praised Venezuela on Monday.")
    db = tmp_path / "x.duckdb"
    res = runner.invoke(
        app, ["code", "/nonexistent", str(good), "--published", "2023-06-12", "--db", str(db)]
    )
    assert res.exit_code == 1  # the missing input, reported; the good one coded and stored
    assert "error: /nonexistent: no such file or directory" in res.stderr
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 1
