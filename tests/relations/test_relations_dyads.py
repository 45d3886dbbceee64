"""Dyadic relations numbers on a small hand-made store."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from handmade import article_result, event

from dyadic.records import EventStatus
from dyadic.relations import (
    CountedStatus,
    DyadPeriod,
    Pair,
    Period,
    dyads,
    network,
    relation_series,
    relations,
    top_pairs,
)
from dyadic.relations.dyads import (
    MAX_PERIODS,
    MIN_DATE,
    RangeTooLarge,
    RelationRangeError,
    period_count,
    period_start,
)
from dyadic.relations.plot import PlotFormatError, plot_network, plot_relations
from dyadic.store import Store

JUNE_7, JUNE_14, JUNE_20, AUG_2 = date(2023, 6, 7), date(2023, 6, 14), date(2023, 6, 20), date(2023, 8, 2)


@pytest.fixture
def store(tmp_path):
    # Goldstein and QuadClass per code: 042 +1.9 q1, 043 +2.8 q1, 057 +8 q1, 070 +7 q2, 111 -2 q3, 190 -10 q4
    with Store(tmp_path / "r.duckdb") as s:
        s.save(
            article_result(
                "a1",
                "Mehr",
                [
                    event("a1", 1, JUNE_7, "IRNGOV", "VENGOV", "042"),
                    event("a1", 2, JUNE_7, "VENGOV", "IRNGOV", "043"),
                ],
            )
        )
        s.save(
            article_result(
                "a2",
                "AFP",
                [
                    event("a2", 1, JUNE_14, "IRNMIL", "VENGOV", "190"),
                    event("a2", 2, JUNE_14, "VENGOV", "IRNGOV", "111"),
                ],
            )
        )
        s.save(
            article_result(
                "a3",
                "AFP",
                [
                    event("a3", 1, AUG_2, "IRNGOV", "VENGOV", "057"),
                    event("a3", 2, AUG_2, "IRNGOV", "VENGOV", "070"),
                    event("a3", 3, None, "IRNGOV", "VENGOV", "190"),
                ],  # no date:
                published=AUG_2,
            )
        )  # counts on the publication day
        usa = [event("a4", n, JUNE_20, "USAGOV", "IRNGOV", "111") for n in (1, 2, 3)]
        s.save(
            article_result(
                "a4",
                "AP",
                [
                    *usa,
                    event("a4", 4, JUNE_20, "IGOUNO", "VENGOV", "070"),
                    event("a4", 5, JUNE_20, "CUBGOV", "IRNGOV", "042"),
                    event("a4", 6, JUNE_20, "IRNGOV", "IRNMIL", "042"),  # domestic
                    event("a4", 7, JUNE_20, "IRNGOV", None, "042"),  # no target
                    event("a4", 8, JUNE_20, "COP", "IRNGOV", "111"),
                ],
            )
        )  # no country
        yield s


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 6)


def _cells(rows: list[DyadPeriod]) -> dict[tuple[str, str], tuple]:
    return {
        (r.period.isoformat(), r.direction): (
            r.events,
            r.quad,
            round(r.goldstein_sum, 6),
            _round(r.goldstein_mean),
            _round(r.net_cooperation),
        )
        for r in rows
    }


def test_relations_dyads_monthly_numbers(store):
    rows = relations(store, "IRN", "VEN", by=Period.month)
    assert [(r.period.isoformat(), r.direction) for r in rows][:3] == [
        ("2023-06-01", "IRN->VEN"),
        ("2023-06-01", "VEN->IRN"),
        ("2023-06-01", "both"),
    ]
    assert _cells(rows) == {
        ("2023-06-01", "IRN->VEN"): (2, (1, 0, 0, 1), -8.1, -4.05, 0.0),
        ("2023-06-01", "VEN->IRN"): (2, (1, 0, 1, 0), 0.8, 0.4, 0.0),
        ("2023-06-01", "both"): (4, (2, 0, 1, 1), -7.3, -1.825, 0.0),
        ("2023-07-01", "IRN->VEN"): (0, (0, 0, 0, 0), 0.0, None, None),
        ("2023-07-01", "VEN->IRN"): (0, (0, 0, 0, 0), 0.0, None, None),
        ("2023-07-01", "both"): (0, (0, 0, 0, 0), 0.0, None, None),
        ("2023-08-01", "IRN->VEN"): (3, (1, 1, 0, 1), 5.0, 1.666667, 0.333333),
        ("2023-08-01", "VEN->IRN"): (0, (0, 0, 0, 0), 0.0, None, None),
        ("2023-08-01", "both"): (3, (1, 1, 0, 1), 5.0, 1.666667, 0.333333),
    }


def test_relations_dyads_weekly_range_and_full_codes(store):
    rows = relations(
        store, "IRNMIL", "VENGOV", by=Period.week, date_from=date(2023, 6, 1), date_to=date(2023, 6, 30)
    )
    # weeks start on Monday: 29 May .. 26 June
    assert sorted({r.period.isoformat() for r in rows}) == [
        "2023-05-29",
        "2023-06-05",
        "2023-06-12",
        "2023-06-19",
        "2023-06-26",
    ]
    busy = {k: v for k, v in _cells(rows).items() if v[0]}
    assert busy == {
        ("2023-06-12", "IRNMIL->VENGOV"): (1, (0, 0, 0, 1), -10.0, -10.0, -1.0),
        ("2023-06-12", "both"): (1, (0, 0, 0, 1), -10.0, -10.0, -1.0),
    }


def test_relations_dyads_daily_and_empty(store):
    rows = relations(store, "VEN", "IRN", by=Period.day, date_from=date(2023, 6, 7), date_to=date(2023, 6, 8))
    assert _cells(rows)[("2023-06-07", "VEN->IRN")] == (1, (1, 0, 0, 0), 2.8, 2.8, 1.0)
    assert len(rows) == 6
    assert relations(store, "CHN", "RUS") == []


def test_relations_dyads_merged_counts_each_event_once(store):
    # a second article reporting a1's visit: two mentions, one merged event
    store.save(article_result("a5", "AP", [event("a5", 1, JUNE_7, "IRNGOV", "VENGOV", "042")]))
    mentions = _cells(relations(store, "IRN", "VEN", date_to=date(2023, 6, 30)))
    merged = _cells(relations(store, "IRN", "VEN", date_to=date(2023, 6, 30), merged=True))
    assert mentions[("2023-06-01", "IRN->VEN")][:3] == (3, (2, 0, 0, 1), -6.2)
    assert merged[("2023-06-01", "IRN->VEN")][:3] == (2, (1, 0, 0, 1), -8.1)


def test_relations_dyads_top_pairs(store):
    pairs = top_pairs(store, 20)
    assert [(p.a, p.b, p.events, p.a_to_b, p.b_to_a) for p in pairs] == [
        ("IRN", "VEN", 7, 5, 2),
        ("IRN", "USA", 3, 0, 3),
        ("CUB", "IRN", 1, 1, 0),
        ("IGOUNO", "VEN", 1, 1, 0),
    ]
    assert pairs[0].goldstein_mean == pytest.approx(-2.3 / 7)
    assert pairs[0].net_cooperation == pytest.approx(1 / 7)
    assert (pairs[1].goldstein_mean, pairs[1].net_cooperation) == (-2.0, -1.0)
    assert [p.events for p in top_pairs(store, 1, date_from=date(2023, 7, 1))] == [3]


def test_relations_dyads_network(store):
    nodes, edges = network(store, max_nodes=3)
    assert nodes == [("IRN", 11), ("VEN", 8), ("USA", 3)]
    assert [(e.a, e.b, e.events) for e in edges] == [("IRN", "VEN", 7), ("IRN", "USA", 3)]


def test_relations_plot_files(store, tmp_path):
    rows = relations(store, "IRN", "VEN")
    html = plot_relations(rows, tmp_path / "r.html", "IRN-VEN")
    png = plot_relations(rows, tmp_path / "r.png", "IRN-VEN")
    assert "IRN-\\u003eVEN events" in html.read_text(encoding="utf-8")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    nodes, edges = network(store)
    net_html = plot_network(nodes, edges, tmp_path / "n.html", "network")
    net_png = plot_network(nodes, edges, tmp_path / "n.png", "network")
    hover = "VEN: 7 events (IRN-\\u003eVEN 5, VEN-\\u003eIRN 2), mean Goldstein -0.33"
    assert hover in net_html.read_text(encoding="utf-8")
    assert net_png.stat().st_size > 10_000
    with pytest.raises(PlotFormatError):
        plot_relations(rows, tmp_path / "r.svg", "x")


class _CountsOnly:
    """A stand-in store with only the counts relations need (any EventStore backend gives these)."""

    def dyad_counts(self, a, b, *, by, date_from=None, date_to=None, merged=False, status="realized"):
        assert (a, b, by, merged, status) == ("IRN", "VEN", "month", False, "realized")
        return [(date(2023, 6, 1), 1, 2, 1, 0, 1, 0, -0.1)]

    def pair_counts(
        self, limit, *, date_from=None, date_to=None, merged=False, status="realized", quad_classes=None
    ):
        assert (status, quad_classes) == ("realized", None)
        return [("IRN", "VEN", 2, 0, 2, -0.05, 0.0)][:limit]


def test_relations_dyads_over_any_store():
    rows = relations(_CountsOnly(), "IRN", "VEN", date_to=date(2023, 7, 31))
    assert [(r.period.isoformat(), r.direction, r.events) for r in rows] == [
        ("2023-06-01", "IRN->VEN", 0),
        ("2023-06-01", "VEN->IRN", 2),
        ("2023-06-01", "both", 2),
        ("2023-07-01", "IRN->VEN", 0),
        ("2023-07-01", "VEN->IRN", 0),
        ("2023-07-01", "both", 0),
    ]
    assert rows[2].quad == (1, 0, 1, 0) and rows[2].net_cooperation == 0.0
    assert top_pairs(_CountsOnly(), 1) == [Pair("IRN", "VEN", 2, 0, 2, -0.05, 0.0)]


# Issue 14: one stored event dated 9999-12-31 or 0001-01-01 made every relations query of its pair fail
# (date overflow) or list 700,000 empty days.
FAR_PAST, FAR_FUTURE = date(1, 1, 1), date(9999, 12, 31)


@pytest.fixture
def poisoned(store):
    store.save(
        article_result(
            "p1", "X", [event("p1", 1, FAR_FUTURE, "IRNGOV", "VENGOV", "042")], published=FAR_FUTURE
        )
    )
    store.save(
        article_result("p2", "X", [event("p2", 1, FAR_PAST, "VENGOV", "IRNGOV", "111")], published=FAR_PAST)
    )
    return store


@pytest.mark.parametrize("by", list(Period))
def test_relations_dates_outside_the_window_are_left_out(poisoned, by):
    rows = relations(poisoned, "IRN", "VEN", by=by)
    assert rows[0].period == period_start(JUNE_7, by)
    assert rows[-1].period == period_start(AUG_2, by)
    assert sum(r.events for r in rows if r.direction == "both") == 7  # the 7 June-August events only


def test_relations_range_reaching_past_the_window_is_cut(poisoned):
    rows = relations(poisoned, "IRN", "VEN", by=Period.month, date_from=FAR_PAST, date_to=FAR_FUTURE)
    assert (rows[0].period, rows[-1].period) == (MIN_DATE, date(2100, 12, 1))
    assert len(rows) == 3 * 201 * 12
    assert sum(r.events for r in rows if r.direction == "both") == 7


def test_relations_range_outside_the_window_is_empty(poisoned):
    assert relations(poisoned, "IRN", "VEN", date_from=date(2101, 1, 1)) == []
    assert relations(poisoned, "IRN", "VEN", date_to=date(1899, 12, 31)) == []


def test_relations_too_many_periods_in_a_range_raises(poisoned):
    with pytest.raises(RangeTooLarge) as info:
        relations(
            poisoned,
            "IRN",
            "VEN",
            by=Period.day,
            date_from=date(2000, 1, 1),
            date_to=date(2023, 12, 31),
            max_periods=MAX_PERIODS,
        )
    assert (info.value.field, info.value.periods, info.value.max_periods) == ("to", 8766, 3660)
    assert str(info.value) == (
        "2000-01-01 .. 2023-12-31 holds 8766 days, over the limit of 3660 periods: "
        "give a shorter range or a longer period"
    )


def test_relations_series_without_a_range_keeps_the_last_periods(store):
    store.save(
        article_result(
            "old",
            "X",
            [event("old", 1, date(1950, 1, 1), "IRNGOV", "VENGOV", "042")],
            published=date(1950, 1, 1),
        )
    )
    out = relation_series(store, "IRN", "VEN", Period.day)
    days = [r["period"] for r in out["series"] if r["direction"] == "both"]
    assert out["truncated"] is True and out["max_periods"] == MAX_PERIODS
    assert len(days) == MAX_PERIODS
    assert days[-1] == "2023-08-02"
    assert days[0] == (AUG_2 - timedelta(days=MAX_PERIODS - 1)).isoformat()
    assert out["totals"]["events"] == 7  # the 1950 event is before the kept periods
    monthly = relation_series(store, "IRN", "VEN", Period.month)
    assert monthly["truncated"] is False and monthly["totals"]["events"] == 8
    assert monthly["series"][0]["period"] == "1950-01-01"


@pytest.mark.parametrize(
    ("date_from", "date_to", "field", "message"),
    [
        (FAR_PAST, None, "from", "0001-01-01 is outside the dates relations cover, 1900-01-01 .. 2100-12-31"),
        (None, FAR_FUTURE, "to", "9999-12-31 is outside the dates relations cover, 1900-01-01 .. 2100-12-31"),
        (AUG_2, JUNE_7, "from", "2023-08-02 is after to (2023-06-07)"),
    ],
)
def test_relations_series_refuses_ranges_outside_the_window(store, date_from, date_to, field, message):
    with pytest.raises(RelationRangeError) as info:
        relation_series(store, "IRN", "VEN", Period.day, date_from=date_from, date_to=date_to)
    assert (info.value.field, str(info.value)) == (field, message)


@pytest.mark.parametrize(
    ("first", "last", "by", "n"),
    [
        (date(2023, 1, 1), date(2023, 12, 31), Period.day, 365),
        (date(2023, 1, 1), date(2023, 12, 31), Period.month, 12),
        (date(2023, 1, 2), date(2023, 1, 15), Period.week, 2),
        (date(2023, 1, 15), date(2023, 1, 2), Period.day, 0),
    ],
)
def test_relations_period_count(first, last, by, n):
    assert period_count(first, last, by) == n


# Issue 13, item 5: planned, hypothetical and negated events were counted with realized ones, with no
# way to keep realized events only.
@pytest.fixture
def with_statuses(store):
    store.save(
        article_result(
            "s1",
            "X",
            [
                event("s1", 1, JUNE_7, "IRNGOV", "VENGOV", "057", status=EventStatus.PLANNED),
                event("s1", 2, JUNE_7, "VENGOV", "IRNGOV", "190", status=EventStatus.HYPOTHETICAL),
                event("s1", 3, JUNE_7, "IRNGOV", "VENGOV", "070", status=EventStatus.NEGATED),
                event("s1", 4, JUNE_20, "USAGOV", "CUBGOV", "111", status=EventStatus.PLANNED),
            ],
        )
    )
    return store


def test_relations_status_realized_by_default_all_on_request(with_statuses):
    june = date(2023, 6, 30)
    realized = _cells(relations(with_statuses, "IRN", "VEN", date_to=june))
    assert realized == _cells(relations(with_statuses, "IRN", "VEN", date_to=june, status="realized"))
    assert realized[("2023-06-01", "both")][:3] == (4, (2, 0, 1, 1), -7.3)  # as before the s1 events
    every = _cells(relations(with_statuses, "IRN", "VEN", date_to=june, status=CountedStatus.all))
    assert every[("2023-06-01", "IRN->VEN")][:3] == (4, (2, 1, 0, 1), 6.9)  # + 057 planned, 070 negated
    assert every[("2023-06-01", "VEN->IRN")][:3] == (3, (1, 0, 1, 1), -9.2)  # + 190 hypothetical
    merged = _cells(relations(with_statuses, "IRN", "VEN", date_to=june, merged=True, status="all"))
    assert merged[("2023-06-01", "both")][0] == 7
    series = relation_series(with_statuses, "IRN", "VEN", Period.month, status="all")
    assert series["status"] == "all" and series["totals"]["events"] == 10
    assert relation_series(with_statuses, "IRN", "VEN")["totals"]["events"] == 7


def test_relations_status_in_top_pairs_and_network(with_statuses):
    assert ("CUB", "USA") not in {(p.a, p.b) for p in top_pairs(with_statuses)}
    every = {(p.a, p.b): p.events for p in top_pairs(with_statuses, status="all")}
    assert every[("CUB", "USA")] == 1 and every[("IRN", "VEN")] == 10
    nodes, _ = network(with_statuses, status="all", max_nodes=2)
    assert nodes == [("IRN", 14), ("VEN", 11)]


@pytest.mark.parametrize("bad", ["planned", "REALIZED", ""])
def test_relations_status_other_values_raise(store, bad):
    with pytest.raises(ValueError, match="status must be realized or all"):
        relations(store, "IRN", "VEN", status=bad)
    with pytest.raises(ValueError, match="status must be realized or all"):
        top_pairs(store, status=bad)
    with pytest.raises(ValueError, match="status must be"):
        store.dyad_counts("IRN", "VEN", by="month", status=bad)


def test_relations_top_pairs_filters_quadclass_in_the_store_before_the_limit(store):
    # conflict only: IRN-USA (3 x 111) ties IRN-VEN (190, 111, 190); the tie goes by code
    assert [(p.a, p.b, p.events) for p in top_pairs(store, 2, quad_classes=(3, 4))] == [
        ("IRN", "USA", 3),
        ("IRN", "VEN", 3),
    ]
    # material cooperation only: the busiest pair overall (IRN-VEN, 7 events) has one, as IGOUNO-VEN
    only = top_pairs(store, 1, quad_classes=[2])
    assert [(p.a, p.b, p.events, p.goldstein_mean) for p in only] == [("IGOUNO", "VEN", 1, 7.0)]
    nodes, edges = network(store, quad_classes=(1,))
    assert [(e.a, e.b, e.events) for e in edges] == [("IRN", "VEN", 3), ("CUB", "IRN", 1)]
    assert nodes == [("IRN", 4), ("VEN", 3), ("CUB", 1)]
    with pytest.raises(ValueError, match="QuadClass must be"):
        top_pairs(store, quad_classes=(5,))


# Issue 13, item 5 (relations): "investigate" (CAMEO 09) is material cooperation in GDELT's QuadClass
# table, so a pair showed net cooperation +1.00 with mean Goldstein -2.00. Kept, and documented.
def test_relations_net_cooperation_counts_quadclass_while_goldstein_weighs_events(tmp_path):
    with Store(tmp_path / "inv.duckdb") as s:
        s.save(
            article_result(
                "i1",
                "X",
                [
                    event("i1", 1, JUNE_7, "USAGOV", "IRNGOV", "090"),
                    event("i1", 2, JUNE_14, "USAGOV", "IRNGOV", "090"),
                ],
            )
        )
        both = [r for r in relations(s, "USA", "IRN") if r.direction == "both"]
    assert [(r.quad, r.net_cooperation, r.goldstein_mean) for r in both] == [((0, 2, 0, 0), 1.0, -2.0)]
    doc = (dyads.__doc__ or "").replace("\n", " ")
    assert "09" in doc and "Goldstein weighs each event" in " ".join(doc.split())


# Issue 13, item 6 of the brief: `relations --by week --from D` started its first week before D.
def test_relations_from_inside_a_week_counts_that_week_from_the_day_on(tmp_path):
    monday, wednesday = date(2023, 6, 5), date(2023, 6, 7)
    with Store(tmp_path / "w.duckdb") as s:
        s.save(
            article_result(
                "w1",
                "X",
                [
                    event("w1", 1, monday, "IRNGOV", "VENGOV", "042"),
                    event("w1", 2, wednesday, "IRNGOV", "VENGOV", "057"),
                    event("w1", 3, date(2023, 6, 13), "IRNGOV", "VENGOV", "111"),
                ],
            )
        )
        rows = relations(s, "IRN", "VEN", by=Period.week, date_from=wednesday, date_to=date(2023, 6, 12))
        whole = relations(s, "IRN", "VEN", by=Period.week)
    both = [(r.period.isoformat(), r.events, r.goldstein_sum) for r in rows if r.direction == "both"]
    assert both == [("2023-06-05", 1, 8.0), ("2023-06-12", 0, 0.0)]  # Monday's visit and the 13th left out
    assert [r.events for r in whole if r.direction == "both"] == [2, 1]


# The /network page and `dyadic network` share one network: minimum events per pair and an actor's
# pairs are applied before the busiest actors are kept, and actors left without a pair are dropped.
def test_relations_network_min_events_and_actor(store):
    nodes, edges = network(store, min_events=3)
    assert [(e.a, e.b, e.events) for e in edges] == [("IRN", "VEN", 7), ("IRN", "USA", 3)]
    assert nodes == [("IRN", 10), ("VEN", 7), ("USA", 3)]
    nodes, edges = network(store, min_events=4)
    assert nodes == [("IRN", 7), ("VEN", 7)] and len(edges) == 1
    for actor in ("USA", "USAGOV"):  # a country, or a code of that country
        nodes, edges = network(store, actor=actor)
        assert [(e.a, e.b) for e in edges] == [("IRN", "USA")] and [n for n, _ in nodes] == ["IRN", "USA"]
    nodes, edges = network(store, actor="IGOUNO")
    assert [(e.a, e.b) for e in edges] == [("IGOUNO", "VEN")]
    nodes, edges = network(store, max_nodes=2, actor="CUB")  # CUB's one pair, whatever the others
    assert nodes == [("CUB", 1), ("IRN", 1)]
    assert network(store, min_events=100) == ([], [])


def test_relations_row_fields_are_the_csv_columns(store):
    from dyadic.relations import PAIR_FIELDS, RELATION_FIELDS, relation_row

    rows = relations(store, "IRN", "VEN")
    assert all(tuple(relation_row(r)) == RELATION_FIELDS for r in rows)
    assert PAIR_FIELDS == ("a", "b", "events", "a_to_b", "b_to_a", "goldstein_mean", "net_cooperation")
