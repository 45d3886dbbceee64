"""Geometry for the hand-drawn SVG charts: the relations time series and the actor network.

Functions return plain numbers (SVG user units) for the templates to draw;
nothing here knows HTML.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from dyadic.relations import Pair

CHART_W, CHART_H, PAD = 800.0, 320.0, 50.0


@dataclass(frozen=True)
class Bar:
    """One bar: ``x, y, w, h`` in SVG units; ``kind`` is ``coop`` or ``conflict``; ``label`` for hover."""

    x: float
    y: float
    w: float
    h: float
    kind: str
    label: str


def relation_chart(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Bars of cooperation (up) and conflict (down) per period, and the mean Goldstein line.

    Args:
        rows: ``direction == "both"`` rows of :func:`dyadic.relations.relation_series`.

    Returns:
        ``{"width", "height", "zero_y", "bars": [Bar], "line": "x,y x,y ...",
        "points": [(x, y, label)], "ticks": [(x, period)], "max_count"}``; counts
        share one scale around ``zero_y``, Goldstein -10..+10 spans the plot height.
    """
    top, bottom = PAD / 2, CHART_H - PAD
    zero_y = (top + bottom) / 2
    half = (bottom - top) / 2
    max_count = max([1, *(max(r["cooperation"], r["conflict"]) for r in rows)])
    step = (CHART_W - 2 * PAD) / max(1, len(rows))
    bar_w = max(2.0, min(40.0, step * 0.35))
    bars, points, ticks = [], [], []
    for i, r in enumerate(rows):
        cx = PAD + step * (i + 0.5)
        up = r["cooperation"] / max_count * half
        down = r["conflict"] / max_count * half
        bars.append(
            Bar(
                round(cx - bar_w, 1),
                round(zero_y - up, 1),
                round(bar_w, 1),
                round(up, 1),
                "coop",
                f"{r['period']}: {r['cooperation']} cooperation events",
            )
        )
        bars.append(
            Bar(
                round(cx, 1),
                round(zero_y, 1),
                round(bar_w, 1),
                round(down, 1),
                "conflict",
                f"{r['period']}: {r['conflict']} conflict events",
            )
        )
        if r["goldstein_mean"] is not None:
            y = zero_y - r["goldstein_mean"] / 10.0 * half
            points.append(
                (round(cx, 1), round(y, 1), f"{r['period']}: mean Goldstein {r['goldstein_mean']:+.2f}")
            )
        ticks.append((round(cx, 1), r["period"]))
    return {
        "width": CHART_W,
        "height": CHART_H,
        "zero_y": zero_y,
        "top": top,
        "bottom": bottom,
        "left": PAD,
        "right": CHART_W - PAD,
        "bars": bars,
        "points": points,
        "line": " ".join(f"{x},{y}" for x, y, _ in points),
        "ticks": ticks,
        "max_count": max_count,
    }


def network(nodes: list[tuple[str, int]], edges: list[Pair], size: float = 640.0) -> dict[str, Any]:
    """Place the actor network of :func:`dyadic.relations.network` in a square drawing.

    Args:
        nodes: ``(actor, events)``, actors by country (or code when they have none).
        edges: Undirected :class:`~dyadic.relations.Pair` edges between them.
        size: Width and height of the drawing, SVG units.

    Returns:
        ``{"size", "nodes": [{"code", "x", "y", "r", "events"}], "edges": [{"a", "b",
        "events", "a_to_b", "b_to_a", "goldstein_mean", "kind", "x1", "y1", "x2", "y2",
        "width"}]}``; positions from :func:`dyadic.relations.plot.layout` (force
        layout), ``kind`` is ``coop`` (mean Goldstein >= 0) or ``conflict``.
    """
    from dyadic.relations import layout

    pos = layout([code for code, _ in nodes], edges)
    margin = 60.0
    scale = (size - 2 * margin) / 2

    def xy(code: str) -> tuple[float, float]:
        x, y = pos[code]
        return round(size / 2 + x * scale, 1), round(size / 2 + y * scale, 1)

    out_nodes = []
    for code, events in nodes:
        x, y = xy(code)
        out_nodes.append(
            {"code": code, "x": x, "y": y, "r": round(8 + 3 * math.sqrt(events), 1), "events": events}
        )
    out_edges = []
    for e in edges:
        (x1, y1), (x2, y2) = xy(e.a), xy(e.b)
        out_edges.append(
            {
                "a": e.a,
                "b": e.b,
                "events": e.events,
                "a_to_b": e.a_to_b,
                "b_to_a": e.b_to_a,
                "goldstein_mean": round(e.goldstein_mean, 2),
                "kind": "coop" if e.goldstein_mean >= 0 else "conflict",
                "x1": x1,
                "y1": y1,
                "x2": x2,
                "y2": y2,
                "width": round(1.5 + 1.5 * math.log2(e.events), 1),
            }
        )
    return {"size": size, "nodes": out_nodes, "edges": out_edges}
