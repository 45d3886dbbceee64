"""Dyadic relations: event counts and tone between two actors over time, and the most active pairs.

Definitions (over all stored events; an event whose sentence names only a
period coarser than a day, so its ``date`` is null, counts on its article's
publication day, as GDELT dates events by their article):

- an actor ``A`` is a country code (``IRN``: every event whose source, or
  target, has that country, so ``IRNGOV`` and ``IRNMIL`` too) or a full actor
  code (``IRNGOV``, ``IGOUNO``: that code only); see
  :func:`dyadic.store.schema.actor_condition`;
- direction ``A->B``: source is A and target is B; ``B->A`` the reverse;
  ``both`` sums the two;
- counts by GDELT QuadClass: 1 verbal cooperation, 2 material cooperation,
  3 verbal conflict, 4 material conflict;
- Goldstein (1992) scale, -10 (most conflictual) .. +10 (most cooperative):
  summed and mean over the period's events;
- **net cooperation** = (cooperation events - conflict events) / events, with
  cooperation = QuadClass 1 + 2 and conflict = QuadClass 3 + 4; between -1
  (all conflict) and +1 (all cooperation), None for a period without events.
  It counts events, so one strong and one mild event weigh the same; the
  Goldstein sum is the intensity-weighted view;
- periods are calendar days, ISO weeks (starting Monday) or months, named by
  their first day; periods without events between the first and last are
  listed with zero counts.

Every event mention counts (an event reported by three articles counts three
times, a crude proxy for salience, as GDELT's event counts are). Pass
``merged=True`` to count each merged event (:mod:`dyadic.relations.merge`) once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from dyadic.store import EventStore


class Period(StrEnum):
    """Time series resolution."""

    day = "day"
    week = "week"
    month = "month"


@dataclass(frozen=True)
class DyadPeriod:
    """Relations between two actors in one direction over one period.

    Attributes:
        period: First day of the period.
        direction: ``A->B``, ``B->A`` or ``both`` (with the actors' codes for A and B).
        events: Number of events.
        quad: Events by QuadClass, ``(verbal coop, material coop, verbal conflict, material conflict)``.
        goldstein_sum: Sum of Goldstein scores.
        goldstein_mean: Mean Goldstein score, None without events.
        net_cooperation: (coop - conflict) / events in [-1, 1], None without events.
    """

    period: date
    direction: str
    events: int
    quad: tuple[int, int, int, int]
    goldstein_sum: float
    goldstein_mean: float | None
    net_cooperation: float | None


@dataclass(frozen=True)
class Pair:
    """An undirected pair of actors (country code, or IGO code) and its events.

    Attributes:
        a, b: The two actors, ``a < b``.
        events: Events between them, both directions.
        a_to_b, b_to_a: Events in each direction.
        goldstein_mean: Mean Goldstein score of those events.
        net_cooperation: (coop - conflict) / events, see the module docstring.
    """

    a: str
    b: str
    events: int
    a_to_b: int
    b_to_a: int
    goldstein_mean: float
    net_cooperation: float


def period_start(day: date, by: Period) -> date:
    """The first day of the period holding ``day`` (ISO weeks start on Monday)."""
    if by is Period.week:
        return day - timedelta(days=day.weekday())
    if by is Period.month:
        return day.replace(day=1)
    return day


def next_period(start: date, by: Period) -> date:
    """The first day of the period after the one starting on ``start``."""
    if by is Period.day:
        return start + timedelta(days=1)
    if by is Period.week:
        return start + timedelta(days=7)
    return (start.replace(day=28) + timedelta(days=4)).replace(day=1)


def relations(
    store: EventStore,
    a: str,
    b: str,
    *,
    by: Period = Period.month,
    date_from: date | None = None,
    date_to: date | None = None,
    merged: bool = False,
) -> list[DyadPeriod]:
    """Per-period relations between ``a`` and ``b`` in both directions (see the module docstring).

    Args:
        store: The event store.
        a: First actor: country code (``IRN``) or actor code (``IRNGOV``).
        b: Second actor, same form.
        by: Period length.
        date_from: First day included; the series starts at its period.
        date_to: Last day included; the series ends at its period.
        merged: Count each merged event once instead of each mention.

    Returns:
        For every period from the first to the last (those of ``date_from``/
        ``date_to`` when given, else those of the first and last event), three
        rows: ``A->B``, ``B->A``, ``both``, in that order. Empty if there are no
        events and no range.
    """
    cells: dict[tuple[date, int], tuple[int, tuple[int, int, int, int], float]] = {}
    for period, direction, n, q1, q2, q3, q4, gsum in store.dyad_counts(
        a, b, by=by.value, date_from=date_from, date_to=date_to, merged=merged
    ):
        cells[(period, direction)] = (n, (q1, q2, q3, q4), gsum)
    starts = [p for p, _ in cells]
    first = period_start(date_from, by) if date_from else min(starts, default=None)
    last = period_start(date_to, by) if date_to else max(starts, default=None)
    if first is None or last is None:
        return []
    names = (f"{a}->{b}", f"{b}->{a}")
    out: list[DyadPeriod] = []
    period = first
    while period <= last:
        both_n, both_q, both_g = 0, [0, 0, 0, 0], 0.0
        for direction, name in enumerate(names):
            n, quad, gsum = cells.get((period, direction), (0, (0, 0, 0, 0), 0.0))
            out.append(_row(period, name, n, quad, gsum))
            both_n += n
            both_g += gsum
            both_q = [x + y for x, y in zip(both_q, quad, strict=True)]
        out.append(_row(period, "both", both_n, (both_q[0], both_q[1], both_q[2], both_q[3]), both_g))
        period = next_period(period, by)
    return out


def _row(period: date, direction: str, n: int, quad: tuple[int, int, int, int], gsum: float) -> DyadPeriod:
    return DyadPeriod(
        period,
        direction,
        n,
        quad,
        gsum,
        gsum / n if n else None,
        (quad[0] + quad[1] - quad[2] - quad[3]) / n if n else None,
    )


def top_pairs(
    store: EventStore,
    n: int = 20,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    merged: bool = False,
) -> list[Pair]:
    """The ``n`` most active undirected actor pairs by event count, most active first.

    Actors are taken by country (``IRNGOV`` counts as ``IRN``), or by actor code
    for IGOs (``IGOUNO``). Events within one actor (``IRN`` -> ``IRN``), events
    without a target and events of actors with neither country nor IGO code
    (bare roles: ``GOV``, ``COP``) are left out. Ties are broken by the pair's codes.
    """
    return [Pair(*r) for r in store.pair_counts(n, date_from=date_from, date_to=date_to, merged=merged)]


def network(
    store: EventStore,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    max_nodes: int = 60,
    merged: bool = False,
) -> tuple[list[tuple[str, int]], list[Pair]]:
    """The actor network: nodes (actors by country, see :func:`top_pairs`) and undirected edges.

    Args:
        max_nodes: Keep the actors with the most events (ties by code).

    Returns:
        ``(nodes, edges)``: nodes as ``(actor, events)``, most active first;
        edges as :class:`Pair` between kept nodes (weight: ``events``,
        colour: ``goldstein_mean``), most active first.
    """
    edges = top_pairs(store, 1_000_000, date_from=date_from, date_to=date_to, merged=merged)
    degree: dict[str, int] = {}
    for e in edges:
        degree[e.a] = degree.get(e.a, 0) + e.events
        degree[e.b] = degree.get(e.b, 0) + e.events
    nodes = sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:max_nodes]
    kept = {k for k, _ in nodes}
    return nodes, [e for e in edges if e.a in kept and e.b in kept]
