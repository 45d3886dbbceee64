"""The README's example event is what the command it shows prints (a new user found the README's
confidence 0.775 while dyadic gave another value)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyadic.cli import app
from tests.conftest import ROOT, SAMPLE_PATH

runner = CliRunner()


def _readme_example() -> dict:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text[text.index("Example (from the sample article):") :]
    return json.loads(re.search(r"```json\n(.*?)```", section, re.S)[1])


def test_cli_readme_example_is_coded_from_the_command_the_readme_shows():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "dyadic code examples/raisi-latin-america-tour.txt --published 2023-06-12" in readme
    assert SAMPLE_PATH.relative_to(ROOT).as_posix() == "examples/raisi-latin-america-tour.txt"


@pytest.mark.slow
def test_cli_readme_example_event_is_what_the_sample_gives(tmp_path: Path, pipeline):
    res = runner.invoke(
        app,
        [
            "code",
            str(SAMPLE_PATH),
            "--published",
            "2023-06-12",
            "--format",
            "jsonl",
            "--db",
            str(tmp_path / "s"),
        ],
    )
    assert res.exit_code == 0, res.output
    events = [json.loads(line) for line in res.stdout.splitlines()]
    example = _readme_example()
    coded = next(e for e in events if e["event_id"] == example["event_id"])
    assert coded == example  # confidence included: update the README when the coder changes
