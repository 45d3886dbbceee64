"""Dyadic aggregation over the store: cross-article event merging and relations over time.

- :func:`merged_events`: the same event reported by many articles -> one
  merged record with ``num_mentions``, ``num_articles``, ``num_sources`` and
  links to every mention (:mod:`dyadic.relations.merge`); :func:`merged_mentions`
  lists the mentions of one event's merged event;
- :func:`relations`: per-period counts by QuadClass, Goldstein sum and mean,
  and net cooperation between two actors, both directions
  (:mod:`dyadic.relations.dyads`, which defines each number);
- :func:`top_pairs` and :func:`network`: the most active actor pairs;
- :mod:`dyadic.relations.plot`: Plotly (HTML) and matplotlib (PNG) plots.

Every function takes a :class:`~dyadic.store.Store` (or its DuckDB connection).
"""

from dyadic.relations.dyads import DyadPeriod, Pair, Period, network, relations, top_pairs
from dyadic.relations.merge import merged_event_id, merged_events, merged_mentions

__all__ = [
    "DyadPeriod",
    "Pair",
    "Period",
    "merged_event_id",
    "merged_events",
    "merged_mentions",
    "network",
    "relations",
    "top_pairs",
]
