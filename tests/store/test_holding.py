"""A bulk writer (`dyadic code`) holds the DuckDB file across its batches (one open and one
checkpoint per run instead of one per batch) with ``Store.holding``, yet still lets another
dyadic process have it when that one waits. DuckDB's lock is per process: the other side is
a subprocess."""

from __future__ import annotations

import subprocess
import sys
import time

from dyadic.store import Store

#: Opens the file for writing once, without waiting: exit status 0 if it could.
TRY_OPEN = "import sys, duckdb; duckdb.connect(sys.argv[1]).close()"
#: A dyadic reader that waits (signalling ``<path>.waiting``) up to 5 s; prints the article count.
DYADIC_READER = (
    "import sys\nfrom dyadic.store import Store\n"
    "with Store(sys.argv[1], read_only=True, lock_wait_s=5) as s:\n    print(s.counts()['articles'])\n"
)


def _run(code: str, db: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True, timeout=60)


def test_holding_keeps_the_file_open_between_operations_and_lets_go_after(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db, linger_s=0.05) as store:
        with store.holding():
            assert store.counts()["articles"] == 0
            time.sleep(0.3)  # idle past the linger: still held
            assert _run(TRY_OPEN, db).returncode != 0
        time.sleep(0.3)  # the block is over: closed after the linger
        assert _run(TRY_OPEN, db).returncode == 0, "closed once the holding block ended"
        assert store.counts()["articles"] == 0


def test_holding_lets_go_when_another_dyadic_process_waits(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db, linger_s=0.05) as store, store.holding():
        assert store.counts()["articles"] == 0
        start = time.monotonic()
        reader = _run(DYADIC_READER, db)  # waits, and the holder's timer sees it waiting
        assert reader.returncode == 0, reader.stderr
        assert reader.stdout.strip() == "0"
        assert time.monotonic() - start < 5
        assert store.counts()["articles"] == 0  # and the holder opens the file again
