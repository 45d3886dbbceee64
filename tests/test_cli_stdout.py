"""Data on stdout, progress on stderr, also under a terminal (issue 13, item 1).

Regression: ``dyadic code corpus.jsonl --format jsonl > events.jsonl`` run from a
terminal left events.jsonl empty, because the Rich progress display redirected
standard output to the terminal while it was live.
"""

from __future__ import annotations

import json
import os
import pty
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

DYADIC = Path(sys.executable).with_name("dyadic")
CORPUS = [
    {"id": "tty-1", "text": "China condemned Japan on Monday.", "published": "2020-01-02"},
    {"id": "tty-2", "text": "Iran praised Venezuela.", "published": "2020-01-03"},
    {
        "id": "tty-3",
        "text": "Russian troops attacked Ukrainian positions near Kharkiv on Tuesday.",
        "published": "2024-03-05",
    },
]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"NO_COLOR", "FORCE_COLOR", "TTY_COMPATIBLE"}}
    env.update(TERM="xterm-256color", COLUMNS="100", LINES="30")
    env.pop("DYADIC_DB", None)
    return env


def _run_with_script(command: str, cwd: Path) -> tuple[int, str]:
    """Run ``command`` in a shell whose stdin, stdout and stderr are a pseudo-terminal
    (util-linux ``script``); what the terminal showed is returned."""
    done = subprocess.run(
        ["script", "-qec", command, "/dev/null"],
        cwd=cwd,
        env=_env(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=300,
    )
    return done.returncode, done.stdout.decode("utf-8", "replace")


def _run_with_pty(command: str, cwd: Path) -> tuple[int, str]:
    """The same with Python's :mod:`pty`: the shell's stdio is the slave end; the master is drained."""
    master, slave = pty.openpty()
    shown = bytearray()

    def drain() -> None:
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO once every slave end is closed
                return
            if not chunk:
                return
            shown.extend(chunk)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    try:
        proc = subprocess.Popen(
            ["/bin/sh", "-c", command], cwd=cwd, env=_env(), stdin=slave, stdout=slave, stderr=slave
        )
        os.close(slave)
        code = proc.wait(timeout=300)
        reader.join(timeout=10)
    finally:
        os.close(master)
    return code, shown.decode("utf-8", "replace")


RUNNERS = {
    "script": pytest.param(
        _run_with_script,
        marks=pytest.mark.skipif(shutil.which("script") is None, reason="util-linux script not installed"),
    ),
    "pty": pytest.param(_run_with_pty),
}


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("tty")
    (folder / "corpus.jsonl").write_text("".join(json.dumps(a) + "\n" for a in CORPUS), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def piped_events(corpus_dir) -> list[dict]:
    """The events of a run with no terminal at all (stdout a file, stderr a pipe)."""
    with (corpus_dir / "piped.jsonl").open("wb") as out:
        done = subprocess.run(
            [str(DYADIC), "code", "corpus.jsonl", "--format", "jsonl", "--db", "piped.duckdb"],
            cwd=corpus_dir,
            env=_env(),
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.PIPE,
            timeout=300,
        )
    assert done.returncode == 0, done.stderr.decode()
    events = [json.loads(line) for line in (corpus_dir / "piped.jsonl").read_text("utf-8").splitlines()]
    assert events, "the corpus should code to at least one event"
    return events


@pytest.mark.parametrize("run", RUNNERS.values(), ids=RUNNERS.keys())
def test_cli_code_jsonl_redirected_from_a_terminal_keeps_every_event(run, corpus_dir, piped_events):
    name = f"tty-{run.__name__}"
    code, shown = run(
        f"{DYADIC} code corpus.jsonl --format jsonl --db {name}.duckdb > {name}.jsonl", corpus_dir
    )
    assert code == 0, shown
    lines = (corpus_dir / f"{name}.jsonl").read_text("utf-8").splitlines()
    events = [json.loads(line) for line in lines]  # every line one JSON object
    assert all(isinstance(e, dict) for e in events)
    assert len(events) == len(piped_events)
    assert sorted(e["event_id"] for e in events) == sorted(e["event_id"] for e in piped_events)
    assert "coding" in shown  # the progress display was live on the terminal (stderr) ...
    assert '"event_id"' not in shown  # ... and no event reached it


def test_cli_code_csv_redirected_from_a_terminal(corpus_dir, piped_events):
    run = _run_with_script if shutil.which("script") else _run_with_pty
    code, shown = run(
        f"{DYADIC} code corpus.jsonl --format csv --db tty-csv.duckdb > tty-csv.csv", corpus_dir
    )
    assert code == 0, shown
    lines = (corpus_dir / "tty-csv.csv").read_text("utf-8").splitlines()
    assert lines[0].startswith("event_id,article_id,sentence_index,")
    assert sorted(line.split(",")[0].strip('"') for line in lines[1:]) == sorted(
        e["event_id"] for e in piped_events
    )
    assert "coding" in shown and piped_events[0]["event_id"] not in shown
