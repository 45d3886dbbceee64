"""Who may be whose target: the checks that keep a found mention from being the one
acted on. Two mentions of one actor are no dyad (:func:`same_actor`); a visit to a place
of one's own country is domestic travel (:func:`home_visit`); an envoy withdrawn is the
source's own (:func:`own_envoy`); the object of a verb of discussing is a topic and the
place a deportee is sent to is no target (:func:`not_a_target`). Used by
:mod:`dyadic.events.candidates`; the real-news gold guidelines (``eval/gold/GUIDELINES.md``:
topics, coordination, actors) are the source of each rule.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadic.actors import inferred_country
from dyadic.events.coordination import expand_mentions
from dyadic.events.frame import IMPLICIT_PERPETRATOR, MentionIndex, lemma_of
from dyadic.events.lexicon import TOPIC_VERBS
from dyadic.events.matching import Match
from dyadic.records import ActorKind, Mention

__all__ = [
    "ENVOY_NOUNS",
    "PLACE_RULES",
    "foreign_envoy",
    "home_visit",
    "not_a_target",
    "own_envoy",
    "pobj_mentions",
    "same_actor",
]

#: Nouns of a state's envoys, which a downgrade of relations withdraws ("recalled its ambassador").
ENVOY_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "emissary", "chargé"})
#: Rules of mentions that are places standing for their country ("Quetta", "Beijing").
PLACE_RULES = frozenset({"city", "city-target", "capital", "division"})


def home_visit(code: str | None, source: Mention, target: Mention) -> bool:
    """Whether a visit (CAMEO 04) goes to a place of the visitor's own country, or to
    that country itself ("the prime minister's visit to Quetta"): domestic travel, no dyad."""
    return (
        code is not None
        and code[:2] == "04"
        and (target.rule in PLACE_RULES or target.actor.code == target.actor.country)
        and target.actor.country == source.actor.country
    )


def own_envoy(
    code: str | None, target: Token | None, targets: list[Mention | None], sources: list[Mention]
) -> bool:
    """Is ``target`` (with its mentions ``targets``) the sources' own envoy in a downgrade of
    relations (CAMEO 16: "both countries withdrew ambassadors", "recalled its ambassador"),
    not the one acted on: an envoy noun of no country or of a source's country ("expelled
    the Dutch envoy" acts on the Netherlands)?"""
    if code is None or code[:2] != "16" or target is None or lemma_of(target) not in ENVOY_NOUNS:
        return False
    own = {None} | {m.actor.country for m in sources}
    return all(m is None or m.actor.country in own for m in targets)


def foreign_envoy(match: Match, index: MentionIndex, sources: list[Mention]) -> Mention | None:
    """The mention of an envoy object of another country than every source's, when the
    pattern took its target from the envoy's own phrase instead ("expelled the Libyan
    ambassador to Greece", "summoned the Iranian ambassador in Paris": Libya and Iran are
    acted on, not the host); None otherwise."""
    obj = match.object
    if obj is None or match.target is None or lemma_of(obj) not in ENVOY_NOUNS:
        return None
    if match.target.head.head != obj:
        return None
    envoy = index.of(obj)
    if envoy is None or envoy.actor.country is None:
        return None
    return envoy if all(m.actor.country not in (None, envoy.actor.country) for m in sources) else None


def not_a_target(code: str | None, head: Token, via: str | None) -> bool:
    """Is the target found ``via`` a preposition (None: an object or its possessor) no
    target: the topic of a verb of discussing ("discussed China's role"), or where a
    deportee is sent ("deported to Honduras": CAMEO 174 is aimed at the deportee)?"""
    return (via is None and lemma_of(head) in TOPIC_VERBS) or (code == "174" and via in ("to", "into"))


def pobj_mentions(prep: Token, index: MentionIndex) -> list[Mention]:
    """Mentions of the objects of ``prep``."""
    return [m for p in prep.children if p.dep_ == "pobj" for m in expand_mentions(p, index) if m is not None]


def same_actor(a: Mention, b: Mention) -> bool:
    """Are two mentions one actor, so that no event runs between them? The same span (of one country);
    the same country named twice ("Kenya ... Kenya"); a government that took its country
    from the other mention, the one country of its sentence; the same code with the
    same name, or with a country only inferred for one of them, from its sentence or the
    article ("he will meet officials": whose officials is unsaid). Two different people
    or bodies of one code act on each other ("Ridge thanked President Bush", USAGOV ->
    USAGOV; "prosecutors charged the gunman")."""
    if a.start == b.start:
        return a.actor.country == b.actor.country  # "both countries" is two actors on one span
    state, role = (a, b) if a.actor.code == a.actor.country else (b, a)
    if state.actor.code == state.actor.country and role.rule == "agent+sentence" and role.actor.role == "GOV":
        return True  # "The government thanked China": the government took its country from China
    if a.actor.code != b.actor.code:
        return False
    if IMPLICIT_PERPETRATOR in (a.rule, b.rule):
        return True  # "it came under attack": the article's attacker does not attack its own
    both_states = a.actor.kind is ActorKind.COUNTRY and b.actor.kind is ActorKind.COUNTRY
    inferred = inferred_country(a) or inferred_country(b)
    return both_states or inferred or a.actor.name.lower() == b.actor.name.lower()
