"""Bounded work per request (issue 14): coding on its own thread with a queue and time limit,
an article size limit for the API, a cap on URL fetches and an overall fetch deadline."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Iterator

import pytest
from api_handmade import StubCoder, make_client

from dyadic.records import Article, ArticleResult, text_article_id

SLOW_TEXT = "SLOW: Iran and Venezuela signed an energy agreement in Caracas on Monday."


class SlowCoder(StubCoder):
    """Codes a text starting with ``SLOW`` by spinning the CPU until released (as spaCy would on a
    huge article); other texts at once."""

    def __init__(self) -> None:
        super().__init__()
        self.started = threading.Event()
        self.release = threading.Event()
        self.finished = threading.Event()

    def code(self, article: Article) -> ArticleResult:
        if article.text.startswith("SLOW"):
            self.started.set()
            deadline = time.monotonic() + 20
            while not self.release.is_set() and time.monotonic() < deadline:
                sum(range(2000))  # CPU work, holding the GIL between switches
            self.finished.set()
        return super().code(article)


def _post_in_background(client, payload: dict[str, str], out: list) -> threading.Thread:
    thread = threading.Thread(target=lambda: out.append(client.post("/api/articles", json=payload)))
    thread.start()
    return thread


def test_limits_other_requests_answer_within_1_s_while_an_article_is_coded(filled_db):
    coder = SlowCoder()
    posted: list = []
    with make_client(filled_db, coder) as c:
        thread = _post_in_background(c, {"text": SLOW_TEXT}, posted)
        assert coder.started.wait(10)
        timings = {}
        for path in ("/api/events", "/api/relations?a=IRN&b=VEN", "/events", "/relations"):
            start = time.monotonic()
            resp = c.get(path)
            timings[path] = (resp.status_code, time.monotonic() - start)
        small = c.get("/api/articles", params={"limit": 1})
        assert not coder.finished.is_set()  # all of it answered while coding went on
        coder.release.set()
        thread.join(20)
    assert all(status == 200 and seconds < 1.0 for status, seconds in timings.values()), timings
    assert small.status_code == 200
    assert posted[0].status_code == 201 and posted[0].json()["text"] == SLOW_TEXT


def test_limits_a_full_coding_queue_answers_503_with_retry_after(filled_db):
    coder = SlowCoder()
    posted: list = []
    with make_client(filled_db, coder, max_queued_codings=0) as c:
        thread = _post_in_background(c, {"text": SLOW_TEXT}, posted)
        assert coder.started.wait(10)
        busy = c.post("/api/articles", json={"text": "Cuba and Iran met in Havana."})
        coder.release.set()
        thread.join(20)
        after = c.post("/api/articles", json={"text": "Cuba and Iran met in Havana."})
    assert busy.status_code == 503
    assert busy.headers["retry-after"] == "5"
    assert busy.json() == {
        "detail": "text: 0 articles are already waiting to be coded; retry later",
        "field": "text",
    }
    assert posted[0].status_code == 201 and after.status_code == 201


def test_limits_coding_past_the_time_limit_answers_503_and_stores_later(filled_db):
    coder = SlowCoder()
    with make_client(filled_db, coder, coding_timeout_s=0.3) as c:
        start = time.monotonic()
        resp = c.post("/api/articles", json={"text": SLOW_TEXT})
        waited = time.monotonic() - start
        coder.release.set()
        assert coder.finished.wait(10)
        article_id = text_article_id(SLOW_TEXT)
        for _ in range(100):  # stored by the coding thread just after the coder returns
            if c.get(f"/api/articles/{article_id}").status_code == 200:
                break
            time.sleep(0.05)
        again = c.post("/api/articles", json={"text": SLOW_TEXT})
    assert resp.status_code == 503 and resp.json()["field"] == "text"
    assert resp.json()["detail"].startswith("text: coding did not finish within the limit of 0.3 s")
    assert waited < 2
    assert again.status_code == 200 and again.json()["created"] is False
    assert len(coder.calls) == 1


def test_limits_api_article_size_limit_names_it(filled_db, stub):
    with make_client(filled_db, stub, max_api_article_chars=50) as c:
        text = c.post("/api/articles", json={"text": "Iran and Venezuela signed an energy agreement today."})
        html = c.post(
            "/api/articles",
            json={"html": "<html><body><article><p>" + "Iran and Venezuela met. " * 10 + "</p></article>"},
        )
        fits = c.post("/api/articles", json={"text": "Iran and Venezuela met."})
    assert text.status_code == 422
    assert text.json() == {"detail": "text: text is 52 characters, over the limit of 50", "field": "text"}
    assert html.status_code == 422 and html.json()["field"] == "html"
    assert "over the limit of 50" in html.json()["detail"]
    assert fits.status_code == 201
    assert len(stub.calls) == 1


def test_limits_default_api_article_limit_is_100k_characters(filled_db, stub):
    with make_client(filled_db, stub) as c:
        resp = c.post("/api/articles", json={"text": "Iran met Venezuela. " * 5001})
    assert resp.status_code == 422
    assert resp.json()["detail"] == "text: text is 100020 characters, over the limit of 100000"
    assert stub.calls == []


@pytest.fixture
def slow_site() -> Iterator[tuple[str, threading.Event, threading.Event]]:
    """A server on 127.0.0.1: ``/hold`` answers once ``release`` is set (``arrived`` is set on
    arrival); ``/drip`` sends a byte every 0.1 s."""
    arrived, release = threading.Event(), threading.Event()
    page = b"<html><body><article><p>Iran and Venezuela signed an energy agreement.</p></article></body>"

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            if self.path == "/hold":
                arrived.set()
                release.wait(10)
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(page)))
                self.end_headers()
                self.wfile.write(page)
                return
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "200")
            self.end_headers()
            try:
                for _ in range(200):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", arrived, release
    finally:
        release.set()
        server.shutdown()
        server.server_close()
        thread.join()


def test_limits_concurrent_fetches_are_capped(tmp_path, stub, slow_site):
    site, arrived, release = slow_site
    posted: list = []
    with make_client(
        str(tmp_path / "f.duckdb"), stub, allow_private_urls=True, max_concurrent_fetches=1
    ) as c:
        thread = _post_in_background(c, {"url": f"{site}/hold"}, posted)
        assert arrived.wait(10)
        busy = c.post("/api/articles", json={"url": f"{site}/hold?second"})
        text = c.post("/api/articles", json={"text": "Iran and Venezuela met."})  # not a fetch
        release.set()
        thread.join(20)
    assert busy.status_code == 503 and busy.headers["retry-after"] == "5"
    assert busy.json() == {
        "detail": "url: 1 URL fetches are already running (the limit); retry later",
        "field": "url",
    }
    assert text.status_code == 201
    assert posted[0].status_code == 201


def test_limits_url_fetch_has_an_overall_deadline(tmp_path, stub, slow_site):
    site, _, _ = slow_site
    with make_client(
        str(tmp_path / "d.duckdb"), stub, allow_private_urls=True, fetch_timeout_s=2.0, fetch_deadline_s=0.5
    ) as c:
        start = time.monotonic()
        resp = c.post("/api/articles", json={"url": f"{site}/drip"})
        elapsed = time.monotonic() - start
    assert resp.status_code == 422
    assert resp.json() == {"detail": "url: no complete answer within the deadline of 0.5 s", "field": "url"}
    assert elapsed < 2
    assert stub.calls == []


def test_limits_settings_read_from_the_environment(monkeypatch):
    from dyadic.server import ServerSettings

    monkeypatch.setenv("DYADIC_FETCH_DEADLINE_S", "12.5")
    monkeypatch.setenv("DYADIC_MAX_API_ARTICLE_CHARS", "20000")
    monkeypatch.setenv("DYADIC_ALLOWED_HOSTS", "dyadic.lan, news.example.org")
    s = ServerSettings.from_env()
    assert (s.fetch_deadline_s, s.max_api_article_chars) == (12.5, 20000)
    assert s.allowed_hosts == ("dyadic.lan", "news.example.org")
    assert s.host_names == {"127.0.0.1", "localhost", "::1", "dyadic.lan", "news.example.org"}
