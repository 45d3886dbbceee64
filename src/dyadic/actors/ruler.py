"""An entity ruler that runs before spaCy's ``ner`` and fixes its labels with
the actor dictionary: leaders (full names and safe bare surnames) -> PERSON,
countries and capitals -> GPE, demonyms -> NORP, IGOs -> ORG, regions -> LOC.

spaCy's statistical NER keeps entities set before it and predicts around
them (spaCy docs, "Combining models and rules"), so "Raisi", which
en_core_web_sm tags GPE in 8 of 14 mentions of the sample article, comes out
PERSON.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from dyadic.actors.dictionary import ActorDictionary
from dyadic.actors.names import NAME_REPAIR

#: Name of the pipeline component.
RULER_NAME = "dyadic_actor_ruler"

_LABELS = {
    "leader": "PERSON",
    "country": "GPE",
    "capital": "GPE",
    "division": "GPE",
    "demonym": "NORP",
    "igo": "ORG",
    "region": "LOC",
}


def ruler_patterns(dictionary: ActorDictionary) -> list[dict[str, Any]]:
    """EntityRuler phrase patterns: each display form and its upper-case form.

    Matching is case-sensitive (ORTH), so "us" or "turkey" are never tagged.

    Returns:
        ``[{"label": "PERSON", "pattern": "Ebrahim Raisi"}, ...]``; leaders
        first, so a surname shared with a place ("Jordan") stays a place only
        where no leader alias is listed.
    """
    patterns: list[dict[str, Any]] = []
    seen: set[str] = set()
    for kind, label in _LABELS.items():
        for form in dictionary.display_forms.get(kind, ()):
            for variant in (form, form.upper()):
                if variant not in seen and len(variant) > 1:
                    seen.add(variant)
                    patterns.append({"label": label, "pattern": variant})
    return patterns


def add_actor_ruler(nlp: Language, dictionary: ActorDictionary) -> None:
    """Add the ``dyadic_actor_ruler`` EntityRuler before ``ner`` and the
    ``dyadic_name_repair`` component right after it (idempotent; see
    :mod:`dyadic.actors.names`: "Paris Hilton" is a person, not Paris).

    Args:
        nlp: A spaCy pipeline; mutated in place. Without an ``ner`` component
            the ruler is appended last and no repair is added.
        dictionary: The loaded actor dictionary.
    """
    if "ner" in nlp.pipe_names and NAME_REPAIR not in nlp.pipe_names:
        nlp.add_pipe(NAME_REPAIR, after="ner")
    if RULER_NAME in nlp.pipe_names:
        return
    placement: dict[str, str] = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe(
        "entity_ruler",
        name=RULER_NAME,
        config={"overwrite_ents": True, "phrase_matcher_attr": "ORTH"},
        **placement,  # type: ignore[arg-type]
    )
    ruler.add_patterns(ruler_patterns(dictionary))  # type: ignore[attr-defined]
