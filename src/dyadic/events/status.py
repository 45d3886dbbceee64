"""Factuality of an event verb: realized, planned, hypothetical or negated.

Read from the dependency parse: ``neg`` dependents, a negative subject ("no passengers were
killed") and "denied that ..." (negated);
modal auxiliaries, ``if``/``unless`` clauses, the complements of verbs of wanting and
asking and the clausal complements of verbs of predicting (hypothetical); ``will``/``shall``,
"is to", "is expected / set / scheduled / due to", "plans / intends / is going to" (planned);
otherwise realized. Coordinated verbs
without their own auxiliaries or subject share the first verb's status; ``xcomp`` complements
inherit their governor's.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadic.events.frame import is_infinitival_advcl, lemma_of
from dyadic.records import EventStatus

__all__ = ["event_status", "negative_subject", "noun_status"]

FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
MODAL_AUX = frozenset({"would", "could", "may", "might", "can", "should", "must", "ca", "'d"})
CONDITION_MARKS = frozenset({"if", "unless", "whether"})
#: Governing verbs whose ``xcomp`` is a planned event.
PLAN_VERBS = frozenset({"plan", "expect", "schedule", "set", "due", "intend", "prepare", "go", "be", "aim"})
#: Governing verbs whose ``xcomp`` keeps the governor's own status (aspect, effort).
ASPECT_VERBS = frozenset({"begin", "start", "continue", "keep", "resume", "manage", "work", "move", "help"})
#: Verbs of reporting whose infinitive states a fact, not an aim ("claimed to be holding
#: 200 hostages", "is said to have fled"): the complement is as real as the report.
REPORT_VERBS = frozenset({"claim", "say", "report", "appear", "seem"})
#: Verbs whose clausal complement is a prediction, not a reported fact ("predicts that
#: the senator defeats the governor"). Not fear or expect: "fear that the fighting will
#: start again" names fighting the train split's annotators coded.
PREDICT_VERBS = frozenset({"predict", "forecast", "speculate", "guess", "bet"})
#: Verbs whose clausal complement is denied.
DENY_VERBS = frozenset({"deny", "refute", "dismiss", "reject"})

_RANK = {EventStatus.REALIZED: 0, EventStatus.PLANNED: 1, EventStatus.HYPOTHETICAL: 2, EventStatus.NEGATED: 3}


def _own_status(verb: Token) -> EventStatus | None:
    """Status from the verb's own dependents, or None when they say nothing."""
    found: EventStatus | None = None
    nobody = False  # "no passengers were killed"; but "no one should be detained" is a norm
    for c in verb.children:
        dep, low = c.dep_, c.lower_
        nobody = nobody or (dep in ("nsubj", "nsubjpass") and negative_subject(c))
        if dep == "neg":
            return EventStatus.NEGATED
        if dep == "aux" and (low in MODAL_AUX or lemma_of(c) in MODAL_AUX):
            found = _stronger(found, EventStatus.HYPOTHETICAL)
        elif dep == "aux" and (low in FUTURE_AUX or lemma_of(c) in FUTURE_AUX):
            found = _stronger(found, EventStatus.PLANNED)
        elif dep == "mark" and low in CONDITION_MARKS:
            found = _stronger(found, EventStatus.HYPOTHETICAL)
    return EventStatus.NEGATED if nobody and found is not EventStatus.HYPOTHETICAL else found


def negative_subject(subject: Token) -> bool:
    """Is ``subject`` a negative quantifier phrase ("no passengers", "nobody", "neither
    side", "Neither ICE nor DHS")?"""
    return subject.lower_ in ("nobody", "none", "nothing", "neither") or any(
        d.dep_ in ("det", "preconj") and d.lower_ in ("no", "neither") for d in subject.children
    )


def _stronger(a: EventStatus | None, b: EventStatus) -> EventStatus:
    return b if a is None or _RANK[b] > _RANK[a] else a


def _has_own_aux(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "neg") for c in verb.children)


def event_status(verb: Token, depth: int = 0) -> EventStatus:
    """Status of the event expressed by ``verb`` (see the module docstring)."""
    status = _own_status(verb) or EventStatus.REALIZED
    if status is EventStatus.NEGATED or depth > 5:
        return status
    head, dep = verb.head, verb.dep_
    if head.i == verb.i:
        return status
    if (
        dep == "conj"
        and not _has_own_aux(verb)
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return _stronger(status, event_status(head, depth + 1))
    if dep == "xcomp" or is_infinitival_advcl(verb):
        governor = event_status(head, depth + 1)
        hl = lemma_of(head)
        if hl in PLAN_VERBS:
            inherited = _stronger(governor, EventStatus.PLANNED)
        elif hl in ASPECT_VERBS or hl in REPORT_VERBS:
            inherited = governor
        else:  # want, try, urge, agree, refuse, threaten ...: not (yet) done
            inherited = _stronger(governor, EventStatus.HYPOTHETICAL)
        return _stronger(status, inherited)
    if dep == "ccomp" and lemma_of(head) in DENY_VERBS:
        return EventStatus.NEGATED
    if dep == "ccomp" and lemma_of(head) in PREDICT_VERBS:
        return _stronger(status, EventStatus.HYPOTHETICAL)
    if dep == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children):
        return _stronger(status, EventStatus.HYPOTHETICAL)
    return status


def noun_status(noun: Token) -> EventStatus:
    """Status of an event noun: that of its governing verb; planned when that verb is a
    verb of planning ("the visit is expected to ...", "the planned visit")."""
    if any(lemma_of(c) in ("planned", "plan", "upcoming", "forthcoming", "scheduled") for c in noun.children):
        return EventStatus.PLANNED
    tok = noun.head
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX"):
            if lemma_of(tok) in PLAN_VERBS - {"be", "go"} or lemma_of(tok) == "expect":
                return _stronger(event_status(tok), EventStatus.PLANNED)
            return event_status(tok)
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return EventStatus.REALIZED
