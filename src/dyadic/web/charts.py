"""Geometry for the hand-drawn SVG charts: the relations time series and the actor network.

Functions return plain numbers (SVG user units) for the templates to draw;
nothing here knows HTML.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

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
        rows: ``direction == "both"`` rows of :func:`dyadic.api.relations.relation_series`.

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
        bars.append(Bar(round(cx - bar_w, 1), round(zero_y - up, 1), round(bar_w, 1), round(up, 1), "coop",
                        f"{r['period']}: {r['cooperation']} cooperation events"))
        bars.append(Bar(round(cx, 1), round(zero_y, 1), round(bar_w, 1), round(down, 1), "conflict",
                        f"{r['period']}: {r['conflict']} conflict events"))
        if r["goldstein_mean"] is not None:
            y = zero_y - r["goldstein_mean"] / 10.0 * half
            points.append((round(cx, 1), round(y, 1), f"{r['period']}: mean Goldstein {r['goldstein_mean']:+.2f}"))
        ticks.append((round(cx, 1), r["period"]))
    return {"width": CHART_W, "height": CHART_H, "zero_y": zero_y, "top": top, "bottom": bottom,
            "left": PAD, "right": CHART_W - PAD, "bars": bars, "points": points,
            "line": " ".join(f"{x},{y}" for x, y, _ in points), "ticks": ticks, "max_count": max_count}


def network(events: list[dict[str, Any]], size: float = 640.0) -> dict[str, Any]:
    """Actors as nodes on a circle, directed events as edges.

    Args:
        events: Event records; events without a target add only their source node.
        size: Width and height of the square drawing, SVG units.

    Returns:
        ``{"size", "nodes": [{"code", "name", "x", "y", "r", "degree"}], "edges":
        [{"source", "target", "count", "goldstein_mean", "kind", "path", "width"}]}``;
        ``kind`` is ``coop`` (mean Goldstein >= 0) or ``conflict``; ``path`` an SVG
        quadratic curve, bent so that A->B and B->A do not overlap.
    """
    names: dict[str, str] = {}
    degree: dict[str, int] = defaultdict(int)
    pairs: dict[tuple[str, str], list[float]] = defaultdict(list)
    for e in events:
        src, tgt = e["source"], e.get("target")
        names.setdefault(src["code"], src["name"])
        degree[src["code"]] += 1
        if tgt:
            names.setdefault(tgt["code"], tgt["name"])
            degree[tgt["code"]] += 1
            pairs[(src["code"], tgt["code"])].append(float(e["goldstein"]))
    codes = sorted(names, key=lambda c: (-degree[c], c))
    centre, radius = size / 2, size / 2 - 70
    pos = {}
    nodes = []
    for i, code in enumerate(codes):
        angle = 2 * math.pi * i / max(1, len(codes)) - math.pi / 2
        x, y = centre + radius * math.cos(angle), centre + radius * math.sin(angle)
        pos[code] = (x, y)
        nodes.append({"code": code, "name": names[code], "x": round(x, 1), "y": round(y, 1),
                      "r": round(8 + 3 * math.sqrt(degree[code]), 1), "degree": degree[code]})
    edges = []
    for (s, t), scores in sorted(pairs.items()):
        mean = sum(scores) / len(scores)
        (x1, y1), (x2, y2) = pos[s], pos[t]
        if s == t:
            path = f"M{x1:.1f},{y1:.1f} c 40,-60 -40,-60 0,0"
        else:
            dx, dy = x2 - x1, y2 - y1
            mx, my = (x1 + x2) / 2 - dy * 0.12, (y1 + y2) / 2 + dx * 0.12
            path = f"M{x1:.1f},{y1:.1f} Q{mx:.1f},{my:.1f} {x2:.1f},{y2:.1f}"
        edges.append({"source": s, "target": t, "count": len(scores), "goldstein_mean": round(mean, 2),
                      "kind": "coop" if mean >= 0 else "conflict", "path": path,
                      "width": round(1.5 + 1.5 * math.log2(len(scores)), 1)})
    return {"size": size, "nodes": nodes, "edges": edges}
