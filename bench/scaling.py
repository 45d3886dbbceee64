"""Scaling: ``--workers 1`` vs ``--workers 2``, and a Dask LocalCluster of 1 vs 2 workers.

    .venv/bin/python bench/scaling.py [CORPUS.jsonl] [--limit N] [--modes local1,local2,dask1,dask2]

Each mode codes the same articles into a fresh store with the library
(:func:`dyadic.scale.code_corpus` / :func:`dyadic.scale.code_on_dask`).
``seconds`` is the whole run, pipeline loading included; ``steady
articles/s`` leaves out the start (loading and the first chunk): it counts
the articles settled after the first one, over the time from the first to the
last. Speed-ups are against the 1-worker mode of the same kind.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from _common import corpus_path, machine, read_lines, table


def run(mode: str, corpus: Path, db: Path, parquet: Path) -> tuple[float, float, int]:
    from dyadic.config import Settings
    from dyadic.ingest import read_inputs
    from dyadic.scale import RunStats, code_corpus, code_on_dask, dask_client
    from dyadic.store import Store

    settings = Settings.from_env()
    kind, workers = mode[:-1], int(mode[-1])
    stats = RunStats()
    first = last = 0.0
    start = time.perf_counter()
    with Store(db) as store:
        items = read_inputs([str(corpus)])
        if kind == "local":
            outcomes = code_corpus(items, store, settings, workers=workers, keep_results=False)
            for o in outcomes:
                stats.add(o)
                last = time.perf_counter()
                first = first or last
        else:
            with dask_client(local_workers=workers) as client:
                for o in code_on_dask(items, store, settings, client, parquet, partition_articles=32):
                    stats.add(o)
                    last = time.perf_counter()
                    first = first or last
    n = stats.counts.get("stored", 0)
    wall = time.perf_counter() - start
    # outcomes arrive in chunks: count those after the first chunk over the time after it
    first_chunk = settings.spacy_batch_size
    steady = (n - first_chunk) / (last - first) if last > first else float("nan")
    return wall, steady, n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?")
    parser.add_argument("--limit", type=int, default=None, help="Use the first N articles.")
    parser.add_argument("--modes", default="local1,local2,dask1,dask2")
    args = parser.parse_args()
    records = read_lines(corpus_path(args.corpus), args.limit)
    print(f"machine: {machine()}")
    rows = []
    base: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        corpus.write_text(lines, encoding="utf-8")
        for mode in args.modes.split(","):
            wall, steady, n = run(mode, corpus, Path(tmp) / f"{mode}.duckdb", Path(tmp) / f"{mode}.parquet")
            kind = mode[:-1]
            base.setdefault(kind, steady)
            speedup = steady / base[kind]
            rows.append([mode, n, f"{wall:.1f}", f"{n / wall:.1f}", f"{steady:.1f}", f"{speedup:.2f}"])
            print(rows[-1], flush=True)
    print(table(["mode", "articles", "seconds", "articles/s (incl. load)", "steady articles/s",
                 "speed-up"], rows))


if __name__ == "__main__":
    main()
