"""Targets of reactions to acts the text names elsewhere: "Iran denied the accusation"
answers its accuser, "the EU criticized the decision" the decision's author, "Germany
condemned the attack" and "police are investigating the shooting" the attack's perpetrator.

The acts coded so far in the article (:attr:`~dyadic.events.frame.MentionIndex.acts`) and
its perpetrator (:attr:`~dyadic.events.frame.MentionIndex.perpetrator`) supply the
authors; the courts or authorities of the article's locus stand in for an author of a
charge or a court act that the text does not name.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadic.events.frame import ACT_NOUNS, Frame, MentionIndex, act_authors, lemma_of
from dyadic.events.lexicon import ACCUSATION_NOUNS, VIOLENCE_NOUNS
from dyadic.records import Mention

__all__ = ["answered_author", "condemned_attack", "told", "told_violence"]

#: Roots of speech acts whose target may be the author of an act they name (disapprove,
#: reject): "Germany condemned the attack", "the EU criticized the decision".
CONDEMNING_ROOTS = frozenset({"11", "12"})
#: Roots of denials and rejections, whose target is the author of the accusation denied.
DENYING_ROOTS = frozenset({"01", "12"})
#: Roots of accusations and charges (disapprove, coerce), which a later denial answers.
ACCUSING_ROOTS = frozenset({"11", "17"})
#: Roots of the acts that a criticism of "the decision" or "the move" answers: any act but
#: a criticism (a second critic of the move criticizes its author, not the first critic).
ANSWERED_ROOTS = frozenset(f"{root:02d}" for root in range(1, 21)) - {"11"}
#: Nouns of acts whose author a criticism or rejection of them is aimed at when the text
#: names none ("criticized the move", "rejected the proposal", "called the ruling arbitrary").
REACTED_ACT_NOUNS = ACT_NOUNS | frozenset(
    {
        "ruling", "verdict", "sentence", "judgment", "law", "ban", "policy", "measure", "deal",
        "agreement", "approval", "arrest", "detention", "sanction", "action", "order", "argument",
        "bill", "crackdown", "conviction", "appointment", "reform", "response", "warrant",
    }
)  # fmt: skip
#: Acts of a court: with no author before, the courts of the article's locus made them.
COURT_ACT_NOUNS = frozenset({"ruling", "verdict", "sentence", "judgment", "conviction", "warrant"})
#: Roots of investigating (09), whose told violent object is aimed at its perpetrator.
INVESTIGATING_ROOTS = frozenset({"09"})


def answered_author(frame: Frame, index: MentionIndex, code: str, sources: list[Mention]) -> Mention | None:
    """The target of a speech act on an act whose author the text does not name there:

    * a condemnation (:data:`CONDEMNING_ROOTS`) of a told attack: its perpetrator
      (:func:`condemned_attack`: "Germany condemned the attack");
    * a denial (:data:`DENYING_ROOTS`) of an accusation ("Iran denied the accusation",
      "he rejects the charges"), or a condemnation of one: the latest accuser
      (:data:`ACCUSING_ROOTS`) of the three sentences before; for charges with none, the
      authorities of the article's locus;
    * a condemnation of another act (:data:`REACTED_ACT_NOUNS`: "the EU criticized the
      decision", "the move was condemned"): the author of the latest act of the three
      sentences before (:data:`ANSWERED_ROOTS`) that is none of ``sources``; for a court's
      act with none ("called the ruling arbitrary"), the courts of the locus.

    The act noun is a direct object (or the passive subject of a condemnation) whose own
    author is not named ("Washington's decision", "the decision by the court" are handled
    as actors). Uses :meth:`~dyadic.events.frame.MentionIndex.author_before` (the acts of
    the sentences coded so far).

    Args:
        frame: The speech act's frame.
        index: The article's mentions and acts.
        code: The speech act's CAMEO code.
        sources: Its source mentions.

    Returns:
        The target mention (zero-width when implied), or None.
    """
    root = code[:2]
    if root in CONDEMNING_ROOTS or root in INVESTIGATING_ROOTS:
        attacker = condemned_attack(frame, index)  # "investigating the shooting": its perpetrator
        if attacker is not None:
            return attacker
    deps = ("dobj", "nsubjpass") if root in CONDEMNING_ROOTS else ("dobj", "pobj")
    # "pleaded not guilty to the charges": what a denial is "to"
    answered = [frame.head, *frame.objects] if root in DENYING_ROOTS else []
    tos = [p for t in answered for p in t.children if p.dep_ == "prep" and p.lower_ == "to"]
    denied = [o for p in tos for o in p.children]
    for obj in [*frame.objects, *denied]:
        lemma = lemma_of(obj)
        if obj.dep_ not in deps or act_authors(obj) or index.within(obj) is not None:
            continue
        if lemma in ACCUSATION_NOUNS and (root in DENYING_ROOTS or root in CONDEMNING_ROOTS):
            accuser = index.author_before(obj, ACCUSING_ROOTS)
            return accuser if accuser is not None or lemma != "charge" else index.authority(frame.head)
        if lemma in REACTED_ACT_NOUNS and root in CONDEMNING_ROOTS:
            unlike = frozenset(m.actor.code for m in sources)
            author = index.author_before(obj, ANSWERED_ROOTS, unlike)
            if author is None and lemma in COURT_ACT_NOUNS:
                return index.authority(frame.head, role="JUD")
            return author
    return None


def told(noun: Token) -> bool:
    """Is ``noun`` definite or possessed ("the attack", "Tuesday's attack"): an act already told?"""
    return any(
        (d.dep_ == "det" and d.lower_ in ("the", "this", "that")) or d.dep_ == "poss" for d in noun.children
    )


def told_violence(verb: Token) -> bool:
    """Does ``verb`` take a told violent act as its object ("condemned the attack")?"""
    return any(o.dep_ == "dobj" and lemma_of(o) in VIOLENCE_NOUNS and told(o) for o in verb.children)


def condemned_attack(frame: Frame, index: MentionIndex) -> Mention | None:
    """The target of a speech act on a told attack ("Germany condemned the attack"): the
    article's perpetrator (:meth:`~dyadic.events.frame.MentionIndex.implied_perpetrator`)
    when the object is a definite or possessed noun of :data:`VIOLENCE_NOUNS` with no
    author named; None otherwise."""
    if frame.head.pos_ == "VERB" and told_violence(frame.head):
        return index.implied_perpetrator(frame.head)
    return None
