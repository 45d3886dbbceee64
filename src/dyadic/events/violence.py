"""Violence whose author the sentence leaves out, and killings that are only counted.

"Seven officials were killed", "the 176 people on board were all killed", "two people
were killed and eight injured in a suicide bombing": a passive verb of killing or
wounding with a named victim and no ``by`` phrase (:func:`unclaimed_killing`). The
real-news gold codes these with the article's perpetrator as the source (GUIDELINES.md
hard cases 1 and 15), which :func:`unclaimed_author` supplies to
:func:`dyadic.events.arguments.source_mentions` (an article that names no perpetrator
leaves them uncoded: most such killings there are crimes or accidents). An accident or
disaster named as the cause ("killed in a crash") is no attack, and a tally of killings
over years or many attacks (:func:`tally`, hard case 10) is no event at all.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadic.events.carriers import undergone
from dyadic.events.frame import Frame, MentionIndex, lemma_of
from dyadic.events.lexicon import ATTACK_NOUNS, VIOLENCE_NOUNS, WOUNDING_VERBS
from dyadic.records import Mention

__all__ = [
    "CAUSE_PREPS",
    "NON_ATTACK_CAUSES",
    "shared_preps",
    "tally",
    "unclaimed_author",
    "unclaimed_killing",
]

#: Nouns of accidents, disasters and illness: a killing "in" or "by" one of them is no act
#: of violence (GUIDELINES.md section 1: accidents and disasters are not events).
NON_ATTACK_CAUSES = frozenset(
    {
        "crash", "accident", "collision", "fire", "blaze", "flood", "flooding", "storm", "earthquake",
        "quake", "landslide", "avalanche", "cyclone", "hurricane", "typhoon", "tornado", "tsunami",
        "eruption", "stampede", "collapse", "derailment", "disease", "virus", "outbreak", "heat",
        "lightning", "drowning", "traffic", "mudslide", "wildfire", "epidemic", "pandemic", "leak",
        "overdose", "famine",
    }
)  # fmt: skip
#: Prepositions of the cause or circumstances of a killing.
CAUSE_PREPS = frozenset({"in", "by", "during", "after", "when", "from", "as"})
#: Roles of a state's armed and governing side: a state's side is not the implied author
#: of an attack on its own country's officials and forces.
STATE_SIDE = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
#: Words of a time span that make a killing a tally over months or years ("in the last 15
#: months", "over the past decade"), not one attack (GUIDELINES.md hard case 10).
SPAN_WORDS = frozenset({"months", "years", "decades", "decade", "weeks"})
#: Nouns of attacks and incidents that a killing "in over 500 attacks" is counted over.
TALLIED = ATTACK_NOUNS | VIOLENCE_NOUNS | {"incident", "clash", "operation"}
#: Dependencies of a violent verb's victims (passive subject, object, or the subject of
#: "died in the attack" read as a passive).
VICTIM_DEPS = frozenset({"nsubjpass", "dobj", "nsubj"})


def shared_preps(frame: Frame) -> list[Token]:
    """The prepositions of ``frame``'s verb and of the passive verbs conjoined with it
    ("two were killed and eight injured in a bombing": the ``in`` phrase is both's)."""
    head = frame.head
    verbs = [head, *(c for c in head.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if head.dep_ == "conj" and head.head.pos_ == "VERB":
        verbs.append(head.head)
    return [p for v in verbs for p in v.children if p.dep_ == "prep"]


def unclaimed_killing(frame: Frame, index: MentionIndex) -> bool:
    """Whether ``frame`` is an agentless passive of killing or wounding
    (:data:`WOUNDING_VERBS`) whose victim (the passive subject) is an actor mention and
    whose cause, if named, is no accident or disaster (:data:`NON_ATTACK_CAUSES`).

    Args:
        frame: The verb's frame.
        index: The sentence's actor mentions.

    Returns:
        True when an author left out of the sentence did it.
    """
    if not frame.passive or frame.subjects or lemma_of(frame.head) not in WOUNDING_VERBS:
        return False
    if not any(index.of(o) is not None for o in frame.objects if o.dep_ == "nsubjpass"):
        return False
    for prep in shared_preps(frame):
        if prep.lower_ in CAUSE_PREPS:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and lemma_of(pobj) in NON_ATTACK_CAUSES:
                    return False
    return True


def unclaimed_author(frame: Frame, index: MentionIndex, told: bool) -> Mention | None:
    """The implied author of a violent act whose sentence names none: the article's
    perpetrator (:meth:`MentionIndex.implied_perpetrator`) for an attack already told
    (``told``: "were killed in the attack") or an agentless killing
    (:func:`unclaimed_killing`), unless the sentence tallies killings (:func:`tally`) or the
    perpetrator is a state's side and a victim is its own country's officials or forces
    ("four paramilitary troops died in the attack": the state's forces fought the
    attackers) or the act is one undergone (:func:`~dyadic.events.carriers.undergone`:
    "the train came under attack", where a state's attack would be told with ``from``).

    Args:
        frame: The verb's frame.
        index: The sentence's actor mentions, with the article's perpetrator.
        told: The act is named as the article's attack already told.

    Returns:
        A zero-width mention of the perpetrator at the verb, or None.
    """
    perpetrator = index.perpetrator
    if perpetrator is None or not (told or unclaimed_killing(frame, index)):
        return None
    if tally(frame):
        return None
    victims = [m for o in frame.objects if o.dep_ in VICTIM_DEPS for t in o.subtree if (m := index.of(t))]
    own = perpetrator.actor
    if own.role in STATE_SIDE and (
        undergone(frame.head)  # "came under attack": by a state's forces, the text says so
        or any(v.actor.country == own.country and v.actor.role in STATE_SIDE for v in victims)
    ):
        return None
    return index.implied_perpetrator(frame.head)


def tally(frame: Frame) -> bool:
    """Whether a killing is a tally over a span of time or of many attacks, no one attack
    (GUIDELINES.md hard case 10): "since 2009" (a year), "in the last 15 months"
    (:data:`SPAN_WORDS`), "in over 500 attacks" (a counted plural attack noun, :data:`TALLIED`)."""
    for prep in shared_preps(frame):
        if any(t.lower_ in SPAN_WORDS for t in prep.subtree):
            return True
        if prep.lower_ == "since" and any(t.like_num and len(t) == 4 for t in prep.children):
            return True
        pobjs = [t for t in prep.children if t.dep_ == "pobj" and t.tag_ == "NNS" and lemma_of(t) in TALLIED]
        if prep.lower_ in ("in", "during") and any(c.dep_ == "nummod" for t in pobjs for c in t.children):
            return True
    return False
