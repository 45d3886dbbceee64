"""Match patterns against a verb's :class:`~dyadic.events.frame.Frame` and pick the most
specific one.

Specificity: each constraint that a pattern sets and the parse satisfies counts
(particle 1, subject word 1, prepositional phrase 1, head noun 2, modifier 1, actor slot 1);
on ties a hand-curated pattern beats a dictionary one, then a pattern first written for
this very verb (the dictionary's ``# VERB`` comment), then the earlier pattern. A verb's
default code is used only when no pattern matched.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from dyadic.events.frame import POBJ_DEPS, Frame, MentionIndex, words_of
from dyadic.events.patterns import NounPhrase, Pattern, PrepPhrase, VerbEntry

__all__ = ["Match", "best_match", "has_predicate"]

SUBJECT_SIDE_DEPS = frozenset({"aux", "auxpass", "nsubj", "nsubjpass", "advmod", "npadvmod"})


@dataclass(frozen=True)
class Match:
    """The pattern (or verb default) chosen for one verb.

    Attributes:
        entry: The verb entry it came from.
        pattern: The matched pattern; None when the verb's default code applies.
        score: Specificity (0 for a default).
        target: Token in the pattern's target slot (``+``, an empty ``(PREP)``), or None.
        target_prep: Lower-case preposition introducing ``target``, or None.
        source: Token in the pattern's source slot (``$``), or None.
        object: Token that matched the pattern's object slot, or None.
    """

    entry: VerbEntry
    pattern: Pattern | None
    score: float
    target: Token | None = None
    target_prep: str | None = None
    source: Token | None = None
    object: Token | None = None

    @property
    def code(self) -> str | None:
        """Source->target code. A pattern of another verb of the entry's dictionary block
        keeps the entry's own kind of request: an appeal (02) pattern borrowed by a verb of
        demanding (default 10) is the parallel demand ("demanded the release of prisoners":
        1053, not the block's "want" pattern's 0253), and the other way round (CAMEO 1.1b3
        codes 02 and 10 run in parallel, 0253 / 1053)."""
        if self.pattern is None:
            return self.entry.default
        code, own = self.pattern.code, (self.entry.default or "")[:2]
        borrowed = self.pattern.source_verb not in (None, self.entry.lemma)
        if code is not None and borrowed and {own, code[:2]} == {"02", "10"}:
            return own + code[2:]
        return code

    @property
    def reverse(self) -> str | None:
        """Target->source code."""
        return self.pattern.reverse if self.pattern else self.entry.default_reverse


def np_matches(np: NounPhrase, tok: Token, mentions: MentionIndex) -> bool:
    """Does the phrase headed by ``tok`` fill the slot ``np``?"""
    if np.head and not (words_of(tok) & np.head):
        return False
    if np.mods:
        near = {
            w for c in tok.children for w in (*words_of(c), *(x for g in c.children for x in words_of(g)))
        }
        if not all(m & near for m in np.mods):
            return False
    if np.role in ("target", "source") and mentions.of(tok) is None:
        return False
    return True


def _subject_ok(words: frozenset[str], frame: Frame) -> bool:
    if any(words_of(t) & words for t in frame.subjects):
        return True
    return any(
        c.dep_ in SUBJECT_SIDE_DEPS and c.i < frame.head.i and words_of(c) & words
        for c in frame.head.children
    )


def _particle_ok(particle: str, frame: Frame) -> bool:
    if any(particle in words_of(c) for c in frame.particles):
        return True
    return any(c.lower_ == particle and c.head.i == frame.head.i and not is_temporal(c) for c in frame.preps)


#: Entity types of a time phrase: "on Thursday" is not the particle of "press on".
TIME_ENTS = frozenset({"DATE", "TIME"})


def is_temporal(prep: Token) -> bool:
    """True for a preposition whose object is a date or time ("on Thursday", "in March")."""
    return any(c.dep_ in POBJ_DEPS and c.ent_type_ in TIME_ENTS for c in prep.children)


def _find_prep(
    pp: PrepPhrase, frame: Frame, used: set[int], mentions: MentionIndex
) -> tuple[Token, Token | None] | None:
    for prep in frame.preps:
        if prep.i in used or not (words_of(prep) & pp.preps):
            continue
        if prep.i < frame.head.i and prep.head.i != frame.head.i:
            continue  # "In a post on his platform, Trump called ...": inside a fronted phrase, no "call on"
        pobjs = [c for c in prep.children if c.dep_ in POBJ_DEPS]
        if pp.np is None or (not pp.np.head and not pp.np.mods and pp.np.role is None):
            if is_temporal(prep):
                continue  # "demanded on Thursday" is not "pressed on"
            return prep, (pobjs[0] if pobjs else None)
        for po in pobjs:
            if np_matches(pp.np, po, mentions):
                return prep, po
        if pp.np.role == "target" and not pp.np.head and not pp.np.mods:
            # "tariffs on $20 billion worth of U.S. exports": the actor inside the phrase
            inner = next((x for x in map(mentions.within, pobjs) if x is not None), None)
            if inner is not None:
                return prep, inner[0]
    return None


def has_predicate(verb: Token) -> bool:
    """Whether ``verb`` says what its object is (an object predicate): an ``oprd`` child
    ("called the ruling arbitrary", "called the move a smash and grab") or a second noun
    object ("designated the group a terrorist entity", "called them a punishment").

    Args:
        verb: The verb token.

    Returns:
        True when the verb has such a complement.
    """
    if any(c.dep_ == "oprd" for c in verb.children):
        return True
    return sum(1 for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON")) >= 2


def match_pattern(pattern: Pattern, entry: VerbEntry, frame: Frame, mentions: MentionIndex) -> Match | None:
    """Match one pattern; None when a constraint fails."""
    if pattern.subject and not _subject_ok(pattern.subject, frame):
        return None
    if pattern.predicate and (frame.head.pos_ != "VERB" or not has_predicate(frame.head)):
        return None
    if pattern.particle and not _particle_ok(pattern.particle, frame):
        return None
    target = source = obj = None
    target_prep = None
    if pattern.object is not None:
        # a clausal complement is not a noun object: "said they will attack" is no "ATTACK"
        nominal = (o for o in frame.objects if o.dep_ != "ccomp")
        obj = next((o for o in nominal if np_matches(pattern.object, o, mentions)), None)
        if obj is None:
            return None
        if pattern.object.role == "target":
            target = obj
        elif pattern.object.role == "source":
            source = obj
    used: set[int] = set()
    for pp in pattern.preps:
        found = _find_prep(pp, frame, used, mentions)
        if found is None:
            return None
        prep, pobj = found
        used.add(prep.i)
        role = pp.np.role if pp.np else "target"
        if pp.np is not None and (pp.np.head or pp.np.mods) and pp.np.role is None:
            continue
        if role == "source":
            source = pobj
        elif target is None and pobj is not None:
            target, target_prep = pobj, prep.lower_
    score = pattern.weight + (0.5 if pattern.curated else 0.0)
    score += 0.25 if pattern.source_verb == entry.lemma else 0.0
    return Match(entry, pattern, score, target, target_prep, source, obj)


def _requires_ok(entry: VerbEntry, head: Token) -> bool:
    return entry.requires is None or any(entry.requires in words_of(c) for c in head.children)


@dataclass(frozen=True)
class _Screen:
    """One verb entry's patterns, indexed for :func:`best_match`'s cheap first checks.

    Attributes:
        free: Indices (into ``entry.patterns``) of the patterns with no object head word.
        by_head: Object head word -> indices of the patterns whose object head has it.
        preps: Per pattern, the preposition sets of its phrases (each must meet the frame's).
    """

    free: tuple[int, ...]
    by_head: dict[str, tuple[int, ...]]
    preps: tuple[tuple[frozenset[str], ...], ...]


#: ``id(entry)`` -> (the entry, kept so the id stays its own, and its screen).
_SCREENS: dict[int, tuple[VerbEntry, _Screen]] = {}


def _screen(entry: VerbEntry) -> _Screen:
    """The :class:`_Screen` of ``entry`` (built once per entry)."""
    got = _SCREENS.get(id(entry))
    if got is not None and got[0] is entry:
        return got[1]
    by_head: dict[str, list[int]] = {}
    free = []
    for i, pattern in enumerate(entry.patterns):
        if pattern.object is not None and pattern.object.head:
            for w in pattern.object.head:
                by_head.setdefault(w, []).append(i)
        else:
            free.append(i)
    screen = _Screen(
        tuple(free),
        {w: tuple(ids) for w, ids in by_head.items()},
        tuple(tuple(pp.preps for pp in pattern.preps) for pattern in entry.patterns),
    )
    _SCREENS[id(entry)] = (entry, screen)
    return screen


def _screened(entry: VerbEntry, object_words: set[str], prep_words: set[str]) -> list[Pattern]:
    """The patterns of ``entry`` (in order) that may match: an object head word among the
    frame's ``object_words`` (or none required), each prepositional phrase's preposition
    among ``prep_words``."""
    screen = _screen(entry)
    ids: tuple[int, ...] | list[int] = screen.free
    hits = [screen.by_head[w] for w in object_words if w in screen.by_head]
    if hits:
        ids = sorted(set(screen.free).union(*hits))
    preps = screen.preps
    return [entry.patterns[i] for i in ids if not preps[i] or all(p & prep_words for p in preps[i])]


def best_match(entries: list[VerbEntry], frame: Frame, mentions: MentionIndex) -> Match | None:
    """The most specific matching pattern over all entries of the verb's lemma; else the
    first default (curated entries first); else None."""
    best: Match | None = None
    best_key: tuple[float, int] = (-1.0, 0)
    eligible = [e for e in entries if _requires_ok(e, frame.head)]
    # a pattern whose object head is none of the frame's object words, or one of whose
    # prepositions the frame lacks, cannot match (screened first: a verb such as "make"
    # has hundreds of patterns)
    object_words = {w for o in frame.objects if o.dep_ != "ccomp" for w in words_of(o)}
    prep_words = {w for p in frame.preps for w in words_of(p)}
    for entry in eligible:
        for pattern in _screened(entry, object_words, prep_words):
            m = match_pattern(pattern, entry, frame, mentions)
            if m is not None and (m.score, -pattern.order) > best_key:
                best, best_key = m, (m.score, -pattern.order)
    if best is not None:
        return best
    for entry in sorted(eligible, key=lambda e: (not e.curated, e.requires is None)):
        if entry.default or entry.default_reverse:
            return Match(entry, None, 0.0)
    return None
