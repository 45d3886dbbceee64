"""Write failures on DuckDB (issue 14: disk full): a failed COMMIT rolls back cleanly, the batch
falls back to saving articles one by one, no partial article is stored, the message names the
failure (never "no transaction is active"), the run stops, and a rerun resumes."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

import duckdb
import pytest

from dyadic.config import Settings
from dyadic.errors import CodingError, StoreError
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
    PlaceMention,
    Quotation,
)
from dyadic.scale import code_corpus
from dyadic.store import Store

TEXT = "Iranian President Ebrahim Raisi left Tehran for Caracas on Monday."
RAISI = Actor("IRNGOV", "IRN", "GOV", "Ebrahim Raisi", ActorKind.PERSON)
VEN = Actor("VENGOV", "VEN", "GOV", "Venezuela", ActorKind.COUNTRY)
DISK_FULL = "IO Error: Could not write file \"t.duckdb.wal\": No space left on device"


def _result(article: Article) -> ArticleResult:
    """One article with rows in every table (mentions, events, quotations, places)."""
    aid = article.article_id
    m1 = Mention("Iranian President Ebrahim Raisi", 0, 31, 0, 4, 0, RAISI, "title+nationality")
    m2 = Mention("Caracas", 48, 55, 8, 9, 0, VEN, "capital")
    event = Event(
        event_id=f"{aid}-e1", article_id=aid, sentence_index=0, sentence=TEXT, date=date(2023, 6, 12),
        source=EventActor.from_mention(m1), target=EventActor.from_mention(m2), cameo="042",
        cameo_root="04", cameo_name="Make a visit", plover="CONSULT", plover_mode="visit",
        plover_context=None, goldstein=1.9, quad_class=1, status=EventStatus.REALIZED,
        evidence=Evidence(32, 36, "LEAVE * FOR +"), confidence=0.9,
    )
    quote = Quotation(f"{aid}-q1", aid, 0, "We are ready", 1, 13, "direct", "said", None)
    place = PlaceMention(f"{aid}-p1", aid, 0, "Caracas", 48, 55, None, "ner")
    return ArticleResult(article, [m1, m2], [event], [quote], [place])


def _article(n: int) -> Article:
    return Article(f"art-{n}", TEXT, published=date(2023, 6, 12), origin=f"corpus.jsonl:{n + 1}")


class FailingConnection:
    """A DuckDB connection whose writes fail the way a full disk makes them fail.

    ``fail`` picks the statements that fail: ``"COMMIT"`` (DuckDB ends the transaction, so
    a second ROLLBACK would raise "no transaction is active"), or a table name (its INSERT
    fails mid-transaction, after the article's own row went in). ``times`` is how many
    failures happen before the disk has room again (None: forever).
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, fail: str = "COMMIT", times: int | None = None):
        self._con = con
        self.fail = fail
        self.times = times
        self.failures = 0

    def _fails(self, sql: str) -> bool:
        hit = sql == "COMMIT" if self.fail == "COMMIT" else sql.startswith(f"INSERT INTO {self.fail} ")
        return hit and (self.times is None or self.failures < self.times)

    def execute(self, sql: str, *args: Any) -> Any:
        if self._fails(sql):
            self.failures += 1
            if sql == "COMMIT":
                self._con.execute("ROLLBACK")  # what a failed COMMIT does: the transaction is over
            raise duckdb.IOException(DISK_FULL)
        return self._con.execute(sql, *args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._con, name)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def _counts(store: Store) -> dict[str, int]:
    return {table: n for table, n in store.counts().items() if table != "schema_version"}


def test_a_failed_batch_commit_falls_back_to_saving_each_article(store):
    store.con = FailingConnection(store.con, "COMMIT", times=1)  # type: ignore[assignment]
    flags = store.save_batch([_result(_article(n)) for n in range(3)])
    assert flags == [True, True, True]  # the batch failed once, then each article went in alone
    assert store.con.failures == 1
    assert {a["article_id"] for a in store.articles()} == {"art-0", "art-1", "art-2"}
    assert len(store.events()) == 3


@pytest.mark.parametrize("fail", ["COMMIT", "events", "places"])
def test_when_no_write_succeeds_nothing_partial_is_stored_and_the_message_is_clean(store, fail):
    store.con = FailingConnection(store.con, fail)  # type: ignore[assignment]
    flags = store.save_batch([_result(_article(n)) for n in range(2)])
    assert all(isinstance(f, StoreError) for f in flags)
    message = str(flags[0])
    assert message.startswith("cannot store article art-0: ")
    assert "No space left on device" in message
    assert "no transaction is active" not in message and "rollback" not in message.lower()
    assert set(_counts(store).values()) == {0}  # no article row without its events, nor the reverse
    with pytest.raises(StoreError, match="No space left on device"):
        store.save(_result(_article(5)))
    assert set(_counts(store).values()) == {0}


class Coder:
    """Codes every article into :func:`_result` (no NLP)."""

    def __init__(self, settings: Settings) -> None:
        pass

    def code_many(self, articles: Iterable[Article]) -> Iterator[ArticleResult | CodingError]:
        for a in articles:
            yield _result(a)


def test_a_run_on_a_full_disk_stops_cleanly_and_a_rerun_resumes(tmp_path):
    db = tmp_path / "run.duckdb"
    articles = [_article(n) for n in range(10)]
    settings = Settings(db_path=str(db))
    with Store(db) as store:
        real = store.con
        outcomes = code_corpus(articles[:4], store, settings, chunk_articles=4, pipeline_factory=Coder)
        assert [o.status for o in outcomes] == ["stored"] * 4
        store.con = FailingConnection(real, "COMMIT")  # type: ignore[assignment]  # the disk fills up
        seen = []
        with pytest.raises(StoreError) as failed:
            for o in code_corpus(articles, store, settings, chunk_articles=4, pipeline_factory=Coder):
                seen.append(o.status)
        assert seen == ["skipped"] * 4  # the stored ones; then the first batch to store fails
        message = str(failed.value)
        assert message.startswith("the store cannot be written: cannot store article art-4: ")
        assert "No space left on device" in message and "rerun to resume" in message
        assert "no transaction is active" not in message
        store.con = real  # room again
        assert _counts(store)["articles"] == 4 and _counts(store)["events"] == 4
        rerun = list(code_corpus(articles, store, settings, chunk_articles=4, pipeline_factory=Coder))
        assert [o.status for o in rerun] == ["skipped"] * 4 + ["stored"] * 6
        assert _counts(store)["articles"] == 10 and _counts(store)["events"] == 10


def test_an_article_that_alone_cannot_be_stored_is_an_outcome_not_the_end_of_the_run(tmp_path):
    with Store(tmp_path / "one.duckdb") as store:
        store.con = FailingConnection(store.con, "COMMIT", times=2)  # the batch, then the article alone  # type: ignore[assignment]
        outcomes = list(
            code_corpus([_article(0)], store, Settings(), chunk_articles=4, pipeline_factory=Coder)
        )
        assert [o.status for o in outcomes] == ["store_error"]
        assert "No space left on device" in str(outcomes[0].error)
