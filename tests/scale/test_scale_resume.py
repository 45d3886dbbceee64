"""A run killed with SIGKILL mid-way, then run again: no article lost or stored twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from fake_pipeline import write_corpus

from dyadic.store import Store

HERE = Path(__file__).resolve().parent

DRIVER = """
import sys
from fake_pipeline import fake_pipeline
from dyadic.config import Settings
from dyadic.ingest import read_inputs
from dyadic.scale import code_corpus
from dyadic.store import Store

corpus, db, workers = sys.argv[1], sys.argv[2], int(sys.argv[3])
with Store(db) as store:
    for o in code_corpus(read_inputs([corpus]), store, Settings(spacy_batch_size=3), workers=workers,
                         pipeline_factory=fake_pipeline):
        print(o.status, o.article_id, flush=True)
"""


def _driver(corpus: Path, db: Path, workers: int, delay_s: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), os.environ.get("PYTHONPATH", "")]),
           "DYADIC_FAKE_DELAY_S": delay_s}
    return subprocess.Popen([sys.executable, "-c", DRIVER, str(corpus), str(db), str(workers)],
                            stdout=subprocess.PIPE, text=True, env=env, start_new_session=True)


@pytest.mark.parametrize("workers", [1, 2])
def test_scale_resume_after_sigkill(tmp_path, workers):
    n = 60
    corpus = write_corpus(tmp_path / "c.jsonl", n)
    db = tmp_path / "s.duckdb"
    proc = _driver(corpus, db, workers, "0.05")
    assert proc.stdout is not None
    stored_before = 0
    for line in proc.stdout:
        stored_before += line.startswith("stored ")
        if stored_before == 15:
            break
    os.killpg(proc.pid, signal.SIGKILL)  # the runner and its workers, mid-run
    proc.wait(timeout=30)
    proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL

    rerun = _driver(corpus, db, workers, "0")
    out, _ = rerun.communicate(timeout=120)
    assert rerun.returncode == 0
    statuses = [line.split()[0] for line in out.splitlines()]
    skipped = statuses.count("skipped")
    # every article stored before the kill (at least the 15 reported) is skipped, the rest stored now
    assert skipped >= 15 and statuses.count("stored") == n - skipped and len(statuses) == n
    with Store(db, read_only=True) as store:
        counts = store.counts()
        dup = store.con.execute("SELECT count(*) - count(DISTINCT event_id) FROM events").fetchone()
    assert counts["articles"] == n
    assert counts["events"] == sum(i % 3 + 1 for i in range(n))
    assert dup == (0,)
