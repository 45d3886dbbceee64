"""Dyadic relations: event counts and tone between two actors over time, and the most active pairs.

Definitions (over the stored events whose status is ``realized``, or every
event with ``status="all"``; an event whose sentence names only a period
coarser than a day, so its ``date`` is null, counts on its article's
publication day, as GDELT dates events by their article):

- an actor ``A`` is a country code (``IRN``: every event whose source, or
  target, has that country, so ``IRNGOV`` and ``IRNMIL`` too) or a full actor
  code (``IRNGOV``, ``IGOUNO``: that code only); see
  :func:`dyadic.store.schema.actor_condition`;
- direction ``A->B``: source is A and target is B; ``B->A`` the reverse;
  ``both`` sums the two;
- counts by GDELT QuadClass: 1 verbal cooperation, 2 material cooperation,
  3 verbal conflict, 4 material conflict (CAMEO roots 01-05, 06-09, 10-14,
  15-20: GDELT's table, so 09 "investigate" counts as material cooperation);
- Goldstein (1992) scale, -10 (most conflictual) .. +10 (most cooperative):
  summed and mean over the period's events;
- **net cooperation** = (cooperation events - conflict events) / events, with
  cooperation = QuadClass 1 + 2 and conflict = QuadClass 3 + 4; between -1
  (all conflict) and +1 (all cooperation), None for a period without events.
  It counts events by QuadClass, so one strong and one mild event weigh the
  same, while Goldstein weighs each event: the two can disagree (two
  "investigate" events, 09, Goldstein -2: net cooperation +1, mean -2);
- periods are calendar days, ISO weeks (starting Monday) or months, named by
  their first day; periods without events between the first and last are
  listed with zero counts; a ``date_from`` (``date_to``) inside a period
  clips it: that first (last) period counts only the events from ``date_from``
  (up to ``date_to``), and is still named by its first day;
- only dates from :data:`MIN_DATE` to :data:`MAX_DATE` (1900-01-01 ..
  2100-12-31) count: a stored event dated ``0001-01-01`` or ``9999-12-31``
  (a bad publication date) is left out, and a range reaching past the window
  is cut to it.

Every event mention counts (an event reported by three articles counts three
times, a crude proxy for salience, as GDELT's event counts are). Pass
``merged=True`` to count each merged event (:mod:`dyadic.relations.merge`) once.
Planned, hypothetical and negated events ("will visit", "could strike",
"did not meet") are left out unless ``status="all"`` (:class:`CountedStatus`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from datetime import date, timedelta
from enum import StrEnum

from dyadic.errors import DyadicError
from dyadic.store import EventStore, check_counted

#: First and last day relations count; events dated outside are left out.
MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2100, 12, 31)

#: Most periods one bounded series holds (10 years of days).
MAX_PERIODS = 3660


class Period(StrEnum):
    """Time series resolution."""

    day = "day"
    week = "week"
    month = "month"


class CountedStatus(StrEnum):
    """Which events relations count: those whose status is ``realized`` (the default), or ``all``
    of them (planned, hypothetical and negated too; see :class:`dyadic.records.EventStatus`)."""

    realized = "realized"
    all = "all"


def counted_status(value: str) -> CountedStatus:
    """``value`` as a :class:`CountedStatus`.

    Raises:
        ValueError: ``value`` is neither ``realized`` nor ``all``
            (:func:`dyadic.store.check_counted`).
    """
    check_counted(value)
    return CountedStatus(value)


class RelationRangeError(DyadicError, ValueError):
    """A relations range that is refused.

    Attributes:
        field: The argument at fault: ``from`` or ``to``.
    """

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        super().__init__(message)


class RangeTooLarge(RelationRangeError):
    """A relations range holds more periods than allowed (``field`` is ``to``).

    Attributes:
        periods: Periods in the range asked for.
        max_periods: The limit.
        by: The period length.
    """

    def __init__(self, periods: int, max_periods: int, by: Period, first: date, last: date) -> None:
        self.periods = periods
        self.max_periods = max_periods
        self.by = by
        super().__init__(
            "to",
            f"{first} .. {last} holds {periods} {by.value}s, over the limit of {max_periods} periods: "
            "give a shorter range or a longer period",
        )


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


#: Named QuadClass filters of the network (``dyadic network --quad``, the /network and /map
#: pages): name -> the GDELT QuadClasses kept.
QUAD_FILTERS: dict[str, tuple[int, ...]] = {
    "coop": (1, 2),
    "conflict": (3, 4),
    "1": (1,),
    "2": (2,),
    "3": (3,),
    "4": (4,),
}

#: The fields of :class:`Pair`, in order: the columns of ``dyadic relations --top N --format csv``.
PAIR_FIELDS = tuple(f.name for f in fields(Pair))


def period_start(day: date, by: Period) -> date:
    """The first day of the period holding ``day`` (ISO weeks start on Monday)."""
    if by is Period.week:
        return day - timedelta(days=day.weekday())
    if by is Period.month:
        return day.replace(day=1)
    return day


def next_period(start: date, by: Period) -> date:
    """The first day of the period after the one starting on ``start``.

    Raises:
        OverflowError: past 9999-12-31 (never within :data:`MIN_DATE` .. :data:`MAX_DATE`).
    """
    if by is Period.day:
        return start + timedelta(days=1)
    if by is Period.week:
        return start + timedelta(days=7)
    return (start.replace(day=28) + timedelta(days=4)).replace(day=1)


def period_count(first: date, last: date, by: Period) -> int:
    """Periods from the one holding ``first`` to the one holding ``last``, both included (0 if reversed)."""
    a, b = period_start(first, by), period_start(last, by)
    if by is Period.month:
        n = (b.year - a.year) * 12 + b.month - a.month
    else:
        n = (b - a).days // (7 if by is Period.week else 1)
    return max(n + 1, 0)


def _periods_back(last: date, k: int, by: Period) -> date:
    """The first day of the period ``k`` periods before the one starting on ``last``."""
    if by is Period.month:
        months = last.year * 12 + last.month - 1 - k
        return date(months // 12, months % 12 + 1, 1)
    return last - timedelta(days=k * (7 if by is Period.week else 1))


def check_range(date_from: date | None, date_to: date | None) -> None:
    """Refuse a range with an end outside :data:`MIN_DATE` .. :data:`MAX_DATE`, or reversed.

    Raises:
        RelationRangeError: naming ``from`` or ``to`` and the window.
    """
    for field, day in (("from", date_from), ("to", date_to)):
        if day is not None and not MIN_DATE <= day <= MAX_DATE:
            window = f"{MIN_DATE} .. {MAX_DATE}"
            raise RelationRangeError(field, f"{day} is outside the dates relations cover, {window}")
    if date_from and date_to and date_from > date_to:
        raise RelationRangeError("from", f"{date_from} is after to ({date_to})")


def clamp_range(date_from: date | None, date_to: date | None) -> tuple[date, date]:
    """``date_from`` .. ``date_to`` cut to :data:`MIN_DATE` .. :data:`MAX_DATE` (None: the window's end)."""
    first = min(max(date_from or MIN_DATE, MIN_DATE), MAX_DATE)
    last = max(min(date_to or MAX_DATE, MAX_DATE), MIN_DATE)
    return first, last


def relations(
    store: EventStore,
    a: str,
    b: str,
    *,
    by: Period = Period.month,
    date_from: date | None = None,
    date_to: date | None = None,
    merged: bool = False,
    max_periods: int | None = None,
    status: str = CountedStatus.realized,
) -> list[DyadPeriod]:
    """Per-period relations between ``a`` and ``b`` in both directions (see the module docstring).

    Args:
        store: The event store.
        a: First actor: country code (``IRN``) or actor code (``IRNGOV``).
        b: Second actor, same form.
        by: Period length.
        date_from: First day included; the series starts at its period, which
            counts only the events from ``date_from`` on.
        date_to: Last day included; the series ends at its period, which
            counts only the events up to ``date_to``.
        merged: Count each merged event once instead of each mention.
        max_periods: Most periods returned; None for no limit. A longer
            series with neither ``date_from`` nor ``date_to`` is cut to its
            last ``max_periods`` periods (:func:`relation_window` tells).
        status: ``realized`` (count realized events only) or ``all``.

    Returns:
        For every period from the first to the last (those of ``date_from``/
        ``date_to`` when given, else those of the first and last event), three
        rows: ``A->B``, ``B->A``, ``both``, in that order. Empty if there are no
        events and no range. Both ends are cut to :data:`MIN_DATE` ..
        :data:`MAX_DATE`.

    Raises:
        RangeTooLarge: ``date_from`` or ``date_to`` is given and the series
            would hold more than ``max_periods`` periods.
        ValueError: ``status`` is neither ``realized`` nor ``all``.
    """
    return _relations(store, a, b, by, date_from, date_to, merged, max_periods, status)[0]


def relation_window(
    store: EventStore,
    a: str,
    b: str,
    *,
    by: Period = Period.month,
    date_from: date | None = None,
    date_to: date | None = None,
    merged: bool = False,
    max_periods: int | None = None,
    status: str = CountedStatus.realized,
) -> tuple[list[DyadPeriod], bool]:
    """:func:`relations`, and whether the series was cut to its last ``max_periods`` periods."""
    return _relations(store, a, b, by, date_from, date_to, merged, max_periods, status)


def _relations(
    store: EventStore,
    a: str,
    b: str,
    by: Period,
    date_from: date | None,
    date_to: date | None,
    merged: bool,
    max_periods: int | None,
    status: str,
) -> tuple[list[DyadPeriod], bool]:
    counted = counted_status(status)
    if (date_from and date_from > MAX_DATE) or (date_to and date_to < MIN_DATE):
        return [], False
    lo, hi = clamp_range(date_from, date_to)
    cells: dict[tuple[date, int], tuple[int, tuple[int, int, int, int], float]] = {}
    for period, direction, n, q1, q2, q3, q4, gsum in store.dyad_counts(
        a, b, by=by.value, date_from=lo, date_to=hi, merged=merged, status=counted.value
    ):
        if MIN_DATE <= period <= MAX_DATE:  # a store that does not filter by date
            cells[(period, direction)] = (n, (q1, q2, q3, q4), gsum)
    starts = [p for p, _ in cells]
    first = period_start(lo, by) if date_from else min(starts, default=None)
    last = period_start(hi, by) if date_to else max(starts, default=None)
    if first is None or last is None or first > last:
        return [], False
    cut = False
    if max_periods is not None and period_count(first, last, by) > max_periods:
        if date_from or date_to:
            raise RangeTooLarge(period_count(first, last, by), max_periods, by, first, last)
        first, cut = _periods_back(last, max_periods - 1, by), True
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
    return out, cut


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
    status: str = CountedStatus.realized,
    quad_classes: Sequence[int] | None = None,
) -> list[Pair]:
    """The ``n`` most active undirected actor pairs by event count, most active first.

    Actors are taken by country (``IRNGOV`` counts as ``IRN``), or by actor code
    for IGOs (``IGOUNO``). Events within one actor (``IRN`` -> ``IRN``), events
    without a target and events of actors with neither country nor IGO code
    (bare roles: ``GOV``, ``COP``) are left out. Ties are broken by the pair's codes.
    ``status`` as in :func:`relations`; ``quad_classes`` (1-4; None for all) keeps
    the events of those QuadClasses only, counted in the store before the cut to ``n``.

    Raises:
        ValueError: ``status`` is neither ``realized`` nor ``all``, or a QuadClass is not 1-4.
    """
    rows = store.pair_counts(
        n,
        date_from=date_from,
        date_to=date_to,
        merged=merged,
        status=counted_status(status).value,
        quad_classes=quad_classes,
    )
    return [Pair(*r) for r in rows]


def network(
    store: EventStore,
    *,
    date_from: date | None = None,
    date_to: date | None = None,
    max_nodes: int = 60,
    merged: bool = False,
    status: str = CountedStatus.realized,
    quad_classes: Sequence[int] | None = None,
    min_events: int = 1,
    actor: str | None = None,
) -> tuple[list[tuple[str, int]], list[Pair]]:
    """The actor network: nodes (actors by country, see :func:`top_pairs`) and undirected edges.

    The one network of ``dyadic network`` and the ``/network`` page. In order: the
    pairs of :func:`top_pairs` (every filter applied by the store), those with at least
    ``min_events`` events, those of ``actor`` only when given; then the ``max_nodes``
    actors with most events in those pairs (ties by code), and the pairs between them.

    Args:
        max_nodes: Keep the actors with the most events (ties by code).
        status: As in :func:`relations`.
        quad_classes: As in :func:`top_pairs`.
        min_events: Leave out pairs with fewer events (both directions).
        actor: Keep the pairs of this actor only: a pair key (``IRN``, ``IGOUNO``), or a
            full code whose country is one (``IRNGOV`` keeps the pairs of ``IRN``).

    Returns:
        ``(nodes, edges)``: nodes as ``(actor, events)``, most active first, each on at
        least one edge; edges as :class:`Pair` between kept nodes (weight: ``events``,
        colour: ``goldstein_mean``), most active first.
    """
    edges = top_pairs(
        store,
        1_000_000,
        date_from=date_from,
        date_to=date_to,
        merged=merged,
        status=status,
        quad_classes=quad_classes,
    )
    edges = [e for e in edges if e.events >= min_events]
    if actor:
        edges = [e for e in edges if _is_party(actor, e.a) or _is_party(actor, e.b)]
    degree: dict[str, int] = {}
    for e in edges:
        degree[e.a] = degree.get(e.a, 0) + e.events
        degree[e.b] = degree.get(e.b, 0) + e.events
    nodes = sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:max_nodes]
    kept = {k for k, _ in nodes}
    edges = [e for e in edges if e.a in kept and e.b in kept]
    linked = {x for e in edges for x in (e.a, e.b)}
    return [n for n in nodes if n[0] in linked], edges


def _is_party(actor: str, key: str) -> bool:
    """Whether ``actor`` (a code) is the pair key ``key``: the key itself, or a code of the
    key's country (pair keys are countries, three letters, or IGO codes)."""
    return actor == key or (len(key) == 3 and not key.startswith("IGO") and actor.startswith(key))
