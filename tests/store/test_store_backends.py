"""The same store tests against both backends (DuckDB file, PostgreSQL on a throwaway server), and
the PostgreSQL-only behaviour: opening by URL, concurrent writers, copying between backends."""

from __future__ import annotations

import dataclasses
import io
import multiprocessing
from datetime import date
from pathlib import Path

import pytest
from test_store import _result

from dyadic.errors import MissingExtra, NotFound, StoreError
from dyadic.ingest import read_jsonl_file
from dyadic.records import EventStatus
from dyadic.relations import Period, merged_events, relations, top_pairs
from dyadic.store import Store, copy_store, migrations, open_store, write_csv, write_gdelt, write_jsonl
from dyadic.store.parquet import write_parquet

ROOT = Path(__file__).resolve().parents[2]
GOLD_ARTICLES = ROOT / "eval" / "gold" / "articles.jsonl"


@pytest.fixture(params=["duckdb", "postgres"])
def target(request, tmp_path) -> str:
    """A new, empty store of each backend: a DuckDB path or a PostgreSQL URL."""
    if request.param == "duckdb":
        return str(tmp_path / "s.duckdb")
    return request.getfixturevalue("postgres_server")()


@pytest.fixture
def store(target):
    with open_store(target) as s:
        yield s


def _handmade(n: int = 3) -> list:
    """``n`` hand-made articles; the second has no target and no date on its event."""
    out = []
    for i in range(n):
        r = _result(f"a{i}")
        if i == 1:
            ev = dataclasses.replace(r.events[0], target=None, date=None)
            r = dataclasses.replace(r, events=[ev])
        out.append(r)
    return out


def test_store_backends_save_reads_back(store):
    result = _result()
    assert store.save(result) is True
    assert store.has_article("a1") and not store.has_article("zz")
    assert store.stored_article_ids(["a1", "zz"]) == {"a1"}
    assert store.events() == [e.to_record() for e in result.events]
    assert store.event("a1-e1")["cameo"] == "042"
    art = store.article("a1")
    assert art["published"] == "2023-06-12" and len(art["mentions"]) == 2
    assert art["mentions"][0]["text"] == "Iranian President Ebrahim Raisi"
    assert store.quotations()[0]["speaker"]["code"] == "IRNGOV"
    assert store.places()[0]["geonames_id"] == 3646738
    assert store.actors()[0]["aliases"] == ["Iranian President Ebrahim Raisi"]
    assert store.articles()[0]["chars"] == len(result.article.text)
    assert store.counts() == {"articles": 1, "mentions": 2, "events": 1, "quotations": 1, "places": 1}
    assert store.event_counts(["a1", "zz"]) == {"a1": 1}
    with pytest.raises(NotFound):
        store.event("nope")
    with pytest.raises(NotFound):
        store.article("nope")


def test_store_backends_recode_is_a_no_op(store):
    assert store.save(_result()) is True
    before = store.counts()
    assert store.save(_result()) is False
    assert store.save_batch([_result(), _result("a2"), _result("a2")]) == [False, True, False]
    assert store.counts()["articles"] == before["articles"] + 1
    assert store.counts()["events"] == before["events"] + 1


def test_store_backends_bad_article_keeps_the_others(store):
    store.save(_result("a1"))
    broken = _result("a3")
    broken.places[0] = dataclasses.replace(broken.places[0], place_id="a1-p1")  # clashes with a1's key
    flags = store.save_batch([_result("a2"), broken, _result("a4")])
    assert flags[0] is True and flags[2] is True
    assert isinstance(flags[1], StoreError) and "a3" in str(flags[1])
    assert not store.has_article("a3")


def test_store_backends_relations_and_merged_events(store):
    store.save_batch(_handmade())
    merged = merged_events(store)
    assert [m["num_articles"] for m in merged] == [2, 1]
    assert merged[0]["mentions"][0]["event_id"] == "a0-e1"
    assert store.merge_mentions("a2-e1") == merged[0]["mentions"]
    rows = relations(store, "IRN", "VEN", by=Period.month)
    assert rows and rows[0].events == 2
    assert top_pairs(store, 5)[0].a == "IRN"
    assert store.dyad_counts("IRN", "VEN", by="week", merged=True)[0][2] == 1


def test_store_backends_schema_version_recorded(store):
    info = store.info()
    assert info["schema_version"] == migrations.latest() == info["latest_version"]
    assert [m["version"] for m in info["migrations"]] == [m.version for m in migrations.MIGRATIONS]
    assert info["applied_now"] == [m.version for m in migrations.MIGRATIONS]


def test_store_backends_forward_migration_rebuilds_a_table(target, monkeypatch):
    with open_store(target) as s:
        s.save(_result())
    rebuild = (  # v2: places rebuilt (create, copy, drop, rename), as a migration DuckDB cannot ALTER does
        "CREATE TABLE places_new AS SELECT * FROM places; DROP TABLE places; "
        "ALTER TABLE places_new RENAME TO places"
    )
    new = migrations.latest() + 1
    step = migrations.Migration(new, "places rebuilt", rebuild, rebuild, rebuilds_table=True)
    monkeypatch.setattr(migrations, "MIGRATIONS", (*migrations.MIGRATIONS, step))
    if not target.startswith("postgresql"):
        with pytest.raises(StoreError, match="dyadic db migrate"):
            open_store(target, read_only=True)
    with open_store(target) as s:
        assert s.info()["applied_now"] == [new]
        assert s.places()[0]["place_id"] == "a1-p1"
    with open_store(target) as s:
        assert s.info()["applied_now"] == [] and s.info()["schema_version"] == new
    monkeypatch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:-1])
    with pytest.raises(StoreError, match="newer than this dyadic"):
        open_store(target)


def test_store_backends_duckdb_store_before_versioning_is_version_1(tmp_path):
    import duckdb

    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as con:  # the five tables as dyadic wrote them before events.mutual
        con.execute(migrations.MIGRATIONS[0].duckdb)
        con.execute("ALTER TABLE events DROP COLUMN mutual")
    with pytest.raises(StoreError, match="schema version 1, older than"):
        Store(path, read_only=True)
    with Store(path) as s:
        assert s.info()["migrations"][0]["description"] == migrations.BASELINE
        assert s.info()["applied_now"] == [2]
        s.save(_result())
        assert [e["mutual"] for e in s.events()] == [False] * len(_result().events)


@pytest.fixture(scope="module")
def real_results(pipeline):
    """Six real articles (the bundled sample and five of the gold corpus), coded."""
    from dyadic.records import Article

    text = (ROOT / "examples" / "raisi-latin-america-tour.txt").read_text(encoding="utf-8")
    articles = [Article("raisi", text, published=date(2023, 6, 12), source="Mehr News Agency")]
    articles += [a for a in read_jsonl_file(str(GOLD_ARTICLES)) if not isinstance(a, Exception)][:5]
    return list(pipeline.code_many(articles))


def _exports(store) -> dict[str, str]:
    """Every export and relation of a store, as text."""
    out = {}
    for name, records in (
        ("events", store.events()),
        ("merged", merged_events(store)),
        ("actors", store.actors()),
        ("quotes", store.quotations()),
        ("places", store.places()),
        ("articles", store.articles()),
    ):
        buf = io.StringIO()
        write_jsonl(records, buf)
        out[f"{name}.jsonl"] = buf.getvalue()
    buf = io.StringIO()
    write_csv(store.events(), buf, kind="events")
    out["events.csv"] = buf.getvalue()
    buf = io.StringIO()
    write_gdelt(store.events(), buf, {a["article_id"]: (a["url"], a["published"]) for a in store.articles()})
    out["events.gdelt"] = buf.getvalue()
    for merged in (False, True):
        out[f"pairs-{merged}"] = repr(
            [(*p[:5], round(p[5], 9), round(p[6], 9)) for p in store.pair_counts(20, merged=merged)]
        )
        pairs = store.pair_counts(3, merged=merged)
        for a, b, *_ in pairs:
            for by in ("day", "week", "month"):
                counts = store.dyad_counts(a, b, by=by, merged=merged)
                out[f"dyad-{a}-{b}-{by}-{merged}"] = repr([(*c[:7], round(c[7], 9)) for c in counts])
    for a in store.articles():
        out[f"article-{a['article_id']}"] = repr(store.article(a["article_id"]))
    return out


@pytest.mark.slow
def test_store_backends_real_articles_export_identically(real_results, tmp_path, postgres_server):
    with Store(tmp_path / "d.duckdb") as duck, open_store(postgres_server()) as pg:
        assert duck.save_batch(real_results) == pg.save_batch(real_results)
        assert duck.counts() == pg.counts() and duck.counts()["events"] > 5
        assert _exports(duck) == _exports(pg)


@pytest.mark.slow
def test_store_backends_copy_round_trip(real_results, tmp_path, postgres_server):
    url = postgres_server()
    with Store(tmp_path / "a.duckdb") as a:
        a.save_batch(real_results)
        with open_store(url) as pg:
            assert copy_store(a, pg, batch_articles=2) == len(real_results)
            assert copy_store(a, pg) == 0  # again: nothing new
            with Store(tmp_path / "b.duckdb") as b:
                assert copy_store(pg, b) == len(real_results)
                ids = [r.article.article_id for r in real_results]
                assert a.dump_rows(ids) == pg.dump_rows(ids) == b.dump_rows(ids)
                assert _exports(a) == _exports(pg) == _exports(b)


def test_store_backends_load_parquet(target, tmp_path):
    write_parquet(_handmade(), tmp_path / "parts" / "p0")
    write_parquet(_handmade(4)[2:], tmp_path / "parts" / "p1")
    with open_store(target) as s:
        assert s.load_parquet(tmp_path / "parts") == ["a0", "a1", "a2", "a3"]
        assert s.load_parquet(tmp_path / "parts") == []
        assert s.counts()["events"] == 4


def _write_many(url: str, ids: list[str], batch: int) -> None:
    with open_store(url) as s:
        for start in range(0, len(ids), batch):
            s.save_batch([_result(i) for i in ids[start : start + batch]])


def test_store_backends_two_processes_into_postgres_never_duplicate(postgres_server):
    url = postgres_server()
    ids = [f"x{i:03d}" for i in range(200)]
    ctx = multiprocessing.get_context("spawn")
    procs = [
        ctx.Process(target=_write_many, args=(url, ids, 7)),  # same corpus, other batches and order
        ctx.Process(target=_write_many, args=(url, ids[::-1], 11)),
        ctx.Process(target=_write_many, args=(url, ids[:100], 5)),  # one half
        ctx.Process(target=_write_many, args=(url, ids[100:], 5)),  # the other
    ]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    with open_store(url, read_only=True) as s:
        expected = {"articles": 200, "mentions": 400, "events": 200, "quotations": 200, "places": 200}
        assert s.counts() == expected
        assert len({e["event_id"] for e in s.events()}) == 200


def test_store_backends_bad_postgres_url_names_it_masked(postgres_server, tmp_path):
    with pytest.raises(StoreError) as info:
        open_store(f"postgresql://ana:s3cret@/nodb?host={tmp_path}&connect_timeout=2")
    assert "postgresql://ana:***@/nodb" in str(info.value) and "s3cret" not in str(info.value)
    with pytest.raises(StoreError, match="mysql://ana:\\*\\*\\*@db/x"):
        open_store("mysql://ana:pw@db/x")


def test_store_backends_postgres_without_the_extra(monkeypatch):
    monkeypatch.setitem(__import__("dyadic.extras").extras.EXTRAS, "postgres", ("no_such_module_dyadic",))
    with pytest.raises(MissingExtra, match=r"dyadic\[postgres\]"):
        open_store("postgresql://localhost/dyadic")


def test_store_backends_read_only_postgres_refuses_writes(postgres_server):
    url = postgres_server()
    with open_store(url) as s:
        s.save(_result())
    with open_store(url, read_only=True) as s:
        assert s.counts()["articles"] == 1
        assert isinstance(s.save_batch([_result("a2")])[0], StoreError)


def test_store_backends_text_filter_is_literal(store):
    result = _result()
    store.save(result)
    sentence = result.events[0].sentence
    word = sentence.split()[1]
    assert [e["event_id"] for e in store.events(text=word.upper())] == ["a1-e1"]
    assert store.events(text="%") == [] and store.events(text="_") == []


def _statuses() -> list:
    """Five events of one article, IRN -> VEN unless said: realized 042 (q1, Jun 12), planned mutual
    190 (q4, Jun 12: "IRN and VEN will fight"), negated 111 (q3, Jun 13), hypothetical 070 (q2,
    Jun 14), realized 190 (q4, Jun 20, VEN -> IRN)."""
    r = _result("st")
    base = r.events[0]
    specs = [
        ("042", 1, 1.9, EventStatus.REALIZED, date(2023, 6, 12), False),
        ("190", 4, -10.0, EventStatus.PLANNED, date(2023, 6, 12), False),
        ("111", 3, -2.0, EventStatus.NEGATED, date(2023, 6, 13), False),
        ("070", 2, 7.0, EventStatus.HYPOTHETICAL, date(2023, 6, 14), False),
        ("190", 4, -10.0, EventStatus.REALIZED, date(2023, 6, 20), True),
    ]
    events = [
        dataclasses.replace(
            base,
            event_id=f"st-e{i}",
            cameo=cameo,
            cameo_root=cameo[:2],
            quad_class=quad,
            goldstein=goldstein,
            status=status,
            date=day,
            source=base.target if flip else base.source,
            target=base.source if flip else base.target,
            evidence=dataclasses.replace(base.evidence, verb_start=32 + i),
            mutual=i == 1,
        )
        for i, (cameo, quad, goldstein, status, day, flip) in enumerate(specs)
    ]
    return [dataclasses.replace(r, events=events)]


# Issue 13: relations counted planned, hypothetical and negated events; the network's QuadClass filter
# ran in Python after a limit; /events had no total and listed oldest first.
def test_store_backends_counts_realized_events_unless_all(store):
    store.save_batch(_statuses())
    realized = store.dyad_counts("IRN", "VEN", by="month")
    every = store.dyad_counts("IRN", "VEN", by="month", status="all")
    assert realized == [
        (date(2023, 6, 1), 0, 1, 1, 0, 0, 0, 1.9),
        (date(2023, 6, 1), 1, 1, 0, 0, 0, 1, -10.0),
    ]
    assert [r[:7] for r in every] == [
        (date(2023, 6, 1), 0, 4, 1, 1, 1, 1),
        (date(2023, 6, 1), 1, 1, 0, 0, 0, 1),
    ]
    assert [r[7] for r in every] == pytest.approx([-3.1, -10.0])
    assert store.dyad_counts("IRN", "VEN", by="month", merged=True, status="all")[0][2] == 4
    assert store.pair_counts(5) == [("IRN", "VEN", 2, 1, 1, -4.05, 0.0)]
    assert store.pair_counts(5, status="all")[0][:5] == ("IRN", "VEN", 5, 4, 1)
    with pytest.raises(ValueError, match="status must be realized or all"):
        store.pair_counts(5, status="planned")


def test_store_backends_pair_counts_filter_quadclass_before_the_limit(store):
    store.save_batch(_statuses())
    assert store.pair_counts(1, quad_classes=[1]) == [("IRN", "VEN", 1, 1, 0, 1.9, 1.0)]
    assert store.pair_counts(1, quad_classes=[3, 4], status="all")[0][:5] == ("IRN", "VEN", 3, 2, 1)
    assert store.pair_counts(1, quad_classes=[2]) == []  # the only 070 is hypothetical
    with pytest.raises(ValueError, match="QuadClass must be"):
        store.pair_counts(1, quad_classes=[0])


def test_store_backends_events_newest_first_and_counted(store):
    store.save_batch([*_statuses(), *_handmade(2)])  # a1 has no date
    newest = [e["event_id"] for e in store.events(newest_first=True)]
    assert newest == ["st-e4", "st-e3", "st-e2", "a0-e1", "st-e0", "st-e1", "a1-e1"]  # undated last
    assert [e["event_id"] for e in store.events(newest_first=True, limit=2, offset=2)] == ["st-e2", "a0-e1"]
    assert store.count_events() == 7
    assert store.count_events(status="realized") == 4
    # the mutual fight IRN -> VEN answers a query for VEN as source too; the one-way fight does not
    assert store.count_events(quad_classes=[4], source="VEN") == 2
    assert store.count_events(quad_classes=[4], source="VEN", target="IRN") == 2
    assert store.count_events(code="111", source="VEN") == 0  # criticism has a direction
    assert [e["event_id"] for e in store.events(quad_classes=[2, 3])] == ["st-e2", "st-e3"]
