"""CAMEO codes that depend on who acts on whom, not only on the verb.

The dictionary gives a verb one code whoever its actors are; CAMEO's own definitions
split some of them by the actors' kind (:func:`code_for_actors`): violence is assault
(18) when a non-state actor does it and military force (19) when a state's forces do;
charging someone is legal action (173) when a state's authorities do it and a verbal
accusation (112) otherwise. Source: CAMEO 1.1b3 manual, chapters 11 and 17-19.
"""

from __future__ import annotations

from dyadic.events.frame import IMPLICIT_AUTHORITY
from dyadic.events.matching import Match
from dyadic.records import Mention

__all__ = ["KILL_VERBS", "LEGAL_ACTION_VERBS", "NON_STATE_ROLES", "STATE_AUTHORITY_ROLES", "code_for_actors"]

#: Roles of actors outside a state's forces (rebels, unidentified armed groups,
#: criminals, civilians, protesters): their violence is CAMEO assault (18, "unconventional
#: violence"), not conventional military force (19). Codes of militant ideologies
#: (``IMG...``) count too.
NON_STATE_ROLES = frozenset({"REB", "UAF", "CRM", "CVL", "OPP", "PPL", "INS"})
#: Verbs of killing: a non-state actor's killing is 1823, "kill by physical assault".
KILL_VERBS = frozenset({"kill", "murder", "slay", "slaughter"})
#: Verbs of legal action whose dictionary code is not 173 (charge: 112, sentence: 172).
LEGAL_ACTION_VERBS = frozenset({"charge", "sentence"})
#: Roles of a state's authorities, whose charging is legal action.
STATE_AUTHORITY_ROLES = frozenset({"JUD", "COP", "GOV"})


def code_for_actors(code: str, source: Mention, target: Mention | None, match: Match) -> str:
    """The CAMEO code of a verb's own code (no pattern), as who acts on whom decides it.

    * Assault (18) or military force (19): violence of a non-state actor
      (:data:`NON_STATE_ROLES`, ``IMG...``) on anyone but a military is assault ("a
      gunman shot shoppers", "militants attacked journalists": 180; killing,
      :data:`KILL_VERBS`: 1823); a state's forces keep 19 ("troops killed 30 rebels").
      A pattern's code stands ("launched missiles at": 19).
    * Legal action (173, "arrest, detain or charge with legal action"): charging or
      sentencing (:data:`LEGAL_ACTION_VERBS`) by a state's judiciary, police or
      government, or by the implied authorities of a passive ("prosecutors charged the
      suspect", "he was sentenced"), rather than the verbal accusation (112) or the
      dictionary's 172; a pattern's code stands ("charged with murder": 1121).

    Other codes are returned unchanged. Source: CAMEO 1.1b3 manual, chapters 17-19.
    """
    if match.pattern is not None:
        return code
    if match.entry.lemma in LEGAL_ACTION_VERBS:
        state = source.actor.role in STATE_AUTHORITY_ROLES or source.rule == IMPLICIT_AUTHORITY
        return "173" if state else code
    if not code.startswith("19"):
        return code
    non_state = source.actor.role in NON_STATE_ROLES or source.actor.code.startswith("IMG")
    if not non_state or (target is not None and target.actor.role == "MIL"):
        return code
    return "1823" if match.entry.lemma in KILL_VERBS else "180"
