"""Batch coding on one machine: a stream of articles -> the store, in 1..N processes.

How a run goes:

1. the input stream (:func:`dyadic.ingest.read_inputs`) is read in chunks of
   ``chunk_articles`` articles, so memory does not grow with the corpus;
2. the articles of a chunk already in the store are skipped (one query per chunk);
3. the others are coded: in this process with :meth:`Pipeline.code_many
   <dyadic.pipeline.Pipeline.code_many>` (``workers=1``; built once there is an
   article to code, so a run with nothing new ends at once), or by ``workers``
   processes that code whole chunks with ``nlp.pipe`` batching, at most
   ``2 * workers`` chunks in flight. On Linux this process builds the pipeline
   once, warms it up, freezes the garbage collector's view of it
   (:func:`gc.freeze`) and forks the workers, so they share its read-only
   data (spaCy model, dictionaries, gazetteer) copy-on-write; elsewhere each
   worker is spawned and builds its own;
4. this process alone stores the coded articles, a chunk per transaction
   (:meth:`dyadic.store.Store.save_batch`: whole articles or none).

So a run killed at any point, even with SIGKILL, has stored whole articles
only (it loses at most the chunks coded and not yet stored); rerunning it
skips the stored ones and codes the rest: no article is lost or stored twice.
With several workers the order of storing is not the input order.
"""

from __future__ import annotations

import concurrent.futures as cf
import gc
import itertools
import logging
import multiprocessing
import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass, field
from typing import Literal, Protocol

from dyadic.config import Settings
from dyadic.errors import CodingError, DyadicError, InputError, StoreError
from dyadic.records import Article, ArticleResult
from dyadic.store import EventStore

log = logging.getLogger(__name__)

OutcomeStatus = Literal["stored", "skipped", "input_error", "coding_error", "store_error"]


class Coder(Protocol):
    """What a worker needs from a pipeline (:class:`dyadic.pipeline.Pipeline` is one)."""

    def code_many(self, articles: Iterable[Article]) -> Iterator[ArticleResult | CodingError]: ...


#: Builds a :class:`Coder` from settings, once per process. Must be a
#: module-level function so worker processes can unpickle it.
PipelineFactory = Callable[[Settings], Coder]


def default_pipeline(settings: Settings) -> Coder:
    """The full coding pipeline, :class:`dyadic.pipeline.Pipeline`."""
    from dyadic.pipeline import Pipeline

    return Pipeline(settings)


class ScaleError(DyadicError):
    """A worker process or the cluster failed; articles stored so far stay stored."""


@dataclass
class Outcome:
    """What happened to one input item.

    Attributes:
        status: ``stored`` (coded and saved now), ``skipped`` (already in the
            store), ``input_error`` (unreadable input), ``coding_error`` (a
            stage failed on it), ``store_error`` (saving it failed).
        article_id: The article's id (empty for input errors).
        origin: Where it was read from.
        events: Number of events stored with it.
        result: The coded article for ``stored`` outcomes of local runs, else None.
        error: The error for ``*_error`` outcomes.
    """

    status: OutcomeStatus
    article_id: str = ""
    origin: str = ""
    events: int = 0
    result: ArticleResult | None = None
    error: DyadicError | None = None


@dataclass
class RunStats:
    """Counts of a run, by :attr:`Outcome.status`, plus stored events."""

    counts: dict[str, int] = field(default_factory=dict)
    events: int = 0

    def add(self, outcome: Outcome) -> None:
        """Count one outcome."""
        self.counts[outcome.status] = self.counts.get(outcome.status, 0) + 1
        self.events += outcome.events

    @property
    def failures(self) -> int:
        """Input, coding and store errors."""
        return sum(v for k, v in self.counts.items() if k.endswith("_error"))


def chunked(
    items: Iterable[Article | InputError], size: int, pending: deque[Outcome]
) -> Iterator[list[Article]]:
    """Group articles in lists of ``size``; input errors go to ``pending`` as outcomes."""
    chunk: list[Article] = []
    for item in items:
        if isinstance(item, InputError):
            pending.append(Outcome("input_error", origin=item.origin, error=item))
            continue
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def unstored(
    chunk: list[Article],
    stored_ids: Callable[[list[str]], set[str]],
    pending: deque[Outcome],
    dispatched: set[str],
) -> list[Article]:
    """The articles of ``chunk`` neither stored nor already sent for coding in this run
    (``dispatched``, updated here), so the first copy of a repeated id wins whatever
    order workers finish in; ``skipped`` outcomes for the others go to ``pending``."""
    done = stored_ids([a.article_id for a in chunk]) | dispatched
    out = []
    for a in chunk:
        if a.article_id in done:
            pending.append(Outcome("skipped", a.article_id, a.origin))
        else:
            done.add(a.article_id)
            dispatched.add(a.article_id)
            out.append(a)
    return out


def code_corpus(
    items: Iterable[Article | InputError],
    store: EventStore,
    settings: Settings,
    *,
    workers: int = 1,
    chunk_articles: int | None = None,
    pipeline_factory: PipelineFactory = default_pipeline,
    keep_results: bool = True,
    on_coded: Callable[[], None] | None = None,
    progress_articles: int = 8,
) -> Iterator[Outcome]:
    """Code a stream of articles into ``store``, yielding one outcome per input item.

    Args:
        items: Articles and input errors, e.g. from :func:`dyadic.ingest.read_inputs`.
        store: An open store (written by this process only).
        settings: Settings; ``spacy_batch_size`` is the ``nlp.pipe`` batch size.
        workers: Coding processes; 1 codes in this process.
        chunk_articles: Articles per chunk sent to a worker (and per
            already-stored query); default ``settings.spacy_batch_size``.
        pipeline_factory: Builds the pipeline, once per process.
        keep_results: Put the coded :class:`ArticleResult` on ``stored``
            outcomes (to print their events); False saves memory.
        on_coded: Called once per article as soon as it is coded, before its
            chunk is stored (outcomes come a chunk at a time), so progress can
            be shown per article. With ``workers=1`` the coder is then given
            ``progress_articles`` articles at a time (``nlp.pipe`` batches of
            that size; 8 codes news as fast as 32 with ``en_core_web_sm`` on
            2 cores), so the calls come every few articles, not every chunk;
            with workers, a chunk's calls come when a worker returns it.
        progress_articles: See ``on_coded``.

    Yields:
        An :class:`Outcome` per article or input error, as it is settled.
        Stopping the iteration early stops the run (and its workers).

    Raises:
        ScaleError: a worker process died (articles stored so far stay stored).
        PipelineNotInstalled: the spaCy pipeline is missing.
        StoreError: no article of a batch could be stored (see :func:`_settle`); an
            article that alone cannot be stored is a ``store_error`` outcome.
    """
    size = chunk_articles or settings.spacy_batch_size
    with _holding(store):  # one open and one checkpoint for the run, not one per chunk
        yield from _code_stream(
            items, store, settings, workers, size, pipeline_factory, keep_results, on_coded, progress_articles
        )


def _holding(store: EventStore) -> AbstractContextManager[object]:
    """Hold a DuckDB store's file open between its batches (:meth:`dyadic.store.Store.holding`;
    it still lets go whenever another process waits); other stores as they are."""
    holding = getattr(store, "holding", None)
    return holding() if holding is not None else nullcontext()


def _code_stream(
    items: Iterable[Article | InputError],
    store: EventStore,
    settings: Settings,
    workers: int,
    size: int,
    pipeline_factory: PipelineFactory,
    keep_results: bool,
    on_coded: Callable[[], None] | None,
    progress_articles: int,
) -> Iterator[Outcome]:
    """:func:`code_corpus`'s run, chunks of ``size`` articles."""
    pending: deque[Outcome] = deque()
    dispatched: set[str] = set()  # ids sent for coding in this run (a few bytes each)
    chunks = (
        c
        for c in (
            unstored(c, store.stored_article_ids, pending, dispatched) for c in chunked(items, size, pending)
        )
        if c
    )
    if workers <= 1:
        stream = (a for c in chunks for a in c)
        first = next(stream, None)
        if first is None:  # nothing to code (all stored, or unreadable): no pipeline to build
            yield from _drain(pending)
            return
        coder = pipeline_factory(settings)
        articles = itertools.chain([first], stream)
        results = (
            coder.code_many(articles)
            if on_coded is None
            else _code_in_steps(coder, articles, progress_articles, on_coded)
        )
        with _frozen_heap():
            batch: list[ArticleResult | CodingError] = []
            for result in results:
                batch.append(result)
                if len(batch) >= size:
                    yield from _drain(pending)
                    yield from _settle(batch, store, keep_results)
                    batch = []
            yield from _settle(batch, store, keep_results)
            yield from _drain(pending)
        return
    yield from _code_in_pool(
        chunks, pending, store, settings, workers, pipeline_factory, keep_results, on_coded
    )


@contextmanager
def _frozen_heap() -> Iterator[None]:
    """Keep the objects alive now (the pipeline's model, dictionaries and gazetteer) out of
    the garbage collector's view while the block runs (:func:`gc.freeze`), so that its full
    collections, which the many small objects of coding set off, do not walk them each
    time (about 3% of a one-process run's CPU time). Nothing is frozen when something
    already is (a caller that froze the heap itself keeps it as it was)."""
    if gc.get_freeze_count():
        yield
        return
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _code_in_steps(
    coder: Coder, articles: Iterable[Article], step: int, on_coded: Callable[[], None]
) -> Iterator[ArticleResult | CodingError]:
    """``coder.code_many`` over ``step`` articles at a time, calling ``on_coded`` per result."""
    stream = iter(articles)
    while group := list(itertools.islice(stream, max(1, step))):
        for result in coder.code_many(group):
            on_coded()
            yield result


def _drain(pending: deque[Outcome]) -> Iterator[Outcome]:
    while pending:
        yield pending.popleft()


def _settle(results: list[ArticleResult | CodingError], store: EventStore, keep: bool) -> Iterator[Outcome]:
    """Store a batch of coded articles in one transaction (:meth:`dyadic.store.Store.save_batch`).

    Raises:
        StoreError: not one article of a batch of several could be stored, even one by
            one (a full disk, a store gone read-only): the store cannot be written, so
            the run stops rather than code the rest for nothing. The articles stored
            before stay, and a rerun resumes after them.
    """
    coded = [r for r in results if not isinstance(r, CodingError)]
    flags = store.save_batch(coded)
    if len(flags) > 1 and all(isinstance(f, StoreError) for f in flags):
        raise StoreError(
            f"the store cannot be written: {flags[0]} (nor any of the other {len(flags) - 1} articles "
            "of this batch; the articles stored before are kept, rerun to resume)"
        )
    saved = iter(flags)
    for r in results:
        if isinstance(r, CodingError):
            yield Outcome("coding_error", r.article_id, r.origin, error=r)
            continue
        art = r.article
        flag = next(saved)
        if isinstance(flag, DyadicError):
            yield Outcome("store_error", art.article_id, art.origin, error=flag)
        elif flag:
            yield Outcome("stored", art.article_id, art.origin, len(r.events), r if keep else None)
        else:
            yield Outcome("skipped", art.article_id, art.origin)


# -- worker processes ------------------------------------------------------------------------------
_worker_coder: Coder | None = None
_worker_error: BaseException | None = None


@dataclass(frozen=True)
class _Failure:
    """A :class:`CodingError` in picklable form (its ``__init__`` takes three arguments)."""

    article_id: str
    origin: str
    reason: str

    def error(self) -> CodingError:
        return CodingError(self.article_id, self.origin, self.reason)


#: Text coded once by a pipeline built to be forked, so that what it builds lazily
#: (the actor matcher, parsers' caches) is built before the fork and shared.
_WARM_UP_TEXT = (
    "TEHRAN - Iran's foreign minister met French President Emmanuel Macron in Paris on Monday, "
    'and said the talks were "useful", officials told reporters.'
)


def fork_workers() -> bool:
    """True where worker processes are forked from a pipeline built once (Linux), not spawned."""
    return sys.platform == "linux"


def _warm_up(coder: Coder) -> None:
    """Code one short article and drop the result."""
    for _ in coder.code_many([Article("dyadic-warm-up", _WARM_UP_TEXT)]):
        pass


def _init_worker(
    settings: Settings, factory: PipelineFactory, parent_pid: int, coder: Coder | None = None
) -> None:
    """Worker set-up: take ``coder`` (forked workers) or build one with ``factory`` (spawned)."""
    global _worker_coder, _worker_error
    if coder is not None:
        _worker_coder = coder
    else:
        try:
            _worker_coder = factory(settings)
        except Exception as exc:  # raised again with the first chunk, so the caller sees why
            _worker_error = exc

    def watch() -> None:  # a worker whose parent was killed (SIGKILL) exits too
        while True:
            if os.getppid() != parent_pid:
                os._exit(1)
            threading.Event().wait(1.0)

    threading.Thread(target=watch, daemon=True).start()


def _code_chunk(chunk: list[Article]) -> list[ArticleResult | _Failure]:
    if _worker_error is not None:
        raise _worker_error
    assert _worker_coder is not None, "worker not initialised"
    out: list[ArticleResult | _Failure] = []
    for r in _worker_coder.code_many(chunk):
        if isinstance(r, CodingError):
            out.append(_Failure(r.article_id, r.origin, r.reason))
        else:
            out.append(r)
    return out


def _start_pool(settings: Settings, workers: int, factory: PipelineFactory) -> cf.ProcessPoolExecutor:
    """A pool of ``workers`` processes; forked ones (see :func:`fork_workers`) take a pipeline
    built here, warmed up, with the garbage collector frozen until the pool's first submit."""
    if not fork_workers():
        ctx = multiprocessing.get_context("spawn")
        return cf.ProcessPoolExecutor(
            workers, mp_context=ctx, initializer=_init_worker, initargs=(settings, factory, os.getpid())
        )
    coder = factory(settings)  # raises here, e.g. PipelineNotInstalled
    _warm_up(coder)
    # Objects moved to the permanent generation are never traversed by the collector, so
    # its bookkeeping writes do not un-share the workers' copy-on-write pages. The
    # workers are forked (the pool starts them all) on the first submit; the caller
    # unfreezes this process after it.
    gc.collect()
    gc.freeze()
    fork = multiprocessing.get_context("fork")  # the workers touch neither DuckDB nor this process's threads
    return cf.ProcessPoolExecutor(
        workers, mp_context=fork, initializer=_init_worker, initargs=(settings, factory, os.getpid(), coder)
    )


def _code_in_pool(
    chunks: Iterator[list[Article]],
    pending: deque[Outcome],
    store: EventStore,
    settings: Settings,
    workers: int,
    factory: PipelineFactory,
    keep: bool,
    on_coded: Callable[[], None] | None = None,
) -> Iterator[Outcome]:
    pool: cf.ProcessPoolExecutor | None = None  # started with the first chunk to code
    in_flight: set[cf.Future[list[ArticleResult | _Failure]]] = set()
    try:
        exhausted = False
        while True:
            while not exhausted and len(in_flight) < 2 * workers:
                chunk = next(chunks, None)
                yield from _drain(pending)
                if chunk is None:
                    exhausted = True
                else:
                    if pool is None:
                        pool = _start_pool(settings, workers, factory)
                        try:
                            in_flight.add(pool.submit(_code_chunk, chunk))  # forks the workers
                        finally:
                            if fork_workers():
                                gc.unfreeze()
                    else:
                        in_flight.add(pool.submit(_code_chunk, chunk))
            if not in_flight:
                break
            done, in_flight = cf.wait(in_flight, return_when=cf.FIRST_COMPLETED)
            for fut in done:
                try:
                    results = fut.result()
                except cf.process.BrokenProcessPool as exc:
                    raise ScaleError(f"a coding worker died: {exc}") from exc
                coded = [r.error() if isinstance(r, _Failure) else r for r in results]
                if on_coded is not None:
                    for _ in coded:
                        on_coded()
                yield from _settle(coded, store, keep)
        yield from _drain(pending)
    finally:
        for fut in in_flight:
            fut.cancel()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
