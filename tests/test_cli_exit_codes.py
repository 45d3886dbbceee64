"""``dyadic code`` exit statuses (issue 14): 1 when some inputs were bad and the rest were coded,
2 when the run itself failed; no traceback without ``--debug``; non-English articles skipped with
a warning; a corpus with bad lines in the middle keeps every good article."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

import duckdb
import pytest
from typer.testing import CliRunner

from dyadic.cli import app
from dyadic.config import Settings
from dyadic.errors import CodingError
from dyadic.records import Article, ArticleResult
from dyadic.store import Store

runner = CliRunner()

ENGLISH = (
    "The German chancellor met the French president in Berlin on Tuesday to discuss the war in "
    "Ukraine and European military aid, officials said."
)
FRENCH = (
    "Le président français Emmanuel Macron a reçu mardi à l'Élysée le chancelier allemand pour "
    "discuter de la guerre en Ukraine et de l'aide militaire européenne."
)
GERMAN = (
    "Der deutsche Bundeskanzler hat am Dienstag in Berlin den französischen Präsidenten empfangen, "
    "um über den Krieg in der Ukraine und die europäische Militärhilfe zu sprechen."
)


class FakePipeline:
    """Codes each article to no events (no NLP); a text holding FAIL fails to code."""

    def __init__(self, settings: Settings | None = None) -> None:
        pass

    def code_many(self, articles: Iterable[Article]) -> Iterator[ArticleResult | CodingError]:
        for a in articles:
            if "FAIL" in a.text:
                yield CodingError(a.article_id, a.origin, "ValueError: asked to fail")
            else:
                yield ArticleResult(a)


@pytest.fixture
def fake_pipeline(monkeypatch):
    monkeypatch.setattr("dyadic.pipeline.Pipeline", FakePipeline)


def _stored(db) -> set[str]:
    with Store(db, read_only=True) as store:
        return {a["article_id"] for a in store.articles()}


def _jsonl(path, records) -> str:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return str(path)


def test_exit_0_when_every_input_is_coded(tmp_path, fake_pipeline):
    corpus = _jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": ENGLISH}])
    res = runner.invoke(app, ["code", corpus, "--db", str(tmp_path / "s.duckdb")])
    assert res.exit_code == 0, res.output


def test_exit_1_when_some_inputs_are_bad_and_the_rest_is_coded(tmp_path, fake_pipeline):
    corpus = _jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": ENGLISH}, {"id": "b", "text": "FAIL now"}])
    db = tmp_path / "s.duckdb"
    res = runner.invoke(app, ["code", corpus, str(tmp_path / "missing.txt"), "--db", str(db)])
    assert res.exit_code == 1, res.output
    assert "missing.txt: no such file" in res.stderr and "coding failed" in res.stderr
    assert "2 inputs not coded" in res.stderr and "1 article stored" in res.stderr
    assert "Traceback" not in res.output
    assert _stored(db) == {"a"}


def test_exit_2_when_the_store_cannot_be_opened(tmp_path, fake_pipeline):
    not_a_store = tmp_path / "notes.duckdb"
    not_a_store.write_text("not a database\n" * 100, encoding="utf-8")
    corpus = _jsonl(tmp_path / "c.jsonl", [{"id": "a", "text": ENGLISH}])
    res = runner.invoke(app, ["code", corpus, "--db", str(not_a_store)])
    assert res.exit_code == 2
    assert "cannot open store" in res.stderr and "Traceback" not in res.output


def test_exit_2_on_bad_options(tmp_path):
    res = runner.invoke(app, ["code", "x.txt", "--language", "klingon", "--db", str(tmp_path / "s")])
    assert res.exit_code == 2


def test_an_unexpected_error_is_one_line_without_debug_and_a_traceback_with_it(tmp_path, monkeypatch):
    def broken_reader(*args, **kwargs):
        raise RuntimeError("reader exploded\nsecond line")

    monkeypatch.setattr("dyadic.ingest.read_inputs", broken_reader)
    args = ["code", "x.txt", "--db", str(tmp_path / "s.duckdb")]
    res = runner.invoke(app, args)
    assert res.exit_code == 2
    assert "error: unexpected RuntimeError: reader exploded (rerun with `dyadic --debug" in res.stderr
    assert "Traceback" not in res.output and "second line" not in res.output
    debug = runner.invoke(app, ["--debug", *args])
    assert isinstance(debug.exception, RuntimeError)  # let through: Python prints its traceback
    assert runner.invoke(app, args).exit_code == 2  # --debug holds for its own run only


def test_exit_2_when_the_store_cannot_be_written_and_a_rerun_resumes(tmp_path, fake_pipeline, monkeypatch):
    class FullDisk:
        def __init__(self, con):
            self._con = con

        def execute(self, sql, *args):
            if sql == "COMMIT":
                self._con.execute("ROLLBACK")  # a failed COMMIT ends the transaction
                raise duckdb.IOException("IO Error: No space left on device")
            return self._con.execute(sql, *args)

        def __getattr__(self, name):
            return getattr(self._con, name)

    def full_store(path, read_only=False):
        store = Store(path, read_only=read_only)
        store.con = FullDisk(store.con)  # type: ignore[assignment]
        return store

    corpus = _jsonl(tmp_path / "c.jsonl", [{"id": f"a{n}", "text": ENGLISH} for n in range(3)])
    db = tmp_path / "s.duckdb"
    with monkeypatch.context() as m:
        m.setattr("dyadic.store.open_store", full_store)
        res = runner.invoke(app, ["code", corpus, "--db", str(db)])
    assert res.exit_code == 2, res.output
    assert "error: the store cannot be written: cannot store article a0: IO Error: No space" in res.stderr
    assert "no transaction is active" not in res.output and "Traceback" not in res.output
    assert _stored(db) == set()
    again = runner.invoke(app, ["code", corpus, "--db", str(db)])
    assert again.exit_code == 0, again.output
    assert _stored(db) == {"a0", "a1", "a2"}


def test_non_english_articles_are_skipped_with_a_warning(tmp_path, fake_pipeline):
    corpus = _jsonl(
        tmp_path / "c.jsonl",
        [
            {"id": "en-1", "text": ENGLISH},
            {"id": "fr-1", "text": FRENCH},
            {"id": "de-1", "text": GERMAN},
            {"id": "short", "text": "Iran praised Venezuela."},  # too short to tell: coded
        ],
    )
    db = tmp_path / "s.duckdb"
    dated = ["--published", "2024-03-05"]  # no warning about dateless articles
    res = runner.invoke(app, ["code", corpus, "--db", str(db), *dated])
    assert res.exit_code == 1, res.output
    assert f"warning: {corpus}:2 (fr-1): text is in French (fr), not English: skipped" in res.stderr
    assert f"warning: {corpus}:3 (de-1): text is in German (de), not English: skipped" in res.stderr
    assert "en-1" not in res.stderr
    assert _stored(db) == {"en-1", "short"}
    anyway = runner.invoke(app, ["code", corpus, "--db", str(db), "--language", "any", *dated])
    assert anyway.exit_code == 0, anyway.output
    assert "warning" not in anyway.stderr
    assert _stored(db) == {"en-1", "fr-1", "de-1", "short"}


def test_an_empty_folder_is_reported(tmp_path, fake_pipeline):
    empty = tmp_path / "inbox"
    empty.mkdir()
    res = runner.invoke(app, ["code", str(empty), "--db", str(tmp_path / "s.duckdb")])
    assert res.exit_code == 1
    assert f"{empty}: no articles in folder" in res.stderr


def test_a_corpus_with_bad_lines_in_the_middle_keeps_every_good_article(tmp_path, pipeline):
    good = [
        {"id": "good-1", "text": "Iran praised Venezuela on Monday.", "published": "2023-06-12"},
        {"id": "good-2", "text": "China condemned Japan on Tuesday.", "published": "2023-06-13"},
    ]
    more = [
        {"id": "good-3", "text": "Russia criticized Ukraine on Friday.", "published": "2023-06-16"},
        {"id": "good-4", "text": "Cuba thanked Mexico for its aid.", "published": "2023-06-17"},
    ]
    lines = [json.dumps(r) for r in good]
    lines.append('{"id": "broken", "text": "Iran met')  # malformed
    surrogate = "Iran \ud800 condemned Israel on Wednesday."
    lines.append(json.dumps({"text": surrogate, "published": "2023-06-14"}))  # no id: a text hash
    edge = "0001-01-01T00:00:00+14:00"  # a day before the calendar starts, in UTC
    lines.append(json.dumps({"id": "old", "text": "Iran met Iraq.", "published": edge}))
    lines += [json.dumps(r) for r in more]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    db = tmp_path / "c.duckdb"
    res = runner.invoke(app, ["code", str(corpus), "--db", str(db), "--format", "jsonl"])
    assert res.exit_code == 1, res.output
    assert f"{corpus}:3: invalid JSON" in res.stderr
    assert f"{corpus}:5: 'published' is out of range" in res.stderr
    assert "2 inputs not coded" in res.stderr and "Traceback" not in res.output
    with Store(db, read_only=True) as store:
        articles = {a["article_id"]: a for a in store.articles()}
    hashed = [a for a in articles.values() if a["article_id"].startswith("sha1:")]
    assert {"good-1", "good-2", "good-3", "good-4"} <= set(articles) and len(articles) == 5
    assert len(hashed) == 1  # the lone surrogate became U+FFFD, and the article was stored
    rerun = runner.invoke(app, ["code", str(corpus), "--db", str(db), "--format", "jsonl"])
    assert rerun.exit_code == 1 and rerun.stderr.count("already stored") == 5


def test_a_closed_output_pipe_ends_quietly(tmp_path):
    """`dyadic export ... | head`: the reader goes away; exit 0, no "unexpected" message."""
    import subprocess
    import sys

    script = (
        "import sys, dyadic.store as s\n"
        "def broken(records, out): raise BrokenPipeError(32, 'Broken pipe')\n"
        "s.write_jsonl = broken\n"
        "from dyadic.cli import app\n"
        "sys.argv = ['dyadic', 'export', 'events', '--format', 'jsonl', '--db', sys.argv[1]]\n"
        "app()\n"
    )
    Store(tmp_path / "x.duckdb").close()
    command = [sys.executable, "-c", script, str(tmp_path / "x.duckdb")]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert (done.returncode, "unexpected" in done.stderr) == (0, False), done.stderr
