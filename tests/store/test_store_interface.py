"""The store interface: the DuckDB store implements it, callers use nothing else, one WHERE
builder and one event record."""

from __future__ import annotations

import inspect
import re
from datetime import date
from pathlib import Path

from test_store import _result

from dyadic.store import EventStore, Store
from dyadic.store.schema import event_where

SRC = Path(__file__).resolve().parents[2] / "src" / "dyadic"


def _members(cls: type) -> dict[str, inspect.Signature]:
    return {
        name: inspect.signature(value)
        for name, value in vars(cls).items()
        if callable(value) and not name.startswith("_")
    }


def test_store_interface_duckdb_store_implements_every_method():
    protocol = _members(EventStore)
    assert protocol, "the protocol lists no methods"
    for name, signature in protocol.items():
        assert hasattr(Store, name), f"Store lacks {name}"
        assert inspect.signature(getattr(Store, name)) == signature, f"Store.{name} differs"


def test_store_interface_no_connection_outside_the_store():
    connection = re.compile(r"\.con\b|[\"']con[\"']")
    users = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if path.relative_to(SRC).parts[0] != "store" and connection.search(path.read_text(encoding="utf-8"))
    ]
    assert users == []


def test_store_interface_event_where_builds_one_condition():
    assert event_where() == ("TRUE", [])
    assert event_where(source="", code=None) == ("TRUE", [])
    where, params = event_where(alias="e.", source="IRN", root="04", date_from=date(2023, 6, 1), text="visit")
    assert where == (
        "(((e.source_code = ? OR e.source_country = ?)) OR (e.mutual AND "
        "(e.target_code = ? OR e.target_country = ?))) AND e.cameo_root = ? AND e.date >= ? "
        "AND e.sentence ILIKE ? ESCAPE '\\'"
    )
    assert params == ["IRN", "IRN", "IRN", "IRN", "04", date(2023, 6, 1), "%visit%"]


def test_store_interface_stored_event_record_is_the_events_own(tmp_path):
    result = _result()
    with Store(tmp_path / "s.duckdb") as store:
        store.save(result)
        assert store.events() == [e.to_record() for e in result.events]
        assert store.event("a1-e1") == result.events[0].to_record()
