"""The event store: one interface (:class:`EventStore`), its DuckDB backend (:class:`Store`), exports."""

from dyadic.store.base import EventStore
from dyadic.store.duckdb_store import Store
from dyadic.store.export import write_csv, write_gdelt, write_jsonl
from dyadic.store.parquet import TABLES, load_parquet, parquet_bytes

__all__ = [
    "TABLES",
    "EventStore",
    "Store",
    "load_parquet",
    "parquet_bytes",
    "write_csv",
    "write_gdelt",
    "write_jsonl",
]
