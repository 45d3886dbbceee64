"""Bounded work per request: one coding thread with a short queue and a time limit, and a cap
on URL fetches running at once.

Coding an article is CPU work of seconds (about 4 s for the API's 100,000-character
limit); it runs on one worker thread of its own, so the server's request threads stay
free and every other request is answered meanwhile. At most ``max_queued_codings``
articles wait behind the one being coded, and a request waits at most
``coding_timeout_s``; past either limit it gets 503 with ``Retry-After`` (an article
whose wait timed out is still coded and stored, so the same POST later answers 200).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

from dyadic.api.errors import ApiError
from dyadic.server import ServerSettings

T = TypeVar("T")

#: Seconds a client is asked to wait before retrying a request refused for load.
RETRY_AFTER_S = 5


class WorkLimits:
    """The coding worker and the fetch slots of one app.

    Args:
        settings: ``max_queued_codings``, ``coding_timeout_s``, ``max_concurrent_fetches``.
    """

    def __init__(self, settings: ServerSettings) -> None:
        self.settings = settings
        self._coder = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dyadic-coding")
        self._coding_slots = threading.BoundedSemaphore(1 + max(settings.max_queued_codings, 0))
        self._fetch_slots = threading.BoundedSemaphore(max(settings.max_concurrent_fetches, 1))

    async def code(self, job: Callable[[], T]) -> T:
        """Run ``job`` (coding and storing one article) on the coding thread and wait for it.

        Raises:
            ApiError: 503 with ``Retry-After`` when the queue is full or the
                job does not finish within ``coding_timeout_s`` (it then
                finishes in the background).
            Exception: whatever ``job`` raises.
        """
        if not self._coding_slots.acquire(blocking=False):
            raise _busy(
                f"text: {self.settings.max_queued_codings} articles are already waiting to be coded; "
                "retry later",
                "text",
            )
        try:
            future = self._coder.submit(job)
        except RuntimeError:  # shut down
            self._coding_slots.release()
            raise _busy("text: the server is shutting down", "text") from None
        future.add_done_callback(lambda _: self._coding_slots.release())
        timeout = self.settings.coding_timeout_s
        try:
            return await asyncio.wait_for(asyncio.shield(asyncio.wrap_future(future)), timeout)
        except TimeoutError:
            raise _busy(
                f"text: coding did not finish within the limit of {timeout:g} s; it goes on and the "
                "article is stored when done: send the same request again later",
                "text",
            ) from None

    @contextmanager
    def fetch_slot(self) -> Iterator[None]:
        """Hold one of ``max_concurrent_fetches`` URL fetch slots.

        Raises:
            ApiError: 503 with ``Retry-After`` when all are taken.
        """
        if not self._fetch_slots.acquire(blocking=False):
            raise _busy(
                f"url: {self.settings.max_concurrent_fetches} URL fetches are already running "
                "(the limit); retry later",
                "url",
            )
        try:
            yield
        finally:
            self._fetch_slots.release()

    def close(self) -> None:
        """Stop the coding thread after the job it is running; queued jobs are dropped."""
        self._coder.shutdown(wait=False, cancel_futures=True)


def _busy(message: str, field: str) -> ApiError:
    return ApiError(503, message, field, headers={"Retry-After": str(RETRY_AFTER_S)})
