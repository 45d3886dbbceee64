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
    g = charts.network([("IRN", 4), ("VEN", 3), ("USA", 1)], edges, size=600)
    assert all(0 < n["x"] < 600 and 0 < n["y"] < 600 for n in g["nodes"])
    assert [e["kind"] for e in g["edges"]] == ["coop", "conflict"]


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
