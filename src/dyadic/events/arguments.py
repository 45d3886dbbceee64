"""Arguments of an event: who acts (source) and who is acted on (target).

Reads the dependency parse around an event's head (a verb or an event noun) and
the actor mentions of the sentence (:class:`~dyadic.events.frame.MentionIndex`):
coordinated actors ("Egypt and Jordan", "Iranian and Iraqi officials"), ``between``
phrases, the attacker of a passive violent verb, the speaker a pronoun stands
for, the verb that carries an event noun ("staged a protest"), and the fallback
target when a pattern names no target slot. See :mod:`dyadic.events.coder` for
how the coder uses them. All functions are pure: they read tokens and mentions
and return tokens and mentions.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadic.events.args_partners import (
    carried,
    disapproved,
    entered_into,
    exchange_partner,
    exchanged,
    measured_by,
    members_from,
)
from dyadic.events.args_subjects import subjects_of
from dyadic.events.args_violence import an_attack, attacker_of, the_attack
from dyadic.events.args_violence import victim_frame as victim_frame  # re-exported for candidates
from dyadic.events.carriers import undergone
from dyadic.events.coordination import expand_mentions
from dyadic.events.frame import (
    ACT_NOUNS,
    POBJ_DEPS,
    Frame,
    MentionIndex,
    act_authors,
    for_clause,
    lemma_of,
    predicated_object,
)
from dyadic.events.lexicon import (
    ACCUSATION_VERBS,
    AIMING_VERBS,
    ALLEGING_VERBS,
    ATTACK_NOUNS,
    NON_ACTOR_OBJECTS,
    RECIPROCAL_VERBS,
    SPEECH_ACT_VERBS,
)
from dyadic.events.matching import Match
from dyadic.events.roles import STATE_AUTHORITY_ROLES, authority_role
from dyadic.events.violence import unclaimed_author
from dyadic.records import ActorKind, Mention

#: Prepositions whose object may be an event's target when no pattern names one.
TARGET_PREPS = frozenset(
    {"to", "with", "against", "on", "for", "from", "toward", "towards", "into", "upon", "over", "onto"}
)
#: Reciprocal predicates, by CAMEO code prefix: agree / intend together (03: "agreed to",
#: "are seeking to deepen a partnership"), meet / consult (040, 041, 044), negotiate (046),
#: cooperate diplomatically (050), sign an agreement (057), cooperate (06). Their
#: coordinated subjects act on each other ("X and Y met"; see the module docstring).
RECIPROCAL_CODES = ("03", "040", "041", "044", "046", "050", "057", "06")
#: Verbs of an intent one makes alone: "X, Y and Z offered to help" is no offer to each other.
SOLE_INTENT_VERBS = frozenset({"offer", "pledge", "promise", "vow", "volunteer", "undertake"})
#: Floating quantifiers that make coordinated subjects act each on its own ("the IMF and
#: the World Bank both held meetings").
DISTRIBUTIVE_WORDS = frozenset({"all", "both", "each", "separately", "respectively", "individually"})
#: Roots of domestic acts whose target, when no actor is acted on, is the place they
#: happen in: protest (14), force posture (15), coercion (17).
LOCATED_ROOTS = frozenset({"14", "15", "17"})
LOCATION_PREPS = frozenset({"in", "at", "outside", "throughout", "across", "near", "inside"})
#: Roots of violence (coerce-by-force 18, fight 19, mass violence 20): with no actor acted
#: on, the target is the place hit ("exploded bombs in Kabul"); with no author named,
#: the source is the attack's own modifier ("killed in Israeli shelling", "an air strike
#: by government forces"), its origin ("fired at it from the Gaza Strip") or the place.
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
#: Prepositions under an event noun that name its author ("calls by Belarus",
#: "an offer from Afghanistan"): their object is the target of a reaction to it.
AUTHOR_PREPS = frozenset({"by", "from", "of"})
EMBEDDING_DEPS = frozenset({"pcomp", "pobj", "prep", "xcomp", "ccomp", "advcl"})


def non_actor_object(frame: Frame, index: MentionIndex) -> bool:
    """True when the verb's direct object (passive: its subject) is a noun of
    :data:`NON_ACTOR_OBJECTS` with no actor mention."""
    for o in frame.objects:
        if o.dep_ in ("dobj", "nsubjpass") and o.pos_ in ("NOUN", "PROPN", "SYM"):
            owners = [c for c in o.children if c.dep_ == "poss" and index.of(c) is not None]
            if lemma_of(o) in NON_ACTOR_OBJECTS and index.of(o) is None and not owners:
                return True
    return False


def reciprocal(code: str, head: Token) -> bool:
    """Is the event ``code`` of ``head`` a reciprocal predicate (meet, talk, sign, fight)?
    An intent that one makes alone (offer, pledge, promise, vow) is not, whatever its code."""
    verb = head if head.pos_ == "VERB" else head.head
    lemmas = {lemma_of(head), lemma_of(verb)}
    if code.startswith("03") and lemmas & SOLE_INTENT_VERBS:
        return False
    if lemmas & RECIPROCAL_VERBS:
        return True
    # "Greece and Panama supported the call": an intent on a named object is no intent
    # towards each other ("X and Y agreed to cooperate" is, by its verb)
    if code.startswith("03") and any(c.dep_ == "dobj" for c in verb.children):
        return False
    return code.startswith(RECIPROCAL_CODES)


def distributive(frame: Frame) -> bool:
    """True when a floating quantifier distributes the verb over its subjects ("both held")."""
    verb = frame.head if frame.head.pos_ == "VERB" else frame.head.head
    return any(
        c.lower_ in DISTRIBUTIVE_WORDS and c.dep_ in ("advmod", "det", "npadvmod", "appos")
        for c in verb.children
    ) or any(
        c.lower_ in DISTRIBUTIVE_WORDS and c.dep_ in ("det", "appos", "advmod") and c.i > s.i
        for s in frame.subjects
        for c in s.children
    )


def inside_accusation(tok: Token) -> bool:
    """True for a verb in the complement of an accusation ("accused X of shelling Y")."""
    t = tok
    for _ in range(4):
        if t.dep_ not in EMBEDDING_DEPS or t.head.i == t.i:
            return False
        t = t.head
        if t.pos_ == "VERB":
            return lemma_of(t) in ACCUSATION_VERBS and tok.dep_ in ("pcomp", "pobj")
    return False


def source_mentions(match: Match, frame: Frame, index: MentionIndex) -> list[Mention]:
    """Mentions of the source: the pattern's ``$`` slot, else the subject nearest the
    verb that has a mention (a dateline parsed as a second subject has none), with its
    coordinated actors."""
    if match.source is not None:
        return [m for m in expand_mentions(match.source, index) if m is not None]
    head = frame.head
    both = between(head, index)
    if head.pos_ != "VERB" and len(both) >= 2:
        return both  # "arranged a meeting between Macron and Boric": they met, not the arranger
    for subj in sorted(frame.subjects, key=lambda t: abs(head.i - t.i)):
        speakers = speaker_of(head, index) if subj.lower_ in PRONOUNS else []
        if subj.lower_ == "it" and not _one_thing(speakers, head):
            speakers = []  # "officials said it killed three people": "it" is not the officials
        if speakers:
            return speakers  # "Egypt and Jordan said they will attack": both, not the nearest
        found = [m for m in expand_mentions(subj, index) if m is not None] or members_from(subj, index)
        if exchanged(frame) and len({m.actor.code for m in found}) > 1:
            return [min(found, key=lambda m: m.token_start)]  # "North and South Korea exchanged fire"
        if found or subj.lower_ in PRONOUNS:
            return found
    if len(both) >= 2:
        return both  # "fighting between Israel and Hamas": each against the other
    measure = measured_by(head)
    if measure is not None:  # "led eight hours of talks with Ukraine": the leader's talks
        return mentions_of(tuple(subjects_of(measure.head)), index)
    violent = match.code is not None and match.code[:2] in VIOLENT_ROOTS
    if violent and (head.pos_ == "VERB" or undergone(head)):  # "came under attack": by someone
        if frame.passive or not frame.subjects or all(lemma_of(s) in ATTACK_NOUNS for s in frame.subjects):
            found = attacker_of(frame, index)
            implied = unclaimed_author(frame, index, told=the_attack(frame) or undergone(head))
            if implied is None and (an_attack(frame, index) or undergone(head)):  # "a bombing killed five"
                implied = index.unknown_perpetrator(head)
            return found or ([implied] if implied is not None else [])
    # "was forced into marriage by her family": a named author is no implied authority
    role = authority_role(match, frame) if frame.passive and not frame.subjects else None
    if role is not None:  # the authorities of the locus (roles.authority_role)
        reporters = [m for m in speaker_of(head, index) if m.actor.role in STATE_AUTHORITY_ROLES | {"MIL"}]
        if reporters:
            return reporters  # "police said two suspects were arrested": the police did it
        authority = index.authority(head, _place_country(frame, index), role)
        return [authority] if authority is not None else []
    return []


def _one_thing(mentions: list[Mention], tok: Token) -> bool:
    """Can "it" stand for ``mentions``: one actor, neither a person nor a plural noun
    ("Chinese officials", "Iran and Iraq")?"""
    if len(mentions) != 1:
        return False
    m = mentions[0]
    return m.actor.kind is not ActorKind.PERSON and tok.doc[m.token_end - 1].tag_ not in ("NNS", "NNPS")


def _place_country(frame: Frame, index: MentionIndex) -> str | None:
    """The country of the place an act happened ``in`` ("was arrested in Nairobi"), when
    a phrase on the frame names one; None otherwise."""
    for prep in frame.preps:
        if prep.lower_ == "in":
            for pobj in prep.children:
                m = index.of(pobj) if pobj.dep_ == "pobj" else None
                if m is not None and m.actor.country is not None:
                    return m.actor.country
    return None


def between(head: Token, index: MentionIndex) -> list[Mention]:
    """Mentions of the coordinated actors of a ``between`` phrase on ``head`` ("clashes
    between Israel and Hamas", "talks between Iran and Iraq"), distinct actors only."""
    out: list[Mention] = []
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    out += [m for m in expand_mentions(pobj, index) if m is not None and m not in out]
    return out if len({m.actor.code for m in out}) > 1 else []


#: Subject pronouns that refer back to the speaker of the clause they are reported in.
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})


def speaker_of(verb: Token, index: MentionIndex) -> list[Mention]:
    """The actor a pronoun subject of ``verb`` stands for: the subject of the speech (or
    other) verb whose complement ``verb`` is in ("Obama said he would ...", "'We will
    ...,' the minister said")."""
    t = verb
    for _ in range(4):
        if t.head.i == t.i or t.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "acomp", "parataxis"):
            return []
        t = t.head
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        found = [m for subj in subjects for m in expand_mentions(subj, index) if m is not None]
        if found:
            return found
    return []


def pronoun_objects(frame: Frame) -> list[Token]:
    """Pronouns in the object or a target-preposition slot of ``frame``."""
    toks = [o for o in frame.objects if o.dep_ == "dobj"]
    toks += [
        p
        for prep in frame.preps
        if prep.lower_ in TARGET_PREPS | {"at"}  # "fired at it"
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    return [t for t in toks if t.pos_ == "PRON"]


def mentions_of(tokens: tuple[Token, ...], index: MentionIndex) -> list[Mention]:
    """Mentions of the first token (with its conjuncts, or its pronoun's speaker) that has any."""
    for tok in tokens:
        found = [m for m in expand_mentions(tok, index) if m is not None]
        if not found and tok.lower_ in PRONOUNS:
            found = speaker_of(tok.head, index)
        if found:
            return found
    return []


def _clause_targets(verb: Token) -> list[tuple[Token, str | None]]:
    """Target candidates inside the complement clause of a speech-act verb: the
    clause's subject ("demanded that the US ..."), its object and the objects of its
    target prepositions ("threatened to cut power to Armenia"). An allegation
    (:data:`ALLEGING_VERBS`) is against the clause's doer only: "alleged that the police
    beat them", not the victims of "alleged that women are persecuted"."""
    out: list[tuple[Token, str | None]] = []
    if lemma_of(verb) in ALLEGING_VERBS:
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        return [(s, None) for c in clauses for s in c.children if s.dep_ == "nsubj"]
    for comp in verb.children:
        if comp.pos_ not in ("VERB", "AUX"):
            continue
        # "called for Peru to increase spending": an infinitival clause with its own subject
        if comp.dep_ not in ("ccomp", "xcomp") and not for_clause(comp):
            continue
        out += [(c, None) for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
        out += [(c, None) for c in comp.children if c.dep_ in ("dobj", "dative") and c.pos_ != "ADP"]
        for prep in comp.children:
            if prep.dep_ == "prep" and prep.lower_ in TARGET_PREPS:
                out += [(p, prep.lower_) for p in prep.children if p.dep_ in POBJ_DEPS]
    return out


def _places_hit(frame: Frame, heads: set[int], dobjs: list[Token]) -> list[tuple[Token, str | None]]:
    """Target candidates of a violent act with no actor acted on: the place hit ("exploded a
    series of bombs in the capital Kabul"), also through what was fired at ("fired tear gas
    and grenades at protesters", "fired shells aimed at a post in Gaza"). ``heads`` are the
    token indices whose location phrases count (the verb's, its objects')."""
    aimed = _fired_at(dobjs)
    heads = heads | {t.i for t in aimed}
    below = [c for t in aimed for c in t.children if c.dep_ == "prep"]
    return [
        (p, prep.lower_)
        for prep in (*frame.preps, *below)
        if prep.lower_ in LOCATION_PREPS and (prep.head.i in heads or prep.head.i == frame.head.i)
        for p in prep.children
        if p.dep_ in POBJ_DEPS and lemma_of(p) not in ATTACK_NOUNS
    ]


def _fired_at(objects: list[Token]) -> list[Token]:
    """What a violent verb's objects were fired at beyond the verb's own phrases: the
    conjuncts of an object (the parser hangs "at protesters" on the last of "tear gas,
    rubber bullets and grenades"), and the object of an ``at`` phrase of an aiming
    participle on an object ("rounds aimed at a post")."""
    conjuncts = [c for o in objects for c in o.conjuncts if c.i > o.i]
    aims = [a for o in objects for a in o.children if a.dep_ == "acl" and lemma_of(a) in AIMING_VERBS]
    ats = [p for a in aims for p in a.children if p.dep_ == "prep" and p.lower_ == "at"]
    return conjuncts + [t for p in ats for t in p.children if t.dep_ in POBJ_DEPS]


def _bare_clause_subjects(verb: Token) -> list[Token]:
    """Subjects of a bare infinitive right after ``verb``: "India helped Mauritius build an airstrip"."""
    comps = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB" and c.i > verb.i]
    bare = [c for c in comps if not any(a.dep_ in ("aux", "mark") for a in c.children)]
    return [s for c in bare for s in c.children if s.dep_ == "nsubj" and verb.i < s.i < c.i]


def _patient(obj: Token, frame: Frame) -> bool:
    """Is ``obj`` the one acted on: a direct object, a passive subject, the first of two
    object predicates, or the noun a reduced relative or relative clause is about ("the
    sanctions imposed by ...")?"""
    if obj.dep_ in ("dobj", "nsubjpass") or (frame.passive and obj.dep_ == "nsubj"):
        return True
    first = predicated_object(obj.head)
    if first is not None and first.i == obj.i:
        return True  # "called Canada one of ...", parsed with two predicates
    return obj.i == frame.head.head.i


def _patient_despite_pattern(obj: Token, match: Match, frame: Frame) -> bool:
    """Is ``obj`` the one acted on although the pattern constrains the object to a noun:
    the patient of a passive ("were held hostage") or the object named beside the
    pattern's predicate noun ("called Biden a liar")?"""
    if match.object is not None and obj.i == match.object.i:
        return False
    predicate = match.object is not None and match.object.dep_ == "oprd"
    return predicate or (frame.passive and obj.dep_ == "nsubjpass")


def _absolute_with(tok: Token, via: str | None) -> bool:
    """Is ``tok`` the subject of an absolute clause set off by a comma (", with Georgia's
    governor following suit"), no partner of the act?"""
    return via == "with" and tok.doc[max(tok.head.i - 1, 0)].text == ","


def fallback_target(
    match: Match, frame: Frame, index: MentionIndex, sources: set[int] | frozenset[int] = frozenset()
) -> tuple[Token | None, str | None]:
    """The target when the pattern names no target slot: object (unless the pattern
    constrained it to a noun), dative, a complement of a target preposition (of the
    verb, or of its object: "threatened action against Russia"), the possessor of the
    object ("condemned Russia's attacks"); for speech acts also the author of the
    object ("rejected calls by Belarus") and actors in the complement clause
    ("demanded that the US ..."). Mentions starting at a token of ``sources`` (the
    source's own mentions, found elsewhere: "fired at it from Gaza") are skipped."""
    partner = exchange_partner(frame, index, sources)
    if partner is not None:  # "North and South Korea exchanged fire": the first-named on the other
        return partner, None
    cands: list[tuple[Token, str | None]] = []
    constrained = match.pattern is not None and match.pattern.object is not None
    dobjs = [o for o in frame.objects if _patient(o, frame)]
    cands += [(o, None) for o in dobjs if not constrained or _patient_despite_pattern(o, match, frame)]
    if not constrained and frame.head.pos_ != "VERB":  # a nominalisation's "of" phrase or patient possessor
        cands += [(o, None) for o in frame.objects if o.dep_ in ("pobj", "poss")]
    cands += [(d, None) for d in frame.datives]
    heads = {frame.head.i} | ({match.object.i} if match.object is not None else set())
    heads |= {o.i for o in dobjs}
    if frame.head.pos_ != "VERB":
        heads.add(frame.head.head.i)  # an event noun carried by a verb
    speech = frame.head.pos_ == "VERB" and lemma_of(frame.head) in SPEECH_ACT_VERBS
    preps = TARGET_PREPS | AUTHOR_PREPS if speech else TARGET_PREPS
    for prep in sorted(frame.preps, key=lambda p: p.lower_ != "by"):
        if prep.head.i in heads and prep.lower_ in preps:
            cands += [(p, prep.lower_) for p in prep.children if p.dep_ in POBJ_DEPS]
    cands += [(t, "with") for t in entered_into(frame)]  # "entered into an agreement with Sukhoi"
    for obj in ([match.object] if match.object is not None else []) + dobjs:
        cands += [(c, None) for c in obj.children if c.dep_ == "poss"]
        if lemma_of(obj) in ACT_NOUNS:
            cands += act_authors(obj)
    if speech:
        cands += _clause_targets(frame.head)
    elif frame.head.pos_ == "VERB" and (match.code or "")[:2] == "11":
        # "contended that the EU is hostile": a disapproval of the clause's subject
        cands += disapproved(frame.head, index, sources)
    elif frame.head.pos_ == "VERB" and not dobjs:
        cands += [(c, None) for c in _bare_clause_subjects(frame.head)]
    if match.object is not None:
        cands.append((match.object, None))  # "rejected a US request": the object's own actor
    if match.code is not None and match.code[:2] in VIOLENT_ROOTS:
        cands += [(t, None) for t in carried(dobjs)]
        cands += _places_hit(frame, heads, dobjs)
    named = any(o.ent_type_ == "PERSON" for o in dobjs)  # "arrested Ana Lopez in Lima": she is the target
    if match.code is not None and match.code[:2] in LOCATED_ROOTS and not named:
        # "began a hunger strike to protest against Sweden's decision": the purpose clause
        verb = frame.head if frame.head.pos_ == "VERB" else frame.head.head
        cands += [
            (t, None)
            for comp in verb.children
            if comp.dep_ in ("advcl", "xcomp") or (comp.dep_ == "prep" and comp.lower_ in ("against", "in"))
            for t in comp.subtree
            if t.dep_ in ("poss", "pobj", "dobj", "nsubj") and t.i != frame.head.i
        ]
        # "demonstrated in Serbia", "staged rallies in the Gaza Strip": the place's actor
        cands += [
            (p, prep.lower_)
            for prep in frame.preps
            if prep.lower_ in LOCATION_PREPS and (prep.head.i in heads or prep.head.i == frame.head.i)
            for p in prep.children
            if p.dep_ in POBJ_DEPS
        ]
    subjects = {s.i for s in frame.subjects}
    cands = [(t, via) for t, via in cands if not _absolute_with(t, via)]
    for tok, via in cands:
        m = index.of(tok)
        if m is not None and tok.i not in subjects and m.token_start not in sources:
            return tok, via
    # "imposed tariffs on $20 billion worth of U.S. exports", "condemned the brutality of
    # the military": the actor inside the phrase
    for tok, via in cands:
        if via in TARGET_PREPS or (via is None and tok in dobjs):
            inner = index.within(tok)
            if inner is not None and inner[0].i not in subjects and inner[1].token_start not in sources:
                return inner[0], via
    return None, None
