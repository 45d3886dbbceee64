"""The CAMEO event coder: verb patterns over the spaCy dependency parse -> :class:`Event`.

For each verb (and curated event noun) whose lemma has patterns:

1. read its frame (subjects, objects, prepositions; :mod:`dyadic.events.frame`);
2. pick the most specific matching pattern, else the verb's default code
   (:mod:`dyadic.events.matching`); ``[---]`` patterns mean "no event"; a default of
   010 ("make statement, not specified") is never emitted, so "X said ..." is not an event;
3. source = actor mention of the subject (passive: the ``agent``), target = the pattern's
   target slot, else the object / dative / complement of ``to, with, against, on, for,
   from ...``; coordinated actors give one event each; self-events (one actor on
   itself: :func:`~dyadic.events.counterparts.same_actor`) are dropped, while two people
   or bodies of one country act on each other ("prosecutors charged the suspect");
   a passive act of coercion with no ``by`` actor ("was arrested") has the authorities
   of the article's locus as its source (a zero-width mention, rule ``implicit+locus``);
   a target preposition's phrase yields the actor inside it ("tariffs on $20 billion
   worth of U.S. exports"); a non-state actor's violence is assault (18), a state's
   forces' military force (19) (:func:`~dyadic.events.roles.code_for_actors`);
   a non-actor object ("released no cause", "will not take its 90 seats") leaves a verb
   without its default code;
   "X received Y from Z" is coded Z -> X;
   a CAMEO code meaningful on its own (:data:`TARGETLESS_ROOTS`: public statement
   such as a denial, intent, yield, investigate, reject, threaten, protest, force
   posture; :data:`TARGETLESS_CODES`: curfew, state of emergency) is kept without a
   target (``target=None``) when a pattern or curated verb gave it; a protest, force posture or
   coercion with no actor acted on targets the actor of its purpose clause or place;
   a verb line's paired default (``[042:043]``) gives only the forward direction;
   violence (roots 18-20) with no actor acted on targets the place hit ("exploded bombs
   in Kabul"); a passive violent verb with no ``by`` actor takes its source from the
   attack or weapon it was done in ("killed in Israeli shelling", "an air strike by
   government forces") or, passive, the place it came from ("fired at it from Gaza");
   "fighting / clashes between X and Y" codes X->Y and Y->X; a comma list parsed as
   apposition ("The US, Russia, and Switzerland") is coordination;
   a violent act tied to an attack already told ("six were killed in the attack", "the
   blast killed four", "died in the attack") takes as its source the article's
   perpetrator, the actor named as the author of most of its violent candidates in a
   first pass (zero-width mention, rule ``implicit+perpetrator``), or, in an article that
   names none, the unidentified attackers (``UAF``, rule ``implicit+unknown``: "a car
   bombing killed five", the gold's ``---UAF``); so does an agentless killing of a named
   victim ("three officers were killed") and an attack its target "came under"
   (:mod:`dyadic.events.violence`), unless a state would so attack its own forces; a
   tally of killings over years or many attacks is no event; the dead of "died" are
   never its authors; "called X unfair" is criticism, "a success" praise
   (:func:`~dyadic.events.roles.characterisation_code`); declining or ignoring a request
   for comment is declining comment (011, realized), while "did not respond" is no event
   (GUIDELINES.md hard case 20);
   actor mentions are the dictionary's plus the article's context mentions of unlisted
   names and pronouns (:func:`dyadic.actors.context_mentions`);
4. event nouns carried by a verb ("staged a protest", "issued an ultimatum", "a curfew
   was imposed", "went on strike") are coded from the noun with the verb's frame
   (:mod:`dyadic.events.carriers`); the noun beats the verb's default and loses to a
   pattern of the verb, but an act noun with its own author keeps it, and a verbal
   reaction to it stays an event ("condemned Russia's invasion of Ukraine": two); a
   reaction received ("drew praise from the AU") or act undergone ("came under attack
   from rebels") is its author's; a nominalisation
   (:data:`~dyadic.events.frame.NOMINALISATIONS`: "Turkey's expulsion of the envoy") is
   coded with its verb's entry when its author is named, its ``of`` phrase the target;
   the possessor of an act done to someone (:data:`~dyadic.events.frame.PATIENT_NOMINALS`:
   "Mhlanga's arrest") is its target, with the locus authorities as the implied source;
   a noun a travel verb goes for ("flew to Jeddah for talks with X") is carried by it;
5. status from tense, modals and negation (:mod:`dyadic.events.status`); date from
   :func:`dyadic.events.dates.resolve_date` on the sentence.

Reciprocal predicates (one convention, as in the gold sets: PETR2's "met with" GOLD_2
and "signed ... with" DEMO-13 one way, COOP_0 "The US, Russia, and Switzerland met"
every way): "X met Y", "X signed an agreement with Y" is X->Y only, unless the pattern
itself states the reverse code (PETRARCH's ``HOLD TALKS [046:046]``); coordinated
subjects of a reciprocal predicate (:data:`RECIPROCAL_CODES`, :data:`RECIPROCAL_VERBS`:
meet, talks, agree, sign, cooperate, fight) with no other target act on each other ("X
and Y met": X->Y and Y->X), never with a one-sided predicate ("X and Y attacked") nor
with a distributive "both" / "each" ("X and Y both held meetings"). An intent, plan or
refusal is the subject's alone: no reverse of ``[036:036]``, no reverse event of a
planned or hypothetical act ("Koizumi plans to meet Hu" is no Hu->Koizumi event).

A curated event noun carried by a light verb ("made a state visit to Canada") beats a
dictionary pattern of that verb that only names the noun (``MAKE VISIT [036]``).
Sentences with a discard phrase (sports, entertainment, disasters: :mod:`dyadic.events.
discards`, from PETRARCH2's ``Phoenix.discards.txt``) give no events; a story-level
phrase ("World Cup") discards the whole article.

Verbs inside the complement of an accusation ("accused Russia of shelling Kharkiv")
are not coded: the accusation (112) is the event. Verbs under a verb of intent,
appeal, demand, refusal, threat or claim give that speech act, with a code chosen
by the embedded event (:mod:`dyadic.events.embedding`); the governor's own events
from the same source are then dropped ("asked Obama to help Iran" is no 020 towards
Iran). "X claimed that it had attacked Y" is X claiming responsibility (015) for it.
A date phrase ("on Thursday") is never a pattern's particle or bare preposition.
A pronoun subject ("Obama said he would ...", "we" in a quotation) stands for the
subject of the verb it is reported under.

The coder is four steps: :mod:`dyadic.events.candidates` finds every candidate of a
token (arguments from :mod:`dyadic.events.arguments`), :mod:`dyadic.events.arbitrate`
chooses among a sentence's candidates, the learned decision layer
(:mod:`dyadic.events.decision`) gives each survivor its probability of being a real
event, which is the event's ``confidence``, and :class:`EventCoder` turns those at or
above ``min_confidence`` into :class:`~dyadic.records.Event` records (codebook values,
date, confidence, evidence).

Sources: PETRARCH2 CAMEO.2.0 verb dictionary (MIT) and our curated patterns; CAMEO
1.1b3 codes; GDELT Goldstein and QuadClass; PLOVER 2021 (see :mod:`dyadic.events.codebook`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span

from dyadic.events.arbitrate import arbitrate
from dyadic.events.candidates import Candidate, CandidateFinder, Origin, article_perpetrator
from dyadic.events.codebook import Codebook
from dyadic.events.conventions import CONVENTIONS, GoldConventions
from dyadic.events.dates import resolve_date
from dyadic.events.decision import DecisionModel, Features, features
from dyadic.events.discards import Discards
from dyadic.events.frame import MentionIndex
from dyadic.events.patterns import PatternIndex
from dyadic.nlp import doc_text
from dyadic.records import MUTUAL_CODES, Article, Event, EventActor, EventStatus, Evidence, Mention

__all__ = ["EventCoder"]


#: CAMEO 1.1b3 "Make statement, not specified below".
BARE_STATEMENT = "010"
#: Roles of a state's coercive organs, and a country named alone (no role).
COERCING_ROLES = frozenset({None, "GOV", "COP", "JUD", "MIL", "SPY", "LEG"})


def in_jurisdiction(c: Candidate) -> Candidate:
    """The candidate with the target of a state's coercion (CAMEO 17) that the text gives a
    role but no country ("Turkey sentenced two smugglers": TUR -> CVL) put in the state's
    country (TURCVL): on the real-news train and dev splits, 131 of 184 gold targets of
    17x acts share the source's country. Other candidates are returned unchanged."""
    d = c.dyad
    if d.target is None:
        return c
    src, tgt = d.source.actor, d.target.actor
    if (
        not d.code.startswith("17")
        or tgt.country is not None
        or tgt.role is None
        or tgt.code != tgt.role
        or len(tgt.code) != 3  # a bare role ("CVL"), not an organisation ("IGOEUREEC")
        or src.country is None
        or src.role not in COERCING_ROLES
    ):
        return c
    actor = replace(tgt, code=src.country + tgt.role, country=src.country)
    return replace(c, dyad=replace(d, target=replace(d.target, actor=actor)))


def mutual_once(coded: list[tuple[Event, Features]]) -> list[tuple[Event, Features]]:
    """One event per mutual act: of two events of one trigger with the same code of
    :data:`MUTUAL_CODES` whose actors are mirrored ("Chile and Peru signed an agreement":
    CHL->PER and PER->CHL), the one whose source comes first in the text, with the
    higher confidence of the two, marked :attr:`~dyadic.records.Event.mutual`. The
    real-news gold guidelines code a mutual act once ("X and Y signed a deal" -> one
    event X->Y); its direction carries no meaning.

    Args:
        coded: (event, features) pairs of one sentence, in text order.

    Returns:
        The pairs kept, in the same order.
    """

    def dyad(e: Event, mirrored: bool = False) -> tuple[object, ...]:
        ends = (e.source.code, e.target.code if e.target else None)
        return (e.evidence.verb_start, e.cameo, *(reversed(ends) if mirrored else ends))

    out: list[tuple[Event, Features]] = []
    for e, f in coded:
        mirror = dyad(e, mirrored=True) if e.cameo in MUTUAL_CODES else None
        twin = next((i for i, (o, _) in enumerate(out) if dyad(o) == mirror), None)
        if twin is None:
            out.append((e, f))
            continue
        kept, kf = out[twin]
        first, ff = (kept, kf) if kept.source.start <= e.source.start else (e, f)
        out[twin] = (replace(first, confidence=max(kept.confidence, e.confidence), mutual=True), ff)
    return out


class EventCoder:
    """Codes events in parsed articles.

    Args:
        codebook: CAMEO codebook (every emitted code is in it).
        patterns: Pattern index (see :mod:`dyadic.events.patterns`).
        require_target: Drop events without a target actor (default True: CAMEO dyads).
        date_resolver: ``(sentence_text, published) -> date | None``; defaults to
            :func:`dyadic.events.dates.resolve_date`.
        decision: The decision model that gives each event its ``confidence``; defaults
            to the shipped one (:meth:`DecisionModel.load`).
        min_confidence: Events with a lower confidence (0..1) are dropped; None: the
            decision model's default, chosen on the dev split. 0 keeps every event.
        hypothetical: Emit events whose status is hypothetical (conditional or
            speculative acts, the act asked for in an appeal: "urged Russia to withdraw").
            Off by default: the real-news annotation guidelines code them "sparingly"
            (5 of 1,223 train-split gold events), and they were 37 of the 172 false
            alarms on the dev split; the appeal itself is coded either way.
        conventions: ``"dyadic"`` (default) or ``"gold"``: also apply the PETRARCH/PLOVER
            gold-file conventions (a place as the target of an act with no actor acted
            on; "X said Y attacked Z" as X accusing Y; :mod:`dyadic.events.conventions`).

    Raises:
        ValueError: ``conventions`` is not one of :data:`~dyadic.events.conventions.CONVENTIONS`.
    """

    def __init__(
        self,
        codebook: Codebook,
        patterns: PatternIndex,
        require_target: bool = True,
        date_resolver: Callable[[str, date | None], date | None] | None = None,
        decision: DecisionModel | None = None,
        min_confidence: float | None = None,
        hypothetical: bool = False,
        conventions: str = "dyadic",
    ) -> None:
        if conventions not in CONVENTIONS:
            raise ValueError(f"conventions must be one of {', '.join(CONVENTIONS)}, got {conventions!r}")
        self.codebook = codebook
        self.finder = CandidateFinder(patterns, require_target=require_target)
        self._resolve_date = date_resolver or resolve_date
        self.discards = Discards.load()
        self.decision = decision if decision is not None else DecisionModel.load()
        self.min_confidence = self.decision.min_confidence if min_confidence is None else min_confidence
        self.hypothetical = hypothetical
        self.conventions = GoldConventions(codebook) if conventions == "gold" else None

    @classmethod
    def load(
        cls,
        codebook: Codebook | None = None,
        require_target: bool = True,
        min_confidence: float | None = None,
        hypothetical: bool = False,
        conventions: str = "dyadic",
    ) -> EventCoder:
        """Load the shipped pattern files and decision model.

        Raises:
            UnknownCameoCode: a pattern names a code missing from ``codebook``.
            InputError: the shipped decision model file is not a decision model.
        """
        codebook = codebook if codebook is not None else Codebook.load()
        patterns = PatternIndex.load(codebook)
        return cls(
            codebook,
            patterns,
            require_target=require_target,
            min_confidence=min_confidence,
            hypothetical=hypothetical,
            conventions=conventions,
        )

    def code(self, doc: Doc, article: Article, mentions: list[Mention]) -> list[Event]:
        """Code the events of one parsed article.

        Args:
            doc: spaCy ``Doc`` of ``article.text`` (parsed: needs heads, deps, lemmas, POS).
            article: The article (id, publication date).
            mentions: Actor mentions in ``doc`` (token indices into ``doc``).

        Returns:
            Events in text order whose confidence is at least ``min_confidence`` (and not
            hypothetical unless ``hypothetical``); offsets are character offsets into
            ``Article.text``. A bare statement (CAMEO 010, "issued a statement") is no
            event under dyadic's conventions (the real-news gold guidelines code only
            statements of a kind, 011-019); the gold-file conventions keep it.
        """
        decided = self.decisions(doc, article, mentions)
        if self.conventions is not None:
            decided = self.conventions.apply(self, decided, doc, article, mentions)
        return [
            e
            for e, _ in decided
            if e.confidence >= self.min_confidence
            and (self.hypothetical or e.status is not EventStatus.HYPOTHETICAL)
            and (self.conventions is not None or e.cameo != BARE_STATEMENT)
        ]

    def decisions(self, doc: Doc, article: Article, mentions: list[Mention]) -> list[tuple[Event, Features]]:
        """Every arbitrated candidate as an event with its decision features, before the
        ``min_confidence`` threshold (arguments as :meth:`code`); ``tools/train_decision.py``
        learns from these.

        Returns:
            (event, features) pairs in text order; ``event.confidence`` is the decision
            model's probability (rounded to 3 places).
        """
        if self.discards.story(doc_text(doc)) is not None:
            return []  # a sports / entertainment story ("World Cup"): nothing political
        index = MentionIndex(mentions)
        sents = [(i, s) for i, s in enumerate(doc.sents) if self.discards.sentence(s.text) is None]
        found: dict[int, list[Candidate]] = {}
        # only tokens with pattern entries can give candidates: the others are not built
        keep = self.finder.patterns.entry_tokens(doc)
        tokens = {i: [doc[t] for t in range(s.start, s.end) if t in keep] for i, s in sents}
        for i, _sent in sents:  # in text order: a denial or criticism answers an earlier act
            found[i] = [c for tok in tokens[i] for c in self.finder.candidates(tok, index)]
            index.acts += [(c.dyad.source, c.dyad.code) for c in found[i]]
        index.perpetrator = article_perpetrator(c for cs in found.values() for c in cs)
        index.unknown_attacker = index.perpetrator is None  # its attacks are the unidentified's
        # second pass: violent verbs that named no author or no target ("condemned the
        # attack", "investigating the shooting", "a car bombing killed five")
        for i, _sent in sents:
            done = {c.head.i for c in found[i] if c.dyad.target is not None}
            again = {t.i for t in tokens[i] if t.i not in done and self.finder.violent_verb(t)}
            more = [c for tok in tokens[i] if tok.i in again for c in self.finder.candidates(tok, index)]
            if more:
                kept = [c for c in found[i] if c.head.i not in again]
                found[i] = sorted(kept + more, key=lambda c: c.head.i)
        out: list[tuple[Event, Features]] = []
        for sent_index, sent in sents:
            chosen = arbitrate(found[sent_index], sent)
            if chosen:
                day = self._resolve_date(sent.text, article.published)
                coded = []
                for c in map(in_jurisdiction, chosen):
                    feats = features(c, sent, chosen, sent_index)
                    p = round(self.decision.probability(feats), 3)
                    coded.append((self._event(c, sent, sent_index, article, day, p), feats))
                out += mutual_once(coded)
        return out

    def _event(
        self, c: Candidate, sent: Span, sent_index: int, article: Article, day: date | None, p: float
    ) -> Event:
        """The event record of a chosen candidate with confidence ``p``."""
        d, match = c.dyad, c.match
        entry = self.codebook.entry(d.code)
        verb_start, verb_end = c.head.idx, c.head.idx + len(c.head.text)
        key = "|".join(
            [
                article.article_id,
                str(sent_index),
                str(verb_start),
                d.code,
                *c.actors,
                str(d.source.start),
                str(d.target.start if d.target else ""),
            ]
        )
        default = (match.code or match.reverse) if c.origin is Origin.EMBEDDED_SPEECH_ACT else d.code
        pattern_text = match.pattern.text if match.pattern else f"{match.entry.line} [default {default}]"
        return Event(
            event_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
            article_id=article.article_id,
            sentence_index=sent_index,
            sentence=sent.text.strip(),
            date=day,
            source=EventActor.from_mention(d.source),
            target=EventActor.from_mention(d.target) if d.target else None,
            **entry.event_fields(),
            status=c.status,
            evidence=Evidence(verb_start, verb_end, pattern_text, str(c.origin)),
            confidence=p,
        )
