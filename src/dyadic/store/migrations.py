"""Schema versions of the store and the forward migrations between them, for both backends.

A store records its version in the table ``schema_version`` (one row per
applied migration: ``version``, ``description``, ``applied_at``). Opening a
store for writing applies the migrations it lacks, in order, together with
their ``schema_version`` rows: in DuckDB each in its own transaction, in
PostgreSQL all in one (under an advisory lock, so processes opening a new
store at once create it once). A crash leaves the store at the last version
fully applied. A DuckDB store is checkpointed after
a migration that rebuilds a table (``CREATE`` new, copy, ``DROP``, ``RENAME``),
so the rebuild is in the database file and never has to be replayed from the
write-ahead log.

Stores written before versioning (the five tables, no ``schema_version``) are
at version 1: migration 1 only creates tables that do not exist.
"""

from __future__ import annotations

from dataclasses import dataclass

from dyadic.errors import StoreError
from dyadic.store import schema


@dataclass(frozen=True)
class Migration:
    """One step forward of the store schema.

    Attributes:
        version: The version the store is at once this step is applied (1, 2, ...).
        description: What the step changes, for ``dyadic db info``.
        duckdb: SQL statements for DuckDB, separated by ``;``.
        postgres: SQL statements for PostgreSQL, separated by ``;``.
        rebuilds_table: The step re-creates a table (DuckDB is checkpointed after it).
    """

    version: int
    description: str
    duckdb: str
    postgres: str
    rebuilds_table: bool = False

    def sql(self, dialect: str) -> str:
        """The statements for ``dialect`` (``duckdb`` or ``postgres``)."""
        return self.duckdb if dialect == "duckdb" else self.postgres


#: SQL adding :attr:`dyadic.records.Event.mutual` to a store of version 1 (both dialects; a store
#: created at version 1 by this dyadic already has the column).
ADD_MUTUAL = "ALTER TABLE events ADD COLUMN IF NOT EXISTS mutual BOOLEAN DEFAULT FALSE"

#: Every migration, oldest first; the last one's version is the one this dyadic writes (:func:`latest`).
MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1,
        "articles, mentions, events, quotations, places",
        schema.create_tables("duckdb"),
        schema.create_tables("postgres"),
    ),
    Migration(
        2,
        "events.mutual: a mutual act given both ways is stored once",
        ADD_MUTUAL,
        ADD_MUTUAL,
    ),
)

#: SQL creating the version table (both dialects).
CREATE_VERSION_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_version ("
    "version INTEGER PRIMARY KEY, description VARCHAR, applied_at TIMESTAMP DEFAULT current_timestamp)"
)
#: SQL recording one applied migration: two ``?`` parameters, version and description.
RECORD_VERSION = "INSERT INTO schema_version (version, description) VALUES (?, ?)"
#: Description recorded for a store written before versioning, when it is first opened for writing.
BASELINE = "tables created before versioning"
#: SQL listing which of ``schema_version`` and ``articles`` exist (both dialects).
FIND_TABLES = (
    "SELECT table_name FROM information_schema.tables "
    "WHERE table_schema = current_schema() AND table_name IN ('schema_version', 'articles')"
)
#: SQL: the highest recorded version (both dialects).
MAX_VERSION = "SELECT max(version) FROM schema_version"


def latest() -> int:
    """The schema version this dyadic writes and reads: the last migration's."""
    return MIGRATIONS[-1].version


def stored_version(tables: set[str], recorded: int | None) -> int:
    """A store's schema version.

    Args:
        tables: Which of ``schema_version`` and ``articles`` exist (:data:`FIND_TABLES`).
        recorded: ``max(version)`` of ``schema_version`` (None when it is missing or empty).

    Returns:
        The recorded version; else 1 for a store written before versioning
        (``articles`` exists), else 0 (an empty database).
    """
    if recorded is not None:
        return recorded
    return 1 if "articles" in tables else 0


def pending(current: int) -> list[Migration]:
    """The migrations a store at version ``current`` lacks, oldest first."""
    return [m for m in MIGRATIONS if m.version > current]


def check_version(target: str, version: int, read_only: bool) -> None:
    """Refuse a store this dyadic cannot use as it is.

    Args:
        target: The store's path or masked URL, for the message.
        version: Its schema version (:func:`stored_version`).
        read_only: Whether it is opened read-only (then it cannot be migrated).

    Raises:
        StoreError: the store is newer than this dyadic, or is read-only and
            has no tables yet or lacks migrations (the message says to run
            ``dyadic db migrate``).
    """
    if version > latest():
        raise StoreError(
            f"store {target} has schema version {version}, newer than this dyadic's {latest()}: "
            "upgrade dyadic"
        )
    if read_only and version == 0:
        raise StoreError(
            f"store {target} has no dyadic tables yet: code some articles into it, or create them "
            f"with `dyadic db migrate --db {target}`"
        )
    if read_only and version < latest():
        raise StoreError(
            f"store {target} has schema version {version}, older than this dyadic's {latest()}: "
            f"run `dyadic db migrate --db {target}` (a read-only open does not migrate)"
        )
