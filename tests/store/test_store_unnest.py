"""The DuckDB store inserts a batch as one list per column (``unnest``), keeping every value and type."""

from __future__ import annotations

from datetime import date

from dyadic.store import Store
from dyadic.store.duckdb_store import unnest_insert_sql
from dyadic.store.schema import COLUMNS


def test_unnest_insert_sql_casts_each_list_to_its_column_type():
    sql = unnest_insert_sql("places", ("place_id", "lat", "geonames_id"))
    assert sql == (
        'INSERT INTO places ("place_id","lat","geonames_id") '
        "SELECT unnest(?::VARCHAR[]), unnest(?::DOUBLE[]), unnest(?::BIGINT[])"
    )


def test_rows_with_nulls_ints_in_double_columns_and_dates_come_back_unchanged(tmp_path):
    articles = [
        ("a1", "Title", date(2024, 3, 1), None, "wire", "x.jsonl", "Egypt praised Jordan."),
        ("a2", None, None, "https://example.org/2", None, "y.jsonl", "Text\u00e9 two"),
    ]
    places = [
        ("p1", "a1", 0, "Cairo", 0, 5, "ner", 360630, "Cairo", "EG", "11", 30, 31.25, "P", "PPLC"),
        ("p2", "a2", 3, "Nowhere", 7, 14, "ner", None, None, None, None, None, None, None, None),
    ]
    tables = {
        "articles": (("article_id", "title", "published", "url", "source", "origin", "text"), articles),
        "places": (COLUMNS["places"], places),
    }
    with Store(tmp_path / "s.duckdb") as store:
        assert store.load_rows(tables) == ["a1", "a2"]
        assert store.load_rows(tables) == []  # stored once
        con = store.con
        got = con.execute("SELECT * FROM places ORDER BY place_id").fetchall()
        arts = con.execute(
            "SELECT article_id, title, published, url, source, origin, text FROM articles ORDER BY 1"
        ).fetchall()
    assert got[0] == places[0][:11] + (30.0, 31.25, "P", "PPLC")
    assert isinstance(got[0][11], float)
    assert got[1] == places[1]
    assert arts == articles
