"""The CAMEO event coder: verb patterns over the spaCy dependency parse -> :class:`Event`.

For each verb (and curated event noun) whose lemma has patterns:

1. read its frame (subjects, objects, prepositions; :mod:`dyadic.events.frame`);
2. pick the most specific matching pattern, else the verb's default code
   (:mod:`dyadic.events.matching`); ``[---]`` patterns mean "no event"; a default of
   010 ("make statement, not specified") is never emitted, so "X said ..." is not an event;
3. source = actor mention of the subject (passive: the ``agent``), target = the pattern's
   target slot, else the object / dative / complement of ``to, with, against, on, for,
   from ...``; coordinated actors give one event each; self-events are dropped;
   a non-actor object ("released no cause", "will not take its 90 seats") leaves a verb
   without its default code;
   "X received Y from Z" is coded Z -> X;
   a CAMEO code meaningful on its own (:data:`TARGETLESS_ROOTS`: intent, yield,
   investigate, reject, threaten, protest, force posture) is kept without a target
   (``target=None``) when a pattern or curated verb gave it; a protest, force posture or
   coercion with no actor acted on targets the actor of its purpose clause or place;
   a verb line's paired default (``[042:043]``) gives only the forward direction;
   violence (roots 18-20) with no actor acted on targets the place hit ("exploded bombs
   in Kabul"); a passive violent verb with no ``by`` actor takes its source from the
   attack or weapon it was done in ("killed in Israeli shelling", "an air strike by
   government forces") or, passive, the place it came from ("fired at it from Gaza");
   "fighting / clashes between X and Y" codes X->Y and Y->X; a comma list parsed as
   apposition ("The US, Russia, and Switzerland") is coordination;
4. event nouns carried by a verb ("staged a protest", "issued an ultimatum", "a curfew
   was imposed", "went on strike") are coded from the noun with the verb's frame; the
   noun beats the verb's default and loses to a pattern of the verb;
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

Sources: PETRARCH2 CAMEO.2.0 verb dictionary (MIT) and our curated patterns; CAMEO
1.1b3 codes; GDELT Goldstein and QuadClass; PLOVER 2021 (see :mod:`dyadic.events.codebook`).
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Callable, Iterator
from datetime import date

from spacy.tokens import Doc, Span, Token

from dyadic.events.codebook import Codebook
from dyadic.events.discards import Discards
from dyadic.events.embedding import (
    OWN_CLAIM_VERBS,
    SPEECH_VERBS,
    Embedding,
    Family,
    embedding_of,
    family_code,
)
from dyadic.events.frame import POBJ_DEPS, Frame, MentionIndex, lemma_of, noun_frame, verb_frame
from dyadic.events.matching import Match, best_match
from dyadic.events.patterns import PatternIndex
from dyadic.events.status import event_status, noun_status
from dyadic.records import Actor, Article, Event, EventActor, EventStatus, Evidence, Mention

__all__ = ["EventCoder"]

#: Prepositions whose object may be an event's target when no pattern names one.
TARGET_PREPS = frozenset(
    {"to", "with", "against", "on", "for", "from", "toward", "towards", "into", "upon", "over", "onto"}
)
#: Verbs of receiving: a ``from`` complement is the giver, so source and target swap.
RECEIPT_VERBS = frozenset({"receive", "get", "obtain", "accept", "acquire", "gain", "win", "secure"})
#: Speech acts whose complement is the accusation itself, not a separate event.
ACCUSATION_VERBS = frozenset(
    {
        "accuse",
        "blame",
        "charge",
        "condemn",
        "criticize",
        "criticise",
        "denounce",
        "allege",
        "fault",
        "implicate",
        "indict",
        "convict",
        "suspect",
        "sue",
    }
)
#: CAMEO 015, "claim responsibility": a speaker owning up to its own side's attack.
CLAIM_RESPONSIBILITY = "015"
#: Default codes that are fallbacks in all but name: never emitted without a pattern.
NO_DEFAULT_CODES = frozenset({"010"})
#: CAMEO roots whose events mean something without a target actor ("protesters
#: marched", "troops were mobilized", "agreed to resign", "refused to resign"):
#: intent (03), yield (08), investigate (09), reject (12), threaten (13), protest (14),
#: force posture (15).
TARGETLESS_ROOTS = frozenset({"03", "08", "09", "12", "13", "14", "15"})
#: Reciprocal predicates, by CAMEO code prefix: agree / intend together (03: "agreed to",
#: "are seeking to deepen a partnership"), meet / consult (040, 041, 044), negotiate (046),
#: cooperate diplomatically (050), sign an agreement (057), cooperate (06). Their
#: coordinated subjects act on each other ("X and Y met"; see the module docstring).
RECIPROCAL_CODES = ("03", "040", "041", "044", "046", "050", "057", "06")
#: Verbs (and event nouns) reciprocal whatever their code ("X and Y fought / clashed /
#: agreed / reached a consensus / failed to reach agreement").
RECIPROCAL_VERBS = frozenset(
    {
        "fight",
        "fighting",
        "clash",
        "battle",
        "skirmish",
        "war",
        "agree",
        "reach",
        "concur",
        "negotiate",
        "talk",
    }
)
#: Floating quantifiers that make coordinated subjects act each on its own ("the IMF and
#: the World Bank both held meetings").
DISTRIBUTIVE_WORDS = frozenset({"both", "each", "separately", "respectively", "individually"})
#: Roots of domestic acts whose target, when no actor is acted on, is the place they
#: happen in: protest (14), force posture (15), coercion (17).
LOCATED_ROOTS = frozenset({"14", "15", "17"})
LOCATION_PREPS = frozenset({"in", "at", "outside", "throughout", "across", "near", "inside"})
#: Roots of violence (coerce-by-force 18, fight 19, mass violence 20): with no actor acted
#: on, the target is the place hit ("exploded bombs in Kabul"); with no author named,
#: the source is the attack's own modifier ("killed in Israeli shelling", "an air strike
#: by government forces"), its origin ("fired at it from the Gaza Strip") or the place.
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
#: Nouns of an attack or its weapon, whose modifier or ``by`` phrase names the attacker
#: of a passive violent verb ("were killed in Israeli tank shelling").
ATTACK_NOUNS = frozenset(
    {
        "attack", "strike", "airstrike", "raid", "shelling", "bombing", "bombardment", "shell",
        "fire", "gunfire", "rocket", "missile", "mortar", "bomb", "explosion", "blast", "ambush",
        "assault", "offensive", "tank", "artillery", "helicopter", "drone", "aircraft", "jet",
        "warplane", "plane", "force", "troops", "soldier", "gunman", "militant", "operation",
    }
)  # fmt: skip
#: Dependencies by which an event noun hangs on a verb that carries it ("staged a
#: protest", "a curfew was imposed", "went on strike").
LIGHT_NOUN_DEPS = frozenset({"dobj", "nsubjpass"})
#: Light verbs: the event noun they carry names the event ("made a visit", "paid a visit").
LIGHT_VERBS = frozenset(
    {"make", "pay", "hold", "have", "conduct", "undertake", "give", "do", "carry", "stage"}
)
#: Verbs whose complement clause holds the target of their own speech act
#: ("demanded that the US ...", "threatened to cut power to Armenia").
SPEECH_ACT_VERBS = frozenset(
    {
        "demand",
        "urge",
        "ask",
        "call",
        "appeal",
        "press",
        "insist",
        "threaten",
        "warn",
        "vow",
        "reject",
        "refuse",
        "decline",
        "agree",
        "offer",
        "promise",
        "pledge",
        "accuse",
        "oppose",
    }
)
#: Prepositions under an event noun that name its author ("calls by Belarus",
#: "an offer from Afghanistan"): their object is the target of a reaction to it.
AUTHOR_PREPS = frozenset({"by", "from", "of"})
EMBEDDING_DEPS = frozenset({"pcomp", "pobj", "prep", "xcomp", "ccomp", "advcl"})


def _resolve_date(sentence: str, published: date | None) -> date | None:
    try:
        from dyadic.events.dates import resolve_date
    except ImportError:  # the dates module is written separately
        return published
    return resolve_date(sentence, published)


class EventCoder:
    """Codes events in parsed articles.

    Args:
        codebook: CAMEO codebook (every emitted code is in it).
        patterns: Pattern index (see :mod:`dyadic.events.patterns`).
        require_target: Drop events without a target actor (default True: CAMEO dyads).
        date_resolver: ``(sentence_text, published) -> date | None``; defaults to
            :func:`dyadic.events.dates.resolve_date`.
    """

    def __init__(
        self,
        codebook: Codebook,
        patterns: PatternIndex,
        require_target: bool = True,
        date_resolver: Callable[[str, date | None], date | None] | None = None,
    ) -> None:
        self.codebook = codebook
        self.patterns = patterns
        self.require_target = require_target
        self._resolve_date = date_resolver or _resolve_date
        self.discards = Discards.load()

    @classmethod
    def load(cls, codebook: Codebook | None = None, require_target: bool = True) -> EventCoder:
        """Load the shipped pattern files.

        Raises:
            UnknownCameoCode: a pattern names a code missing from ``codebook``.
        """
        codebook = codebook if codebook is not None else Codebook.load()
        return cls(codebook, PatternIndex.load(codebook), require_target=require_target)

    def code(self, doc: Doc, article: Article, mentions: list[Mention]) -> list[Event]:
        """Code the events of one parsed article.

        Args:
            doc: spaCy ``Doc`` of ``article.text`` (parsed: needs heads, deps, lemmas, POS).
            article: The article (id, publication date).
            mentions: Actor mentions in ``doc`` (token indices into ``doc``).

        Returns:
            Events in text order; offsets are character offsets into ``Article.text``.
        """
        index = MentionIndex(mentions)
        events: dict[str, Event] = {}
        if self.discards.story(doc.text) is not None:
            return []  # a sports / entertainment story ("World Cup"): nothing political
        for sent_index, sent in enumerate(doc.sents):
            if self.discards.sentence(sent.text) is not None:
                continue
            sent_date: list[date | None] = []
            found: list[Event] = []
            said: set[tuple[int, str, str]] = set()  # (governor offset, source, target) of speech acts
            carrier_of: dict[str, int] = {}  # event id -> offset of the verb carrying its noun
            heads: dict[str, tuple[int, int | None, bool]] = {}  # event id -> (head, object, curated)
            for tok in sent:
                for ev, governor in self._code_token(tok, sent, sent_index, article, index, sent_date, heads):
                    found.append(ev)
                    if governor is None:
                        continue
                    if ev.evidence.rule == "embedded-speech-act":
                        said.add((governor.idx, ev.source.code, ev.target.code if ev.target else ""))
                    else:
                        carrier_of[ev.event_id] = governor.idx
            carried = set(carrier_of.values())
            # "made a state visit to Canada": a curated event noun's own pattern beats a
            # dictionary pattern of its light verb that only names that noun as its object
            nouns = {
                (carrier_of[ev.event_id], heads[ev.event_id][0])
                for ev in found
                if ev.event_id in carrier_of
                and ev.evidence.rule == "cameo-noun-pattern"
                and heads[ev.event_id][2]
            }
            light = {t.idx for t in sent if lemma_of(t) in LIGHT_VERBS}
            overridden = {
                ev.evidence.verb_start
                for ev in found
                if ev.evidence.rule == "cameo-verb-pattern"
                and not heads[ev.event_id][2]
                and ev.evidence.verb_start in light
                and (ev.evidence.verb_start, heads[ev.event_id][1]) in nouns
            }
            speakers = {(g, src) for g, src, _tgt in said}
            patterned = {ev.evidence.verb_start for ev in found if ev.evidence.rule == "cameo-verb-pattern"}
            patterned -= overridden
            for ev in found:
                key = (ev.evidence.verb_start, ev.source.code, ev.target.code if ev.target else "")
                if key in said and ev.evidence.rule != "embedded-speech-act":
                    continue  # the governor's own event repeats the speech act coded from its complement
                if (
                    ev.evidence.verb_start,
                    ev.source.code,
                ) in speakers and ev.evidence.rule != "embedded-speech-act":
                    # "agreed to lift sanctions on Iran", "is asking Obama to help Iran": the speech
                    # act coded from the complement is the governor's event, whatever its own target
                    continue
                if ev.evidence.verb_start in carried and ev.evidence.rule == "cameo-verb-default":
                    continue  # "issued an ultimatum": the noun, not the light verb, names the event
                if ev.evidence.verb_start in overridden and ev.evidence.rule == "cameo-verb-pattern":
                    continue
                if carrier_of.get(ev.event_id) in patterned:
                    continue  # "launched air strikes on": the verb's own pattern already coded it
                events.setdefault(ev.event_id, ev)
        return list(events.values())

    def _code_token(
        self,
        tok: Token,
        sent: Span,
        sent_index: int,
        article: Article,
        index: MentionIndex,
        sent_date: list[date | None],
        heads: dict[str, tuple[int, int | None, bool]],
    ) -> Iterator[tuple[Event, Token | None]]:
        """Events of one token, each with the governor of its speech act (or None);
        ``heads`` gets each event's head token, pattern object token and curatedness."""
        is_verb = tok.pos_ == "VERB"
        if not is_verb and tok.pos_ not in ("NOUN", "PROPN"):
            return
        entries = self.patterns.lookup(lemma_of(tok), "VERB" if is_verb else "NOUN")
        if not entries or _inside_accusation(tok):
            return
        carrier = _light_verb(tok) if not is_verb else None
        frame = verb_frame(tok) if is_verb else noun_frame(tok)
        if carrier is not None:
            frame = _carried_frame(tok, carrier)
        rule = "cameo-verb-pattern" if is_verb else "cameo-noun-pattern"
        match = best_match(entries, frame, index)
        if match is None or (match.pattern is not None and match.pattern.blocks_event):
            return
        if match.pattern is None and is_verb and _non_actor_object(frame, index):
            return  # "released no cause", "took its 90 seats": the default needs an actor acted on
        if match.pattern is None:
            if not is_verb and carrier is None and len(_between(tok, index)) < 2:
                return  # a bare event noun needs a carrying verb, or "fighting between X and Y"
            rule = "cameo-verb-default" if is_verb else "cameo-light-verb-noun"
            rule = rule if is_verb or carrier is not None else "cameo-noun-between"
        status = event_status(tok) if is_verb else noun_status(tok)
        if not sent_date:
            sent_date.append(self._resolve_date(sent.text, article.published))
        dyads = list(self._dyads(match, frame, index))
        embedding = embedding_of(tok) if is_verb else None
        if embedding is not None:
            embedded = self._embedded(embedding, match, dyads, index)
            if embedded is not None:
                for src, tgt, code, paired in embedded:
                    ev = self._event(
                        tok,
                        sent,
                        sent_index,
                        article,
                        src,
                        tgt,
                        code,
                        _speech_status(embedding),
                        match,
                        "embedded-speech-act",
                        paired,
                        sent_date[0],
                    )
                    yield ev, embedding.governor
                if status is EventStatus.REALIZED:
                    return  # a claim: the claimed act itself is the speaker's word, not a second event
                dyads = [d for d in dyads if not d[3]]  # the intent or refusal is the subject's alone
                status = EventStatus.NEGATED if embedding.family is Family.REFUSE else status
            elif embedding.family is Family.REFUSE:
                status = EventStatus.NEGATED
        info = (tok.i, match.object.i if match.object is not None else None, match.entry.curated)
        for src, tgt, code, paired in dyads:
            if paired and status in (EventStatus.PLANNED, EventStatus.HYPOTHETICAL):
                continue  # "Koizumi plans to meet Hu": the plan is the subject's, not Hu's
            ev = self._event(
                tok, sent, sent_index, article, src, tgt, code, status, match, rule, paired, sent_date[0]
            )
            heads[ev.event_id] = info
            yield ev, carrier

    def _embedded(
        self,
        emb: Embedding,
        match: Match,
        dyads: list[tuple[Mention, Mention | None, str, bool]],
        index: MentionIndex,
    ) -> list[tuple[Mention, Mention | None, str, bool]] | None:
        """The speech-act dyads for an embedded event (see :mod:`dyadic.events.embedding`),
        or None when the construction gives no speech act (then the event stays as it is)."""
        Dyad = tuple[Mention, Mention | None, str, bool]
        out: list[Dyad] = []
        if emb.family in (Family.APPEAL, Family.DEMAND):
            options = [family_code(emb.family, c) for c in (match.code, match.reverse) if c]
            code = next((m for m in options if m), None)
            if code is None:
                return None
            speakers = _mentions_of(emb.speakers, index)
            addressees = _expand_mentions(emb.addressee, index) if emb.addressee is not None else []
            out = [
                (s, t, code, False)
                for s in speakers
                for t in addressees
                if t is not None and t.actor.code != s.actor.code
            ]
            return out or None
        if emb.family is Family.CLAIM:
            speakers = _mentions_of(emb.speakers, index)
            if not speakers:
                return None
            for src, tgt, code, _paired in dyads:
                mapped = family_code(Family.CLAIM, code)
                for sp in speakers:
                    if mapped is not None and sp.actor.country == src.actor.country:
                        if lemma_of(emb.governor) in OWN_CLAIM_VERBS and tgt is not None:
                            out.append((sp, tgt, CLAIM_RESPONSIBILITY, False))
                        continue
                    if mapped is None:
                        continue
                    direct = lemma_of(emb.governor) in ("claim", "allege", "charge")
                    if direct or (tgt is not None and tgt.actor.country == sp.actor.country):
                        out.append((sp, src, mapped, False))
            return out or None
        for src, tgt, code, paired in dyads:
            mapped = family_code(emb.family, code)
            if mapped is None:
                return None
            if paired:
                continue  # an intent, refusal or threat is the subject's alone (no Hu->Koizumi 036)
            out.append((src, tgt, mapped, paired))
        return out or None

    def _dyads(
        self, match: Match, frame: Frame, index: MentionIndex
    ) -> Iterator[tuple[Mention, Mention | None, str, bool]]:
        sources = _source_mentions(match, frame, index)
        target_tok, via = (
            (match.target, match.target_prep)
            if match.target is not None
            else _fallback_target(match, frame, index, {m.token_start for m in sources})
        )
        targets: list[Mention | None] = _expand_mentions(target_tok, index) if target_tok is not None else []
        if not targets:
            # "Israel said a mortar was fired at it": the pronoun is the speaker
            pronouns = [target_tok] if target_tok is not None else _pronoun_objects(frame)
            if any(t.lower_ in ("it", "us") for t in pronouns):
                targets = list(_speaker_of(frame.head, index))
        if not targets:
            targets = [None]
        fwd = match.code
        if match.pattern is None and fwd in NO_DEFAULT_CODES:
            fwd = None
        swap = via == "from" and lemma_of(frame.head) in RECEIPT_VERBS
        # a target-less event needs a pattern or a curated verb, not a dictionary default
        # and a verb of saying is never one: its complement clause carries the event
        alone = (match.pattern is not None or match.entry.curated) and lemma_of(
            frame.head
        ) not in SPEECH_VERBS
        mutual = fwd is not None and (_reciprocal(fwd, frame.head) or len(_between(frame.head, index)) > 1)
        if (
            targets == [None]
            and len({m.actor.code for m in sources}) > 1
            and fwd
            and mutual
            and not _distributive(frame)
        ):
            # "Egypt and Jordan signed an agreement", "The US, Russia and Switzerland met":
            # with a reciprocal predicate and no other target, each coordinated actor acts
            # towards each other one ("Obama and Putin attacked" is no attack on each other)
            for src in sources:
                for other in sources:
                    if other.actor.code != src.actor.code:
                        yield src, other, fwd, False
            return
        for src in sources:
            for tgt in targets:
                if tgt is not None and (tgt.actor.code == src.actor.code or tgt.start == src.start):
                    continue
                if (
                    tgt is None
                    and self.require_target
                    and not (alone and fwd and fwd[:2] in TARGETLESS_ROOTS)
                ):
                    continue
                if fwd:
                    yield (tgt, src, fwd, False) if swap and tgt is not None else (src, tgt, fwd, False)
                # a verb line's paired default ("ATTEND [042:043]") gives only the forward
                # direction; the reverse needs a pattern that states it
                rev: str | None = match.reverse
                if fwd and rev is not None and rev[:2] == "03":
                    rev = None  # "MEET (FOR TALKS) [036:036]": an intent is the subject's alone
                if rev and tgt is not None and (match.pattern is not None or not fwd):
                    yield tgt, src, rev, fwd is not None

    def _event(
        self,
        tok: Token,
        sent: Span,
        sent_index: int,
        article: Article,
        src: Mention,
        tgt: Mention | None,
        code: str,
        status: EventStatus,
        match: Match,
        rule: str,
        paired: bool,
        day: date | None,
    ) -> Event:
        entry = self.codebook.entry(code)
        assert code in self.codebook, code
        verb_start, verb_end = tok.idx, tok.idx + len(tok.text)
        key = "|".join(
            [
                article.article_id,
                str(sent_index),
                str(verb_start),
                code,
                src.actor.code,
                tgt.actor.code if tgt else "",
                str(src.start),
                str(tgt.start if tgt else ""),
            ]
        )
        default = (match.code or match.reverse) if rule == "embedded-speech-act" else code
        pattern_text = match.pattern.text if match.pattern else f"{match.entry.line} [default {default}]"
        return Event(
            event_id=hashlib.sha1(key.encode("utf-8")).hexdigest()[:16],
            article_id=article.article_id,
            sentence_index=sent_index,
            sentence=sent.text.strip(),
            date=day,
            source=EventActor.from_mention(src),
            target=EventActor.from_mention(tgt) if tgt else None,
            cameo=code,
            cameo_root=entry.root,
            cameo_name=entry.name,
            plover=entry.plover_event,
            plover_mode=entry.plover_mode,
            plover_context=entry.plover_context,
            goldstein=entry.goldstein,
            quad_class=entry.quad_class,
            status=status,
            evidence=Evidence(verb_start, verb_end, pattern_text, rule),
            confidence=_confidence(match, tgt is not None, paired),
        )


def _confidence(match: Match, has_target: bool, paired: bool) -> float:
    """0..1: a default code with one actor is weakest, a specific pattern with both best."""
    if match.pattern is None:
        c = 0.35
    else:
        c = 0.55 + 0.05 * min(match.score, 6.0)
    c += 0.1 if has_target else 0.0
    c *= 0.9 if paired else 1.0
    return round(min(c, 0.95), 3)


#: Object nouns that name no actor and no event: a verb's default code (which needs an
#: actor acted on) does not apply to them ("no cause was released", "holds a majority",
#: "will not take its 90 seats", "released figures").
NON_ACTOR_OBJECTS = frozenset(
    {
        "cause", "reason", "detail", "name", "identity", "figure", "number", "toll", "statistic",
        "result", "seat", "majority", "minority", "lead", "share", "percent", "%", "vote",
        "consideration", "view", "opinion", "value", "concern", "goal", "data", "information",
        "statement", "report", "video", "footage", "photo", "photograph", "image", "picture",
        "album", "film", "movie", "song", "book", "record", "list", "version", "update", "document",
        "position", "role", "place", "office", "time", "chance", "opportunity", "step", "note",
    }
)  # fmt: skip


def _non_actor_object(frame: Frame, index: MentionIndex) -> bool:
    """True when the verb's direct object (passive: its subject) is a noun of
    :data:`NON_ACTOR_OBJECTS` with no actor mention."""
    for o in frame.objects:
        if o.dep_ in ("dobj", "nsubjpass") and o.pos_ in ("NOUN", "PROPN", "SYM"):
            owners = [c for c in o.children if c.dep_ == "poss" and index.of(c) is not None]
            if lemma_of(o) in NON_ACTOR_OBJECTS and index.of(o) is None and not owners:
                return True
    return False


def _reciprocal(code: str, head: Token) -> bool:
    """Is the event ``code`` of ``head`` a reciprocal predicate (meet, talk, sign, fight)?"""
    verb = head if head.pos_ == "VERB" else head.head
    return code.startswith(RECIPROCAL_CODES) or bool({lemma_of(head), lemma_of(verb)} & RECIPROCAL_VERBS)


def _distributive(frame: Frame) -> bool:
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


def _inside_accusation(tok: Token) -> bool:
    """True for a verb in the complement of an accusation ("accused X of shelling Y")."""
    t = tok
    for _ in range(4):
        if t.dep_ not in EMBEDDING_DEPS or t.head is t:
            return False
        t = t.head
        if t.pos_ == "VERB":
            return lemma_of(t) in ACCUSATION_VERBS and tok.dep_ in ("pcomp", "pobj")
    return False


def _expand_mentions(tok: Token, index: MentionIndex) -> list[Mention | None]:
    """Mentions of ``tok`` and its conjuncts ("Egypt and Jordan"), and of coordinated
    nationality modifiers ("Iranian and Iraqi officials": IRNGOV and IRQGOV)."""
    out: list[Mention | None] = []
    for t in _coordinated(tok, index):
        m = index.of(t)
        if m is not None and m not in out:
            out.append(m)
            out += [c for c in _coordinated_modifiers(t, m, index) if c not in out]
    return out


def _coordinated(tok: Token, index: MentionIndex) -> list[Token]:
    """``tok`` and the tokens coordinated with it: its conjuncts, those of any token of
    its mention ("Barack Obama and Vladimir Putin" parsed with the conjunct on "Obama"),
    and a list parsed as apposition ("The US, Russia, and Switzerland": "Russia" an
    ``appos`` of "US" with "Switzerland" its conjunct) when the appositive is another
    actor's mention and has conjuncts of its own."""
    out = [tok, *tok.conjuncts]
    m = index.at(tok)
    if m is not None:
        doc = tok.doc
        for i in range(m.token_start, m.token_end):
            if doc[i].dep_ in ("amod", "compound", "nmod"):
                continue  # "Iranian and Iraqi officials": coordinated modifiers, below
            out += [
                c
                for c in doc[i].conjuncts
                if c not in out and index.at(c) is not m and c.pos_ in ("NOUN", "PROPN")
            ]
    if m is not None:
        for ap in tok.children:
            other = index.at(ap)
            if ap.dep_ == "appos" and ap.conjuncts and other is not None and other.actor.code != m.actor.code:
                out += [c for c in (ap, *ap.conjuncts) if c not in out]
    return out


def _coordinated_modifiers(tok: Token, head: Mention, index: MentionIndex) -> list[Mention]:
    """For "Iranian and Iraqi officials" (mention IRQGOV on "Iraqi officials"), the
    mention of each other coordinated nationality with the head's role (IRNGOV)."""
    out = []
    for mod in tok.children:
        if mod.dep_ not in ("amod", "compound"):
            continue
        for other in (mod, *mod.conjuncts):
            m = index.at(other)
            if m is None or m is head or m.actor.country is None or m.actor.country == head.actor.country:
                continue
            role = head.actor.role or ""
            actor = Actor(
                m.actor.country + role, m.actor.country, head.actor.role or None, m.actor.name, m.actor.kind
            )
            out.append(dataclasses.replace(m, actor=actor))
    return out


def _source_mentions(match: Match, frame: Frame, index: MentionIndex) -> list[Mention]:
    """Mentions of the source: the pattern's ``$`` slot, else the subject nearest the
    verb that has a mention (a dateline parsed as a second subject has none), with its
    coordinated actors."""
    if match.source is not None:
        return [m for m in _expand_mentions(match.source, index) if m is not None]
    head = frame.head
    for subj in sorted(frame.subjects, key=lambda t: abs(head.i - t.i)):
        found = [m for m in _expand_mentions(subj, index) if m is not None]
        if found:
            return found
        if subj.lower_ in PRONOUNS:
            return _speaker_of(head, index)
    between = _between(head, index)
    if len(between) >= 2:
        return between  # "fighting between Israel and Hamas": each against the other
    if match.code is not None and match.code[:2] in VIOLENT_ROOTS and head.pos_ == "VERB":
        if frame.passive or not frame.subjects:
            return _attacker_of(frame, index)
    return []


def _between(head: Token, index: MentionIndex) -> list[Mention]:
    """Mentions of the coordinated actors of a ``between`` phrase on ``head`` ("clashes
    between Israel and Hamas", "talks between Iran and Iraq"), distinct actors only."""
    out: list[Mention] = []
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    out += [m for m in _expand_mentions(pobj, index) if m is not None and m not in out]
    return out if len({m.actor.code for m in out}) > 1 else []


def _attacker_of(frame: Frame, index: MentionIndex) -> list[Mention]:
    """The author of a violent act whose verb names none (passive without ``by``, or a
    subject that is no actor): the actor of the attack or weapon it was done in or by
    ("killed in Israeli shelling", "killed in an air strike by government forces"),
    else the place it came from ("a mortar was fired at it from the Gaza Strip")."""
    victims = {t.i for o in frame.objects if o.dep_ == "nsubjpass" for t in o.subtree}
    for prep in frame.preps:
        if prep.lower_ not in ("in", "by", "with", "during") or prep.head.i in victims:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or lemma_of(pobj) not in ATTACK_NOUNS:
                continue
            m = index.of(pobj)
            if m is not None:
                return [m]
            for by in pobj.children:
                if by.dep_ == "prep" and by.lower_ == "by":
                    found = [x for p in by.children if p.dep_ == "pobj" for x in _expand_mentions(p, index)]
                    if any(found):
                        return [x for x in found if x is not None]
    if frame.passive:
        for prep in frame.preps:
            if prep.lower_ == "from" and prep.head.i == frame.head.i:
                found = [x for p in prep.children if p.dep_ == "pobj" for x in _expand_mentions(p, index)]
                if any(found):
                    return [x for x in found if x is not None]
    return []


#: Subject pronouns that refer back to the speaker of the clause they are reported in.
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})


def _speaker_of(verb: Token, index: MentionIndex) -> list[Mention]:
    """The actor a pronoun subject of ``verb`` stands for: the subject of the speech (or
    other) verb whose complement ``verb`` is in ("Obama said he would ...", "'We will
    ...,' the minister said")."""
    t = verb
    for _ in range(4):
        if t.head is t or t.dep_ not in ("ccomp", "xcomp", "conj", "advcl", "acomp", "parataxis"):
            return []
        t = t.head
        subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        found = [m for subj in subjects for m in _expand_mentions(subj, index) if m is not None]
        if found:
            return found
    return []


def _pronoun_objects(frame: Frame) -> list[Token]:
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


def _mentions_of(tokens: tuple[Token, ...], index: MentionIndex) -> list[Mention]:
    """Mentions of the first token (with its conjuncts, or its pronoun's speaker) that has any."""
    for tok in tokens:
        found = [m for m in _expand_mentions(tok, index) if m is not None]
        if not found and tok.lower_ in PRONOUNS:
            found = _speaker_of(tok.head, index)
        if found:
            return found
    return []


def _speech_status(emb: Embedding) -> EventStatus:
    """Status of a speech act: realized for auxiliaries ("will give") and refusals, else
    that of the governing verb ("would urge": hypothetical)."""
    if emb.auxiliary or emb.family is Family.REFUSE or emb.governor.pos_ != "VERB":
        return EventStatus.REALIZED
    return event_status(emb.governor)


def _light_verb(noun: Token) -> Token | None:
    """The verb that carries an event noun: "staged a protest", "imposed a curfew",
    "a ceasefire was declared", "went on strike"; else None."""
    head = noun.head
    if head is noun:
        return None
    if noun.dep_ in LIGHT_NOUN_DEPS and head.pos_ == "VERB":
        return head
    if noun.dep_ == "pobj" and head.lower_ == "on" and head.head.pos_ == "VERB" and head.dep_ == "prep":
        return head.head  # "went on strike", "are on hunger strike"
    return None


def _carried_frame(noun: Token, verb: Token) -> Frame:
    """The frame of an event noun carried by ``verb``: the verb's subjects (passive: its
    agent), the noun's and the verb's prepositional phrases; the noun is the head."""
    vf, nf = verb_frame(verb), noun_frame(noun)
    preps = nf.preps + tuple(p for p in vf.preps if p not in nf.preps and p.head is not noun)
    return Frame(
        head=noun,
        passive=False,
        subjects=vf.subjects or nf.subjects,
        objects=(),
        particles=vf.particles,
        preps=preps,
        datives=vf.datives,
    )


def _clause_targets(verb: Token) -> list[tuple[Token, str | None]]:
    """Target candidates inside the complement clause of a speech-act verb: the
    clause's subject ("demanded that the US ..."), its object and the objects of its
    target prepositions ("threatened to cut power to Armenia")."""
    out: list[tuple[Token, str | None]] = []
    for comp in verb.children:
        if comp.dep_ not in ("ccomp", "xcomp") or comp.pos_ not in ("VERB", "AUX"):
            continue
        out += [(c, None) for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
        out += [(c, None) for c in comp.children if c.dep_ in ("dobj", "dative") and c.pos_ != "ADP"]
        for prep in comp.children:
            if prep.dep_ == "prep" and prep.lower_ in TARGET_PREPS:
                out += [(p, prep.lower_) for p in prep.children if p.dep_ in POBJ_DEPS]
    return out


def _fallback_target(
    match: Match, frame: Frame, index: MentionIndex, sources: set[int] | frozenset[int] = frozenset()
) -> tuple[Token | None, str | None]:
    """The target when the pattern names no target slot: object (unless the pattern
    constrained it to a noun), dative, a complement of a target preposition (of the
    verb, or of its object: "threatened action against Russia"), the possessor of the
    object ("condemned Russia's attacks"); for speech acts also the author of the
    object ("rejected calls by Belarus") and actors in the complement clause
    ("demanded that the US ..."). Mentions starting at a token of ``sources`` (the
    source's own mentions, found elsewhere: "fired at it from Gaza") are skipped."""
    cands: list[tuple[Token, str | None]] = []
    constrained = match.pattern is not None and match.pattern.object is not None
    dobjs = [o for o in frame.objects if o.dep_ in ("dobj", "nsubjpass")]
    if not constrained:
        cands += [(o, None) for o in dobjs]
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
    for obj in ([match.object] if match.object is not None else []) + dobjs:
        cands += [(c, None) for c in obj.children if c.dep_ == "poss"]
    if speech:
        cands += _clause_targets(frame.head)
    if match.object is not None:
        cands.append((match.object, None))  # "rejected a US request": the object's own actor
    if match.code is not None and match.code[:2] in VIOLENT_ROOTS:
        # "exploded a series of bombs in the capital Kabul": the place hit
        cands += [
            (p, prep.lower_)
            for prep in frame.preps
            if prep.lower_ in LOCATION_PREPS and (prep.head.i in heads or prep.head.i == frame.head.i)
            for p in prep.children
            if p.dep_ in POBJ_DEPS and lemma_of(p) not in ATTACK_NOUNS
        ]
    if match.code is not None and match.code[:2] in LOCATED_ROOTS:
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
    for tok, via in cands:
        m = index.of(tok)
        if m is not None and tok.i not in {s.i for s in frame.subjects} and m.token_start not in sources:
            return tok, via
    return None, None
