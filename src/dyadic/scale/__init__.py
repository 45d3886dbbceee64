"""Batch coding at scale: worker processes on one machine, or a Dask cluster.

- :func:`code_corpus`: a stream of articles -> the store, in 1..N processes
  (``dyadic code --workers N``);
- :func:`code_on_dask` with :func:`dask_client`: partitions coded on a Dask
  cluster, sent back as Parquet and loaded into the store
  (``dyadic code --scheduler tcp://HOST:PORT`` or ``--dask-local N``);
- :func:`count_articles`: a cheap count of the inputs, for progress and ETA.

Both runners store each article (or partition) in one transaction and skip
stored articles, so an interrupted run is resumed by running it again. The
Dask runner is imported lazily: ``dask`` and ``distributed`` load only when used.
"""

from __future__ import annotations

from typing import Any

from dyadic.scale.count import count_articles
from dyadic.scale.local import Outcome, RunStats, ScaleError, code_corpus, default_pipeline

__all__ = [
    "Outcome",
    "RunStats",
    "ScaleError",
    "code_corpus",
    "code_on_dask",
    "count_articles",
    "dask_client",
    "default_pipeline",
]


def __getattr__(name: str) -> Any:
    if name in ("code_on_dask", "dask_client"):
        from dyadic.scale import cluster

        return getattr(cluster, name)
    raise AttributeError(name)
