"""Mentions -> CAMEO actor codes (countries, roles, IGOs, leaders).

Public API:
    * :meth:`ActorDictionary.load` - the shipped dictionaries.
    * :func:`add_actor_ruler` - EntityRuler before ``ner`` fixing NER labels, and the
      ``dyadic_name_repair`` component after it (places inside people's names: "Paris Hilton").
    * :class:`ActorResolver` - ``resolve(doc, article)`` and ``resolve_name(text, on)``.
    * :func:`dateline_span` - the article's dateline, never an actor.
    * :func:`person_entities` - the entity layer: an article's people, each with every name span.
    * :func:`context_mentions` - unlisted names and pronouns resolved from the article (for the event coder).
    * :func:`normalise` - the lookup key of a name (lower case, single spaces, no leading "the").
    * spaCy components ``dyadic_actors`` (:class:`ActorsComponent`) and ``dyadic_dateline``.
"""

from dyadic.actors.component import ACTORS_COMPONENT, ActorsComponent, actor_dictionary
from dyadic.actors.context import article_locus, context_mentions, inferred_country
from dyadic.actors.dateline import DATELINE_COMPONENT, dateline_span
from dyadic.actors.dictionary import ActorDictionary, LeaderTerm, normalise
from dyadic.actors.entities import person_entities
from dyadic.actors.names import NAME_REPAIR
from dyadic.actors.resolver import ActorResolver
from dyadic.actors.ruler import RULER_NAME, add_actor_ruler

__all__ = [
    "ACTORS_COMPONENT",
    "DATELINE_COMPONENT",
    "NAME_REPAIR",
    "RULER_NAME",
    "ActorDictionary",
    "ActorResolver",
    "ActorsComponent",
    "LeaderTerm",
    "actor_dictionary",
    "add_actor_ruler",
    "article_locus",
    "context_mentions",
    "inferred_country",
    "dateline_span",
    "normalise",
    "person_entities",
]
