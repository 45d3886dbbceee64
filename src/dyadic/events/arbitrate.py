"""Arbitration: which of a sentence's candidates become events.

Takes the :class:`~dyadic.events.candidates.Candidate` records of one sentence
and keeps, in text order, those that no better candidate explains:

* a speech act read from a complement ("asked Obama to help Iran" -> 020) replaces
  the governing verb's own events from the same source, whatever their target;
* an event noun carried by a light verb ("issued an ultimatum") replaces the light
  verb's default code;
* a curated event noun's own pattern beats a dictionary pattern of its light verb
  that only names that noun as its object ("made a state visit to Canada" is no
  ``MAKE VISIT [036]``);
* an event noun whose carrying verb has a pattern of its own ("launched air strikes
  on") is dropped: the verb's pattern coded it (not one the verb goes to do: "flew to
  Jeddah for talks");
* duplicates (same head, code, actors and mentions) are kept once, and so are those whose
  source or target mentions name one actor twice, in apposition or as alternative names
  ("Japan's ruling party, the Liberal Democratic Party or LDP, proposed ...": one
  event, from the first name);
* force words used as figures of speech are no material conflict: a conflict code
  (CAMEO 18-20) whose event noun, or the verb's object noun, is modified by a
  non-military domain ("trade war", "tariff fight", "diplomatic war") or is a "war
  of words" is dropped;
* the topic of talks is no event: an event noun that is what is discussed ("met to
  discuss the war in Syria", "talks on the blockade") is dropped;
* a background description in a non-restrictive relative clause in the present tense
  ("Morocco, which controls most of Western Sahara, ...") is no new event;
* an indirect question ("asked why the government did not act") is no appeal;
* a warning of a natural hazard ("issued a hurricane warning") is no threat, nor is
  attending a school or university ("attended Howard University") a visit;
* a rally or demonstration held by a government or elite actor against no one
  ("the president held a rally in Nevada") is a political rally, not a protest (CAMEO
  14; real-news gold guidelines, hard cases 8 and 19: protesters are civilians or the
  opposition, and campaigns are no events); one aimed at a government stays ("MPs
  protested against the government");
* a habitual or generic act, told with an adverb of frequency on its verb ("the person
  is usually deported", "seldom criticized Beijing"), is no event (real-news gold
  guidelines: "generic or habitual statements: no event").

The survivors then go to the learned decision layer (:mod:`dyadic.events.decision`):
:meth:`dyadic.events.coder.EventCoder.decisions` scores each one with the features of
the sentence's chosen set (``siblings``, ``fanout``), and candidates whose probability
is below ``min_confidence`` are not emitted. Arbitration itself stays rule-based.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from dyadic.events.candidates import Candidate, Dyad, Origin
from dyadic.events.carriers import authored
from dyadic.events.frame import lemma_of
from dyadic.events.lexicon import TOPIC_PREPS, TOPIC_VERBS
from dyadic.events.violence import NON_ATTACK_CAUSES
from dyadic.records import Mention

__all__ = ["arbitrate"]

#: Modifiers that make "war", "fight", "battle" a figure of speech, not force (CAMEO 18-20).
FIGURATIVE_MODIFIERS = frozenset(
    {
        "trade", "tariff", "price", "currency", "legal", "court", "political", "diplomatic",
        "propaganda", "culture", "cultural", "media", "budget", "tax", "election", "electoral",
        "verbal", "rhetorical", "information", "bidding", "turf", "ratings", "talent", "patent",
        "custody", "procedural", "ideological", "word", "economic", "commercial", "financial",
    }
)  # fmt: skip
#: Modifiers that make an act part of an election campaign ("a campaign rally", "campaign
#: stops"): no CAMEO event (GUIDELINES.md hard case 19: elections and candidacies).
CAMPAIGN_MODIFIERS = frozenset({"campaign", "reelection", "re-election"})
#: Hazards whose warnings ("a hurricane warning", "storm warnings") are forecasts, not
#: threats (CAMEO 13): the accidents and disasters of :data:`~dyadic.events.violence.
#: NON_ATTACK_CAUSES` and the weather.
HAZARD_MODIFIERS = NON_ATTACK_CAUSES | {
    "weather", "wind", "gale", "frost", "snow", "blizzard", "drought", "rain"
}  # fmt: skip
#: Roles of actors whose rallies are politics, not protest (CAMEO 14).
RALLYING_ROLES = frozenset({"GOV", "ELI"})
#: Verbs and nouns of talking whose topic prepositions introduce a topic.
TALK_WORDS = frozenset(
    {
        "talk", "talks", "discuss", "discussion", "meeting", "meet", "conference", "summit",
        "debate", "dialogue", "negotiation", "negotiations", "consultation", "speak", "question",
    }
)  # fmt: skip
#: Conflict roots a figure of speech cannot carry.
FORCE_ROOTS = ("18", "19", "20")

#: Light verbs: the event noun they carry names the event ("made a visit", "paid a visit").
#: Roots of verbal reactions (comment, appeal, praise, disapprove, reject): one aimed at an
#: act with its own author ("condemned Russia's invasion") is an event besides that act.
REACTION_ROOTS = frozenset({"01", "02", "05", "11", "12"})
LIGHT_VERBS = frozenset(
    {"make", "pay", "hold", "have", "conduct", "undertake", "give", "do", "carry", "stage"}
)


def arbitrate(found: Sequence[Candidate], sent: Span) -> list[Candidate]:
    """The candidates of sentence ``sent`` that become events, in the order found."""
    speech = [c for c in found if c.origin is Origin.EMBEDDED_SPEECH_ACT and c.governor is not None]
    carried = [c for c in found if c.origin is not Origin.EMBEDDED_SPEECH_ACT and c.governor is not None]
    said = {(c.governor.idx, *c.actors) for c in speech if c.governor is not None}
    speakers = {(g, src) for g, src, _tgt in said}
    carriers = {c.governor.idx for c in carried if c.governor is not None}
    # "condemned Russia's invasion": a verbal reaction to an act with its own author stays an event
    reactions = {c.governor.idx for c in carried if c.governor is not None and authored(c.head)}
    curated_nouns = {
        (c.governor.idx, c.head.i)
        for c in carried
        if c.governor is not None and c.origin is Origin.NOUN_PATTERN and c.curated
    }
    light = {t.idx for t in sent if lemma_of(t) in LIGHT_VERBS}
    overridden = {
        c.verb_start
        for c in found
        if c.origin is Origin.VERB_PATTERN
        and not c.curated
        and c.verb_start in light
        and (c.verb_start, c.object_index) in curated_nouns
    }
    patterned = {c.verb_start for c in found if c.origin is Origin.VERB_PATTERN} - overridden
    kept: dict[tuple[object, ...], Candidate] = {}
    for c in found:
        if c.dyad.code.startswith(FORCE_ROOTS) and _figurative(c):
            continue  # "waged a trade war on", "a war of words"
        if _modified_by(c, CAMPAIGN_MODIFIERS) or _state_rally(c):
            continue  # "held a campaign rally in Tulsa"; "the president held a rally in Nevada"
        if c.dyad.code.startswith("13") and _modified_by(c, HAZARD_MODIFIERS):
            continue  # "issued a hurricane warning for the coast"
        if _schooling(c):
            continue  # "he attended Howard University": studying, no visit
        if _topic(c.head) or _background(c.head) or _habitual(c.head):
            continue  # "met to discuss the war in Syria"; "X, which controls Y, ..."; "is usually deported"
        if _question(c.head) or (c.governor is not None and _question(c.governor)):
            continue  # "asked why the government did not act"
        if c.origin is not Origin.EMBEDDED_SPEECH_ACT:
            if (c.verb_start, *c.actors) in said or (c.verb_start, c.actors[0]) in speakers:
                continue  # the governor's own event repeats the speech act coded from its complement
            reaction = c.verb_start in reactions and c.dyad.code[:2] in REACTION_ROOTS
            if c.verb_start in carriers and c.origin is Origin.VERB_DEFAULT and not reaction:
                continue  # "issued an ultimatum": the noun, not the light verb, names the event
            if c.verb_start in overridden and c.origin is Origin.VERB_PATTERN:
                continue
            if c.governor is not None and c.governor.idx in patterned and not _purpose(c.head):
                continue  # "launched air strikes on": the verb's own pattern already coded it
        kept.setdefault(_identity(c), c)
    return _one_per_entity(list(kept.values()))


def _one_per_entity(found: list[Candidate]) -> list[Candidate]:
    """``found`` less the candidates that repeat an earlier one (same head and code) with a
    source or target that is another name of the earlier one's (:func:`_renamed`)."""
    out: list[Candidate] = []
    for c in found:
        same_act = [o for o in out if o.verb_start == c.verb_start and o.dyad.code == c.dyad.code]
        if not any(_same_dyad(c.dyad, o.dyad, c.head.doc) for o in same_act):
            out.append(c)
    return out


def _same_dyad(a: Dyad, b: Dyad, doc: Doc) -> bool:
    """Whether two dyads differ at most by the names their actors go by: each side the same
    mention or another name of it (:func:`_renamed`)."""
    if (a.target is None) != (b.target is None):
        return False
    sides = [(a.source, b.source)] + ([(a.target, b.target)] if a.target and b.target else [])
    return all(x == y or _renamed(x, y, doc) for x, y in sides)


def _renamed(a: Mention, b: Mention, doc: Doc) -> bool:
    """Whether two mentions of one country (or one of them of none) name one actor: one
    stands in apposition to the other, or is an alternative name in a list joined by "or"
    ("the ruling party, the Liberal Democratic Party or LDP"). Zero-width (implied)
    mentions never are."""
    countries = {a.actor.country, b.actor.country} - {None}
    if len(countries) > 1 or a.token_end <= a.token_start or b.token_end <= b.token_start:
        return False
    ra, rb = (_phrase_head(doc[m.token_start : m.token_end].root) for m in (a, b))
    return _renames(ra, rb) or _renames(rb, ra)


def _phrase_head(tok: Token) -> Token:
    """The head of the noun phrase a mention's root is a compound word of ("Christian" in
    "the Christian Democratic Union" when the mention covers only that word)."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def _renames(first: Token, other: Token) -> bool:
    """Is ``other`` reached from ``first`` down a chain of appositions and "or" conjuncts?"""
    tok = other
    for _ in range(4):
        # "the ruling party, the Liberal Democratic Party or LDP": a list of alternatives
        listed = (*tok.head.children, *tok.children)
        alternative = tok.dep_ == "conj" and any(c.lower_ == "or" for c in listed)
        if tok.dep_ != "appos" and not alternative:
            return False
        tok = tok.head
        if tok.i == first.i:
            return True
    return False


def _purpose(noun: Token) -> bool:
    """Whether an event noun is what its carrier goes to do ("flew to Jeddah for talks")
    or the journey it happens during ("praised NATO during a visit to Washington"): the
    carrier's pattern codes its own act, not the noun."""
    return noun.dep_ == "pobj" and noun.head.lower_ in ("for", "during")


def _identity(c: Candidate) -> tuple[object, ...]:
    """What makes two candidates the same event (the event id's ingredients)."""
    d = c.dyad
    return (c.verb_start, d.code, *c.actors, d.source.start, d.target.start if d.target else None)


def _event_nouns(c: Candidate) -> list[Token]:
    """The candidate's event noun: its head, or its verb's object."""
    nouns = [c.head] if c.head.pos_ == "NOUN" else []
    return nouns + [t for t in c.head.children if t.dep_ in ("dobj", "attr") and t.pos_ == "NOUN"]


def _modified_by(c: Candidate, modifiers: frozenset[str]) -> bool:
    """Whether the candidate's event noun has a compound or adjective among ``modifiers``."""
    return any(
        child.dep_ in ("compound", "amod", "nmod") and child.lower_ in modifiers
        for noun in _event_nouns(c)
        for child in noun.children
    )


def _schooling(c: Candidate) -> bool:
    """Whether the candidate is someone attending a school or university (target role
    ``EDU``): a student's schooling, not a visit or meeting (CAMEO 04)."""
    d = c.dyad
    return lemma_of(c.head) == "attend" and d.target is not None and d.target.actor.role == "EDU"


def _state_rally(c: Candidate) -> bool:
    """Whether the candidate is a protest (CAMEO 14) held by a government or elite actor
    (:data:`RALLYING_ROLES`) aimed at no actor with a role (none, or a bare country: where
    it was held)."""
    d = c.dyad
    return (
        d.code.startswith("14")
        and d.source.actor.role in RALLYING_ROLES
        and (d.target is None or d.target.actor.role is None)
    )


def _figurative(c: Candidate) -> bool:
    """Whether the candidate's event noun (the head, or the verb's object) is a figure of
    speech: modified by a non-military domain ("trade war") or "of words"."""
    if _modified_by(c, FIGURATIVE_MODIFIERS):
        return True
    ofs = [child for noun in _event_nouns(c) for child in noun.children if child.dep_ == "prep"]
    return any(p.lower_ == "of" and any(g.lower_ in ("words", "word") for g in p.children) for p in ofs)


#: Words that open an indirect question ("asked why ...", "asked whether ...").
QUESTION_WORDS = frozenset({"why", "whether", "if", "how", "what", "when", "who", "where", "which"})


def _question(head: Token) -> bool:
    """Whether a verb of asking asks a question ("asked why Biden did not act"): no appeal
    (02x) unless it asks someone to do something ("asked Kenya to ...")."""
    if lemma_of(head) != "ask" or any(c.dep_ in ("xcomp", "dobj") for c in head.children):
        return False
    clauses = [c for c in head.children if c.dep_ == "ccomp"]
    return any(t.lower_ in QUESTION_WORDS for c in clauses for t in c.subtree if t.i < c.i)


def _topic(head: Token) -> bool:
    """Whether an event noun is the topic of talking ("discuss the war", "talks on the war")."""
    if head.pos_ != "NOUN":
        return False
    gov = head.head
    if head.dep_ in ("dobj", "nsubjpass") and lemma_of(gov) in TOPIC_VERBS:
        return True
    if head.dep_ == "pobj" and gov.lower_ in TOPIC_PREPS:
        return gov.head.lower_ in TALK_WORDS or lemma_of(gov.head) in TALK_WORDS | TOPIC_VERBS
    return False


def _background(head: Token) -> bool:
    """Whether a verb describes its antecedent in a non-restrictive relative clause in the
    simple present ("Morocco, which controls most of Western Sahara, ..."): a state, not an act."""
    if head.dep_ != "relcl" or head.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return False
    first = head.doc[head.left_edge.i]
    return first.lower_ in ("which", "who") and first.i > 0 and head.doc[first.i - 1].text == ","


#: Adverbs of frequency that make an act habitual or generic, not one that happened.
HABITUAL_ADVERBS = frozenset(
    {"usually", "often", "typically", "generally", "normally", "routinely", "frequently", "rarely", "seldom",
     "commonly", "customarily", "habitually", "regularly"}
)  # fmt: skip


def _habitual(head: Token) -> bool:
    """Whether a verb is told with an adverb of frequency (:data:`HABITUAL_ADVERBS`), its
    own or one on its adverb: "the person is usually deported", "seldom criticized"."""
    if head.pos_ not in ("VERB", "AUX"):
        return False
    adverbs = [c for c in head.children if c.dep_ == "advmod"]
    adverbs += [g for a in adverbs for g in a.children if g.dep_ == "advmod"]  # "when, most often, ..."
    return any(a.lower_ in HABITUAL_ADVERBS for a in adverbs)
