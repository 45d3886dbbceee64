"""Fixtures for the actor tests: one ruler-equipped pipeline per session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def actor_dictionary():
    from dyadic.actors import ActorDictionary

    return ActorDictionary.load()


@pytest.fixture(scope="session")
def ruler_nlp(actor_dictionary):
    """A fresh copy of the default pipeline with the actor ruler (not the cached ``base_nlp``)."""
    import spacy

    from dyadic.actors import add_actor_ruler
    from dyadic.config import DEFAULT_SPACY_MODEL

    nlp = spacy.load(DEFAULT_SPACY_MODEL)
    add_actor_ruler(nlp, actor_dictionary)
    return nlp


@pytest.fixture(scope="session")
def resolver(actor_dictionary):
    from dyadic.actors import ActorResolver

    return ActorResolver(actor_dictionary)
