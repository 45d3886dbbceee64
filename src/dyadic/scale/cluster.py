"""Coding on a Dask cluster: partitions of articles -> Parquet partitions -> the store.

How a run goes:

1. this process (the Dask client) reads the input stream and skips articles
   already stored, as a local run does (:mod:`dyadic.scale.local`);
2. it cuts the rest into partitions of ``partition_articles`` articles and
   submits each to the cluster, at most ``max_pending`` at a time, so memory
   stays bounded;
3. a worker codes a partition with its own pipeline (built once per worker
   process, ``nlp.pipe`` batching) and sends the partition back as Parquet
   files (see :mod:`dyadic.store.parquet`); workers need no file system
   shared with the client, only dyadic and the spaCy pipeline installed;
4. the client writes the partition under ``parquet_dir/part-<hash>/`` and
   loads it into the store in one transaction.

A run stopped at any point has stored whole partitions only; rerunning it
skips their articles. The Parquet folder can also be loaded again later with
:meth:`dyadic.store.EventStore.load_parquet` (loading skips stored articles).
"""

from __future__ import annotations

import contextlib
import hashlib
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from dyadic.config import Settings
from dyadic.errors import CodingError, DyadicError, InputError
from dyadic.extras import require_extra
from dyadic.records import Article
from dyadic.scale.local import (
    Coder,
    Outcome,
    PipelineFactory,
    ScaleError,
    chunked,
    default_pipeline,
    unstored,
)
from dyadic.store import TABLES, EventStore, parquet_bytes

_coders: dict[tuple[Any, Settings], Coder] = {}


@contextlib.contextmanager
def dask_client(scheduler: str | None = None, local_workers: int | None = None) -> Iterator[Any]:
    """A ``distributed.Client``: to the scheduler at ``scheduler``
    (``tcp://HOST:PORT``), or to a new ``LocalCluster`` of ``local_workers``
    single-threaded worker processes, closed on exit.

    Raises:
        ScaleError: the scheduler cannot be reached, or neither argument is given.
    """
    require_extra("dask")
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout="20s")
        except (OSError, TimeoutError) as exc:
            raise ScaleError(f"cannot reach Dask scheduler {scheduler}: {exc}") from exc
        with client:
            yield client
        return
    if not local_workers:
        raise ScaleError("give a scheduler address or a number of local workers")
    with (
        LocalCluster(
            n_workers=local_workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            worker_dashboard_address=None,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def code_partition(
    articles: list[Article], settings: Settings, factory: PipelineFactory = default_pipeline
) -> dict[str, Any]:
    """Code one partition on a worker (the Dask task).

    Args:
        articles: The partition's articles.
        settings: Settings (spaCy model, batch size).
        factory: Builds the pipeline, once per worker process.

    Returns:
        ``{"parquet": {table: bytes}, "failures": [(article_id, origin, message)], "events": n}``.
    """
    key = (factory, settings)
    if key not in _coders:
        _coders[key] = factory(settings)
    coder = _coders[key]
    failures: list[tuple[str, str, str]] = []
    events = 0

    def results() -> Iterator[Any]:
        nonlocal events
        for r in coder.code_many(articles):
            if isinstance(r, CodingError):
                failures.append((r.article_id, r.origin, r.reason))
            else:
                events += len(r.events)
                yield r

    data = parquet_bytes(results())
    return {"parquet": data, "failures": failures, "events": events}


def partition_name(articles: list[Article]) -> str:
    """``part-`` + 16 hex chars of SHA-1 over the partition's article ids: the same
    articles give the same folder, so a rerun overwrites rather than adds."""
    h = hashlib.sha1("\n".join(a.article_id for a in articles).encode("utf-8"))
    return "part-" + h.hexdigest()[:16]


def code_on_dask(
    items: Iterable[Article | InputError],
    store: EventStore,
    settings: Settings,
    client: Any,
    parquet_dir: str | Path,
    *,
    partition_articles: int = 256,
    max_pending: int | None = None,
    pipeline_factory: PipelineFactory = default_pipeline,
) -> Iterator[Outcome]:
    """Code a stream of articles on a Dask cluster into ``store``, via Parquet.

    Args:
        items: Articles and input errors, e.g. from :func:`dyadic.ingest.read_inputs`.
        store: An open, writable store.
        settings: Settings sent to the workers.
        client: A ``distributed.Client`` (see :func:`dask_client`).
        parquet_dir: Folder for the Parquet partitions (created if missing).
        partition_articles: Articles per partition (one Dask task).
        max_pending: Partitions submitted and not yet loaded; default twice
            the number of worker threads.
        pipeline_factory: Builds the pipeline on each worker.

    Yields:
        An :class:`Outcome` per article or input error (``result`` is None:
        the coded records go through Parquet).

    Raises:
        ScaleError: a task failed on the cluster (a worker died, a pipeline
            could not be built); partitions loaded before stay stored.
    """
    from distributed import as_completed

    root = Path(parquet_dir)
    root.mkdir(parents=True, exist_ok=True)
    limit = max_pending or 2 * max(1, sum(client.nthreads().values()))
    pending: deque[Outcome] = deque()
    dispatched: set[str] = set()
    parts = (
        p
        for p in (
            unstored(c, store.stored_article_ids, pending, dispatched)
            for c in chunked(items, partition_articles, pending)
        )
        if p
    )
    queue = as_completed()
    in_flight: dict[Any, list[Article]] = {}
    exhausted = False
    try:
        while True:
            while not exhausted and len(in_flight) < limit:
                part = next(parts, None)
                yield from _drain(pending)
                if part is None:
                    exhausted = True
                    continue
                fut = client.submit(code_partition, part, settings, pipeline_factory, pure=False)
                in_flight[fut] = part
                queue.add(fut)
            if not in_flight:
                break
            fut = next(queue)
            part = in_flight.pop(fut)
            try:
                done = fut.result()
            except DyadicError:
                raise
            except Exception as exc:
                raise ScaleError(f"a Dask task failed: {type(exc).__name__}: {exc}") from exc
            yield from _store_partition(part, done, store, root)
        yield from _drain(pending)
    finally:
        for fut in in_flight:
            fut.cancel()


def _drain(pending: deque[Outcome]) -> Iterator[Outcome]:
    while pending:
        yield pending.popleft()


def _store_partition(
    part: list[Article], done: dict[str, Any], store: EventStore, root: Path
) -> Iterator[Outcome]:
    folder = root / partition_name(part)
    folder.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        (folder / f"{table}.parquet").write_bytes(done["parquet"][table])
    failed = {aid: (origin, msg) for aid, origin, msg in done["failures"]}
    try:
        stored = set(store.load_parquet(folder))
    except DyadicError as exc:
        for a in part:
            yield Outcome("store_error", a.article_id, a.origin, error=exc)
        return
    counts = store.event_counts(list(stored))
    for a in part:
        if a.article_id in failed:
            origin, msg = failed[a.article_id]
            yield Outcome("coding_error", a.article_id, origin, error=CodingError(a.article_id, origin, msg))
        elif a.article_id in stored:
            yield Outcome("stored", a.article_id, a.origin, counts.get(a.article_id, 0))
        else:
            yield Outcome("skipped", a.article_id, a.origin)
