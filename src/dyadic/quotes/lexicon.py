"""Word lists for quotation attribution.

The speech verbs extend textacy's ``_reporting_verbs`` (``textacy.extract.triples``,
after Pareti 2015 and the PARC 3.0 attribution corpus) with the verbs common in
wire and state-agency news ("stress", "underline", "reiterate", "tweet", "forecast", "believe"). Other verbs
of thought (think, hope, fear) and of finding (find, determine) are left out: on
the real-news gold (``eval/gold``, train split) they report a statement less
often than not; verbs of finding count only with a document as their subject
(:data:`FINDING_VERBS`: "One survey found ...").
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
        "vow", "warn", "write", "clarify",
        # direct-speech tags of wire and web news
        "ask", "exclaim", "fret", "inform", "joke", "lament", "plead", "post", "quip",
        "read", "reason", "recount", "retort", "shout", "tweet",
        # more reporting verbs of news text
        "believe", "estimate", "forecast", "hint", "reaffirm", "worry",
    }
)  # fmt: skip

#: Lemmas of verbs that call or judge something by the quoted words, or present a plan in
#: them ("conditions that Ruiz described as “inhumane”", "as Canada outlined its agenda,
#: focusing on a “lasting peace”"): their subject owns the words even in a clause under
#: another subject's verb (:func:`dyadic.quotes.extract._governing_subject`).
DESCRIBING_VERBS: frozenset[str] = frozenset(
    {
        "call", "describe", "characterize", "characterise", "label", "term", "dub", "brand",
        "deem", "consider", "regard", "view", "see", "hail", "decry", "denounce", "condemn",
        "outline", "present", "detail", "unveil", "propose",
    }
)  # fmt: skip

#: Lemmas of verbs of finding that report a claim only with a document as subject ("One
#: survey found most voters ...", "a new report finds ..."; :data:`STATEMENT_NOUNS`): a person
#: who "found" something is not quoted (see the module docstring). "show" is left out: footage
#: or images that "showed" a scene report no one's words.
FINDING_VERBS: frozenset[str] = frozenset({"find", "determine"})

#: Speech verbs that only introduce direct quotations, never reported speech
#: ("he continued to ..." is not a report).
DIRECT_ONLY_VERBS: frozenset[str] = frozenset(
    {"continue", "answer", "ask", "exclaim", "post", "read", "shout"}
)

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

#: Words that introduce a name, title or slogan in quotation marks rather than
#: someone's words (the words just before the opening mark, lower case).
NAMING_CUES: tuple[str, ...] = (
    "known as", "calling itself", "called itself", "calls itself", "titled", "entitled",
    "nicknamed", "dubbed", "the title of", "the name", "named", "hashtag", "translates as",
    "slogan", "motto", "so-called", "so called", "self-styled", "self-proclaimed",
)  # fmt: skip

#: Things that carry words nobody is quoted as saying (a banner "saying" ...).
SIGN_NOUNS: frozenset[str] = frozenset(
    {"banner", "banners", "sign", "signs", "placard", "placards", "poster", "posters", "t-shirt", "shirt"}
)

#: Words before a colon that label something other than a speaker ("Image: ...";
#: compared in lower case with the label's last word).
NOT_LABELS: frozenset[str] = frozenset(
    {
        "image", "photo", "photos", "picture", "video", "source", "sources", "categories",
        "category", "note", "update", "updated", "correction", "credit", "caption", "related",
        "also", "more", "date", "time", "file", "editor's", "editor’s", "watch", "listen",
        "read", "links", "link", "references", "disclaimer", "tags",
    }
)  # fmt: skip

#: Nouns for something said or written that speaks for its author ("a statement
#: saying", "according to a report by ...").
STATEMENT_NOUNS: frozenset[str] = frozenset(
    {
        "statement", "report", "letter", "post", "tweet", "message", "release", "communique",
        "communiqué", "video", "document", "analysis", "study", "survey", "poll", "data",
        "figures", "estimate", "estimates", "note", "memo", "email", "e-mail", "interview",
        "speech", "address", "announcement", "notice", "ruling", "order", "decision", "filing",
        "complaint", "motion", "editorial", "article", "posting", "footage",
    }
)  # fmt: skip

#: Nouns of speech whose "that"-clause is reported speech ("expressed hope that
#: ...", "reiterated the claim that ...", "voiced concern that ...").
SPEECH_NOUNS: frozenset[str] = frozenset(
    {
        "assurance", "belief", "claim", "concern", "conviction", "fear", "hope", "insistence",
        "promise", "sentiment", "view", "warning",
    }
)  # fmt: skip

#: Verbs that utter a speech noun ("expressed hope that ..."); speech verbs count too
#: ("reiterated the claim that ...").
SPEECH_NOUN_VERBS: frozenset[str] = frozenset(
    {"express", "voice", "repeat", "raise", "issue", "make", "share", "convey"}
)

#: Head nouns that refer back to an organisation ("the consultancy said", "the group added").
ORGANISATION_NOUNS: frozenset[str] = frozenset(
    {
        "group", "company", "consultancy", "firm", "organization", "organisation", "agency",
        "website", "association", "institute", "center", "centre", "network", "outlet",
        "newspaper", "broadcaster", "union", "movement", "coalition", "foundation", "charity",
        "report", "study", "paper", "magazine", "publication", "daily",
    }
)  # fmt: skip
