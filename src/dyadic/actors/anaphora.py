"""Definite descriptions of an organisation named a few sentences earlier.

Real news names an organisation once and then refers back to it by its kind: "the
Municipality of Pisa ... The city argued", "the Oregon Department of Transportation ...
The Department said", "the militant group al-Shabab ... the group said". These nouns are
too common to stand for the latest organisation of any kind (as "the network" stands for
the latest broadcaster, :data:`dyadic.actors.context.DESCRIPTION_FITS`), so each one here
fits only the organisations of its kind (:data:`KIND_FITS`), named within
:data:`DESCRIPTION_LOOKBACK` sentences: a government body whose name holds the noun for
"the department" / "the ministry"; a local government whose name holds "municipality",
"city" or "council" for "the city"; a business for "the company" (never a government);
an armed, civil or political group for "the group"; a party for "the party".

The noun is singular ("the groups" refers to many), a whole noun phrase's head ("the city
council" is another body) and no name's head ("the Department of Justice" is a name).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Token

from dyadic.nlp import sentence_index_of
from dyadic.records import Actor, ActorKind, Mention

__all__ = ["DESCRIPTION_LOOKBACK", "KIND_FITS", "SPEAKER_ONLY", "KindFit", "kind_antecedent"]

#: How many sentences before its own a kind description looks back for its organisation.
DESCRIPTION_LOOKBACK = 4


@dataclass(frozen=True)
class KindFit:
    """The organisations a description noun may stand for.

    Attributes:
        roles: CAMEO roles (``actor.role``) of the organisations that fit by kind alone.
        words: Words of an organisation's name (lower case) that make it fit when its role
            is one of ``name_roles`` (or has none: an unlisted organisation).
        name_roles: Roles an organisation fitting by a name word may have; empty for any.
        never: Roles that never fit ("the company" is no government).
    """

    roles: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    name_roles: frozenset[str] = frozenset()
    never: frozenset[str] = frozenset()


_STATE = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
_BODY = KindFit(words=frozenset({"department"}), name_roles=_STATE | {"ENV", "HLH", "EDU", "AGR", "LAB"})
#: Description nouns (lower case) and the organisations each fits (see the module docstring).
KIND_FITS: dict[str, KindFit] = {
    "department": _BODY,
    "ministry": KindFit(words=frozenset({"ministry"}), name_roles=_BODY.name_roles),
    "city": KindFit(words=frozenset({"municipality", "city", "council"}), name_roles=frozenset({"GOV"})),
    "municipality": KindFit(words=frozenset({"municipality"}), name_roles=frozenset({"GOV"})),
    "company": KindFit(
        roles=frozenset({"BUS"}),
        words=frozenset({"company", "corp", "corp.", "corporation", "inc", "inc.", "ltd", "ltd."}),
        never=_STATE,
    ),
    "group": KindFit(
        roles=frozenset({"REB", "INS", "SEP", "UAF", "NGO", "HRI", "ENV"}),
        words=frozenset({"group"}),
        never=_STATE | {"BUS", "MED"},
    ),
    "party": KindFit(roles=frozenset({"PTY"}), words=frozenset({"party"}), never=_STATE - {"LEG"}),
}
#: Kind nouns resolved only for a quotation's speaker ("the group said"), not as an event's
#: participant: measured on the gold's train and dev splits, "the group" as a participant
#: adds mostly habitual deeds the gold does not code ("The group frequently conducts
#: bombings", "The group also opposes Chinese investment").
SPEAKER_ONLY = frozenset({"group"})
#: Tags of a singular noun.
_SINGULAR_TAGS = frozenset({"NN", "NNP"})


def kind_antecedent(
    tok: Token, known: Sequence[Mention], sentence: int, speakers: bool = False
) -> Mention | None:
    """The organisation "the <noun>" at ``tok`` refers back to, if the noun is one of
    :data:`KIND_FITS`: the latest mention before it, in its own sentence or the
    :data:`DESCRIPTION_LOOKBACK` before, that is no person, no bare country and fits the
    noun's kind (:func:`_fits_kind`).

    Args:
        tok: The description's noun, right after "the"/"The".
        known: The article's mentions so far, in token order.
        sentence: The index of ``tok``'s sentence.
        speakers: Also the nouns of :data:`SPEAKER_ONLY` (for quotation speakers).

    Returns:
        The antecedent mention, or None when the noun is no kind noun, is plural, a
        compound or a name's head ("the Department of Justice"), or nothing fits.
    """
    fit = KIND_FITS.get(tok.lower_)
    if tok.lower_ in SPEAKER_ONLY and not speakers:
        return None
    if fit is None or tok.tag_ not in _SINGULAR_TAGS or tok.dep_ == "compound":
        return None
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if after is not None and (after.lower_ in ("of", "'s", "’s") or after.pos_ == "PROPN"):
        return None  # "the Department of Justice", "the group al-Shabab": a name, not a reference
    found = None
    for m in reversed(known):
        if m.token_end > tok.i - 1:
            continue
        if m.sentence_index < sentence - DESCRIPTION_LOOKBACK:
            break
        if _fits_kind(m, fit):
            found = m
            break
    body = _state_body(tok, fit, known, sentence) if "GOV" in fit.name_roles else None
    if body is not None and (found is None or body.token_start > found.token_start):
        return body
    return found


def _state_body(tok: Token, fit: KindFit, known: Sequence[Mention], sentence: int) -> Mention | None:
    """The latest government body before ``tok`` named by a capitalised noun of
    ``fit.words`` whose phrase holds one country's mention, which keeps the body from being
    a mention of its own ("the Oregon Department of Transportation": Oregon's USA): a
    mention over the phrase (without its article) with that country's ``GOV`` actor, named
    by the phrase."""
    doc = tok.doc
    for t in reversed(doc[: max(tok.i - 1, 0)]):
        if sentence_index_of(doc, t) < sentence - DESCRIPTION_LOOKBACK:
            return None
        if t.lower_ not in fit.words or not t.is_title or t.is_sent_start or t.dep_ == "compound":
            continue
        start = t.left_edge.i + (t.left_edge.lower_ == "the")
        stop = next((x.i for x in doc[t.i : t.right_edge.i + 1] if x.text in ("(", ",")), t.right_edge.i + 1)
        span = doc[start:stop]  # "the Oregon Department of Transportation (ODOT)": no acronym
        inside = [m for m in known if span.start <= m.token_start and m.token_end <= span.end]
        countries = {m.actor.country for m in inside}
        if len(countries) != 1 or None in countries or any(m.actor.kind is ActorKind.PERSON for m in inside):
            continue
        country = next(iter(countries))
        actor = Actor(f"{country}GOV", country, "GOV", span.text, ActorKind.ORGANISATION)
        index = sentence_index_of(doc, span[0])
        return Mention(
            span.text, span.start_char, span.end_char, span.start, span.end, index, actor, "organisation"
        )
    return None


def _fits_kind(mention: Mention, fit: KindFit) -> bool:
    """Does an organisation's mention fit a kind: not a person or a bare country, no role
    of ``fit.never``, and a role of ``fit.roles`` (a role noun's mention only when it holds
    a word of ``fit.words``) or a name word of ``fit.words`` (with a role of
    ``fit.name_roles``, when that is given)?"""
    actor = mention.actor
    if actor.kind is ActorKind.PERSON or actor.code == actor.country:
        return False
    role = actor.role
    if role in fit.never:
        return False
    words = {w.strip(",").lower() for w in mention.text.split()}
    if role is not None and role in fit.roles:
        # a role noun fits only by a name word ("Libertarian Party presidential candidate"
        # is no party); a named organisation by its role
        return actor.kind is not ActorKind.AGENT or bool(words & fit.words)
    named = bool(words & fit.words) and len(words) > 1  # a name holding the word, not the bare noun
    return named and (not fit.name_roles or role is None or role in fit.name_roles)
