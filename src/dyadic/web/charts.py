"""Geometry for the hand-drawn SVG charts: the relations time series and the actor network.

Functions return plain numbers (SVG user units) and strings for the templates
to draw; nothing here knows HTML.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from dyadic.relations import Pair

CHART_W, CHART_H, PAD = 800.0, 320.0, 50.0
#: Goldstein (1992) scale, drawn on the relations chart's right axis.
GOLDSTEIN_TICKS = (-10, -5, 0, 5, 10)
#: At most this many period labels on the x axis (others are left out, evenly).
MAX_X_LABELS = 10
MINUS = "\N{MINUS SIGN}"


@dataclass(frozen=True)
class Bar:
    """One bar: ``x, y, w, h`` in SVG units; ``kind`` is ``coop`` or ``conflict``; ``label`` for hover."""

    x: float
    y: float
    w: float
    h: float
    kind: str
    label: str


def signed(value: float) -> str:
    """A tick label with its sign: ``+5``, ``0``, ``−7`` (U+2212 minus, as typeset)."""
    text = f"{value:+g}" if value else "0"
    return text.replace("-", MINUS)


def count_ticks(max_count: int, most: int = 5) -> list[int]:
    """Whole-number ticks 0..top for a count axis, at most about ``most`` of them (steps 1, 2, 5, 10 ...)."""
    step = 1
    while max_count / step > most:
        for factor in (2, 5 / 2, 2):
            step = int(step * factor)
            if max_count / step <= most:
                break
    top = step * math.ceil(max(1, max_count) / step)
    return list(range(0, top + 1, step))


def relation_chart(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Bars of cooperation (up) and conflict (down) per period, and the mean Goldstein line.

    Args:
        rows: ``direction == "both"`` rows of :func:`dyadic.relations.relation_series`,
            one per period, empty periods included (``goldstein_mean`` None).

    Returns:
        ``{"width", "height", "zero_y", "top", "bottom", "left", "right", "bars": [Bar],
        "lines": ["x,y x,y ...", ...], "points": [(x, y, label)], "ticks": [(x, period)],
        "count_ticks": [(y_up, y_down, label_up, label_down)], "goldstein_ticks": [(y, label)],
        "goldstein": [mean or None per period], "ticks_all": [period], "max_count"}``. Counts share one
        whole-number scale around ``zero_y``: cooperation up (``7``), conflict down, labelled
        as the axis reads (``−7``, U+2212 minus); Goldstein -10..+10 spans the plot height.
        The Goldstein line is broken at periods without events (one polyline per run of
        periods with a mean), never drawn across them.
    """
    top, bottom = PAD / 2, CHART_H - PAD
    zero_y = (top + bottom) / 2
    half = (bottom - top) / 2
    ticks_count = count_ticks(max([1, *(max(r["cooperation"], r["conflict"]) for r in rows)]))
    max_count = ticks_count[-1]
    step = (CHART_W - 2 * PAD) / max(1, len(rows))
    bar_w = max(1.0, min(40.0, step * 0.35))
    every = max(1, math.ceil(len(rows) / MAX_X_LABELS))
    bars, points, ticks = [], [], []
    lines: list[list[tuple[float, float]]] = [[]]
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
        if r["goldstein_mean"] is None:
            if lines[-1]:
                lines.append([])
        else:
            y = zero_y - r["goldstein_mean"] / 10.0 * half
            points.append(
                (
                    round(cx, 1),
                    round(y, 1),
                    f"{r['period']}: mean Goldstein " + f"{r['goldstein_mean']:+.2f}".replace("-", MINUS),
                )
            )
            lines[-1].append((round(cx, 1), round(y, 1)))
        if i % every == 0:
            ticks.append((round(cx, 1), _period_label(r["period"])))
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
        "lines": [" ".join(f"{x},{y}" for x, y in run) for run in lines if len(run) > 1],
        "ticks": ticks,
        "count_ticks": [
            (
                round(zero_y - c / max_count * half, 1),
                round(zero_y + c / max_count * half, 1),
                str(c),
                signed(-c),
            )
            for c in ticks_count
        ],
        "goldstein_ticks": [(round(zero_y - g / 10.0 * half, 1), signed(g)) for g in GOLDSTEIN_TICKS],
        "goldstein": [r["goldstein_mean"] for r in rows],
        "ticks_all": [r["period"] for r in rows],
        "max_count": max_count,
    }


def _period_label(period: str) -> str:
    """``2023-06-01`` -> ``2023-06`` for month starts that the whole series shares; days as they are."""
    return period[:7] if period.endswith("-01") else period


def goldstein_colour(goldstein: float) -> str:
    """Edge colour for a mean Goldstein score: red (-10) .. grey (0) .. green (+10), ``rgb(r,g,b)``."""
    t = max(-1.0, min(1.0, goldstein / 10.0))
    grey, red, green = (140, 140, 140), (198, 40, 40), (26, 127, 55)
    end = green if t >= 0 else red
    mix = [round(g + (e - g) * abs(t) ** 0.7) for g, e in zip(grey, end, strict=True)]
    return f"rgb({mix[0]},{mix[1]},{mix[2]})"


#: Label font of the network drawing (SVG px) and the width of one capital in it (bold, about 0.7 em).
LABEL_PX = 11.0
CHAR_PX = 7.8


def network(nodes: list[tuple[str, int]], edges: list[Pair], margin: float = 16.0) -> dict[str, Any]:
    """Place the actor network of :func:`dyadic.relations.network` in an SVG drawing.

    Node circles grow with the square root of the node's events (radius 7..20);
    each label is centred on its node, and no two node-and-label boxes overlap
    (:func:`dyadic.relations.layout`, components side by side).

    Args:
        nodes: ``(actor, events)``, actors by country (or code when they have none).
        edges: Undirected :class:`~dyadic.relations.Pair` edges between them.
        margin: Space around the drawing, SVG units.

    Returns:
        ``{"width", "height", "nodes": [{"code", "x", "y", "r", "events", "box_w",
        "box_h"}], "edges": [{"a", "b", "events", "a_to_b", "b_to_a", "goldstein_mean",
        "kind", "colour", "x1", "y1", "x2", "y2", "width"}], "legend": [(value, colour)]}``;
        ``kind`` is ``coop`` (mean Goldstein >= 0) or ``conflict``, ``colour``
        from :func:`goldstein_colour`; edge width 1.5..8 by events (log scale);
        edges lightest first so the busiest are drawn on top.
    """
    from dyadic.relations import layout

    most = max((n for _, n in nodes), default=1)
    radius = {code: round(7 + 13 * math.sqrt(n / most), 1) for code, n in nodes}
    sizes = {
        code: (max(2 * radius[code], CHAR_PX * len(code) + 6) + 6, max(2 * radius[code], LABEL_PX + 6) + 6)
        for code, _ in nodes
    }
    pos = layout([code for code, _ in nodes], edges, sizes=sizes)
    if pos:
        lo_x = min(pos[c][0] - sizes[c][0] / 2 for c in pos)
        lo_y = min(pos[c][1] - sizes[c][1] / 2 for c in pos)
        width = max(pos[c][0] + sizes[c][0] / 2 for c in pos) - lo_x + 2 * margin
        height = max(pos[c][1] + sizes[c][1] / 2 for c in pos) - lo_y + 2 * margin
    else:
        lo_x = lo_y = 0.0
        width = height = 2 * margin

    def xy(code: str) -> tuple[float, float]:
        x, y = pos[code]
        return round(x - lo_x + margin, 1), round(y - lo_y + margin, 1)

    out_nodes = []
    for code, events in nodes:
        x, y = xy(code)
        w, h = sizes[code]
        out_nodes.append(
            {"code": code, "x": x, "y": y, "r": radius[code], "events": events, "box_w": w, "box_h": h}
        )
    heaviest = max((e.events for e in edges), default=1)
    out_edges = []
    for e in sorted(edges, key=lambda e: (e.events, e.a, e.b)):
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
                "colour": goldstein_colour(e.goldstein_mean),
                "x1": x1,
                "y1": y1,
                "x2": x2,
                "y2": y2,
                "width": round(1.5 + 6.5 * math.log1p(e.events) / math.log1p(max(heaviest, 1)), 1),
            }
        )
    return {
        "width": round(width, 1),
        "height": round(height, 1),
        "nodes": out_nodes,
        "edges": out_edges,
        "legend": [(signed(g), goldstein_colour(g)) for g in (-10, -5, -2, 0, 2, 5, 10)],
    }
