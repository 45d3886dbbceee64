"""Dyadic time series over the events table: how actors A and B treat each other per period.

A stop-gap aggregation in SQL for the API and the relations page, to be
replaced by :mod:`dyadic.relations` once it offers one. An actor matches an
event side by its code or its country (``IRN`` matches ``IRNGOV``), as in
:meth:`dyadic.store.Store.events`. QuadClass is GDELT's (1 verbal
cooperation, 2 material cooperation, 3 verbal conflict, 4 material
conflict); Goldstein scores are from Goldstein (1992), -10 to +10.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from dyadic.store import Store


class Period(str, Enum):
    """Length of one time-series step."""

    day = "day"
    week = "week"
    month = "month"
    quarter = "quarter"
    year = "year"


QUAD_NAMES = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")


def relation_series(store: Store, a: str, b: str, by: Period = Period.month) -> dict[str, Any]:
    """Events between ``a`` and ``b`` (both directions), counted per period.

    Args:
        store: The store to read.
        a, b: Actor codes or ISO 3166-1 alpha-3 country codes.
        by: Period length.

    Returns:
        ``{"a", "b", "by", "series": [...], "totals": {...}, "undated": n}``; each
        series row is ``{"period": "YYYY-MM-DD" (first day), "direction": "a->b" |
        "b->a" | "both", "events", "verbal_coop", "material_coop",
        "verbal_conflict", "material_conflict", "cooperation", "conflict",
        "goldstein_sum", "goldstein_mean"}``, ordered by period then direction.
    """
    side = "({s}_code = ? OR {s}_country = ?)"
    directed = f"({side.format(s='source')} AND {side.format(s='target')})"  # params: src, src, tgt, tgt
    either = f"({directed} OR {directed})"
    params = [a, a, b, b, b, b, a, a]
    quads = ", ".join(f"count(*) FILTER (WHERE quad_class = {i + 1}) AS {n}" for i, n in enumerate(QUAD_NAMES))
    sql = f"""
        WITH pair AS (
            SELECT *, CASE WHEN {directed} THEN 'a->b' ELSE 'b->a' END AS direction
            FROM events WHERE {either} AND date IS NOT NULL
        )
        SELECT date_trunc('{by.value}', date)::DATE AS period, coalesce(direction, 'both') AS direction,
               count(*) AS events, {quads},
               round(sum(goldstein), 3) AS goldstein_sum, round(avg(goldstein), 3) AS goldstein_mean
        FROM pair GROUP BY GROUPING SETS ((period, direction), (period))
        ORDER BY period, direction
    """
    all_params = [a, a, b, b] + params
    with_undated = f"SELECT count(*) FROM events WHERE {either} AND date IS NULL"
    cur = store.con.execute(sql, all_params)
    cols = [d[0] for d in cur.description]
    rows = [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]
    undated_row = store.con.execute(with_undated, params).fetchone()
    for r in rows:
        r["period"] = r["period"].isoformat()
        r["cooperation"] = r["verbal_coop"] + r["material_coop"]
        r["conflict"] = r["verbal_conflict"] + r["material_conflict"]
    both = [r for r in rows if r["direction"] == "both"]
    totals: dict[str, Any] = {k: sum(r[k] for r in both) for k in ("events", *QUAD_NAMES, "cooperation", "conflict")}
    gsum = sum(r["goldstein_sum"] or 0 for r in both)
    totals["goldstein_sum"] = round(gsum, 3)
    totals["goldstein_mean"] = round(gsum / totals["events"], 3) if totals["events"] else None
    return {"a": a, "b": b, "by": by.value, "series": rows, "totals": totals,
            "undated": int(undated_row[0]) if undated_row else 0}
