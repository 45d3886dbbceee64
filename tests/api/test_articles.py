"""POST /api/articles: coding text, HTML and URLs; input errors; URL refusals (SSRF)."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import api_handmade as handmade
import pytest
from api_handmade import make_client

HTML_PAGE = (
    "<html><head><title>Raisi leaves for Caracas</title></head><body><nav>Home | World</nav>"
    f"<article><h1>Raisi leaves for Caracas</h1><p>{handmade.VISIT_TEXT}</p></article>"
    "<footer>All rights reserved</footer></body></html>"
)


def test_articles_post_text_codes_stores_and_returns_it(client, stub):
    text = "Iran and Venezuela signed an energy agreement in Caracas on Tuesday."
    resp = client.post(
        "/api/articles",
        json={"text": text, "title": "Deal", "published": "2023-06-13", "source": "Test Wire"},
    )
    assert resp.status_code == 201, resp.text
    body = resp.json()
    assert body["id"].startswith("sha1:") and body["created"] is True
    assert (body["title"], body["published"], body["source"], body["text"]) == (
        "Deal",
        "2023-06-13",
        "Test Wire",
        text,
    )
    assert {"events", "quotations", "places", "mentions"} <= set(body)
    assert stub.calls[0].published.isoformat() == "2023-06-13"
    assert client.get(f"/api/articles/{body['id']}").status_code == 200


def test_articles_post_returns_events_quotations_places(new_db, stub):
    with make_client(new_db("empty"), stub) as c:
        resp = c.post("/api/articles", json={"text": handmade.VISIT_TEXT, "published": "2023-06-12"})
    assert resp.status_code == 201
    body = resp.json()
    ev = next(e for e in body["events"] if e["cameo"] == "042")
    assert (ev["source"]["code"], ev["target"]["code"]) == ("IRNGOV", "VENGOV")
    assert len(body["quotations"]) == 1 and len(body["places"]) == 3


def test_articles_post_same_text_twice_is_not_coded_again(client, stub):
    resp = client.post("/api/articles", json={"text": handmade.VISIT_TEXT})
    assert resp.status_code == 200
    assert resp.json()["created"] is False
    assert resp.json()["title"] == "Raisi leaves for Caracas"  # the stored article
    assert stub.calls == []


def test_articles_post_html_extracts_main_text(client, stub):
    resp = client.post("/api/articles", json={"html": HTML_PAGE, "source": "Mehr"})
    assert resp.status_code in (200, 201), resp.text
    sent = stub.calls[0] if stub.calls else None
    body = resp.json()
    assert "Home | World" not in body["text"] and "Ebrahim Raisi left Tehran" in body["text"]
    assert sent is None or sent.source == "Mehr"


@pytest.mark.parametrize(
    ("payload", "field", "words"),
    [
        ({}, "text", "exactly one of text, html or url"),
        ({"text": "a", "url": "https://example.org/"}, "text", "got text, url"),
        ({"text": "   "}, "text", "empty"),
        ({"html": "<html><body></body></html>"}, "html", "no article text"),
        ({"text": "x", "published": "12/06/2023"}, "published", "date"),
        ({"text": 5}, "text", "string"),
        (
            {"text": "Iran met Venezuela.", "published": "9999-12-31"},
            "published",
            "is outside 1900-01-01 .. ",
        ),
        (
            {"text": "Iran met Venezuela.", "published": "0001-01-01"},
            "published",
            "is outside 1900-01-01 .. ",
        ),
        ({"url": "http://[::1"}, "url", "invalid URL: Invalid IPv6 URL"),
        ({"url": "javascript:alert(1)"}, "url", "only http and https"),
    ],
)
def test_articles_post_bad_input_answers_422_naming_the_field(client, stub, payload, field, words):
    resp = client.post("/api/articles", json=payload)
    assert resp.status_code == 422, resp.text
    body = resp.json()
    assert body["field"] == field
    assert body["detail"].startswith(f"{field}: ") and words in body["detail"]
    assert stub.calls == []


def test_articles_post_invalid_json_answers_422(client):
    resp = client.post("/api/articles", content=b"{not json", headers={"content-type": "application/json"})
    assert resp.status_code == 422
    assert resp.json()["field"] == "body"


def test_articles_post_text_over_the_character_limit_is_refused(filled_db, stub):
    from dyadic.config import Settings

    with make_client(filled_db, stub, coding=Settings(max_article_chars=20)) as c:
        resp = c.post("/api/articles", json={"text": "x" * 21})
    assert resp.status_code == 422
    assert resp.json()["detail"] == "text: text is 21 characters, over the limit of 20"


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("http://127.0.0.1:9/article", "loopback"),
        ("http://localhost/article", "loopback"),
        ("http://[::1]/", "loopback"),
        ("http://10.1.2.3/", "private"),
        ("http://192.168.0.1/admin", "private"),
        ("http://169.254.169.254/latest/meta-data/", "link-local"),
        ("file:///etc/passwd", "only http and https"),
        ("gopher://example.org/", "only http and https"),
    ],
)
def test_articles_post_url_refuses_non_public_addresses(client, stub, url, words):
    resp = client.post("/api/articles", json={"url": url})
    assert resp.status_code == 422, resp.text
    body = resp.json()
    assert body["field"] == "url"
    assert body["detail"].startswith("url: ") and words in body["detail"]
    assert stub.calls == []


@pytest.fixture
def local_site() -> Iterator[str]:
    """An HTTP server on 127.0.0.1 serving :data:`HTML_PAGE` at ``/a`` and redirecting ``/loop`` to itself."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            if self.path == "/loop":
                self.send_response(302)
                self.send_header("Location", "/loop")
                self.end_headers()
                return
            data = HTML_PAGE.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_articles_post_url_fetches_when_private_addresses_are_allowed(tmp_path, stub, local_site):
    with make_client(str(tmp_path / "u.duckdb"), stub, allow_private_urls=True) as c:
        resp = c.post("/api/articles", json={"url": f"{local_site}/a"})
        loop = c.post("/api/articles", json={"url": f"{local_site}/loop"})
    assert resp.status_code == 201, resp.text
    assert "Ebrahim Raisi left Tehran for Caracas" in resp.json()["text"]
    assert resp.json()["url"] == f"{local_site}/a"
    assert loop.status_code == 422 and "redirects" in loop.json()["detail"]


def test_articles_post_url_on_loopback_is_refused_by_default(client, local_site):
    resp = client.post("/api/articles", json={"url": f"{local_site}/a"})
    assert resp.status_code == 422
    assert "refusing to fetch from 127.0.0.1" in resp.json()["detail"]


# Issue 14: a lone surrogate in POSTed text was a 500 (it cannot be encoded to store it).
@pytest.mark.parametrize(
    ("raw", "field", "detail"),
    [
        (
            b'{"text": "Iran met \\ud800 Venezuela."}',
            "text",
            "text: lone surrogate U+D800 at character 9 is not valid Unicode",
        ),
        (
            b'{"text": "Iran met Venezuela.", "source": "Mehr \\udfff"}',
            "source",
            "source: Input should be a valid string, unable to parse raw data as a unicode string",
        ),
        (
            b'{"html": "<p>Iran \\udc80 met Venezuela.</p>"}',
            "html",
            "html: lone surrogate U+DC80 at character 8 is not valid Unicode",
        ),
        (
            b'{"url": "https://example.org/\\ud83d"}',
            "url",
            "url: lone surrogate U+D83D at character 20 is not valid Unicode",
        ),
    ],
)
def test_articles_post_lone_surrogate_answers_422(client, stub, raw, field, detail):
    resp = client.post("/api/articles", content=raw, headers={"content-type": "application/json"})
    assert resp.status_code == 422, resp.text
    body = resp.json()
    assert (body["detail"], body["field"]) == (detail, field)
    assert stub.calls == []


def test_articles_post_surrogate_pair_is_fine(client, stub):
    resp = client.post(
        "/api/articles",
        content=b'{"text": "Iran met Venezuela \\ud83d\\ude00."}',
        headers={"content-type": "application/json"},
    )
    assert resp.status_code == 201
    assert resp.json()["text"] == "Iran met Venezuela \U0001f600."
