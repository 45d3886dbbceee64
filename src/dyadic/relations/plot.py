"""Plots of dyadic relations and of the actor network.

``.html`` files are Plotly pages with plotly.js embedded (they open offline);
``.png`` files are drawn with matplotlib (Agg), which needs no browser,
unlike Plotly's kaleido export.
"""

from __future__ import annotations

import math
from datetime import timedelta
from pathlib import Path
from typing import Any

from dyadic.errors import DyadicError
from dyadic.extras import require_extra
from dyadic.relations.dyads import DyadPeriod, Pair

GOLDSTEIN_RANGE = (-10.0, 10.0)
#: Ticks of the signed axes: Goldstein (1992) -10..+10 and net cooperation -1..+1.
GOLDSTEIN_TICKS = (-10, -5, 0, 5, 10)
NET_TICKS = (-1.0, -0.5, 0.0, 0.5, 1.0)


class PlotFormatError(DyadicError, ValueError):
    """The plot file's extension is neither ``.html`` nor ``.png``."""


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".html", ".png"):
        raise PlotFormatError(f"{path}: plot files must end in .html or .png")
    return suffix[1:]


MINUS = "\N{MINUS SIGN}"


def signed(value: float) -> str:
    """A tick label with its sign: ``+5``, ``0``, ``−7``, ``+0.5``."""
    return (f"{value:+g}" if value else "0").replace("-", MINUS)


def count_step(most: int, ticks: int = 6) -> int:
    """A whole-number tick step for a count axis from 0 to ``most``: 1, 2, 5, 10, 20, 50 ...,
    the smallest giving at most ``ticks`` steps (so no tick falls between two counts)."""
    step, factors = 1, (2, 2.5, 2)
    i = 0
    while max(most, 1) / step > ticks:
        step = int(step * factors[i % 3])
        i += 1
    return step


def _half_period(rows: list[DyadPeriod]) -> timedelta:
    """Half the length of the rows' periods (from consecutive period starts; a month if unknown)."""
    starts = sorted({r.period for r in rows})
    days = min(((b - a).days for a, b in zip(starts, starts[1:], strict=False)), default=30)
    return timedelta(days=max(1, days) / 2)


def plot_relations(rows: list[DyadPeriod], path: str | Path, title: str) -> Path:
    """Draw a relations time series: events per period, net cooperation and mean Goldstein, per direction.

    Periods without events have no net cooperation or Goldstein value: the
    lines break there (no straight line across an empty month). Count axes
    have whole-number ticks (:func:`count_step`); signed axes carry their sign
    (``−7``, ``+5``, U+2212 minus). An HTML plot's x axis spans its periods and
    half a period on each side, labelled by month (``Jun 2023``) or day.

    Args:
        rows: From :func:`dyadic.relations.dyads.relations`.
        path: ``.html`` (Plotly) or ``.png`` (matplotlib) file to write.
        title: Plot title.

    Returns:
        The path written.

    Raises:
        PlotFormatError: unknown extension.
    """
    out = Path(path)
    kind = _kind(out)
    directions = list(dict.fromkeys(r.direction for r in rows if r.direction != "both"))
    series = {d: [r for r in rows if r.direction == d] for d in directions}
    most = max((r.events for r in rows if r.direction != "both"), default=1)
    panels = ("events", "net cooperation (coop - conflict) / events", "mean Goldstein score")
    if kind == "html":
        require_extra("plot", "plotly")
        from plotly.graph_objects import Bar, Scatter
        from plotly.subplots import make_subplots

        fig = make_subplots(rows=3, cols=1, shared_xaxes=True, vertical_spacing=0.07, subplot_titles=panels)
        for d, rs in series.items():
            xs = [r.period.isoformat() for r in rs]
            fig.add_trace(Bar(x=xs, y=[r.events for r in rs], name=f"{d} events"), row=1, col=1)
            for row, values, name in (
                (2, [r.net_cooperation for r in rs], "net cooperation"),
                (3, [r.goldstein_mean for r in rs], "mean Goldstein"),
            ):
                fig.add_trace(
                    Scatter(x=xs, y=values, mode="lines+markers", name=f"{d} {name}", connectgaps=False),
                    row=row,
                    col=1,
                )
        fig.update_yaxes(rangemode="tozero", tick0=0, dtick=count_step(most), tickformat=",d", row=1, col=1)
        for row, y_range, ticks in ((2, (-1.05, 1.05), NET_TICKS), (3, (-10.5, 10.5), GOLDSTEIN_TICKS)):
            fig.update_yaxes(
                range=list(y_range), tickvals=list(ticks), ticktext=[signed(v) for v in ticks], row=row, col=1
            )
        if rows:
            half = _half_period(rows)
            lo = min(r.period for r in rows) - half
            hi = max(r.period for r in rows) + half
            fig.update_xaxes(type="date", range=[lo.isoformat(), hi.isoformat()])
            if half >= timedelta(days=14):
                fig.update_xaxes(
                    tickformat="%b %Y", dtick="M1" if len({r.period for r in rows}) <= 18 else None
                )
            else:
                fig.update_xaxes(tickformat="%Y-%m-%d")
        fig.update_layout(title=title, barmode="group", template="plotly_white", height=760)
        fig.write_html(out, include_plotlyjs=True, full_html=True)
        return out
    relations_figure(rows, title).savefig(out, dpi=110)
    return out


def relations_figure(rows: list[DyadPeriod], title: str) -> Any:
    """The matplotlib ``Figure`` of :func:`plot_relations`' PNG: three panels (events per
    direction, net cooperation, mean Goldstein) over the periods of ``rows``.

    Raises:
        MissingExtra: matplotlib is not installed.
    """
    require_extra("plot", "matplotlib")
    from matplotlib.ticker import FuncFormatter, MultipleLocator

    directions = list(dict.fromkeys(r.direction for r in rows if r.direction != "both"))
    series = {d: [r for r in rows if r.direction == d] for d in directions}
    most = max((r.events for r in rows if r.direction != "both"), default=1)
    panels = ("events", "net cooperation (coop - conflict) / events", "mean Goldstein score")
    fig = _figure(figsize=(10, 8))
    top, middle, bottom = fig.subplots(3, 1, sharex=True)
    width = 0.8 / max(1, len(series))
    for i, (d, rs) in enumerate(series.items()):
        slots = [float(x) for x in range(len(rs))]
        shift = (i - (len(series) - 1) / 2) * width
        top.bar([x + shift for x in slots], [r.events for r in rs], width=width, label=d)
        for ax, values in (
            (middle, [r.net_cooperation for r in rs]),
            (bottom, [r.goldstein_mean for r in rs]),
        ):
            ax.plot(slots, [math.nan if v is None else v for v in values], marker="o", label=d)
    labels = [r.period.isoformat() for r in next(iter(series.values()), [])]
    every = max(1, math.ceil(len(labels) / 16))
    bottom.set_xticks(range(0, len(labels), every), labels[::every], rotation=45, ha="right", fontsize=8)
    step = count_step(most)
    top.set_ylim(0, step * math.ceil(max(most, 1) / step))
    top.yaxis.set_major_locator(MultipleLocator(step))
    top.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{round(v):d}"))
    top.set_ylabel("events")
    middle.set_ylabel("net cooperation")
    middle.set_ylim(-1.05, 1.05)
    middle.set_yticks(list(NET_TICKS))
    bottom.set_ylabel("mean Goldstein")
    bottom.set_ylim(-10.5, 10.5)
    bottom.set_yticks(list(GOLDSTEIN_TICKS))
    for ax in (middle, bottom):
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: signed(round(v, 2))))
        ax.axhline(0, color="grey", linewidth=0.5)
    for ax, name in zip((top, middle, bottom), panels, strict=True):
        ax.set_title(name, fontsize=9, loc="left")
    if series:
        top.legend()
    fig.suptitle(title)
    fig.tight_layout()
    return fig


def layout(
    nodes: list[str],
    edges: list[Pair],
    iterations: int = 300,
    seed: int = 7,
    *,
    sizes: dict[str, tuple[float, float]] | None = None,
) -> dict[str, tuple[float, float]]:
    """Node positions for a readable network drawing (deterministic for a seed).

    Each connected component gets its own Fruchterman-Reingold force layout
    (Fruchterman & Reingold 1991; more events pull harder, weight
    ``1 + log(events)``), so a component's area grows with its number of
    nodes; the largest component is placed on the left and the others,
    largest first, in columns beside it, so an isolated pair takes the room
    of two nodes instead of squeezing the rest. Last, boxes of ``sizes``
    (a node's circle and its label) that still overlap are pushed apart.

    Args:
        nodes: Node names.
        edges: Edges between them (others are ignored).
        iterations: Force-layout steps per component.
        seed: Seed of the random start.
        sizes: Each node's box ``(width, height)``, centred on the node, in
            drawing units (e.g. SVG pixels). With it, positions are returned
            in the same units, about two box sizes apart along an edge, with
            no two boxes overlapping; without it, in roughly [-1, 1].

    Returns:
        ``{node: (x, y)}`` (y grows downwards in drawing units, as in SVG).
    """
    import numpy as np

    n = len(nodes)
    if n == 0:
        return {}
    index = {name: i for i, name in enumerate(nodes)}
    box = np.array([sizes.get(v, (1.0, 1.0)) if sizes else (1.0, 1.0) for v in nodes], dtype=float)
    unit = 1.5 * float(np.median(box.max(axis=1)))
    rng = np.random.default_rng(seed)
    pos = np.zeros((n, 2))
    weight = np.zeros((n, n))
    for e in edges:
        if e.a in index and e.b in index and e.a != e.b:
            i, j = index[e.a], index[e.b]
            weight[i, j] = weight[j, i] = 1.0 + math.log(max(1, e.events))
    placed: list[tuple[np.ndarray, np.ndarray]] = []  # (member indexes, bounding box lo/hi)
    for members in _components(n, weight):
        idx = np.array(members)
        local = _force_layout(weight[np.ix_(idx, idx)], iterations, rng) * unit
        local = _separate(local, box[idx] / 2 + unit * 0.08)
        lo = (local - box[idx] / 2).min(axis=0)
        hi = (local + box[idx] / 2).max(axis=0)
        pos[idx] = local - lo
        placed.append((idx, hi - lo))
    _pack(pos, placed, gap=unit * 0.6)
    if sizes is None:
        pos -= (pos.max(axis=0) + pos.min(axis=0)) / 2
        pos /= max(float(np.abs(pos).max()), 1e-9)
    return {name: (float(pos[i, 0]), float(pos[i, 1])) for name, i in index.items()}


def _components(n: int, weight: Any) -> list[list[int]]:
    """Connected components of the weight matrix, largest first (ties by first node)."""
    seen = [False] * n
    out = []
    for start in range(n):
        if seen[start]:
            continue
        seen[start] = True
        stack, members = [start], []
        while stack:
            i = stack.pop()
            members.append(i)
            for j in weight[i].nonzero()[0]:
                if not seen[j]:
                    seen[j] = True
                    stack.append(int(j))
        out.append(sorted(members))
    return sorted(out, key=lambda m: (-len(m), m[0]))


def _force_layout(weight: Any, iterations: int, rng: Any) -> Any:
    """Fruchterman-Reingold positions of one connected component, ideal edge length 1."""
    import numpy as np

    n = len(weight)
    if n == 1:
        return np.zeros((1, 2))
    angle = np.linspace(0, 2 * np.pi, n, endpoint=False)
    radius = math.sqrt(n) / 2
    pos = radius * np.c_[np.cos(angle), np.sin(angle)] + rng.normal(0, 0.05, (n, 2))
    temperature = radius
    for step in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=-1), 1e-3)
        force = (1.0 / dist**2 - weight * dist)[:, :, None] * delta  # repulsion 1/d, attraction w d^2
        move = force.sum(axis=1) - 0.05 * pos  # a little gravity keeps leaves close
        length = np.maximum(np.linalg.norm(move, axis=1), 1e-9)[:, None]
        pos += move / length * np.minimum(length, temperature)
        temperature = radius * (1 - step / iterations) + 0.01
    return pos - pos.mean(axis=0)


def _separate(pos: Any, half: Any, rounds: int = 400) -> Any:
    """Push apart boxes (centres ``pos``, half sizes ``half``) that overlap, along their smaller overlap."""
    import numpy as np

    n = len(pos)
    pos = pos.copy()
    if n < 2:
        return pos
    jitter = np.random.default_rng(0).normal(0, 1e-3, pos.shape)
    pos += jitter * half
    for _ in range(rounds):
        d = pos[:, None, :] - pos[None, :, :]
        over = half[:, None, :] + half[None, :, :] - np.abs(d)
        hit = (over > 0).all(axis=-1)
        np.fill_diagonal(hit, False)
        if not hit.any():
            break
        along_x = over[..., 0] <= over[..., 1]
        sign = np.where(d >= 0, 1.0, -1.0)
        push = np.zeros_like(d)
        push[..., 0] = np.where(hit & along_x, sign[..., 0] * over[..., 0] / 2, 0)
        push[..., 1] = np.where(hit & ~along_x, sign[..., 1] * over[..., 1] / 2, 0)
        pos += push.sum(axis=1) * 0.6
    return pos


def _pack(pos: Any, placed: list[tuple[Any, Any]], gap: float) -> None:
    """Move each component's positions (already at its box's origin) into place, in ``pos``:
    the first (largest) component on the left, the others in columns to its right, each
    column as tall as the first component (or the square root of the total area if larger)."""
    import numpy as np

    if not placed:
        return
    first = placed[0][1]
    area = sum(float(s[0] + gap) * float(s[1] + gap) for _, s in placed)
    column_h = max(float(first[1]), math.sqrt(area))
    x, y, column_w = float(first[0]) + gap * 2, 0.0, 0.0
    for idx, size in placed[1:]:
        w, h = float(size[0]), float(size[1])
        if y > 0 and y + h > column_h:
            x, y, column_w = x + column_w + gap, 0.0, 0.0
        pos[idx] += np.array([x, y])
        y += h + gap
        column_w = max(column_w, w)
    # centre the first component vertically against the columns
    top = max((float(pos[idx][:, 1].max()) for idx, _ in placed[1:]), default=0.0)
    if placed[1:] and top > float(first[1]):
        pos[placed[0][0]] += np.array([0.0, (top - float(first[1])) / 2])


def _colour(goldstein: float) -> str:
    """Red (-10, conflict) .. grey (0) .. green (+10, cooperation), as ``rgb(r,g,b)``."""
    lo, hi = GOLDSTEIN_RANGE
    t = max(-1.0, min(1.0, 2 * (goldstein - lo) / (hi - lo) - 1))
    grey, red, green = (140, 140, 140), (198, 40, 40), (26, 127, 55)
    end = green if t >= 0 else red
    r, g, b = (round(m + (e - m) * abs(t) ** 0.7) for m, e in zip(grey, end, strict=True))
    return f"rgb({r},{g},{b})"


#: Network labels: font size (points) and the width of one capital in it (bold, about 0.7 em).
LABEL_PT = 8.0
CHAR_PT = 5.8


def network_title(nodes: list[tuple[str, int]], edges: list[Pair]) -> str:
    """A default title: ``Actor network: 56 actors, 84 pairs, 166 events``."""
    return f"Actor network: {len(nodes)} actors, {len(edges)} pairs, {sum(e.events for e in edges)} events"


def plot_network(
    nodes: list[tuple[str, int]], edges: list[Pair], path: str | Path, title: str | None = None
) -> Path:
    """Draw the actor network: edge width from the event count, colour from the mean Goldstein score.

    Node areas grow with the node's events; labels are centred on their nodes
    and never overlap (:func:`layout` with each node's label box, isolated
    components beside the largest). A subtitle states the counts and the
    encodings.

    Args:
        nodes: ``(actor, events)`` from :func:`dyadic.relations.dyads.network`.
        edges: Edges from the same call.
        path: ``.html`` (Plotly, hover shows counts) or ``.png`` (matplotlib) file.
        title: Plot title (default :func:`network_title`).

    Returns:
        The path written.

    Raises:
        PlotFormatError: unknown extension.
    """
    out = Path(path)
    kind = _kind(out)
    title = title or network_title(nodes, edges)
    subtitle = (
        f"{len(nodes)} actors (by country; IGOs by code), {len(edges)} pairs, "
        f"{sum(e.events for e in edges)} events; node area: events; "
        "edge width: events, colour: mean Goldstein score"
    )
    most = max((c for _, c in nodes), default=1)
    radius = {n: 5.0 + 10.0 * math.sqrt(c / most) for n, c in nodes}  # points
    sizes = {
        n: (max(2 * radius[n], CHAR_PT * len(n) + 4) + 4, max(2 * radius[n], LABEL_PT + 4) + 4)
        for n, _ in nodes
    }
    pos = layout([name for name, _ in nodes], edges, sizes=sizes)
    margin = 12.0
    if pos:
        x0 = min(pos[n][0] - sizes[n][0] / 2 for n in pos) - margin
        x1 = max(pos[n][0] + sizes[n][0] / 2 for n in pos) + margin
        y0 = min(pos[n][1] - sizes[n][1] / 2 for n in pos) - margin
        y1 = max(pos[n][1] + sizes[n][1] / 2 for n in pos) + margin
    else:
        x0, x1, y0, y1 = 0.0, 100.0, 0.0, 100.0
    top = max((e.events for e in edges), default=1)
    ordered = sorted(edges, key=lambda e: (e.events, e.a, e.b))  # busiest drawn last, on top

    def width(e: Pair) -> float:
        return 1.0 + 5.0 * math.log1p(e.events) / math.log1p(top)

    if kind == "html":
        require_extra("plot", "plotly")
        from plotly.graph_objects import Figure, Scatter

        fig = Figure()
        for e in ordered:
            (xa, ya), (xb, yb) = pos[e.a], pos[e.b]
            fig.add_trace(
                Scatter(
                    x=[xa, xb],
                    y=[ya, yb],
                    mode="lines",
                    hoverinfo="skip",
                    showlegend=False,
                    line={"width": width(e) * 1.3, "color": _colour(e.goldstein_mean)},
                    opacity=0.85,
                )
            )
            fig.add_trace(
                Scatter(
                    x=[(xa + xb) / 2],
                    y=[(ya + yb) / 2],
                    mode="markers",
                    showlegend=False,
                    marker={"size": 8, "opacity": 0, "color": _colour(e.goldstein_mean)},
                    hovertext=f"{e.a}/{e.b}: {e.events} events ({e.a}->{e.b} {e.a_to_b}, "
                    f"{e.b}->{e.a} {e.b_to_a}), mean Goldstein {e.goldstein_mean:+.2f}",
                    hoverinfo="text",
                )
            )
        fig.add_trace(
            Scatter(
                x=[pos[n][0] for n, _ in nodes],
                y=[pos[n][1] for n, _ in nodes],
                mode="markers+text",
                text=[n for n, _ in nodes],
                textposition="middle center",
                textfont={"size": LABEL_PT * 1.35, "color": "#0d2a4d", "family": "Arial Black, sans-serif"},
                showlegend=False,
                hovertext=[f"{n}: {c} events" for n, c in nodes],
                hoverinfo="text",
                marker={
                    "size": [2 * radius[n] * 1.35 for n, _ in nodes],
                    "color": "#dbeafb",
                    "line": {"color": "#1565c0", "width": 1.5},
                },
            )
        )
        # a colour bar for the Goldstein scale
        fig.add_trace(
            Scatter(
                x=[None],
                y=[None],
                mode="markers",
                showlegend=False,
                hoverinfo="skip",
                marker={
                    "colorscale": [[i / 10, _colour(-10 + 2 * i)] for i in range(11)],
                    "cmin": -10,
                    "cmax": 10,
                    "color": [0],
                    "showscale": True,
                    "colorbar": {"title": {"text": "mean Goldstein"}, "tickformat": "+d"},
                },
            )
        )
        scale = 1.35  # points -> CSS pixels
        fig.update_layout(
            title={"text": f"{title}<br><sup>{subtitle}</sup>"},
            template="plotly_white",
            width=int((x1 - x0) * scale) + 160,
            height=int((y1 - y0) * scale) + 140,
            margin={"l": 20, "r": 120, "t": 100, "b": 20},
            xaxis={"visible": False, "range": [x0, x1]},
            yaxis={"visible": False, "range": [y1, y0], "scaleanchor": "x"},
            hovermode="closest",
        )
        fig.write_html(out, include_plotlyjs=True, full_html=True)
        return out
    require_extra("plot", "matplotlib")
    from matplotlib.cm import ScalarMappable
    from matplotlib.colors import LinearSegmentedColormap, Normalize

    w_in, h_in = (x1 - x0) / 72, (y1 - y0) / 72  # layout units are points
    fig = _figure(figsize=(w_in + 1.6, h_in + 1.0))
    ax = fig.add_axes((0.2 / (w_in + 1.6), 0.2 / (h_in + 1.0), w_in / (w_in + 1.6), h_in / (h_in + 1.0)))
    ax.set_xlim(x0, x1)
    ax.set_ylim(y1, y0)  # y grows downwards, as in the layout
    for e in ordered:
        (xa, ya), (xb, yb) = pos[e.a], pos[e.b]
        ax.plot(
            [xa, xb],
            [ya, yb],
            color=_rgb(_colour(e.goldstein_mean)),
            linewidth=width(e),
            alpha=0.85,
            zorder=1,
        )
    ax.scatter(
        [pos[n][0] for n, _ in nodes],
        [pos[n][1] for n, _ in nodes],
        s=[(2 * radius[n]) ** 2 for n, _ in nodes],
        color="#dbeafb",
        edgecolors="#1565c0",
        linewidths=1.2,
        zorder=2,
    )
    for n, _ in nodes:
        ax.text(
            *pos[n],
            n,
            ha="center",
            va="center",
            fontsize=LABEL_PT,
            fontweight="bold",
            color="#0d2a4d",
            zorder=3,
        )
    cmap = LinearSegmentedColormap.from_list("goldstein", [_rgb(_colour(v)) for v in range(-10, 11, 2)])
    cax = fig.add_axes(((w_in + 0.5) / (w_in + 1.6), 0.25, 0.15 / (w_in + 1.6), 0.5))
    bar = fig.colorbar(ScalarMappable(norm=Normalize(-10, 10), cmap=cmap), cax=cax, label="mean Goldstein")
    bar.set_ticks([-10, -5, 0, 5, 10], labels=[signed(v) for v in (-10, -5, 0, 5, 10)])
    ax.set_axis_off()
    fig.text(0.5, 1 - 0.25 / (h_in + 1.0), title, ha="center", va="center", fontsize=12)
    fig.text(0.5, 1 - 0.55 / (h_in + 1.0), subtitle, ha="center", va="center", fontsize=8, color="#555")
    fig.savefig(out, dpi=110)
    return out


def _rgb(css: str) -> tuple[float, float, float]:
    r, g, b = (int(v) / 255 for v in css[4:-1].split(","))
    return (r, g, b)


def _figure(**kwargs: Any) -> Any:
    """A matplotlib ``Figure`` drawn with its own Agg canvas (no pyplot, no global backend)."""
    require_extra("plot", "matplotlib")
    from matplotlib.figure import Figure

    return Figure(**kwargs)
