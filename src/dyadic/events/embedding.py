"""Events embedded under a verb of intent, appeal, demand, refusal, threat or claim.

"Iran agreed to release the prisoners" is not a release (084) but an
expression of intent to release (0353); "the UN urged Israel to withdraw" is an
appeal (0256) by the UN to Israel; "Russia threatened to cut gas supplies" is a
threat (1311). CAMEO 1.1b3 codes such statements by the speech act, with the
embedded event choosing the sub-code. This module finds the governing
construction (:func:`embedding_of`) and maps the embedded event's code into the
speech act's family (:func:`family_code`).

Constructions (spaCy ClearNLP labels):

* intent: ``xcomp`` of agree, offer, promise, pledge, vow ...; of an adjective
  such as willing, ready, prepared ("is willing to withdraw"); or the event
  verb's own ``will``/``shall``/``would`` in reported speech ("said it would
  allow") -> 03x; a threatening act (roots 14-20) -> 13x. A bare future ("Raisi
  will visit Caracas") stays the event itself, with status planned;
* refusal: ``xcomp`` of refuse, decline; a negated intent verb or auxiliary in
  reported speech ("did not agree to", "said it would not provide") -> 12x;
* threat: ``xcomp`` of threaten -> 13x;
* appeal: ``xcomp`` of urge, ask, call on, appeal to, encourage, want with an
  addressee ("urged Iraq to release", "wants Putin to attack") -> 02x, from
  the governor's subject to the addressee;
* demand: ``xcomp`` of demand, order, press; "said that X must ..." -> 10x,
  from the speaker to the addressee;
* claim: a speech verb whose clausal complement reports an attack by another
  actor ("the US claimed that ISIL had attacked Iraq") -> 112, from the speaker
  to the attacker; claim, admit or acknowledge with an attack by the speaker's own
  side ("the US claimed that they had attacked Iraq") -> 015 (claim
  responsibility), from the speaker to the attacked.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from spacy.tokens import Token

from dyadic.events.frame import lemma_of

__all__ = ["Family", "Embedding", "embedding_of", "family_code", "alleged", "OWN_CLAIM_VERBS"]


class Family(StrEnum):
    """The speech act an embedded event is reported under."""

    INTENT = "intent"
    REFUSE = "refuse"
    THREATEN = "threaten"
    APPEAL = "appeal"
    DEMAND = "demand"
    CLAIM = "claim"


INTENT_VERBS = frozenset(
    {
        "agree",
        "offer",
        "promise",
        "pledge",
        "vow",
        "commit",
        "volunteer",
        "propose",
        "decide",
        "want",
        "wish",
        "swear",
    }
)
INTENT_ADJECTIVES = frozenset({"willing", "ready", "prepared", "determined", "eager", "keen", "committed"})
REFUSE_VERBS = frozenset({"refuse", "decline", "fail"})
REFUSE_ADJECTIVES = frozenset({"unwilling", "reluctant"})
THREATEN_VERBS = frozenset({"threaten"})
APPEAL_VERBS = frozenset(
    {"urge", "ask", "call", "appeal", "encourage", "want", "implore", "plead", "invite", "request"}
)
DEMAND_VERBS = frozenset(
    {"demand", "order", "press", "pressure", "pressurise", "pressurize", "force", "insist"}
)
SPEECH_VERBS = frozenset(
    {
        "say",
        "claim",
        "allege",
        "report",
        "state",
        "announce",
        "declare",
        "insist",
        "reiterate",
        "warn",
        "tell",
    }
)
#: Verbs by which an actor owns up to an act ("the US claimed that it had attacked Iraq"):
#: a violent act of the speaker's own side is a claim of responsibility (CAMEO 015).
OWN_CLAIM_VERBS = frozenset({"claim", "admit", "acknowledge"})
#: Verbs whose clausal complement is an allegation, not a reported fact (GUIDELINES hard case 16).
ALLEGATION_VERBS = frozenset({"allege", "claim"})
INTENT_AUX = frozenset({"will", "shall", "would", "'ll", "wo"})
MUST_AUX = frozenset({"must"})
#: Roots whose intent is a threat rather than an intent to cooperate.
THREAT_ROOTS = frozenset({"14", "15", "16", "17", "18", "19", "20"})

# Embedded code (longest prefix wins) -> code in each family. Sources: CAMEO 1.1b3 manual,
# the parallel structure of roots 02/03/10/12 and 04-08, and of 13 and 14-20.
_INTENT = {
    "04": "036",
    "05": "032",
    "06": "031",
    "061": "0311",
    "062": "0312",
    "063": "0313",
    "064": "0314",
    "07": "033",
    "071": "0331",
    "072": "0332",
    "073": "0333",
    "074": "0334",
    "08": "035",
    "081": "0351",
    "082": "0352",
    "083": "034",
    "084": "0353",
    "085": "0354",
    "086": "0355",
    "087": "0356",
    "09": "030",
}
_APPEAL = {
    "03": "020",
    "04": "026",
    "05": "022",
    "06": "021",
    "061": "0211",
    "062": "0212",
    "063": "0213",
    "064": "0214",
    "07": "023",
    "071": "0231",
    "072": "0232",
    "073": "0233",
    "074": "0234",
    "08": "025",
    "081": "0251",
    "082": "0252",
    "083": "024",
    "084": "0253",
    "085": "0254",
    "086": "0255",
    "087": "0256",
    "09": "020",
    "15": "020",
    "17": "020",
    "18": "020",
    "19": "020",
    "20": "020",
}
_DEMAND = {
    "03": "100",
    "04": "106",
    "05": "102",
    "06": "101",
    "061": "1011",
    "062": "1012",
    "063": "1013",
    "064": "1014",
    "07": "103",
    "071": "1031",
    "072": "1032",
    "073": "1033",
    "074": "1034",
    "08": "105",
    "081": "1051",
    "082": "1052",
    "083": "104",
    "084": "1053",
    "085": "1054",
    "086": "1055",
    "087": "1056",
    "09": "100",
}
_REFUSE = {
    "03": "120",
    "04": "125",
    "05": "120",
    "06": "121",
    "061": "1211",
    "062": "1212",
    "063": "1213",
    "07": "122",
    "071": "1221",
    "072": "1222",
    "073": "1223",
    "074": "1224",
    "08": "124",
    "081": "1241",
    "082": "1242",
    "083": "123",
    "084": "1243",
    "085": "1244",
    "086": "1245",
    "087": "1246",
    "09": "120",
}
_THREATEN = {
    "14": "133",
    "15": "138",
    "16": "131",
    "161": "1313",
    "162": "1311",
    "163": "1312",
    "17": "137",
    "18": "1383",
    "19": "1384",
    "191": "1381",
    "192": "1382",
    "20": "1385",
    "03": "130",
    "04": "130",
    "05": "130",
    "06": "130",
    "07": "130",
    "08": "130",
    "09": "130",
}
_TABLES = {
    Family.INTENT: _INTENT,
    Family.APPEAL: _APPEAL,
    Family.DEMAND: _DEMAND,
    Family.REFUSE: _REFUSE,
    Family.THREATEN: _THREATEN,
}


@dataclass(frozen=True)
class Embedding:
    """How an event verb is embedded.

    Attributes:
        family: The speech act.
        governor: The governing verb or adjective (the event verb itself for an auxiliary).
        speakers: Tokens heading the speech act's subject (appeal, demand, claim), else empty.
        addressee: Token heading the appealed-to actor (appeal, demand), else None.
        auxiliary: The construction is the event verb's own auxiliary ("will give").
    """

    family: Family
    governor: Token
    speakers: tuple[Token, ...] = ()
    addressee: Token | None = None
    auxiliary: bool = False


def _negated(tok: Token) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def _subjects(tok: Token) -> tuple[Token, ...]:
    own = tuple(c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass"))
    if own or tok.dep_ not in ("conj", "acomp", "xcomp") or tok.head.i == tok.i:
        return own
    return _subjects(tok.head)


def _addressee(governor: Token) -> Token | None:
    """The appealed-to actor: direct object, or the object of "on"/"to"/"upon" ("called on Israel")."""
    for c in governor.children:
        if c.dep_ in ("dobj", "dative") and c.pos_ != "ADP":
            return c
    for c in governor.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in ("on", "upon", "to"):
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _own_aux(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ == "aux"}


def embedding_of(verb: Token) -> Embedding | None:
    """The construction ``verb`` (an event verb) is embedded in, or None."""
    head, dep = verb.head, verb.dep_
    if head.i != verb.i and dep in ("xcomp", "ccomp", "advcl"):
        hl = lemma_of(head)
        if dep == "xcomp" and head.pos_ == "ADJ":
            if hl in REFUSE_ADJECTIVES or (hl in INTENT_ADJECTIVES and _negated(head.head)):
                return Embedding(Family.REFUSE, head)
            if hl in INTENT_ADJECTIVES:
                return Embedding(Family.INTENT, head)
        if head.pos_ == "VERB":
            own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
            if dep == "ccomp" and own_subject and hl in APPEAL_VERBS | DEMAND_VERBS:
                subject = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
                family = Family.DEMAND if hl in DEMAND_VERBS else Family.APPEAL
                return Embedding(family, head, _subjects(head), subject)
            if dep == "xcomp" or (dep == "advcl" and "to" in _own_aux(verb)):
                addressee = _addressee(head)
                if hl in APPEAL_VERBS | DEMAND_VERBS and addressee is not None:
                    family = Family.DEMAND if hl in DEMAND_VERBS else Family.APPEAL
                    return Embedding(family, head, _subjects(head), addressee)
                if hl in REFUSE_VERBS or (hl in INTENT_VERBS and _negated(head)):
                    return Embedding(Family.REFUSE, head)
                if hl in THREATEN_VERBS:
                    return Embedding(Family.THREATEN, head)
                if hl in INTENT_VERBS and dep == "xcomp":
                    return Embedding(Family.INTENT, head)
            if dep == "ccomp" and hl in SPEECH_VERBS and own_subject and _own_aux(verb) & MUST_AUX:
                subject = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
                return Embedding(Family.DEMAND, head, _subjects(head), subject)
            if (
                dep == "ccomp"
                and head.i < verb.i  # "X said that Y attacked Z", not "Y attacked Z, X said"
                and hl in SPEECH_VERBS | OWN_CLAIM_VERBS | {"accuse"}
                and own_subject
                and not _own_aux(verb) & INTENT_AUX
            ):
                return Embedding(Family.CLAIM, head, _subjects(head))
    aux = _own_aux(verb)
    if aux & INTENT_AUX and dep == "ccomp" and lemma_of(head) in SPEECH_VERBS | {"announce", "confirm"}:
        return Embedding(Family.REFUSE if _negated(verb) else Family.INTENT, verb, auxiliary=True)
    return None


def alleged(verb: Token) -> bool:
    """Whether ``verb`` is the act alleged in the clausal complement of an alleging verb
    (:data:`ALLEGATION_VERBS`), directly or under a verb of that clause: "the book alleges
    that the senator paid a friend", "claimed that the minister refused to visit". Only the
    allegation is an event (GUIDELINES hard case 16). A complement whose subject is a
    pronoun ("claimed it had seized the town") is the claimant's own act, and a passive one
    ("alleged that he was poisoned") an act whose doer the allegation does not name: both stay.
    """
    tok = verb
    for _ in range(4):
        head = tok.head
        if head.i == tok.i or tok.dep_ not in ("ccomp", "xcomp", "conj"):
            return False
        if tok.dep_ == "ccomp" and head.pos_ == "VERB" and lemma_of(head) in ALLEGATION_VERBS:
            return any(c.dep_ == "nsubj" and c.pos_ not in ("PRON", "DET") for c in tok.children)
        tok = head
    return False


def family_code(family: Family, code: str) -> str | None:
    """The code of ``code`` (an embedded event's CAMEO code) reported in ``family``.

    Returns:
        The mapped code; ``code`` itself when it already is a speech act that the
        family does not change (an intent to appeal stays an appeal); None when
        the family has no reading for it (claim of a non-violent act, refusal of
        an attack): the embedded event is then not coded as a speech act.
    """
    root = code[:2]
    if family is Family.CLAIM:
        return "112" if root in ("18", "19", "20") else None
    if family is Family.INTENT and root in THREAT_ROOTS:
        family = Family.THREATEN
    if root in ("01", "02", "10", "11", "12", "13") or (family is Family.INTENT and root == "03"):
        return code if family in (Family.INTENT, Family.THREATEN) else None
    table = _TABLES[family]
    for n in (len(code), 3, 2):
        mapped = table.get(code[:n])
        if mapped is not None:
            return mapped
    return None
