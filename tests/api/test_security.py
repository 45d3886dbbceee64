"""Write-endpoint token, read-only stores, body size limit, security headers."""

from __future__ import annotations

import pytest
from api_handmade import make_client

from dyadic.server.settings import ServerSettings, is_loopback

TEXT = {"text": "Iran and Venezuela signed an energy agreement."}


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("127.3.2.1", True),
        ("::1", True),
        ("localhost", True),
        ("0.0.0.0", False),
        ("::", False),
        ("192.168.1.5", False),
        ("example.org", False),
    ],
)
def test_security_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


def test_security_token_required_off_loopback(filled_db, stub):
    with make_client(filled_db, stub, host="0.0.0.0", api_token="s3cret-token") as c:
        missing = c.post("/api/articles", json=TEXT)
        wrong = c.post("/api/articles", json=TEXT, headers={"Authorization": "Bearer nope"})
        right = c.post("/api/articles", json=TEXT, headers={"Authorization": "Bearer s3cret-token"})
        reading = c.get("/api/events")
    assert missing.status_code == 401 and missing.json()["field"] == "authorization"
    assert missing.headers["www-authenticate"] == "Bearer"
    assert wrong.status_code == 401
    assert right.status_code == 201
    assert reading.status_code == 200
    assert len(stub.calls) == 1


def test_security_writes_refused_off_loopback_without_a_token(filled_db, stub):
    with make_client(filled_db, stub, host="0.0.0.0") as c:
        resp = c.post("/api/articles", json=TEXT)
    assert resp.status_code == 403
    assert "DYADIC_API_TOKEN" in resp.json()["detail"]
    assert stub.calls == []


def test_security_token_checked_on_loopback_when_set(filled_db, stub):
    with make_client(filled_db, stub, api_token="abc") as c:
        assert c.post("/api/articles", json=TEXT).status_code == 401
        assert c.post("/api/articles", json=TEXT, headers={"Authorization": "Bearer abc"}).status_code == 201


def test_security_token_read_from_environment(monkeypatch):
    monkeypatch.setenv("DYADIC_API_TOKEN", "from-env")
    settings = ServerSettings.from_env(host="0.0.0.0")
    assert settings.api_token == "from-env" and settings.token_required


def test_security_read_only_store_refuses_writes(filled_db, stub):
    with make_client(filled_db, stub, read_only=True) as c:
        assert c.post("/api/articles", json=TEXT).status_code == 403
        assert c.get("/api/events").status_code == 200


def test_security_large_bodies_answer_413(filled_db, stub):
    with make_client(filled_db, stub, max_body_bytes=1000) as c:
        resp = c.post("/api/articles", json={"text": "x" * 2000})

        def chunks():
            yield b'{"text": "'
            for _ in range(30):
                yield b"y" * 100
            yield b'"}'

        chunked = c.post("/api/articles", content=chunks(), headers={"content-type": "application/json"})
    assert resp.status_code == 413
    assert resp.json()["field"] == "body" and "1000 bytes" in resp.json()["detail"]
    assert chunked.status_code == 413
    assert stub.calls == []


def test_security_pages_carry_a_strict_content_security_policy(client):
    resp = client.get("/")
    csp = resp.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert resp.headers["x-content-type-options"] == "nosniff"
    assert "content-security-policy" not in client.get("/api/events").headers


def _socket_client(db, stub, **settings):
    """A TestClient whose requests come from 127.0.0.1, as over a real socket (Host is checked)."""
    from fastapi.testclient import TestClient

    from dyadic.server import create_app

    app = create_app(ServerSettings(db_path=db, **settings), coder_factory=lambda s: stub)
    return TestClient(app, base_url="http://127.0.0.1:8000", client=("127.0.0.1", 50123))


# Issue 14: any Host header was accepted, the door to DNS rebinding.
@pytest.mark.parametrize(
    ("host", "status"),
    [
        ("127.0.0.1:8000", 200),
        ("localhost:8000", 200),
        ("LOCALHOST", 200),
        ("[::1]:8000", 200),
        ("192.168.1.5:8000", 200),  # an IP address cannot be a rebound name
        ("evil.example:8000", 400),
        ("127.0.0.1.nip.io:8000", 400),
        ("", 400),
        ("[::1", 400),
    ],
)
def test_security_host_header_is_checked(filled_db, stub, host, status):
    with _socket_client(filled_db, stub) as c:
        resp = c.get("/api/events", headers={"host": host})
        page = c.get("/", headers={"host": host})
    assert (resp.status_code, page.status_code) == (status, status)
    if status == 400:
        assert resp.json()["field"] == "host"
        assert resp.json()["detail"].startswith(f"host: {host!r} is not a host name this server answers to")


def test_security_allowed_hosts_from_settings(filled_db, stub):
    with _socket_client(filled_db, stub, allowed_hosts=("dyadic.lan",)) as c:
        assert c.get("/api/events", headers={"host": "dyadic.lan"}).status_code == 200
        assert c.get("/api/events", headers={"host": "other.lan"}).status_code == 400
    with _socket_client(filled_db, stub, allowed_hosts=("*",)) as c:
        assert c.get("/api/events", headers={"host": "other.lan"}).status_code == 200
    with _socket_client(filled_db, stub, host="news-box") as c:  # the bound host name
        assert c.get("/api/events", headers={"host": "news-box:8000"}).status_code == 200


@pytest.mark.parametrize(
    ("headers", "status"),
    [
        ({}, 201),  # curl, scripts: no Origin, no Referer
        ({"origin": "http://127.0.0.1:8000"}, 201),  # the /paste page
        ({"referer": "http://127.0.0.1:8000/paste"}, 201),
        ({"origin": "http://evil.example"}, 403),
        ({"origin": "http://127.0.0.1:9999"}, 403),  # another port is another origin
        ({"origin": "null"}, 403),
        ({"referer": "https://evil.example/page"}, 403),
        ({"origin": "http://evil.example", "referer": "http://127.0.0.1:8000/paste"}, 403),
    ],
)
def test_security_writes_need_the_same_origin(filled_db, stub, headers, status):
    with _socket_client(filled_db, stub) as c:
        resp = c.post("/api/articles", json=TEXT, headers=headers)
        read = c.get("/api/events", headers={"origin": "http://evil.example"})  # reads are not writes
    assert resp.status_code == status, resp.text
    assert read.status_code == 200
    if status == 403:
        assert resp.json()["field"] == "origin"
        assert resp.json()["detail"].startswith("origin: cross-origin POST refused")
        assert stub.calls == []
