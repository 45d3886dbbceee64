"""The store interface: what the CLI, API, pages, relations, exports and scale runners need.

:class:`EventStore` is a :class:`typing.Protocol`; :class:`dyadic.store.Store`
(DuckDB) implements it, and another backend (PostgreSQL) implements the same
methods. Callers outside :mod:`dyadic.store` use these methods only, never a
backend's connection.

Records are the public JSON shapes (README, "Records"): dates as ISO 8601
strings (UTC days), offsets as character offsets into ``Article.text``.

Events are *merged* across articles (:mod:`dyadic.relations.merge`) by their
merge key: ``YYYY-MM-DD|source code|target code|CAMEO code`` (an empty
target code for events without a target); an event without a date is keyed
``event:<event_id>``, so it is merged with no other.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, Protocol, Self

from dyadic.errors import StoreError
from dyadic.records import ArticleResult

#: One period and direction of :meth:`EventStore.dyad_counts`: ``(period start, direction,
#: events, verbal coop, material coop, verbal conflict, material conflict, Goldstein sum)``.
DyadCount = tuple[date, int, int, int, int, int, int, float]
#: One pair of :meth:`EventStore.pair_counts`: ``(a, b, events, a_to_b, b_to_a,
#: Goldstein mean, net cooperation)``.
PairCount = tuple[str, str, int, int, int, float, float]
#: Raw rows of some articles, as stored: ``{table: (column names, rows)}`` for the tables of
#: :data:`dyadic.store.schema.COLUMNS` (:meth:`EventStore.dump_rows`, :meth:`EventStore.load_rows`).
TableRows = dict[str, tuple[tuple[str, ...], list[tuple[Any, ...]]]]
#: What relations count (:meth:`EventStore.dyad_counts`, :meth:`EventStore.pair_counts`):
#: ``realized`` events only (the default), or ``all`` events whatever their status.
COUNTED_STATUSES = ("realized", "all")


class EventStore(Protocol):
    """A store of coded articles: their mentions, events, quotations and places."""

    def close(self) -> None:
        """Close the store; it is not used after."""
        ...

    def __enter__(self) -> Self:
        """The store itself, closed when the ``with`` block ends."""
        ...

    def __exit__(self, *exc: object) -> None: ...

    def info(self) -> dict[str, Any]:
        """What the store is: ``{backend ("duckdb" | "postgres"), target (path, or URL with the
        password masked), schema_version, latest_version (this dyadic's), migrations
        ([{version, description, applied_at}]), applied_now (versions applied when it was
        opened), counts}`` (``counts`` as in :meth:`counts`)."""
        ...

    # -- writing -----------------------------------------------------------------
    def has_article(self, article_id: str) -> bool:
        """Whether ``article_id`` is stored."""
        ...

    def stored_article_ids(self, article_ids: Sequence[str]) -> set[str]:
        """The subset of ``article_ids`` already stored (one query)."""
        ...

    def save(self, result: ArticleResult) -> bool:
        """Store one coded article and its annotations in one transaction.

        Returns:
            True if stored, False if the article id was already stored (nothing changes).

        Raises:
            StoreError: the write failed; nothing of the article is stored.
        """
        ...

    def save_batch(self, results: Sequence[ArticleResult]) -> list[bool | StoreError]:
        """Store many coded articles, whole articles or none of each.

        Args:
            results: Coded articles; of several with one id, the first is stored.

        Returns:
            Per result, in order: True if stored now; False if its id was already
            stored (before, or earlier in ``results``); or the :class:`StoreError`
            that kept it out (the others are stored all the same).
        """
        ...

    def load_parquet(self, path: str | Path) -> list[str]:
        """Load Parquet partitions (:mod:`dyadic.store.parquet`), one transaction per partition.

        Args:
            path: One partition folder, or a folder of partition folders.

        Returns:
            The ids of the articles stored now (articles already stored are skipped).

        Raises:
            StoreError: a partition cannot be read or inserted; it is rolled
                back, partitions loaded before it stay.
        """
        ...

    def dump_rows(self, article_ids: Sequence[str]) -> TableRows:
        """Every stored row of these articles, all columns (``coded_at`` included), for copying.

        Returns:
            :data:`TableRows` for every table, rows in primary-key order; ids not stored have no rows.
        """
        ...

    def load_rows(self, tables: TableRows) -> list[str]:
        """Insert raw rows (from :meth:`dump_rows` of any backend) in one transaction.

        Articles already stored are skipped with all their rows, so loading twice stores
        nothing twice.

        Returns:
            The ids of the articles stored now, sorted.

        Raises:
            StoreError: the rows cannot be inserted; nothing of them is stored.
        """
        ...

    # -- reading -----------------------------------------------------------------
    def events(
        self,
        *,
        source: str | None = None,
        target: str | None = None,
        code: str | None = None,
        root: str | None = None,
        plover: str | None = None,
        status: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        text: str | None = None,
        article_id: str | None = None,
        quad_classes: Sequence[int] | None = None,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = False,
    ) -> list[dict[str, Any]]:
        """Event records, filtered; ordered by date, article, sentence, verb offset, event id.

        Args:
            source: Actor code or country of the source (``IRN`` matches ``IRNGOV``).
            target: Same, for the target.
            code: Exact CAMEO code.
            root: CAMEO root (2 digits).
            plover: PLOVER event type.
            status: Event status (``realized``, ``planned`` ...).
            date_from: First event day included.
            date_to: Last event day included.
            text: Case-insensitive substring of the sentence.
            article_id: Events of this article only.
            quad_classes: GDELT QuadClasses (1-4) to keep; None or empty for all.
            limit: At most this many records (all when None).
            offset: Records skipped before the first returned.
            newest_first: Latest date first (events without a date last), then
                by article, sentence, verb offset, event id.

        Returns:
            Public event records (README, "Event record"). Empty or None
            filters select everything.
        """
        ...

    def count_events(
        self,
        *,
        source: str | None = None,
        target: str | None = None,
        code: str | None = None,
        root: str | None = None,
        plover: str | None = None,
        status: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        text: str | None = None,
        article_id: str | None = None,
        quad_classes: Sequence[int] | None = None,
    ) -> int:
        """How many events :meth:`events` selects with these filters (no limit)."""
        ...

    def event(self, event_id: str) -> dict[str, Any]:
        """One event record.

        Raises:
            NotFound: no event with that id.
        """
        ...

    def article(self, article_id: str) -> dict[str, Any]:
        """One article: ``article_id``, ``title``, ``published``, ``url``, ``source``,
        ``origin``, ``text``, and its ``mentions``, ``events``, ``quotations``, ``places``.

        Raises:
            NotFound: no article with that id.
        """
        ...

    def articles(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Article summaries ``{article_id, title, published, url, source, chars}`` (no text),
        newest first, then by id."""
        ...

    def actors(self, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Distinct actors ``{code, name, kind, country, role, mentions, articles, aliases}``
        (aliases: the surface forms seen, sorted), most mentioned first, then by code and name.

        Args:
            limit: At most this many records (all when None).
            offset: Records skipped before the first returned.
        """
        ...

    def count_actors(self) -> int:
        """How many actors :meth:`actors` lists (no limit)."""
        ...

    def quotations(
        self,
        article_id: str | None = None,
        speaker: str | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Quotation records, by article, offset and id.

        Args:
            article_id: The quotations of this article only.
            speaker: The quotations of this speaker code only; a three-letter country
                code matches every speaker code it starts (``IRN`` matches ``IRNGOV``).
            limit: At most this many records (all when None).
            offset: Records skipped before the first returned.
        """
        ...

    def count_quotations(self, article_id: str | None = None, speaker: str | None = None) -> int:
        """How many quotations :meth:`quotations` selects with these filters (no limit)."""
        ...

    def places(
        self, article_id: str | None = None, limit: int | None = None, offset: int = 0
    ) -> list[dict[str, Any]]:
        """Place records (toponym mentions with their GeoNames entry), optionally of one article;
        by article, offset and id, ``limit`` and ``offset`` as in :meth:`actors`."""
        ...

    def count_places(self, article_id: str | None = None) -> int:
        """How many places :meth:`places` selects (no limit)."""
        ...

    def counts(self) -> dict[str, int]:
        """Rows per table: ``{"articles", "mentions", "events", "quotations", "places"}``."""
        ...

    def event_counts(self, article_ids: Sequence[str]) -> dict[str, int]:
        """Stored events per article, for those of ``article_ids`` that have any."""
        ...

    # -- relations ---------------------------------------------------------------
    def merge_groups(
        self,
        *,
        source: str | None = None,
        target: str | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        min_articles: int = 1,
    ) -> list[dict[str, Any]]:
        """Events grouped by merge key (see the module docstring), over the filtered events.

        Args:
            source: As in :meth:`events`.
            target: As in :meth:`events`.
            date_from: As in :meth:`events`.
            date_to: As in :meth:`events`.
            min_articles: Keep groups reported by at least this many articles.

        Returns:
            Per group, ordered by date (nulls last), source code, target code
            (nulls first), CAMEO code, merge key: the event record of its first
            mention (earliest article id, sentence, verb offset, event id) with
            ``merge_key``, ``num_mentions``, ``num_articles``, ``num_sources``
            (distinct publishers; an article without one counts as its own) and
            ``mentions`` (see :meth:`merge_mentions`) added.
        """
        ...

    def merge_mentions(self, event_id: str) -> list[dict[str, Any]]:
        """Every event with the merge key of ``event_id``, itself included.

        Returns:
            ``{event_id, article_id, source (publisher), url, sentence_index, sentence,
            source_start, source_end, target_start, target_end, verb_start, verb_end,
            status, confidence}`` per event, by article id, sentence, verb offset, event id.

        Raises:
            NotFound: no event with that id.
        """
        ...

    def dyad_counts(
        self,
        a: str,
        b: str,
        *,
        by: str,
        date_from: date | None = None,
        date_to: date | None = None,
        merged: bool = False,
        status: str = "realized",
    ) -> list[DyadCount]:
        """Events between ``a`` and ``b`` per period and direction (:mod:`dyadic.relations.dyads`).

        An event without a date counts on its article's publication day; events
        with neither are left out.

        Args:
            a: Actor code or country (``IRN`` matches ``IRNGOV``).
            b: Same, for the other actor.
            by: ``day``, ``week`` (ISO, from Monday) or ``month``.
            date_from: First day included.
            date_to: Last day included.
            merged: Count the first mention of each merge group only (merging the
                events that ``status`` keeps).
            status: A value of :data:`COUNTED_STATUSES`: ``realized`` counts events
                whose status is ``realized`` only (not ``planned``, ``hypothetical``
                or ``negated``); ``all`` counts every event.

        Returns:
            :data:`DyadCount` rows, direction 0 for ``a`` -> ``b`` and 1 for
            ``b`` -> ``a``, for periods with events only, ordered by period and direction.

        Raises:
            ValueError: ``by`` is not one of the three, or ``status`` not one of
                :data:`COUNTED_STATUSES`.
        """
        ...

    def pair_counts(
        self,
        limit: int,
        *,
        date_from: date | None = None,
        date_to: date | None = None,
        merged: bool = False,
        status: str = "realized",
        quad_classes: Sequence[int] | None = None,
    ) -> list[PairCount]:
        """The ``limit`` undirected actor pairs with most events (:func:`dyadic.relations.top_pairs`).

        A side's actor is its country, else its code for IGOs (``IGO...``);
        events with a side that has neither, or within one actor, are left out.
        Dates, ``merged`` and ``status`` as in :meth:`dyad_counts`; ``quad_classes``
        (GDELT QuadClasses 1-4; None or empty for all) keeps those events only,
        before the pairs are ranked and cut to ``limit``.

        Returns:
            :data:`PairCount` rows with ``a < b``, most events first, then by ``a``, ``b``.

        Raises:
            ValueError: ``status`` is not one of :data:`COUNTED_STATUSES`, or a
                QuadClass is not 1-4.
        """
        ...
