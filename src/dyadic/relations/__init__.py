"""Dyadic aggregation over the store: cross-article event merging and relations over time.

- :func:`merged_events`: the same event reported by many articles -> one
  merged record with ``num_mentions``, ``num_articles``, ``num_sources`` and
  links to every mention (:mod:`dyadic.relations.merge`); :func:`merged_mentions`
  lists the mentions of one event's merged event;
- :func:`relations`: per-period counts by QuadClass, Goldstein sum and mean,
  and net cooperation between two actors, both directions, of realized events
  (or all, :class:`CountedStatus`) (:mod:`dyadic.relations.dyads`, which defines each number);
- :func:`top_pairs` and :func:`network`: the most active actor pairs;
- :func:`relation_series` / :func:`relation_row`: the JSON shape of relations, shared
  by the CLI and the API;
- :func:`event_with_evidence`: an event with its sentence offsets, article and merged mentions;
- :func:`resolve_actor`: an actor code from a code or a name ("Iran" -> ``IRN``), or
  :class:`UnknownActor` listing close codes;
- :mod:`dyadic.relations.plot`: Plotly (HTML) and matplotlib (PNG) plots (``dyadic[plot]``).

Every function takes a store (:class:`~dyadic.store.EventStore`, e.g. the DuckDB
:class:`~dyadic.store.Store`); the SQL lives in the store.
"""

from dyadic.relations.actors import ActorChoice, UnknownActor, resolve_actor
from dyadic.relations.dyads import (
    MAX_DATE,
    MAX_PERIODS,
    MIN_DATE,
    PAIR_FIELDS,
    QUAD_FILTERS,
    CountedStatus,
    DyadPeriod,
    Pair,
    Period,
    RangeTooLarge,
    RelationRangeError,
    check_range,
    counted_status,
    network,
    period_start,
    relation_window,
    relations,
    top_pairs,
)
from dyadic.relations.evidence import event_with_evidence, sentence_offsets
from dyadic.relations.merge import merged_event_id, merged_events, merged_mentions
from dyadic.relations.plot import PlotFormatError, layout, plot_network, plot_relations
from dyadic.relations.series import QUAD_NAMES, RELATION_FIELDS, relation_row, relation_series

__all__ = [
    "ActorChoice",
    "CountedStatus",
    "UnknownActor",
    "counted_status",
    "resolve_actor",
    "MAX_DATE",
    "MAX_PERIODS",
    "MIN_DATE",
    "PAIR_FIELDS",
    "QUAD_FILTERS",
    "QUAD_NAMES",
    "RELATION_FIELDS",
    "RangeTooLarge",
    "RelationRangeError",
    "check_range",
    "relation_window",
    "DyadPeriod",
    "event_with_evidence",
    "relation_row",
    "relation_series",
    "sentence_offsets",
    "Pair",
    "Period",
    "PlotFormatError",
    "layout",
    "plot_network",
    "plot_relations",
    "merged_event_id",
    "merged_events",
    "merged_mentions",
    "network",
    "period_start",
    "relations",
    "top_pairs",
]
