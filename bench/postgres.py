"""PostgreSQL vs DuckDB store on a corpus: throughput, identical exports, concurrent writers, copy.

    .venv/bin/python bench/postgres.py postgresql://USER@HOST/ADMIN_DB [CORPUS.jsonl] [--limit N]

The URL names a server and a database to connect to for ``CREATE DATABASE``
(the user needs CREATEDB); the script creates ``dyadic_bench_*`` databases
there (dropped first if they exist). In one run:

1. codes the corpus once in this process (spaCy pipeline loaded first), then
   stores the coded articles into a new DuckDB file and a new PostgreSQL
   database in batches of 64 (``save_batch``), timing each; prints articles/s
   for storing alone and end to end (coding time + storing time) and the
   PostgreSQL/DuckDB ratios;
2. checks that the JSON Lines exports (events, merged events, actors,
   quotations, places) of the two stores are identical;
3. runs two ``dyadic code`` processes at once on disjoint halves of the corpus,
   then two on the whole corpus, each pair into a new PostgreSQL database, and
   counts articles and distinct event ids;
4. copies the DuckDB store to PostgreSQL and back with ``dyadic db copy`` and
   compares the exports of the three.
"""

from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

from _common import ROOT, corpus_path, machine, read_lines, table

BATCH = 64


def new_database(admin_url: str, name: str) -> str:
    """Create (or re-create) database ``name`` on the server of ``admin_url``; its URL."""
    import psycopg

    with psycopg.connect(admin_url, autocommit=True) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}"')
        con.execute(f'CREATE DATABASE "{name}"')
    parts = urllib.parse.urlsplit(admin_url)
    return f"{parts.scheme}://{parts.netloc}/{name}" + (f"?{parts.query}" if parts.query else "")


def exports(target: str) -> dict[str, str]:
    """The JSON Lines exports of a store."""
    from dyadic.relations import merged_events
    from dyadic.store import open_store, write_jsonl

    out = {}
    with open_store(target, read_only=True) as store:
        for name, records in (
            ("events", store.events()),
            ("merged", merged_events(store)),
            ("actors", store.actors()),
            ("quotes", store.quotations()),
            ("places", store.places()),
        ):
            buf = io.StringIO()
            write_jsonl(records, buf)
            out[name] = buf.getvalue()
    return out


def dyadic(*args: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [str(ROOT / ".venv" / "bin" / "dyadic"), *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("admin_url")
    parser.add_argument("corpus", nargs="?")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()

    from dyadic.config import Settings
    from dyadic.ingest import read_jsonl_file
    from dyadic.pipeline import Pipeline
    from dyadic.store import open_store

    path = corpus_path(args.corpus)
    tmp = Path(tempfile.mkdtemp(prefix="dyadic-pgbench-"))
    if args.limit:
        lines = read_lines(path, args.limit)
        path = tmp / "corpus.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    articles = [a for a in read_jsonl_file(str(path)) if not isinstance(a, Exception)]
    n = len(articles)
    print(f"{machine()}\ncorpus {path}: {n} articles\n", file=sys.stderr)

    pipeline = Pipeline(Settings())
    pipeline.code(articles[0])  # warm up
    t0 = time.perf_counter()
    results = [r for r in pipeline.code_many(articles) if not isinstance(r, Exception)]
    t_code = time.perf_counter() - t0

    duck = str(tmp / "bench.duckdb")
    pg = new_database(args.admin_url, "dyadic_bench_store")
    timings = {}
    for name, target in (("DuckDB", duck), ("PostgreSQL", pg)):
        with open_store(target) as store:
            t0 = time.perf_counter()
            for start in range(0, len(results), BATCH):
                store.save_batch(results[start : start + BATCH])
            timings[name] = time.perf_counter() - t0
    rows = [
        (
            name,
            f"{n / t:.0f}",
            f"{n / (t_code + t):.2f}",
            f"{timings['DuckDB'] / t:.2f}",
            f"{(t_code + timings['DuckDB']) / (t_code + t):.3f}",
        )
        for name, t in timings.items()
    ]
    print(
        table(
            ["store", "store only (art/s)", "end to end (art/s)", "store-only ratio", "end-to-end ratio"],
            rows,
        )
    )
    same = exports(duck) == exports(pg)
    print(f"\nJSON Lines exports identical (events, merged, actors, quotes, places): {same}")

    half = n // 2
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    (tmp / "h1.jsonl").write_text("".join(lines[:half]), encoding="utf-8")
    (tmp / "h2.jsonl").write_text("".join(lines[half:]), encoding="utf-8")
    for label, inputs in (
        ("disjoint halves", (tmp / "h1.jsonl", tmp / "h2.jsonl")),
        ("same corpus", (path, path)),
    ):
        url = new_database(args.admin_url, "dyadic_bench_" + label.replace(" ", "_"))
        with open_store(url):  # create the tables once (concurrent first opens are serialised too)
            pass
        t0 = time.perf_counter()
        procs = [dyadic("code", str(p), "--db", url, "--format", "jsonl") for p in inputs]
        codes = [p.wait() for p in procs]
        with open_store(url, read_only=True) as store:
            counts = store.counts()
            ids = [e["event_id"] for e in store.events()]
        print(
            f"two `dyadic code` at once, {label}: exit {codes}, {counts['articles']} articles, "
            f"{len(ids)} events, {len(set(ids))} distinct event ids, {time.perf_counter() - t0:.0f} s"
        )

    pg2 = new_database(args.admin_url, "dyadic_bench_copy")
    back = str(tmp / "back.duckdb")
    for src, dst in ((duck, pg2), (pg2, back)):
        subprocess.run(
            [str(ROOT / ".venv" / "bin" / "dyadic"), "db", "copy", src, dst], check=True, capture_output=True
        )
    print(
        "db copy DuckDB -> PostgreSQL -> DuckDB, exports identical: "
        f"{exports(duck) == exports(pg2) == exports(back)}"
    )
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
