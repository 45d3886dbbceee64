"""The README's "The store's tables" section: it lists every column of every table with its type,
and its DuckDB example runs on a store (issue 13: "document the store's tables in the README so
DuckDB, pandas and polars users can read them directly")."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

from test_store import _result

from dyadic.store import Store
from dyadic.store.migrations import CREATE_VERSION_TABLE
from dyadic.store.schema import TABLE_COLUMNS

README = Path(__file__).resolve().parents[2] / "README.md"


def _section() -> str:
    text = README.read_text(encoding="utf-8")
    start = text.index("## The store's tables")
    return text[start : text.index("\n## ", start + 1)]


def _documented_columns(section: str) -> dict[str, list[tuple[str, str]]]:
    """``{table: [(column, type)]}`` from the section's tables, in the order written."""
    tables: dict[str, list[tuple[str, str]]] = {}
    current = None
    for line in section.splitlines():
        heading = re.match(r"^`(\w+)`, one row per", line)
        if heading:
            current = tables.setdefault(heading[1], [])
            continue
        row = re.match(r"^\| (`[^|]+`) \| ([A-Z]+) \|", line)
        if row and current is not None:
            current += [(name, row[2]) for name in re.findall(r"`(\w+)`", row[1])]
    return tables


def test_store_readme_lists_every_column_with_its_type():
    documented = _documented_columns(_section())
    assert documented == {table: list(columns) for table, columns in TABLE_COLUMNS.items()}
    versions = re.findall(r"(\w+)`\s+(INTEGER|VARCHAR|TIMESTAMP)", _section().split("`schema_version`")[1])
    assert versions == [("version", "INTEGER"), ("description", "VARCHAR"), ("applied_at", "TIMESTAMP")]
    assert all(f"{name} {kind}" in CREATE_VERSION_TABLE for name, kind in versions)


def _examples(section: str) -> dict[str, str]:
    """The section's Python examples, by the line that introduces each (``DuckDB:`` ...)."""
    return {
        intro.split()[0].rstrip(":"): code
        for intro, code in re.findall(r"^(\w[^\n]*):\n\n```python\n(.*?)```", section, re.S | re.M)
    }


def test_store_readme_examples_are_three_lines_each_and_the_duckdb_one_runs(tmp_path, monkeypatch):
    examples = _examples(_section())
    assert set(examples) == {"DuckDB", "pandas", "polars"}
    assert all(len(code.strip().splitlines()) == 3 for code in examples.values())
    with Store(tmp_path / "dyadic.duckdb") as store:
        store.save(_result())
    monkeypatch.chdir(tmp_path)  # the examples open dyadic.duckdb in the working folder
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(examples["DuckDB"], "README.md", "exec"), {})
    assert printed.getvalue().strip() == "[('042', 'Make a visit', 1)]"
    for name, call in (
        ("pandas", ".df()"),
        ("polars", ".pl()"),
    ):  # no pandas or polars here: same query shape
        assert call in examples[name] and 'duckdb.connect("dyadic.duckdb", read_only=True)' in examples[name]
