"""Candidate finding: every event a token could express, before arbitration.

For a verb (or an event noun) with patterns, :class:`CandidateFinder` reads its
frame, picks the best pattern (:func:`~dyadic.events.matching.best_match`), finds
the source and target mentions (:mod:`dyadic.events.arguments`), the status
(:mod:`dyadic.events.status`) and, under a verb of intent, appeal, demand,
refusal, threat or claim, the speech act (:mod:`dyadic.events.embedding`). Each
possibility is a :class:`Candidate`: a named record that says where it came
from (:class:`Origin`) and what carried it, so that
:func:`dyadic.events.arbitrate.arbitrate` can choose between candidates of one
sentence without parsing strings. The module docstring of
:mod:`dyadic.events.coder` states the rules.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from spacy.tokens import Token

from dyadic.events.arguments import (
    VIOLENT_ROOTS,
    between,
    distributive,
    fallback_target,
    inside_accusation,
    mentions_of,
    non_actor_object,
    pronoun_objects,
    reciprocal,
    source_mentions,
    speaker_of,
    victim_frame,
)
from dyadic.events.carriers import carried_frame, light_verb, undergone
from dyadic.events.coordination import expand_mentions
from dyadic.events.counterparts import (
    foreign_envoy,
    home_visit,
    not_a_target,
    own_envoy,
    pobj_mentions,
    same_actor,
)
from dyadic.events.embedding import (
    OWN_CLAIM_VERBS,
    SPEECH_VERBS,
    Embedding,
    Family,
    alleged,
    embedding_of,
    family_code,
)
from dyadic.events.frame import (
    NOMINALISATIONS,
    Frame,
    MentionIndex,
    lemma_of,
    noun_frame,
    verb_frame,
)
from dyadic.events.lexicon import TOPIC_PREPS
from dyadic.events.matching import Match, best_match
from dyadic.events.patterns import PatternIndex
from dyadic.events.reactions import answered_author, told_violence
from dyadic.events.roles import characterisation_code, code_for_actors, contest
from dyadic.events.status import event_status, noun_status
from dyadic.events.violence import tally
from dyadic.records import EventStatus, Mention

__all__ = ["Candidate", "CandidateFinder", "Dyad", "Origin", "article_perpetrator"]

#: Verbs of receiving: a ``from`` complement is the giver, so source and target swap.
RECEIPT_VERBS = frozenset({"receive", "get", "obtain", "accept", "acquire", "gain", "win", "secure"})
#: CAMEO 015, "claim responsibility": a speaker owning up to its own side's attack.
CLAIM_RESPONSIBILITY = "015"
#: Default codes that are fallbacks in all but name: never emitted without a pattern.
NO_DEFAULT_CODES = frozenset({"010"})
#: Verbs whose subject is the victim ("he died in hospital"): their dictionary default
#: (DIE [190]) would make the dead the attacker. Dying in an attack is read as a passive
#: of the attack (:func:`~dyadic.events.arguments.victim_frame`); else only a pattern codes them.
VICTIM_VERBS = frozenset({"die", "perish"})
#: CAMEO roots whose events mean something without a target actor ("protesters
#: marched", "troops were mobilized", "agreed to resign", "refused to resign",
#: "Beijing denied the allegations"): public statement (01: decline comment, deny,
#: claim responsibility; half the real-news gold's 01 events have no target), intent
#: (03), yield (08), investigate (09), reject (12), threaten (13), protest (14), force
#: posture (15).
TARGETLESS_ROOTS = frozenset({"01", "03", "08", "09", "12", "13", "14", "15"})
#: Codes of other roots meaningful alone: a curfew (1723), a state of emergency or
#: martial law (1724) is imposed on a whole place, named or not.
TARGETLESS_CODES = frozenset({"1723", "1724"})


class Origin(StrEnum):
    """Where a candidate came from; the value is the event record's ``evidence.rule``."""

    VERB_PATTERN = "cameo-verb-pattern"  # a pattern of the verb matched
    VERB_DEFAULT = "cameo-verb-default"  # the verb's default code, no pattern
    NOUN_PATTERN = "cameo-noun-pattern"  # a pattern of an event noun matched
    LIGHT_VERB_NOUN = "cameo-light-verb-noun"  # an event noun's default, carried by a verb
    NOUN_BETWEEN = "cameo-noun-between"  # "fighting between X and Y"
    NOMINAL = "cameo-nominal"  # "Turkey's expulsion of the envoy": a nominalisation with its author
    EMBEDDED_SPEECH_ACT = "embedded-speech-act"  # "urged X to ...", "threatened to ..."


@dataclass(frozen=True)
class Dyad:
    """Who does what to whom: ``paired`` marks the reverse direction of a paired code."""

    source: Mention
    target: Mention | None
    code: str
    paired: bool = False


@dataclass(frozen=True)
class Candidate:
    """One possible event of a token.

    Attributes:
        head: The verb or event noun (its character offsets are the evidence).
        dyad: Source, target and CAMEO code.
        status: Factuality.
        match: The pattern match (or default) that gave the code.
        origin: Where it came from.
        governor: For a speech act, the verb of intent/appeal/... it was read under; for
            an event noun, the light verb carrying it; else None.
        object_index: Token index of the pattern's object, if the pattern has one.
        curated: The verb/noun entry is ours, not from the PETRARCH2 dictionary.
    """

    head: Token
    dyad: Dyad
    status: EventStatus
    match: Match
    origin: Origin
    governor: Token | None = None
    object_index: int | None = None
    curated: bool = False

    @property
    def verb_start(self) -> int:
        """Character offset of the head."""
        return self.head.idx

    @property
    def actors(self) -> tuple[str, str]:
        """(source code, target code or "")."""
        tgt = self.dyad.target
        return self.dyad.source.actor.code, tgt.actor.code if tgt else ""


def article_perpetrator(found: Iterable[Candidate]) -> Mention | None:
    """The article's perpetrator: the source actor the text names for the most violent
    candidates (CAMEO roots 18-20), ties to the first named; failing that, the first
    claimant of responsibility (015: "the Islamic State claimed the bombing"); None when
    there is neither. Implied sources are not counted.

    Args:
        found: Every candidate of the article (first pass, without a perpetrator).

    Returns:
        The first mention of that actor as a source.
    """
    counts: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    claimants: list[Mention] = []
    for c in found:
        src = c.dyad.source
        if src.end == src.start:
            continue
        if c.dyad.code[:2] in VIOLENT_ROOTS:
            counts[src.actor.code] += 1
            first.setdefault(src.actor.code, src)
        elif c.dyad.code == CLAIM_RESPONSIBILITY:
            claimants.append(src)
    if counts:
        return first[max(counts, key=counts.__getitem__)]
    return claimants[0] if claimants else None


class CandidateFinder:
    """Finds the candidates of each token.

    Args:
        patterns: Pattern index (see :mod:`dyadic.events.patterns`).
        require_target: Drop candidates without a target actor unless their code is
            meaningful alone (:data:`TARGETLESS_ROOTS`).
    """

    def __init__(self, patterns: PatternIndex, require_target: bool = True) -> None:
        self.patterns = patterns
        self.require_target = require_target
        self._violent: dict[str, bool] = {}  # verb lemma -> has a violent code (violent_verb)

    def violent_verb(self, tok: Token) -> bool:
        """Whether ``tok`` is a verb with a violent code (CAMEO roots 18-20) as its default
        or in a pattern, or one whose object is a told attack ("condemned the attack"):
        the verbs an implied perpetrator may be the author or target of."""
        if (tok.pos_ == "VERB" and told_violence(tok)) or undergone(tok):
            return True  # "came under attack": an event noun whose author may be implied
        return tok.pos_ == "VERB" and self._violent_lemma(lemma_of(tok))

    def _violent_lemma(self, lemma: str) -> bool:
        """Whether the verb ``lemma`` has a violent code as its default or in a pattern (cached)."""
        if (hit := self._violent.get(lemma)) is None:
            hit = self._violent[lemma] = any(
                code is not None and code[:2] in VIOLENT_ROOTS
                for e in self.patterns.lookup(lemma, "VERB")
                for code in (e.default, *(p.code for p in e.patterns))
            )
        return hit

    def candidates(self, tok: Token, index: MentionIndex) -> Iterator[Candidate]:
        """The candidates of one token (none for tokens without patterns)."""
        is_verb = tok.pos_ == "VERB"
        if (not is_verb and tok.pos_ not in ("NOUN", "PROPN")) or tok.ent_type_ in NUMERIC_ENTITIES:
            return  # "began on March 13": a month tagged as a verb is no march
        entries = self.patterns.lookup(lemma_of(tok), "VERB" if is_verb else "NOUN")
        if not entries and not is_verb and lemma_of(tok) in NOMINALISATIONS:
            entries = self.patterns.lookup(NOMINALISATIONS[lemma_of(tok)], "VERB")
        if not entries or inside_accusation(tok) or _in_title(tok):
            return  # _in_title: "the film The Assassination of Richard Nixon", a name, not an act
        carrier = light_verb(tok) if not is_verb else None
        frame = verb_frame(tok) if is_verb else noun_frame(tok)
        if carrier is not None:
            frame = carried_frame(tok, carrier)
        if is_verb and lemma_of(tok) in VICTIM_VERBS:
            frame = victim_frame(frame) or frame  # "four officers died in the attack"
        match = best_match(entries, frame, index)
        if match is None or (match.pattern is not None and match.pattern.blocks_event):
            return
        if is_verb and (match.code or "")[:2] in VIOLENT_ROOTS and tally(frame):
            return  # "killed 400 people in over 500 attacks": a count, no one act (hard case 10)
        origin = _origin(tok, match, frame, index, carrier)
        if origin is None:
            return
        status = event_status(tok) if is_verb else noun_status(tok)
        dyads = list(self._dyads(match, frame, index))
        embedding = embedding_of(tok) if is_verb else None
        allegation = is_verb and alleged(tok)  # "the book alleges that X paid Y": only the allegation
        if allegation and (embedding is None or embedding.family is not Family.CLAIM):
            return  # is an event (hard case 16), nor is an alleged intent or refusal ("refused to meet")
        if embedding is not None:
            # "said no passengers were killed": a denial that the act happened accuses no one
            denied = embedding.family is Family.CLAIM and status is EventStatus.NEGATED
            embedded = None if denied else self._embedded(embedding, match, dyads, index)
            if embedded is not None:
                speech = _speech_status(embedding)
                for d in embedded:
                    yield Candidate(tok, d, speech, match, Origin.EMBEDDED_SPEECH_ACT, embedding.governor)
                if status is EventStatus.REALIZED:
                    return  # a claim: the claimed act itself is the speaker's word, not a second event
                dyads = [d for d in dyads if not d.paired]  # the intent or refusal is the subject's alone
                status = EventStatus.NEGATED if embedding.family is Family.REFUSE else status
            elif embedding.family is Family.REFUSE:
                status = EventStatus.NEGATED
        if allegation:
            return  # the alleged act of a claim that is no accusation (a non-violent act)
        obj = match.object.i if match.object is not None else None
        for d in dyads:
            if d.paired and status in (EventStatus.PLANNED, EventStatus.HYPOTHETICAL):
                continue  # "Koizumi plans to meet Hu": the plan is the subject's, not Hu's
            yield Candidate(tok, d, status, match, origin, carrier, obj, match.entry.curated)

    def _embedded(
        self, emb: Embedding, match: Match, dyads: list[Dyad], index: MentionIndex
    ) -> list[Dyad] | None:
        """The speech-act dyads for an embedded event (see :mod:`dyadic.events.embedding`),
        or None when the construction gives no speech act (then the event stays as it is)."""
        if emb.family in (Family.APPEAL, Family.DEMAND):
            options = [family_code(emb.family, c) for c in (match.code, match.reverse) if c]
            code = next((m for m in options if m), None)
            if code is None:
                return None
            speakers = mentions_of(emb.speakers, index)
            addressees = expand_mentions(emb.addressee, index) if emb.addressee is not None else []
            out = [
                Dyad(s, t, code)
                for s in speakers
                for t in addressees
                if t is not None and not same_actor(s, t)
            ]
            return out or None
        if emb.family is Family.CLAIM:
            return _claims(emb, dyads, index) or None
        out = []
        for d in dyads:
            mapped = family_code(emb.family, d.code)
            if mapped is None:
                return None
            if d.paired:
                continue  # an intent, refusal or threat is the subject's alone (no Hu->Koizumi 036)
            out.append(Dyad(d.source, d.target, mapped))
        return out or None

    def _dyads(self, match: Match, frame: Frame, index: MentionIndex) -> Iterator[Dyad]:
        sources = source_mentions(match, frame, index)
        target_tok, via = (
            (match.target, match.target_prep)
            if match.target is not None
            else fallback_target(match, frame, index, {m.token_start for m in sources})
        )
        targets: list[Mention | None] = expand_mentions(target_tok, index) if target_tok is not None else []
        if not targets and match.target is not None and match.target.dep_ == "pobj":
            # "asked Boluarte for sanctions relief": the slot holds no actor, the object does
            addressees = [o for o in (*frame.objects, *frame.datives) if o.dep_ in ("dobj", "dative")]
            targets.extend(mentions_of(tuple(addressees), index))
        if not targets:
            # "Israel said a mortar was fired at it": the pronoun is the speaker
            pronouns = [target_tok] if target_tok is not None else pronoun_objects(frame)
            if any(t.lower_ in ("it", "us") for t in pronouns):
                targets = list(speaker_of(frame.head, index))
        foreign = foreign_envoy(match, index, sources)
        if foreign is not None:
            targets = [foreign]
        envoy = own_envoy(match.code, target_tok, targets, sources)
        if envoy:  # "recalled its ambassador from Israel": the envoy is the source's own
            targets = [m for p in frame.preps if p.lower_ in ("from", "in") for m in pobj_mentions(p, index)]
        elif not_a_target(match.code, frame.head, via):
            targets = []
        fwd = match.code
        victim = lemma_of(frame.head) in VICTIM_VERBS and not frame.passive  # "he died in hospital"
        if match.pattern is None and (fwd in NO_DEFAULT_CODES or victim):
            fwd = None
        fwd = characterisation_code(frame) or fwd  # "called the plan unfair", whatever pattern matched
        if not targets and fwd is not None:  # "Iran denied the accusation", "criticized the move"
            answered = answered_author(frame, index, fwd, sources)
            targets = [answered] if answered is not None else []
        if not targets:
            targets = [None]
        topic = via in TOPIC_PREPS  # "Bolton and Trump argued about North Korea": a topic, no target
        # withdrawn envoys of coordinated sources: each withdrew from the other
        each_other = envoy and len({m.actor.code for m in sources}) > 1
        if (targets == [None] or topic) and fwd and (each_other or _mutual(fwd, frame, sources, index)):
            # "Egypt and Jordan signed an agreement", "The US, Russia and Switzerland met":
            # with a reciprocal predicate and no other target, each coordinated actor acts
            # towards each other one ("Obama and Putin attacked" is no attack on each other)
            yield from (
                Dyad(src, other, code_for_actors(fwd, src, other, match))
                for src in sources
                for other in sources
                if not same_actor(src, other)
            )
            return
        swap = via == "from" and lemma_of(frame.head) in RECEIPT_VERBS
        # a target-less event needs a pattern or a curated verb, not a dictionary default,
        # and a verb of saying is one only with a pattern's object noun ("declared a state
        # of emergency"): else its complement clause carries the event
        said = lemma_of(frame.head) in SPEECH_VERBS
        alone = (match.pattern is not None or match.entry.curated) and (
            not said or (match.pattern is not None and match.pattern.object is not None)
        )
        for src in sources:
            for tgt in targets:
                if tgt is not None and (same_actor(src, tgt) or _no_act(fwd, src, tgt, match)):
                    continue
                if (
                    tgt is None
                    and self.require_target
                    and not (alone and fwd and (fwd[:2] in TARGETLESS_ROOTS or fwd in TARGETLESS_CODES))
                ):
                    continue
                if fwd:
                    if swap and tgt is not None:
                        yield Dyad(tgt, src, code_for_actors(fwd, tgt, src, match))
                    else:
                        yield Dyad(src, tgt, code_for_actors(fwd, src, tgt, match))
                # a verb line's paired default ("ATTEND [042:043]") gives only the forward
                # direction; the reverse needs a pattern that states it
                rev: str | None = match.reverse
                if fwd and rev is not None and rev[:2] == "03":
                    rev = None  # "MEET (FOR TALKS) [036:036]": an intent is the subject's alone
                if rev and tgt is not None and (match.pattern is not None or not fwd):
                    yield Dyad(tgt, src, code_for_actors(rev, tgt, src, match), fwd is not None)


def _no_act(code: str | None, src: Mention, tgt: Mention, match: Match) -> bool:
    """A home visit ("Macron flew to France") or a contest won ("defeated Boeing")."""
    return home_visit(code, src, tgt) or contest(code, src, tgt, match)


def _in_title(tok: Token) -> bool:
    """Is the noun ``tok`` a capitalised word of a name or title inside a sentence (a
    film, book, law or named operation: "The Assassination of Richard Nixon", "the
    Boston Massacre"), in a sentence that is not itself written in title case?"""
    if tok.pos_ != "PROPN" or not tok.is_title or not tok.doc[tok.i - 1].is_title:
        return False  # a title runs on from a capitalised word ("The Assassination", "Boston Massacre")
    if not any(t.is_alpha for t in tok.doc[tok.sent.start : tok.i - 1]):
        return False  # the sentence's first words
    words = [t for t in tok.sent if t.is_alpha and len(t) > 3]
    return sum(t.is_title for t in words) * 2 < len(words)


def _origin(
    tok: Token, match: Match, frame: Frame, index: MentionIndex, carrier: Token | None
) -> Origin | None:
    """Where a match of ``tok`` comes from, or None when a default must not apply."""
    is_verb = tok.pos_ == "VERB"
    if match.pattern is not None:
        return Origin.VERB_PATTERN if is_verb else Origin.NOUN_PATTERN
    if is_verb:
        # "released no cause", "took its 90 seats": the default needs an actor acted on
        return None if non_actor_object(frame, index) else Origin.VERB_DEFAULT
    if carrier is not None:
        return Origin.LIGHT_VERB_NOUN
    # a bare event noun needs a carrying verb, "fighting between X and Y", or a
    # nominalisation with a named author ("Turkey's expulsion of the envoy")
    if len(between(tok, index)) >= 2:
        return Origin.NOUN_BETWEEN
    if lemma_of(tok) in NOMINALISATIONS and any(index.of(t) is not None for t in frame.subjects):
        return Origin.NOMINAL
    if frame.passive and any(index.of(t) is not None for t in frame.objects):
        return Origin.NOMINAL  # "Mhlanga's arrest": the one acted on, by an implied authority
    if any(index.of(t) is not None for t in frame.subjects) and any(
        p.lower_ in ("against", "on")
        and any(index.of(o) or index.within(o) for o in p.children if o.dep_ == "pobj")
        for p in frame.preps
    ):
        return Origin.NOMINAL  # "the Russian offensive against Ukraine", "U.S. restrictions on Chinese firms"
    return None


#: Named-entity labels of dates and quantities, which no event word is part of.
NUMERIC_ENTITIES = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL"})


def _mutual(code: str, frame: Frame, sources: list[Mention], index: MentionIndex) -> bool:
    """Do the coordinated sources of a reciprocal predicate act on each other?"""
    return (
        len({m.actor.code for m in sources}) > 1
        and (reciprocal(code, frame.head) or len(between(frame.head, index)) > 1)
        and not distributive(frame)
    )


def _claims(emb: Embedding, dyads: list[Dyad], index: MentionIndex) -> list[Dyad]:
    """Speech acts of a claim: "X said Y attacked Z" is X accusing Y; "X claimed it had
    attacked Y" is X claiming responsibility (015). An act whose author the text does not
    name ("X claimed 790 soldiers had been killed": an implied author) accuses no one."""
    speakers = mentions_of(emb.speakers, index)
    out = []
    for d in dyads:
        mapped = family_code(Family.CLAIM, d.code)
        if mapped is None or d.source.rule.startswith("implicit+"):
            continue
        for sp in speakers:
            if _own_side(sp, d.source):
                if lemma_of(emb.governor) in OWN_CLAIM_VERBS and d.target is not None:
                    out.append(Dyad(sp, d.target, CLAIM_RESPONSIBILITY))
                continue
            direct = lemma_of(emb.governor) in ("claim", "allege", "charge")
            if direct or (d.target is not None and d.target.actor.country == sp.actor.country):
                out.append(Dyad(sp, d.source, mapped))
    return out


#: Roles of a state's own side ("the military said it killed 33 militants": the state
#: claims its forces' act); a country named alone has no role.
STATE_SIDE_ROLES = frozenset({None, "GOV", "MIL", "COP", "JUD", "SPY", "LEG"})


def _own_side(speaker: Mention, author: Mention) -> bool:
    """Whether a speaker speaks for the author of the act they report: the same actor
    code, or the same country with both on the state's side ("Pakistan's army said its
    troops ..."). Rebels and a government of one country are not one side, nor is a
    speaker whose country is only inferred."""
    if speaker.actor.code == author.actor.code:
        return True
    if speaker.actor.country != author.actor.country or "locus" in speaker.rule:
        return False
    return speaker.actor.role in STATE_SIDE_ROLES and author.actor.role in STATE_SIDE_ROLES


def _speech_status(emb: Embedding) -> EventStatus:
    """Status of a speech act: realized for auxiliaries ("will give") and refusals, else
    that of the governing verb ("would urge": hypothetical)."""
    if emb.auxiliary or emb.family is Family.REFUSE or emb.governor.pos_ != "VERB":
        return EventStatus.REALIZED
    return event_status(emb.governor)
