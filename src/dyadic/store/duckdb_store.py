"""DuckDB store: articles, actor mentions, events, quotations and places.

One :meth:`Store.save` is one transaction: an article is stored with all its
annotations or not at all. Saving an article id that is already stored changes
nothing (re-ingesting is a no-op). Opening a store for writing applies the
schema migrations it lacks (:mod:`dyadic.store.migrations`). The queries are
:class:`dyadic.store.sql.SqlStore`'s, shared with the PostgreSQL store.

Sharing the file between processes: DuckDB lets one process open a file for
writing, or several open it read-only, and a process holds the file's lock
for as long as it has a connection open (https://duckdb.org/docs/current/connect/concurrency).
So a :class:`Store` does not keep its file open: it opens it for an
operation (one query, one batch written in one transaction, or a
:meth:`Store.session` such as one HTTP request), read-only to read and for
writing only to write, and closes it once no operation has followed for
:data:`LINGER_S` (opening costs ~12 ms, so back-to-back queries share one
connection). A process that finds the file locked retries, with exponential
backoff up to :data:`MAX_RETRY_S`, for up to ``lock_wait_s`` seconds (default
``DYADIC_LOCK_WAIT_S``, else 10), then raises :class:`StoreLocked` naming the
file and the process that holds it. While it waits it keeps the file
``<path>.waiting`` fresh; a store that sees it closes the file after its
current operation instead of lingering, as it does after holding the file for
:data:`MAX_HOLD_S` on end (for waiters that are not dyadic), and then lets
:data:`YIELD_S` pass before opening it again so that the waiter gets its turn.
A coder and a server, or a coder and ``dyadic export``, thus take turns;
readers see every batch committed before they open the file.

A bulk writer (``dyadic code``: :func:`dyadic.scale.code_corpus`) holds the file
across its batches with :meth:`Store.holding`: closing it after each batch writes a
checkpoint and reopening it reads the file again, ~55 ms of CPU per batch. While held
the closing timer still looks every ``linger_s`` for a ``<path>.waiting`` file and
closes the file between two operations as soon as another dyadic process waits, and
it lets go between two operations after :data:`MAX_BULK_HOLD_S` on end (for waiters
that are not dyadic).
"""

from __future__ import annotations

import logging
import os
import random
import re
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from dyadic.errors import StoreError
from dyadic.store import migrations, parquet, schema
from dyadic.store.base import TableRows
from dyadic.store.sql import SqlStore, merge_key_sql, read_version

#: How long opening a DuckDB file held by another process waits, in seconds, unless
#: ``lock_wait_s`` or the environment variable :data:`LOCK_WAIT_ENV` says otherwise.
DEFAULT_LOCK_WAIT_S = 10.0
#: The environment variable holding the default lock wait, in seconds.
LOCK_WAIT_ENV = "DYADIC_LOCK_WAIT_S"
#: First and longest pause between two tries at a locked file, in seconds (doubling in between).
FIRST_RETRY_S = 0.005
MAX_RETRY_S = 0.05
#: How long the file stays open after an operation for the next one, in seconds (default ``linger_s``).
LINGER_S = 0.1
#: Longest the file stays open across back-to-back operations, in seconds ...
MAX_HOLD_S = 2.0
#: Longest a bulk writer (:meth:`Store.holding`) holds the file on end, in seconds, while no
#: dyadic process waits for it.
MAX_BULK_HOLD_S = 10.0
#: ... and then how long it stays closed at least, in seconds (longer than :data:`MAX_RETRY_S`,
#: so that a process waiting for it tries within that time).
YIELD_S = 0.1
#: A ``<path>.waiting`` file older than this, in seconds, is left over by a waiter that died.
WAITING_FRESH_S = 1.0
#: DuckDB's message when another process holds the file (DuckDB 1.1 - 1.4): it names the program and PID.
_HELD_BY = re.compile(r"Conflicting lock is held in (?P<program>.*?) \(PID (?P<pid>\d+)\)")
#: DuckDB's message when this process has the file open in the other mode (read-only vs writing).
_OTHER_MODE = "different configuration than existing connections"

logger = logging.getLogger(__name__)


class StoreLocked(StoreError):
    """Another process (or another store in this process) held the DuckDB file for longer
    than the store waits.

    Attributes:
        path: The database file.
        pid: The process holding it, as DuckDB reports it (None if it does not say, or if it
            is this process, with another store open on the file in the other mode).
        holder: That process's command line where the system shows it, else its program.
        waited_s: How long this process waited, in seconds.
        limit_s: How long the store waits for the file (``Store.lock_wait_s``), in seconds.
    """

    def __init__(
        self, path: str, pid: int | None, holder: str | None, waited_s: float, limit_s: float
    ) -> None:
        self.path = path
        self.pid = pid
        self.holder = holder
        self.waited_s = waited_s
        self.limit_s = limit_s
        if pid is None:
            who = "by another process or by this one in the other mode (read-only or writing)"
        else:
            who = f"held by process {pid}" + (f" ({holder})" if holder else "")
        super().__init__(
            f"cannot open store {path}: the DuckDB file is locked, {who}, which did not let go of it "
            f"within {limit_s:g} s. DuckDB lets one process write a file or several read it, and "
            f"dyadic holds it only while it reads, writes a batch or answers a request: wait for that "
            f"process to finish or stop it, or wait longer ({LOCK_WAIT_ENV}=60)"
        )


def lock_wait_from_env() -> float:
    """The lock wait in seconds from ``DYADIC_LOCK_WAIT_S``, else :data:`DEFAULT_LOCK_WAIT_S`.

    Raises:
        StoreError: the variable is not a number of seconds >= 0.
    """
    value = os.environ.get(LOCK_WAIT_ENV, "").strip()
    if not value:
        return DEFAULT_LOCK_WAIT_S
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not seconds >= 0:  # also NaN
        raise StoreError(f"{LOCK_WAIT_ENV} must be a number of seconds >= 0, not {value!r}")
    return seconds


def _holder(message: str) -> tuple[int | None, str | None]:
    """The PID and command line (or program) of the process DuckDB says holds the lock."""
    found = _HELD_BY.search(message)
    if found is None:
        return None, None
    pid = int(found["pid"])
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:  # Linux; elsewhere DuckDB's program name
            args = [a.decode(errors="replace") for a in f.read().split(b"\0") if a]
    except OSError:
        args = []
    command = " ".join(" ".join(Path(args[0]).name if i == 0 else a for i, a in enumerate(args)).split())
    return pid, (command[:120] or found["program"])


class Store(SqlStore):
    """A DuckDB file holding coded articles; implements :class:`dyadic.store.EventStore`.

    The file is opened per operation and closed soon after it (see the module docstring),
    so other processes can read and write it between two operations. ``:memory:`` stays
    open. One thread at a time uses a store (a closing timer runs on its own thread).

    Args:
        path: Database file (created if missing), or ``:memory:``.
        read_only: Open without write access (several readers may share a file).
        lock_wait_s: How long to wait for a file locked by another process, in seconds
            (0: fail at once); default :func:`lock_wait_from_env`.
        linger_s: How long the file stays open after an operation for the next one, in
            seconds (0: close it at once).

    Attributes:
        path: The database file, or ``:memory:`` (also :attr:`target`).
        read_only: Whether the store refuses writes.
        lock_wait_s: The lock wait, in seconds.
        linger_s: The time the file stays open after an operation, in seconds.
        applied_now: The schema versions migrated to when it was opened, oldest first.

    Raises:
        StoreLocked: another process held the file for longer than ``lock_wait_s``.
        StoreError: the file cannot be opened (not a DuckDB file, unreadable, missing
            when read-only), its schema is newer than this dyadic, or it is opened
            read-only and needs migrating (``dyadic db migrate``).
    """

    _BACKEND = "duckdb"
    _ERROR = duckdb.Error
    _ANY_OF = "IN (SELECT unnest(?))"
    _MERGE_KEY = merge_key_sql("strftime(e.date, '%Y-%m-%d')")

    def __init__(
        self,
        path: str | Path = "dyadic.duckdb",
        read_only: bool = False,
        lock_wait_s: float | None = None,
        linger_s: float = LINGER_S,
    ) -> None:
        self.path = self.target = str(path)
        self.read_only = read_only
        self.lock_wait_s = lock_wait_from_env() if lock_wait_s is None else lock_wait_s
        self.linger_s = linger_s
        self.applied_now = []
        self._con: duckdb.DuckDBPyConnection | None = None
        self._writes = False  # whether _con was opened for writing
        self._depth = 0  # sessions open on _con
        self._held = self.path.startswith(":memory:")  # kept open until close(); a file: see `con`
        self._bulk = 0  # holding() blocks open: the file stays open between operations
        self._closed = False
        self._lock = threading.RLock()  # _con and the fields above, against the closing timer
        self._timer: threading.Timer | None = None
        self._opened_at = self._last_used = self._not_before = 0.0  # time.monotonic()
        self._waiting = self.path + ".waiting"  # see the module docstring
        try:
            with self._connection(write=not read_only) as con:
                self._migrate(con, read_only)
        except duckdb.Error as exc:
            self._drop()
            raise StoreError(f"cannot migrate store {self.path}: {exc}") from exc
        except BaseException:
            self._drop()
            raise

    # -- the file ----------------------------------------------------------------
    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        """The DuckDB connection, opened now if need be and then kept open (the file held)
        until :meth:`close`: for tools and tests that run their own SQL. Setting it replaces
        the connection the store uses."""
        with self._lock:
            if self._con is not None and self._writes == self.read_only:  # read-only in a write store
                self._shut(quiet=True)
            if self._con is None:
                self._con = self._connect(write=not self.read_only)
                self._writes = not self.read_only
            self._held = True
            return self._con

    @con.setter
    def con(self, con: duckdb.DuckDBPyConnection) -> None:
        with self._lock:
            self._con, self._writes, self._held = con, not self.read_only, True

    @contextmanager
    def session(self, write: bool = False) -> Iterator[Store]:
        """Hold the file for the block, so that its operations share one connection (one
        open instead of one per query; ``dyadic serve`` opens one per request).

        Args:
            write: Open it for writing (otherwise read-only; a write inside the block
                reopens it for writing).

        Yields:
            The store itself.

        Raises:
            StoreLocked, StoreError: as :class:`Store`.
        """
        with self._connection(write=write):
            yield self

    @contextmanager
    def holding(self) -> Iterator[Store]:
        """Keep the file open between the block's operations (a bulk writer's batches), but
        close it between two operations once another dyadic process waits for it (looked
        for every ``linger_s`` seconds) or after :data:`MAX_BULK_HOLD_S` seconds held on end.

        While held, DuckDB runs the store's statements on the calling thread alone
        (``SET threads = 1``, see :func:`_one_thread`).

        Yields:
            The store itself.
        """
        with self._lock:
            self._bulk += 1
            if self._con is not None and self._bulk == 1:
                _one_thread(self._con, True)
        try:
            yield self
        finally:
            with self._lock:
                self._bulk -= 1
                if self._con is not None and not self._bulk:
                    _one_thread(self._con, False)
                if self._con is not None and self._depth == 0 and self._timer is None:
                    self._last_used = time.monotonic()
                    self._start_timer(self.linger_s)  # back to closing when idle

    @contextmanager
    def _connection(self, write: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
        """The open connection (of a session, or lingering after the last operation), else one
        opened now. A read-only connection is reopened for writing when ``write``; a read-only
        store never opens for writing (DuckDB refuses the write)."""
        with self._lock:
            if self._closed:
                raise StoreError(f"store {self.path} is closed")
            write = write and not self.read_only
            if self._con is not None and write and not self._writes and not self._held:
                self._shut(quiet=False)  # a write after reads: reopen for writing
            if self._con is None:
                self._con = self._connect(write)
                self._writes = write
                self._opened_at = time.monotonic()
            self._depth += 1
            try:
                yield self._con
            except BaseException:
                self._release(quiet=True)
                raise
            self._release(quiet=False)

    def _release(self, quiet: bool) -> None:
        """Leave a session. After the last one, close the file if another process waits for
        it or it has been open for :data:`MAX_HOLD_S` (and keep it closed for :data:`YIELD_S`),
        else in ``linger_s``."""
        self._depth -= 1
        if self._depth > 0 or self._held or self._con is None:
            return
        now = self._last_used = time.monotonic()
        hold_s = MAX_BULK_HOLD_S if self._bulk else MAX_HOLD_S
        if self.linger_s <= 0:
            self._shut(quiet)
        elif now - self._opened_at >= hold_s or self._someone_waits():
            self._not_before = now + YIELD_S
            self._shut(quiet)
        elif self._timer is None:
            self._start_timer(self.linger_s)

    def _someone_waits(self) -> bool:
        """Whether another dyadic process is waiting for the file (a fresh ``<path>.waiting``)."""
        try:
            return time.time() - os.stat(self._waiting).st_mtime < WAITING_FRESH_S
        except OSError:
            return False

    def _signal_waiting(self, waiting: bool) -> None:
        """Create or refresh ``<path>.waiting`` (or remove it); where the folder is read-only,
        the holder finds out by itself (:data:`LINGER_S`, :data:`MAX_HOLD_S`)."""
        try:
            if waiting:
                Path(self._waiting).touch()
            else:
                os.unlink(self._waiting)
        except OSError:
            pass

    def _start_timer(self, delay_s: float) -> None:
        self._timer = threading.Timer(delay_s, self._close_idle)
        self._timer.daemon = True
        self._timer.start()

    def _close_idle(self) -> None:
        """On the timer's thread: close the file if no operation used it for ``linger_s``."""
        with self._lock:
            self._timer = None
            if self._con is None or self._depth > 0 or self._held:
                return
            if self._bulk:  # held between a bulk writer's operations, unless someone waits
                if self._someone_waits() or time.monotonic() - self._opened_at >= MAX_BULK_HOLD_S:
                    self._not_before = time.monotonic() + YIELD_S
                    self._close_quietly()
                else:
                    self._start_timer(self.linger_s)
                return
            idle = time.monotonic() - self._last_used
            if idle < self.linger_s:
                self._start_timer(self.linger_s - idle)
                return
            self._close_quietly()

    def _close_quietly(self) -> None:
        """Close the file, logging a failure (the commits are in the write-ahead log: the next
        open replays it)."""
        try:
            self._shut(quiet=False)
        except StoreError as exc:
            logger.warning("%s", exc)

    def _shut(self, quiet: bool) -> None:
        """Close the connection now (the file is free for other processes)."""
        con, self._con = self._con, None
        if con is None:
            return
        try:
            con.close()
        except duckdb.Error as exc:
            if not quiet:
                raise StoreError(f"cannot close store {self.path}: {exc}") from exc

    def _connect(self, write: bool) -> duckdb.DuckDBPyConnection:
        """Open the file, waiting up to :attr:`lock_wait_s` while another process holds it.

        Raises:
            StoreLocked: it stayed locked.
            StoreError: it cannot be opened for another reason.
        """
        start = time.monotonic()
        if start < self._not_before:  # it was held on end, or someone waits: their turn first
            time.sleep(self._not_before - start)
            start = time.monotonic()
        pause = FIRST_RETRY_S
        waiting = False
        try:
            while True:
                try:
                    con = duckdb.connect(self.path, read_only=not write)
                    if self._bulk:
                        _one_thread(con, True)
                    return con
                except duckdb.Error as exc:
                    message = str(exc)
                    if "Could not set lock" not in message and _OTHER_MODE not in message:
                        raise StoreError(f"cannot open store {self.path}: {exc}") from exc
                    waited = time.monotonic() - start
                    if waited >= self.lock_wait_s:
                        raise StoreLocked(self.path, *_holder(message), waited, self.lock_wait_s) from exc
                    waiting = True
                    self._signal_waiting(True)
                    time.sleep(min(pause * random.uniform(0.5, 1.0), self.lock_wait_s - waited))
                    pause = min(2 * pause, MAX_RETRY_S)
        finally:
            if waiting:
                self._signal_waiting(False)

    def _drop(self) -> None:
        """Close the connection, whatever state it is in (after a failed open): the open's
        error is the one to report."""
        with self._lock:
            self._depth, self._closed = 0, True
            self._shut(quiet=True)

    def _version(self) -> tuple[int, bool]:
        with self._connection() as con:
            return read_version(con)

    def _migrate(self, con: duckdb.DuckDBPyConnection, read_only: bool) -> None:
        """Apply the migrations the store lacks (:mod:`dyadic.store.migrations`), each in one
        transaction, then CHECKPOINT if one rebuilt a table. Raises StoreError or duckdb.Error."""
        version, recorded = read_version(con)
        migrations.check_version(self.path, version, read_only)
        if read_only:
            return
        if not recorded:
            con.execute("BEGIN TRANSACTION")
            con.execute(migrations.CREATE_VERSION_TABLE)
            if version:
                con.execute(migrations.RECORD_VERSION, [version, migrations.BASELINE])
            con.execute("COMMIT")
        rebuilt = False
        for step in migrations.pending(version):
            con.execute("BEGIN TRANSACTION")
            try:
                con.execute(step.sql("duckdb"))
                con.execute(migrations.RECORD_VERSION, [step.version, step.description])
                con.execute("COMMIT")
            except duckdb.Error:
                _rollback(con)
                raise
            self.applied_now.append(step.version)
            rebuilt = rebuilt or step.rebuilds_table
        if rebuilt:
            con.execute("CHECKPOINT")

    def close(self) -> None:
        """Close the store: the connection if one is open (lingering after the last
        operation, ``:memory:``, or :attr:`con` was used); the store is not used after.

        Raises:
            StoreError: closing failed (its final checkpoint could not be written);
                the transactions committed before stay in the write-ahead log.
        """
        with self._lock:
            self._closed = True
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None
            self._shut(quiet=False)

    # -- writing -----------------------------------------------------------------
    def _insert(self, tables: TableRows) -> set[str]:
        columns, rows = tables["articles"]
        at = columns.index("article_id")
        with self._connection(write=True) as con:
            con.execute("BEGIN TRANSACTION")
            try:
                new = {r[at] for r in rows} - self.stored_article_ids([r[at] for r in rows])
                for table, (columns, rows) in tables.items():
                    at = columns.index("article_id")
                    mine = [r for r in rows if r[at] in new]
                    if mine:
                        by_column = [list(c) for c in zip(*mine, strict=True)]
                        con.execute(unnest_insert_sql(table, columns), by_column)
                con.execute("COMMIT")
            except duckdb.Error:
                _rollback(con)
                raise
        return new

    def load_parquet(self, path: str | Path) -> list[str]:
        """Load Parquet partitions with DuckDB's own reader (:func:`dyadic.store.parquet.load_parquet`;
        see :meth:`dyadic.store.EventStore.load_parquet`), holding the file until all are loaded.
        Raises :class:`StoreError`."""
        with self._connection(write=True) as con:
            return parquet.load_parquet(con, path)

    # -- reading -----------------------------------------------------------------
    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._connection() as con:
            return con.execute(sql, list(params)).fetchall()

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._connection() as con:
            cur = con.execute(sql, list(params))
            cols = [d[0] for d in cur.description]
            return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def unnest_insert_sql(table: str, columns: Sequence[str]) -> str:
    """``INSERT INTO table (columns) SELECT unnest(?::TYPE[]), ...``: one list parameter per column.

    The rows of a batch go in as one list per column (``[list(c) for c in zip(*rows)]``), which
    DuckDB unnests side by side into rows, in order. Binding a few lists costs far less than
    binding every value of a multi-row ``VALUES`` list (about 4x less CPU time for a chunk of
    32 news articles); DuckDB's appender, the fastest path in its docs, is not in its Python
    API, and the Arrow and pandas scans need packages dyadic does not depend on.

    Args:
        table: A table of :data:`dyadic.store.schema.TABLE_COLUMNS`.
        columns: Some of its columns, in the order of the list parameters.
    """
    kinds = dict(schema.TABLE_COLUMNS[table])
    cols = ",".join(f'"{c}"' for c in columns)
    return f"INSERT INTO {table} ({cols}) SELECT " + ", ".join(f"unnest(?::{kinds[c]}[])" for c in columns)


def _one_thread(con: duckdb.DuckDBPyConnection, one: bool) -> None:
    """Run DuckDB's statements on the calling thread alone (``one``), or on its default
    worker threads again.

    A bulk writer's statements are small inserts, but each wakes DuckDB's worker threads,
    and a worker that falls idle afterwards hands the process's free heap back to the
    system (``malloc_trim``): the parse of the next articles, which frees and reuses large
    buffers, then faults it all in again (with transparent huge pages, ~0.3 CPU s a time;
    ~4 CPU s over a 260-article ``dyadic code`` run on 2 cores, more the longer the run).
    With one thread no worker runs, so nothing is trimmed between batches (closing the file
    still trims, once per close). The stored rows are the same.
    """
    try:
        con.execute("SET threads = 1" if one else "RESET threads")
    except duckdb.Error as exc:  # a setting only: the store works the same without it
        logger.debug("cannot set DuckDB's threads on %s: %s", con, exc)


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back the open transaction, if one is still open: a COMMIT that fails (disk
    full, a write conflict) has already ended it, and a second ROLLBACK would raise
    ``no transaction is active`` in place of the error that matters."""
    try:
        con.execute("ROLLBACK")
    except duckdb.Error:
        pass  # no transaction left to roll back, or a connection that cannot write at all
