"""The embedded event store (DuckDB) and its exports."""

from dyadic.store.duckdb_store import Store

__all__ = ["Store"]
