"""Peak memory while coding 1x, 4x and 16x a corpus: it should stay flat in corpus size.

    .venv/bin/python bench/memory.py [CORPUS.jsonl] [--base N] [--workers W]

Writes 1, 4 and 16 copies of the first ``--base`` articles (new ids, so none
is skipped) and codes each with ``dyadic code FILE --format jsonl`` (events
streamed to /dev/null) into a fresh store, in a subprocess whose process tree
RSS and PSS are sampled every 0.1 s. Prints articles, seconds, articles/s, peak
RSS and peak PSS of the process tree. RSS counts a page shared by several
processes (forked workers' copy-on-write pipeline, shared libraries) once per
process; PSS splits it between them, so the tree's PSS is what it really costs.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from _common import corpus_path, machine, read_lines, run_cli, table, write_copies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?")
    parser.add_argument("--base", type=int, default=64, help="Articles in the 1x corpus.")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--copies", default="1,4,16")
    args = parser.parse_args()
    records = read_lines(corpus_path(args.corpus), args.base)
    print(f"machine: {machine()}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for copies in (int(c) for c in args.copies.split(",")):
            corpus = write_copies(records, copies, Path(tmp) / f"x{copies}.jsonl")
            db = Path(tmp) / f"x{copies}.duckdb"
            wall, peak, pss, _ = run_cli(["code", str(corpus), "--db", str(db), "--format", "jsonl",
                                     "--workers", str(args.workers)])
            n = len(records) * copies
            rows.append([f"{copies}x", n, f"{wall:.1f}", f"{n / wall:.1f}", f"{peak / 2**20:,.0f}",
                         "n/a" if pss is None else f"{pss / 2**20:,.0f}"])
            print(rows[-1], flush=True)
    print(table(["corpus", "articles", "seconds (incl. load)", "articles/s", "peak RSS MiB",
                 "peak PSS MiB"], rows))


if __name__ == "__main__":
    main()
