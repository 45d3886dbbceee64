"""Coordinated actors: who the participants of "X and Y ..." are.

:func:`expand_mentions` gives the actor mentions of a phrase and of the phrases
coordinated with it, so that a coordinated subject or object yields one event per real
participant: "Egypt and Jordan", "Barack Obama and Vladimir Putin" (the conjunct parsed
on a token inside the first name), a comma list parsed as apposition ("The US, Russia,
and Switzerland"), coordinated nationalities ("Iranian and Iraqi officials": IRNGOV and
IRQGOV). A name followed by ", or" and another name is one actor named twice ("the
Baloch Liberation Army, or BLA"), not two.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from dyadic.events.frame import POSSESSOR_RULE, MentionIndex
from dyadic.nlp import sentence_index_of
from dyadic.records import Actor, Mention

__all__ = ["expand_mentions"]


def expand_mentions(tok: Token, index: MentionIndex) -> list[Mention | None]:
    """Mentions of ``tok`` and its conjuncts ("Egypt and Jordan"), and of coordinated
    nationality modifiers ("Iranian and Iraqi officials": IRNGOV and IRQGOV)."""
    if index.of(tok) is None and _is_pair(tok):
        return list(_pair(tok, index))
    out: list[Mention | None] = []
    for t in _coordinated(tok, index):
        m = index.of(t)
        if m is not None and m.rule == POSSESSOR_RULE:
            out += [o for o in index.acting_for(t) if o not in out]  # "the leaders of Eritrea and Ethiopia"
        elif m is not None and m not in out:
            out.append(m)
            out += [c for c in _coordinated_modifiers(t, m, index) if c not in out]
    return out


#: Plural nouns that refer back to two actors as "both countries" / "the two leaders".
PAIR_NOUNS = frozenset(
    {
        "country", "nation", "government", "leader", "president", "neighbour", "neighbor", "state",
        "side", "capital",
    }
)  # fmt: skip


def _is_pair(tok: Token) -> bool:
    """Is ``tok`` "both countries", "the two leaders" (a plural noun of :data:`PAIR_NOUNS`
    with "both" or "two")?"""
    if tok.tag_ != "NNS" or tok.lemma_.lower() not in PAIR_NOUNS:
        return False
    return any(c.lower_ == "both" or (c.lower_ == "two" and c.dep_ == "nummod") for c in tok.children)


def _pair(tok: Token, index: MentionIndex) -> tuple[Mention, ...]:
    """The two actors "both countries" refers back to: the last two countries named in
    its sentence or the two before it, as mentions over the phrase (rule ``reference+
    pair``; the countries' governments unless the noun is "sides"); none when fewer
    than two countries are named."""
    found = index.countries_before(tok, sentences=2)[:2]
    if len(found) < 2:
        return ()
    doc = tok.doc
    start, end = tok.left_edge.i, tok.i + 1
    span = doc[start:end]
    out = []
    sentence = sentence_index_of(doc, tok)
    for m in reversed(found):
        actor = m.actor
        if tok.lemma_.lower() != "side":
            country = actor.country or ""
            actor = Actor(country + "GOV", country, "GOV", actor.name, actor.kind)
        out.append(
            Mention(span.text, span.start_char, span.end_char, start, end, sentence, actor, "reference+pair")
        )
    return tuple(out)


def _coordinated(tok: Token, index: MentionIndex) -> list[Token]:
    """``tok`` and the tokens coordinated with it: its conjuncts, those of any token of
    its mention ("Barack Obama and Vladimir Putin" parsed with the conjunct on "Obama"),
    and a list parsed as apposition ("The US, Russia, and Switzerland": "Russia" an
    ``appos`` of "US" with "Switzerland" its conjunct) when the appositive is another
    actor's mention and has conjuncts of its own. A name followed by ", or" and another
    name is one actor named twice ("the Baloch Liberation Army, or BLA"), not two."""
    if _renamed(tok):
        return [tok]
    out = [tok, *tok.conjuncts]
    m = index.at(tok)
    if m is not None:
        doc = tok.doc
        for i in range(m.token_start, m.token_end):
            if doc[i].dep_ in ("amod", "compound", "nmod"):
                continue  # "Iranian and Iraqi officials": coordinated modifiers, below
            if doc[i].dep_ == "pobj" and doc[i].head.lower_ != "of" and i != tok.i:
                continue  # "bombers from the West Bank and Gaza": one group ("leaders of X and Y" are two)
            out += [
                c
                for c in doc[i].conjuncts
                if c not in out and index.at(c) is not m and c.pos_ in ("NOUN", "PROPN")
            ]
    if m is not None:
        for ap in tok.children:
            other = index.at(ap)
            if ap.dep_ == "appos" and ap.conjuncts and other is not None and other.actor.code != m.actor.code:
                out += [c for c in (ap, *ap.conjuncts) if c not in out]
    return out


def _renamed(tok: Token) -> bool:
    """Is ``tok`` followed by ", or <name>": an alias, not a second actor?"""
    ccs = [c for c in tok.children if c.dep_ == "cc"]
    return (
        len(ccs) == 1
        and ccs[0].lower_ == "or"
        and tok.doc[ccs[0].i - 1].text == ","
        and all(c.pos_ == "PROPN" for c in tok.conjuncts)
    )


def _coordinated_modifiers(tok: Token, head: Mention, index: MentionIndex) -> list[Mention]:
    """For "Iranian and Iraqi officials" (mention IRQGOV on "Iraqi officials"), the
    mention of each other coordinated nationality with the head's role (IRNGOV)."""
    out = []
    for mod in tok.children:
        if mod.dep_ not in ("amod", "compound"):
            continue
        for other in (mod, *mod.conjuncts):
            m = index.at(other)
            if m is None or m is head or m.actor.country is None or m.actor.country == head.actor.country:
                continue
            role = head.actor.role or ""
            actor = Actor(
                m.actor.country + role, m.actor.country, head.actor.role or None, m.actor.name, m.actor.kind
            )
            out.append(dataclasses.replace(m, actor=actor))
    return out
