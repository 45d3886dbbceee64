"""Resolve a quotation's speaker span to an actor.

The speaker span is what the attribution names in its own sentence ("he",
"The president", "Iranian President Ebrahim Raisi"). Its actor comes from the
actor mentions (:class:`dyadic.records.Mention`, from :mod:`dyadic.actors`):

* a pronoun (``he``, ``she``) refers to the most recent person mention before
  it (an actor of kind ``person``, or a mention whose text or the words just
  before it hold a person title: "the Iranian president"), in the same or the
  :data:`PRONOUN_LOOKBACK_SENTENCES` previous sentences; ``it``/``they``/``we``
  to the most recent non-person mention;
* a title ("the president") refers to the most recent person mention that
  carried that title anywhere earlier in the article ("President Raisi"),
  failing that to the mention the actors stage resolved for the span itself;
* a name is looked up among the mentions over its head word, failing that among
  the earlier person mentions sharing its last word ("Raisi" after "Ebrahim
  Raisi"), and, when that finds nothing with a code, among the earlier unlisted
  organisations whose longer name it begins ("Tejo Lopes" after "Tejo Lopes &
  Partners"); a mention over a modifier only does not speak for the name: "the
  Portuguese Maritime Forum's Duarte" is Duarte (the words after the possessor),
  not Portugal, and "Harbour spokesperson Vidal" takes the title mention's code;
* a title description that names no one ("China's U.N. ambassador", "a top army
  general") is the first person the article names in the next two sentences whom it has
  not named before, of its country or of none known, with no other title ("... Fu Cong
  blamed"; "..., said Gen. Ana Ruiz"), speaking with the description's actor code;
* a description followed by a name in apposition or after "named"/"called"
  speaks as that name ("Another passenger, Tomas Vidal"; "a passenger named
  Okafor"), with the description's actor code;
* an organisation noun (:data:`ORGANISATION_NOUNS`, "party", "rebels") after
  proper nouns takes its name from them ("The Lisbon Courier news agency" is
  Lisbon Courier; "the opposition Azul party" is Azul), unless they only name a
  place or nationality ("the Lisbon daily").

A mention that names a person speaks as that person: its name is the PERSON
entity inside it or in apposition after it ("Environment Canada spokesperson
Julie Hahn", "the El Paso mayor, Dee Margo"), with the mention's actor code
(CANGOV, USAGOV); a listed person (``ActorKind.PERSON``) keeps the dictionary's
full name when the surnames agree.

A country that speaks (``it``, "the United States said") speaks as its government:
its bare code takes ``GOV`` (``USAGOV``), as does a statement or body it
qualifies ("the U.S. statement"). ``it``/``they``/``we`` prefer the clause
subject of the latest sentence with a candidate ("The harbour police fined the
ministry, it said": the police). An acronym defined after an organisation's name,
in brackets or as ", or VLF," ("the Verde Liberation Front, or VLF"), names it; so
does one spelling the initials of an earlier organisation's name ("the Verde Liberation
Front ... the VLF said"), when no coded mention covers it.

A document speaks for its author (:data:`DOCUMENT_NOUNS`): the possessor or
``by``/``from`` phrase it carries ("the union's website", "a survey published by
the institute"); for "the"/"one"/"an earlier" document, the author of the latest
document of its family within :data:`PRONOUN_LOOKBACK_SENTENCES` sentences ("Two
unions filed lawsuits ... One suit alleges": the unions); for a singular "the
report"/"the data", the latest speaker when not a person and more recent than such
an author ("the institute said ... According to the report": the institute).

Mentions inside direct quotations are never antecedents. Each resolved speaker
is remembered as an antecedent itself, so a chain of "he said", "he added",
"the president continued" keeps its referent.
"""

from __future__ import annotations

import bisect
import csv
import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from importlib import resources

import numpy
from spacy.attrs import IDX, LEMMA, LENGTH, LOWER, POS, SENT_START, SPACY
from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token

from dyadic.actors import context_mentions
from dyadic.nlp import dep_tokens, doc_text, pos_tokens
from dyadic.quotes.lexicon import GROUP_PRONOUNS, ORGANISATION_NOUNS, PERSON_PRONOUNS
from dyadic.quotes.lexicon import PERSON_TITLES as _LEXICON_TITLES
from dyadic.records import ActorKind, Entity, Mention, Speaker

#: Person titles: the lexicon's, court titles ("the judge's statement" is the judge's,
#: who is the Judge Ana Ruiz named earlier) and clergy titles ("the archbishop said").
PERSON_TITLES = _LEXICON_TITLES | {
    "judge", "justice", "archbishop", "bishop", "imam", "cleric", "priest", "rabbi", "pastor", "politician",
}  # fmt: skip
#: Titles of heads of state, government or a movement ...
HEAD_TITLES = frozenset(
    {"president", "leader", "king", "queen", "premier", "chancellor", "emir", "sultan", "pope"}
)
#: ... whom a holder of these titles speaks for, and never is.
DEPUTY_TITLES = frozenset(
    {"envoy", "ambassador", "diplomat", "spokesman", "spokeswoman", "spokesperson", "official", "aide"}
)
#: Titles that name one office: "North Korea's envoy" is "Ambassador Kim" of the same article.
TITLE_FAMILIES = (
    frozenset({"envoy", "ambassador"}),
    frozenset({"spokesman", "spokeswoman", "spokesperson"}),
)
#: Kinship nouns: "his wife Mary" is Mary with her husband's surname.
KIN_NOUNS = frozenset(
    {"wife", "husband", "widow", "widower", "son", "daughter", "brother", "sister", "mother", "father"}
)
#: Code of an interviewer printed as a bracketed label ("((WN))"): media, country unstated
#: (gold guidelines, hard case 23: an interviewer of unstated nationality is ``---MED``).
INTERVIEWER_CODE = "MED"
#: Words before a person's name that make them the article's interviewer ("Wikinews accredited
#: reporter Ana Ruiz"): a bracketed interview label speaks as that person.
REPORTER_TITLES = frozenset({"reporter", "correspondent", "journalist", "interviewer"})
#: Group nouns that, like :data:`ORGANISATION_NOUNS`, take their name from proper nouns before
#: them ("the Azul party", "Tejo rebels").
_NAMED_GROUP_NOUNS = frozenset({"party", "rebels", "militants", "insurgents"})
#: Singular nouns for a body that may refer back to an organisation by words of its name
#: ("the trade body" after "the Atlantic Trade Council"; ``SpeakerResolver._organisation_described``).
_DESCRIBED_BODY_NOUNS = ORGANISATION_NOUNS | {"body", "league", "council", "federation", "alliance"}
#: Actor sectors of the state: a title of one of them may refer back to a person of another
#: ("the military spokesperson" for a general coded GOV).
_STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
#: Verbs of moving whose "to" object is a place ("relocating to Okinawa").
_MOVING_VERBS = frozenset(
    {"move", "relocate", "travel", "return", "fly", "go", "flee", "emigrate", "migrate", "head", "sail"}
)
#: How many sentences before the pronoun's own a pronoun looks back.
PRONOUN_LOOKBACK_SENTENCES = 6
#: Nouns for a document, filing or publication that speaks for its author ("the study
#: found", "One suit alleges", "the union's website says"), mapped to their family: a noun
#: refers back to an earlier one of the same family ("filed two lawsuits ... One suit").
DOCUMENT_NOUNS: dict[str, str] = {
    **dict.fromkeys(("lawsuit", "suit", "motion", "complaint", "petition", "filing", "appeal"), "filing"),
    **dict.fromkeys(("report", "study", "survey", "poll", "index", "assessment", "analysis"), "report"),
    **dict.fromkeys(("data", "datum", "figures", "statistics"), "data"),
    **dict.fromkeys(
        ("statement", "communique", "communiqué", "release", "letter", "memo", "tweet", "email", "speech"),
        "statement",
    ),
    **dict.fromkeys(("decision", "ruling", "judgment", "judgement", "verdict"), "decision"),
    **dict.fromkeys(("website", "site", "webpage", "account", "feed", "blog"), "website"),
}


#: Interview labels that name the publication, not a person ("((Wikinews))").
_PUBLICATION_LABELS = frozenset({"wikinews", "interviewer", "question", "q"})


@dataclass(frozen=True)
class _Antecedent:
    start: int
    end: int
    sentence_index: int
    text: str
    name: str
    code: str | None
    person: bool
    titles: frozenset[str]
    named: bool = False  # ``name`` is a person's name (entity layer or listed person)
    country: str | None = None  # ISO3 of the actor, when it has one
    organisation: bool = False  # an organisation the NER names and no actor mention covers
    agent: bool = False  # a role noun's mention ("environmentalists"), named after its country


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


class _RangeSet:
    """Character ranges ``(start, end)`` that answer "does any of them overlap this span?"
    by bisection: the ranges starting before the span's end, and the furthest end among them."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self._starts = [s for s, _e in ordered]
        self._reach: list[int] = []  # the furthest end of the ranges up to each one
        for _s, e in ordered:
            self._reach.append(max(e, self._reach[-1]) if self._reach else e)

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a range overlaps ``[start, end)`` (as :func:`_overlaps`)."""
        k = bisect.bisect_left(self._starts, end)
        return k > 0 and self._reach[k - 1] > start


class SpeakerResolver:
    """Resolves speaker spans of one article, in text order.

    Args:
        doc: The parsed article (``Doc`` over ``Article.text``).
        mentions: Actor mentions of the article; offsets into ``Article.text``.
        quoted: ``(start, end)`` character ranges of direct quotations; mentions
            inside them are not antecedents.
    """

    def __init__(self, doc: Doc, mentions: list[Mention], quoted: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        # Token offsets and sentence starts, read once from the Doc's arrays: a character's
        # token without a ``char_span`` (``_token_at``), its sentence by bisection.
        rows: list[list[int]] = doc.to_array([IDX, LENGTH, SPACY, SENT_START]).tolist() if len(doc) else []
        self._starts = [r[0] for r in rows]
        self._ends = [r[0] + r[1] for r in rows]
        self._reach = [r[0] + r[1] + r[2] for r in rows]  # up to the end of the space after the token
        self._sent_starts = [i for i, r in enumerate(rows) if i == 0 or r[3] == 1]
        self._sentences: dict[int, int] = {}
        in_quotes = _RangeSet(quoted)
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        ents = doc.ents
        self._persons = [(e.start_char, e.end_char, e.text) for e in ents if e.label_ == "PERSON"]
        people: list[Entity] = list(doc._.persons)
        speaks_for = {span: e for e in people for span in e.mentions}
        self._antecedents: list[_Antecedent] = []
        self._descriptions: dict[int, Mention] | None = None  # by noun token (:meth:`_described`)
        self._inner: list[Mention] = []  # mentions inside quotations: speakers of nested ones only
        for m in self.mentions:
            if in_quotes.overlaps(m.start, m.end):
                self._inner.append(m)
                continue
            titles = self._titles_at(m.start, m.end)
            entity = speaks_for.get((m.start, m.end))  # a country mention only when it holds the name
            named = entity.name if entity else None
            if named is None and m.actor.kind is not ActorKind.COUNTRY:
                named = self._person_name(m.start, m.end)
            name = m.actor.name
            code: str | None = m.actor.code
            if m.actor.kind is ActorKind.PERSON and (named is None or " " not in named):
                named = self._given_name_before(m.start, m.end, name) or named
            if named and m.actor.kind is ActorKind.PERSON and _other_given_name(named, name):
                code = None  # "Aner Shalev" read as the dictionary's "Gabriela Shalev": another person
            if named and not (code and m.actor.kind is ActorKind.PERSON and _same_surname(named, name)):
                name = named  # "Environment Canada spokesperson Julie Hahn" speaks as Julie Hahn (CANGOV)
            person = m.actor.kind is ActorKind.PERSON or bool(titles) or named is not None
            one = m.actor.kind is ActorKind.PERSON
            if (one or named is not None) and self._group_of_people(m.start, m.end):
                name, person, one, named = m.text, False, False, None  # "Ruiz's doctors": not Ruiz
            self._add(
                _Antecedent(
                    m.start, m.end, self._sentence_at(m.start), m.text, name, code, person, titles,
                    named=named is not None or one, country=m.actor.country,
                    agent=m.actor.kind is ActorKind.AGENT,
                )
            )  # fmt: skip
        # Names of people with no actor mention over them ("Ralf Matthaes", "Ebrard").
        for entity in people:
            for start, end in entity.spans:
                if in_quotes.overlaps(start, end) or self._overlapping(start, end):
                    continue
                if self._place_like(start, end):
                    continue
                self._add(
                    _Antecedent(
                        start, end, self._sentence_at(start), self.text[start:end], entity.name,
                        entity.code, True, self._titles_at(start, end), named=True, country=entity.country,
                    )
                )  # fmt: skip
        self._bracketed_codes()
        # Subjects that read as a name the NER missed ("Chalida Tajaroensuk, who heads ...").
        for start, end in self._subject_names(in_quotes):
            self._add(
                _Antecedent(
                    start, end, self._sentence_at(start), self.text[start:end], self.text[start:end],
                    None, True, frozenset(), named=True,
                )
            )  # fmt: skip
        # Organisations the dictionary does not list ("Dezan Shira & Associates"), by their
        # NER name; an acronym defined in brackets names the same one ("... Army (BLA)").
        self._acronyms: dict[str, str] = {}
        self._initials: list[tuple[int, str, str]] = []  # (start, "BLA", "Baloch Liberation Army")
        for ent in ents:
            if ent.label_ != "ORG" or in_quotes.overlaps(ent.start_char, ent.end_char):
                continue
            full = ent.text[4:] if ent.text.startswith(("The ", "the ")) else ent.text
            nxt, short = doc[ent.end : ent.end + 4], None
            if len(nxt) >= 3 and nxt[0].text == "(" and nxt[2].text == ")":
                short = nxt[1].text  # "Azul Liberation Front (ALF)"
            elif len(nxt) == 4 and nxt[0].text == "," and nxt[1].lower_ == "or" and nxt[3].text == ",":
                short = nxt[2].text  # "the Azul Liberation Front, or ALF, ..."
            initials = "".join(w[0] for w in full.split() if w[:1].isupper())
            if short and short.isalpha() and short.isupper() and len(short) >= 2 and short[0] == initials[:1]:
                self._acronyms[short] = full  # not "Cultural Organization (UNESCO)", a name cut short
            if len(initials) >= 2 and len(full.split()) >= 2:
                self._initials.append((ent.start_char, initials, full))
            if self._overlapping(ent.start_char, ent.end_char):
                continue
            bearer = self._surname_of_person(ent.start_char, ent.text)
            if bearer is not None:  # "Tipton" tagged an organisation after "Alexis Tipton": the person
                self._add(replace(bearer, start=ent.start_char, end=ent.end_char, text=ent.text,
                                  sentence_index=self._sentence_at(ent.start_char)))  # fmt: skip
                continue
            name = self._acronyms.get(ent.text.removeprefix("the ").removeprefix("The "), ent.text)
            self._add(
                _Antecedent(
                    ent.start_char, ent.end_char, self._sentence_at(ent.start_char), ent.text, name,
                    None, False, frozenset(), organisation=True,
                )
            )  # fmt: skip
        # Titles an actor carried anywhere in the article ("President Raisi").
        self._actor_titles: dict[tuple[str | None, str], set[str]] = {}
        for a in self._antecedents:
            self._actor_titles.setdefault((a.code, a.name), set()).update(a.titles)
        # Documents with their author ("Two unions filed a lawsuit", "a report by the
        # institute", "the party's website"), in text order.
        self._documents: list[tuple[int, str, Token]] = []
        for tok in _document_nouns(doc):
            family = _document_family(tok)
            if family is None or any(s <= tok.idx < e for s, e in quoted):
                continue
            author = _document_author(tok)
            if author is not None:
                self._documents.append((tok.i, family, author))
        self._spoken: list[tuple[int, int, bool]] = []  # (start, end, person) of resolved speakers

    def _given_name_before(self, start: int, end: int, name: str) -> str | None:
        """The full name "GIVEN SURNAME" when a person mention ``[start, end)`` covers the
        surname alone and the capitalised word right before it, no title, is a given name
        other than that of the dictionary's ``name`` ("Aner Shalev" where the dictionary
        knows "Gabriela Shalev"); else None."""
        i = self._token_by_char(start)
        if i is None or i == 0 or " " in self.text[start:end]:
            return None
        given = self.doc[i - 1]
        if given.pos_ != "PROPN" or not given.is_title or given.lower_.strip(".") in PERSON_TITLES:
            return None
        if given.whitespace_ != " " or given.ent_type_ in ("GPE", "LOC", "NORP", "ORG"):
            return None
        full = f"{given.text} {self.text[start:end]}"
        return full if _other_given_name(full, name) else None

    def _surname_of_person(self, start: int, word: str) -> _Antecedent | None:
        """The named person before ``start`` whose last name is the one capitalised word ``word``
        ("Tipton" after "Alexis Tipton"), for a bare surname the NER tagged as an organisation;
        else None."""
        if " " in word or not word[:1].isupper() or not word.isalpha():
            return None
        return self._latest(start, lambda a: a.person and a.named and a.name.split()[-1] == word)

    def _given_name_before_place(self, head: Token, start: int, ante: _Antecedent | None) -> Token | None:
        """The given name before ``head`` when the speaker phrase from ``start`` is a person
        whose surname the actor dictionary read as a place ("Valeska Paris", "Nikki Holland"):
        ``ante`` a country or place over ``head`` alone, and right before it a capitalised
        proper noun in compound that no mention covers and that is no title or place word
        ("North Korea", "New York", "Air France" are not)."""
        if ante is None or ante.person or ante.country is None or head.i == 0:
            return None
        if (ante.start, ante.end) != (head.idx, head.idx + len(head.text)):
            return None
        given = head.doc[head.i - 1]
        if given.idx < start or given.dep_ != "compound" or given.head.i != head.i:
            return None
        if given.pos_ != "PROPN" or not given.is_title or given.ent_type_ in ("ORG", "NORP", "FAC", "LOC"):
            return None
        if given.lower_.strip(".") in PERSON_TITLES | _PLACE_WORDS:
            return None
        before = head.doc[head.i - 2] if head.i >= 2 else None
        if before is not None and before.pos_ == "PROPN" and before.dep_ == "compound":
            return None  # "Mount Saint Helens": a longer place name
        if self._overlapping(given.idx, given.idx + len(given.text)) is not None:
            return None
        return given

    def _group_subject_before(self, pronoun: Token) -> str | None:
        """The words of the previous sentence's main subject when ``pronoun`` ("they") opens
        its own sentence and that subject is a plural common noun no antecedent covers ("The
        researchers suggested .... They reported"); else None."""
        if pronoun.dep_ != "nsubj" or not pronoun.is_sent_start or pronoun.i == 0:
            return None
        root = pronoun.doc[pronoun.i - 1].sent.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.tag_ != "NNS" or not subject.text.islower() or subject.ent_type_:
            return None
        lo, hi = _phrase(subject)
        if any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in subject.children):
            return None  # "Members of the council": the group is named further in
        if self._overlapping(lo, hi) is not None:
            return None
        return self.text[lo:hi]

    def _group_of_people(self, start: int, end: int) -> bool:
        """Whether the phrase at characters ``[start, end)`` is headed by a plural noun that is
        not a name ("Ruiz's doctors", "Democrats", "people in the Ruiz campaign"): a group, not
        the person the actor dictionary resolved it to."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            return False
        root = span.root
        return root.tag_ in ("NNS", "NNPS") and root.ent_type_ != "PERSON"

    def _bracketed_codes(self) -> None:
        """A body's name followed by its acronym in brackets whose actor is a unit of it
        ("the United Nations High Commission for Refugees (UNHCR)": IGOUNO, then IGOUNOREFHCR)
        takes the acronym's actor, the more specific one."""
        for i, a in enumerate(self._antecedents):
            if a.person or not a.code:
                continue
            for b in self._antecedents[i + 1 : i + 4]:
                between = self.text[a.end : b.start]
                if (
                    b.code
                    and not b.person
                    and b.code != a.code
                    and b.code.startswith(a.code)
                    and re.fullmatch(r"[\w\s,']*\(", between)
                    and len(between) <= 40
                    and self.text[b.end : b.end + 1] == ")"
                ):
                    self._antecedents[i] = replace(a, name=b.name, code=b.code)
                    break

    # -- public -----------------------------------------------------------------

    def resolve(self, head: Token, start: int, end: int) -> Speaker | None:
        """The speaker named by ``Article.text[start:end]`` (see :meth:`_resolve`), remembered
        as a speaker for a later "the report said"; a speaker with no actor code that names
        a news outlet ("state-run Xinhua News Agency", "an Al Jazeera reporter") takes the
        outlet's code (:func:`outlet_code`)."""
        found = self._resolve(head, start, end)
        if found is not None and found.code is None:
            code = outlet_code(found.text) or outlet_code(found.name or "")
            found = replace(found, code=code) if code else found
        if found is not None:
            ante = self._overlapping(start, end)
            person = ante is None or ante.named or bool(ante.titles) or head.lower_ in PERSON_PRONOUNS
            self._spoken.append((start, end, person))
        return found

    def _resolve(self, head: Token, start: int, end: int) -> Speaker | None:
        """The speaker named by ``Article.text[start:end]`` whose head token is ``head``.

        Returns:
            A :class:`Speaker` whose ``text/start/end`` are the given span; its
            ``name``/``code`` come from the resolved actor, or are the span's
            text (without leading titles) and ``None`` when no actor is found.
            ``None`` for a pronoun without an antecedent.
        """
        text = self.text[start:end]
        low = head.lower_
        sentence = self._sentence_at(start)
        if text.startswith("((") and text.endswith("))"):  # "((WN))": the publication's interviewer
            return self._interview_label(text, start, end)
        if low == "who" and head.head.dep_ == "relcl" and head.head.head.i != head.head.i:
            noun = head.head.head  # "Patricia Lamou, who said ...": who is the noun the clause modifies
            found = self._resolve(noun, noun.left_edge.idx, noun.idx + len(noun.text))
            return Speaker(text, found.name, found.code, start, end) if found else None
        if low in PERSON_PRONOUNS or low in GROUP_PRONOUNS:
            ante = self._overlapping(start, end, person_only=low in PERSON_PRONOUNS)
            group = self._group_subject_before(head) if ante is None and low == "they" else None
            if group is not None:  # "The researchers suggested .... They reported": the researchers
                return self._unresolved(text, start, end, group, person=False)
            if ante is None:
                ante = self._recent(start, sentence, person=low in PERSON_PRONOUNS, word=low)
            if ante is None:
                return None
            agent = ante.agent and not ante.named and ante.text.lower().split()[-1] not in ante.name.lower()
            if low == "they" and agent:  # "They" after "The researchers": the group, not its country
                ante = replace(ante, name=strip_the(ante.text))
            if low in PERSON_PRONOUNS and ante.person and not ante.named and ante.titles and ante.code:
                # "the Prime Minister of Singapore, Mr. Lee ... the Prime Minister applauded ... He
                # said": the named holder of the title, as for "the Prime Minister said"
                ante = self._recent_named(ante.start, ante, min(ante.titles)) or ante
            return self._remember(text, start, end, ante, person=low in PERSON_PRONOUNS, title=None)
        described = self._described(head, start)
        if described is not None:  # "the Municipality of Pisa ... The city said": Pisa's
            return self._remember(text, start, end, described, person=False, title=None)
        if self._is_descriptive(head) and _document_family(head) is not None:
            found = self._document_speaker(head, start, end, sentence)
            if found is not None:
                return found
        if self._is_descriptive(head):
            person_name = _appositive_name(head)  # "Another passenger, Ana Ruiz"; "a student named Ruiz"
            if person_name is not None and self._names_body(*person_name):
                person_name = None  # "The head of the U.N. children's agency, UNICEF": a title
            if person_name is not None:
                first, last = person_name
                kin = self._kin_name(head, first, last)
                if kin is not None:  # "His wife Mary", after "Walter Munk": Mary Munk
                    return self._unresolved(text, start, end, kin[0], person=True, code=kin[1])
                ante = self._overlapping(first.idx, last.idx + len(last.text), person_only=True)
                if ante is not None and ante.named:
                    return self._remember(text, start, end, ante, person=True, title=None)
                own = self._overlapping(start, end)
                code = own.code if own is not None and own.code != own.country else None
                name = self.text[first.idx : last.idx + len(last.text)]
                return self._unresolved(text, start, end, name, person=True, code=code)
            if low in PERSON_TITLES:
                named_in = self._person_after(head, end)
                if named_in is not None:  # "Mayor of Lisbon Ana Ruiz": Ana Ruiz
                    return self._remember(text, start, end, named_in, person=True, title=low)
                own = self._overlapping(start, end)
                if own is None or own.country is None:  # "a spokesperson for the U.S. State Department"
                    own = self._overlapping(end, _phrase(head)[1], with_country=True) or own
                if _indefinite(head):  # "a hospital spokesperson": someone new, not an earlier person
                    code = own.code if own is not None and not own.named else None
                    later = self._later_new_person((start, end), sentence, low, own)  # "... Gen. Ana Ruiz"
                    name = later.name if later is not None else text
                    code = code or _code_of(later)
                    return self._unresolved(text, start, end, name, person=True, code=code)
                country = own.country if own is not None else None
                named_by_text = any(
                    t.ent_type_ in ("GPE", "NORP") for t in head.doc[head.left_edge.i : head.i]
                )
                body = _body_code(own)
                ante = self._recent_with_title(start, low, country, named_by_text, body) or own
                if ante is not None and not ante.named and ante.code:
                    ante = (
                        (self._last_speaker(start, sentence, own) if _definite(head) else None)
                        or self._recent_named(start, ante, low)  # "the foreign minister": Ebrard
                        or (self._later_with_title(end, low, country) if country and named_by_text else None)
                        or self._later_of_body(end, sentence, own)  # "The head of UNICEF ... Ana Ruiz"
                        or self._later_new_person((start, end), sentence, low, own, ante)  # "Li Wei said"
                        or ante  # "China's envoy said ... Ambassador Li Wei"
                    )
                if ante is not None and not ante.named and ante.country and head.i > 0:
                    if head.doc[head.i - 1].lower_ == "the" or any(c.lower_ == "the" for c in head.lefts):
                        ante = self._recent_named_speaker(start, ante) or ante
                if ante is not None:
                    return self._remember(text, start, end, ante, person=True, title=low)
            else:  # "the ministry", "the government"
                org = (
                    self._organisation_naming(head, start)
                    if low in ORGANISATION_NOUNS | _NAMED_GROUP_NOUNS
                    else None
                )
                coded = self._coded_organisation(start, head.idx, org) if org is not None else None
                if coded is not None:  # "The U.N. report": the United Nations (IGOUNO)
                    return self._remember(text, start, end, coded, person=False, title=None)
                if org is not None:  # "The Lisbon Herald newspaper": Lisbon Herald
                    own = self._overlapping(head.idx, head.idx + len(head.text))
                    return self._unresolved(
                        text, start, end, org, person=False, code=own.code if own else None
                    )
                own = self._overlapping(start, end)
                if own is not None and own.person and _possessor_only(head, own.start, own.end):
                    return self._unresolved(text, start, end, text, person=False)  # "Ruiz's critics"
                people = head.tag_ == "NNS" and head.lemma_.lower() in _PEOPLE_NOUNS
                if own is not None and own.person and own.start > head.idx and low in _BODIES_OF_PEOPLE:
                    # "The jury in the Ruiz trial", "the family of Ana Ruiz": not Ruiz
                    return self._unresolved(text, start, end, text, person=False)
                if own is not None and own.person and people and own.start > head.idx:
                    # "People in the Ruiz administration": a group the person's name only describes
                    return self._unresolved(text, start, end, text, person=False, code=own.code)
                named_for = self._modified_by_country(own) if own is not None else None
                if (
                    own is not None
                    and named_for is not None
                    and own.start > head.idx
                    and (named_for.pos_ == "PROPN" and named_for.i > head.i)
                ):
                    # "The results of the Australian National Iodine Study": the study, not Australia
                    name = self.text[own.start : named_for.idx + len(named_for.text)]
                    return self._unresolved(text, start, end, name, person=False)
                if own is not None and own.agent and not own.named and low not in own.name.lower():
                    own = replace(own, name=text)  # "Environmentalists", not their country's name
                ante = (
                    (self._organisation_described(head, start) if low in _DESCRIBED_BODY_NOUNS else None)
                    or own
                    or self._recent_containing(start, head.lemma_.lower())
                    or (self._recent_organisation(start, sentence) if low in ORGANISATION_NOUNS else None)
                )
                if ante is not None and ante.named and head.tag_ in ("NNS", "NNPS") and ante is not own:
                    ante = None  # "Some politicians", "analysts": many people, not one named earlier
                if ante is not None:
                    return self._remember(text, start, end, ante, person=ante.person, title=None)
            named = self._person_name(start, end) or self._person_name(*_phrase(head))
            person = low in PERSON_TITLES or named is not None
            return self._unresolved(text, start, end, named or text, person=person)
        acronym = text.removeprefix("the ").removeprefix("The ")
        if acronym.isalpha() and acronym.isupper() and len(acronym) >= 2:
            own = self._overlapping(start, end)
            full = self._acronyms.get(acronym) or next(
                (f for s, ini, f in reversed(self._initials) if s < start and ini == acronym), None
            )
            if full is not None and (own is None or own.code is None):  # "the BLA": Baloch Liberation Army
                return self._unresolved(text, start, end, full, person=False)
        ante = self._overlapping(start, end, head=head, on_head=True)
        if ante is not None and ante.person and _the_name(head) and head.ent_type_ != "PERSON":
            # "the Church" (of Scientology): no person "Michael Church" of the actor dictionary
            prefix = f"{head.text} of "
            orgs = [strip_the(e.text) for e in self.doc.ents if e.label_ == "ORG" and e.end_char <= start]
            longer = [n for n in orgs if n.startswith(prefix)]
            if longer:  # "the Church" after "the Church of Scientology"
                return self._unresolved(text, start, end, longer[-1], person=False)
            return self._unresolved(text, start, end, head.text, person=False)
        given = self._given_name_before_place(head, start, ante)
        if given is not None:  # "Valeska Paris", "Nikki Holland": a person, not France or the Netherlands
            return self._unresolved(text, start, end, f"{given.text} {head.text}", person=True)
        lead = _organisation_over_country(head, start, ante)
        if lead is not None:  # "Air India", "ABC Australia": the company or outlet, not the country
            full = self.text[lead.idx : head.idx + len(head.text)]
            country = ante.country if ante is not None else None
            return self._unresolved(text, start, end, full, person=False, code=outlet_code(full) or country)
        if ante is None or len(ante.name.split()) == 1:  # "Sudani" after "... al-Sudani"
            plural = head.tag_ == "NNPS" or head.ent_type_ == "NORP"
            surnamed = self._recent_by_surname(start, head.text, plural)
            over_head = ante is not None and (ante.start, ante.end) == (head.idx, head.idx + len(head.text))
            place = over_head and ante is not None and not ante.person
            if surnamed is not None and (
                ante is None or ante.code in (None, surnamed.code) or (place and surnamed.code is None)
            ):  # "Paris said" after "Valeska Paris": the person
                ante = surnamed
        if ante is None or ante.code is None:  # "Tejo Partners" after "Tejo Partners & Co"
            ante = self._recent_organisation_by_prefix(start, strip_titles(text)) or ante
        if ante is None:  # 'He said: "China says “...”"': China, a mention inside the outer quotation
            ante = self._nested_speaker(head)
        if ante is not None:
            return self._remember(text, start, end, ante, person=ante.person, title=None)
        if _possessive_organisation(head):  # "The Alachua Sheriff's Office": all of it the name
            name = text.removeprefix("The ").removeprefix("the ")
            return self._unresolved(text, start, end, name, person=False)
        name = strip_titles(_after_possessor(text))
        modifier = self._overlapping(start, end)  # "Military spokesperson Ana Ruiz": the title's actor
        code = modifier.code if modifier is not None and modifier.person and not modifier.named else None
        return self._unresolved(
            text, start, end, name, person=len(name.split()) >= 2 or name != text, code=code
        )

    def _nested_speaker(self, head: Token) -> _Antecedent | None:
        """The actor of a mention inside a quotation over ``head``, the speaker of a quotation
        nested in it ('He said: "China always says “...”"'), when the mention is a country or
        organisation (a person's name there is resolved like any other); else None."""
        h_start, h_end = head.idx, head.idx + len(head.text)
        for m in self._inner:
            if _overlaps(m.start, m.end, h_start, h_end) and m.actor.kind is not ActorKind.PERSON:
                return _Antecedent(
                    m.start, m.end, self._sentence_at(m.start), m.text, m.actor.name, m.actor.code,
                    False, frozenset(), country=m.actor.country,
                )  # fmt: skip
        return None

    def _interview_label(self, text: str, start: int, end: int) -> Speaker:
        """The speaker of an interview turn labelled ``text`` ("((WN))", "((Ana Ruiz))"): the
        interviewee a label naming a person gives ("((Ana Ruiz))", "((Ruiz))": the person named
        earlier, else the label's words), or the publication's interviewer."""
        label = text[2:-2].strip()
        reporter = self._reporter(label)
        words = label.split()
        named = bool(words) and not label.isupper() and all(w[:1].isupper() for w in words)
        if reporter is None and named and label.lower() not in _PUBLICATION_LABELS:
            ante = self._recent_by_surname(start, words[-1])
            if ante is not None and ante.person:
                return self._remember(text, start, end, ante, person=True, title=None)
            if len(words) >= 2:
                return self._unresolved(text, start, end, label, person=True)
        return Speaker(text, reporter or "interviewer", INTERVIEWER_CODE, start, end)

    def _reporter(self, label: str) -> str | None:
        """The person behind an interview label ("WSS", "WN"): the named person whose
        initials the label spells ("William S. Saturn" for "WSS"), else the one person named
        right after a reporter's title (:data:`REPORTER_TITLES`: "Wikinews accredited
        reporter Ana Ruiz"); None when there is no such person or several."""
        initials = {
            text: "".join(w[0] for w in text.split() if w[:1].isupper()) for _s, _e, text in self._persons
        }
        spelled = {text for text, ini in initials.items() if len(ini) >= 2 and ini == label}
        if len(spelled) == 1:
            return spelled.pop()
        reporters = set()
        for start, _end, text in self._persons:
            span = self.doc.char_span(start, start + 1, alignment_mode="expand")
            if span is None or len(text.split()) < 2:
                continue
            before = {t.lower_ for t in self.doc[max(0, span[0].i - 3) : span[0].i]}
            if before & REPORTER_TITLES:
                reporters.add(text)
        return reporters.pop() if len(reporters) == 1 else None

    def _document_speaker(self, head: Token, start: int, end: int, sentence: int) -> Speaker | None:
        """A document speaks for its author: the possessor or ``by``/``from`` phrase it
        carries ("the union's website", "a study by the institute"), a country or body it
        is of ("the U.S. statement"), else, for "the"/"one"/"an earlier" document, the
        author of the latest document of its family within :data:`PRONOUN_LOOKBACK_SENTENCES`
        ("Two unions filed lawsuits ... One suit alleges": the unions), else, for "the
        report" (singular: "the reports" are anyone's), the latest speaker if not a person
        ("..., the institute reported. According to the report, ...": the institute)."""
        family = _document_family(head)
        author = _document_author(head, own=True)
        if author is not None and start <= author.idx < end + 200:
            found = self._resolve(author, author.left_edge.idx, author.idx + len(author.text))
            if found is not None:
                return self._as(self.text[start:end], start, end, found)
        own = self._overlapping(start, end)
        if own is not None and own.code:
            return None  # "the U.S. statement": the country's government, as before
        maker = _maker_name(head)
        if (
            maker is not None
            and self._overlapping(maker.idx, maker.idx + len(maker.text), with_country=True) is None
        ):
            # "One Ipsos survey": Ipsos; "a Portuguese survey" names a country, not a maker
            found = self._resolve(maker, maker.left_edge.idx, maker.idx + len(maker.text))  # "the NISA
            if found is not None:  # statement": the agency the acronym spells out
                return self._as(self.text[start:end], start, end, found)
        words = {c.lower_ for c in head.children if c.dep_ in ("det", "nummod", "amod")}
        if not words & {"the", "one", "this", "that", "earlier", "another", "both", "these"}:
            return None  # "a report": a new one
        low_sentence = sentence - PRONOUN_LOOKBACK_SENTENCES
        writer = next(
            (w for i, fam, w in reversed(self._documents) if i < head.i and w.i < head.i and fam == family),
            None,
        )
        if writer is not None and self._sentence_at(writer.idx) < low_sentence:
            writer = None
        spoken = next(((s, e, p) for s, e, p in reversed(self._spoken) if e <= start), None)
        if spoken is not None and family in ("report", "data") and "the" in words and head.tag_ != "NNS":
            s_start, s_end, person = spoken
            ante = self._overlapping(s_start, s_end)
            later = writer is None or writer.idx < s_start
            if later and not person and ante is not None and self._sentence_at(s_start) >= low_sentence:
                return self._remember(self.text[start:end], start, end, ante, person=False, title=None)
        if writer is not None:
            found = self._resolve(writer, writer.left_edge.idx, writer.idx + len(writer.text))
            if found is not None:
                return self._as(self.text[start:end], start, end, found)
        return None

    def _as(self, text: str, start: int, end: int, found: Speaker) -> Speaker:
        """``found``'s actor speaking through the span ``text`` (a document of theirs)."""
        self._add(
            _Antecedent(
                start, end, self._sentence_at(start), text, found.name, found.code, False, frozenset()
            )
        )
        return Speaker(text, found.name, found.code, start, end)

    # -- antecedents ------------------------------------------------------------

    def _described(self, head: Token, start: int) -> _Antecedent | None:
        """The organisation a definite description over ``head`` refers back to, as the
        actors stage resolves it (:func:`dyadic.actors.context_mentions`, rules
        ``description``/``description+locus``: "the network" after "broadcaster ABS-CBN",
        "The city" after "the Municipality of Pisa"): the latest earlier antecedent with the
        description's actor code and name (its full name), else one made of that actor."""
        if self._descriptions is None:
            context = context_mentions(self.doc, self.mentions, list(self.doc._.persons), speakers=True)
            self._descriptions = {m.token_start + 1: m for m in context if m.rule.startswith("description")}
        found = self._descriptions.get(head.i)
        if found is None:
            return None
        actor = found.actor
        names = {actor.name, strip_the(actor.name)}
        earlier = [a for a in self._before(start) if a.code == actor.code and names & {a.name, a.text}]
        if earlier:
            ante = earlier[-1]
            if ante.name not in ante.text and ante.text[:1].isupper() and " of " in ante.text:
                # "the Municipality of Pisa" (ITAGOV, named after Italy): its own name
                ante = replace(ante, name=strip_the(ante.text))
            return ante
        return _Antecedent(
            found.start, found.end, found.sentence_index, found.text, actor.name, actor.code,
            False, frozenset(), country=actor.country,
        )  # fmt: skip

    def _add(self, ante: _Antecedent) -> None:
        keys = [(a.start, a.end) for a in self._antecedents]
        self._antecedents.insert(bisect.bisect_right(keys, (ante.start, ante.end)), ante)

    def _remember(
        self, text: str, start: int, end: int, ante: _Antecedent, person: bool, title: str | None
    ) -> Speaker:
        titles = set(ante.titles) | set(self._actor_titles.get((ante.code, ante.name), set()))
        if title:
            titles.add(title)
        same = [a for a in self._antecedents if a.start == start and a.end == end]
        if (person or ante.person) and same and not any(a.person for a in same):
            # "Towson" tagged as an organisation but resolved to the person Jeffrey Towson: a later
            # "he" refers back to the person
            self._antecedents = [a for a in self._antecedents if a not in same]
            same = []
        if not same:
            self._add(
                _Antecedent(
                    start, end, self._sentence_at(start), text, ante.name, ante.code,
                    person or ante.person, frozenset(titles), ante.named, ante.country,
                )
            )  # fmt: skip
        code, name = ante.code, ante.name
        if code is not None and code == ante.country and not ante.person:
            code += "GOV"  # "the United States said": the U.S. government
        return Speaker(text, name, code, start, end)

    def _unresolved(
        self, text: str, start: int, end: int, name: str, person: bool, code: str | None = None
    ) -> Speaker:
        """A speaker without an actor of its own (``code`` at most from a title mention inside
        it), remembered so that a later "she said" finds it."""
        titles = frozenset(w.strip(".,").lower() for w in text.split()) & PERSON_TITLES
        self._add(_Antecedent(start, end, self._sentence_at(start), text, name, code, person, titles))
        return Speaker(text, name, code, start, end)

    def _before(self, start: int) -> list[_Antecedent]:
        return [a for a in self._antecedents if a.end <= start]

    def _overlapping(
        self,
        start: int,
        end: int,
        person_only: bool = False,
        head: Token | None = None,
        with_country: bool = False,
        on_head: bool = False,
    ) -> _Antecedent | None:
        """The antecedent overlapping ``[start, end)``, a person first, then the longest; with
        ``head``, one over the head word first (only such one with ``on_head``)."""
        found = [a for a in self._antecedents if _overlaps(a.start, a.end, start, end)]
        if person_only:
            found = [a for a in found if a.person]
        if with_country:
            found = [a for a in found if a.country]
        if head is not None:
            h_start, h_end = head.idx, head.idx + len(head.text)
            over_head = [a for a in found if _overlaps(a.start, a.end, h_start, h_end)]
            found = over_head if over_head or on_head else found
        found.sort(key=lambda a: (not a.person, -(a.end - a.start)))
        return found[0] if found else None

    def _recent(
        self, start: int, sentence: int, person: bool, word: str | None = None, depth: int = 0
    ) -> _Antecedent | None:
        """The antecedent of a pronoun at ``start``: the most recent one of its kind within
        :data:`PRONOUN_LOOKBACK_SENTENCES`. For ``he``/``she``: in the latest sentence with a
        person, a clause subject ("Ana Ruiz of the ministry said ...") beats a later
        non-subject, a named person first, a direct subject before one in apposition;
        failing a subject, a named person beats a more recent title without a name. When
        that sentence's own subject is the same pronoun ("He criticised Lopes's plan"), the
        pronoun goes on with that one's referent."""
        window: list[_Antecedent] = []
        fronted = self._fronted_phrase(start) if person else None
        for a in reversed(self._before(start)):
            if a.sentence_index < sentence - PRONOUN_LOOKBACK_SENTENCES:
                break
            if fronted is not None and fronted[0] <= a.start and a.end <= fronted[1]:
                continue  # "Speaking to Ana Ruiz, he said": he is not Ruiz
            if a.person == person:
                window.append(a)
        if word == "it":  # "it" is not "the hostages"
            window = [a for a in window if not self._plural(a)]
        if word in ("they", "it"):  # "They" is not "U.S." of "U.S. gallons"
            window = [a for a in window if not self._country_modifier(a)]
        if word in _GENDERED:  # "he" is not a woman an earlier "she" or "Ms." referred to
            window = [a for a in window if not self._of_other_gender(a, word)]
        if not window:
            return None
        latest = [a for a in window if a.sentence_index == window[0].sentence_index]
        if not person:  # "The port authority fined the ship, it said": the subject
            subjects = [a for a in latest if self._is_subject(a, ("compound", "flat"))]
            # "The armed forces said the 36 people infected included ... They said": the main
            # clause's subject, not that of the clause it reported
            return next(
                (a for a in subjects if self._is_main_subject(a)), subjects[0] if subjects else window[0]
            )
        if person:
            for named in (True, False):  # "The court's president, Judge Ana Ruiz, ...": Ana Ruiz
                for through in (("compound", "flat"), ("compound", "flat", "appos")):
                    subjects = [a for a in latest if a.named is named and self._is_subject(a, through)]
                    if subjects and self._reported_clause_subject(subjects[0], through):
                        # "Ruiz said ..., which Lopes opposed. He said": the main subject Ruiz
                        return next((a for a in subjects if self._is_main_subject(a, through)), subjects[0])
                    if subjects:
                        return subjects[0]
            chained = self._same_pronoun_subject(latest[0], word) if depth < 3 else None
            if chained is not None:  # "Ruiz ... He criticised Lopes's plan. "...," he said": Ruiz
                return (
                    self._recent(chained.idx, self._sentence_at(chained.idx), True, word, depth + 1)
                    or window[0]
                )
            owners = [a for a in window if not self._is_possessor(a)]
            if owners and owners[0] is not window[0] and owners[0].sentence_index == window[0].sentence_index:
                window = owners  # "..., the lawyer leading Lai's legal team. She told": not Lai
            people = [a for a in window if a.named]
            if people and not window[0].named:
                return people[0]  # "Kannavee ... Chinese lawmakers ... he said": the named person
        return window[0]

    def _country_modifier(self, ante: _Antecedent) -> bool:
        """Whether the antecedent is a country's name or adjective only modifying a common
        noun ("U.S. gallons"): no one a pronoun means."""
        noun = self._modified_by_country(ante)
        return noun is not None and noun.pos_ == "NOUN"  # not "the United States Commission on ..."

    def _modified_by_country(self, ante: _Antecedent) -> Token | None:
        """The noun a country-only antecedent modifies ("gallons" of "U.S. gallons"); else None."""
        if ante.country is None or ante.code != ante.country:
            return None
        span = self._phrase(ante)
        if span is None:
            return None
        last = span[-1]
        if last.dep_ not in ("compound", "amod", "nmod") or last.head.i < span.end:
            return None
        return last.head if last.head.pos_ in ("NOUN", "PROPN") else None

    def _of_other_gender(self, ante: _Antecedent, word: str) -> bool:
        """Whether the person ``ante`` was referred to only by the pronoun of the other gender
        than ``word`` ("he"/"she") among the resolved speakers before, or carries a title of
        the other gender ("Ms.", "Mr.")."""
        other = _GENDERED[word]
        said = {a.text.lower() for a in self._antecedents if a.name == ante.name} & set(_GENDERED)
        if other in said and word not in said:
            return True
        titles = {t.strip(".") for t in ante.titles} | {w.strip(".").lower() for w in ante.text.split()[:1]}
        return bool(titles & _GENDER_TITLES[other])

    def _fronted_phrase(self, start: int) -> tuple[int, int] | None:
        """Characters ``[start, end)`` of the words that open the sentence of a subject pronoun at
        ``start`` and end with a comma right before it, naming no subject of their own ("Speaking
        to Ana Ruiz, he said", "In an interview with Ruiz, she said"): a person there is whom
        the pronoun spoke to, not the pronoun; else None ("After Ruiz sat down, he said")."""
        i = self._token_at(start)
        if i is None or self.doc[i].dep_ != "nsubj" or i < 2 or self.doc[i - 1].text != ",":
            return None
        first = self._sent_starts[bisect.bisect_right(self._sent_starts, i) - 1]
        before = self.doc[first : i - 1]
        if not len(before) or any(t.dep_ in ("nsubj", "nsubjpass") or t.is_quote for t in before):
            return None
        return before[0].idx, before[-1].idx + len(before[-1].text)

    def _same_pronoun_subject(self, ante: _Antecedent, word: str | None) -> Token | None:
        """The pronoun ``word`` ("he") as the main clause subject of ``ante``'s sentence, before
        it: that sentence goes on about the pronoun's own referent, not about ``ante``."""
        if word not in PERSON_PRONOUNS:
            return None
        span = self._phrase(ante)
        if span is None:
            return None
        root = span[0].sent.root
        return next(
            (c for c in root.children if c.dep_ == "nsubj" and c.lower_ == word and c.idx < ante.start),
            None,
        )

    def _latest(
        self, start: int, keep: Callable[[_Antecedent], bool], since: int | None = None
    ) -> _Antecedent | None:
        """The most recent antecedent before ``start`` that ``keep`` accepts, none from a
        sentence before ``since``."""
        for a in reversed(self._before(start)):
            if since is not None and a.sentence_index < since:
                return None
            if keep(a):
                return a
        return None

    def _recent_organisation(self, start: int, sentence: int) -> _Antecedent | None:
        """The most recent unlisted organisation within :data:`PRONOUN_LOOKBACK_SENTENCES`
        ("Dezan Shira & Associates ... the consultancy said")."""
        return self._latest(start, lambda a: a.organisation, sentence - PRONOUN_LOOKBACK_SENTENCES)

    def _organisation_described(self, head: Token, start: int) -> _Antecedent | None:
        """The earlier organisation a singular group noun describes by words of its name
        ("the fishers' league" or "the fishing body" after "the Azul Fishers League"): every
        lower-case modifier of the noun is a word of the organisation's name (the plural "s"
        aside), which holds a proper noun; the longest such antecedent of the latest
        sentence with one. Plurals ("the rights groups") name no one organisation."""
        if head.tag_ != "NN":
            return None
        mods = {
            _stem(c.lower_)
            for c in head.lefts
            if c.dep_ in ("compound", "amod", "poss") and c.pos_ in ("NOUN", "ADJ") and c.text.islower()
        }
        if not mods:
            return None

        def describes(a: _Antecedent) -> bool:
            words = a.text.split()
            if a.person or not any(w[:1].isupper() for w in words[1:] + words[:1]):
                return False
            return mods <= {_stem(w.strip(".,'’").lower()) for w in words}

        first = self._latest(start, describes)
        if first is None:
            return None
        same = [a for a in self._before(start) if a.sentence_index == first.sentence_index and describes(a)]
        return max(same, key=lambda a: a.end - a.start)

    def _recent_organisation_by_prefix(self, start: int, name: str) -> _Antecedent | None:
        """The most recent unlisted organisation before ``start`` whose longer name begins
        with ``name`` (two words at least): "Tejo Partners" after "Tejo Partners & Co"."""
        if len(name.split()) < 2:
            return None
        return self._latest(start, lambda a: a.organisation and a.name.startswith(name + " "))

    def _recent_named(self, start: int, like: _Antecedent, title: str | None = None) -> _Antecedent | None:
        """The most recent named person before ``start`` with ``like``'s actor code (a
        bare country matches any code of that country: "the U.S. leader"), not one who
        is a head of state or government (:data:`HEAD_TITLES`) when ``title`` names someone
        who speaks for one (:data:`DEPUTY_TITLES`: "the envoy" is not "leader Kim")."""
        bare = like.country is not None and like.code == like.country

        def untitled_or(a: _Antecedent) -> bool:
            titles = a.titles | self._actor_titles.get((a.code, a.name), set())
            return title not in DEPUTY_TITLES or not titles & HEAD_TITLES

        return self._latest(
            start,
            lambda a: (
                a.named
                and bool(a.code)
                and (a.code == like.code or (bare and a.country == like.country))
                and untitled_or(a)
            ),
        )

    def _later_with_title(self, end: int, title: str, country: str) -> _Antecedent | None:
        """The first named person after ``end`` (characters) of ``country`` (or of no known
        country) who carries ``title`` or a title of its family (:data:`TITLE_FAMILIES`),
        before it or in an apposition after the name ("China's envoy said ... Ambassador Li
        Wei"; "the provincial leader ... Ana Ruiz, Ontario's provincial leader, said"): a
        lead that names the person later."""
        family = _title_family(title)
        for a in self._antecedents:
            if a.start < end or not (a.named and a.person) or a.country not in (country, None):
                continue
            if a.titles & family or self._apposed_titles(a.end) & family:
                return a
        return None

    def _later_new_person(
        self,
        span: tuple[int, int],
        sentence: int,
        title: str,
        own: _Antecedent | None,
        like: _Antecedent | None = None,
    ) -> _Antecedent | None:
        """The person a title description over ``span`` (characters) introduces: the first
        named person after it, within the next two sentences, whom the article has not named
        before, of the description's country or of none known, and of its international body
        when ``own`` is one ("China's U.N. ambassador told reporters ... Fu Cong blamed";
        "The head of the aid group said ... said Secretary General Ana Ruiz"). The person
        keeps the description's actor code ``like`` (or ``own``'s) when it has one. None
        when there is no such person, or when an unnamed person of that title and country came
        before ("the minister" after "the information minister": that one)."""
        country = own.country if own is not None else None
        body = _body_code(own)
        family = _title_family(title)
        start, end = span
        before = [a for a in self._antecedents if a.end <= start]
        if any(a.titles & family and not a.named and country in (a.country, None) for a in before):
            return None
        earlier = {a.name for a in before if a.named}
        for a in self._antecedents:
            if a.start < end or not (a.named and a.person):
                continue
            if a.sentence_index > sentence + 2:
                return None
            if a.name in earlier or any(_same_surname(a.name, n) for n in earlier):
                continue
            if a.sentence_index == sentence and self._is_hearer(a):
                continue  # "the mayor told radio host Ana Ruiz": whom he spoke to
            if a.titles and not a.titles & family:
                continue  # "... said association president Ana Ruiz": another office
            if a.country not in (country, None):
                continue
            same = body if a.sentence_index == sentence else ""  # uncoded: only in the same sentence
            if body is not None and not (a.code or same or "").startswith(body):
                continue  # "The head of the aid group": a person of that group
            base = like if like is not None and like.code else own
            if base is None or not base.code:
                return a
            code = base.code + "GOV" if base.code == base.country else base.code
            return replace(a, code=code, country=base.country)
        return None

    def _is_hearer(self, ante: _Antecedent) -> bool:
        """Whether the antecedent's phrase is the object of a verb of telling or asking
        ("told radio host Ana Ruiz", "asked Ana Ruiz"): the one spoken to."""
        head = self._phrase_head(ante)
        if head is None or head.dep_ not in ("dobj", "dative", "iobj"):
            return False
        return head.head.lemma_.lower() in ("tell", "ask", "assure", "remind", "warn", "inform", "promise")

    def _names_body(self, first: Token, last: Token) -> bool:
        """Whether the words ``first`` to ``last`` are an organisation's name: an actor
        mention of no person over all of them ("UNICEF")."""
        f_start, l_end = first.idx, last.idx + len(last.text)
        return any(
            not a.person and a.code and a.start <= f_start and l_end <= a.end
            for a in self._antecedents
            if _overlaps(a.start, a.end, f_start, l_end)
        )

    def _later_of_body(self, end: int, sentence: int, own: _Antecedent | None) -> _Antecedent | None:
        """The first named person after ``end`` (characters), within the next two sentences,
        with the actor code of ``own`` or one under it when ``own`` is an international body (an
        IGO or NGO: "The head of the U.N. children's agency said ... Ana Ruiz, UNICEF's
        executive director, told ..."), else None."""
        body = _body_code(own)
        if body is None:
            return None
        for a in self._antecedents:
            if a.start < end or a.sentence_index > sentence + 2:
                continue
            if a.named and a.person and (a.code or "").startswith(body):  # IGOUNOKID for IGOUNO
                return a
        return None

    def _apposed_titles(self, end: int) -> frozenset[str]:
        """Person titles in an apposition right after a name ending at ``end`` (", Ontario's
        provincial leader,")."""
        span = self.doc.char_span(end, min(end + 1, len(self.text)), alignment_mode="expand")
        if span is None or not len(span) or span[0].text != ",":
            return frozenset()
        words: set[str] = set()
        for tok in self.doc[span[0].i + 1 : span[0].i + 8]:
            if tok.text in (",", ".", ";") or tok.is_sent_start:
                break
            words.add(tok.lower_)
        return frozenset(words & PERSON_TITLES)

    def _last_speaker(self, start: int, sentence: int, own: _Antecedent | None) -> _Antecedent | None:
        """The named person who spoke last before ``start`` (characters), in this or the
        two sentences before, of the country of the description's own mention ``own`` or of
        none known ("Ana Ruiz, a former EU commissioner, said ... The former Portuguese minister
        told ...": Ana Ruiz, the person quoted, not a person mentioned since); not when ``own``
        is an international body other than the speaker's ("The head of MSF" after UNICEF's head)."""
        country = own.country if own is not None else None
        body = _body_code(own)
        for s_start, s_end, person in reversed(self._spoken):
            if s_end > start:
                continue
            ante = self._overlapping(s_start, s_end, person_only=True)
            if not person or ante is None or not ante.named:
                return None
            if sentence - self._sentence_at(s_start) > 2 or ante.country not in (country, None):
                return None
            if body is not None and ante.code != body:
                return None
            return ante
        return None

    def _recent_named_speaker(self, start: int, like: _Antecedent) -> _Antecedent | None:
        """The most recent speaker before ``start`` (characters) who is a named person of
        ``like``'s country, of its actor code or both of the state other than the courts ("the
        spokesperson" of the military after "Lt. Gen. Ana Ruiz, of the defence ministry, said";
        not "the head of the police" after a lawyer, coded JUD)."""

        def official(code: str | None, country: str) -> bool:
            # not the courts: lawyers are coded JUD, and they speak for their clients, not for the state
            return bool(code) and (code or "").removeprefix(country)[:3] in _STATE_SECTORS - {"JUD"}

        for s_start, s_end, person in reversed(self._spoken):
            if s_end > start or not person or like.country is None:
                continue
            ante = self._overlapping(s_start, s_end, person_only=True)
            if ante is None or not ante.named or ante.country != like.country:
                continue
            if ante.code == like.code or (
                official(ante.code, like.country) and official(like.code, like.country)
            ):
                return ante
        return None

    def _recent_with_title(
        self, start: int, title: str, country: str | None, named_by_text: bool = True, body: str | None = None
    ) -> _Antecedent | None:
        """The most recent person before ``start`` who carried ``title``, of ``country``
        when the title names one ("China's ambassador"); a named person of no known country
        counts too when the country is not in the title's words (``named_by_text`` false: "the
        archbishop" after "archbishop Ana Ruiz"); of the actor code ``body`` or one under it
        when the title names an international body ("the head of MSF" is not UNICEF's head)."""

        def of_country(a: _Antecedent) -> bool:
            return (
                not country or a.country == country or (not named_by_text and a.named and a.country is None)
            )

        return self._latest(
            start,
            lambda a: (
                a.person
                and of_country(a)
                and (body is None or (a.code or "").startswith(body))
                and (title in a.titles or title in self._actor_titles.get((a.code, a.name), set()))
            ),
        )

    def _kin_name(self, head: Token, first: Token, last: Token) -> tuple[str, str | None] | None:
        """The full name and code of a relative named by a first name only after a kinship
        noun with a possessor ("his wife Mary", "Ruiz's son Tomas"): the first name with the
        surname of the possessor's person, a civilian of that person's country; else None."""
        poss = next((c for c in head.children if c.dep_ == "poss"), None)
        if head.lower_ not in KIN_NOUNS or first.i != last.i or poss is None:
            return None
        if poss.lower_ in ("his", "her"):
            ante = self._recent_of_gender(poss.idx, "she" if poss.lower_ == "his" else "he")
        else:
            ante = self._overlapping(poss.idx, poss.idx + len(poss.text), person_only=True)
        words = ante.name.split() if ante is not None and ante.named else []
        if ante is None or len(words) < 2 or words[-1] == first.text:
            return None
        return f"{first.text} {words[-1]}", (f"{ante.country}CVL" if ante.country else None)

    def _recent_of_gender(self, start: int, other: str) -> _Antecedent | None:
        """The most recent named person within :data:`PRONOUN_LOOKBACK_SENTENCES` before
        ``start`` that no resolved pronoun ``other`` ("she" for a "his") has referred to."""
        other_names = {a.name for a in self._antecedents if a.text.lower() == other}
        since = self._sentence_at(start) - PRONOUN_LOOKBACK_SENTENCES
        return self._latest(start, lambda a: a.person and a.named and a.name not in other_names, since)

    def _recent_containing(self, start: int, word: str) -> _Antecedent | None:
        return self._latest(start, lambda a: bool(word) and word in a.text.lower().split())

    def _recent_by_surname(self, start: int, word: str, plural: bool = False) -> _Antecedent | None:
        """The most recent person before ``start`` whose last name is ``word``, also after a
        particle ("Sudani" for "Mohammed Shia al-Sudani") or without accents ("Erdogan" for
        "Erdoğan"), else whose full name begins with it, the family name first ("Sun" for "Sun
        Lijun", also where the NER's name leaves it out), else a named person whose last name
        is one letter away from a word of five letters or more ("Pedersen" spelt "Pederson"),
        not by a plural ending when ``plural`` ("Democrats" after "..., a Democrat")."""
        key = _plain(word)

        def last_names(a: _Antecedent) -> set[str]:
            words = [_plain(w) for w in (a.name.split()[-1:] + a.text.split()[-1:])]
            return set(words) | {w.rsplit("-", 1)[-1] for w in words}

        def first_name(a: _Antecedent) -> bool:
            words, said = a.name.split(), a.text.split()
            if said[1:] == words:  # "Oh Ei Sun", the NER's name left out the family name
                words = said
            return a.named and len(words) >= 2 and _plain(words[0]) == key

        def misspelt(a: _Antecedent) -> bool:
            # "Democrats" is no misspelling of "..., a Democrat": a plural, not a one-letter slip
            return (
                a.named
                and len(key) >= 5
                and any(
                    (_one_letter_apart(key, w) or _two_letters_garbled(key, w))
                    and not (plural and key == w + "s")
                    for w in last_names(a)
                )
            )

        return (
            self._latest(start, lambda a: a.person and key in last_names(a))
            or self._latest(start, lambda a: a.person and first_name(a))
            or self._latest(start, lambda a: a.person and misspelt(a))
        )

    # -- helpers ----------------------------------------------------------------

    def _person_name(self, start: int, end: int) -> str | None:
        """The person a span names: the last PERSON entity inside it ("Environment Canada
        spokesperson Julie Hahn"), else one in apposition right after it ("the El Paso mayor,
        Dee Margo"; "the foreign minister Ana Duarte")."""
        inside = [text for s, e, text in self._persons if s >= start and e <= end]
        if inside:
            return inside[-1]
        for s, _e, text in self._persons:
            if end <= s <= end + 2 and self.text[end:s].strip() in ("", ","):
                return text
        return None

    def _place_like(self, start: int, end: int) -> bool:
        """A one-word "person" the NER found as the object of a place preposition ("posted on
        Twitter", "moved to a flat in Okinawa") or of "to" after a verb of moving ("relocating
        to Okinawa"): a place or platform, never an antecedent."""
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) != 1:
            return False
        tok = span[0]
        if tok.dep_ != "pobj":
            return False
        prep = tok.head
        return prep.lower_ in ("in", "on", "at") or (
            prep.lower_ == "to" and prep.head.lemma_.lower() in _MOVING_VERBS
        )

    def _person_after(self, head: Token, end: int) -> _Antecedent | None:
        """A named person after the title ``head`` inside its span (ending at ``end``,
        characters): "Ambassador to the United States Hamdullah Mohib"."""
        for s, e, _text in self._persons:
            if head.idx + len(head.text) < s and e <= end:
                ante = self._overlapping(s, e, person_only=True)
                if ante is not None and ante.named:
                    return ante
        return None

    def _organisation_naming(self, head: Token, start: int) -> str | None:
        """The organisation named by the proper nouns before an organisation noun from
        ``start`` on ("The Lisbon Herald newspaper", "the opposition Azul party", "the Tejo
        news agency"), unless they only name a place or nationality ("the Lisbon daily")."""
        doc = head.doc
        i = head.i - 1
        while i >= 0 and doc[i].idx >= start and doc[i].pos_ == "NOUN" and doc[i].text.islower():
            i -= 1  # "news" in "the Tejo news agency"
        last = i
        while i >= 0 and doc[i].idx >= start and doc[i].pos_ == "PROPN":
            i -= 1
        run = doc[i + 1 : last + 1]
        if not len(run) or all(t.ent_type_ in ("GPE", "NORP", "LOC") for t in run):
            return None
        return run.text

    def _coded_organisation(self, start: int, end: int, name: str) -> _Antecedent | None:
        """An antecedent inside ``[start, end)`` (characters) with an actor code that is not a
        bare country nor a person, whose words are (part of) the organisation ``name`` that
        proper nouns before an organisation noun give ("U.N." in "The U.N. report")."""
        for a in self._antecedents:
            inside = start <= a.start and a.end <= end
            if inside and a.code and a.code != a.country and not a.person and a.text in name:
                return a
        return None

    def _subject_names(self, quoted: _RangeSet) -> list[tuple[int, int]]:
        """Character spans of clause subjects, or names in apposition with a person title
        either way ("Ana Ruiz, the port director"; "the port director, Ana Ruiz"), written as
        a name of two or more title-case proper nouns that no antecedent covers and the NER
        does not call a place or nationality, nor an organisation unless a "who" clause or the
        title follows."""
        spans = []
        # heads of an apposition headed by a person title ("Ana Ruiz, the port director")
        apposed = {t.head.i for t in dep_tokens(self.doc, ("appos",)) if t.lower_ in PERSON_TITLES}
        for tok in pos_tokens(self.doc, ("PROPN",)):  # the proper nouns only, not every token
            if not tok.is_title:
                continue
            # "Ana Ruiz, the port director" or "the port director, Ana Ruiz"
            titled = tok.i in apposed or (tok.dep_ == "appos" and tok.head.lower_ in PERSON_TITLES)
            if not (tok.dep_ in ("nsubj", "nsubjpass") or titled):
                continue
            if tok.ent_type_ in ("GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"):
                continue
            if tok.ent_type_ == "ORG" and not (_has_who_clause(tok) or titled):
                continue  # an organisation, unless "X, who heads ..." or "X, the mayor" says a person
            first = tok
            while first.i > 0 and first.nbor(-1).pos_ == "PROPN" and first.nbor(-1).is_title:
                first = first.nbor(-1)
                if first.dep_ not in ("compound", "flat"):
                    break
            if first.i == tok.i:
                continue
            start, end = first.idx, tok.idx + len(tok.text)
            if self._overlapping(start, end) or quoted.overlaps(start, end):
                continue
            spans.append((start, end))
        return spans

    def _phrase(self, ante: _Antecedent) -> Span | None:
        """The tokens of the antecedent's phrase (expanded to whole tokens); None when empty."""
        span = self.doc.char_span(ante.start, ante.end, alignment_mode="expand")
        return span if span is not None and len(span) else None

    def _phrase_head(self, ante: _Antecedent) -> Token | None:
        """The head of the antecedent's phrase, above its compound and flat name parts."""
        span = self._phrase(ante)
        if span is None:
            return None
        tok = span.root
        while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
            tok = tok.head
        return tok

    def _is_subject(self, ante: _Antecedent, through: tuple[str, ...]) -> bool:
        """Whether the antecedent's phrase is a clause subject, climbing the dependencies
        ``through``; a person's name that only modifies a common noun ("the Trump
        administration") is not the subject of that noun's clause."""
        span = self._phrase(ante)
        if span is None:
            return False
        tok = span.root
        named_after = any(t.head.i == tok.i for t in span if t.ent_type_ == "PERSON")
        if ante.person and named_after and self._modified_noun(tok):
            return False  # the mention "the Trump administration", named after Trump
        while tok.dep_ in through and tok.head.i != tok.i:
            tok = tok.head
            if ante.person and tok.i >= span.end and self._modified_noun(tok):
                return False
        return tok.dep_ in ("nsubj", "nsubjpass")

    def _is_main_subject(self, ante: _Antecedent, through: tuple[str, ...] = ()) -> bool:
        """Whether the antecedent's phrase is the subject of its sentence's main verb, climbing
        the dependencies ``through`` above its head first."""
        tok = self._phrase_head(ante)
        while tok is not None and tok.dep_ in through and tok.head.i != tok.i:
            tok = tok.head
        return tok is not None and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"

    def _reported_clause_subject(self, ante: _Antecedent, through: tuple[str, ...]) -> bool:
        """Whether the antecedent's phrase is the subject of a clause below another verb: a
        relative clause or a reported one ("Lopes" in "Ruiz argued that Lopes had no plan"),
        not of a coordinated or adverbial one ("..., while Lopes wrote")."""
        tok = self._phrase_head(ante)
        while tok is not None and tok.dep_ in through and tok.head.i != tok.i:
            tok = tok.head
        return tok is not None and tok.head.dep_ in ("relcl", "ccomp", "acl")

    def _is_possessor(self, ante: _Antecedent) -> bool:
        """Whether the antecedent's phrase only owns a noun ("Lai's" in "Lai's legal team")."""
        tok = self._phrase_head(ante)
        return tok is not None and tok.dep_ == "poss"

    def _plural(self, ante: _Antecedent) -> bool:
        """Whether the antecedent is a plural common noun with a plural ending ("hostages"; not
        "police"), not an organisation named with one ("Reporters Without Borders")."""
        span = self._phrase(ante)
        if span is None or not ante.name[:1].islower():
            return False
        return span.root.tag_ == "NNS" and span.root.lower_.endswith("s")

    @staticmethod
    def _modified_noun(tok: Token) -> bool:
        """Whether a name's head ``tok`` after it is a noun of its own that the name only
        modifies ("administration" in "the Trump administration"), not a title or more name."""
        return tok.pos_ in ("NOUN", "PROPN") and tok.ent_type_ != "PERSON" and tok.lower_ not in PERSON_TITLES

    def _first_token(self, start: int, end: int) -> int | None:
        """Index of the first token of ``doc.char_span(start, end, alignment_mode="expand")``,
        None when that span is None or empty (``start`` or ``end - 1`` between tokens)."""
        first, last = self._token_by_char(start), self._token_by_char(end - 1)
        if first is None or last is None:
            return None
        if start == self._ends[first]:  # in the space after a token: the next one
            first += 1
        return first if first <= last else None

    def _token_by_char(self, char: int) -> int | None:
        """The token whose text or following space holds ``char`` (spaCy's ``token_by_char``)."""
        i = bisect.bisect_right(self._starts, char) - 1
        return i if i >= 0 and char < self._reach[i] else None

    def _token_at(self, char: int) -> int | None:
        """Index of the token whose text holds the character offset ``char``; None between
        tokens (as ``doc.char_span(char, char + 1, alignment_mode="expand")`` is empty)."""
        i = bisect.bisect_right(self._starts, char) - 1
        return i if i >= 0 and char < self._ends[i] else None

    def _sentence_at(self, char: int) -> int:
        """Index of the sentence of the token at ``char`` (characters); 0 between tokens."""
        found = self._sentences.get(char)
        if found is None:
            i = self._token_at(char)
            found = self._sentences[char] = 0 if i is None else bisect.bisect_right(self._sent_starts, i) - 1
        return found

    def _titles_at(self, start: int, end: int) -> frozenset[str]:
        """Person titles in the mention's text or in up to 4 words just before it."""
        words = {w.strip(".,").lower() for w in self.text[start:end].split()}
        first = self._first_token(start, end)
        if first is not None:
            i = first - 1
            sent_start = self._sent_starts[bisect.bisect_right(self._sent_starts, first) - 1]
            while i >= max(sent_start, first - 4):
                tok = self.doc[i]
                if tok.pos_ not in ("PROPN", "NOUN", "ADJ") and not tok.text[:1].isupper():
                    break
                words.add(tok.lower_)
                i -= 1
        return frozenset(words & PERSON_TITLES)

    def _is_descriptive(self, head: Token) -> bool:
        """True for "the president", "Iranian President", "the ministry": no name in the span."""
        if head.lower_ in PERSON_TITLES:
            return True
        lower = head.text.islower() or (bool(head.is_sent_start) and head.text[1:].islower())  # "Members"
        return head.pos_ in ("NOUN", "NUM") and lower


#: Plural nouns of people that a group is named by ("People in the Ruiz campaign", "aides to
#: Ruiz"): the group speaks, not the person named after the noun.
#: Nouns of a body of people that a person's name after them only describes ("the jury in
#: the Ruiz trial", "the family of Ana Ruiz").
_BODIES_OF_PEOPLE: frozenset[str] = frozenset(
    {"jury", "family", "relatives", "defence", "defense", "prosecution"}
)
_PEOPLE_NOUNS: frozenset[str] = frozenset(
    {
        "people", "member", "official", "aide", "staff", "staffer", "supporter", "adviser",
        "advisor", "employee", "worker", "ally", "insider", "source", "representative",
    }
)  # fmt: skip

#: Capitalised words that begin place names ("New York", "North Korea", "Port Moresby"):
#: before a place they make a longer place, not a given name.
# fmt: off
_PLACE_WORDS: frozenset[str] = frozenset(
    {
        "new", "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "upper", "lower", "greater", "central", "saint", "st", "san", "santa", "los", "las", "el",
        "la", "le", "port", "fort", "mount", "lake", "cape", "old", "little", "great", "united",
        "republic", "kingdom", "democratic", "air", "radio", "bank", "royal",
    }
)
# fmt: on


#: The other gender's pronoun of a speaker pronoun, and the titles of each gender.
_GENDERED = {"he": "she", "she": "he"}
_GENDER_TITLES = {
    "he": frozenset({"mr", "mister", "sir"}),
    "she": frozenset({"ms", "mrs", "miss", "madam", "dame"}),
}

#: Capitalised words that begin the name of a company or outlet over a country name ("Air
#: India", "Radio Pakistan"), though they are also place-name words (:data:`_PLACE_WORDS`).
_BODY_WORDS = frozenset({"air", "radio", "bank"})


def _organisation_over_country(head: Token, start: int, ante: _Antecedent | None) -> Token | None:
    """The first word of a proper name that ends in a country name and names something else
    ("Air India", "ABC Australia", "CNN Philippines"): ``ante`` a country mention over ``head``
    alone, and right before it, from ``start`` on, capitalised proper nouns in compound with
    ``head`` that no title, place word ("New Zealand", "North Korea") or place entity is;
    else None."""
    if ante is None or ante.person or ante.country is None or ante.code != ante.country or head.i == 0:
        return None
    if (ante.start, ante.end) != (head.idx, head.idx + len(head.text)):
        return None
    first = None
    for tok in reversed(head.doc[head.left_edge.i : head.i]):
        if tok.idx < start or tok.dep_ != "compound" or tok.head.i != head.i or tok.pos_ != "PROPN":
            break
        low = tok.lower_.strip(".")
        if not tok.text[:1].isupper() or low in PERSON_TITLES or tok.ent_type_ in ("GPE", "LOC", "NORP"):
            return None
        if low in _PLACE_WORDS and low not in _BODY_WORDS:
            return None
        first = tok
    return first


def _other_given_name(named: str, name: str) -> bool:
    """Whether two full names share the last name but not the given name ("Aner Shalev",
    "Gabriela Shalev"); an initial or a shortened given name ("G. Shalev", "Gab Shalev") is
    the same."""
    a, b = _plain(named).split(), _plain(name).split()
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    x, y = a[0].strip("."), b[0].strip(".")
    return not (x.startswith(y) or y.startswith(x))


def _code_of(ante: _Antecedent | None) -> str | None:
    """The actor code of ``ante``, None when there is none."""
    return ante.code if ante is not None else None


def _body_code(own: _Antecedent | None) -> str | None:
    """The actor code of ``own`` when it is an international body (``IGO``/``NGO`` codes, no
    country: "the head of UNICEF"), else None (a religion's "the archbishop" is no body)."""
    if own is None or not own.code or own.country is not None:
        return None
    return own.code if own.code.startswith(("IGO", "NGO")) else None


def _title_family(title: str) -> frozenset[str]:
    """``title`` and the titles that name the same office (:data:`TITLE_FAMILIES`)."""
    return next((f for f in TITLE_FAMILIES if title in f), frozenset({title}))


def _document_family(tok: Token) -> str | None:
    """The :data:`DOCUMENT_NOUNS` family of a common noun, by its word or lemma."""
    if tok.pos_ != "NOUN" or not tok.text.islower():
        return None
    return DOCUMENT_NOUNS.get(tok.lower_) or DOCUMENT_NOUNS.get(tok.lemma_.lower())


def _document_nouns(doc: Doc) -> list[Token]:
    """The common nouns of ``doc`` whose word or lower-cased lemma is one of
    :data:`DOCUMENT_NOUNS`, by index (read from the Doc's arrays: only these tokens are built)."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    rows = doc.to_array([POS, LOWER, LEMMA])
    nouns = rows[rows[:, 0] == NOUN]
    hashes = set(nouns[:, 1].tolist()) | set(nouns[:, 2].tolist())
    words = [h for h in hashes if strings[h].lower() in DOCUMENT_NOUNS]
    if not words:
        return []
    keep = (rows[:, 0] == NOUN) & (numpy.isin(rows[:, 1], words) | numpy.isin(rows[:, 2], words))
    return [doc[i] for i in numpy.flatnonzero(keep).tolist()]


def _document_author(noun: Token, own: bool = False) -> Token | None:
    """Who wrote or filed a document: its possessor ("the union's website"), the object of
    ``by``/``from`` after it or after a participle ("a report issued by the institute"),
    or, unless ``own``, the subject of the verb it is the object of ("The unions filed a
    lawsuit"). Pronouns and other documents do not count."""
    found: Token | None = None
    for child in noun.children:
        if child.dep_ == "poss":
            found = child
        elif child.dep_ in ("prep", "agent") and child.lower_ in ("by", "from"):
            found = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ == "acl" and child.tag_ == "VBN":
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            found = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
        if found is not None:
            break
    if found is None and not own and noun.dep_ == "dobj":
        found = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if found is None or found.pos_ not in ("PROPN", "NOUN") or _document_family(found) is not None:
        return None
    return found


def _maker_name(noun: Token) -> Token | None:
    """The proper noun that names a document's maker inside its phrase ("Ipsos" in "One Ipsos
    survey"), not a place or person; else None."""
    names = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < noun.i]
    if len(names) != 1 or names[0].ent_type_ in ("GPE", "LOC", "PERSON", "DATE"):
        return None
    return names[0] if names[0].left_edge.pos_ == "PROPN" else None


def _definite(head: Token) -> bool:
    """Whether the noun phrase of ``head`` opens with "the" ("the former minister")."""
    return head.doc[head.left_edge.i].lower_ == "the"


def _indefinite(head: Token) -> bool:
    """Whether a title noun is introduced by "a"/"an" ("a hospital spokesperson", "an aide"):
    a person not met before, whom no earlier mention names."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children)


def _possessor_only(head: Token, start: int, end: int) -> bool:
    """Whether ``[start, end)`` (characters) lies inside the possessor of ``head`` ("Ruiz" in
    "Ruiz's critics"): the possessor is not who speaks through the noun."""
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None:
        return False
    first, last = poss.left_edge, poss.right_edge
    return first.idx <= start and end <= last.idx + len(last.text)


def _has_who_clause(tok: Token) -> bool:
    """Whether ``tok`` heads a relative clause introduced by "who" ("Ana Ruiz, who heads ...")."""
    return any(c.dep_ == "relcl" and any(g.lower_ == "who" for g in c.children) for c in tok.children)


def _appositive_name(head: Token) -> tuple[Token, Token] | None:
    """First and last token of a name set after a description: in apposition ("Another
    driver, Ana Ruiz", also after a title of its own: "Another witness, retired teacher Ana
    Ruiz") or after "named"/"called" ("a student named Ruiz"); a hyphenated head ("co-author")
    is read to its last part."""
    doc = head.doc
    while not head.whitespace_ and head.i + 2 < len(doc) and doc[head.i + 1].text == "-":
        head = doc[head.i + 2]  # "co - author", parsed as three words
    for child in head.rights:
        name = None
        if child.dep_ == "appos" and child.pos_ == "PROPN":
            name = child
        elif child.dep_ == "appos" and child.pos_ == "NOUN":
            name = _apposed_person(child)
        elif child.dep_ == "prep" and child.lower_ in ("at", "of", "for", "with"):
            body = next((c for c in child.children if c.dep_ == "pobj"), None)
            if body is not None and body.ent_type_ != "PERSON" and body.lower_ not in PERSON_TITLES:
                name = _apposed_person(body)  # "chief economist at Tejo Capital, Ana Ruiz"
        elif child.dep_ == "acl" and child.lower_ in ("named", "called"):
            name = next(
                (c for c in child.children if c.dep_ in ("oprd", "dobj", "attr") and c.pos_ == "PROPN"), None
            )
        if name is not None:
            return name.left_edge, name
    return None


def _apposed_person(noun: Token) -> Token | None:
    """A person's name in apposition after ``noun``, set off by a comma ("retired teacher,
    Ana Ruiz"; "Tejo Capital, Ana Ruiz"), the name's head; else None."""
    for c in noun.rights:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON":
            if c.left_edge.i > 0 and noun.doc[c.left_edge.i - 1].text in (",", noun.text):
                return c
    return None


def _phrase(head: Token) -> tuple[int, int]:
    """Character offsets of the noun phrase ``head`` heads ("A university student named Wong")."""
    right = head.right_edge
    return head.left_edge.idx, right.idx + len(right.text)


def strip_the(name: str) -> str:
    """``name`` without a leading "the"/"The" ("the Church of Scientology" -> "Church of Scientology")."""
    return name.removeprefix("the ").removeprefix("The ")


def _the_name(head: Token) -> bool:
    """Whether ``head`` is one capitalised word right after "the" ("the Church", "the Court"):
    an institution, never a person called by a surname."""
    return (
        head.i > 0
        and head.doc[head.i - 1].lower_ == "the"
        and head.is_title
        and not any(c.dep_ in ("compound", "flat", "amod") for c in head.lefts)
    )


def _possessive_organisation(head: Token) -> bool:
    """Whether ``head`` ends an organisation's name that holds a possessive, the NER's one
    entity from the possessor on ("the Alachua Sheriff's Office", "Doctors' Association"), not
    a person after an organisation's possessive ("the institute's Ruiz")."""
    if head.ent_type_ != "ORG" or head.ent_iob_ == "B":
        return False
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    return owner is not None and owner.ent_type_ == "ORG" and owner.lower_ not in PERSON_TITLES


def _after_possessor(text: str) -> str:
    """The words after a possessor: "the Lisbon Institute's Ruiz" -> "Ruiz"."""
    for mark in ("'s ", "’s "):
        if mark in text:
            text = text.rsplit(mark, 1)[1]
    return text


def _stem(word: str) -> str:
    """A word without a plural or possessive ending: "farmers" -> "farmer"."""
    word = word.removesuffix("'s").removesuffix("’s")
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _plain(word: str) -> str:
    """``word`` in lower case without accents: "Erdoğan" -> "erdogan"."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("ı", "i")


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter changed, added or dropped, the first
    letter kept ("pederson"/"pedersen", "clements"/"clement")."""
    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _two_letters_garbled(a: str, b: str) -> bool:
    """Whether ``a`` and ``b``, of one length of eight letters or more and the same first four,
    differ in two letters side by side only ("chaundry"/"chaudhry")."""
    if len(a) != len(b) or len(a) < 8 or a[:4] != b[:4]:
        return False
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diff) == 2 and diff[1] == diff[0] + 1


def _same_surname(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    return bool(wa and wb) and wa[-1].lower() == wb[-1].lower()


def strip_titles(text: str) -> str:
    """Drop leading title words: "Commissioner Ana Ruiz" -> "Ana Ruiz"."""
    words = text.split()
    while len(words) > 1 and words[0].strip(".,").lower() in PERSON_TITLES | {"the", "mr", "ms", "mrs", "dr"}:
        words.pop(0)
    return " ".join(words)


@functools.cache
def _outlets() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(whole-word pattern, CAMEO code) per row of ``data/quotes/media_outlets.csv``, longest
    name first."""
    path = resources.files("dyadic").joinpath("data", "quotes", "media_outlets.csv")
    rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    rows.sort(key=lambda r: -len(r["name"]))
    return tuple((re.compile(rf"(?<!\w){re.escape(r['name'])}(?!\w)"), r["code"]) for r in rows)


@functools.cache
def _any_outlet() -> re.Pattern[str]:
    """One pattern matching wherever one of :func:`_outlets` does: a text it misses names none."""
    return re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _code in _outlets()))


def outlet_code(text: str) -> str | None:
    """The CAMEO actor code (``<ISO3>MED``) of the news outlet named in a speaker phrase
    ("state-run Xinhua News Agency" -> ``CHNMED``, "An Al Jazeera reporter" -> ``QATMED``),
    by the longest outlet name of ``data/quotes/media_outlets.csv`` found in ``text`` as
    whole words, case as written; None when it names none. News agencies are no event
    actors (``data/actors/not_actors.txt``), but the real-news gold codes them as speakers.
    """
    if not _any_outlet().search(text):  # most speakers: one search, not one per outlet
        return None
    for pattern, code in _outlets():
        if pattern.search(text):
            return code
    return None
