"""Concurrent load on `dyadic serve` over loopback: N clients, bounded in requests and time.

Starts `dyadic serve` on 127.0.0.1 over a store (``--db``, else a temporary store
filled by coding the first ``--articles`` articles of the corpus), or uses a
running server given by ``--url`` (loopback only: 127.0.0.1, ::1, localhost).
Each client thread keeps one HTTP/1.1 connection and sends a fixed mix of reads
(events with filters, one event, articles, relations, the pages) and, with
``--posts``, some POST /api/articles of small new texts. Prints a Markdown table:
requests/s, latency percentiles, errors (transport errors and 5xx; 503 counted
apart as load shedding) and the status counts.

    .venv/bin/python bench/load.py [--clients 50] [--requests 5000] [--duration 60]
                                   [--db FILE | --url http://127.0.0.1:PORT] [--articles 40] [--posts 0]
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import ROOT, corpus_path, machine, read_lines  # noqa: E402

LOOPBACK = {"127.0.0.1", "::1", "localhost"}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--requests", type=int, default=5000, help="Total requests (all clients).")
    ap.add_argument("--duration", type=float, default=60.0, help="Stop after this many seconds.")
    ap.add_argument("--url", help="A running server on loopback; default: start one.")
    ap.add_argument("--db", help="Store to serve; default: a temporary one.")
    ap.add_argument("--corpus", help="JSON Lines corpus to fill the temporary store from.")
    ap.add_argument("--articles", type=int, default=40, help="Articles coded into the temporary store.")
    ap.add_argument("--posts", type=int, default=0, help="POST /api/articles among the requests.")
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args()
    if not (1 <= args.clients <= 500 and 1 <= args.requests <= 200_000 and 0 < args.duration <= 600):
        sys.exit("bounds: 1..500 clients, 1..200000 requests, 0..600 s")

    server: subprocess.Popen[bytes] | None = None
    tmp = tempfile.TemporaryDirectory(prefix="dyadic-load-")
    try:
        if args.url:
            base = args.url.rstrip("/")
            if urlsplit(base).hostname not in LOOPBACK:
                sys.exit(f"--url must be on loopback ({', '.join(sorted(LOOPBACK))}), not {base}")
        else:
            db = args.db or str(Path(tmp.name) / "load.duckdb")
            if not args.db:
                fill_store(db, args.corpus, args.articles)
            base, server = start_server(db, Path(tmp.name) / "serve.log")
        host = urlsplit(base)
        paths = request_mix(host.hostname or "127.0.0.1", host.port or 80)
        print(f"machine: {machine()}", file=sys.stderr)
        report(run(host.hostname or "127.0.0.1", host.port or 80, paths, args), args)
    finally:
        if server is not None:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()
        tmp.cleanup()


def fill_store(db: str, corpus: str | None, n: int) -> None:
    """Code the first ``n`` corpus articles (or the bundled example) into ``db``."""
    from dyadic.config import Settings
    from dyadic.ingest import make_article
    from dyadic.pipeline import Pipeline
    from dyadic.store import Store

    try:
        records = read_lines(corpus_path(corpus), n)
    except SystemExit:
        records = []
    example = (ROOT / "examples" / "raisi-latin-america-tour.txt").read_text(encoding="utf-8")
    pipeline = Pipeline(Settings(db_path=db))
    with Store(db) as store:
        store.save(pipeline.code(make_article(example, origin="example", published=_date("2023-06-12"))))
        for i, rec in enumerate(records):
            published = _date(str(rec.get("published") or "")[:10])
            text = str(rec.get("text") or "")
            if text.strip():
                store.save(pipeline.code(make_article(text, origin=f"corpus:{i}", published=published)))
    print(f"store: {len(records) + 1} articles coded into {db}", file=sys.stderr)


def _date(value: str):  # type: ignore[no-untyped-def]
    from datetime import date

    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def start_server(db: str, log: Path) -> tuple[str, subprocess.Popen[bytes]]:
    """`dyadic serve` on a free loopback port; returns its base URL once it answers."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    exe = Path(sys.executable).with_name("dyadic")
    cmd = [str(exe), "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port)]
    proc = subprocess.Popen(cmd, stdout=log.open("wb"), stderr=subprocess.STDOUT, env=os.environ.copy())
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/api/articles?limit=1")
            if conn.getresponse().status == 200:
                conn.close()
                return f"http://127.0.0.1:{port}", proc
        except OSError:
            time.sleep(0.2)
        if proc.poll() is not None:
            sys.exit(f"dyadic serve stopped: {log.read_text(errors='replace')[-2000:]}")
    proc.kill()
    sys.exit("dyadic serve did not answer within 60 s")


def request_mix(host: str, port: int) -> list[str]:
    """GET paths built from what the store holds: filters, one event, relations of its busiest pair."""
    conn = http.client.HTTPConnection(host, port, timeout=30)
    conn.request("GET", "/api/events?limit=200")
    events = json.loads(conn.getresponse().read())["events"]
    conn.close()
    paths = [
        "/api/events?limit=100",
        "/api/events?root=04&limit=50",
        "/api/events?q=president&limit=50",
        "/api/events?q=50%25&limit=20",
        "/api/articles?limit=20",
        "/api/actors",
        "/events",
        "/relations",
        "/",
    ]
    for e in events[:5]:
        paths.append(f"/api/events/{e['event_id']}")
        src, tgt = (e.get("source") or {}).get("country"), (e.get("target") or {}).get("country")
        if src and tgt and src != tgt:
            paths.append(f"/api/relations?a={src}&b={tgt}&by=month")
            paths.append(f"/api/relations?a={src}&b={tgt}&by=day&from=2020-01-01&to=2024-12-31")
    paths.append("/api/relations?a=USA&b=RUS&by=day&from=0001-01-01&to=9999-12-31")  # a 422, answered fast
    return paths


def run(host: str, port: int, paths: list[str], args: argparse.Namespace) -> dict[str, object]:
    rng = random.Random(args.seed)
    plan = [("GET", rng.choice(paths)) for _ in range(args.requests)]
    for k in rng.sample(range(args.requests), min(args.posts, args.requests)):
        plan[k] = ("POST", f"Iran and Venezuela signed agreement number {k} in Caracas on Monday.")
    lock = threading.Lock()
    latencies: list[float] = []
    statuses: Counter[str] = Counter()
    stop_at = time.monotonic() + args.duration
    next_index = iter(range(len(plan)))

    def client() -> None:
        conn = http.client.HTTPConnection(host, port, timeout=30)
        while time.monotonic() < stop_at:
            with lock:
                i = next(next_index, None)
            if i is None:
                break
            method, what = plan[i]
            start = time.perf_counter()
            try:
                if method == "POST":
                    body = json.dumps({"text": what, "published": "2023-06-12"})
                    conn.request("POST", "/api/articles", body, {"Content-Type": "application/json"})
                else:
                    conn.request("GET", what)
                resp = conn.getresponse()
                resp.read()
                status = str(resp.status)
            except (OSError, http.client.HTTPException) as e:
                status = f"error {type(e).__name__}"
                conn.close()
                conn = http.client.HTTPConnection(host, port, timeout=30)
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed)
                statuses[status] += 1
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(args.clients)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return {"seconds": time.perf_counter() - t0, "latencies": latencies, "statuses": statuses}


def _pct(sorted_values: list[float], p: float) -> float:
    if not sorted_values:
        return float("nan")
    return sorted_values[min(len(sorted_values) - 1, int(p / 100 * len(sorted_values)))]


def report(result: dict[str, object], args: argparse.Namespace) -> None:
    lat = sorted(result["latencies"])  # type: ignore[call-overload]
    statuses: Counter[str] = result["statuses"]  # type: ignore[assignment]
    seconds: float = result["seconds"]  # type: ignore[assignment]
    errors = sum(n for s, n in statuses.items() if s.startswith("error") or s.startswith("5") and s != "503")
    print(f"load average at end: {os.getloadavg()[0]:.1f}", file=sys.stderr)
    print("| clients | requests | seconds | requests/s | p50 ms | p95 ms | p99 ms | max ms | errors | 503 |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    print(
        f"| {args.clients} | {len(lat)} | {seconds:.1f} | {len(lat) / seconds:.0f} | "
        f"{_pct(lat, 50) * 1000:.0f} | {_pct(lat, 95) * 1000:.0f} | {_pct(lat, 99) * 1000:.0f} | "
        f"{(lat[-1] if lat else 0) * 1000:.0f} | {errors} | {statuses.get('503', 0)} |"
    )
    print()
    print("statuses: " + ", ".join(f"{s}: {n}" for s, n in sorted(statuses.items())))


if __name__ == "__main__":
    main()
