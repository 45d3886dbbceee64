"""Browser tests: headless Debian chromium, driven by Playwright, on a live server.

The server (uvicorn in a thread on 127.0.0.1, a free port) holds the sample
article coded by the real pipeline, plus the hand-made article carrying
script payloads. Each page is loaded, checked for what it must draw, and
screenshotted to ``test-output/browser/``. Skipped when ``/usr/bin/chromium``
(Debian's ``chromium`` package; ``.ci/run`` installs it) or Playwright is missing.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "test-output" / "browser"
SAMPLE = ROOT / "examples" / "raisi-latin-america-tour.txt"
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which(CHROMIUM) is None,
        reason=f"{CHROMIUM} missing: install Debian's chromium (apt-get install chromium)",
    ),
]
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')"
)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, hm: Any) -> Iterator[dict[str, Any]]:
    """A live server over a store with the sample article (real pipeline) and the script-payload article."""
    import uvicorn

    from dyadic.errors import PipelineNotInstalled
    from dyadic.ingest.common import make_article
    from dyadic.pipeline import Pipeline
    from dyadic.server import ServerSettings, create_app
    from dyadic.store import Store

    try:
        pipeline = Pipeline()
    except PipelineNotInstalled as exc:
        pytest.skip(f"spaCy pipeline missing: {exc}")
    sample = make_article(
        SAMPLE.read_text(encoding="utf-8"),
        origin=str(SAMPLE),
        published=date(2023, 6, 12),
        title="Raisi leaves Tehran for a tour of Latin America",
        source="Mehr News Agency",
    )
    path = str(tmp_path_factory.mktemp("browser") / "browser.duckdb")
    with Store(path) as store:
        store.save(pipeline.code(sample))
        store.save(hm.xss_result())
    port = _free_port()
    app = create_app(ServerSettings(db_path=path, port=port), coder_factory=lambda s: pipeline)
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("test server did not start")
        time.sleep(0.05)
    try:
        yield {"url": f"http://127.0.0.1:{port}", "sample": sample, "xss": hm.xss_result().article}
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(server: dict[str, Any]) -> Iterator[Any]:
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser: Any, server: dict[str, Any]) -> Iterator[Any]:
    """A page that records console errors, dialogs and any request leaving the test server."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.problems = []  # type: ignore[attr-defined]
    pg.on("console", lambda m: m.type == "error" and pg.problems.append(f"console: {m.text}"))
    pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))
    pg.on(
        "request",
        lambda r: (
            r.url.startswith(server["url"])
            or r.url.startswith("data:")
            or pg.problems.append(f"external request: {r.url}")
        ),
    )
    try:
        yield pg
    finally:
        context.close()
    assert pg.problems == []


def _shot(page: Any, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_browser_article_highlights_and_details(page, server):
    page.goto(f"{server['url']}/articles/{server['sample'].article_id}")
    for kind in ("actor", "verb", "quote", "place"):
        assert page.locator(f"#article-text .mk-{kind}").count() > 0, kind
    left = page.locator("#article-text .mk-verb", has_text="left").first
    assert "042" in (left.get_attribute("title") or "")
    left.click()
    details = page.locator("#details")
    sp = details.inner_text()
    assert "042" in sp and "IRNGOV" in sp and "realized" in sp and "pattern" in sp
    assert details.locator("a", has_text="evidence").count() == 1
    page.locator("#legend input[data-kind=actor]").uncheck()
    assert "hide-actor" in (page.locator("#article-text").get_attribute("class") or "")
    page.locator("#legend input[data-kind=actor]").check()
    _shot(page, "article")


def test_browser_article_with_script_payloads_runs_none(page, server):
    page.goto(f"{server['url']}/articles/{server['xss'].article_id}")
    assert page.locator("#article-text script, #article-text img, #article-title script").count() == 0
    assert "<img src=x onerror=alert(1)>" in page.locator("#article-text").inner_text()
    assert page.locator("#article-title").inner_text().startswith("<script>")
    page.locator("#article-text .mk-verb").first.click()
    assert "Accuse <script>x</script>" in page.locator("#details").inner_text()
    _shot(page, "article-xss")


def test_browser_events_table_filter_and_evidence(page, server):
    page.goto(f"{server['url']}/events")
    assert page.locator("#events-table tbody tr").count() >= 5
    page.fill("#filters input[name=code]", "042")
    page.fill("#filters input[name=source]", "IRNGOV")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/events?*code=042*")
    rows = page.locator("#events-table tbody tr")
    assert rows.count() >= 1
    assert all("042" in rows.nth(i).inner_text() for i in range(rows.count()))
    first = rows.filter(has_text="left Tehran for Caracas").first
    assert "VENGOV" in first.inner_text()
    _shot(page, "events")
    first.locator("a.evidence").click()
    page.wait_for_url("**/events/*")
    assert page.locator("#evidence .mk-source").inner_text() == "Iranian President Ebrahim Raisi"
    assert page.locator("#evidence .mk-verb").inner_text() == "left"
    _shot(page, "event")


def test_browser_relations_chart(page, server):
    page.goto(f"{server['url']}/relations?a=IRN&b=VEN&by=month")
    chart = page.locator("#relations-chart")
    box = chart.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 100
    coop = page.locator("#relations-chart rect.bar.coop")
    assert coop.count() >= 1 and coop.first.bounding_box()["height"] > 10
    # June (sample), July (zero-filled), August (payload article) x (IRN->VEN, VEN->IRN, both)
    assert page.locator("#relations-table tbody tr").count() == 9
    # July has no events: no Goldstein line runs from June to August
    assert page.locator("#relations-chart polyline.goldstein").count() == 0
    assert page.locator("#relations-chart circle.goldstein-point").count() == 2
    ticks = page.locator("#relations-chart text.goldstein-tick").all_text_contents()
    assert ticks == ["\u221210", "\u22125", "0", "+5", "+10"]
    _shot(page, "relations")


def test_browser_network_nodes_and_edges(page, server):
    page.goto(f"{server['url']}/network")  # realized events: the sample's visit, the payload's accusation
    assert set(page.locator("#network g.node text").all_text_contents()) == {"IRN", "VEN"}
    page.goto(f"{server['url']}/network?status=all")  # + the planned trips to Nicaragua and Cuba
    nodes = page.locator("#network g.node")
    assert nodes.count() >= 3
    assert page.locator("#network line.edge").count() >= 2
    labels = set(page.locator("#network g.node text").all_text_contents())
    assert {"IRN", "VEN", "CUB"} <= labels
    _shot(page, "network")


def test_browser_map_base_and_places(page, server):
    page.goto(f"{server['url']}/map")
    assert page.locator("#map .countries path").count() > 150
    box = page.locator("#map .countries").bounding_box()
    assert box and box["width"] > 800
    assert page.locator("#map circle.event-place").count() >= 1
    assert page.locator("#places-table", has_text="Caracas").count() == 1
    assert page.locator("#map-legend circle").count() >= 1
    before = page.locator("#map").get_attribute("viewBox")
    r_before = float(page.locator("#map circle.event-place").first.get_attribute("r") or 0)
    page.locator("#map-tools button[data-zoom=in]").click()
    assert page.locator("#map").get_attribute("viewBox") != before
    assert float(page.locator("#map circle.event-place").first.get_attribute("r") or 0) < r_before
    page.locator("#map-tools button[data-zoom=reset]").click()
    assert page.locator("#map").get_attribute("viewBox") == "0 0 1000 500"
    _shot(page, "map")


def _overlaps(boxes: list[dict[str, float]]) -> list[tuple[int, int]]:
    return [
        (i, j)
        for i, a in enumerate(boxes)
        for j, b in enumerate(boxes[i + 1 :], i + 1)
        if a["x"] < b["x"] + b["width"] - 1
        and b["x"] < a["x"] + a["width"] - 1
        and a["y"] < b["y"] + b["height"] - 1
        and b["y"] < a["y"] + a["height"] - 1
    ]


def test_browser_network_labels_do_not_overlap(page, server):
    page.goto(f"{server['url']}/network")
    labels = page.locator("#network g.node text")
    boxes = [labels.nth(i).bounding_box() for i in range(labels.count())]
    assert all(boxes) and _overlaps(boxes) == []  # type: ignore[arg-type]
    assert all(box["height"] >= 9 for box in boxes)  # type: ignore[index]


#: A store to screenshot for docs/ (e.g. the Wikinews corpus: README, "Using it"); unset: skipped.
DOCS_STORE = os.environ.get("DYADIC_DOCS_STORE")


@pytest.mark.skipif(not DOCS_STORE, reason="set DYADIC_DOCS_STORE to a coded store to refresh docs/*.png")
def test_browser_docs_screenshots_of_a_real_store(browser):
    import uvicorn

    from dyadic.server import ServerSettings, create_app

    port = _free_port()
    app = create_app(ServerSettings(db_path=str(DOCS_STORE), port=port, read_only=True))
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    while not srv.started and thread.is_alive():
        time.sleep(0.05)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        pg = context.new_page()
        base = f"http://127.0.0.1:{port}"
        pg.goto(f"{base}/network")
        labels = pg.locator("#network g.node text")
        assert labels.count() >= 20
        assert _overlaps([labels.nth(i).bounding_box() for i in range(labels.count())]) == []
        pg.screenshot(path=str(ROOT / "docs" / "network.png"), full_page=True)
        pg.goto(f"{base}/map")
        map_clip = {"x": 0, "y": 0, "width": 1280, "height": 960}
        pg.screenshot(path=str(ROOT / "docs" / "map.png"), clip=map_clip)
        pg.goto(f"{base}/relations?a=USA&b=UKR")
        assert pg.locator("#relations-chart polyline.goldstein").count() == 0  # two months, three apart
        relations_clip = {"x": 0, "y": 0, "width": 1280, "height": 620}
        pg.screenshot(path=str(ROOT / "docs" / "relations.png"), clip=relations_clip)
    finally:
        context.close()
        srv.should_exit = True
        thread.join(timeout=10)


def test_browser_paste_codes_a_new_article(page, server):
    page.goto(f"{server['url']}/paste")
    page.fill("#paste input[name=title]", "Maduro welcomes Raisi")
    page.fill("#paste input[name=published]", "2023-06-12")
    page.fill(
        "#paste textarea[name=body]",
        "Venezuelan President Nicolas Maduro welcomed Iranian President Ebrahim Raisi in Caracas on Monday.",
    )
    _shot(page, "paste")
    page.click("#paste button[type=submit]")
    page.wait_for_url("**/articles/sha1*", timeout=60_000)
    assert page.locator("#article-title").inner_text() == "Maduro welcomes Raisi"
    assert page.locator("#article-text .mk-actor").count() >= 2
