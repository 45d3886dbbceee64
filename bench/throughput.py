"""Throughput: end-to-end coding vs bare spaCy ``nlp.pipe``, same model, batch size and texts.

    .venv/bin/python bench/throughput.py [CORPUS.jsonl] [--limit N] [--profile FILE.html]

Rows, each over the same articles, all in one process and one run (the
pipelines are loaded and warmed up first, so load time is not counted):

- ``bare nlp.pipe``: the plain spaCy pipeline (``spacy.load`` of the
  configured model), ``nlp.pipe(texts, batch_size=...)``, docs consumed;
- ``dyadic nlp.pipe``: the same with dyadic's actor entity ruler added (the
  parse the pipeline really runs);
- ``end to end``: read the JSON Lines file (:func:`dyadic.ingest.read_inputs`),
  code (actors, quotes, geo, events) and store every article in a fresh DuckDB
  file (:func:`dyadic.scale.code_corpus`, one process).

Prints articles/s, words/s and the ratio to bare ``nlp.pipe``, by wall-clock
time and by this process's CPU time (:func:`time.process_time`, all its
threads), which other processes on a loaded machine disturb much less. Each
timing is the best of ``--repeat`` runs (default 2), in alternating order, to
damp noise from other processes. ``--profile`` writes a pyinstrument profile of one
end-to-end run.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from _common import corpus_path, machine, read_lines, table, timed, words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?")
    parser.add_argument("--limit", type=int, default=None, help="Use the first N articles.")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--profile", type=Path, default=None, help="Write a pyinstrument HTML profile here.")
    args = parser.parse_args()

    from dyadic.config import Settings
    from dyadic.ingest import read_inputs
    from dyadic.nlp import load_pipeline
    from dyadic.pipeline import COMPONENTS, Pipeline
    from dyadic.scale import code_corpus
    from dyadic.store import Store

    path = corpus_path(args.corpus)
    records = read_lines(path, args.limit)
    if args.limit:
        tmp_corpus = Path(tempfile.mkdtemp()) / "corpus.jsonl"
        tmp_corpus.write_text("".join(__import__("json").dumps(r) + "\n" for r in records), encoding="utf-8")
        path = tmp_corpus
    texts = [r["text"] for r in records]
    n_words = words(texts)
    settings = Settings.from_env()
    batch = settings.spacy_batch_size
    print(f"machine: {machine()}")
    print(f"corpus: {path} ({len(texts)} articles, {n_words} words), "
          f"model {settings.spacy_model}, batch {batch}")

    t0 = time.perf_counter()
    bare = load_pipeline(settings.spacy_model)
    pipeline = Pipeline(settings)
    print(f"pipelines loaded in {time.perf_counter() - t0:.1f} s")
    for nlp in (bare, pipeline.nlp):  # warm up
        for _ in nlp.pipe(texts[:batch], batch_size=batch):
            pass

    def cpu_timed(fn: Callable[[], Iterator[Any]]) -> tuple[float, float]:
        cpu = time.process_time()
        wall = timed(fn)[0]
        return wall, time.process_time() - cpu

    def run_bare() -> tuple[float, float]:
        return cpu_timed(lambda: bare.pipe(texts, batch_size=batch))

    def run_dyadic_nlp() -> tuple[float, float]:
        # the parse with the actor entity ruler, dyadic's other components switched off
        with pipeline.nlp.select_pipes(disable=list(COMPONENTS)):
            return cpu_timed(lambda: pipeline.nlp.pipe(texts, batch_size=batch))

    def run_e2e() -> tuple[float, float]:
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
            items = read_inputs([str(path)], max_chars=settings.max_article_chars)
            return cpu_timed(lambda: code_corpus(items, store, settings, pipeline_factory=lambda s: pipeline,
                                                 keep_results=False))

    names = ("bare nlp.pipe", "dyadic nlp.pipe", "end to end")
    best = {name: float("inf") for name in names}
    best_cpu = {name: float("inf") for name in names}
    runs = {"bare nlp.pipe": run_bare, "end to end": run_e2e, "dyadic nlp.pipe": run_dyadic_nlp}
    for i in range(args.repeat):
        for name, fn in runs.items():
            secs, cpu = fn()
            best[name] = min(best[name], secs)
            best_cpu[name] = min(best_cpu[name], cpu)
            print(f"run {i + 1}: {name}: {secs:.1f} s, CPU {cpu:.1f} s; load {os.getloadavg()[0]:.1f}",
                  file=sys.stderr, flush=True)
    base = len(texts) / best["bare nlp.pipe"]
    base_cpu = len(texts) / best_cpu["bare nlp.pipe"]
    rows = []
    for name in names:
        secs, cpu = best[name], best_cpu[name]
        rate = len(texts) / secs
        rows.append([name, f"{secs:.1f}", f"{rate:.1f}", f"{n_words / secs:,.0f}", f"{rate / base:.2f}",
                     f"{rate * 86400:,.0f}", f"{cpu:.1f}", f"{len(texts) / cpu / base_cpu:.2f}"])
    print(table(["mode", "seconds", "articles/s", "words/s", "ratio to bare", "articles/day (1 core)",
                 "CPU seconds", "CPU ratio to bare"], rows))

    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.005)
        profiler.start()
        run_e2e()
        profiler.stop()
        args.profile.write_text(profiler.output_html(), encoding="utf-8")
        print(profiler.output_text(unicode=False, color=False, show_all=False)[:6000], file=sys.stderr)


if __name__ == "__main__":
    main()
