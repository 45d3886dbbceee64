"""The subject of a verb and whether it is passive, read off the spaCy dependency parse.

A verb with no subject of its own inherits one from the verb that governs it
(:func:`subjects_of`): conjoined verbs, participle clauses, control verbs, relative
clauses and gerunds under a preposition. See :mod:`dyadic.events.frame` for the rest of
a verb's frame.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadic.events.lexicon import ATTACK_NOUNS, OBJECT_CONTROL, SPEECH_PARTICIPLES, WOUNDING_VERBS

RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
#: Prepositions of means and time whose gerund shares the governing verb's subject (:func:`subjects_of`).
GERUND_MEANS_PREPS = frozenset({"by", "in", "after", "before", "upon", "through", "while", "since"})


def lemma_of(tok: Token) -> str:
    """Lower-case lemma (spaCy keeps proper-noun lemmas capitalised)."""
    return (tok.lemma_ or tok.text).lower()


def is_passive(verb: Token) -> bool:
    """True when the verb has a passive subject or passive auxiliary, is a reduced
    relative ("restrictions imposed by the U.S.": :func:`reduced_relative`), or is a
    participle conjoined to a passive with no subject or auxiliary of its own ("was
    charged and released on bail") or an adverbial participle clause ("appeared in
    court, charged with murder")."""
    own = {c.dep_ for c in verb.children}
    if own & {"nsubjpass", "auxpass", "csubjpass"} or reduced_relative(verb):
        return True
    if verb.tag_ != "VBN" or own & {"nsubj", "aux"}:
        return False
    if verb.dep_ == "advcl":  # trailing only: a fronted "Asked about it, X said" is no act on X
        return verb.i > verb.head.i and not own & {"mark", "dobj"}
    return verb.dep_ == "conj" and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)


def reduced_relative(verb: Token) -> bool:
    """A past participle modifying a noun, the noun its patient ("a meeting requested by
    Japan", "the sanctions imposed on Iran"): ``acl`` with tag ``VBN`` and no auxiliary."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def own_subjects(verb: Token, passive: bool) -> list[Token]:
    """The subject tokens ``verb`` has itself (passive: its agents), inheriting none."""
    if passive:  # the agent, also on an object complement ("were held hostage by militants")
        by = [c for t in verb.children if t.dep_ == "oprd" for c in t.children if c.lower_ == "by"]
        agents = [a for a in verb.children if a.dep_ == "agent"] + by
        return [p for a in agents for p in a.children if p.dep_ == "pobj"]
    own = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    # "Iran is defying the council" parsed with the subject on the auxiliary
    return own or [s for a in verb.children if a.dep_ == "aux" for s in a.children if s.dep_ == "nsubj"]


def subjects_of(verb: Token, depth: int = 0) -> list[Token]:
    """Subject tokens of ``verb``, inherited from governing verbs when it has none.

    Inheritance: ``conj`` verbs, speech participle clauses ("..., accusing her of";
    :data:`SPEECH_PARTICIPLES`) and participle clauses of result of killing or wounding
    ("stormed the hotel, killing six"; :data:`WOUNDING_VERBS`) share the governing
    verb's (active) subject; ``xcomp`` verbs (and
    infinitival purpose clauses, ``advcl`` with ``to``) take the
    governing verb's object under object control ("urged Iran to ...") or its subject
    (active or passive: "Iran is expected to ..."), and under an adjective that of its
    copula ("Macron is due to meet ..."); relative clauses take the noun they
    modify when their subject is a relative pronoun or missing; a gerund under a
    preposition of the verb takes the verb's subject or object (:func:`_gerund_subjects`),
    and one under a preposition of its object or predicate adjective the clause's subject
    (:func:`_phrase_gerund_subjects`).
    """
    passive = is_passive(verb)
    own = own_subjects(verb, passive)
    if verb.dep_ == "relcl" and (not own or all(t.lower_ in RELATIVE_PRONOUNS for t in own)):
        if not passive:
            return [verb.head]
    if own or passive or depth > 4:
        return own
    head = verb.head
    if head.i == verb.i:
        return []
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return subjects_of(head, depth + 1)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and lemma_of(verb) in SPEECH_PARTICIPLES:
        # a speech act's participle clause: "lashed out at the mayor, accusing her of ..."
        return [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")] or subjects_of(head, depth + 1)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and lemma_of(verb) in WOUNDING_VERBS:
        # "stormed the hotel, killing six"; "a bomb went off, killing four" is the attack's
        return [c for c in head.children if c.dep_ == "nsubj" and lemma_of(c) not in ATTACK_NOUNS]
    if verb.dep_ == "xcomp" or is_infinitival_advcl(verb):
        if lemma_of(head) in OBJECT_CONTROL:
            objs = [c for c in head.children if c.dep_ == "dobj"]
            if objs:
                return objs
        raised = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return raised or subjects_of(head, depth + 1)
    if verb.dep_ == "acomp" and verb.pos_ == "ADJ":  # "is due to meet": the copula's subject
        return [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return _gerund_subjects(head, depth)
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        return _phrase_gerund_subjects(head, depth)
    return []


#: Prepositions of a noun or adjective whose gerund tells what the clause's subject did:
#: means and time (:data:`GERUND_MEANS_PREPS`), and "as" ("provocations such as firing shells").
PHRASE_GERUND_PREPS = GERUND_MEANS_PREPS | {"as"}


def _phrase_gerund_subjects(prep: Token, depth: int) -> list[Token]:
    """The subject of a gerund under a preposition of a predicate adjective ("the US was
    forceful in blaming Iran": the copula's subject) or of the object of a verb ("committed
    provocations such as firing shells", "played a role in brokering the deal": the verb's
    subject); none after other prepositions ("a ban on importing oil" is no import by
    whoever imposed the ban)."""
    word = prep.head
    if prep.lower_ not in PHRASE_GERUND_PREPS or word.head.i == word.i:
        return []
    if word.dep_ == "acomp" and word.pos_ == "ADJ":
        return [c for c in word.head.children if c.dep_ == "nsubj"]
    if word.dep_ == "dobj" and word.head.pos_ == "VERB" and not is_passive(word.head):
        return subjects_of(word.head, depth + 1)
    return []


def _gerund_subjects(prep: Token, depth: int) -> list[Token]:
    """The subject of a gerund under a preposition of a verb: the verb's subject after a
    preposition of means or time ("led the group in calling on", "responded by
    imposing", "after meeting"; after a preposition of time, a passive verb's subject: "was freed after
    apologizing", but "were displaced by fighting" is no act of theirs),
    its object after "for" ("thanked Japan for sending").
    None after other prepositions: "barred them from entering", "accused Iran of
    arming", "without consulting" tell of acts that did not happen or are alleged."""
    verb = prep.head
    if prep.lower_ == "for":
        return [c for c in verb.children if c.dep_ == "dobj"]
    if prep.lower_ in ("after", "before", "upon", "while", "since") and is_passive(verb):
        # "was released after apologizing to the minister": the one released apologized
        return [c for c in verb.children if c.dep_ == "nsubjpass"]
    return subjects_of(verb, depth + 1) if prep.lower_ in GERUND_MEANS_PREPS else []


def is_infinitival_advcl(verb: Token) -> bool:
    """A purpose clause without its own subject ("working to upgrade ties")."""
    return verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
