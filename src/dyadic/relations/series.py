"""Relations as JSON-ready rows: the one shape of ``GET /api/relations`` and ``dyadic relations``.

Definitions (actor matching, directions, QuadClass counts, Goldstein sum and
mean, net cooperation, zero-filled periods) are those of
:mod:`dyadic.relations.dyads`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from dyadic.relations.dyads import (
    MAX_PERIODS,
    CountedStatus,
    DyadPeriod,
    Period,
    check_range,
    counted_status,
    relation_window,
)
from dyadic.store import EventStore

QUAD_NAMES = ("verbal_coop", "material_coop", "verbal_conflict", "material_conflict")
#: The fields of :func:`relation_row`, in order: the columns of ``dyadic relations --format csv``
#: (``quad`` as a JSON list), written as a header even when there are no rows.
RELATION_FIELDS = (
    "period",
    "direction",
    "events",
    "quad",
    *QUAD_NAMES,
    "cooperation",
    "conflict",
    "goldstein_sum",
    "goldstein_mean",
    "net_cooperation",
)

__all__ = ["QUAD_NAMES", "RELATION_FIELDS", "relation_row", "relation_series"]


def relation_row(r: DyadPeriod) -> dict[str, Any]:
    """One period and direction as JSON-ready values: ``{"period": YYYY-MM-DD, "direction",
    "events", "quad": [4 counts], "verbal_coop", "material_coop", "verbal_conflict",
    "material_conflict", "cooperation", "conflict", "goldstein_sum", "goldstein_mean",
    "net_cooperation"}`` (Goldstein and net cooperation rounded to 3 places)."""
    row: dict[str, Any] = {"period": r.period.isoformat(), "direction": r.direction, "events": r.events}
    row["quad"] = list(r.quad)
    row.update(zip(QUAD_NAMES, r.quad, strict=True))
    row["cooperation"] = r.quad[0] + r.quad[1]
    row["conflict"] = r.quad[2] + r.quad[3]
    row["goldstein_sum"] = round(r.goldstein_sum, 3)
    row["goldstein_mean"] = None if r.goldstein_mean is None else round(r.goldstein_mean, 3)
    row["net_cooperation"] = None if r.net_cooperation is None else round(r.net_cooperation, 3)
    return row


def relation_series(
    store: EventStore,
    a: str,
    b: str,
    by: Period = Period.month,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    merged: bool = False,
    max_periods: int = MAX_PERIODS,
    status: str = CountedStatus.realized,
) -> dict[str, Any]:
    """Relations between ``a`` and ``b`` per period, both directions, as JSON-ready values.

    Bounded for servers: at most ``max_periods`` periods (3,660 by default),
    dates within 1900-01-01 .. 2100-12-31 (events dated outside are left out).

    Args:
        status: ``realized`` (count realized events only, the default) or ``all``.

    Returns:
        ``{"a", "b", "by", "merged", "status", "series": [row], "totals": {...},
        "truncated": bool, "max_periods": N}``; each row is ``{"period": first
        day YYYY-MM-DD, "direction": "A->B" | "B->A" | "both", ...}`` as
        :func:`relation_row` gives; ``totals`` sums the ``both`` rows.
        ``truncated`` is true when, without ``date_from`` or ``date_to``, the
        events span more than ``max_periods`` periods and only the last ones
        are given.

    Raises:
        RelationRangeError: ``date_from`` or ``date_to`` outside 1900-01-01 ..
            2100-12-31, ``date_from`` after ``date_to``, or (``RangeTooLarge``)
            the range holds more than ``max_periods`` periods; ``field`` names
            the argument, the message the limit.
        ValueError: ``status`` is neither ``realized`` nor ``all``.
    """
    counted = counted_status(status)
    check_range(date_from, date_to)
    periods, truncated = relation_window(
        store,
        a,
        b,
        by=by,
        date_from=date_from,
        date_to=date_to,
        merged=merged,
        max_periods=max_periods,
        status=counted.value,
    )
    rows = [relation_row(r) for r in periods]
    both = [r for r in rows if r["direction"] == "both"]
    totals: dict[str, Any] = {
        k: sum(r[k] for r in both) for k in ("events", *QUAD_NAMES, "cooperation", "conflict")
    }
    totals["goldstein_sum"] = round(sum(r["goldstein_sum"] for r in both), 3)
    n = totals["events"]
    totals["goldstein_mean"] = round(totals["goldstein_sum"] / n, 3) if n else None
    totals["net_cooperation"] = round((totals["cooperation"] - totals["conflict"]) / n, 3) if n else None
    return {
        "a": a,
        "b": b,
        "by": by.value,
        "merged": merged,
        "status": counted.value,
        "series": rows,
        "totals": totals,
        "truncated": truncated,
        "max_periods": max_periods,
    }
