"""Plots and the network layout: readable with many actors, gaps for empty periods, signed and whole ticks."""

from __future__ import annotations

import io
import json
import re
from datetime import date

import pytest

from dyadic.relations import DyadPeriod, Pair, layout
from dyadic.relations.plot import (
    count_step,
    network_title,
    plot_network,
    plot_relations,
    relations_figure,
    signed,
)

pytest.importorskip("plotly")
pytest.importorskip("matplotlib")


def _rows(months: list[tuple[date, int, float | None]]) -> list[DyadPeriod]:
    out = []
    for period, n, mean in months:
        net = None if mean is None else (1.0 if mean >= 0 else -1.0)
        quad = (n, 0, 0, 0) if mean is None or mean >= 0 else (0, 0, n, 0)
        for direction in ("USA->UKR", "UKR->USA", "both"):
            out.append(DyadPeriod(period, direction, n, quad, (mean or 0.0) * n, mean, net))
    return out


def _plotly_traces(html: str) -> list[dict]:
    data = re.search(r"Plotly\.newPlot\(\s*\"[^\"]+\",\s*(\[.*?\]),\s*\{", html, re.S)
    assert data
    return json.loads(data.group(1))


def test_relations_plot_html_leaves_gaps_for_empty_months(tmp_path):
    rows = _rows([(date(2023, 1, 1), 2, 3.0), (date(2023, 2, 1), 0, None), (date(2023, 3, 1), 1, -7.0)])
    html = plot_relations(rows, tmp_path / "r.html", "USA and UKR").read_text(encoding="utf-8")
    lines = [t for t in _plotly_traces(html) if t.get("mode") == "lines+markers"]
    assert lines and all(t["connectgaps"] is False and t["y"][1] is None for t in lines)


def test_relations_plot_html_one_month_has_a_month_wide_x_axis(tmp_path):
    rows = _rows([(date(2023, 6, 1), 3, 2.0)])
    html = plot_relations(rows, tmp_path / "r.html", "one month").read_text(encoding="utf-8")
    lo, hi = re.search(r'"xaxis3?":\{[^}]*"range":\["([\d-]+)[^"]*","([\d-]+)', html).groups()
    assert (date.fromisoformat(hi) - date.fromisoformat(lo)).days >= 28
    assert '"tickformat":"%b %Y"' in html


def test_relations_plot_png_draws(tmp_path):
    rows = _rows([(date(2023, 1, 1), 2, 3.0), (date(2023, 2, 1), 0, None), (date(2023, 3, 1), 1, -7.0)])
    png = plot_relations(rows, tmp_path / "r.png", "USA and UKR")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_relations_plot_signed_ticks():
    assert [signed(v) for v in (-7, 0, 5, -0.5)] == ["\u22127", "0", "+5", "\u22120.5"]


def test_relations_plot_count_step_is_whole():
    assert [count_step(n) for n in (0, 1, 3, 6, 7, 13, 30, 31, 100, 1000)] == [
        1,
        1,
        1,
        1,
        2,
        5,
        5,
        10,
        20,
        200,
    ]


@pytest.mark.parametrize(("most", "step"), [(3, 1), (13, 5)])
def test_relations_plot_png_count_ticks_whole_and_signed_ticks_have_minus(most, step):
    # Issue 13, item 5: the PNG had fractional ticks (0.5, 1.5 ...) on its events axis.
    rows = _rows([(date(2023, 1, 1), most, -7.0), (date(2023, 2, 1), 1, 3.0)])
    fig = relations_figure(rows, "USA and UKR")
    fig.savefig(io.BytesIO(), format="png")  # lays the ticks out
    events, net, goldstein = fig.axes
    lo, hi = events.get_ylim()
    shown = [
        (t, label.get_text())
        for t, label in zip(events.get_yticks(), events.get_yticklabels(), strict=True)
        if lo <= t <= hi
    ]
    assert [t for t, _ in shown] == [float(step * i) for i in range(len(shown))] and shown[-1][0] >= most
    assert [label for _, label in shown] == [str(step * i) for i in range(len(shown))]
    assert [t.get_text() for t in goldstein.get_yticklabels()] == ["\u221210", "\u22125", "0", "+5", "+10"]
    assert [t.get_text() for t in net.get_yticklabels()] == ["\u22121", "\u22120.5", "0", "+0.5", "+1"]


def test_relations_plot_html_count_axis_whole_and_signed_tick_text(tmp_path):
    rows = _rows([(date(2023, 1, 1), 13, -7.0), (date(2023, 3, 1), 2, 1.0)])
    html = plot_relations(rows, tmp_path / "r.html", "x").read_text(encoding="utf-8")
    count_axis = re.search(r'"yaxis":\{"anchor":"x"[^}]*\}', html)
    assert count_axis and '"tick0":0,"dtick":5,"tickformat":",d"' in count_axis.group(0)
    goldstein_axis = re.search(r'"yaxis3":\{[^}]*\}', html)
    assert goldstein_axis and '"ticktext":["\\u221210","\\u22125","0","+5","+10"]' in goldstein_axis.group(0)


def _network(n_main: int, n_pairs: int) -> tuple[list[str], list[Pair]]:
    names = [f"N{i:03d}" for i in range(n_main)]
    edges = [Pair(names[i // 4], names[i], 1 + i % 4, 1, 0, 1.0, 1.0) for i in range(1, n_main)]
    edges += [Pair(f"P{k}A", f"P{k}B", 1, 1, 0, 1.0, 1.0) for k in range(n_pairs)]
    return names + [x for k in range(n_pairs) for x in (f"P{k}A", f"P{k}B")], edges


@pytest.mark.parametrize("n_main", [50, 200])
def test_relations_layout_boxes_do_not_overlap(n_main):
    nodes, edges = _network(n_main, 3)
    sizes = {v: (8.0 * len(v) + 6, 20.0) for v in nodes}
    pos = layout(nodes, edges, sizes=sizes)
    clashes = 0
    for i, a in enumerate(nodes):
        for b in nodes[i + 1 :]:
            dx, dy = abs(pos[a][0] - pos[b][0]), abs(pos[a][1] - pos[b][1])
            clashes += (
                dx < (sizes[a][0] + sizes[b][0]) / 2 - 0.5 and dy < (sizes[a][1] + sizes[b][1]) / 2 - 0.5
            )
    assert clashes == 0
    # isolated pairs are placed beside the main component, which keeps its room
    main_x = [pos[v][0] for v in nodes if v.startswith("N")]
    pair_x = [pos[v][0] for v in nodes if v.startswith("P")]
    assert min(pair_x) > max(main_x)
    # an edge is at most a few boxes long: sensible spacing, not a blob or a scatter
    lengths = sorted(
        ((pos[e.a][0] - pos[e.b][0]) ** 2 + (pos[e.a][1] - pos[e.b][1]) ** 2) ** 0.5 for e in edges
    )
    assert 20 < lengths[len(lengths) // 2] < 200


def test_relations_layout_without_sizes_is_normalised():
    nodes, edges = _network(10, 1)
    pos = layout(nodes, edges)
    assert max(max(abs(x), abs(y)) for x, y in pos.values()) == pytest.approx(1.0)
    assert layout([], []) == {}
    assert layout(["A"], []) == {"A": (0.0, 0.0)}


def test_relations_plot_network_default_title(tmp_path):
    nodes = [("IRN", 5), ("VEN", 3), ("USA", 2)]
    edges = [Pair("IRN", "VEN", 3, 2, 1, 2.0, 1.0), Pair("IRN", "USA", 2, 1, 1, -3.0, -1.0)]
    assert network_title(nodes, edges) == "Actor network: 3 actors, 2 pairs, 5 events"
    html = plot_network(nodes, edges, tmp_path / "n.html").read_text(encoding="utf-8")
    assert "Actor network: 3 actors, 2 pairs, 5 events" in html and "start to end" not in html
    assert plot_network(nodes, edges, tmp_path / "n.png").stat().st_size > 5_000
