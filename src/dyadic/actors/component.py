"""spaCy component ``dyadic_actors``: actor mentions -> ``doc._.entities``, people -> ``doc._.persons``.

Registered factories and loaders (versioned names, so a pipeline config can pin them):

* factory ``dyadic_actors`` (config ``extra_actor_files``: PETRARCH ``.actors`` files
  read on top of the shipped dictionary), assigns ``doc._.entities`` and the entity
  layer ``doc._.persons`` (:func:`dyadic.actors.entities.person_entities`);
* the EntityRuler ``dyadic_actor_ruler`` that fixes NER labels: :func:`dyadic.actors.add_actor_ruler`;
* ``@misc dyadic.actor_dictionary.v1``: the loaded :class:`ActorDictionary` (cached).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry

from dyadic.actors.dictionary import ActorDictionary
from dyadic.actors.entities import identified_descriptions, person_entities, recode_people
from dyadic.actors.resolver import ActorResolver
from dyadic.nlp import article_of, put_records
from dyadic.records import Entity, Mention

__all__ = ["ACTORS_COMPONENT", "ActorsComponent", "actor_dictionary"]

ACTORS_COMPONENT = "dyadic_actors"


@registry.misc("dyadic.actor_dictionary.v1")
def actor_dictionary(extra_actor_files: Sequence[str] = ()) -> ActorDictionary:
    """The shipped actor dictionary plus ``extra_actor_files`` (cached per process).

    Raises:
        OSError: an extra file cannot be read.
    """
    return ActorDictionary.load(tuple(extra_actor_files))


class ActorsComponent:
    """Resolves the actor mentions of each ``Doc`` (see :class:`ActorResolver`)."""

    def __init__(self, extra_actor_files: Sequence[str] = ()) -> None:
        dictionary = actor_dictionary(extra_actor_files)
        self.resolver = ActorResolver(dictionary)
        self._titles = frozenset(
            w for k in dictionary.agents for w in k.split() if w.isalpha() and len(w) > 2
        )
        self._nationals = frozenset(k for k in dictionary.country_aliases if k.isalpha())

    def mentions(self, doc: Doc) -> list[Mention]:
        """The actor mentions of ``doc`` (does not store them), consistent with the
        article's people (:func:`~dyadic.actors.entities.recode_people`)."""
        return self.people(doc)[0]

    def people(self, doc: Doc) -> tuple[list[Mention], list[Entity]]:
        """The actor mentions and the person entities of ``doc`` (does not store them)."""
        mentions = self.resolver.resolve(doc, article_of(doc))
        persons = person_entities(
            doc, mentions, self._titles, self._nationals, self.resolver.dictionary.demonyms
        )
        recoded = recode_people(mentions, persons)
        return identified_descriptions(doc, recoded, persons, self.resolver.dictionary.demonyms), persons

    def __call__(self, doc: Doc) -> Doc:
        mentions, persons = self.people(doc)
        put_records(doc, "entities", mentions)
        put_records(doc, "persons", persons)
        return doc


@Language.factory(
    ACTORS_COMPONENT,
    default_config={"extra_actor_files": []},
    requires=["token.dep", "token.pos", "token.lemma", "doc.ents"],
    assigns=["doc._.entities", "doc._.persons"],
)
def make_actors(nlp: Language, name: str, extra_actor_files: list[str]) -> ActorsComponent:
    """Factory of ``dyadic_actors``."""
    return ActorsComponent(extra_actor_files)
