"""Fetching articles over HTTP(S) with the standard library, safely.

:func:`fetch_url` refuses, before connecting, any URL whose scheme is not
``http``/``https`` and any host that resolves (``socket.getaddrinfo``) to a
loopback, private, link-local, multicast, reserved or otherwise non-global
address, unless ``allow_private``. IPv6 addresses that embed an IPv4 one
(IPv4-mapped ``::ffff:0:0/96``, 6to4 ``2002::/16``, NAT64 ``64:ff9b::/96``,
Teredo) are judged by the IPv4 address they embed; local-use NAT64
(``64:ff9b:1::/48``) is refused. Every redirect is checked the same way, and
the address actually connected to is checked again (so a DNS answer that
changes between the check and the connection is still refused). Environment
proxies are not used. An optional overall deadline bounds a whole fetch
(redirects and a server that sends a byte at a time included; name
resolution is not interrupted).
"""

from __future__ import annotations

import functools
import http.client
import ipaddress
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any
from urllib.parse import urljoin, urlsplit

from dyadic import __version__
from dyadic.errors import InputError
from dyadic.ingest.common import (
    DEFAULT_MAX_CHARS,
    check_text,
    decode_text,
    looks_binary,
    make_article,
    sniff_kind,
)
from dyadic.ingest.feeds import read_feed
from dyadic.ingest.html import article_from_html
from dyadic.records import Article

USER_AGENT = f"dyadic/{__version__}"


@dataclass(frozen=True)
class FetchedPage:
    """A fetched HTTP response body.

    Attributes:
        url: The final URL, after redirects.
        status: HTTP status code (2xx).
        content_type: Media type without parameters, lower case (``text/html``), or ``""``.
        charset: The ``charset`` parameter of ``Content-Type``, or None.
        body: The body's bytes, at most ``max_bytes``.
    """

    url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes


def check_url(url: str, *, allow_private: bool = False) -> None:
    """Refuse a URL that :func:`fetch_url` must not connect to; no connection is made.

    Raises:
        InputError: ``invalid URL: ...`` (``http://[::1``: ``Invalid IPv6
            URL``); ``only http and https URLs can be fetched``; ``no host in
            URL``; ``cannot resolve host 'h': ...``; ``refusing to fetch from
            HOST: it resolves to ADDRESS (a loopback/private/... address)``.
    """
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError as e:  # an unclosed or bad IPv6 bracket
        raise InputError(url, f"invalid URL: {e}") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError(url, "only http and https URLs can be fetched")
    if not host:
        raise InputError(url, "no host in URL")
    if allow_private:
        return
    try:
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        raise InputError(url, "invalid port in URL") from None
    for address in _resolve(host, port, url):
        _check_address(address, host, url)


def _resolve(host: str, port: int, url: str) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as e:
        raise InputError(url, f"cannot resolve host {host!r}: {e}") from None
    return [str(info[4][0]) for info in infos]


_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_NAT64_LOCAL = ipaddress.ip_network("64:ff9b:1::/48")


def embedded_ipv4(
    ip: ipaddress.IPv4Address | ipaddress.IPv6Address,
) -> tuple[str, ipaddress.IPv4Address] | None:
    """The IPv4 address an IPv6 address stands for, with the mechanism's name, or None.

    IPv4-mapped (``::ffff:a.b.c.d``), 6to4 (``2002:AABB:CCDD::/48``, RFC 3056),
    NAT64 with the well-known prefix (``64:ff9b::a.b.c.d``, RFC 6052) and
    Teredo (``2001::/32``, the client address, RFC 4380).
    """
    if not isinstance(ip, ipaddress.IPv6Address):
        return None
    if ip.ipv4_mapped is not None:
        return "IPv4-mapped", ip.ipv4_mapped
    if ip.sixtofour is not None:
        return "6to4", ip.sixtofour
    if ip in _NAT64:
        return "NAT64", ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.teredo is not None:
        return "Teredo", ip.teredo[1]
    return None


def _check_address(address: str, host: str, url: str) -> None:
    """Refuse a non-global address; an IPv6 address that embeds an IPv4 one (see
    :func:`embedded_ipv4`) is judged by the IPv4 address (Teredo: by both)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # drop an IPv6 zone id
    embedded = embedded_ipv4(ip)
    kind: str | None
    if isinstance(ip, ipaddress.IPv6Address) and ip in _NAT64_LOCAL:
        kind, shown = "local-use NAT64", str(ip)
    elif embedded is None:
        kind, shown = _non_global_kind(ip), str(ip)
    else:
        mechanism, v4 = embedded
        kind = _non_global_kind(v4)
        if mechanism == "Teredo":  # the relay, not the client, is reached: both must be global
            kind = kind or _non_global_kind(ip)
        shown = str(v4) if mechanism == "IPv4-mapped" else f"{ip}, {mechanism} for {v4}"
    if kind:
        article = "an" if kind[0] in "aeiou" else "a"
        reason = f"refusing to fetch from {host}: it resolves to {shown} ({article} {kind} address)"
        raise InputError(url, reason)


def _non_global_kind(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    for kind in ("loopback", "link_local", "unspecified", "multicast", "reserved", "private"):
        if getattr(ip, f"is_{kind}"):
            return kind.replace("_", "-")
    return None if ip.is_global else "non-global"


class _Deadline:
    """An overall time limit for one fetch: when it passes, every socket opened under it is
    shut down, which ends any read or TLS handshake blocked on it."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.expired = False
        self._end = None if seconds is None else time.monotonic() + seconds
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None
        if seconds is not None:
            self._timer = threading.Timer(seconds, self._expire)
            self._timer.daemon = True
            self._timer.start()

    def timeout(self, timeout_s: float | None) -> float | None:
        """``timeout_s``, or less if the deadline comes sooner."""
        if self._end is None:
            return timeout_s
        left = max(self._end - time.monotonic(), 0.001)
        return left if timeout_s is None else min(timeout_s, left)

    def passed(self) -> bool:
        return self.expired or (self._end is not None and time.monotonic() >= self._end)

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.expired:
                _shutdown(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._sockets:
                _shutdown(sock)

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()


def _shutdown(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass  # already closed


class _PeerCheck:
    """Mixin for an ``http.client`` connection: after connecting, check the address
    actually connected to (guards against DNS rebinding); sockets are watched by the
    fetch's deadline."""

    sock: socket.socket
    host: str
    _create_connection: Any

    def __init__(
        self, *args: Any, allow_private: bool = False, deadline: _Deadline | None = None, **kwargs: Any
    ) -> None:
        deadline = deadline or _Deadline(None)
        if "timeout" in kwargs:
            kwargs["timeout"] = deadline.timeout(kwargs["timeout"])
        super().__init__(*args, **kwargs)
        self._allow_private = allow_private
        create = self._create_connection

        def watched(*a: Any, **k: Any) -> socket.socket:
            sock: socket.socket = create(*a, **k)
            deadline.watch(sock)
            return sock

        self._create_connection = watched

    def connect(self) -> None:
        super().connect()  # type: ignore[misc]
        _check_peer(self.sock, self.host, self._allow_private)


class _GuardedHTTPConnection(_PeerCheck, http.client.HTTPConnection):
    pass


class _GuardedHTTPSConnection(_PeerCheck, http.client.HTTPSConnection):
    pass


def _check_peer(sock: socket.socket, host: str, allow_private: bool) -> None:
    if allow_private:
        return
    try:
        _check_address(str(sock.getpeername()[0]), host, host)
    except InputError:
        sock.close()
        raise


class _GuardedHTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, allow_private: bool, deadline: _Deadline) -> None:
        super().__init__()
        self._allow_private = allow_private
        self._deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        conn = functools.partial(
            _GuardedHTTPConnection, allow_private=self._allow_private, deadline=self._deadline
        )
        return self.do_open(conn, req)  # type: ignore[arg-type]


class _GuardedHTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, allow_private: bool, deadline: _Deadline) -> None:
        super().__init__()
        self._allow_private = allow_private
        self._deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        conn = functools.partial(
            _GuardedHTTPSConnection, allow_private=self._allow_private, deadline=self._deadline
        )
        return self.do_open(conn, req, context=self._context)  # type: ignore[arg-type,attr-defined]


class _CheckedRedirectHandler(urllib.request.HTTPRedirectHandler):
    def __init__(self, max_redirects: int, allow_private: bool, first_url: str) -> None:
        super().__init__()
        self.max_redirections = max_redirects  # type: ignore[misc]
        self._allow_private = allow_private
        self._first_url = first_url

    def http_error_302(self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any) -> Any:
        location = headers.get("location") or headers.get("uri")
        if location:
            try:
                newurl = urljoin(req.full_url, location)
            except ValueError as e:
                fp.close()
                raise InputError(
                    self._first_url, f"redirect to {location} refused: invalid URL: {e}"
                ) from None
            try:
                check_url(newurl, allow_private=self._allow_private)
            except InputError as e:
                fp.close()
                raise InputError(self._first_url, f"redirect to {newurl} refused: {e.reason}") from None
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def fetch_url(
    url: str,
    timeout_s: float = 10,
    max_bytes: int = 5_000_000,
    max_redirects: int = 5,
    allow_private: bool = False,
    deadline_s: float | None = None,
) -> FetchedPage:
    """GET a URL with the standard library (``urllib``), with limits.

    Args:
        url: An ``http://`` or ``https://`` URL.
        timeout_s: Socket timeout for connecting and for each read, in seconds.
        max_bytes: Largest body accepted, in bytes.
        max_redirects: Most redirects followed.
        allow_private: Allow loopback, private and link-local addresses
            (tests, intranet sources). Off by default: a URL given by a user
            or a feed must not reach the machine's own network.
        deadline_s: Overall limit for the whole fetch (connections, redirects,
            headers and body), in seconds; None for none. Name resolution is
            not interrupted, but the time it takes counts.

    Returns:
        The response as a :class:`FetchedPage`.

    Raises:
        InputError: the URL is refused (see :func:`check_url`, also for each
            redirect); ``HTTP 404 Not Found``; ``more than N redirects``;
            ``response is larger than N bytes``; ``timed out after N s``;
            ``no complete answer within the deadline of N s``;
            ``cannot fetch: ...`` (connection errors). The origin is ``url``.
    """
    deadline = _Deadline(deadline_s)
    try:
        return _fetch(url, timeout_s, max_bytes, max_redirects, allow_private, deadline)
    except InputError as e:
        if deadline.passed():
            raise InputError(url, f"no complete answer within the deadline of {deadline_s} s") from None
        raise e from None
    finally:
        deadline.cancel()


def _fetch(
    url: str, timeout_s: float, max_bytes: int, max_redirects: int, allow_private: bool, deadline: _Deadline
) -> FetchedPage:
    check_url(url, allow_private=allow_private)
    if deadline.passed():
        raise InputError(url, "deadline passed while resolving the host")
    opener = urllib.request.build_opener(
        urllib.request.ProxyHandler({}),
        _GuardedHTTPHandler(allow_private, deadline),
        _GuardedHTTPSHandler(allow_private, deadline),
        _CheckedRedirectHandler(max_redirects, allow_private, url),
    )
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"})
    try:
        with opener.open(request, timeout=timeout_s) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(url, f"response is larger than {max_bytes} bytes")
            body = _read_body(response, max_bytes, deadline, url)
            has_type = bool(response.headers.get("Content-Type"))
            return FetchedPage(
                url=response.geturl(),
                status=response.status,
                content_type=response.headers.get_content_type() if has_type else "",
                charset=response.headers.get_content_charset(),
                body=body,
            )
    except InputError as e:  # refused on connecting (the peer address) or on a redirect
        raise InputError(url, e.reason) from None
    except urllib.error.HTTPError as e:
        e.close()
        if e.code in (301, 302, 303, 307, 308) and "redirect" in str(e.msg):
            raise InputError(url, f"more than {max_redirects} redirects") from None
        raise InputError(url, f"HTTP {e.code} {e.reason}") from None
    except urllib.error.URLError as e:
        if isinstance(e.reason, InputError):
            raise e.reason from None
        if isinstance(e.reason, TimeoutError | socket.timeout):
            raise InputError(url, f"timed out after {timeout_s} s") from None
        raise InputError(url, f"cannot fetch: {e.reason}") from None
    except TimeoutError:
        raise InputError(url, f"timed out after {timeout_s} s") from None
    except (OSError, http.client.HTTPException) as e:
        raise InputError(url, f"cannot fetch: {e}") from None


def _read_body(response: Any, max_bytes: int, deadline: _Deadline, url: str) -> bytes:
    """The body, read a piece at a time so the deadline is checked between pieces."""
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        if deadline.passed():
            raise InputError(url, "deadline passed while reading the body")
        chunk = response.read1(min(65536, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if deadline.passed():  # a socket shut down by the deadline reads as the end of the body
        raise InputError(url, "deadline passed while reading the body")
    if size > max_bytes:
        raise InputError(url, f"response is larger than {max_bytes} bytes")
    return b"".join(chunks)


def read_url(
    url: str,
    published: date | None = None,
    *,
    max_chars: int = DEFAULT_MAX_CHARS,
    timeout_s: float = 10,
    max_bytes: int = 5_000_000,
    allow_private: bool = False,
    deadline_s: float | None = None,
) -> Iterator[Article | InputError]:
    """Fetch a URL and read it as an HTML page, an RSS/Atom feed or plain text.

    The kind is taken from the ``Content-Type`` (``text/html``; ``*rss*``,
    ``*atom*``, ``*xml``; ``text/plain``), else sniffed from the body. HTML
    without a ``charset`` is read as UTF-8, else Windows-1252. ``timeout_s``,
    ``max_bytes``, ``allow_private`` and ``deadline_s`` are those of
    :func:`fetch_url`.

    Yields:
        Articles or :class:`InputError` (never raised), origin ``url`` (feed
        entries ``url:entry N``).
    """
    try:
        page = fetch_url(
            url, timeout_s=timeout_s, max_bytes=max_bytes, allow_private=allow_private, deadline_s=deadline_s
        )
        kind = _page_kind(page)
        if kind == "feed":
            yield from read_feed(page.body, published, origin=url, max_chars=max_chars)
            return
        if looks_binary(page.body):
            raise InputError(url, f"binary content ({page.content_type or 'unknown type'}), not text")
        text = _decode(page, url)
        if kind == "html":
            yield article_from_html(text, url, url=page.url, published=published, max_chars=max_chars)
        else:
            text = check_text(text, url, max_chars)
            yield make_article(text, origin=url, url=page.url, published=published)
    except InputError as e:
        yield e


def _page_kind(page: FetchedPage) -> str:
    ct = page.content_type
    if ct in ("text/html", "application/xhtml+xml"):
        return "html"
    if "rss" in ct or "atom" in ct or ct.endswith("/xml") or ct.endswith("+xml"):
        return "feed"
    if ct == "text/plain":
        return "text"
    return sniff_kind(page.body)


def _decode(page: FetchedPage, url: str) -> str:
    if page.charset:
        try:
            return page.body.decode(page.charset).removeprefix("\ufeff").replace("\r\n", "\n")
        except (LookupError, UnicodeDecodeError) as e:
            raise InputError(url, f"cannot decode as {page.charset}: {e}") from None
    try:
        return decode_text(page.body, url)
    except InputError:
        if _page_kind(page) != "html":
            raise
        return page.body.decode("cp1252", errors="replace").replace("\r\n", "\n")
