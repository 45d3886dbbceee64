"""Mentions -> CAMEO actor codes (countries, roles, IGOs, leaders).

Public API:
    * :meth:`ActorDictionary.load` - the shipped dictionaries.
    * :func:`add_actor_ruler` - EntityRuler before ``ner`` fixing NER labels.
    * :class:`ActorResolver` - ``resolve(doc, article)`` and ``resolve_name(text, on)``.
    * :func:`dateline_span` - the article's dateline, never an actor.
"""

from dyadic.actors.dateline import dateline_span
from dyadic.actors.dictionary import ActorDictionary, LeaderTerm
from dyadic.actors.resolver import ActorResolver
from dyadic.actors.ruler import RULER_NAME, add_actor_ruler

__all__ = ["ActorDictionary", "ActorResolver", "LeaderTerm", "RULER_NAME", "add_actor_ruler", "dateline_span"]
