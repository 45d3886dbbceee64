"""Highlight segments, chart geometry and the world map projection."""

from __future__ import annotations

from dyadic.relations import Pair
from dyadic.web import charts, worldmap
from dyadic.web.highlight import Mark, segments


def test_highlight_segments_cover_text_and_split_overlaps():
    text = "He said Iran left."
    quote = Mark("q0", "quote", 8, 17, "q")
    actor = Mark("m0", "actor", 8, 12, "a")
    verb = Mark("e0", "verb", 13, 17, "v")
    segs = segments(text, [verb, quote, actor])
    assert "".join(s.text for s in segs) == text
    assert [(s.text, s.keys) for s in segs] == [
        ("He said ", ""),
        ("Iran", "q0 m0"),
        (" ", "q0"),
        ("left", "q0 e0"),
        (".", ""),
    ]
    assert segs[1].classes == "mk mk-actor mk-quote"


def test_highlight_segments_window_clips_marks():
    segs = segments("abcdef", [Mark("a", "actor", 1, 5, "x")], lo=2, hi=4)
    assert [(s.text, s.start, s.keys) for s in segs] == [("cd", 2, "a")]


def test_charts_relation_chart_scales_bars_and_goldstein():
    rows = [
        {"period": "2023-06-01", "cooperation": 2, "conflict": 0, "goldstein_mean": 5.0},
        {"period": "2023-07-01", "cooperation": 0, "conflict": 1, "goldstein_mean": None},
    ]
    c = charts.relation_chart(rows)
    coop, conflict = c["bars"][0], c["bars"][3]
    half = (c["bottom"] - c["top"]) / 2
    assert coop.h == round(half, 1) and coop.y == round(c["zero_y"] - half, 1)
    assert conflict.h == round(half / 2, 1) and conflict.y == c["zero_y"]
    assert len(c["points"]) == 1 and c["points"][0][1] == round(c["zero_y"] - half / 2, 1)


def test_charts_network_positions_nodes_inside_the_drawing():
    edges = [Pair("IRN", "VEN", 3, 2, 1, 2.0, 1.0), Pair("IRN", "USA", 1, 0, 1, -2.0, -1.0)]
    g = charts.network([("IRN", 4), ("VEN", 3), ("USA", 1)], edges)
    assert all(0 < n["x"] < g["width"] and 0 < n["y"] < g["height"] for n in g["nodes"])
    assert [e["kind"] for e in g["edges"]] == ["conflict", "coop"]  # lightest first, busiest on top
    assert g["edges"][0]["colour"] != g["edges"][1]["colour"]


def _big_network(n_main: int = 150, n_pairs: int = 4) -> tuple[list[tuple[str, int]], list[Pair]]:
    """A hub-and-spoke main component with cross links, and isolated pairs (as in the Wikinews store)."""
    names = [f"A{i:03d}" for i in range(n_main)]
    edges = [Pair(names[0], b, 5, 3, 2, 1.0, 1.0) for b in names[1:12]]
    edges += [Pair(names[i % 12], names[i], 1 + i % 3, 1, 0, -2.0, -1.0) for i in range(12, n_main)]
    edges += [Pair(f"IGOPAIR{k}A", f"IGOPAIR{k}B", 2, 1, 1, 3.0, 1.0) for k in range(n_pairs)]
    degree: dict[str, int] = {}
    for e in edges:
        degree[e.a] = degree.get(e.a, 0) + e.events
        degree[e.b] = degree.get(e.b, 0) + e.events
    return sorted(degree.items(), key=lambda kv: -kv[1]), edges


def test_charts_network_150_actors_labels_do_not_collide():
    nodes, edges = _big_network()
    g = charts.network(nodes, edges)
    boxes = [(n["x"], n["y"], n["box_w"] - 6, n["box_h"] - 6, n["code"]) for n in g["nodes"]]
    clashes = [
        (a[4], b[4])
        for i, a in enumerate(boxes)
        for b in boxes[i + 1 :]
        if abs(a[0] - b[0]) < (a[2] + b[2]) / 2 and abs(a[1] - b[1]) < (a[3] + b[3]) / 2
    ]
    assert clashes == []
    # the isolated pairs sit beside the main component, not across or inside it
    main_x = [n["x"] for n in g["nodes"] if n["code"].startswith("A")]
    pair_x = [n["x"] for n in g["nodes"] if n["code"].startswith("IGOPAIR")]
    assert min(pair_x) > max(main_x)
    # the main component keeps most of the drawing's width
    assert (max(main_x) - min(main_x)) > 0.6 * g["width"]
    assert all(1.5 <= e["width"] <= 8 for e in g["edges"])


def test_charts_relation_chart_breaks_the_goldstein_line_at_empty_periods():
    rows = [
        {"period": "2023-01-01", "cooperation": 1, "conflict": 0, "goldstein_mean": 3.0},
        {"period": "2023-02-01", "cooperation": 2, "conflict": 1, "goldstein_mean": 1.0},
        {"period": "2023-03-01", "cooperation": 0, "conflict": 0, "goldstein_mean": None},
        {"period": "2023-04-01", "cooperation": 0, "conflict": 3, "goldstein_mean": -7.0},
        {"period": "2023-05-01", "cooperation": 0, "conflict": 1, "goldstein_mean": -2.0},
    ]
    c = charts.relation_chart(rows)
    assert c["goldstein"] == [3.0, 1.0, None, -7.0, -2.0]
    assert len(c["lines"]) == 2  # Jan-Feb, Apr-May: no segment across March
    march_x = c["ticks"][2][0]
    for line in c["lines"]:
        xs = [float(p.split(",")[0]) for p in line.split()]
        assert not min(xs) < march_x < max(xs)
    labels = [label for _, label in c["goldstein_ticks"]]
    assert labels == ["\u221210", "\u22125", "0", "+5", "+10"]
    assert any("\u22127.00" in label for _, _, label in c["points"])
    # cooperation counts up, conflict counts down, read as a signed axis: 3 below zero is "−3" (issue 13)
    assert [(up, down) for _, _, up, down in c["count_ticks"]] == [
        ("0", "0"),
        ("1", "\u22121"),
        ("2", "\u22122"),
        ("3", "\u22123"),
    ]
    ys = [(y_up, y_down) for y_up, y_down, _, _ in c["count_ticks"]]
    assert ys[0][0] == ys[0][1] == c["zero_y"] and all(u < c["zero_y"] < d for u, d in ys[1:])


def test_charts_count_ticks_are_whole_numbers():
    for most in (1, 2, 3, 7, 11, 48, 260, 1234):
        ticks = charts.count_ticks(most)
        assert all(isinstance(t, int) for t in ticks) and ticks[0] == 0 and ticks[-1] >= most
        assert len(ticks) <= 7
    assert charts.signed(-7) == "\u22127" and charts.signed(0) == "0" and charts.signed(2.5) == "+2.5"


def test_worldmap_project_equirectangular():
    assert worldmap.project(0, 0) == (worldmap.WIDTH / 2, worldmap.HEIGHT / 2)
    assert worldmap.project(90, -180) == (0, 0)
    x, y = worldmap.project(10.488, -66.879)  # Caracas
    assert round(x) == 314 and round(y) == 221


def test_worldmap_country_paths_from_natural_earth():
    names = {name for name, _ in worldmap.country_paths()}
    assert {"Iran", "Venezuela", "Cuba", "Nicaragua"} <= names
    assert len(names) > 170


def test_worldmap_rings_across_the_antimeridian_do_not_span_the_map():
    for name, d in worldmap.country_paths():
        for sub in d.split("M")[1:]:
            xs = [float(p.split(",")[0]) for p in sub.rstrip("Z").split("L")]
            jumps = [abs(b - a) for a, b in zip(xs, xs[1:], strict=False)]
            assert max(jumps, default=0) < worldmap.WIDTH / 2 or name == "Antarctica", name
