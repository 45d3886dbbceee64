"""Dyadic relations numbers on a small hand-made store."""

from __future__ import annotations

from datetime import date

import pytest
from handmade import article_result, event

from dyadic.relations import DyadPeriod, Pair, Period, network, relations, top_pairs
from dyadic.relations.plot import PlotFormatError, plot_network, plot_relations
from dyadic.store import Store

JUNE_7, JUNE_14, JUNE_20, AUG_2 = date(2023, 6, 7), date(2023, 6, 14), date(2023, 6, 20), date(2023, 8, 2)


@pytest.fixture
def store(tmp_path):
    # Goldstein and QuadClass per code: 042 +1.9 q1, 043 +2.8 q1, 057 +8 q1, 070 +7 q2, 111 -2 q3, 190 -10 q4
    with Store(tmp_path / "r.duckdb") as s:
        s.save(article_result("a1", "Mehr", [event("a1", 1, JUNE_7, "IRNGOV", "VENGOV", "042"),
                                             event("a1", 2, JUNE_7, "VENGOV", "IRNGOV", "043")]))
        s.save(article_result("a2", "AFP", [event("a2", 1, JUNE_14, "IRNMIL", "VENGOV", "190"),
                                            event("a2", 2, JUNE_14, "VENGOV", "IRNGOV", "111")]))
        s.save(article_result("a3", "AFP", [event("a3", 1, AUG_2, "IRNGOV", "VENGOV", "057"),
                                            event("a3", 2, AUG_2, "IRNGOV", "VENGOV", "070"),
                                            event("a3", 3, None, "IRNGOV", "VENGOV", "190")],  # no date:
                                           published=AUG_2))  # counts on the publication day
        usa = [event("a4", n, JUNE_20, "USAGOV", "IRNGOV", "111") for n in (1, 2, 3)]
        s.save(article_result("a4", "AP", [*usa,
                                           event("a4", 4, JUNE_20, "IGOUNO", "VENGOV", "070"),
                                           event("a4", 5, JUNE_20, "CUBGOV", "IRNGOV", "042"),
                                           event("a4", 6, JUNE_20, "IRNGOV", "IRNMIL", "042"),  # domestic
                                           event("a4", 7, JUNE_20, "IRNGOV", None, "042"),  # no target
                                           event("a4", 8, JUNE_20, "COP", "IRNGOV", "111")]))  # no country
        yield s


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 6)


def _cells(rows: list[DyadPeriod]) -> dict[tuple[str, str], tuple]:
    return {(r.period.isoformat(), r.direction): (r.events, r.quad, round(r.goldstein_sum, 6),
                                                  _round(r.goldstein_mean), _round(r.net_cooperation))
            for r in rows}


def test_relations_dyads_monthly_numbers(store):
    rows = relations(store, "IRN", "VEN", by=Period.month)
    assert [(r.period.isoformat(), r.direction) for r in rows][:3] == [
        ("2023-06-01", "IRN->VEN"), ("2023-06-01", "VEN->IRN"), ("2023-06-01", "both")]
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
    rows = relations(store, "IRNMIL", "VENGOV", by=Period.week,
                     date_from=date(2023, 6, 1), date_to=date(2023, 6, 30))
    # weeks start on Monday: 29 May .. 26 June
    assert sorted({r.period.isoformat() for r in rows}) == [
        "2023-05-29", "2023-06-05", "2023-06-12", "2023-06-19", "2023-06-26"]
    busy = {k: v for k, v in _cells(rows).items() if v[0]}
    assert busy == {("2023-06-12", "IRNMIL->VENGOV"): (1, (0, 0, 0, 1), -10.0, -10.0, -1.0),
                    ("2023-06-12", "both"): (1, (0, 0, 0, 1), -10.0, -10.0, -1.0)}


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
        ("IRN", "VEN", 7, 5, 2), ("IRN", "USA", 3, 0, 3), ("CUB", "IRN", 1, 1, 0), ("IGOUNO", "VEN", 1, 1, 0)]
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

    def dyad_counts(self, a, b, *, by, date_from=None, date_to=None, merged=False):
        assert (a, b, by, merged) == ("IRN", "VEN", "month", False)
        return [(date(2023, 6, 1), 1, 2, 1, 0, 1, 0, -0.1)]

    def pair_counts(self, limit, *, date_from=None, date_to=None, merged=False):
        return [("IRN", "VEN", 2, 0, 2, -0.05, 0.0)][:limit]


def test_relations_dyads_over_any_store():
    rows = relations(_CountsOnly(), "IRN", "VEN", date_to=date(2023, 7, 31))
    assert [(r.period.isoformat(), r.direction, r.events) for r in rows] == [
        ("2023-06-01", "IRN->VEN", 0), ("2023-06-01", "VEN->IRN", 2), ("2023-06-01", "both", 2),
        ("2023-07-01", "IRN->VEN", 0), ("2023-07-01", "VEN->IRN", 0), ("2023-07-01", "both", 0)]
    assert rows[2].quad == (1, 0, 1, 0) and rows[2].net_cooperation == 0.0
    assert top_pairs(_CountsOnly(), 1) == [Pair("IRN", "VEN", 2, 0, 2, -0.05, 0.0)]
