"""Shared helpers for the benchmark scripts (not a test module)."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
WIKINEWS = ROOT.parent / "shared" / "corpus" / "wikinews" / "wikinews.jsonl"


def corpus_path(arg: str | None = None) -> Path:
    """The corpus to benchmark: the argument, $DYADIC_BENCH_CORPUS, or the shared Wikinews file."""
    path = Path(arg or os.environ.get("DYADIC_BENCH_CORPUS") or WIKINEWS)
    if not path.exists():
        sys.exit(f"corpus {path} not found: pass a JSON Lines file")
    return path


def read_lines(path: Path, limit: int | None = None) -> list[dict[str, Any]]:
    """The corpus's JSON objects (the first ``limit``)."""
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            if line.strip():
                out.append(json.loads(line))
                if limit and len(out) >= limit:
                    break
    return out


def write_copies(records: Sequence[dict[str, Any]], copies: int, path: Path) -> Path:
    """Write ``copies`` copies of ``records`` with new ids (``c{k}:{id}``), so none is skipped."""
    with path.open("w", encoding="utf-8") as f:
        for k in range(copies):
            for i, rec in enumerate(records):
                f.write(json.dumps({**rec, "id": f"c{k}:{rec.get('id', i)}"}, ensure_ascii=False) + "\n")
    return path


def words(texts: Sequence[str]) -> int:
    """Whitespace-separated words."""
    return sum(len(t.split()) for t in texts)


def machine() -> str:
    """One line describing this machine."""
    import psutil

    cpu = platform.processor() or platform.machine()
    try:
        model = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                     if line.startswith("model name"))
    except (OSError, StopIteration):
        model = cpu
    load = os.getloadavg()
    return (f"{os.cpu_count()} CPUs ({model}), {psutil.virtual_memory().total / 2**30:.0f} GiB RAM, "
            f"Python {platform.python_version()}, load average at start {load[0]:.1f}")


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A Markdown table."""
    cells = [[str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]
    lines = ["| " + " | ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)) + " |",
             "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in cells]
    return "\n".join(lines)


def pss_bytes(pid: int) -> int | None:
    """Proportional set size of ``pid`` (Linux ``/proc/PID/smaps_rollup``): its private pages
    plus its share of pages shared with other processes; None where unavailable."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


class PeakRSS:
    """Samples the summed RSS and PSS of a process and its children every ``interval_s``.

    ``peak`` is the peak summed RSS in bytes: it counts pages shared between the
    processes (forked workers' copy-on-write pages, the shared libraries) once per
    process. ``peak_pss`` is the peak summed PSS (each shared page split between
    its sharers; what the tree really costs the machine), None where the kernel
    has no ``smaps_rollup``.
    """

    def __init__(self, pid: int, interval_s: float = 0.1) -> None:
        import psutil

        self.proc = psutil.Process(pid)
        self.interval_s = interval_s
        self.peak = 0
        self.peak_pss: int | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        import psutil

        while not self._stop.is_set():
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
                rss = 0
                pss: int | None = 0
                for p in procs:
                    try:
                        rss += p.memory_info().rss
                    except psutil.NoSuchProcess:
                        continue
                    one = pss_bytes(p.pid)
                    pss = None if one is None or pss is None else pss + one
                self.peak = max(self.peak, rss)
                if pss is not None:
                    self.peak_pss = max(self.peak_pss or 0, pss)
            except psutil.NoSuchProcess:
                return
            self._stop.wait(self.interval_s)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run_cli(args: Sequence[str], env: dict[str, str] | None = None) -> tuple[float, int, int | None, str]:
    """Run ``dyadic ARGS`` (stdout discarded).

    Returns:
        (wall seconds, peak RSS and peak PSS in bytes of its process tree (PSS None
        where unavailable), stderr).
    """
    cmd = [sys.executable, "-m", "dyadic.cli", *args]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})
    with PeakRSS(proc.pid) as peak:
        _, stderr = proc.communicate()
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}):\n{stderr}")
    return wall, peak.peak, peak.peak_pss, stderr


def timed(fn: Callable[[], Iterator[Any]]) -> tuple[float, float | None, int]:
    """Consume ``fn()``; returns (total seconds, seconds from the first item to the last, items)."""
    start = time.perf_counter()
    first = None
    n = 0
    for _ in fn():
        if first is None:
            first = time.perf_counter()
        n += 1
    end = time.perf_counter()
    return end - start, (end - first) if first is not None else None, n
