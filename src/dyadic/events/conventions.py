"""Gold-file conventions: the PETRARCH / PLOVER way of coding two constructions.

The event coder's own convention (``"dyadic"``, the default) codes who acted on whom.
The gold sentence sets (PETRARCH2 GSR validation, PLOVER GSR) were annotated with
PETRARCH's conventions instead, which differ in two documented ways; ``"gold"``
applies them to the events the coder decided on (:class:`GoldConventions`):

1. **A place as the actor acted on.** PETRARCH's country dictionary
   (``Phoenix.Countries.actors.txt``) lists cities and regions under their country
   code, so "shelled Aleppo" or "a bomb exploded in Baghdad" is coded with the
   country as its target. Here: an event of a material root where an act lands
   (:data:`LANDING_ROOTS`: protest, force posture, coercion, assault, fight, mass
   violence) that has no target actor takes the country of the place it lands on:
   a toponym resolved to a country (``doc._.places`` of ``dyadic_places``, or an actor
   mention of a country or capital) that is the object of the act or in a phrase of
   :data:`LANDING_PREPS` under it ("in Baghdad", "on Homs", "the outskirts of Aleppo").
   Such events are found with the coder's target requirement lifted; those that
   find no place stay uncoded, as in the default.
2. **"X said Y attacked Z" as an accusation.** PETRARCH2's verb dictionary
   (``CAMEO.2.0.txt``, section TRANSFORMATIONS; ``docs/source/dictionaries.rst``,
   "Transformations") rewrites an attack reported under a verb of saying:
   ``~ a (b . ATTACK) SAY = a b 112`` (the speaker accuses the attacker, whoever was
   attacked) and ``~ a (a b ATTACK) SAY = a b 015`` (a speaker reporting its own
   side's attack claims responsibility). Here: a violent event (roots 18-20, CAMEO
   1.1b3 "assault", "fight", "mass violence") whose verb is the complement of a verb
   of saying (:data:`~dyadic.events.embedding.SPEECH_VERBS`, either order: "X said
   Y attacked Z", "Y attacked Z, X said") also gives the speaker's 112 ("Accuse, not
   specified below"; PETRARCH's code, not a 1.1b3 sub-code) towards the reported
   attacker, or 015 towards the attacked when the speaker is of the attacker's
   country. The reported event is kept (it may be real; CAMEO 1.1b3 notes that 112
   does not imply it happened), and a violent event without a target still gives the
   accusation ("Y bombed a convoy, X said").

Nothing else changes: the default convention's events are kept as they are.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from dyadic.events.candidates import CandidateFinder
from dyadic.events.codebook import Codebook
from dyadic.events.coordination import expand_mentions
from dyadic.events.decision import Features
from dyadic.events.embedding import SPEECH_VERBS
from dyadic.events.frame import MentionIndex, lemma_of
from dyadic.events.status import event_status
from dyadic.nlp import has_records
from dyadic.records import ActorKind, Article, Event, EventActor, EventStatus, Evidence, Mention

if TYPE_CHECKING:
    from dyadic.events.coder import EventCoder

__all__ = [
    "CONVENTIONS",
    "GoldConventions",
    "LANDING_PREPS",
    "LANDING_ROOTS",
    "PLACE_NOUNS",
    "landing_place",
    "speakers",
    "speech_governor",
]

#: The values of the ``conventions`` setting: the coder's own, and the gold files'.
CONVENTIONS = ("dyadic", "gold")
#: Roots of acts that land on a place: protest, force posture, coercion, violence.
LANDING_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
#: Prepositions whose object is where an act lands ("in Kabul", "on Homs").
LANDING_PREPS = frozenset({"in", "on", "at", "into", "onto", "near", "over", "across", "inside", "around"})
#: Nouns of a part of a place, whose ``of`` phrase names it ("the outskirts of Aleppo").
PLACE_NOUNS = frozenset(
    {
        "outskirt", "outskirts", "suburb", "city", "town", "village", "area", "region", "province",
        "district", "border", "capital", "centre", "center", "part", "north", "south", "east", "west",
        "heart", "street", "neighborhood", "neighbourhood", "territory", "position", "coast",
        "countryside", "camp", "base", "port", "airport", "stronghold", "county",
    }
)  # fmt: skip
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
ACCUSE = "112"  # PETRARCH2 transformation ~ a (b . ATTACK) SAY = a b 112
CLAIM_RESPONSIBILITY = "015"  # ~ a (a b ATTACK) SAY = a b 015
#: Dependency labels of a speech verb over the clause it reports, and back.
_REPORTED_DEPS = ("ccomp", "parataxis")

Decided = list[tuple[Event, Features]]


class GoldConventions:
    """Applies the gold-file conventions (see the module docstring) to a coder's events.

    Args:
        codebook: CAMEO codebook (names, PLOVER, Goldstein of the added events).
    """

    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook

    def apply(
        self, coder: EventCoder, decided: Decided, doc: Doc, article: Article, mentions: list[Mention]
    ) -> Decided:
        """The events of ``decided`` with the gold-file conventions applied.

        Args:
            coder: The coder that decided ``decided`` (its patterns and decision model
                code the target-less events again).
            decided: (event, features) pairs from :meth:`EventCoder.decisions`.
            doc: The parsed article (``doc._.places`` is read when ``dyadic_places`` ran).
            article: The article (id for the added events' ids).
            mentions: Actor mentions in ``doc`` (token indices into ``doc``).

        Returns:
            (event, features) pairs in text order: ``decided``, target-less events with
            their place filled in, and the accusations; added events carry the features
            and confidence of the event they come from.
        """
        by_char = {t.idx: t for t in doc}
        index = MentionIndex(mentions)
        places = _place_actors(doc, mentions)
        out = [(self._placed(e, by_char, places), f) for e, f in decided]
        taken = {e.evidence.verb_start for e, _ in decided}
        for e, f in _open_decisions(coder, doc, article, mentions):
            if e.target is None and e.evidence.verb_start not in taken and e.cameo[:2] in LANDING_ROOTS:
                placed = self._placed(e, by_char, places)
                out.append((placed, f))
        said = [(a, f) for e, f in out for a in self._accusations(e, by_char, index)]
        alone = {e.event_id for e, _ in decided if e.target is None}
        kept = [(e, f) for e, f in out if e.target is not None or e.event_id in alone]
        return sorted(_added(kept, said), key=lambda p: (p[0].sentence_index, p[0].evidence.verb_start))

    def _placed(self, e: Event, by_char: dict[int, Token], places: dict[int, EventActor]) -> Event:
        """``e`` with the place it lands on as its target, when it has none."""
        head = by_char.get(e.evidence.verb_start)
        if e.target is not None or head is None or e.cameo[:2] not in LANDING_ROOTS:
            return e
        place = landing_place(head, places)
        if place is None or place.country == e.source.country and e.source.code == place.code:
            return e
        return dataclasses.replace(e, target=place, event_id=_event_id(e, place.start, e.cameo))

    def _accusations(self, e: Event, by_char: dict[int, Token], index: MentionIndex) -> Iterator[Event]:
        """The speaker's accusation (or claim of responsibility) of a violent event
        reported under a verb of saying."""
        head = by_char.get(e.evidence.verb_start)
        if head is None or e.cameo[:2] not in VIOLENT_ROOTS or e.status is not EventStatus.REALIZED:
            return
        speech = speech_governor(head)
        if speech is None:
            return
        for sp in speakers(speech, index):
            own = sp.actor.country is not None and sp.actor.country == e.source.country
            if own and e.target is None:
                continue
            target = e.target if own else e.source
            if target is None or sp.start == target.start or (sp.actor.code == target.code and not own):
                continue
            code = CLAIM_RESPONSIBILITY if own else ACCUSE
            yield self._speech_event(e, speech, sp, target, code)

    def _speech_event(self, e: Event, speech: Token, sp: Mention, target: EventActor, code: str) -> Event:
        entry = self.codebook.entry(code)
        rule = f"~ a ({'a b' if code == CLAIM_RESPONSIBILITY else 'b .'} ATTACK) SAY = a b {code}"
        return dataclasses.replace(
            e,
            event_id=_event_id(e, speech.idx, code),
            source=EventActor.from_mention(sp),
            target=target,
            **entry.event_fields(),
            status=event_status(speech),
            evidence=Evidence(speech.idx, speech.idx + len(speech.text), rule, "gold-convention"),
        )


def speech_governor(verb: Token) -> Token | None:
    """The verb of saying that reports ``verb``'s clause: its head when ``verb`` is
    that head's complement ("X said Y attacked Z"), or a child that reports it ("Y
    attacked Z, X said"); None when there is none."""
    if verb.dep_ in _REPORTED_DEPS and verb.head.i != verb.i and lemma_of(verb.head) in SPEECH_VERBS:
        return verb.head
    return next((c for c in verb.children if c.dep_ in _REPORTED_DEPS and lemma_of(c) in SPEECH_VERBS), None)


def speakers(speech: Token, index: MentionIndex) -> list[Mention]:
    """Actor mentions of the subject of the verb of saying ``speech`` (with conjuncts)."""
    subjects = [c for c in speech.children if c.dep_ == "nsubj"]
    return [m for s in subjects for m in expand_mentions(s, index) if m is not None]


def landing_place(head: Token, places: dict[int, EventActor]) -> EventActor | None:
    """The place an act lands on: a place token (``places``, by token index) that is an
    object of ``head`` or the object of a :data:`LANDING_PREPS` phrase under it, or is
    reached from one (at most two steps) through a compound, a :data:`LANDING_PREPS`
    phrase ("a market in Kabul") or the ``of`` phrase of a noun of place
    (:data:`PLACE_NOUNS`: "the outskirts of Aleppo", not "the proclamation of Golan");
    None when there is none."""
    seeds = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    seeds += [p for c in head.children if c.dep_ == "prep" and c.lower_ in LANDING_PREPS for p in c.children]
    frontier = [s for s in seeds if s.dep_ in ("dobj", "nsubjpass", "pobj")]
    for _ in range(3):
        found = next((places[t.i] for t in frontier if t.i in places), None)
        if found is not None:
            return found
        frontier = [g for t in frontier for g in _place_steps(t)]
    return None


def _place_steps(t: Token) -> list[Token]:
    """Tokens one step below ``t`` where a place may be named (see :func:`landing_place`)."""
    out = [c for c in t.children if c.dep_ == "compound"]
    for prep in (c for c in t.children if c.dep_ == "prep"):
        if prep.lower_ in LANDING_PREPS or (prep.lower_ == "of" and lemma_of(t) in PLACE_NOUNS):
            out += [p for p in prep.children if p.dep_ == "pobj"]
    return out


def _place_actors(doc: Doc, mentions: list[Mention]) -> dict[int, EventActor]:
    """Token index -> the country actor of a toponym there: country and capital actor
    mentions, and the resolved places of ``doc._.places`` (when ``dyadic_places`` ran)."""
    out: dict[int, EventActor] = {}
    for m in mentions:
        if m.actor.kind is ActorKind.COUNTRY and m.actor.country:
            a = EventActor(m.text, m.actor.country, m.actor.country, None, m.actor.name, m.start, m.end)
            out.update({i: a for i in range(m.token_start, m.token_end)})
    if has_records(doc, "places"):
        for p in doc._.places:
            span = doc.char_span(p.start, p.end, alignment_mode="expand")
            if p.place.country and span is not None:
                a = EventActor(p.text, p.place.country, p.place.country, None, p.place.name, p.start, p.end)
                out.update({t.i: a for t in span if t.i not in out})
    return out


def _open_decisions(coder: EventCoder, doc: Doc, article: Article, mentions: list[Mention]) -> Decided:
    """The coder's decisions with its target requirement lifted (target-less events of
    every code), for the places to fill."""
    if not coder.finder.require_target:
        return []
    open_coder = copy.copy(coder)
    open_coder.finder = CandidateFinder(coder.finder.patterns, require_target=False)
    return open_coder.decisions(doc, article, mentions)


def _added(kept: Decided, said: Decided) -> Decided:
    """``kept`` and the events of ``said`` that no kept or earlier added event already
    codes (same sentence, actors and root: the coder's own "X said Y attacked X")."""
    seen = {_dyad_key(e) for e, _ in kept}
    out = list(kept)
    for e, f in said:
        if _dyad_key(e) not in seen:
            seen.add(_dyad_key(e))
            out.append((e, f))
    return out


def _dyad_key(e: Event) -> tuple[object, ...]:
    return (e.sentence_index, e.source.start, e.target.start if e.target else None, e.cameo[:2])


def _event_id(e: Event, offset: int, code: str) -> str:
    return hashlib.sha1(f"{e.event_id}|{offset}|{code}".encode()).hexdigest()[:16]
