"""Batch saving (one transaction per chunk) stores what Store.save stores, article by article."""

from __future__ import annotations

import dataclasses
from datetime import date

from fake_pipeline import FakePipeline

from dyadic.config import Settings
from dyadic.errors import StoreError
from dyadic.records import Article, Place, PlaceMention
from dyadic.store import Store

CARACAS = Place(3646738, "Caracas", "VEN", "25", 10.48801, -66.87919, "P", "PPLC")
CODER = FakePipeline(Settings())


def _result(aid: str, events: int = 2):
    text = "\n".join(f"IRNGOV 04{k} VENGOV" for k in range(events))
    res = CODER.code(Article(aid, text, None, date(2023, 6, 12), None, "Test", f"{aid}.txt"))
    res.places.append(PlaceMention(f"{aid}-p1", aid, 0, "VENGOV", 11, 17, CARACAS, "ner"))
    return res


def _dump(store: Store) -> dict[str, list[tuple]]:
    return {t: store.con.execute(f"SELECT * EXCLUDE (coded_at) FROM {t} ORDER BY ALL" if t == "articles"
                                 else f"SELECT * FROM {t} ORDER BY ALL").fetchall()
            for t in ("articles", "mentions", "events", "quotations", "places")}


def test_scale_bulk_same_rows_as_store_save(tmp_path):
    results = [_result(f"a{i}", i % 3 + 1) for i in range(10)]
    with Store(tmp_path / "one.duckdb") as one, Store(tmp_path / "batch.duckdb") as batch:
        for r in results:
            one.save(r)
        assert batch.save_batch(results) == [True] * 10
        assert _dump(one) == _dump(batch)
        assert batch.counts() == {"articles": 10, "mentions": 0, "events": 19, "quotations": 0, "places": 10}


def test_scale_bulk_skips_stored_and_repeated_ids(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        assert store.save_batch([_result("a1")]) == [True]
        assert store.save_batch([_result("a1"), _result("a2"), _result("a2", 3)]) == [False, True, False]
        assert store.counts()["events"] == 4


def test_scale_bulk_bad_article_keeps_others(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.save_batch([_result("a1")])
        broken = _result("a3")
        broken.places[0] = dataclasses.replace(broken.places[0], place_id="a1-p1")  # clashes with a1's key
        flags = store.save_batch([_result("a2"), broken, _result("a4")])
        assert flags[0] is True and flags[2] is True
        assert isinstance(flags[1], StoreError) and "a3" in str(flags[1])
        assert not store.has_article("a3")
        assert store.counts()["articles"] == 3
