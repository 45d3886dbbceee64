"""Arguments of violent acts whose verb names no author (see :mod:`dyadic.events.arguments`).

The attack a violent verb was done in ("killed in the attack", "died in Tuesday's
attack"), whether that attack was told already or is an act of attack by its noun or
verb, and the author the attack's own words name ("Israeli airstrikes killed ten",
"an air strike by government forces", "fired at it from the Gaza Strip"). All
functions are pure: they read tokens and mentions and return tokens and mentions.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from dyadic.events.coordination import expand_mentions
from dyadic.events.frame import Frame, MentionIndex, lemma_of
from dyadic.events.lexicon import ATTACK_ACT_NOUNS, ATTACK_NOUNS, TAKING_VERBS
from dyadic.events.reactions import told
from dyadic.events.violence import shared_preps
from dyadic.nlp import sentence_index_of
from dyadic.records import Mention

#: Verbs that name an attack by themselves (unlike "kill", "injure": a crash kills too).
ASSAULT_VERBS = frozenset(
    {"shoot", "stab", "assassinate", "behead", "kidnap", "abduct", "ambush", "bomb", "lynch", "poison", "gun"}
)
#: Roles of private people (none, civilians, criminals): a passive assault on one of them
#: with no author named is a crime between private people, no event.
PRIVATE_ROLES = frozenset({None, "", "CVL", "CRM"})


def done_in(frame: Frame) -> list[Token]:
    """The nouns of the ``in``/``during`` phrases of a frame ("killed in the attack")."""
    return [
        p
        for prep in dict.fromkeys((*frame.preps, *shared_preps(frame)))
        if prep.lower_ in ("in", "during")
        for p in prep.children
        if p.dep_ == "pobj"
    ]


def victim_frame(frame: Frame) -> Frame | None:
    """The frame of a verb whose subject is the victim ("four officers died in the
    attack"), read as a passive of the attack: the subject becomes the one acted on; None
    when no ``in``/``during`` phrase names an attack."""
    if not any(lemma_of(n) in ATTACK_NOUNS for n in done_in(frame)):
        return None
    return replace(frame, passive=True, subjects=(), objects=frame.subjects)


def the_attack(frame: Frame) -> bool:
    """Whether a violent verb names its act as an attack already told ("were killed in
    the attack", "the blast killed two", "died in Tuesday's attack"): a definite or
    possessed attack noun as its subject or in an ``in``/``during`` phrase, or any attack
    noun in the article's first two sentences ("Twin bombings struck a church"), which tell
    the article's own attack. Its author is the article's perpetrator."""
    nouns = [*frame.subjects, *done_in(frame)]
    lead = sentence_index_of(frame.head.doc, frame.head) < 2  # the lead tells the article's attack
    return any(lemma_of(n) in ATTACK_NOUNS and (lead or told(n)) for n in nouns)


def an_attack(frame: Frame, index: MentionIndex) -> bool:
    """Whether a violent verb was done in or by an act of attack (:data:`ATTACK_ACT_NOUNS`:
    "killed in a car bombing", "the blast wounded four", "a bomb went off, killing four"),
    or a passive verb that is an attack by itself (:data:`ASSAULT_VERBS`: "the opposition
    leader was shot dead") on a public actor, not by an accident or a force."""
    if frame.passive and lemma_of(frame.head) in ASSAULT_VERBS:
        # "the opposition leader was shot dead": an attack by its verb alone, when its victim
        # is a public actor (a crime between private people is no event)
        victims = [index.of(o) for o in frame.objects if o.dep_ == "nsubjpass"]
        return any(v is not None and v.actor.role not in PRIVATE_ROLES for v in victims)
    nouns = [*frame.subjects, *done_in(frame)]
    if not frame.subjects and frame.head.dep_ == "advcl":  # "a bomb went off, killing four"
        nouns += [s for s in frame.head.head.children if s.dep_ == "nsubj"]
    return any(lemma_of(n) in ATTACK_ACT_NOUNS for n in nouns)


def attacker_of(frame: Frame, index: MentionIndex) -> list[Mention]:
    """The author of a violent act whose verb names none (passive without ``by``, or a
    subject that is no actor): the actor of the attack or weapon that did it or it was done
    in or by ("Israeli airstrikes killed ten", "killed in Israeli shelling", "killed in an
    air strike by government forces"),
    else the place it came from ("a mortar was fired at it from the Gaza Strip"; not for
    :data:`TAKING_VERBS`)."""
    for subj in frame.subjects:  # "US drone attacks killed ten": the attack's own actor
        if lemma_of(subj) not in ATTACK_NOUNS:
            continue
        own = index.of(subj)
        if own is not None:
            return [own]
        inner = index.within(subj, depth=2)
        if inner is not None:
            return [inner[1]]
    victims = {t.i for o in frame.objects if o.dep_ == "nsubjpass" for t in o.subtree}
    for prep in frame.preps:
        if prep.lower_ not in ("in", "by", "with", "during") or prep.head.i in victims:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or lemma_of(pobj) not in ATTACK_NOUNS:
                continue
            m = index.of(pobj)
            if m is not None:
                return [m]
            for by in pobj.children:
                if by.dep_ == "prep" and by.lower_ == "by":
                    found = [x for p in by.children if p.dep_ == "pobj" for x in expand_mentions(p, index)]
                    if any(found):
                        return [x for x in found if x is not None]
    if frame.passive and lemma_of(frame.head) not in TAKING_VERBS:
        for prep in frame.preps:
            if prep.lower_ == "from" and prep.head.i == frame.head.i:
                found = [x for p in prep.children if p.dep_ == "pobj" for x in expand_mentions(p, index)]
                if any(found):
                    return [x for x in found if x is not None]
    return []
