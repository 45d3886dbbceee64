"""Read a verb's (or event noun's) arguments off the spaCy dependency parse.

Labels are ClearNLP-style, as produced by spaCy's English pipelines (``nsubj``,
``nsubjpass``, ``dobj``, ``prep``, ``pobj``, ``agent``, ``dative``, ``xcomp``, ``ccomp``,
``conj``, ``appos``, ``prt``, ``aux``, ``auxpass``, ``neg``, ``relcl``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dyadic.actors import article_locus
from dyadic.events.args_subjects import (
    RELATIVE_PRONOUNS,
    is_infinitival_advcl,
    is_passive,
    lemma_of,
    own_subjects,
    reduced_relative,
    subjects_of,
)
from dyadic.events.lexicon import (
    ACT_NOUNS,
    ACTING_HEADS,
    NOMINALISATIONS,
    PARTITIVE_HEADS,
    PATIENT_NOMINALS,
)
from dyadic.nlp import sentence_index_of
from dyadic.records import Actor, ActorKind, Mention

__all__ = [
    "ACT_NOUNS",
    "PATIENT_NOMINALS",
    "Frame",
    "MentionIndex",
    "act_authors",
    "is_infinitival_advcl",
    "verb_frame",
    "noun_frame",
    "lemma_of",
    "predicated_object",
]

OBJECT_DEPS = frozenset({"dobj", "attr", "oprd", "acomp", "xcomp", "ccomp", "npadvmod", "advmod"})
PARTICLE_DEPS = frozenset({"prt", "advmod"})
POBJ_DEPS = frozenset({"pobj", "pcomp"})
#: Dependents of a head noun that may carry the actor mention ("his Venezuelan
#: counterpart, Nicolas Maduro": appos; "Iranian President": amod/compound).
MENTION_CHILD_DEPS = ("appos", "compound", "amod", "nmod")
#: Rule of the implied authorities of a passive act of state (:meth:`MentionIndex.authority`).
IMPLICIT_AUTHORITY = "implicit+locus"
#: Rule of the implied author of a violent act with none named (:meth:`MentionIndex.implied_perpetrator`).
IMPLICIT_PERPETRATOR = "implicit+perpetrator"
#: Rule of the unidentified author of an attack in an article that names no perpetrator.
IMPLICIT_UNKNOWN = "implicit+unknown"
#: The unidentified attackers of such an attack (CAMEO role ``UAF``, no country).
UNKNOWN_ATTACKER = Actor("UAF", None, "UAF", "unidentified attackers", ActorKind.AGENT)
#: Rule of a mention read off the possessor of a body or group acting for it (:meth:`MentionIndex.of`).
POSSESSOR_RULE = "possessor"
RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "what"})
#: Dependencies followed down a noun phrase to the actor it is about (:meth:`MentionIndex.within`).
NESTED_DEPS = frozenset({"prep", "pobj", "compound", "amod", "nmod", "poss"})


def _implied(head: Token, actor: Actor, rule: str) -> Mention:
    """A zero-width mention of an actor the text implies, at ``head``."""
    return Mention("", head.idx, head.idx, head.i, head.i, sentence_index_of(head.doc, head), actor, rule)


def predicated_object(verb: Token) -> Token | None:
    """The object of "called Canada one of ...", "called Pakistan's assertions baseless" when
    the parser gives ``verb`` two object predicates (``oprd``): the first; None otherwise."""
    oprds = [c for c in verb.children if c.dep_ == "oprd"]
    return oprds[0] if len(oprds) > 1 else None


def words_of(tok: Token) -> set[str]:
    """The forms a pattern word may match: lower-case lemma and lower-case text."""
    return {lemma_of(tok), tok.lower_}


class MentionIndex:
    """Actor mentions by token index (a token belongs to a mention when
    ``token_start <= i < token_end``; the first mention wins on overlap)."""

    def __init__(self, mentions: list[Mention]) -> None:
        self._by_token: dict[int, Mention] = {}
        for m in mentions:
            for i in range(m.token_start, m.token_end):
                self._by_token.setdefault(i, m)
        self.locus = article_locus((m.actor.country, m.sentence_index) for m in mentions if m.actor.country)
        #: (source, CAMEO code) of the candidates of the sentences coded so far, in text
        #: order, set by the coder: whom a later denial or criticism of the act answers.
        self.acts: list[tuple[Mention, str]] = []
        #: The article's perpetrator: the actor named as the author of most of its violent
        #: acts, set by the coder after a first pass (None until then, or when none is named).
        self.perpetrator: Mention | None = None
        #: Whether a violent act with no author named may be the unidentified attackers'
        #: (:meth:`unknown_perpetrator`): set by the coder when the article names no perpetrator.
        self.unknown_attacker = False

    def within(self, tok: Token, depth: int = 3) -> tuple[Token, Mention] | None:
        """The nearest token below ``tok`` that heads an actor mention, with the mention,
        followed through ``of``, ``by`` and ``from`` phrases, compounds, modifiers and possessors (at most
        ``depth`` steps: "tariffs on $20 billion worth of U.S. exports" -> "U.S."); None
        when there is none."""
        frontier = [tok]
        for _ in range(depth):
            frontier = [
                c
                for t in frontier
                for c in t.children
                if c.dep_ in NESTED_DEPS and (c.dep_ != "prep" or c.lower_ in ("of", "by", "from"))
            ]
            for t in frontier:
                m = self.of(t) if t.dep_ != "prep" else None
                if m is not None:
                    return t, m
        return None

    def authority(self, head: Token, country: str | None = None, role: str = "GOV") -> Mention | None:
        """The implied source of an act of state with no named author: the government
        (``role`` ``GOV``; ``JUD`` for the courts) of ``country`` (ISO 3166-1 alpha-3; the
        place the act happened in), else of the article's locus
        (:func:`dyadic.actors.article_locus`), as a zero-width mention at ``head`` (rule
        ``implicit+locus``); None when neither is known."""
        country = country or self.locus
        if country is None:
            return None
        actor = Actor(country + role, country, role, f"{country} authorities", ActorKind.AGENT)
        return _implied(head, actor, IMPLICIT_AUTHORITY)

    def implied_perpetrator(self, head: Token) -> Mention | None:
        """The implied author of a violent act whose text names none ("six people were
        killed in the attack", "a bombing killed two"): the article's :attr:`perpetrator`,
        as a zero-width mention at ``head`` (rule ``implicit+perpetrator``); None when the
        article names no perpetrator."""
        if self.perpetrator is None:
            return None
        return _implied(head, self.perpetrator.actor, IMPLICIT_PERPETRATOR)

    def unknown_perpetrator(self, head: Token) -> Mention | None:
        """The author of an attack the article names no perpetrator for ("a car bombing
        killed five"): unidentified attackers (``UAF``, no country; the gold convention's
        ``---UAF``, CAMEO's "unidentified armed forces" role), as a zero-width mention at
        ``head`` (rule ``implicit+unknown``), once :attr:`unknown_attacker` is set; None
        before that."""
        return _implied(head, UNKNOWN_ATTACKER, IMPLICIT_UNKNOWN) if self.unknown_attacker else None

    def countries_before(self, tok: Token, sentences: int = 2) -> list[Mention]:
        """Mentions of distinct countries before ``tok``, latest first: in its sentence and
        the ``sentences`` before it (the antecedents of "both countries")."""
        first = sentence_index_of(tok.doc, tok) - sentences
        out: list[Mention] = []
        for i in range(tok.i - 1, -1, -1):
            m = self._by_token.get(i)
            if m is None:
                continue
            if m.sentence_index < first:
                break
            if m.actor.country is not None and all(o.actor.country != m.actor.country for o in out):
                out.append(m)
        return out

    def author_before(
        self, tok: Token, roots: frozenset[str], unlike: frozenset[str] = frozenset(), sentences: int = 3
    ) -> Mention | None:
        """The source of the latest act in :attr:`acts` in the ``sentences`` before the one
        of ``tok`` whose CAMEO root is in ``roots`` and whose actor code is not in ``unlike``:
        who made the accusation "Iran denied the accusation" answers, who took the decision
        "the EU criticized the decision" is aimed at; None when there is none."""
        current = sentence_index_of(tok.doc, tok)
        for m, code in reversed(self.acts):
            if m.sentence_index < current - sentences:
                break
            if m.sentence_index < current and code[:2] in roots and m.actor.code not in unlike:
                return m
        return None

    def at(self, tok: Token) -> Mention | None:
        """The mention covering ``tok`` itself."""
        return self._by_token.get(tok.i)

    def of(self, tok: Token) -> Mention | None:
        """The mention for the phrase headed by ``tok``: the token's own, else one on an
        ``appos``, ``compound``, ``amod`` or ``nmod`` child (in that order)."""
        m = self._by_token.get(tok.i)
        if m is not None:
            return m
        for dep in MENTION_CHILD_DEPS:
            for child in tok.children:
                if child.dep_ == dep:
                    m = self._by_token.get(child.i) or (self.of(child) if dep == "appos" else None)
                    if m is not None:
                        return m
        if lemma_of(tok) in PARTITIVE_HEADS or tok.lower_ in PARTITIVE_HEADS:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            return self.of(pobj)
        if lemma_of(tok) in ACTING_HEADS:
            return next(iter(self.acting_for(tok)), None)
        return None

    def acting_for(self, head: Token) -> list[Mention]:
        """The actors a body or group noun acts for (:data:`ACTING_HEADS`), from its
        possessor or ``of`` phrase and the phrase's conjuncts: the owner's own actor, or,
        for a country, the country with the noun's role ("China's leaders" -> CHNGOV, "the
        leaders of Eritrea and Ethiopia" -> ERIGOV, ETHGOV), each as a mention of the head
        noun (rule ``possessor``); empty for other nouns or without an owner."""
        role = ACTING_HEADS.get(lemma_of(head), "")
        of = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        owners = [c for c in (*head.children, *of) if c.dep_ in ("poss", "pobj")] if role != "" else []
        out: list[Mention] = []
        for m in (self.of(t) for o in owners for t in (o, *o.conjuncts)):
            if m is None or any(o.actor == m.actor for o in out):
                continue
            actor = m.actor
            if role and actor.kind is ActorKind.COUNTRY and actor.country is not None:
                actor = Actor(actor.country + role, actor.country, role, actor.name, ActorKind.AGENT)
            end = head.idx + len(head.text)
            out.append(
                Mention(head.text, head.idx, end, head.i, head.i + 1, m.sentence_index, actor, POSSESSOR_RULE)
            )
        return out


@dataclass(frozen=True)
class Frame:
    """The arguments of one event verb or noun.

    Attributes:
        head: The verb (or noun) token.
        passive: The verb has ``nsubjpass``/``auxpass``.
        subjects: Tokens heading the source phrase (``nsubj``; passive: ``agent`` pobj;
            inherited through ``xcomp``/``conj``/``relcl`` when the verb has none).
        objects: Tokens that may fill a pattern's object slot (``dobj`` ..., passive: ``nsubjpass``).
        particles: ``prt``/``advmod`` children.
        preps: Preposition tokens of the verb, its objects and their pobjs (plus ``dative``).
        datives: ``dative`` noun children ("gave Iran aid").
    """

    head: Token
    passive: bool
    subjects: tuple[Token, ...]
    objects: tuple[Token, ...]
    particles: tuple[Token, ...]
    preps: tuple[Token, ...]
    datives: tuple[Token, ...]


def _preps_below(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    frontier = tokens
    for _ in range(2):  # preps of the verb, of its objects and of their pobjs
        nxt: list[Token] = []
        for t in frontier:
            for c in t.children:
                if c.dep_ in ("prep", "agent") or (c.dep_ == "dative" and c.pos_ == "ADP"):
                    if c not in out:
                        out.append(c)
                        nxt.extend(p for p in c.children if p.dep_ in POBJ_DEPS)
        frontier = nxt
    return out


def verb_frame(verb: Token) -> Frame:
    """The frame of a verb token."""
    passive = is_passive(verb)
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS] or _shared_objects(verb)
    if passive:
        patients = [c for c in verb.children if c.dep_ == "nsubjpass"] or (
            [verb.head] if reduced_relative(verb) else []
        )
        if not patients and verb.dep_ in ("conj", "advcl") and verb.head.i != verb.i:
            # "The prisoners ... were released", "appeared in court, charged with murder": a
            # passive conjunct or participle clause shares the first verb's subject
            patients = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        objects = patients + objects
    if verb.dep_ == "relcl":  # "the governments, which he thanked": the noun the clause is about
        objects = [
            verb.head if o.lower_ in RELATIVE_PRONOUNS and o.dep_ in ("dobj", "nsubjpass") else o
            for o in objects
        ]
    dobjs = [c for c in objects if c.dep_ in ("dobj", "nsubjpass") or c.i == verb.head.i]
    return Frame(
        head=verb,
        passive=passive,
        subjects=tuple(subjects_of(verb)),
        objects=tuple(objects),
        particles=tuple(c for c in verb.children if c.dep_ in PARTICLE_DEPS),
        # "called for Peru to increase spending": the clause's "for" stands for a preposition
        preps=tuple(_preps_below([verb, *dobjs]))
        + tuple(m for c in verb.children if for_clause(c) for m in c.children if m.dep_ == "mark"),
        datives=tuple(c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"),
    )


def for_clause(tok: Token) -> bool:
    """Is ``tok`` the verb of an infinitival clause with its own subject introduced by
    "for" ("called for Peru to increase spending")?"""
    marks = (c for c in tok.children if c.dep_ == "mark")
    return tok.dep_ in ("advcl", "ccomp") and any(m.lower_ == "for" for m in marks)


def _shared_objects(verb: Token) -> list[Token]:
    """The object a verb shares with the verb coordinated right after it ("Police arrested
    and questioned the student": the student is arrested too); only when the two verbs
    are adjacent ("arrested and questioned", "arrested, questioned"), so a verb with an
    object or complement of its own in between shares nothing."""
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and conj.i <= verb.i + 3:
            between = verb.doc[verb.i + 1 : conj.i]
            if all(t.dep_ in ("cc", "punct", "advmod") for t in between) and not own_subjects(conj, False):
                return [c for c in conj.children if c.dep_ == "dobj"]
    return []


def noun_frame(noun: Token) -> Frame:
    """The frame of an event noun ("the visit by Raisi to Latin America", "Raisi's visit"):
    the source is a ``by`` pobj, else a possessive or compound dependent; a
    nominalisation's (:data:`NOMINALISATIONS`) ``of`` phrase is its object, and so is the
    possessor of one of :data:`PATIENT_NOMINALS` that has none ("Mhlanga's arrest"), whose
    frame is passive when nothing names the author ("the arrest of Mhlanga" too)."""
    by = [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "by"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    poss = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod")]
    nominal = lemma_of(noun) in NOMINALISATIONS or lemma_of(noun) in PATIENT_NOMINALS
    of = [
        p
        for c in noun.children
        if nominal and c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    done_to = lemma_of(noun) in PATIENT_NOMINALS and noun.dep_ != "compound"
    patient = done_to and not of
    if patient:  # "Mhlanga's arrest": the possessor is the one arrested
        of = [c for c in poss if c.dep_ == "poss"]
        poss = [c for c in poss if c.dep_ != "poss"]
    # "the arrest of Mhlanga" names no author either (a modifier such as "recent" is none)
    authors = by or [c for c in poss if c.dep_ != "amod"]
    return Frame(
        head=noun,
        passive=done_to and bool(of) and not authors,
        subjects=tuple(by or poss),
        objects=tuple(of),
        particles=(),
        preps=tuple(
            c for c in noun.children if c.dep_ == "prep" and c.lower_ not in ("by", "of" if of else "")
        ),
        datives=(),
    )


def expand_conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the tokens coordinated with it ("Nicaragua and Cuba")."""
    return [tok, *tok.conjuncts]


def act_authors(noun: Token) -> list[tuple[Token, str | None]]:
    """Who made the announcement, decision or request that is a verb's object ("welcomed
    the announcement that Ukraine had agreed", "rejected a request from Kenya"): the
    subject of its clause, the agent of its participle ("allegations made by Pakistan")
    and its ``by``/``from`` phrase.

    Returns:
        ``(token, preposition or None)`` candidates in order.
    """
    out: list[tuple[Token, str | None]] = []
    for c in noun.children:
        if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX"):
            out += [(s, None) for s in c.children if s.dep_ == "nsubj" and s.lower_ not in RELATIVE_WORDS]
            # "the allegations made by Pakistan": the participle's agent
            agents = [a for a in c.children if a.dep_ == "agent"]
            out += [(p, "by") for a in agents for p in a.children if p.dep_ == "pobj"]
        elif c.dep_ == "prep" and c.lower_ in ("by", "from"):
            out += [(p, c.lower_) for p in c.children if p.dep_ == "pobj"]
    return out
