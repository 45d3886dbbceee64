# ruff: noqa: E501  (test data: long article text and markup)
"""URL fetching (dyadic.ingest.url): refusals decided before connecting, and a
local server on 127.0.0.1 for the rest."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from dyadic.errors import InputError
from dyadic.ingest import check_url, fetch_url, read_url
from dyadic.ingest import url as url_module
from dyadic.records import Article

PAGE = (
    b"<html><head><title>Raisi in Caracas</title></head><body><article><p>Iranian President Ebrahim Raisi "
    b"arrived in Caracas on Monday evening and was welcomed by Nicolas Maduro at the Miraflores Palace."
    b"</p></article></body></html>"
)


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("ftp://example.org/a.txt", "only http and https URLs can be fetched"),
        ("file:///etc/passwd", "only http and https URLs can be fetched"),
        ("http:///path", "no host in URL"),
        (
            "http://127.0.0.1/",
            "refusing to fetch from 127.0.0.1: it resolves to 127.0.0.1 (a loopback address)",
        ),
        ("http://[::1]:8080/", "refusing to fetch from ::1: it resolves to ::1 (a loopback address)"),
        ("http://10.1.2.3/", "refusing to fetch from 10.1.2.3: it resolves to 10.1.2.3 (a private address)"),
        (
            "http://169.254.169.254/latest/meta-data/",
            "refusing to fetch from 169.254.169.254: it resolves to 169.254.169.254 (a link-local address)",
        ),
        (
            "http://[::ffff:192.168.0.1]/",
            "refusing to fetch from ::ffff:192.168.0.1: it resolves to 192.168.0.1 (a private address)",
        ),
        (
            "http://0.0.0.0/",
            "refusing to fetch from 0.0.0.0: it resolves to 0.0.0.0 (an unspecified address)",
        ),
        # IPv6 addresses that embed an IPv4 one are judged by it (issue 14: 6to4 was taken as public)
        (
            "http://[2002:7f00:1::]/",
            "refusing to fetch from 2002:7f00:1::: it resolves to 2002:7f00:1::, 6to4 for 127.0.0.1 (a loopback address)",
        ),
        (
            "http://[2002:c0a8:101::1]/",
            "refusing to fetch from 2002:c0a8:101::1: it resolves to 2002:c0a8:101::1, 6to4 for 192.168.1.1 (a private address)",
        ),
        (
            "http://[64:ff9b::7f00:1]/",
            "refusing to fetch from 64:ff9b::7f00:1: it resolves to 64:ff9b::7f00:1, NAT64 for 127.0.0.1 (a loopback address)",
        ),
        (
            "http://[64:ff9b::a9fe:a9fe]/",
            "refusing to fetch from 64:ff9b::a9fe:a9fe: it resolves to 64:ff9b::a9fe:a9fe, NAT64 for 169.254.169.254 (a link-local address)",
        ),
        (
            "http://[64:ff9b:1::a00:1]/",
            "refusing to fetch from 64:ff9b:1::a00:1: it resolves to 64:ff9b:1::a00:1 (a local-use NAT64 address)",
        ),
        (
            "http://[::ffff:7f00:1]/",
            "refusing to fetch from ::ffff:7f00:1: it resolves to 127.0.0.1 (a loopback address)",
        ),
    ],
)
def test_url_refusals_before_connecting(url, reason, monkeypatch):
    def no_connect(*args, **kwargs):
        raise AssertionError("connected")

    monkeypatch.setattr(socket, "create_connection", no_connect)
    with pytest.raises(InputError) as info:
        fetch_url(url)
    assert (info.value.origin, info.value.reason) == (url, reason)


@pytest.mark.parametrize(
    ("address", "embedded"),
    [
        ("2002:808:808::1", ("6to4", "8.8.8.8")),
        ("64:ff9b::808:808", ("NAT64", "8.8.8.8")),
        ("::ffff:8.8.8.8", ("IPv4-mapped", "8.8.8.8")),
        ("2001:db8::1", None),
        ("8.8.8.8", None),
    ],
)
def test_url_embedded_ipv4(address, embedded):
    import ipaddress

    got = url_module.embedded_ipv4(ipaddress.ip_address(address))
    assert (got and (got[0], str(got[1]))) == (embedded and embedded)


def test_url_6to4_and_nat64_of_public_addresses_allowed(monkeypatch):
    for address in ("2002:808:808::1", "64:ff9b::808:808"):
        monkeypatch.setattr(url_module, "_resolve", lambda host, port, url, a=address: [a])
        check_url("http://news.example.com/")  # no error: they stand for 8.8.8.8


def test_url_hostname_resolving_to_private_address_refused(monkeypatch):
    def fake_getaddrinfo(host, port, *args, **kwargs):
        assert host == "news.example.com"
        return [
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port)),
            (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("192.168.1.10", port)),
        ]

    monkeypatch.setattr(socket, "getaddrinfo", fake_getaddrinfo)
    with pytest.raises(InputError) as info:
        check_url("https://news.example.com/story")
    assert info.value.reason == (
        "refusing to fetch from news.example.com: it resolves to 192.168.1.10 (a private address)"
    )
    check_url("https://news.example.com/story", allow_private=True)


def test_url_read_inputs_style_errors_are_yielded():
    [error] = list(read_url("http://127.0.0.1:9/x"))
    assert (
        str(error)
        == "http://127.0.0.1:9/x: refusing to fetch from 127.0.0.1: it resolves to 127.0.0.1 (a loopback address)"
    )


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep test output quiet
        pass

    def do_GET(self):
        if self.path == "/drip":  # a byte every 0.1 s: no read ever times out
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", "100")
            self.end_headers()
            try:
                for _ in range(100):
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
        elif self.path == "/drip-headers":
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            try:
                for i in range(60):
                    self.wfile.write(f"X-Slow-{i}: 1\r\n".encode())
                    self.wfile.flush()
                    time.sleep(0.1)
            except OSError:
                pass
        elif self.path == "/page":
            self._send(200, "text/html; charset=utf-8", PAGE)
        elif self.path == "/plain":
            self._send(200, "text/plain; charset=utf-8", b"Raisi left Tehran on Monday.\r\n")
        elif self.path == "/big":
            self._send(200, "text/plain", b"x" * 2000)
        elif self.path == "/image":
            self._send(200, "image/png", b"\x89PNG\r\n\x1a\n\x00\x00\x00")
        elif self.path.startswith("/loop"):
            n = int(self.path.removeprefix("/loop") or 0)
            self._redirect(f"/loop{n + 1}")
        elif self.path == "/to-page":
            self._redirect("/page")
        elif self.path == "/to-file":
            self._redirect("file:///etc/passwd")
        else:
            self._send(404, "text/plain", b"nothing here")

    def _send(self, status, content_type, body):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location):
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


def test_url_fetch_local_page(server):
    page = fetch_url(f"{server}/page", allow_private=True)
    assert (page.url, page.status, page.content_type, page.charset, page.body) == (
        f"{server}/page",
        200,
        "text/html",
        "utf-8",
        PAGE,
    )


def test_url_read_url_html_and_text(server):
    [article] = list(read_url(f"{server}/to-page", allow_private=True))
    assert isinstance(article, Article)
    assert article.title == "Raisi in Caracas"
    assert article.url == f"{server}/page"
    assert article.origin == f"{server}/to-page"
    assert article.text.startswith("Iranian President Ebrahim Raisi arrived in Caracas")
    [plain] = list(read_url(f"{server}/plain", allow_private=True))
    assert plain.text == "Raisi left Tehran on Monday.\n"


def test_url_http_error(server):
    with pytest.raises(InputError) as info:
        fetch_url(f"{server}/missing", allow_private=True)
    assert str(info.value) == f"{server}/missing: HTTP 404 Not Found"


def test_url_too_large(server):
    with pytest.raises(InputError) as info:
        fetch_url(f"{server}/big", max_bytes=1000, allow_private=True)
    assert info.value.reason == "response is larger than 1000 bytes"


def test_url_too_many_redirects(server):
    with pytest.raises(InputError) as info:
        fetch_url(f"{server}/loop", max_redirects=3, allow_private=True)
    assert str(info.value) == f"{server}/loop: more than 3 redirects"


def test_url_redirect_to_refused_scheme(server):
    with pytest.raises(InputError) as info:
        fetch_url(f"{server}/to-file", allow_private=True)
    assert str(info.value) == (
        f"{server}/to-file: redirect to file:///etc/passwd refused: only http and https URLs can be fetched"
    )


def test_url_connected_address_checked_again(server, monkeypatch):
    # The pre-connection check is fooled (as by DNS rebinding); the peer check still refuses.
    monkeypatch.setattr(url_module, "_resolve", lambda host, port, url: ["93.184.216.34"])
    with pytest.raises(InputError) as info:
        fetch_url(f"{server}/page")
    assert str(info.value) == (
        f"{server}/page: refusing to fetch from 127.0.0.1: it resolves to 127.0.0.1 (a loopback address)"
    )


def test_url_binary_content(server):
    [error] = list(read_url(f"{server}/image", allow_private=True))
    assert str(error) == f"{server}/image: binary content (image/png), not text"


def test_url_overall_deadline_stops_a_dripping_body(server):
    # Issue 14: a per-read timeout never fires on a server sending a byte at a time (43.7 s with a 2 s timeout).
    start = time.monotonic()
    with pytest.raises(InputError) as info:
        fetch_url(f"{server}/drip", timeout_s=2, deadline_s=0.5, allow_private=True)
    elapsed = time.monotonic() - start
    assert info.value.reason == "no complete answer within the deadline of 0.5 s"
    assert elapsed < 1.5


def test_url_overall_deadline_stops_dripping_headers(server):
    start = time.monotonic()
    [error] = list(read_url(f"{server}/drip-headers", timeout_s=2, deadline_s=0.5, allow_private=True))
    assert isinstance(error, InputError)
    assert error.reason == "no complete answer within the deadline of 0.5 s"
    assert time.monotonic() - start < 1.5


def test_url_deadline_leaves_a_quick_fetch_alone(server):
    page = fetch_url(f"{server}/page", deadline_s=5, allow_private=True)
    assert page.body == PAGE
