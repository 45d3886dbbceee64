"""Cross-article merging on a hand-made store."""

from __future__ import annotations

from datetime import date

import pytest
from handmade import article_result, event

from dyadic.errors import NotFound
from dyadic.relations import merged_event_id, merged_events, merged_mentions
from dyadic.store import Store
from dyadic.store.export import gdelt_row

JUNE_12 = date(2023, 6, 12)
JUNE_13 = date(2023, 6, 13)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "m.duckdb") as s:
        # one visit (IRNGOV -> VENGOV, 042, 12 June) reported by three articles from two publishers,
        # one of which mentions it twice; plus unrelated events that must not merge with it
        s.save(
            article_result(
                "mehr-1",
                "Mehr",
                [
                    event("mehr-1", 1, JUNE_12, "IRNGOV", "VENGOV", "042"),
                    event("mehr-1", 2, JUNE_12, "IRNGOV", "VENGOV", "042", 3),
                ],
            )
        )
        s.save(article_result("mehr-2", "Mehr", [event("mehr-2", 1, JUNE_12, "IRNGOV", "VENGOV", "042", 1)]))
        s.save(
            article_result(
                "afp-1",
                "AFP",
                [
                    event("afp-1", 1, JUNE_12, "IRNGOV", "VENGOV", "042", 2),
                    event("afp-1", 2, JUNE_13, "IRNGOV", "VENGOV", "042"),
                    event("afp-1", 3, JUNE_12, "VENGOV", "IRNGOV", "043"),
                    event("afp-1", 4, None, "IRNGOV", "VENGOV", "042"),
                ],
            )
        )
        s.save(
            article_result(
                "anon-1",
                None,
                [
                    event("anon-1", 1, JUNE_12, "IRNGOV", None, "042"),
                    event("anon-1", 2, None, "IRNGOV", "VENGOV", "042"),
                ],
            )
        )
        yield s


def test_relations_merge_three_articles_one_visit(store):
    merged = merged_events(store)
    visit = [
        m
        for m in merged
        if m["date"] == "2023-06-12"
        and m["cameo"] == "042"
        and m["target"]
        and m["target"]["code"] == "VENGOV"
    ]
    assert len(visit) == 1
    [v] = visit
    assert (v["num_articles"], v["num_mentions"], v["num_sources"]) == (3, 4, 2)
    assert [(m["article_id"], m["event_id"], m["sentence_index"]) for m in v["mentions"]] == [
        ("afp-1", "afp-1-e1", 2),
        ("mehr-1", "mehr-1-e1", 0),
        ("mehr-1", "mehr-1-e2", 3),
        ("mehr-2", "mehr-2-e1", 1),
    ]
    first = v["mentions"][0]
    assert (first["source"], first["url"], first["verb_start"], first["verb_end"]) == (
        "AFP",
        "https://example.org/afp-1",
        21,
        25,
    )
    assert (first["source_start"], first["source_end"], first["target_start"]) == (0, 13, 40)
    # the record is the first mention's event record, under the merged id
    assert v["event_id"] == merged_event_id("2023-06-12|IRNGOV|VENGOV|042")
    assert v["article_id"] == "afp-1" and v["sentence_index"] == 2
    assert v["source"]["code"] == "IRNGOV" and v["goldstein"] == 1.9


def test_relations_merge_keeps_other_keys_apart(store):
    merged = merged_events(store)
    # visit 12 June (4 mentions), visit 13 June, hosting 12 June (reverse direction),
    # no-target visit, and two dateless events, each alone
    assert len(merged) == 6
    assert sum(m["num_mentions"] for m in merged) == store.counts()["events"] == 9
    dateless = [m for m in merged if m["date"] is None]
    assert sorted(m["mentions"][0]["event_id"] for m in dateless) == ["afp-1-e4", "anon-1-e2"]
    assert all(m["num_articles"] == 1 for m in dateless)
    no_target = [m for m in merged if m["target"] is None]
    assert [(m["num_sources"], m["mentions"][0]["source"]) for m in no_target] == [(1, None)]


def test_relations_merge_filters(store):
    assert [m["num_articles"] for m in merged_events(store, min_articles=2)] == [3]
    assert len(merged_events(store, source="VEN")) == 1
    assert len(merged_events(store, date_from=JUNE_13, date_to=JUNE_13)) == 1


def test_relations_merge_gdelt_counts(store):
    [v] = merged_events(store, min_articles=2)
    row = gdelt_row(v)
    # NumMentions, NumSources, NumArticles (GDELT 2.0 columns 32-34, 0-based 31-33)
    assert row[31:34] == [4, 2, 3]


def test_relations_merge_mentions_of_one_event(store):
    assert [m["event_id"] for m in merged_mentions(store, "mehr-2-e1")] == [
        "afp-1-e1",
        "mehr-1-e1",
        "mehr-1-e2",
        "mehr-2-e1",
    ]
    assert [m["event_id"] for m in merged_mentions(store, "afp-1-e4")] == ["afp-1-e4"]  # dateless: alone
    with pytest.raises(NotFound):
        merged_mentions(store, "nope")
