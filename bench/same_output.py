"""Check that a change leaves the stored output unchanged: dump or compare DuckDB stores.

    .venv/bin/python bench/same_output.py dump STORE.duckdb OUT.json
    .venv/bin/python bench/same_output.py compare BEFORE.json AFTER.json

``dump`` writes every row of every table of a store (``articles``, ``mentions``,
``events``, ``quotations``, ``places``), all columns but the ``coded_at`` time stamp,
sorted, with each value's Python type; ``compare`` says which tables differ and
shows the first differing rows (exit status 1), or prints ``identical``. Code the
same articles before and after a change (``dyadic code CORPUS.jsonl --db ...``
with each version) and compare the dumps: a performance change must leave them
identical, down to value types (an ``INTEGER`` column read back as ``int``, a
``DOUBLE`` as ``float``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def dump(store: str) -> dict[str, list[list[Any]]]:
    """Every table's rows (``coded_at`` left out), sorted, each value as ``[type name, repr]``."""
    import duckdb

    from dyadic.store.schema import COLUMNS

    con = duckdb.connect(store, read_only=True)
    try:
        out = {}
        for table, columns in COLUMNS.items():
            cols = [c for c in columns if c != "coded_at"]
            rows = con.execute(f"SELECT {', '.join(repr_col(c) for c in cols)} FROM {table}").fetchall()
            out[table] = sorted([[type(v).__name__, repr(v)] for v in row] for row in rows)
        return out
    finally:
        con.close()


def repr_col(column: str) -> str:
    """A quoted column name."""
    return f'"{column}"'


def compare(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    """Differences between two dumps, one line per differing table (empty when identical)."""
    out = []
    for table in sorted(set(before) | set(after)):
        a, b = before.get(table, []), after.get(table, [])
        if a == b:
            continue
        first = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
        was, now = (rows[first] if first < len(rows) else None for rows in (a, b))
        out.append(f"{table}: {len(a)} rows before, {len(b)} after; first difference at row {first}:\n"
                   f"  before {was}\n  after  {now}")
    return out


def main() -> None:
    if len(sys.argv) != 4 or sys.argv[1] not in ("dump", "compare"):
        sys.exit(__doc__)
    if sys.argv[1] == "dump":
        data = dump(sys.argv[2])
        Path(sys.argv[3]).write_text(json.dumps(data), encoding="utf-8")
        print(", ".join(f"{t}: {len(r)} rows" for t, r in data.items()))
        return
    before, after = (json.loads(Path(p).read_text(encoding="utf-8")) for p in sys.argv[2:4])
    diffs = compare(before, after)
    rows = ", ".join(f"{t} {len(r)}" for t, r in before.items())
    print("\n".join(diffs) if diffs else f"identical: {rows}")
    sys.exit(1 if diffs else 0)


if __name__ == "__main__":
    main()
