"""Event nouns carried by a verb: "staged a protest", "imposed a curfew", "went on strike",
"welcomed Macron's visit", "has drawn criticism from rights groups".

The noun names the event; the verb that carries it lends its subject (the one who staged
the protest) and its prepositional phrases, unless the noun names its own author
(:func:`authored`), or the verb receives a reaction from someone (:func:`received`): then
the reaction's author is the source and the verb's subject the one reacted to.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadic.events.frame import Frame, lemma_of, noun_frame, verb_frame
from dyadic.events.lexicon import EXPERIENCER_VERBS, MEETING_NOUNS, TRAVEL_VERBS, VISIT_NOUNS

__all__ = ["authored", "carried_frame", "light_verb", "received", "undergone"]

#: Dependencies by which an event noun hangs on a verb that carries it ("staged a
#: protest", "a curfew was imposed", "went on strike").
LIGHT_NOUN_DEPS = frozenset({"dobj", "nsubjpass"})
#: Verbs by which their subject receives a reaction ("drew criticism from", "is facing
#: condemnation from", "won praise from", "sparked criticism from").
RECEIVING_VERBS = frozenset(
    {"draw", "receive", "face", "attract", "earn", "win", "garner", "spark", "provoke", "prompt", "trigger"}
)
#: Nouns of a reaction to someone (their CAMEO codes come from the verbs of
#: :data:`~dyadic.events.lexicon.NOMINALISATIONS`: criticize 111, praise 051 ...).
REACTION_NOUNS = frozenset(
    {"criticism", "condemnation", "praise", "support", "endorsement", "rebuke", "censure", "reprimand"}
)


#: Nouns that count or group acts ("a series of airstrikes", "13 rounds of missile tests",
#: "a string of criticisms"): the act noun in their ``of`` phrase is carried as they are.
EVENT_PARTITIVES = frozenset(
    {"series", "wave", "string", "spate", "round", "barrage", "flurry", "volley", "number", "couple"}
)


def light_verb(noun: Token) -> Token | None:
    """The verb that carries an event noun: "staged a protest", "imposed a curfew",
    "a ceasefire was declared", "went on strike", "flew to Jeddah for talks", "carried out
    a series of airstrikes" (:data:`EVENT_PARTITIVES`), "faced
    criticism from X" (:func:`received`); else None (as for :data:`EXPERIENCER_VERBS`:
    "faces a threat")."""
    head = noun.head
    if head.i == noun.i:
        return None
    if noun.dep_ == "pobj" and head.lower_ == "of" and lemma_of(head.head) in EVENT_PARTITIVES:
        return light_verb(head.head)  # "carried out a series of airstrikes": as the partitive is carried
    if received(noun) or undergone(noun):
        return head if received(noun) else head.head  # "came under attack": the verb of "under"
    if noun.dep_ in LIGHT_NOUN_DEPS and head.pos_ == "VERB" and lemma_of(head) not in EXPERIENCER_VERBS:
        return head
    if noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        if head.lower_ == "on":
            return head.head  # "went on strike", "are on hunger strike"
        if head.lower_ == "for" and lemma_of(head.head) in TRAVEL_VERBS:
            return head.head  # "flew to Jeddah for talks with Ukraine"
        if head.lower_ == "during" and lemma_of(noun) in VISIT_NOUNS:
            return head.head  # "said during a visit to Beijing": the speaker visits
        if head.lower_ in ("during", "in", "at") and lemma_of(noun) in MEETING_NOUNS:
            return head.head  # "said in a meeting with Boric": the speaker met him
    return None


def authored(noun: Token) -> bool:
    """Whether an event noun names its own author, a possessive noun or a ``by`` phrase
    ("welcomed Macron's visit", "condemned the invasion by Russia"): then its carrying verb
    is no light verb but an act of its own on it."""
    return any(
        (c.dep_ == "poss" and c.pos_ != "PRON") or (c.dep_ == "prep" and c.lower_ == "by")
        for c in noun.children
    )


def received(noun: Token) -> bool:
    """Whether a reaction noun (:data:`REACTION_NOUNS`) is the object of an active verb of
    receiving (:data:`RECEIVING_VERBS`): "the plan has drawn criticism from rights groups"."""
    return (
        noun.dep_ == "dobj"
        and lemma_of(noun) in REACTION_NOUNS
        and lemma_of(noun.head) in RECEIVING_VERBS
        and not any(c.dep_ in ("nsubjpass", "auxpass") for c in noun.head.children)
    )


#: Verbs whose subject undergoes the act of a noun in their ``under`` phrase ("came under
#: attack from rebels", "came under fire", "came under criticism from rights groups").
UNDERGOING_VERBS = frozenset({"come"})


def undergone(noun: Token) -> bool:
    """Whether an event noun is in the ``under`` phrase of a verb of undergoing
    (:data:`UNDERGOING_VERBS`): "the convoy came under attack from militants"."""
    head = noun.head
    return (
        noun.dep_ == "pobj"
        and head.lower_ == "under"
        and head.head.pos_ == "VERB"
        and lemma_of(head.head) in UNDERGOING_VERBS
    )


def carried_frame(noun: Token, verb: Token) -> Frame:
    """The frame of an event noun carried by ``verb``: the verb's subjects (passive: its
    agent), the noun's and the verb's prepositional phrases, the ``of`` phrase of a
    nominalisation with no author of its own as object ("ordered the arrest of the
    mayor", not "condemned Russia's invasion of Ukraine"); the noun is the head. A
    received reaction (:func:`received`) has the authors its (or its verb's) ``from`` or
    ``by`` phrase names as subjects (none: no source) and the verb's subject as object ("Syria's
    constitution is facing criticism from legal experts": the experts criticise Syria), as
    has an undergone act (:func:`undergone`: "the convoy came under attack from militants")."""
    vf, nf = verb_frame(verb), noun_frame(noun)
    preps = nf.preps + tuple(p for p in vf.preps if p not in nf.preps and p.head.i != noun.i)
    if received(noun) or undergone(noun):
        authors = [
            c for c in (*noun.children, *verb.children) if c.dep_ == "prep" and c.lower_ in ("from", "by")
        ]
        return Frame(
            head=noun,
            passive=True,  # the verb's subject is the one reacted to
            subjects=tuple(p for c in authors for p in c.children if p.dep_ == "pobj"),
            objects=vf.subjects,
            particles=(),
            preps=tuple(p for p in preps if p.lower_ not in ("from", "by")),
            datives=(),
        )
    own = noun.head.lower_ == "during" or authored(noun)  # "during a visit by Starmer"
    return Frame(
        head=noun,
        passive=False,
        subjects=(nf.subjects or vf.subjects) if own else (vf.subjects or nf.subjects),
        objects=tuple(o for o in nf.objects if o.dep_ == "pobj") if own or not nf.subjects else (),
        particles=vf.particles,
        preps=preps,
        datives=vf.datives,
    )
