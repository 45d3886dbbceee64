"""Shared fixtures. The spaCy pipeline is loaded once per test session."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_PATH = ROOT / "examples" / "raisi-latin-america-tour.txt"
SAMPLE_PUBLISHED = date(2023, 6, 12)
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def sample_text() -> str:
    """The bundled sample article (Mehr News Agency, CC BY 4.0, published 2023-06-12)."""
    return SAMPLE_PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def base_nlp():
    """The bare default spaCy pipeline (no dyadic components)."""
    from dyadic.config import DEFAULT_SPACY_MODEL
    from dyadic.nlp import load_pipeline

    return load_pipeline(DEFAULT_SPACY_MODEL)


@pytest.fixture(scope="session")
def pipeline():
    """The full dyadic pipeline with default settings (built once per test session)."""
    from dyadic.config import Settings
    from dyadic.pipeline import Pipeline

    return Pipeline(Settings())


@pytest.fixture(scope="session")
def pipeline_hypothetical():
    """The full pipeline with the events component emitting every candidate it can: hypothetical
    events too, and no confidence threshold (``min_confidence`` 0), so construction tests pin
    what the coder finds, not what the decision layer keeps."""
    from dyadic.config import Settings
    from dyadic.events import EVENTS_COMPONENT
    from dyadic.pipeline import Pipeline, load

    p = Pipeline(Settings())
    # a spaCy pipeline of its own: Pipeline's is cached per process and shared with the
    # ``pipeline`` fixture, which must not start emitting hypothetical events
    p.nlp = load(p.settings.spacy_model)
    every = {"hypothetical": True, "min_confidence": 0.0}
    p.nlp.replace_pipe(EVENTS_COMPONENT, EVENTS_COMPONENT, config=every)
    return p


@pytest.fixture(scope="session")
def sample_result(pipeline, sample_text):
    """The sample article coded end to end."""
    from dyadic.records import Article

    article = Article("raisi-2023-06-12", sample_text, published=SAMPLE_PUBLISHED, source="Mehr News Agency")
    return pipeline.code(article)


@pytest.fixture(scope="session")
def postgres_server(tmp_path_factory):
    """A throwaway PostgreSQL cluster (Debian's ``postgresql`` binaries, ``initdb`` + ``pg_ctl``)
    listening on a Unix socket in a temporary folder, stopped and removed after the session.

    Yields a function ``new_database() -> URL`` that creates an empty database and returns
    its ``postgresql://`` URL. As root, the server runs as the ``postgres`` user (initdb
    refuses root). Without the binaries the test is skipped, except in CI (``CI=true``),
    where ``.ci/run`` installs them.
    """
    import glob
    import itertools
    import os
    import shutil
    import subprocess
    import tempfile

    bins = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not bins:
        if os.environ.get("CI"):
            pytest.fail("PostgreSQL binaries missing: .ci/run installs Debian's postgresql package")
        pytest.skip("PostgreSQL server binaries not installed (apt-get install postgresql)")
    bindir = Path(bins[-1]).parent
    root = Path(tempfile.mkdtemp(prefix="dyadic-pg-"))  # short: a socket path has at most 107 bytes
    as_user: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(root, "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]

    def run(*args: str) -> None:
        subprocess.run([*as_user, *args], check=True, capture_output=True, timeout=120)

    data, sock = root / "data", root
    run(str(bindir / "initdb"), "-D", str(data), "-U", "dyadic", "--auth=trust", "-E", "UTF8", "--no-sync")
    options = f"-k {sock} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
    run(str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(root / "log"), "-w", "start")
    base = f"postgresql://dyadic@/{{}}?host={sock}"
    counter = itertools.count()

    def new_database() -> str:
        import psycopg

        name = f"t{next(counter)}"
        with psycopg.connect(base.format("postgres"), autocommit=True) as con:
            con.execute(f'CREATE DATABASE "{name}"')
        return base.format(name)

    try:
        yield new_database
    finally:
        run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(root, ignore_errors=True)
