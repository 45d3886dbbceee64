"""``dyadic code --title/--source/--url`` and ``explain`` on undated events (issue 13, item 8)."""

from __future__ import annotations

import json
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
)
from dyadic.store import Store

runner = CliRunner()

TITLE = "Iranian president leaves Tehran for Latin America tour"
SOURCE = "Mehr News Agency"
URL = "https://en.mehrnews.com/news/example"


def _articles(db) -> dict[str, dict]:
    with Store(db, read_only=True) as store:
        return {a["article_id"]: a for a in store.articles()}


@pytest.mark.slow
def test_cli_code_title_source_url_label_a_text_article_on_stdin(tmp_path, pipeline):
    db = tmp_path / "meta.duckdb"
    text = "Iran praised Venezuela on Monday."
    res = runner.invoke(
        app,
        ["code", "-", "--published", "2023-06-12", "--db", str(db), "--format", "jsonl"]
        + ["--title", TITLE, "--source", SOURCE, "--url", URL],
        input=text,
    )
    assert res.exit_code == 0, res.output
    events = [json.loads(line) for line in res.stdout.splitlines()]
    (article,) = _articles(db).values()
    assert (article["title"], article["source"], article["url"]) == (TITLE, SOURCE, URL)
    assert article["published"] == "2023-06-12"
    assert {e["article_id"] for e in events} == {article["article_id"]}


@pytest.mark.slow
def test_cli_code_title_labels_a_text_file(tmp_path, pipeline):
    path = tmp_path / "one.txt"
    path.write_text("China condemned Japan.", encoding="utf-8")
    db = tmp_path / "file.duckdb"
    res = runner.invoke(
        app,
        [
            "code",
            str(path),
            "--published",
            "2020-01-02",
            "--db",
            str(db),
            "--title",
            TITLE,
            "--source",
            SOURCE,
        ],
    )
    assert res.exit_code == 0, res.output
    (article,) = _articles(db).values()
    assert (article["title"], article["source"], article["url"]) == (TITLE, SOURCE, None)


@pytest.mark.slow
def test_cli_code_source_fills_only_articles_without_one(tmp_path, pipeline):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps(
            {"id": "own", "text": "China condemned Japan.", "published": "2020-01-02", "source": "Xinhua"}
        )
        + "\n"
        + json.dumps({"id": "none", "text": "Iran praised Venezuela.", "published": "2020-01-03"})
        + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "src.duckdb"
    res = runner.invoke(app, ["code", str(corpus), "--db", str(db), "--source", SOURCE])
    assert res.exit_code == 0, res.output
    articles = _articles(db)
    assert articles["own"]["source"] == "Xinhua" and articles["none"]["source"] == SOURCE
    assert articles["none"]["title"] is None


@pytest.mark.parametrize("flag", ["--title", "--url"])
def test_cli_code_title_or_url_refuses_inputs_of_several_articles(tmp_path, flag):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": "China condemned Japan."})
        + "\n"
        + json.dumps({"id": "b", "text": "Iran praised Venezuela."})
        + "\n",
        encoding="utf-8",
    )
    one = tmp_path / "one.txt"
    one.write_text("China condemned Japan.", encoding="utf-8")
    for paths in ([str(corpus)], [str(one), str(one)], [str(tmp_path)]):
        db = tmp_path / "refused.duckdb"
        res = runner.invoke(app, ["code", *paths, "--db", str(db), flag, "x"])
        assert res.exit_code == 2, (paths, res.output)
        assert "describe one article" in res.stderr
        assert not db.exists()  # refused before the store is opened


@pytest.mark.slow
def test_cli_code_title_refuses_a_stdin_corpus_before_coding(tmp_path, pipeline):
    db = tmp_path / "stdin.duckdb"
    lines = [
        json.dumps({"id": "s1", "text": "China condemned Japan.", "published": "2020-01-02"}),
        json.dumps({"id": "s2", "text": "Iran praised Venezuela.", "published": "2020-01-03"}),
    ]
    res = runner.invoke(app, ["code", "-", "--db", str(db), "--title", TITLE], input="\n".join(lines) + "\n")
    assert res.exit_code == 2, res.output
    assert "describe one article" in res.stderr
    assert not db.exists()  # refused while reading, before the store is opened (and so created)


def test_cli_explain_says_date_unknown_for_undated_events(tmp_path):
    text = "Iranian President Ebrahim Raisi will visit Caracas later this month."
    raisi = Actor("IRNGOV", "IRN", "GOV", "Ebrahim Raisi", ActorKind.PERSON)
    ven = Actor("VENGOV", "VEN", "GOV", "Venezuela", ActorKind.COUNTRY)
    m1 = Mention("Iranian President Ebrahim Raisi", 0, 31, 0, 4, 0, raisi, "title+nationality")
    m2 = Mention("Caracas", 43, 50, 6, 7, 0, ven, "capital")
    event = Event(
        event_id="undated",
        article_id="a1",
        sentence_index=0,
        sentence=text,
        date=None,
        source=EventActor.from_mention(m1),
        target=EventActor.from_mention(m2),
        cameo="042",
        cameo_root="04",
        cameo_name="Make a visit",
        plover="CONSULT",
        plover_mode="visit",
        plover_context=None,
        goldstein=1.9,
        quad_class=1,
        status=EventStatus.PLANNED,
        evidence=Evidence(37, 42, "VISIT"),
        confidence=0.8,
    )
    db = tmp_path / "undated.duckdb"
    with Store(db) as store:
        store.save(ArticleResult(Article("a1", text, published=date(2023, 6, 12)), [m1, m2], [event]))
    res = runner.invoke(app, ["explain", "undated", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "date unknown" in res.stdout and "date None" not in res.stdout
    assert "status planned" in res.stdout and "target  VENGOV" in res.stdout
