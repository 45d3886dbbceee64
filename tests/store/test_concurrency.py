"""Issue 13, item 7: while `dyadic serve` ran, every other command failed on the DuckDB lock, and
nothing could code while browsing. A DuckDB file allows one writing process or several reading
ones, and a process holds it while it has a connection open; the store now opens the file per
operation (a query, a batch, a request) and waits, bounded, for a file another process holds.

Every test runs two processes: DuckDB's lock is per process, so threads would prove nothing.
The coder is the real `dyadic code` with the stand-in pipeline of ``tests/scale/fake_pipeline.py``
(batches of 32 articles, ``DYADIC_FAKE_DELAY_S`` per article).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dyadic.store import Store, StoreLocked

SCALE = Path(__file__).resolve().parents[1] / "scale"
BATCH = 32  # Settings.spacy_batch_size: `dyadic code` stores this many articles per transaction

CODER = """
import sys
import dyadic.pipeline
from fake_pipeline import FakePipeline
from dyadic.cli import app

dyadic.pipeline.Pipeline = FakePipeline
sys.argv[0] = "dyadic"
app()
"""
#: The coder, letting go of the file after every batch as when a bulk hold has lasted
#: ``MAX_BULK_HOLD_S`` (10 s; the fake pipeline's run is shorter).
CODER_NO_BULK_HOLD = CODER.replace(
    "app()", "import dyadic.store.duckdb_store as d\nd.MAX_BULK_HOLD_S = 0.0\napp()"
)

#: Holds the file read-only (a DuckDB shell, a notebook) once it holds articles, for argv[2] s.
HOLDER = """
import sys, time
import duckdb

while True:
    try:
        con = duckdb.connect(sys.argv[1], read_only=True)
    except duckdb.Error:
        time.sleep(0.005)
        continue
    if con.execute("SELECT count(*) FROM articles").fetchone()[0]:
        break
    con.close()
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
"""


def _env(**extra: str) -> dict[str, str]:
    path = os.pathsep.join([str(SCALE), os.environ.get("PYTHONPATH", "")])
    return {**os.environ, "PYTHONPATH": path, "DYADIC_DB": "", **extra}


def _corpus(path: Path, n: int) -> Path:
    """``n`` articles ``art-0000``..; article i has i % 3 + 1 events (``fake_pipeline.write_corpus``)."""
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            text = "\n".join(f"IRNGOV 04{k} VENGOV" for k in range(i % 3 + 1))
            f.write(json.dumps({"id": f"art-{i:04d}", "text": text, "published": "2023-06-12"}) + "\n")
    return path


def _events_of(ids: set[str]) -> int:
    return sum(int(a.removeprefix("art-")) % 3 + 1 for a in ids)


def _coder(corpus: Path, db: Path, delay_s: str, script: str = CODER, **env: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, "code", str(corpus), "--db", str(db), "--format", "jsonl"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(DYADIC_FAKE_DELAY_S=delay_s, **env),
    )


def _stored(db: Path) -> tuple[set[str], int]:
    with Store(db, read_only=True) as store:
        return {a["article_id"] for a in store.articles()}, store.counts()["events"]


@pytest.mark.slow
def test_concurrency_a_reader_sees_committed_batches_while_a_coder_writes(tmp_path):
    n = 3 * BATCH
    db = tmp_path / "s.duckdb"
    coder = _coder(_corpus(tmp_path / "c.jsonl", n), db, "0.01")
    seen: list[int] = []
    while not db.exists():
        time.sleep(0.01)
    with Store(db, read_only=True, lock_wait_s=5) as reader:
        while coder.poll() is None:
            with reader.session():
                ids = {a["article_id"] for a in reader.articles()}
                events = len(reader.events())
            # whole batches only, each article with all its events
            assert len(ids) % BATCH == 0 and events == _events_of(ids), (len(ids), events)
            seen.append(len(ids))
            time.sleep(0.05)
    _, err = coder.communicate(timeout=60)
    assert coder.returncode == 0, err
    assert set(seen) & {BATCH, 2 * BATCH}, seen  # read while the coder was writing
    assert seen == sorted(seen)
    assert _stored(db) == ({f"art-{i:04d}" for i in range(n)}, _events_of({f"art-{i:04d}" for i in range(n)}))


@pytest.mark.slow
def test_concurrency_export_command_runs_while_a_coder_writes(tmp_path):
    db = tmp_path / "s.duckdb"
    coder = _coder(
        _corpus(tmp_path / "c.jsonl", 3 * BATCH), db, "0.06"
    )  # about 6 s of coding: the export starts a Python process meanwhile, even on a loaded machine
    while not db.exists():
        time.sleep(0.01)
    exported = subprocess.run(
        [sys.executable, "-c", CODER, "export", "events", "--db", str(db), "--format", "jsonl"],
        capture_output=True,
        text=True,
        env=_env(),
        timeout=60,
    )
    running = coder.poll() is None
    _, err = coder.communicate(timeout=60)
    assert exported.returncode == 0, exported.stderr
    assert running, "the coder finished before the export: slow it down (DYADIC_FAKE_DELAY_S)"
    ids = {json.loads(line)["article_id"] for line in exported.stdout.splitlines()}
    assert len(ids) % BATCH == 0 and len(exported.stdout.splitlines()) == _events_of(ids)
    assert coder.returncode == 0, err


@pytest.mark.slow
def test_concurrency_a_writer_held_off_past_the_wait_fails_clearly_and_loses_nothing(tmp_path):
    n = 3 * BATCH
    corpus, db = _corpus(tmp_path / "c.jsonl", n), tmp_path / "s.duckdb"
    # a reader that is not dyadic gets the file between batches once the bulk hold is over
    coder = _coder(corpus, db, "0.01", CODER_NO_BULK_HOLD, DYADIC_LOCK_WAIT_S="0.5")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db), "4"], stdout=subprocess.PIPE, text=True, env=_env()
    )
    assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
    started = time.monotonic()
    _, err = coder.communicate(timeout=60)
    waited = time.monotonic() - started
    assert coder.returncode == 2, err
    message = " ".join(err.split())
    assert f"cannot open store {db}: the DuckDB file is locked, held by process {holder.pid}" in message
    assert "did not let go of it within 0.5 s" in message and "(DYADIC_LOCK_WAIT_S=60)" in message
    assert "Traceback" not in err
    assert waited < 3.5  # it gave up after its 0.5 s wait, not when the holder let go (4 s)
    holder.communicate(timeout=30)
    ids, events = _stored(db)
    assert len(ids) == BATCH and events == _events_of(ids)  # the first batch, whole; nothing lost
    rerun = _coder(corpus, db, "0")
    _, err = rerun.communicate(timeout=60)
    assert rerun.returncode == 0, err
    assert _stored(db) == ({f"art-{i:04d}" for i in range(n)}, _events_of({f"art-{i:04d}" for i in range(n)}))


def _hold(db: Path, seconds: float, write: bool) -> subprocess.Popen[str]:
    code = (
        "import sys, time, duckdb\n"
        f"con = duckdb.connect(sys.argv[1], read_only={not write})\n"
        "print('holding', flush=True)\n"
        "time.sleep(float(sys.argv[2]))\n"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(db), str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline() == "holding\n"
    return proc


def test_concurrency_opening_waits_for_a_short_hold_and_gives_up_on_a_long_one(tmp_path):
    db = tmp_path / "s.duckdb"
    Store(db).close()
    holder = _hold(db, 0.6, write=True)
    started = time.monotonic()
    with Store(db, read_only=True, lock_wait_s=10) as store:  # waits for the writer to let go
        assert store.counts()["articles"] == 0
    assert 0.2 < time.monotonic() - started < 5
    holder.communicate(timeout=10)

    holder = _hold(db, 10, write=False)
    try:
        started = time.monotonic()
        with pytest.raises(StoreLocked) as locked:
            Store(db, lock_wait_s=0.4)  # a writer cannot open while a reader holds the file
        waited = time.monotonic() - started
        assert 0.4 <= waited < 2
        assert locked.value.pid == holder.pid and locked.value.path == str(db)
        assert locked.value.holder is not None and "python" in locked.value.holder
        assert str(locked.value).startswith(f"cannot open store {db}: the DuckDB file is locked")
        with Store(db, read_only=True, lock_wait_s=0) as reader:  # readers share the file
            assert reader.counts()["articles"] == 0
    finally:
        holder.kill()
        holder.communicate()


def test_concurrency_store_lets_go_of_the_file_between_operations(tmp_path):
    db = tmp_path / "s.duckdb"
    with Store(db, linger_s=0.05) as store:
        assert store.counts()["articles"] == 0
        time.sleep(0.3)  # idle past the linger: the file is closed
        other = subprocess.run(
            [sys.executable, "-c", "import sys, duckdb; duckdb.connect(sys.argv[1]).close()", str(db)],
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert other.returncode == 0, other.stderr  # another process could open it for writing
        assert store.counts()["articles"] == 0  # and the store opens it again when asked


@pytest.mark.slow
def test_concurrency_server_answers_while_the_cli_codes_into_its_store(tmp_path):
    from fastapi.testclient import TestClient

    from dyadic.server import ServerSettings, create_app

    n = 3 * BATCH
    db = tmp_path / "s.duckdb"
    Store(db).close()
    app = create_app(ServerSettings(db_path=str(db), lock_wait_s=5))
    with TestClient(app) as client:
        assert client.get("/api/events").json()["events"] == []  # the server has the store open ...
        coder = _coder(_corpus(tmp_path / "c.jsonl", n), db, "0.01")  # ... and the CLI codes into it
        seen: list[int] = []
        while coder.poll() is None:
            res = client.get("/api/events", params={"limit": 1000})
            assert res.status_code == 200, res.text
            events = res.json()["events"]
            ids = {e["article_id"] for e in events}
            assert len(ids) % BATCH == 0 and len(events) == _events_of(ids)
            seen.append(len(ids))
            time.sleep(0.05)
        _, err = coder.communicate(timeout=60)
        assert coder.returncode == 0, err
        assert set(seen) & {BATCH, 2 * BATCH}, seen
        assert client.get(f"/api/articles/art-{n - 1:04d}").status_code == 200
        assert (
            len({e["article_id"] for e in client.get("/api/events", params={"limit": 1000}).json()["events"]})
            == n
        )


def test_concurrency_server_answers_503_while_another_process_holds_the_file_too_long(tmp_path):
    from fastapi.testclient import TestClient

    from dyadic.server import ServerSettings, create_app

    db = tmp_path / "s.duckdb"
    app = create_app(ServerSettings(db_path=str(db), lock_wait_s=0.3))
    with TestClient(app) as client:
        assert client.get("/api/events").status_code == 200
        time.sleep(0.3)  # past the linger: the server let go of the file
        holder = _hold(db, 10, write=True)
        try:
            res = client.get("/api/events")
        finally:
            holder.kill()
            holder.communicate()
        assert res.status_code == 503 and res.headers["retry-after"] == "1"
        assert res.json() == {
            "detail": "store: busy: another process held the store for more than 0.3 s; retry",
            "field": "store",
        }
        assert client.get("/api/events").status_code == 200  # and answers again once it is let go
