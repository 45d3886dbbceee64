"""Partners of an event that the parse puts out of the verb's own slots (issue 11).

The other subjects of a give-and-take ("North and South Korea exchanged fire"), whom
a weapon or vehicle was aimed at or carried ("missiles targeting US troops"), the
subject of the clause a disapproval is about ("contended that the EU is hostile"), the
verb that carries an event noun measured out under its object ("held two rounds of
talks with Russia"), the partner of a deal entered into ("entered into an agreement with
Sukhoi"), and the actors a plural subject comes from ("leaders from the U.S.
and China"). All functions are pure: they read tokens and mentions and return tokens
and mentions.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadic.events.coordination import expand_mentions
from dyadic.events.frame import Frame, MentionIndex, lemma_of
from dyadic.events.lexicon import AIMING_VERBS
from dyadic.records import Mention

#: Verbs of a give-and-take: "India and Pakistan exchanged fire" is each one's act on the other.
EXCHANGE_VERBS = frozenset({"exchange", "trade", "swap"})
#: Verbs of claiming, whose clause is coded as an accusation only when it tells an act.
CLAIM_VERBS = frozenset({"claim", "allege", "assert", "maintain"})
#: Nouns that measure out an event noun told under their "of" ("eight hours of talks",
#: "two rounds of negotiations"): the verb that takes them as object carries the event.
MEASURE_NOUNS = frozenset({"hour", "day", "week", "month", "year", "round", "session", "series"})


def measured_by(noun: Token) -> Token | None:
    """The measure noun (:data:`MEASURE_NOUNS`) whose ``of`` phrase holds the event noun
    ``noun``, when a verb takes it as direct object ("held two rounds of talks"); None
    otherwise."""
    if noun.pos_ == "VERB" or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    measure = noun.head.head
    if lemma_of(measure) in MEASURE_NOUNS and measure.dep_ == "dobj" and measure.head.pos_ == "VERB":
        return measure
    return None


def members_from(subj: Token, index: MentionIndex) -> list[Mention]:
    """The actors of a ``from`` phrase on a plural subject that is no actor itself ("leaders
    from the U.S. and China will meet", "delegations from Iran and Iraq"), with their
    conjuncts; none for a singular one ("an email from Boeing")."""
    if subj.tag_ not in ("NNS", "NNPS"):
        return []  # "an email from Boeing advises": a thing, not the people of a place
    preps = [c for c in subj.children if c.dep_ == "prep" and c.lower_ == "from"]
    pobjs = [p for prep in preps for p in prep.children if p.dep_ == "pobj"]
    return [m for p in pobjs for m in expand_mentions(p, index) if m is not None]


def exchanged(frame: Frame) -> bool:
    """Is ``frame`` a give-and-take (:data:`EXCHANGE_VERBS`) with no partner named ("North
    and South Korea exchanged fire", not "traded fire with Chinese troops")? Its
    coordinated subjects act on each other, told once: the first-named on the others
    (GUIDELINES.md section 1, symmetric events)."""
    return (
        frame.head.pos_ == "VERB"
        and lemma_of(frame.head) in EXCHANGE_VERBS
        and not any(p.lower_ == "with" for p in frame.preps)
    )


#: Participles on a violent act's object that name whom it was aimed at or carried
#: ("missiles targeting US troops", "a bus transporting soldiers").
CARRYING_VERBS = AIMING_VERBS | {"carry", "transport", "ferry"}


def carried(objects: list[Token]) -> list[Token]:
    """The objects of an aiming or carrying participle (:data:`CARRYING_VERBS`) on a
    violent act's objects: whom the act hit through them ("launched missiles targeting US
    troops", "ambushed a bus transporting soldiers")."""
    verbs = [a for o in objects for a in o.children if a.dep_ == "acl" and lemma_of(a) in CARRYING_VERBS]
    return [t for v in verbs for t in v.children if t.dep_ == "dobj"]


def disapproved(
    verb: Token, index: MentionIndex, sources: set[int] | frozenset[int]
) -> list[tuple[Token, None]]:
    """The subject of the complement clause of a verb of disapproval with no target of its
    own ("contended that the EU is hostile", "argued that Ukraine was to blame"), unless it
    is the source's own side ("Iran claimed its forces had captured the town"). Not for a
    verb of claiming (:data:`CLAIM_VERBS`): what a claim's clause says is an accusation only
    when it tells an act (GUIDELINES.md section 1; :mod:`dyadic.events.embedding`), and "the
    church claims that her passport was held by procedure" accuses no one."""
    if lemma_of(verb) in CLAIM_VERBS:
        return []
    doc = verb.doc
    own = {m.actor.country for i in sources if (m := index.at(doc[i])) is not None}
    subjects = [s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
    return [(s, None) for s in subjects if (m := index.of(s)) is None or m.actor.country not in own]


def exchange_partner(frame: Frame, index: MentionIndex, sources: set[int] | frozenset[int]) -> Token | None:
    """The first coordinated subject of a give-and-take (:func:`exchanged`) with a mention
    that is not the source's (``sources``: token indices where the source mentions start),
    in text order: the one the first-named acts on; None for other frames."""
    if not exchanged(frame):
        return None
    partners = sorted((t for s in frame.subjects for t in (s, *s.conjuncts)), key=lambda t: t.i)
    for tok in partners:
        m = index.of(tok)
        if m is not None and m.token_start not in sources:
            return tok
    return None


def entered_into(frame: Frame) -> list[Token]:
    """The partners named in the ``with`` phrase of a noun an active verb enters ``into``
    ("entered into an agreement with Sukhoi", "went into talks with Iran"); none for a
    passive ("was forced into a marriage by her family")."""
    verb = frame.head
    if verb.pos_ != "VERB" or frame.passive:
        return []
    into = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "into" for p in c.children]
    nouns = [n for n in into if n.dep_ == "pobj"]
    withs = [c for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ == "with"]
    return [p for w in withs for p in w.children if p.dep_ == "pobj"]
