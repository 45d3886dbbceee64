"""Word lists for quotation attribution.

The speech verbs extend textacy's ``_reporting_verbs`` (``textacy.extract.triples``,
after Pareti 2015 and the PARC 3.0 attribution corpus) with the verbs common in
wire and state-agency news ("stress", "underline", "reiterate"). Verbs of
thought (believe, think, hope, fear) are left out: they do not report a
statement an event coder can use.
"""

from __future__ import annotations

#: Lemmas of verbs that introduce direct or reported speech.
SPEECH_VERBS: frozenset[str] = frozenset(
    {
        "acknowledge", "add", "admit", "affirm", "agree", "allege", "announce", "answer",
        "argue", "assert", "caution", "charge", "claim", "comment", "complain", "concede",
        "conclude", "confirm", "contend", "continue", "declare", "deny", "disclose",
        "emphasise", "emphasize", "explain", "highlight", "indicate", "insist", "maintain",
        "mention", "note", "observe", "pledge", "point", "predict", "proclaim", "promise",
        "recall", "reiterate", "remark", "reply", "report", "respond", "reveal", "say",
        "state", "stress", "suggest", "tell", "testify", "underline", "underscore", "urge",
        "vow", "warn", "write",
    }
)  # fmt: skip

#: Speech verbs that only introduce direct quotations, never reported speech
#: ("he continued to ..." is not a report).
DIRECT_ONLY_VERBS: frozenset[str] = frozenset({"continue", "point", "write", "answer"})

#: Head nouns that name a person by office ("the president", "the minister").
PERSON_TITLES: frozenset[str] = frozenset(
    {
        "ambassador", "ayatollah", "cardinal", "chair", "chairman", "chairwoman", "chancellor",
        "chief", "colonel", "commander", "commissioner", "congressman", "congresswoman",
        "diplomat", "director", "emir", "envoy", "general", "governor", "head", "king",
        "leader", "lawmaker", "mayor", "minister", "official", "pope", "premier",
        "president", "prince", "queen", "secretary", "senator", "sheikh", "speaker",
        "spokesman", "spokesperson", "spokeswoman", "sultan", "vice",
    }
)  # fmt: skip

#: Pronouns that refer back to a person.
PERSON_PRONOUNS: frozenset[str] = frozenset({"he", "she", "him", "her"})
#: Pronouns that refer back to an organisation, a government or a group.
GROUP_PRONOUNS: frozenset[str] = frozenset({"it", "they", "we"})

#: Dashes that introduce a trailing attribution (“We are ready.” -Ana Ruiz).
DASHES = "-–—‒―"
