"""Plots of dyadic relations and of the actor network.

``.html`` files are Plotly pages with plotly.js embedded (they open offline);
``.png`` files are drawn with matplotlib (Agg), which needs no browser,
unlike Plotly's kaleido export.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from dyadic.extras import require_extra
from dyadic.relations.dyads import DyadPeriod, Pair

GOLDSTEIN_RANGE = (-10.0, 10.0)


class PlotFormatError(ValueError):
    """The plot file's extension is neither ``.html`` nor ``.png``."""


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in (".html", ".png"):
        raise PlotFormatError(f"{path}: plot files must end in .html or .png")
    return suffix[1:]


def plot_relations(rows: list[DyadPeriod], path: str | Path, title: str) -> Path:
    """Draw a relations time series: events per period and net cooperation, per direction.

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
    if kind == "html":
        require_extra("plot", "plotly")
        from plotly.graph_objects import Bar, Scatter
        from plotly.subplots import make_subplots

        fig = make_subplots(
            rows=2,
            cols=1,
            shared_xaxes=True,
            vertical_spacing=0.08,
            subplot_titles=("events", "net cooperation (coop - conflict) / events"),
        )
        for d, rs in series.items():
            xs = [r.period.isoformat() for r in rs]
            fig.add_trace(Bar(x=xs, y=[r.events for r in rs], name=f"{d} events"), row=1, col=1)
            fig.add_trace(
                Scatter(
                    x=xs,
                    y=[r.net_cooperation for r in rs],
                    mode="lines+markers",
                    name=f"{d} net cooperation",
                    connectgaps=False,
                ),
                row=2,
                col=1,
            )
        fig.update_yaxes(range=[-1.05, 1.05], row=2, col=1)
        fig.update_layout(title=title, barmode="group", template="plotly_white")
        fig.write_html(out, include_plotlyjs=True, full_html=True)
        return out
    fig = _figure(figsize=(10, 6))
    top, bottom = fig.subplots(2, 1, sharex=True)
    width = 0.8 / max(1, len(series))
    for i, (d, rs) in enumerate(series.items()):
        slots = [float(x) for x in range(len(rs))]
        shift = (i - (len(series) - 1) / 2) * width
        top.bar([x + shift for x in slots], [r.events for r in rs], width=width, label=d)
        bottom.plot(
            slots,
            [math.nan if r.net_cooperation is None else r.net_cooperation for r in rs],
            marker="o",
            label=d,
        )
    labels = [r.period.isoformat() for r in next(iter(series.values()), [])]
    bottom.set_xticks(range(len(labels)), labels, rotation=45, ha="right", fontsize=8)
    top.set_ylabel("events")
    bottom.set_ylabel("net cooperation")
    bottom.set_ylim(-1.05, 1.05)
    bottom.axhline(0, color="grey", linewidth=0.5)
    top.legend()
    fig.suptitle(title)
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    return out


def layout(
    nodes: list[str], edges: list[Pair], iterations: int = 200, seed: int = 7
) -> dict[str, tuple[float, float]]:
    """Node positions by a Fruchterman-Reingold force layout (deterministic for a seed).

    Args:
        nodes: Node names.
        edges: Edges; more events pull harder (weight ``log1p(events)``).

    Returns:
        ``{node: (x, y)}`` in roughly [-1, 1].
    """
    import numpy as np

    n = len(nodes)
    if n == 0:
        return {}
    rng = np.random.default_rng(seed)
    angle = np.linspace(0, 2 * np.pi, n, endpoint=False)
    pos = np.c_[np.cos(angle), np.sin(angle)] + rng.normal(0, 0.01, (n, 2))
    index = {name: i for i, name in enumerate(nodes)}
    weight = np.zeros((n, n))
    for e in edges:
        i, j = index[e.a], index[e.b]
        weight[i, j] = weight[j, i] = math.log1p(e.events)
    k = 1.0 / math.sqrt(n)
    temperature = 0.1
    for _ in range(iterations):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.maximum(np.linalg.norm(delta, axis=-1), 1e-3)
        force = (k * k / dist**2 - weight * dist / k)[:, :, None] * delta
        move = force.sum(axis=1) - 0.5 * k * pos  # a little gravity keeps components together
        length = np.maximum(np.linalg.norm(move, axis=1), 1e-9)[:, None]
        pos += move / length * np.minimum(length, temperature)
        temperature *= 0.98
    pos -= pos.mean(axis=0)
    pos /= max(float(np.abs(pos).max()), 1e-9)
    return {name: (float(pos[i, 0]), float(pos[i, 1])) for name, i in index.items()}


def _colour(goldstein: float) -> str:
    """Red (-10, conflict) .. grey (0) .. green (+10, cooperation), as ``rgb(r,g,b)``."""
    lo, hi = GOLDSTEIN_RANGE
    t = max(0.0, min(1.0, (goldstein - lo) / (hi - lo)))
    if t < 0.5:
        r, g, b = 200, int(60 + 280 * t), int(60 + 280 * t)
    else:
        r, g, b = int(200 - 340 * (t - 0.5)), 200, int(200 - 340 * (t - 0.5))
    return f"rgb({r},{g},{b})"


def plot_network(nodes: list[tuple[str, int]], edges: list[Pair], path: str | Path, title: str) -> Path:
    """Draw the actor network: edge width from the event count, colour from the mean Goldstein score.

    Args:
        nodes: ``(actor, events)`` from :func:`dyadic.relations.dyads.network`.
        edges: Edges from the same call.
        path: ``.html`` (Plotly, hover shows counts) or ``.png`` (matplotlib) file.
        title: Plot title.

    Returns:
        The path written.

    Raises:
        PlotFormatError: unknown extension.
    """
    out = Path(path)
    kind = _kind(out)
    pos = layout([name for name, _ in nodes], edges)
    top = max((e.events for e in edges), default=1)

    def width(e: Pair) -> float:
        return 1.0 + 7.0 * math.log1p(e.events) / math.log1p(top)

    if kind == "html":
        require_extra("plot", "plotly")
        from plotly.graph_objects import Figure, Scatter

        fig = Figure()
        for e in edges:
            (x0, y0), (x1, y1) = pos[e.a], pos[e.b]
            fig.add_trace(
                Scatter(
                    x=[x0, x1],
                    y=[y0, y1],
                    mode="lines",
                    hoverinfo="skip",
                    showlegend=False,
                    line={"width": width(e), "color": _colour(e.goldstein_mean)},
                )
            )
            fig.add_trace(
                Scatter(
                    x=[(x0 + x1) / 2],
                    y=[(y0 + y1) / 2],
                    mode="markers",
                    showlegend=False,
                    marker={"size": 6, "opacity": 0, "color": _colour(e.goldstein_mean)},
                    hovertext=f"{e.a}/{e.b}: {e.events} events ({e.a}->{e.b} {e.a_to_b}, "
                    f"{e.b}->{e.a} {e.b_to_a}), mean Goldstein {e.goldstein_mean:+.2f}",
                    hoverinfo="text",
                )
            )
        most = max((c for _, c in nodes), default=1)
        fig.add_trace(
            Scatter(
                x=[pos[n][0] for n, _ in nodes],
                y=[pos[n][1] for n, _ in nodes],
                mode="markers+text",
                text=[n for n, _ in nodes],
                textposition="top center",
                showlegend=False,
                hovertext=[f"{n}: {c} events" for n, c in nodes],
                hoverinfo="text",
                marker={"size": [8 + 22 * math.sqrt(c / most) for _, c in nodes], "color": "#4a6fa5"},
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
                    "colorscale": [[0, _colour(-10)], [0.5, _colour(0)], [1, _colour(10)]],
                    "cmin": -10,
                    "cmax": 10,
                    "color": [0],
                    "showscale": True,
                    "colorbar": {"title": {"text": "mean Goldstein"}},
                },
            )
        )
        fig.update_layout(
            title=title,
            template="plotly_white",
            xaxis={"visible": False},
            yaxis={"visible": False, "scaleanchor": "x"},
            hovermode="closest",
        )
        fig.write_html(out, include_plotlyjs=True, full_html=True)
        return out
    fig = _figure(figsize=(9, 9))
    from matplotlib.cm import ScalarMappable
    from matplotlib.colors import LinearSegmentedColormap, Normalize

    ax = fig.subplots()
    for e in edges:
        (x0, y0), (x1, y1) = pos[e.a], pos[e.b]
        ax.plot([x0, x1], [y0, y1], color=_rgb(_colour(e.goldstein_mean)), linewidth=width(e), zorder=1)
    ax.scatter([pos[n][0] for n, _ in nodes], [pos[n][1] for n, _ in nodes], s=80, color="#4a6fa5", zorder=2)
    for n, _ in nodes:
        ax.annotate(n, pos[n], textcoords="offset points", xytext=(0, 6), ha="center", fontsize=8)
    cmap = LinearSegmentedColormap.from_list("goldstein", [_rgb(_colour(v)) for v in (-10, 0, 10)])
    fig.colorbar(
        ScalarMappable(norm=Normalize(-10, 10), cmap=cmap), ax=ax, shrink=0.6, label="mean Goldstein"
    )
    ax.set_axis_off()
    ax.set_title(title)
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
