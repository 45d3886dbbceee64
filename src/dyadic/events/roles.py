"""CAMEO codes that depend on who acts on whom, or on what is said of whom, not only
on the verb.

The dictionary gives a verb one code whoever its actors are; CAMEO's own definitions
split some of them by the actors' kind (:func:`code_for_actors`): violence is assault
(18) when a non-state actor does it and military force (19) when a state's forces do;
charging someone is legal action (173) when a state's authorities do it and a verbal
accusation (112) otherwise. A verb that characterises its object by a predicate
("called the plan unfair") praises or criticises it (:func:`characterisation_code`).
Source: CAMEO 1.1b3 manual, chapters 05, 11 and 17-19.
"""

from __future__ import annotations

from spacy.tokens import Token

from dyadic.events.frame import (
    IMPLICIT_AUTHORITY,
    IMPLICIT_UNKNOWN,
    Frame,
    lemma_of,
    predicated_object,
    words_of,
)
from dyadic.events.lexicon import ACCUSATION_NOUNS
from dyadic.events.matching import Match
from dyadic.records import ActorKind, Mention

__all__ = [
    "KILL_VERBS",
    "LEGAL_ACTION_VERBS",
    "NON_STATE_ROLES",
    "STATE_AUTHORITY_ROLES",
    "VERBAL_CODES",
    "authority_role",
    "characterisation_code",
    "code_for_actors",
    "contest",
]

#: Roles of actors outside a state's forces (rebels, unidentified armed groups,
#: criminals, civilians, protesters): their violence is CAMEO assault (18, "unconventional
#: violence"), not conventional military force (19). Codes of militant ideologies
#: (``IMG...``) count too.
NON_STATE_ROLES = frozenset({"REB", "UAF", "CRM", "CVL", "OPP", "PPL", "INS"})
#: Roles of protesters and the opposition (dyadic codes "demonstrators" ``OPP``): the
#: police's violence on them is repression (CAMEO 175). Civilians (``CVL``) are left out: a
#: suspect shot by the police is no crackdown.
REPRESSED_ROLES = frozenset({"OPP"})
#: Verbs of killing: a non-state actor's killing is 1823, "kill by physical assault".
KILL_VERBS = frozenset({"kill", "murder", "slay", "slaughter"})
#: Verbs of legal action whose dictionary code is not 173 (charge: 112, sentence: 172).
LEGAL_ACTION_VERBS = frozenset({"charge", "sentence"})
#: Roles of people in politics: when one of them "attacks" or "clashes with" someone
#: who bears no arms, the act is verbal.
POLITICAL_ROLES = frozenset({"GOV", "LEG", "ELI", "OPP", "PTY", "JUD"})
#: Roles of the armed: acts on them stay military force.
ARMED_ROLES = frozenset({"MIL", "REB", "UAF", "INS", "SPY", "COP"})
#: Roles of armed forces and groups: a non-state group's violence on them is a fight (19),
#: as the real-news gold codes it (an attack on the police or intelligence services stays
#: assault, 18; fighting them, :data:`FIGHT_VERBS`, is a fight).
FIGHTING_ROLES = frozenset({"MIL", "REB", "UAF", "INS"})
#: Verbs of fighting between two armed sides ("clashed with security forces").
FIGHT_VERBS = frozenset({"fight", "clash", "battle", "skirmish", "engage"})
#: Verbal codes of violent verbs used of words: criticise (111) for attack-like verbs,
#: "engage in verbal conflict" (110) for mutual ones.
VERBAL_CODES = {
    "attack": "111",
    "slam": "111",
    "blast": "111",
    "hit": "111",
    "clash": "110",
    "fight": "110",
    "spar": "110",
}
#: Roles of a state's authorities, whose charging is legal action.
STATE_AUTHORITY_ROLES = frozenset({"JUD", "COP", "GOV"})


#: Roots of acts only a state's authorities do (coerce 17: arrest, charge, convict,
#: sentence, deport, ban).
AUTHORITY_ROOTS = frozenset({"17"})
#: Coercive verbs of removing a leader from power ("was ousted in 2013"): coups and votes
#: do it, not the authorities of the place, so a passive implies no author.
REMOVAL_VERBS = frozenset({"oust", "overthrow", "topple", "depose"})
#: Codes of acts of the courts: find guilty or liable (116, "the law was found unlawful").
COURT_CODES = frozenset({"116"})
#: Verbs of a court's verdict on a person ("was convicted of fraud": 173, by the courts).
VERDICT_VERBS = frozenset({"convict", "acquit"})
#: Nouns of custody: a release "on bail", "from prison" or "from custody" is the
#: authorities' release of a detainee (0841), not a captor's.
CUSTODY_NOUNS = frozenset({"bail", "custody", "prison", "jail", "detention", "bond", "parole"})


def authority_role(match: Match, frame: Frame) -> str | None:
    """The role of the state authority that did an act of state whose passive names no
    author ("Avenatti was charged", "the book was banned", "he was convicted of fraud",
    "she was released on bail"), as the gold annotators code it: ``GOV`` for coercion
    (root 17, charging and sentencing, :data:`LEGAL_ACTION_VERBS`) and for a release from
    custody (084, with a :data:`CUSTODY_NOUNS` phrase), ``JUD`` for a court's verdict
    (:data:`COURT_CODES`, :data:`VERDICT_VERBS`); None for any other act. Source: CAMEO
    1.1b3 manual, 084, 116, 17."""
    code = match.code or ""
    if match.entry.lemma in REMOVAL_VERBS:
        return None
    if code in COURT_CODES or match.entry.lemma in VERDICT_VERBS:
        return "JUD"
    if code[:2] in AUTHORITY_ROOTS or match.entry.lemma in LEGAL_ACTION_VERBS:
        return "GOV"
    if code.startswith("084") and any(
        lemma_of(o) in CUSTODY_NOUNS for p in frame.preps for o in p.children if o.dep_ == "pobj"
    ):
        return "GOV"
    return None


def code_for_actors(code: str, source: Mention, target: Mention | None, match: Match) -> str:
    """The CAMEO code of a verb's own code (its default, or a pattern that only marks the
    target), as who acts on whom decides it.

    * Assault (18) or military force (19): violence of a non-state actor
      (:data:`NON_STATE_ROLES`, ``IMG...``) on anyone unarmed is assault ("a gunman shot
      shoppers", "militants attacked journalists": 180; killing, :data:`KILL_VERBS`:
      1823); on armed forces or groups (:data:`FIGHTING_ROLES`: "militants killed soldiers"), or
      fighting (:data:`FIGHT_VERBS`) the police, it is a fight, as a state's forces' violence
      is ("troops killed 30 rebels": 19); unidentified attackers' is assault ("a bombing
      killed ten soldiers": 1823).
      A pattern's code stands ("launched missiles at": 19).
    * Legal action (173, "arrest, detain or charge with legal action"): charging or
      sentencing (:data:`LEGAL_ACTION_VERBS`) by a state's judiciary, police or
      government, or by the implied authorities of a passive ("prosecutors charged the
      suspect", "he was sentenced"), rather than the verbal accusation (112) or the
      dictionary's 172; a pattern's code stands ("charged with murder": 1121).

    * Verbal conflict: a politician (a person of :data:`POLITICAL_ROLES`) or a news medium "attacking"
      or "clashing with" a person or body that bears no arms (:data:`ARMED_ROLES`, nor a
      state named as such) speaks (:data:`VERBAL_CODES`: "the president attacked the
      newspaper": 111; "the two leaders clashed": 110).

    * Sanctions (163, "impose embargo, boycott, or sanctions"): administrative sanctions
      (172) or coercion (170) of one country's actor on another country's ("barred three
      Albanian officials from entering", "imposed restrictions on Chinese firms"); 172
      stays for a state's measures on its own people.

    * Repression (175, "use tactics of violent repression"): violence (18, 19) of the
      police or security services (``COP``) on protesters (:data:`REPRESSED_ROLES`:
      "police fired tear gas at demonstrators"), whatever pattern matched, as the
      real-news gold codes police force against protesters; the protesters' own assault (18),
      or force (19) by the verb's own code, is a violent protest (145, "protest violently,
      riot": "threw rocks at police", "clashed with police"; "launched missiles at" stands).
    * Killing civilians: the police's or armed forces' killing of civilians (``CVL``; a
      named person with no role may be a militant) is 1823, not a fight (19) nor the
      dictionary's mass killing (202) (GUIDELINES.md hard case 17: killings of civilians).

    Other codes are returned unchanged. Source: CAMEO 1.1b3 manual, chapters 16-19.
    """
    if code[:2] in ("18", "19") and source.actor.role == "COP" and target is not None:
        if target.actor.role in REPRESSED_ROLES:
            return "175"
    if (
        code[:2] in ("18", "19", "20")
        and source.actor.role in ("COP", "MIL")
        and match.entry.lemma in KILL_VERBS
    ):
        if target is not None and target.actor.role == "CVL":
            return "1823"  # "the police killing of George Floyd": a killing of a civilian
    if source.actor.role in REPRESSED_ROLES and (code[:2] == "18" or (code[:2] == "19" and _generic(match))):
        return "145"  # "protesters threw rocks at the police", "clashed with riot police"
    if not _generic(match):
        return code
    if match.entry.lemma in LEGAL_ACTION_VERBS:
        state = source.actor.role in STATE_AUTHORITY_ROLES or source.rule == IMPLICIT_AUTHORITY
        return "173" if state else code
    if code in ("170", "172") and target is not None and _foreign(source, target):
        return "163"
    if not code.startswith("19"):
        return code
    if _verbal(source, target, match):
        return VERBAL_CODES[match.entry.lemma]
    non_state = source.actor.role in NON_STATE_ROLES or source.actor.code.startswith("IMG")
    armed = target is not None and (
        target.actor.role in FIGHTING_ROLES
        or (target.actor.role in ARMED_ROLES and match.entry.lemma in FIGHT_VERBS)
    )
    if not non_state or (armed and source.rule != IMPLICIT_UNKNOWN):  # a bombing is no battle
        return code
    return "1823" if match.entry.lemma in KILL_VERBS else "180"


#: Verbs of winning a contest, whose dictionary default is a military defeat (190).
CONTEST_VERBS = frozenset({"defeat", "beat", "outvote", "unseat"})


def contest(code: str | None, source: Mention, target: Mention, match: Match) -> bool:
    """Is a default military defeat (:data:`CONTEST_VERBS`, root 19, no pattern's noun)
    between two actors who bear no arms and neither of them a state a contest won
    ("Ho defeated Lee by 5,000 votes", "Northrop defeated Boeing to win the order"):
    an election or a market, no event?"""
    if code is None or not code.startswith("19") or match.entry.lemma not in CONTEST_VERBS:
        return False
    return _generic(match) and all(
        m.actor.role not in ARMED_ROLES
        and m.actor.kind is not ActorKind.COUNTRY
        and not m.actor.code.startswith("IMG")
        for m in (source, target)
    )


def _foreign(source: Mention, target: Mention) -> bool:
    """Are the two actors of different, known countries?"""
    a, b = source.actor.country, target.actor.country
    return a is not None and b is not None and a != b


def _verbal(source: Mention, target: Mention | None, match: Match) -> bool:
    """Is this violent verb used of words (see :func:`code_for_actors`)?"""
    if match.entry.lemma not in VERBAL_CODES or target is None:
        return False
    politician = source.actor.kind is ActorKind.PERSON and source.actor.role in POLITICAL_ROLES
    unarmed = target.actor.role not in ARMED_ROLES and target.actor.kind is not ActorKind.COUNTRY
    return (politician or source.actor.role == "MED") and unarmed  # "the magazine attacked defectors"


def _generic(match: Match) -> bool:
    """Did the code come from the verb alone: its default, or a pattern that only marks
    where the target is ("- * +", "- * (BETWEEN)": no object noun, no noun in a
    prepositional phrase, no particle)?"""
    p = match.pattern
    if p is None:
        return True
    bare_object = p.object is None or (not p.object.head and not p.object.mods)
    bare_preps = all(pp.np is None or (not pp.np.head and not pp.np.mods) for pp in p.preps)
    return bare_object and bare_preps and not p.particle


#: Verbs that characterise their object by a predicate: "called the plan unfair",
#: "described the vote as a sham" (CAMEO 1.1b3: criticize/denounce 111, praise 051).
CHARACTERISE_VERBS = frozenset(
    {"call", "describe", "label", "brand", "term", "dub", "characterize", "characterise"}
    # verbal attacks with a name called: "attacked the inquiry as a witch hunt", "dismissed
    # the charges as baseless" (criticism, not force or denial)
    | {"attack", "dismiss", "slam", "blast", "denounce", "deride", "ridicule"}
)
#: Verbs of description, whose predicate is as often neutral as not.
NEUTRAL_CHARACTERISE_VERBS = frozenset({"describe", "characterize", "characterise"})
#: Predicate words of approval; any other name called is disapproval.
APPROVING = frozenset(
    {
        "success", "successful", "historic", "constructive", "positive", "good", "great", "excellent",
        "productive", "fruitful", "important", "significant", "helpful", "welcome", "friend", "partner",
        "ally", "model", "hero", "breakthrough", "step", "milestone", "achievement", "victory", "best",
        "decent", "honest", "brave", "courageous", "wise", "true", "loyal", "trustworthy", "respected",
        "outstanding", "remarkable", "wonderful", "fantastic", "tremendous", "extraordinary", "capable",
        "competent", "effective", "legitimate", "fair", "reasonable", "visionary", "statesman", "champion",
        "patriot", "honourable", "honorable", "credible", "valuable", "vital", "crucial", "essential",
        "landmark", "generous", "kind", "inspiring", "admirable", "exemplary", "strong", "good-faith",
    }
)  # fmt: skip


#: Predicates that call an accusation untrue: characterising a charge so denies it (016).
DISMISSING = frozenset(
    {
        "baseless", "false", "unfounded", "groundless", "fabricated", "untrue", "lie", "nonsense",
        "absurd", "ridiculous", "fake", "fabrication", "slander", "smear",
    }
)  # fmt: skip
#: Nouns of an accusation (:data:`~dyadic.events.lexicon.ACCUSATION_NOUNS` and "assertion").
CHARGE_NOUNS = ACCUSATION_NOUNS | {"assertion"}


#: Verbs of warning: warning that a third party's act or state is harmful criticises it.
WARNING_VERBS = frozenset({"warn", "caution"})


def _warning_code(head: Token) -> str | None:
    """111 (criticize) for a warning with no addressee whose complement clause is about a
    third party ("warned that the new tariffs would hurt farmers", "warned that Ortega
    could wreck the economy"), as the real-news gold codes it; None (the verb's own code,
    a threat, 130) for a warning to someone ("warned Washington of consequences") or about
    the speaker's own act, told with a pronoun ("warned that it would retaliate")."""
    if any(c.dep_ in ("dobj", "dative") for c in head.children):
        return None
    clauses = [c for c in head.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
    subjects = [s for c in clauses for s in c.children if s.dep_ == "nsubj"]
    if subjects and all(s.pos_ != "PRON" for s in subjects):
        return "111"
    return None


def characterisation_code(frame: Frame) -> str | None:
    """The CAMEO code of a verb that characterises its object by a predicate: 016 (deny)
    when it calls an accusation untrue (:data:`DISMISSING`), 051 (praise)
    when the predicate holds a word of :data:`APPROVING`, else 111 (criticize) unless the
    verb only describes (:data:`NEUTRAL_CHARACTERISE_VERBS`); for a verb of warning,
    :func:`_warning_code`; None for other verbs, or with no predicate (an ``oprd`` or an
    ``as`` phrase)."""
    head = frame.head
    if lemma_of(head) in WARNING_VERBS:
        return _warning_code(head)
    if lemma_of(head) not in CHARACTERISE_VERBS:
        return None
    preds = [c for c in head.children if c.dep_ == "oprd"]
    # 'called the deal "lousy"': a predicate adjective parsed as a modifier after its noun
    preds += [
        a for o in head.children if o.dep_ == "dobj" for a in o.children if a.dep_ == "amod" and a.i > o.i
    ]
    # "described the vote as a sham", "dismissed the reply as setting conditions" (the "as" on the object)
    holders = [head, *(o for o in head.children if o.dep_ == "dobj")]
    preps = [c for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as"]
    preds += [p for c in preps for p in c.children if p.dep_ in ("pobj", "pcomp")]
    if not preds:
        return None
    words = {w for p in preds for t in p.subtree for w in words_of(t)}
    characterised = [c for c in head.children if c.dep_ == "dobj"] + [predicated_object(head)]
    if words & DISMISSING and any(o is not None and lemma_of(o) in CHARGE_NOUNS for o in characterised):
        return "016"  # "called Pakistan's assertions baseless": a denial, aimed at the accuser
    if words & APPROVING:
        return "051"
    # a description is often neutral ("described him as an emerging figure"); a name called is not
    return "111" if lemma_of(head) not in NEUTRAL_CHARACTERISE_VERBS else None
