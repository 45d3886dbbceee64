"""Resolve actor mentions in a parsed article to CAMEO actor codes.

How a document is resolved (:meth:`ActorResolver.resolve`):

1. *Units*: one PhraseMatcher (token LOWER) over every dictionary surface form
   finds countries, demonyms, capitals, IGOs, regions, leaders, agents (role
   nouns) and names that are never actors; capitalised kinds must start with
   an upper-case letter, and forms of three letters or fewer ("US", "UN")
   must be upper case. Overlaps keep the longest unit, then the kind ranked
   first in :data:`KIND_PRIORITY`.
2. *Noun phrases*: units are joined left to right into one mention per noun
   phrase: ``[country|capital|leader] ['s] agent [leader|PERSON] [, leader|PERSON]``
   ("Iranian President Ebrahim Raisi", "Venezuela's opposition", "his
   Venezuelan counterpart, Nicolas Maduro", "the Raisi administration");
   ``agent leader`` ("President Raisi"; a title no leader holds makes a
   namesake: "Judge Marrero" is a judge with no country yet, not Cuba's prime
   minister, and so is a later bare "Marrero"); ``agent [located] of|in [the]
   country`` ("police in Iraq", "rebels based in Somalia", "militants hiding
   on Syrian soil": a demonym only before soil/territory, rule
   ``agent+country``); ``agent for|from [the] IGO|organisation`` and ``agent of
   [the] IGO`` take the group's code ("a spokesman for the State Department"
   -> USAGOV, "envoys from the Group of Seven" -> IGOGOS, rule
   ``agent+group``); "international|global" before a civil-society role makes
   a country-less NGO ("international rights groups" -> NGOHRI, rule
   ``agent+international``).
3. *Context* for a bare agent ("the president", "police"): the actor of the
   last mention with the same title (rule ``coref``; not for a title before a person's
   name the article has not used before: "Ambassador Song Kim" after "South Korean
   Ambassador Joonkook Hwang" is a new holder), else the dateline
   country (``agent+dateline``), else the bare role (``agent``). Then, per
   document: the country of the sentence's other actors when they share one
   (``agent+sentence``, state roles only); an owner's country ("U.S. President
   Donald Trump's special envoy" -> USAGOV, rule ``possessor``); a country-named or
   possessed appositive (``appositive``); large target cities
   (``city-target``); and last the article's locus (``agent+locus``).
4. Leaders resolve by the article date (``Article.published``): in office ->
   country + role; after the last term -> country + ``ELI``; before -> country.

Dateline tokens, not-actor names (news agencies, licences) and a country that
only qualifies a currency ("US dollars") never yield mentions. Conventions
follow CAMEO 1.1b3 (a capital stands for the government) and the PETRARCH2
dictionaries.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import cast

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from dyadic.actors.context import article_locus
from dyadic.actors.dateline import dateline_span
from dyadic.actors.dictionary import (
    FORMER_ROLE,
    LISTED_OFFICES,
    OFFICE_RANK,
    ZERO_WIDTH,
    ActorDictionary,
    AmbiguousAgent,
    LeaderTerm,
    company_country,
    fold,
    normalise,
)
from dyadic.actors.names import REPAIRED_KB
from dyadic.actors.readings import (
    company_officers,
    korean_halves,
    minority_groups,
    national_branches,
    union_metonyms,
)
from dyadic.nlp import sentence_index_of
from dyadic.records import Actor, ActorKind, Article, Mention

#: Unit kinds, most preferred first when two units cover the same tokens.
KIND_PRIORITY = (
    "block", "leader", "igo", "country", "capital", "division", "region", "org", "province", "surname",
    "agent",
)  # fmt: skip
_CAPITALISED = frozenset(KIND_PRIORITY) - {"agent", "surname"}
#: Unit kinds that name a person; a one-word one tagged as a function word is no name
#: ("During his tenure": Lloyd During of Sierra Leone; "Still, ..." ).
_NAME_KINDS = frozenset({"leader", "surname"})
#: Kinds of a mention whose country a role noun it modifies takes ("Indian ministry spokesman").
_PLACED_KINDS = frozenset({ActorKind.COUNTRY, ActorKind.AGENT})
_FUNCTION_POS = frozenset({"ADP", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "ADV", "PART"})
#: Dependencies of a noun phrase's head: a word tagged ADJ in one is a noun.
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos"})
#: Rules of mentions that are a place's own name (a country, demonym or capital).
_PLACE_RULES = frozenset({"country-name", "capital"})
#: NER labels of names that are no place: a city name they tag is a person's or a product's.
_NOT_PLACE_ENTS = frozenset({"PERSON", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
_MODIFIERS = frozenset({"country", "capital", "division", "province", "leader"})
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
_OF_IN = frozenset({"of", "in", "for", "from"})
_GROUP_PREPS = frozenset({"for", "from"})
#: Prepositions whose object is where something is, not who acts ("planners in Afghanistan").
_LOCATION_PREPS = frozenset({"in", "at", "near", "inside", "within", "across", "throughout"})
#: Rank words that name no role before an office ("deputy U.N. ambassador").
_RANKS = frozenset({"deputy", "deputies"})
#: Roles whose country the sentence's only country supplies ("Turkey said the government ...").
#: ("gunman", UAF, is not among them: the attacker is rarely of the country that charges or
#: condemns him: "Mexico would charge the gunman"; the article's locus places him instead.)
_STATE_ROLES = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "OPP", "REB", "PTY"})
#: Provisional rule of an ambiguous role noun that only the sentence's one country makes an actor.
_NEEDS_COUNTRY = "agent?country"
#: Words that join an IGO or organisation to the official it names ("UN-appointed envoy").
_APPOINTED = frozenset({"-", "appointed", "mandated"})
#: Rules too weak to stand against an appositive's country ("Japan's ruling party, the ... Party").
_WEAK_RULES = frozenset(
    {"agent", "agent+city", "agent+dateline", "agent+sentence", "agent+locus", "coref", "organisation"}
)
#: Unit kinds whose names of three letters or fewer may be written in title case ("Goa").
_SHORT_PLACE_KINDS = frozenset({"province", "division"})
#: Nouns of areas that name a place after "of" ("the state of Goa").
_AREA_NOUNS = frozenset({"state", "province", "region", "district", "governorate", "territory"})
#: Plural role nouns that stand for several states at once.
_MANY_STATES = frozenset({"governments", "nations", "countries", "states"})
#: Rules that place a bare role noun by its context, not by its own words.
_PLACED_BY_CONTEXT = frozenset({"agent+dateline", "agent+sentence", "agent+locus"})
#: Dependencies of a city that is the target of an act ("shelled Kharkiv", "attack on Odesa").
_TARGET_DEPS = frozenset({"dobj", "nsubjpass"})
_TARGET_PREPS = frozenset({"on", "at", "against", "upon"})
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june "
    "july august september october november december".split()
)
#: Countries born since 1990 from another: ISO3 -> (independence day, the state it was
#: part of). Dates from the UN member-state records and the countries' declarations.
SUCCESSIONS: dict[str, tuple[date, str]] = {
    "SSD": (date(2011, 7, 9), "SDN"),
    "XKX": (date(2008, 2, 17), "SRB"),
    "MNE": (date(2006, 6, 3), "SRB"),
    "TLS": (date(2002, 5, 20), "IDN"),
    "ERI": (date(1993, 5, 24), "ETH"),
    "NAM": (date(1990, 3, 21), "ZAF"),
}
#: How close (difflib ratio) an unknown place name must be to a country name to be read
#: as that name misspelled ("Ethopia": 0.93 to "ethiopia"; "Austria" is 0.88 to "australia").
MISSPELLING_MIN_RATIO = 0.9
#: Head nouns of newspaper and agency names: a place right before one in title case names
#: an outlet, not the place ("Tehran Times", "USA Today", "China Daily", "Kyiv Independent").
MEDIA_HEADS = frozenset(
    {
        "times", "post", "today", "news", "herald", "tribune", "daily", "journal", "gazette",
        "observer", "telegraph", "express", "mail", "chronicle", "independent", "monitor",
        "inquirer", "courier", "dispatch", "examiner", "insider",
    }
)  # fmt: skip
#: Roles of civil-society groups that "international" or "global" makes non-governmental
#: organisations: "international rights groups" -> NGOHRI, "global aid agencies" -> NGODEV
#: (CAMEO 1.1b3 codes NGOs by sector, with no country); "international observers" (no
#: such role) or "international partners" stay as they are.
NGO_ROLES = frozenset({"HRI", "HLH", "ENV", "DEV", "NGO", "REF"})
_INTERNATIONAL = frozenset({"international", "global", "transnational"})
#: Participles that place a role noun: "militants present on Afghan soil", "rebels based in Sudan".
_LOCATED = frozenset({"present", "based", "stationed", "operating", "active", "hiding", "sheltering"})
#: Nouns after a demonym that make it a place: "on Afghan soil", "inside Syrian territory".
_TERRITORY = frozenset({"soil", "territory", "territories", "land", "lands", "waters", "airspace"})
#: Roles a title gives a person that no head of government or minister holds: "Judge
#: Marrero" is a namesake of Cuba's prime minister Marrero, not the prime minister.
_NAMESAKE_ROLES = frozenset({"JUD", "COP", "MED", "EDU", "BUS", "CRM", "HLH", "LAB", "CVL"})
#: Nouns after which a country name is a currency's ("US dollars"): see :func:`_is_currency`.
CURRENCY_NOUNS = frozenset({"dollar", "dollars", "cents", "currency"})
#: "ministry of (the) foreign affairs", "minister of defence": an office and its area.
_OFFICE_OF = re.compile(r"(?P<office>ministry|minister|department) of (?:the )?(?P<area>\w+)(?: affairs)?")
#: "foreign affairs ministry": the area first.
_AFFAIRS_OFFICE = re.compile(r"(?P<area>\w+) affairs (?P<office>ministry|minister|department)")
_NAME_PARTICLES = frozenset(
    {"al", "el", "bin", "ibn", "de", "van", "von", "da", "le", "la", "ad", "as", "ash"}
)


@dataclass(frozen=True)
class _Unit:
    """A dictionary hit: ``kind`` over tokens ``[start, end)`` with lookup ``key``."""

    kind: str
    start: int
    end: int
    key: str


#: Currency signs a country abbreviation may prefix ("US $2.6 billion", "HK $5").
_CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥"})


def _currency_prefix(doc: Doc, unit: _Unit) -> bool:
    """Is ``unit`` a country name written before a currency sign ("US $2.63 billion"):
    part of an amount of money, not an actor?"""
    return unit.kind == "country" and unit.end < len(doc) and doc[unit.end].text in _CURRENCY_SIGNS


@dataclass
class _Context:
    """Per-document state: the article date, dateline country and title memory."""

    on: date | None
    dateline_country: str | None
    last_by_title: dict[str, Actor]
    #: Leader keys a title showed to be namesakes ("Judge Marrero") -> the actor they got.
    namesakes: dict[str, Actor] = field(default_factory=dict)


class ActorResolver:
    """Finds actor mentions in a parsed document and resolves bare names.

    Args:
        dictionary: The loaded :class:`ActorDictionary`.

    The PhraseMatcher is built once per spaCy ``Vocab`` and cached on the
    resolver, so one resolver serves a whole corpus.
    """

    def __init__(self, dictionary: ActorDictionary) -> None:
        self.dictionary = dictionary
        self._matchers: dict[int, tuple[Vocab, PhraseMatcher]] = {}
        self._blank: Language | None = None
        self._names: dict[str, list[str]] | None = None  # one-word country aliases by initial
        self._misspellings: dict[str, str | None] = {}
        self._lower_blocks: frozenset[str] | None = None
        #: The last document's folded text and short place names, computed once per document.
        self._doc_facts: tuple[Doc, str, frozenset[str]] | None = None

    # ------------------------------------------------------------------ public

    def resolve(self, doc: Doc, article: Article) -> list[Mention]:
        """Every actor mention in ``doc``, in text order, none overlapping.

        Args:
            doc: The spaCy ``Doc`` of ``article.text`` (sentence boundaries
                are used for ``Mention.sentence_index`` when present).
            article: The article; ``published`` dates leaders' offices.

        Returns:
            Mentions with character offsets into ``article.text`` and token
            offsets into ``doc``.
        """
        dateline = dateline_span(doc)
        units = [u for u in self._units(doc) if not _currency_prefix(doc, u)]
        if dateline is not None:
            inside = [u for u in units if u.end <= dateline.end]
            units = [u for u in units if u.start >= dateline.end]
        else:
            inside = []
        ctx = _Context(article.published, self._dateline_country(inside), {})
        found = self._compose(doc, units, ctx)
        found = self._city_targets(doc, found, dateline.end if dateline is not None else 0)
        if doc.has_annotation("SENT_START"):
            locus = self._locus(doc, found, self._title_places(article.title))
            found = self._article_locus(self._located_only(doc, found, locus), locus)
            if doc.has_annotation("DEP"):
                d = self.dictionary
                found = minority_groups(doc, found, locus, d.demonyms, d.country_actor)
                union = d.igos.get(normalise("European Union"))
                found = union_metonyms(doc, found, union) if union is not None else found
                found = korean_halves(doc, found, d.country_actor)
            found = company_officers(doc, national_branches(doc, found), company_country)
        found = [_many_states(doc, s, e, actor, rule) for s, e, actor, rule in found]
        return [self._mention(doc, s, e, actor, rule) for s, e, actor, rule in found]

    def _title_places(self, title: str | None) -> list[tuple[str, int]]:
        """Locus votes of the headline: ``(country, -1)`` for each country it names, and
        ``(country, -2)`` more for one it names as where things happen ("... in Kenya")."""
        if not title:
            return []
        doc = self._blank_nlp()(title)
        found = self._compose(doc, self._units(doc), _Context(None, None, {}))
        places = [(s, a.country) for s, _e, a, rule in found if a.country and rule in _PLACE_RULES]
        votes = [(c, -1) for _s, c in places]
        votes += [(c, -2) for s, c in places if s > 0 and doc[s - 1].lower_ in {"in", "at"}]
        return votes

    def _locus(
        self, doc: Doc, found: list[tuple[int, int, Actor, str]], title: Sequence[tuple[str, int]] = ()
    ) -> str | None:
        """The article's locus (:func:`dyadic.actors.context.article_locus`: the country named
        in most sentences by its resolved mentions, news outlets left out, the headline's
        ``title`` votes (:meth:`_title_places`) counting as sentences), or None."""
        named = [
            (a.country, doc[s].sent.start)
            for s, _e, a, rule in found
            if rule not in {"agent", "outlet", "namesake"}  # a namesake's country is a guess
        ]
        cities = self._city_votes(doc, found)
        return article_locus([*((c, sent) for c, sent in named if c), *cities, *title])

    def _article_locus(
        self, found: list[tuple[int, int, Actor, str]], locus: str | None
    ) -> list[tuple[int, int, Actor, str]]:
        """A role still without a country ("police", "protesters", "the junta") takes the
        article's ``locus`` (:meth:`_locus`), as an inference (rule ``agent+locus``); it
        keeps its own name ("police"), since the country is inferred."""
        if locus is None:
            return found
        return [
            (s, e, Actor(locus + actor.role, locus, actor.role, actor.name, actor.kind), "agent+locus")
            if rule == "agent" and actor.country is None and actor.role
            else (s, e, actor, rule)
            for s, e, actor, rule in found
        ]

    def _located_only(
        self, doc: Doc, found: list[tuple[int, int, Actor, str]], locus: str | None
    ) -> list[tuple[int, int, Actor, str]]:
        """A role that took its sentence's country (rule ``agent+sentence``) from a country
        named only as where something is (:func:`_located`: "the attackers were in touch
        with planners in Afghanistan") takes the article's ``locus`` instead, when the locus
        is another country (rule ``agent+locus``)."""
        if locus is None:
            return found
        acting = {
            (doc[s].sent.start, a.country)
            for s, e, a, rule in found
            if a.country is not None and rule != "agent+sentence" and not _located(doc, s, e)
        }
        return [
            (s, e, self.dictionary.country_actor(locus, actor.role), "agent+locus")
            if rule == "agent+sentence"
            and actor.country not in {None, locus}
            and (doc[s].sent.start, actor.country) not in acting
            else (s, e, actor, rule)
            for s, e, actor, rule in found
        ]

    def _city_votes(self, doc: Doc, found: list[tuple[int, int, Actor, str]]) -> list[tuple[str, int]]:
        """Locus votes of the large cities the NER finds outside any mention ("a mosque in
        Christchurch"): ``(country, sentence start token)``, one per city name."""
        taken = {i for s, e, _a, _r in found for i in range(s, e)}
        votes = []
        for ent in doc.ents:
            key = normalise(ent.text)
            if (
                ent.label_ in {"GPE", "LOC"}
                and key in self.dictionary.large_cities
                and taken.isdisjoint(range(ent.start, ent.end))
            ):
                votes.append((self.dictionary.cities[key], ent.sent.start))
        return votes

    def resolve_name(self, text: str, on: date | None = None) -> Actor | None:
        """Resolve a bare name ("U.S.", "Tehran", "Iranian President", "Raisi").

        Args:
            text: The name, with or without a leading "the" or trailing "'s".
            on: Date for leaders' offices; None means the latest office.

        Returns:
            The actor when one mention covers every word of ``text`` except
            determiners and possessives, else None (also for not-actor names).
        """
        doc = self._blank_nlp()(text.strip())
        if not len(doc):
            return None
        units = self._units(doc)
        found = self._compose(doc, units, _Context(on, None, {}))
        content = [t.i for t in doc if t.lower_ not in {"the", "his", "her", "its", "their"} | _POSSESSIVE]
        for start, end, actor, _rule in found:
            if content and start <= content[0] and content[-1] < end:
                return actor
        return None

    # ------------------------------------------------------------------ units

    def _blank_nlp(self) -> Language:
        if self._blank is None:
            self._blank = spacy.blank("en")
        return self._blank

    def _matcher(self, vocab: Vocab) -> PhraseMatcher:
        cached = self._matchers.get(id(vocab))
        if cached is not None and cached[0] is vocab:
            return cached[1]
        matcher = PhraseMatcher(vocab, attr="LOWER")
        blank = self._blank_nlp()
        tokenize = blank.tokenizer if vocab is blank.vocab else spacy.blank("en", vocab=vocab).tokenizer
        forms = self.dictionary.display_forms
        sources = {
            "block": forms.get("block", ()),
            "leader": (*forms.get("leader", ()), *forms.get("person", ())),
            "igo": forms.get("igo", ()),
            "org": forms.get("org", ()),
            "country": (*forms.get("country", ()), *forms.get("demonym", ())),
            "capital": forms.get("capital", ()),
            "division": forms.get("division", ()),
            "province": forms.get("province", ()),
            "region": forms.get("region", ()),
            "surname": forms.get("surname", ()),
            "agent": tuple(self.dictionary.agents),
        }
        for kind, texts in sources.items():
            matcher.add(kind, list(cast(Tokenizer, tokenize).pipe(dict.fromkeys(fold(t) for t in texts))))
        self._matchers[id(vocab)] = (vocab, matcher)
        return matcher

    def _units(self, doc: Doc) -> list[_Unit]:
        """Dictionary hits in ``doc``, non-overlapping (longest, then by kind)."""
        vocab_strings = doc.vocab.strings
        hits: list[_Unit] = []
        for match_id, start, end in self._matcher(doc.vocab)(_folded(doc)):
            kind = vocab_strings[match_id]
            span = doc[start:end]
            if (
                kind in _CAPITALISED
                and not _case_ok(span)
                and not self._lower_block(kind, span)
                and not self._short_place_name(kind, span)
            ):
                continue
            if kind == "surname" and not _title_case(span):
                continue
            if kind == "agent" and span[-1].pos_ in {"ADJ", "VERB"} and not _noun_use(span):
                continue  # "Islamic Revolution"; but "a French national, X" is a noun the tagger missed
            if kind == "agent" and span[0].ent_type_ in {"TIME", "DATE"}:  # "9:20 PM"
                continue
            if kind == "agent" and _in_capitalised_name(span):  # "Democratic National Committee"
                continue
            if kind == "agent" and _venue_name(span):  # "the Toronto Congress Centre"
                continue
            if kind == "agent" and _role_word_surname(span):  # "Michel Mayor" ... "Mayor said"
                continue
            if kind in _NAME_KINDS and len(span) == 1 and span[0].pos_ in _FUNCTION_POS:
                continue  # a surname that is an English function word: "During his tenure"
            hits.append(_Unit(kind, start, end, normalise(span.text)))
        hits.sort(key=lambda u: (u.start - u.end, KIND_PRIORITY.index(u.kind), u.start))
        taken: set[int] = set()
        chosen: list[_Unit] = []
        for unit in hits:
            if taken.isdisjoint(range(unit.start, unit.end)):
                chosen.append(unit)
                taken.update(range(unit.start, unit.end))
        chosen = [
            self._outlet(doc, u)
            for u in chosen
            if not self._is_other_person(doc, u)
            and not _is_currency(doc, u)
            and not _is_work_title(doc, u)
            and not _is_language(doc, u)
            and not _is_cultural_product(doc, u)
            and not _is_landmark_name(doc, u)
            and not _in_repaired_name(doc, u)
        ]
        chosen = [self._licensed_surname(doc, u) for u in chosen]
        # a namesake is a private person: a word the NER reads as another kind of name, or
        # no proper noun, is none ("the towns of Lanuza, Carmen and Cortes"; "Parts of ...")
        chosen = [u for u in chosen if u.kind != "namesake" or _may_name_person(doc[u.start])]
        chosen = self._town_qualifiers(doc, _deputy_offices(doc, self._media_nouns(chosen)))
        chosen = self._state_namesakes(doc, chosen)
        chosen += self._misspelled_countries(doc, taken)
        chosen += self._elided_countries(doc, chosen, taken)
        return sorted(chosen, key=lambda u: u.start)

    def _facts(self, doc: Doc) -> tuple[str, frozenset[str]]:
        """``doc``'s text folded, lower-cased, single-spaced; and the one-word names the NER
        tags GPE/LOC in it or that follow "state of", "province of" ... (once per document)."""
        facts = self._doc_facts  # read once: a resolver may serve several threads
        if facts is None or facts[0] is not doc:
            text = " " + " ".join(fold(doc.text).lower().split()) + " "
            tagged = {e.text for e in doc.ents if e.label_ in {"GPE", "LOC"} and len(e) == 1}
            named = {
                t.text for t in doc[2:] if doc[t.i - 1].lower_ == "of" and doc[t.i - 2].lower_ in _AREA_NOUNS
            }
            facts = (doc, text, frozenset(tagged | named))
            self._doc_facts = facts
        return facts[1], facts[2]

    def _short_place_name(self, kind: str, span: Span) -> bool:
        """A place name of three letters or fewer in title case that the NER tags a place
        somewhere in the article, or that follows "state of", "province of" ... ("the state
        of Goa" ... "Goa's government"; "Qom", "Gao"): a name, where "Mon" or "Bay" as
        words are not."""
        if kind not in _SHORT_PLACE_KINDS or len(span) != 1 or not span.text.istitle():
            return False
        return span.text in self._facts(span.doc)[1]

    def _licensed_surname(self, doc: Doc, unit: _Unit) -> _Unit:
        """A leader unit of one word that is a bare family name ("Peterson", "Duale")
        that PETRARCH2's people table (``people.csv``, people up to 2015) lists, as the
        person it is licensed to name: the one whose full name (or an alias of two or
        more words) the article writes; else, with no title right before it, the one
        person of the hand-kept ``leaders.csv`` it names; else a ``namesake`` unit:
        a private person of the listed person's country, with no office ("Peterson"
        alone is no Canadian minister of 2004). Other units are returned as they are.
        """
        if unit.kind != "leader" or " " in unit.key:
            return unit
        terms = self.dictionary.leader_aliases.get(unit.key, ())
        people: dict[str, set[str]] = {}
        for t in terms:
            people.setdefault(t.name, {t.name}).update(t.aliases)
        if not any(t.office in LISTED_OFFICES for t in terms) or any(" " not in n for n in people):
            return unit
        text = self._facts(doc)[0]
        written = {
            name for name, names in people.items() if any(_names_in(text, a) for a in names if " " in a)
        }
        if len(written) == 1:
            return _Unit("leader", unit.start, unit.end, normalise(next(iter(written))))
        if written or (unit.start > 0 and normalise(doc[unit.start - 1].text) in self.dictionary.agents):
            return unit
        hand = {t.name for t in terms if t.office not in LISTED_OFFICES}
        if len(hand) == 1:
            return _Unit("leader", unit.start, unit.end, normalise(next(iter(hand))))
        return unit if hand else _Unit("namesake", unit.start, unit.end, unit.key)

    def _town_qualifiers(self, doc: Doc, units: list[_Unit]) -> list[_Unit]:
        """A capital's name qualified by another country's state, province or country is a
        namesake town ("Police in Victoria, British Columbia", "Paris, Texas"): the name and
        its qualifier become one unit of the qualifier ("Victoria, British Columbia" -> a
        Canadian division), so the phrase takes the qualifier's country, not the capital's
        (Seychelles, France). "Paris, France" stays the capital."""
        out: list[_Unit] = []
        skip: set[int] = set()
        for n, unit in enumerate(units):
            if n in skip:
                continue
            nxt = units[n + 1] if n + 1 < len(units) else None
            if (
                unit.kind == "capital"
                and nxt is not None
                and nxt.kind in {"division", "province", "country"}
                and nxt.start == unit.end + 1
                and doc[unit.end].text == ","
            ):
                home = self._unit_country(nxt, None)
                if home is not None and home != self.dictionary.capitals[unit.key]:
                    out.append(_Unit(nxt.kind, unit.start, nxt.end, nxt.key))
                    skip.add(n + 1)
                    continue
            out.append(unit)
        return out

    def _state_namesakes(self, doc: Doc, units: list[_Unit]) -> list[_Unit]:
        """A country's name that is also a state of another country (:data:`STATE_NAMESAKES`:
        "Georgia") is that state when its sentence names another state of that country and
        nothing of the country itself ("Texas, Georgia and Michigan"; "Abrams of Georgia,
        Demings of Florida"): a unit of the other state's key, so it takes that country."""
        out = []
        for unit in units:
            home = STATE_NAMESAKES.get(unit.key) if unit.kind == "country" else None
            if home is None:
                out.append(unit)
                continue
            sent = doc[unit.start].sent
            states = [
                u
                for u in units
                if u.kind == "division"
                and sent.start <= u.start < sent.end
                and self.dictionary.divisions[u.key] == home
            ]
            own = any(
                u.kind in {"country", "capital"}
                and u is not unit
                and sent.start <= u.start < sent.end
                and self._unit_country(u, None) == self.dictionary.country_aliases[unit.key]
                for u in units
            )
            out.append(_Unit("division", unit.start, unit.end, states[0].key) if states and not own else unit)
        return out

    def _lower_block(self, kind: str, span: Span) -> bool:
        """A not-actor phrase written in lower case in ``not_actors.txt`` ("social media")
        blocks in any case; the capitalised ones ("AP", "Reuters") only as names."""
        if kind != "block":
            return False
        if self._lower_blocks is None:
            forms = self.dictionary.display_forms.get("block", ())
            self._lower_blocks = frozenset(normalise(f) for f in forms if f == f.lower())
        return normalise(span.text) in self._lower_blocks

    def _media_nouns(self, units: list[_Unit]) -> list[_Unit]:
        """An outlet unit takes in a media role noun right after it ("the New York Times
        newspaper", "the Tehran Times daily"): one outlet, not an outlet and a bare ``MED``."""
        out: list[_Unit] = []
        for unit in sorted(units, key=lambda u: u.start):
            last = out[-1] if out else None
            if (
                last is not None
                and last.kind == "outlet"
                and unit.kind == "agent"
                and unit.start == last.end
                and self.dictionary.agents.get(unit.key) == "MED"
            ):
                out[-1] = _Unit("outlet", last.start, unit.end, last.key)
                continue
            out.append(unit)
        return out

    def _elided_countries(self, doc: Doc, chosen: list[_Unit], taken: set[int]) -> list[_Unit]:
        """The first of two coordinated country names that share their last word, written
        once ("North and South Korea": "North" is North Korea; "South or North Sudan"):
        a title-case word no unit covers, then "and"/"or", then a country unit of two or
        more words whose first word replaced by it names another country.

        Returns:
            One ``country`` unit (its key the other country's name) per such word.
        """
        out: list[_Unit] = []
        for unit in chosen:
            k = unit.start - 2
            if unit.kind != "country" or unit.end - unit.start < 2 or k < 0 or k in taken:
                continue
            word, conj = doc[k], doc[unit.start - 1]
            if conj.lower_ not in {"and", "or"} or not word.is_title:
                continue
            key = normalise(" ".join([word.text, *(t.text for t in doc[unit.start + 1 : unit.end])]))
            aliases = self.dictionary.country_aliases
            if aliases.get(key) not in (None, aliases.get(unit.key)):
                out.append(_Unit("country", k, k + 1, key))
        return out

    def _misspelled_countries(self, doc: Doc, taken: set[int]) -> list[_Unit]:
        """Capitalised proper nouns no unit covers that are a country's one-word name
        misspelled ("Ethopia", "Phillipines"): a difflib similarity of at least
        :data:`MISSPELLING_MIN_RATIO` to exactly one name, same first letter, five letters
        or more, not a listed city ("Nakuru" is no Nauru), and not part of a person's name
        (nor a given name before a family name: "Dominic Hare" is no Dominica, even where
        the parser tags no PERSON)."""
        from dyadic.nlp import pos_tokens  # here, not at the top: other edits touch the imports

        out: list[_Unit] = []
        for tok in pos_tokens(doc, ("PROPN",)):  # the other tokens are skipped below
            if tok.i in taken or tok.pos_ != "PROPN" or not tok.is_title or len(tok.text) < 5:
                continue
            if tok.ent_type_ in ("PERSON", "DATE", "TIME") or not tok.is_alpha:
                continue
            if tok.i + 1 < len(doc) and doc[tok.i + 1].i not in taken and self._name_follows(doc[tok.i + 1]):
                continue
            key = normalise(tok.text)
            name = None if key in self.dictionary.cities else self._misspelling_of(key)
            if name is not None:
                out.append(_Unit("country", tok.i, tok.i + 1, name))
        return out

    def _misspelling_of(self, key: str) -> str | None:
        """The one country name (alias key) ``key`` misspells, or None (memoised per key)."""
        if key in self._misspellings:
            return self._misspellings[key]
        if self._names is None:
            self._names = {}
            for alias in self.dictionary.country_aliases:
                if len(alias) >= 5 and " " not in alias:
                    self._names.setdefault(alias[0], []).append(alias)
        # a ratio of 0.9 allows a length difference of at most 2 for names this short
        near = [n for n in self._names.get(key[:1], ()) if abs(len(n) - len(key)) <= 2 and n != key]
        close = {
            self.dictionary.country_aliases[n]: n
            for n in difflib.get_close_matches(key, near, n=3, cutoff=MISSPELLING_MIN_RATIO)
        }
        found = next(iter(close.values())) if len(close) == 1 else None
        if len(self._misspellings) < 100_000:
            self._misspellings[key] = found
        return found

    def _outlet(self, doc: Doc, unit: _Unit) -> _Unit:
        """A place unit followed by a title-case media head ("Tehran Times") as an ``outlet``
        unit keyed by its country's ISO code; any other unit as it is."""
        if unit.kind not in ("country", "capital", "division") or unit.end >= len(doc):
            return unit
        head = doc[unit.end]
        country = self._unit_country(unit, None)
        if head.lower_ not in MEDIA_HEADS or not head.text[:1].isupper() or not country:
            return unit
        return _Unit("outlet", unit.start, unit.end + 1, country)

    def _is_other_person(self, doc: Doc, unit: _Unit) -> bool:
        """A bare surname right after another capitalised name ("Bill Gates"), or right
        before a person's name ("Bowler Shane Warne": a title, not Brian Bowler); a
        one-word capital between a title and a name is a given name ("PM Sofia Lind",
        not "the Beijing Olympics")."""
        if unit.end - unit.start != 1:
            return False
        if unit.kind == "capital":
            return (
                0 < unit.start
                and unit.end < len(doc)
                and normalise(doc[unit.start - 1].text) in self.dictionary.agents
                and self._name_follows(doc[unit.end])
            )
        if unit.kind not in {"leader", "surname"}:
            return False
        if unit.end < len(doc) and (self._name_follows(doc[unit.end]) or self._other_surname(doc, unit)):
            return True
        if unit.start == 0:
            return False
        prev = doc[unit.start - 1]
        if not prev.text[:1].isupper() or prev.is_sent_start:
            return False
        prev_key = normalise(prev.text)
        return prev_key not in self.dictionary.agents and prev_key not in self.dictionary.country_aliases

    def _other_surname(self, doc: Doc, unit: _Unit) -> bool:
        """A one-word listed name followed, inside one NER PERSON span, by the bare family
        name of other listed people only ("Abdullah Kurdi": "Kurdi" is only Omar Kurdi's
        surname; neither is King Abdullah): the two words name an unlisted person."""
        nxt = doc[unit.end]
        if nxt.ent_iob_ != "I" or nxt.ent_type_ != "PERSON" or not nxt.text[:1].isupper():
            return False
        terms = self.dictionary.leader_aliases.get(normalise(nxt.text), ())
        given = normalise(doc[unit.start].text)
        return bool(terms) and all(" " in t.name and normalise(t.name.split()[0]) != given for t in terms)

    def _name_follows(self, nxt: Token) -> bool:
        """Whether ``nxt`` reads as the next word of a person's name: a capitalised proper
        noun that is no date, place, role, country or listed leader."""
        key = normalise(nxt.text)
        return (
            (nxt.ent_type_ == "PERSON" or nxt.pos_ == "PROPN")
            and nxt.text[:1].isupper()
            and nxt.is_alpha
            and nxt.ent_type_ not in {"DATE", "TIME", "GPE", "NORP"}
            and key not in _CALENDAR
            and key not in self.dictionary.agents
            and key not in self.dictionary.country_aliases
            and key not in self.dictionary.leader_aliases
            and key not in MEDIA_HEADS
        )

    def _dateline_country(self, units: list[_Unit]) -> str | None:
        for unit in units:
            if unit.kind == "country":
                return self.dictionary.country_aliases[unit.key]
            if unit.kind == "capital":
                return self.dictionary.capitals[unit.key]
        return None

    # ---------------------------------------------------------------- phrases

    def _compose(self, doc: Doc, units: list[_Unit], ctx: _Context) -> list[tuple[int, int, Actor, str]]:
        """Join units into noun-phrase mentions: ``(token_start, token_end, actor, rule)``."""
        out: list[tuple[int, int, Actor, str]] = []
        units = self._dated_surnames(units, ctx.on)
        i = 0
        while i < len(units):
            unit = units[i]
            if unit.kind == "block":
                i += 1
                continue
            found, used = self._phrase(doc, units, i, ctx)
            if found is not None:
                out.append(found)
            i += used
        out = self._sentence_countries(doc, self._compound_roles(doc, out))
        return self._appositives(doc, self._possessors(doc, out))

    def _compound_roles(
        self, doc: Doc, found: list[tuple[int, int, Actor, str]]
    ) -> list[tuple[int, int, Actor, str]]:
        """``<X> <agent>`` with no gap, X modifying the agent: one mention, the agent's role
        in X's country ("Indian foreign ministry spokesperson" -> INDGOV; X's rule, e.g.
        ``title+nationality``). A person, IGO or organisation
        as X, or a role noun with its own country, is left as it is."""
        out: list[tuple[int, int, Actor, str]] = []
        for s2, e2, agent, rule2 in found:
            if out and rule2 == "agent" and agent.role and agent.kind is not ActorKind.PERSON:
                s1, e1, first, rule1 = out[-1]
                country = first.country if first.kind in _PLACED_KINDS else None
                if country is not None and e1 == s2 and _modifies(doc[e1 - 1], s2, e2):
                    out[-1] = (s1, e2, self.dictionary.country_actor(country, agent.role), rule1)
                    continue
            out.append((s2, e2, agent, rule2))
        return out

    def _dated_surnames(self, units: list[_Unit], on: date | None) -> list[_Unit]:
        """A bare family name ("Xi") is the leader it names only when the article date
        puts exactly one such leader in office; otherwise it is dropped."""
        out = []
        for unit in units:
            if unit.kind == "surname":
                terms = self.dictionary.surnames.get(unit.key, ())
                active = {t.name for t in terms if on is not None and t.active_on(on)}
                if len(active) != 1:
                    continue
                unit = _Unit("leader", unit.start, unit.end, normalise(next(iter(active))))
            out.append(unit)
        return out

    def _appositives(
        self, doc: Doc, found: list[tuple[int, int, Actor, str]]
    ) -> list[tuple[int, int, Actor, str]]:
        """``<country's X>, [the] <Y>``: Y is the same actor's name, so a weakly placed
        Y (a bare role, an organisation alias of another country, a city guess) takes
        X's country ("Japan's ruling party, the Liberal Democratic Party" -> JPNPTY; X may
        be a possessed role: "Kenya's Ministry of Foreign Affairs, Ambassador X" -> KENGOV)."""
        out = list(found)
        for k in range(1, len(out)):
            (_s1, e1, first, rule1), (s2, e2, second, rule2) = out[k - 1], out[k]
            gap = [t.lower_ for t in doc[e1:s2]]
            if (
                gap
                not in (
                    [","],
                    [",", "the"],
                )
                or first.country is None
                or rule1 not in {"title+nationality", "agent+country", "possessor"}
            ):
                continue
            if rule2 not in _WEAK_RULES or second.country == first.country or second.role is None:
                continue
            if second.kind is ActorKind.PERSON or (rule2 == "organisation" and second.role != "PTY"):
                continue  # a named group keeps its own country ("Iran's ally, Hezbollah")
            out[k] = (s2, e2, self.dictionary.country_actor(first.country, second.role), "appositive")
        return out

    def _possessors(
        self, doc: Doc, found: list[tuple[int, int, Actor, str]]
    ) -> list[tuple[int, int, Actor, str]]:
        """``<X>'s [ADJ] <agent>``: a bare role owned by a resolved mention is that owner's
        (rule ``possessor``), also when the role was a coreference ("Pakistan's Ministry of
        Foreign Affairs" after Afghanistan's): "U.S. President Donald Trump's special envoy" -> USAGOV (the
        titled name took the modifier, so the envoy is left bare), "Iran's president ...
        the president's spokesman" -> IRNGOV. A person, country or role owner gives its
        country and the role; an IGO or organisation owner its own code."""
        out = list(found)
        for k in range(1, len(out)):
            (_s1, e1, owner, _r1), (s2, e2, agent, rule2) = out[k - 1], out[k]
            if (
                rule2 not in {"agent", "agent+dateline", "coref"}
                or agent.role is None
                or agent.kind is ActorKind.PERSON
            ):
                continue
            gap = doc[e1:s2]
            if not len(gap) or gap[0].text not in _POSSESSIVE or any(t.pos_ != "ADJ" for t in gap[1:]):
                continue
            if owner.kind in (ActorKind.IGO, ActorKind.ORGANISATION):
                actor = owner
            elif owner.country is not None:
                actor = self.dictionary.country_actor(owner.country, agent.role)
            else:
                continue
            out[k] = (s2, e2, actor, "possessor")
        return out

    def _city_targets(
        self, doc: Doc, found: list[tuple[int, int, Actor, str]], after: int
    ) -> list[tuple[int, int, Actor, str]]:
        """A large city that is the target of an act ("Russian troops shelled Kharkiv",
        "an attack on Odesa") stands for its country (rule ``city-target``), as a
        capital stands for its government; not a name the NER reads as a person or a product,
        nor a word of a longer organisation's name (:func:`_in_other_name`: "Mac OS X Lion", a
        city's alternate name that is a software release's)."""
        if not doc.has_annotation("DEP"):
            return found
        from dyadic.nlp import capitalised  # here, not at the top: other edits touch the imports

        taken = {i for s, e, *_ in found for i in range(s, e)}
        extra: list[tuple[int, int, Actor, str]] = []
        k = after
        for cap in capitalised(doc):  # a name run starts with a capital: the other tokens are passed
            if cap < k:
                continue
            k = cap
            end = _name_run_after(doc, k)
            if end is None:
                k += 1
                continue
            key = normalise(doc[k:end].text)
            root = doc[k:end].root
            if (
                taken.isdisjoint(range(k, end))
                and key in self.dictionary.large_cities
                and key not in self.dictionary.not_actors
                and not _in_other_name(doc, k, end)
                and _is_target(root)
            ):
                iso3 = self.dictionary.cities[key]
                extra.append((k, end, self.dictionary.country_actor(iso3), "city-target"))
            k = end
        return sorted([*found, *extra], key=lambda f: f[0]) if extra else found

    def _sentence_countries(
        self, doc: Doc, found: list[tuple[int, int, Actor, str]]
    ) -> list[tuple[int, int, Actor, str]]:
        """A bare state or armed role ("police", "the government", :data:`_STATE_ROLES`)
        takes the country of the sentence's other actors when they all share one
        (rule ``agent+sentence``; a namesake's guessed country is none of them: "Graaf",
        a private person named like a Dutch politician, makes no party Dutch); "reporters"
        or "villagers" do not, nor an armed group
        named by an unlisted ethnic group ("Baloch separatists": the article's locus)."""
        if not any(rule in {"agent", _NEEDS_COUNTRY} for *_, rule in found):
            return found
        if not doc.has_annotation("SENT_START"):
            return [f for f in found if f[3] != _NEEDS_COUNTRY]
        by_sentence: dict[int, set[str]] = {}
        for start, _end, actor, rule in found:
            if actor.country is not None and rule not in {"agent", "namesake"}:
                by_sentence.setdefault(doc[start].sent.start, set()).add(actor.country)
        out = []
        for start, end, actor, rule in found:
            countries = by_sentence.get(doc[start].sent.start, set())
            named = (
                end > start + 1 and doc[end - 1].ent_type_ == "PERSON"
            )  # "President X": X's country is unknown
            if (
                rule in {"agent", _NEEDS_COUNTRY}
                and len(countries) == 1
                and not named
                and not _ethnic(doc, actor, end)
            ):
                if actor.role in _STATE_ROLES or rule == _NEEDS_COUNTRY:
                    actor, rule = (
                        self.dictionary.country_actor(next(iter(countries)), actor.role),
                        "agent+sentence",
                    )
            if rule == _NEEDS_COUNTRY:
                continue  # no country for "the artillery": no actor
            out.append((start, end, actor, rule))
        return out

    def _phrase(
        self, doc: Doc, units: list[_Unit], i: int, ctx: _Context
    ) -> tuple[tuple[int, int, Actor, str] | None, int]:
        """The mention starting at ``units[i]`` and how many units it used."""
        unit = units[i]
        nxt = units[i + 1] if i + 1 < len(units) else None
        if unit.kind in _MODIFIERS and nxt is not None and nxt.kind == "agent" and _joined(doc, unit, nxt):
            return self._titled(doc, units, i, ctx)
        after = units[i + 2] if i + 2 < len(units) else None
        if (  # "Russia's UN ambassador": the IGO names the posting, the country the actor
            unit.kind in _MODIFIERS
            and nxt is not None
            and nxt.kind in {"igo", "org"}
            and after is not None
            and after.kind == "agent"
            and _joined(doc, unit, nxt)
            and nxt.end == after.start
        ):
            found, used = self._titled(doc, [*units[:i], unit, *units[i + 2 :]], i, ctx)
            return found, used + 1
        if unit.kind == "org" and nxt is not None and nxt.kind == "agent" and _joined(doc, unit, nxt):
            # "Hamas militants", "Hezbollah guerrillas": the group's own code
            return (unit.start, nxt.end, self.dictionary.organisations[unit.key], "organisation+agent"), 2
        if unit.kind == "igo" and nxt is not None and nxt.kind == "agent" and _joined(doc, unit, nxt):
            # "NATO Secretary-General Jan Berg", "UN envoy": the office speaks for the IGO
            end = _person_ent_end(doc, nxt.end) or nxt.end
            named = [u for u in units[i + 2 :] if u.start < end]  # the name's own units
            former = unit.start > 0 and doc[unit.start - 1].lower_ == "former"
            if former and len(named) == 1 and named[0].kind == "leader":  # a past office: the person now
                return (unit.start, end, self._leader_actor(named[0].key, ctx.on), "leader"), 3
            if _plural(nxt.key):  # "G7 foreign ministers" ... "the foreign ministers"
                ctx.last_by_title[nxt.key + _PLURAL] = self.dictionary.igos[unit.key]
            else:  # "the U.N. envoy for Syria" ... "the envoy": the IGO's envoy still
                _remember(ctx, nxt.key, self.dictionary.igos[unit.key])
            return (unit.start, end, self.dictionary.igos[unit.key], "igo+agent"), 2 + len(named)
        if unit.kind == "agent":
            return self._agent_phrase(doc, units, i, ctx)
        if unit.kind == "outlet":
            outlet = Actor(
                f"{unit.key}MED", unit.key, "MED", doc[unit.start : unit.end].text, ActorKind.ORGANISATION
            )
            return (unit.start, unit.end, outlet, "outlet"), 1
        if unit.kind == "leader" and unit.key in ctx.namesakes:  # "Judge Marrero" ... "Marrero"
            return (unit.start, unit.end, ctx.namesakes[unit.key], "agent"), 1
        actor, rule = self._single(unit, ctx)
        if actor is None:
            return None, 1
        head = _head_word(doc[unit.start : unit.end])
        if unit.kind in {"igo", "org"} and head in self.dictionary.agents:
            # "the International Court of Justice" ... "the court": the named body, not a role
            _remember(ctx, head, actor)
        return (unit.start, unit.end, actor, rule), 1

    def _titled(
        self, doc: Doc, units: list[_Unit], i: int, ctx: _Context
    ) -> tuple[tuple[int, int, Actor, str], int]:
        """``modifier ['s] agent [person] [, person]`` -> country + agent role."""
        modifier, agent = units[i], units[i + 1]
        used, end = 2, agent.end
        person = _unit_at(units, i + 2, end, "leader")
        if person is not None:
            used, end = 3, person.end
        else:
            end = _person_ent_end(doc, end) or end
        appositive = _appositive(doc, units, i + used, end)
        if appositive is not None:
            end, extra = appositive
            used += extra
        iso3 = self._unit_country(modifier, ctx.on)
        role: str | None = self._role(agent.key)
        ambiguous = self.dictionary.ambiguous_agents.get(agent.key)
        if ambiguous is not None and ambiguous.needs == "context" and not _confirmed(doc, agent, ambiguous):
            role = None  # "New Zealand captain Stephen Fleming": the country, no role
        leader = person or (
            units[i + used - 1] if used > 2 and units[i + used - 1].kind == "leader" else None
        )
        if iso3 is None:
            if role is None:
                return (modifier.start, end, self.dictionary.country_actor(modifier.key), "agent"), used
            return (modifier.start, end, Actor(role, None, role, agent.key, ActorKind.AGENT), "agent"), used
        if leader is not None:
            term = self._leader_term(leader.key, ctx.on)
            name = term.name if term is not None else doc[leader.start : leader.end].text
            if term is not None and term.country == iso3 and ctx.on is not None and term.active_on(ctx.on):
                actor = self._leader_actor(leader.key, ctx.on)  # the dated office wins over the title
            else:
                actor = Actor(iso3 + (role or ""), iso3, role, name, ActorKind.PERSON)
        elif role is None:
            actor = self.dictionary.country_actor(iso3)
        else:
            actor = self.dictionary.country_actor(iso3, role)
        _remember(ctx, agent.key, actor)
        rule = "leader+title" if modifier.kind == "leader" else "title+nationality"
        return (modifier.start, end, actor, rule), used

    def _agent_phrase(
        self, doc: Doc, units: list[_Unit], i: int, ctx: _Context
    ) -> tuple[tuple[int, int, Actor, str] | None, int]:
        """``agent leader`` | ``agent of|in [the] country`` | bare agent."""
        agent = units[i]
        role = self._role(agent.key)
        ambiguous = self.dictionary.ambiguous_agents.get(agent.key)
        person = _unit_at(units, i + 1, agent.end, "leader")
        term = self._leader_term(person.key, ctx.on) if person is not None else None
        if person is not None and term is not None and role in _NAMESAKE_ROLES and role not in term.role:
            # "Judge Marrero": the title makes the name a namesake, not the listed leader
            actor = Actor(role, None, role, doc[person.start : person.end].text, ActorKind.PERSON)
            ctx.namesakes[person.key] = actor
            return (agent.start, person.end, actor, "agent"), 2
        if person is not None:
            actor = self._leader_actor(person.key, ctx.on)
            _remember(ctx, agent.key, actor)
            return (agent.start, person.end, actor, "leader"), 2
        place = self._of_country(doc, units, i + 1, agent.end)
        if place is not None:
            iso3 = self._unit_country(place, ctx.on)
            if iso3 is not None:
                actor = self.dictionary.country_actor(iso3, role)
                _remember(ctx, agent.key, actor)
                # "First Minister of Scotland Nicola Sturgeon": the title's holder is the actor
                end = _person_ent_end(doc, place.end) or _bare_name_end(doc, place.end) or place.end
                if any(place.end <= u.start < end for u in units[i + 2 : i + 3]) or self._no_holder(
                    doc, agent, place.end, end
                ):
                    end = place.end  # a listed name ("... of Iran Javad Zarif") is its own mention
                if end > place.end:  # the holder, by name (a quotation's speaker name)
                    actor = Actor(actor.code, iso3, role, doc[place.end : end].text, actor.kind)
                return (agent.start, end, actor, "agent+country"), 2
        group = self._of_group(doc, units, i + 1, agent.end)
        if group is not None:  # "a spokesperson for the State Department", "diplomats from the G7"
            d = self.dictionary
            actor = d.igos[group.key] if group.kind == "igo" else d.organisations[group.key]
            _remember(ctx, agent.key, actor)
            return (agent.start, group.end, actor, "agent+group"), 2
        city = self._city_link(doc, units, i)
        if city is not None:
            start, stop, iso3 = city
            actor = self.dictionary.country_actor(_state_on(iso3, ctx.on), role)
            _remember(ctx, agent.key, actor)
            return (start, stop, actor, "agent+city"), 1
        named_end = _person_ent_end(doc, agent.end)
        end = named_end or agent.end
        if ambiguous is not None and not (
            (ambiguous.needs == "name" and named_end is not None)
            or (ambiguous.needs == "context" and _confirmed(doc, agent, ambiguous))
        ):
            if ambiguous.needs != "sentence":
                return None, 1  # a sports "captain", "the website of the Iranian presidency"
            # "the artillery", "deputies": only with the sentence's one country
            return (agent.start, end, Actor(role, None, role, agent.key, ActorKind.AGENT), _NEEDS_COUNTRY), 1
        before = doc[agent.start - 1] if agent.start > 0 else None
        if (
            role in NGO_ROLES
            and before is not None
            and before.lower_ in _INTERNATIONAL
            and (before.is_lower or before.is_sent_start)
        ):  # "international rights groups": an NGO, of no country
            code = "NGO" if role == "NGO" else "NGO" + role
            actor = Actor(code, None, role, agent.key, ActorKind.ORGANISATION)
            return (before.i, end, actor, "agent+international"), 1
        start = _org_start(doc, agent)
        if start < agent.start:  # "the Liberal Democratic Party": the whole name
            home = company_country(doc[start:end].text) if role == "BUS" else None
            if home is not None:  # "Ford Motor Company": a listed company's own country
                actor = Actor(home + role, home, role, doc[start:end].text, ActorKind.ORGANISATION)
                return (start, end, actor, "company"), 1
            return (start, end, Actor(role, None, role, agent.key, ActorKind.AGENT), "agent"), 1
        remembered = _recall(ctx, agent.key)
        if named_end is not None and _new_name(doc, agent.start, agent.end, named_end):
            remembered = None  # "Ambassador Song Kim" after "South Korean Ambassador Hwang": a new holder
        if remembered is not None:
            return (agent.start, end, remembered, "coref"), 1
        if ctx.dateline_country is not None:
            actor = self.dictionary.country_actor(ctx.dateline_country, role)
            return (agent.start, end, actor, "agent+dateline"), 1
        return (agent.start, end, Actor(role, None, role, agent.key, ActorKind.AGENT), "agent"), 1

    def _no_holder(self, doc: Doc, agent: _Unit, start: int, end: int) -> bool:
        """Are tokens ``[start, end)`` after "<agent> of <place>" no holder of the title: the
        agent is an institution ("University of Texas Arlington ...") or a word of the run
        is a listed town or division ("Arlington")?"""
        if agent.key.split()[-1] in _INSTITUTION_HEADS:
            return True
        d = self.dictionary
        return any((k := normalise(t.text)) in d.cities or k in d.divisions for t in doc[start:end])

    def _of_country(self, doc: Doc, units: list[_Unit], j: int, after: int) -> _Unit | None:
        """The country/capital/division unit in "<agent> of|in [the] [ADJ...] <country>", if any
        ("the foreign minister of Iran", "the mayor of the northern West Bank city ...")."""
        if j >= len(units) or units[j].kind not in {"country", "capital", "division", "province"}:
            return None
        place = units[j]
        territory = place.end < len(doc) and doc[place.end].lower_ in _TERRITORY
        if place.key in self.dictionary.demonyms and not territory:  # "website of the Iranian presidency"
            return None
        gap = list(doc[after : place.start])
        preps = _OF_IN
        if gap and gap[0].lower_ in _LOCATED:  # "militants present on Afghan soil"
            gap, preps = gap[1:], _OF_IN | {"on", "inside", "within"}
        if not gap or gap[0].lower_ not in preps:
            return None
        rest = [t for t in gap[1:] if t.lower_ != "the"]
        if len(rest) <= 2 and all(t.pos_ == "ADJ" and t.is_lower for t in rest):
            return units[j]
        return None

    def _of_group(self, doc: Doc, units: list[_Unit], j: int, after: int) -> _Unit | None:
        """The IGO/organisation unit in "<agent> for|from [the] <group>" ("a spokesperson
        for the U.S. State Department", "diplomats from the Group of Seven") or "<agent> of
        [the] <IGO>" ("officials of the European Union"), if any: the role speaks for the
        group, so the mention takes the group's code. "Fighters of al-Qaeda" stays two
        mentions (the group's own code either way)."""
        if j >= len(units) or units[j].kind not in {"igo", "org"}:
            return None
        gap = doc[after : units[j].start]
        if not len(gap) or gap[0].lower_ not in (_OF_IN if units[j].kind == "igo" else _GROUP_PREPS) - {"in"}:
            return None
        return units[j] if all(t.lower_ == "the" for t in gap[1:]) else None

    def _city_link(self, doc: Doc, units: list[_Unit], i: int) -> tuple[int, int, str] | None:
        """A city named with a role noun: "<agent> of|in [the] [<place> city|town ... of] <City>"
        or "<City> <agent>" ("Kharkiv governor", a city of :data:`LARGE_CITY` people: "Time
        magazine" is no Norwegian town's). A city is a whole name, never a part of one
        ("the Indonesian National Police" is not Police, Poland), and "in" before a date is a
        time ("Congress in February or March": no town of March). Returns (start, end, ISO3) of
        the phrase, with the city looked up in ``cities.csv`` (GeoNames)."""
        agent = units[i]
        cities = self.dictionary.cities
        before = _name_run_before(doc, agent.start)
        if before is not None and _org_start(doc, agent) <= before < agent.start:
            before = None  # "Liberal Democratic Party" is a name, not Liberal (Kansas) + party
        if before is not None and not any(t.pos_ == "PROPN" for t in doc[before : agent.start]):
            before = None  # "Federal authorities": an adjective, not Federal (Argentina)
        if before is not None and (i == 0 or units[i - 1].end <= before):
            key = normalise(doc[before : agent.start].text)
            if key in self.dictionary.large_cities:  # "Time magazine" is no town (Time, Norway)
                return before, agent.end, cities[key]
        k = agent.end
        if k >= len(doc) or doc[k].lower_ not in _OF_IN:
            return None
        k += 1
        limit = min(len(doc), k + 8)
        while k < limit:  # skip "the northern West Bank city of", "the town of"
            name_end = _name_run_after(doc, k)
            if name_end is not None and doc[k].ent_type_ in {"DATE", "TIME"}:
                return None  # "offered to Congress in February or March": a time, not March (England)
            if name_end is not None:
                iso3 = cities.get(normalise(doc[k:name_end].text))
                if iso3 is not None:
                    return agent.start, name_end, iso3
                k = name_end  # no city inside a longer name ("the Indonesian National Police")
                continue
            if doc[k].pos_ in {"VERB", "AUX", "PRON", "PUNCT"} and doc[k].text != "-":
                return None
            k += 1
        return None

    # ----------------------------------------------------------------- actors

    def _single(self, unit: _Unit, ctx: _Context) -> tuple[Actor | None, str]:
        d = self.dictionary
        if unit.kind == "country":
            return d.country_actor(d.country_aliases[unit.key]), "country-name"
        if unit.kind == "capital":
            return d.country_actor(
                _state_on(d.capitals[unit.key], ctx.on), "GOV", ActorKind.COUNTRY
            ), "capital"
        if unit.kind == "igo":
            return d.igos[unit.key], "igo"
        if unit.kind == "org":
            return d.organisation_on(unit.key, ctx.on), "organisation"
        if unit.kind == "region":
            return d.regions[unit.key], "region"
        if unit.kind == "division":  # "New Jersey", "British Columbia": their country
            return d.country_actor(d.divisions[unit.key]), "division"
        if unit.kind == "leader":
            return self._leader_actor(unit.key, ctx.on), "leader"
        if unit.kind == "namesake":  # a private person named like a listed one: the country only
            # the listed name stays, so that a fuller name in the article overrides it
            # (:func:`dyadic.actors.entities.recode_people`: "Brenton" of "Brenton Tarrant")
            term = self._leader_term(unit.key, ctx.on)
            assert term is not None  # units of kind "namesake" always have terms
            return Actor(term.country, term.country or None, None, term.name, ActorKind.PERSON), "namesake"
        return None, ""

    def _role(self, agent_key: str) -> str:
        """CAMEO role of a role noun; an ambiguous noun's own role wins ("deputy" -> LEG)."""
        ambiguous = self.dictionary.ambiguous_agents.get(agent_key)
        return ambiguous.role if ambiguous is not None else self.dictionary.agents[agent_key]

    def _unit_country(self, unit: _Unit, on: date | None) -> str | None:
        d = self.dictionary
        if unit.kind == "country":
            return d.country_aliases[unit.key]
        if unit.kind == "capital":
            return _state_on(d.capitals[unit.key], on)
        if unit.kind == "division":
            return d.divisions[unit.key]
        if unit.kind == "province":
            return d.provinces[unit.key]
        if unit.kind == "leader":
            term = self._leader_term(unit.key, on)
            return (term.country or None) if term is not None else None
        return None

    def _leader_term(self, key: str, on: date | None) -> LeaderTerm | None:
        """The term ``key`` refers to on ``on``: in office, else the latest before, else the first."""
        terms = self.dictionary.leader_aliases.get(key, ())
        if not terms:
            return None
        if on is None:
            return max(terms, key=lambda t: (t.start, -OFFICE_RANK[t.office]))
        active = [t for t in terms if t.active_on(on)]
        if active:
            return min(active, key=lambda t: OFFICE_RANK[t.office])
        past = [t for t in terms if t.end is not None and t.end < on]
        return max(past, key=lambda t: t.start) if past else min(terms, key=lambda t: t.start)

    def _leader_actor(self, key: str, on: date | None) -> Actor:
        term = self._leader_term(key, on)
        assert term is not None  # units of kind "leader" always have terms
        if on is None or term.active_on(on):
            role: str | None = term.role
        elif term.end is not None and term.end < on:
            role = FORMER_ROLE
        else:
            role = None
        return Actor(term.country + (role or ""), term.country or None, role, term.name, ActorKind.PERSON)

    def _mention(self, doc: Doc, start: int, end: int, actor: Actor, rule: str) -> Mention:
        span = doc[start:end]
        sentence = sentence_index_of(doc, doc[start]) if doc.has_annotation("SENT_START") else 0
        text, start_char, end_char = span.text, span.start_char, span.end_char
        stripped = text.rstrip("".join(ZERO_WIDTH))  # "Türkiye\u200b" -> "Türkiye"
        lead = len(stripped) - len(stripped.lstrip("".join(ZERO_WIDTH)))
        text, start_char, end_char = stripped[lead:], start_char + lead, start_char + len(stripped)
        return Mention(text, start_char, end_char, start, end, sentence, actor, rule)


# --------------------------------------------------------------------- helpers


def _may_name_person(token: Token) -> bool:
    """Whether ``token`` may be a person's name: tagged PERSON by the NER, or a word of a
    PERSON name elsewhere in the article, or a proper noun the NER tags as no other kind
    of name."""
    if token.ent_type_ == "PERSON" or any(
        e.label_ == "PERSON" and token.text in {t.text for t in e} for e in token.doc.ents
    ):  # "Dr Ali bin Tamim ... Tamim claimed": the NER may miss a name it tagged before
        return True
    if token.ent_type_ == "ORG" and token.i > 0 and token.doc[token.i - 1].lower_ == "the":
        return True  # "the Church": an institution's first word, which quotations resolve
    if token.ent_type_:
        return False
    return token.pos_ == "PROPN"


def _state_on(iso3: str, on: date | None) -> str:
    """The state a city of ``iso3`` belonged to on ``on``: its predecessor before the
    country's independence ("Juba" in 2008 is Sudan's), per :data:`SUCCESSIONS`. Only
    cities go through this: a country's own name keeps its code ("Montenegro" in 2000
    is MNE, as CAMEO and PLOVER code it)."""
    succession = SUCCESSIONS.get(iso3)
    return succession[1] if succession is not None and on is not None and on < succession[0] else iso3


def _ethnic(doc: Doc, actor: Actor, end: int) -> bool:
    """Is the armed role noun ending at ``end`` modified by an ethnic group or place the
    dictionary does not list as a country ("Baloch separatists", "Karen rebels"; the NER
    tags them NORP or GPE)? Such a group fights where the article is (its locus), not in
    its sentence's other country."""
    return actor.role in {"REB", "UAF"} and any(
        c.dep_ in {"amod", "compound"} and c.ent_type_ in {"NORP", "GPE"} and c.is_title and c.i < end - 1
        for c in doc[end - 1].children
    )


def _is_currency(doc: Doc, unit: _Unit) -> bool:
    """A country name that only qualifies a currency ("five million US dollars", "in
    Canadian dollars") names money, not an actor."""
    return unit.kind == "country" and unit.end < len(doc) and doc[unit.end].lower_ in CURRENCY_NOUNS


#: Role nouns that are adjectives inside capitalised names ("a French national" is a
#: civilian; "the Democratic National Committee", "Australian National University" are not).
NAME_ADJECTIVE_AGENTS = frozenset({"national"})


def _in_capitalised_name(span: Span) -> bool:
    """A one-word role noun of :data:`NAME_ADJECTIVE_AGENTS` in title case with a
    capitalised word right before it (not at a sentence start) or right after it: a
    word of a name ("2020 National Convention", "Republican National"), no actor."""
    if len(span) != 1 or span[0].lower_ not in NAME_ADJECTIVE_AGENTS or not span[0].is_title:
        return False
    doc, i = span.doc, span.start
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    prev = doc[i - 1] if i > 0 else None
    named_after = nxt is not None and nxt.is_title and nxt.is_alpha
    named_before = prev is not None and prev.is_title and prev.is_alpha and not prev.is_sent_start
    return named_after or named_before


#: Title-case nouns that end a venue's name: a role noun right before one is a word of the
#: venue's name ("the Toronto Congress Centre", "Parliament Square"), no actor.
_VENUE_NOUNS = frozenset(
    {
        "centre",
        "center",
        "stadium",
        "arena",
        "hotel",
        "square",
        "street",
        "avenue",
        "park",
        "airport",
        "plaza",
    }
)


def _in_other_name(doc: Doc, start: int, end: int) -> bool:
    """Is the city name at ``[start, end)`` a person's or product's name (:data:`_NOT_PLACE_ENTS`),
    or a part of a longer organisation name the NER tags ("Mac OS X Lion"; "Odesa" alone may be
    tagged ORG and stays a city)?"""
    ent_type = doc[start:end].root.ent_type_
    if ent_type in _NOT_PLACE_ENTS:
        return True
    if ent_type != "ORG":
        return False
    ent = next((x for x in doc.ents if x.start <= start < x.end), None)
    return ent is not None and (ent.start < start or ent.end > end)


def _venue_name(span: Span) -> bool:
    """Is a role noun in title case followed by a title-case venue noun (:data:`_VENUE_NOUNS`),
    a word of a place's name ("fans descended on the Toronto Congress Centre")?"""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    return span[-1].is_title and nxt is not None and nxt.is_title and nxt.lower_ in _VENUE_NOUNS


#: Role nouns of bodies, never a person's family name: a PERSON name the NER ends with one
#: is a body's ("the Bush Administration").
_INSTITUTION_NOUNS = frozenset(
    "administration government ministry council congress senate parliament assembly court police army "
    "navy party commission committee department agency authority office cabinet regime bureau service "
    "forces".split()
)


def _role_word_surname(span: Span) -> bool:
    """Is a one-word role noun in title case a person's family name: a word of a person's name
    the NER tags after its first word ("the astronomer Michel Mayor", "Kevin Bishop"), or,
    with no determiner before it and no name after it, the same word that ends such a name
    elsewhere in the article ("Michel Mayor ... Mayor thanked the committee")?"""
    if len(span) != 1 or not span[0].is_title or span[0].lower_ in _INSTITUTION_NOUNS:
        return False
    tok = span[0]
    if tok.ent_type_ == "PERSON" and tok.ent_iob_ == "I":
        return True
    doc = tok.doc
    surnames = {
        ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].is_title
    }
    if tok.text not in surnames:
        return False
    prev = doc[tok.i - 1] if tok.i > 0 else None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    determined = prev is not None and (
        prev.pos_ in {"DET", "PRON"} or prev.tag_ == "POS" or (prev.is_title and not prev.is_sent_start)
    )  # "the Mayor", "Social Security Administration": an office or a body's name
    named_after = nxt is not None and nxt.pos_ == "PROPN"
    return not determined and not named_after


def _is_work_title(doc: Doc, unit: _Unit) -> bool:
    """A country name that is the title of a work ("a painting entitled America", "an
    album titled 'Chile'"): right after "entitled"/"titled", quotation marks allowed."""
    k = unit.start - 1
    while k >= 0 and doc[k].is_quote:
        k -= 1
    return unit.kind == "country" and k >= 0 and doc[k].lower_ in {"entitled", "titled"}


#: Country names that are also a state of another country: name key -> that country.
STATE_NAMESAKES = {"georgia": "USA"}
#: Demonyms that are also the names of languages ("English", "Arabic").
LANGUAGE_NAMES = frozenset(
    """
    english french spanish german arabic portuguese russian chinese mandarin cantonese japanese
    italian hebrew dutch turkish persian farsi korean greek polish swedish hindi urdu bengali
    ukrainian czech hungarian romanian danish norwegian finnish thai vietnamese indonesian malay
    """.split()
)
#: Nouns after a language name that make it the language ("the English edition", "Arabic speakers").
LANGUAGE_NOUNS = frozenset(
    """
    language languages edition editions version versions translation translations subtitles
    speaker speakers speaking wikipedia word words text name title dictionary grammar lessons
    classes teacher teachers literature dub dubbing proficiency
    """.split()
)
#: Nouns for venues, food, drink and works a demonym describes by style, not by state
#: ("an Irish pub", "French wine", "a Chinese restaurant").
CULTURAL_NOUNS = frozenset(
    """
    pub pubs bar bars restaurant restaurants cafe cafes café cuisine food foods dish dishes wine
    wines beer beers whiskey whisky vodka tea coffee cheese breakfast music song songs dance dances
    accent accents style folk
    """.split()
)


def _is_cultural_product(doc: Doc, unit: _Unit) -> bool:
    """A demonym right before a :data:`CULTURAL_NOUNS` noun ("at an Irish pub"): a style,
    not that country acting, nor the country of the sentence's other actors."""
    if unit.kind != "country" or unit.end - unit.start != 1 or unit.end >= len(doc):
        return False
    return doc[unit.start].is_title and doc[unit.end].lower_ in CULTURAL_NOUNS


#: Verbs whose object a language name is ("speaks English", "translated Arabic").
_LANGUAGE_VERBS = frozenset({"speak", "learn", "teach", "translate", "understand", "study"})


def _is_language(doc: Doc, unit: _Unit) -> bool:
    """A demonym that names a language, not its country (:data:`LANGUAGE_NAMES`): after
    "in", "into" or "from" with no noun after it ("written in English", "translated from
    Arabic"), before a language noun (:data:`LANGUAGE_NOUNS`, a hyphen allowed: "the
    English edition", "English-language media"), or the object of "speak", "learn" ...
    The article's locus is then not that country: "an English wiki" is no British one."""
    if unit.kind != "country" or unit.end - unit.start != 1 or unit.key not in LANGUAGE_NAMES:
        return False
    return _language_token(doc[unit.start])


def _language_token(tok: Token) -> bool:
    """:func:`_is_language` of one token; the NER's LANGUAGE tag, or a language it is
    coordinated with ("in English and Spanish"), says so too."""
    doc = tok.doc
    if tok.ent_type_ == "LANGUAGE":
        return True
    if tok.dep_ == "conj" and tok.head.i < tok.i and tok.head.lower_ in LANGUAGE_NAMES:
        return _language_token(tok.head)
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is not None and nxt.text == "-" and tok.i + 2 < len(doc):
        nxt = doc[tok.i + 2]
    if nxt is not None and nxt.lower_ in LANGUAGE_NOUNS:
        return True
    if tok.dep_ == "dobj" and tok.head.lemma_ in _LANGUAGE_VERBS:
        return True
    if tok.dep_ == "pobj" and tok.head.head.lower_ in LANGUAGE_NOUNS:  # "languages like English"
        return True
    after_noun = nxt is not None and nxt.pos_ in {"NOUN", "PROPN"}
    return tok.i > 0 and doc[tok.i - 1].lower_ in {"in", "into", "from"} and not after_noun


#: Capitalised nouns that make a place name of a capital or country name before them
#: ("Victoria Park", "Tahrir Square", "Washington Street", "Moscow Bridge", "Kabul Airport",
#: "Queen Victoria Market").
LANDMARK_NOUNS = frozenset(
    {
        "park",
        "square",
        "street",
        "road",
        "avenue",
        "boulevard",
        "lane",
        "bridge",
        "harbour",
        "harbor",
        "stadium",
        "gardens",
        "garden",
        "mall",
        "beach",
        "island",
        "islands",
        "lake",
        "bay",
        "airport",
        "airfield",
        "market",
        "station",
        "terminal",
        "hotel",
        "cathedral",
    }
)


def _many_states(doc: Doc, s: int, e: int, actor: Actor, rule: str) -> tuple[int, int, Actor, str]:
    """A bare plural noun of several states ("governments", "nations") that only the
    dateline, the sentence or the article's locus placed is no one country's: it keeps
    its role and loses the country ("as governments continue climate talks in Madrid":
    ``GOV``, not ``ESPGOV``; gold guideline: ``---GOV``)."""
    if e - s != 1 or rule not in _PLACED_BY_CONTEXT or doc[s].lower_ not in _MANY_STATES or not actor.role:
        return (s, e, actor, rule)
    return (s, e, Actor(actor.role, None, actor.role, doc[s].lower_, ActorKind.AGENT), "agent")


def _names_in(text: str, name: str) -> bool:
    """Whether the folded ``text`` contains ``name`` as whole words."""
    key = " ".join(fold(name).lower().split())
    return re.search(rf"(?<!\w){re.escape(key)}(?!\w)", text) is not None


def _in_repaired_name(doc: Doc, unit: _Unit) -> bool:
    """A unit inside, but not the whole of, a person's name that ``dyadic_name_repair``
    rebuilt around a place ("Paris" and "Hilton" of "Paris Hilton": no France, no
    Vanuatu leader), or a family name it found to repeat such a name ("West" after
    "Kanye West": no Western bloc)."""
    tok = doc[unit.start]
    if tok.ent_kb_id_ != REPAIRED_KB:
        return False
    ent = next((e for e in doc.ents if e.start <= unit.start < e.end), None)
    return ent is not None and ((ent.start, ent.end) != (unit.start, unit.end) or len(ent) == 1)


def _is_landmark_name(doc: Doc, unit: _Unit) -> bool:
    """A country, capital or division name that begins a place name ("Victoria Park" is
    no Seychelles, "Washington Street" no US government, "Baghdad International Airport" no
    Iraqi government): a capitalised :data:`LANDMARK_NOUNS` word comes next, or after one
    or two other capitalised words."""
    if unit.kind not in {"country", "capital", "division"} or unit.end >= len(doc):
        return False
    # up to two capitalised words before the noun: "Baghdad International Airport"
    for nxt in doc[unit.end : unit.end + 3]:
        if not (nxt.is_title and nxt.is_alpha):
            return False
        if nxt.lower_ in LANDMARK_NOUNS:
            return True
    return False


def _noun_use(span: Span) -> bool:
    """Whether a one-word, lower-case role noun tagged adjective is used as a noun: an
    argument or apposition ("arrested a French national"), or a title before a person's
    name ("Ghanaian national Kwame Mensah")."""
    token = span[0]
    if len(span) > 1 or token.pos_ != "ADJ" or not token.is_lower:
        return False
    if token.dep_ in _NOUN_DEPS:
        return True
    return token.dep_ == "amod" and token.head.ent_type_ == "PERSON" and token.head.i > token.i


def _case_ok(span: Span) -> bool:
    """Names start upper-case, or with a lower-case particle before an upper-case
    word ("al-Qaeda", "bin Laden"); forms of three letters or fewer are all upper-case."""
    text = span.text
    if not text[:1].isupper() and not (
        span[0].lower_ in _NAME_PARTICLES and any(t.text[:1].isupper() for t in span[1:])
    ):
        return False
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 3 or all(c.isupper() for c in letters)


def _folded(doc: Doc) -> Doc:
    """``doc`` itself, or a token-aligned copy whose words are :func:`fold`-ed when
    any token holds a curly apostrophe or a zero-width character ("d\u2019Ivoire")."""
    from dyadic.nlp import doc_text  # here, not at the top: other edits touch the imports

    text = doc_text(doc)
    if fold(text) == text:  # fold maps characters one by one: no token changes either
        return doc
    words = [fold(t.text) for t in doc]
    if all(w == t.text for w, t in zip(words, doc, strict=True)):
        return doc
    return Doc(doc.vocab, words=[w or "_" for w in words], spaces=[bool(t.whitespace_) for t in doc])


def _title_case(span: Span) -> bool:
    """One capitalised word, the rest lower case ("Xi", not "XI" or "xi")."""
    text = fold(span.text)
    return len(span) == 1 and text[:1].isupper() and (len(text) == 1 or text[1:].islower())


def _confirmed(doc: Doc, agent: _Unit, ambiguous: AmbiguousAgent) -> bool:
    """True when the agent's sentence holds a word that confirms its role."""
    sent = doc[agent.start].sent if doc.has_annotation("SENT_START") else doc[:]
    words = " " + " ".join(t.lower_ for t in sent) + " "
    return any(f" {w} " in words for w in ambiguous.confirm)


def _org_start(doc: Doc, agent: _Unit) -> int:
    """Start of the ORG entity the agent ends ("Liberal Democratic Party"), past a "the";
    else ``agent.start``."""
    last = doc[agent.end - 1]
    if last.ent_type_ != "ORG" or not doc[agent.start].text[:1].isupper():
        return agent.start
    k = agent.start
    while k > 0 and doc[k].ent_iob_ == "I" and doc[k - 1].ent_type_ == "ORG":
        k -= 1
    while k < agent.start and doc[k].lower_ == "the":
        k += 1
    return k


def _modifies(token: Token, start: int, end: int) -> bool:
    """Whether ``token`` is a compound or adjectival modifier of a token in ``[start, end)``."""
    return token.dep_ in {"compound", "amod", "nmod"} and start <= token.head.i < end


def _is_target(token: Token) -> bool:
    """True for the object of an act: "shelled <X>", "<X> was shelled", "attack on <X>"."""
    if token.dep_ in _TARGET_DEPS and token.head.pos_ == "VERB":
        return True
    return token.dep_ == "pobj" and token.head.lower_ in _TARGET_PREPS


def _located(doc: Doc, start: int, end: int) -> bool:
    """Is the mention over tokens ``[start, end)`` a place only: the object of a location
    preposition (:data:`_LOCATION_PREPS`: "planners in Afghanistan", "a base near Kabul")?"""
    head = doc[start:end].root
    return head.dep_ == "pobj" and head.head.lower_ in _LOCATION_PREPS


def _joined(doc: Doc, left: _Unit, right: _Unit) -> bool:
    """True when only a possessive, adjectives, "-appointed" or a rank ("deputy") separate
    two units ("UN-appointed special rapporteur": appointed by the UN, its official; "U.S.
    deputy U.N. ambassador")."""
    gap = doc[left.end : right.start]
    return (
        all(
            t.text in _POSSESSIVE or t.pos_ == "ADJ" or t.lower_ in _APPOINTED or t.lower_ in _RANKS
            for t in gap
        )
        and len(gap) <= 3
    )


def _deputy_offices(doc: Doc, units: list[_Unit]) -> list[_Unit]:
    """A rank word (:data:`_RANKS`: "deputy") right before an office ("deputy U.N.
    ambassador", "deputy ambassador") is no role of its own: the office's role is the
    person's (a deputy ambassador is a diplomat, not a legislator), so the rank's unit is
    dropped when an IGO or role unit follows it with no gap."""
    starts = {u.start: u for u in units}
    return [
        u
        for u in units
        if not (
            u.kind == "agent"
            and u.key in _RANKS
            and u.end in starts
            and starts[u.end].kind in {"agent", "igo"}
        )
    ]


def _unit_at(units: list[_Unit], j: int, start: int, kind: str) -> _Unit | None:
    if j < len(units) and units[j].start == start and units[j].kind == kind:
        return units[j]
    return None


def _person_ent_end(doc: Doc, start: int) -> int | None:
    """End of a PERSON entity starting at token ``start``, if one does."""
    if start < len(doc) and doc[start].ent_iob_ == "B" and doc[start].ent_type_ == "PERSON":
        end = start + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return end
    return None


def _appositive(doc: Doc, units: list[_Unit], j: int, end: int) -> tuple[int, int] | None:
    """``, <leader|PERSON>`` right after token ``end``: (new end, units used)."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    leader = _unit_at(units, j, end + 1, "leader")
    if leader is not None:
        return leader.end, 1
    person_end = _person_ent_end(doc, end + 1)
    return (person_end, 0) if person_end is not None else None


#: Head words of role nouns that name an institution, not a person holding a title.
_INSTITUTION_HEADS = frozenset(
    "university college school institute academy ministry department council court commission "
    "committee agency office party government parliament assembly army navy police bank company "
    "embassy consulate administration authority cabinet senate congress".split()
)
#: Entity types a word of an untyped name may carry: none, or PERSON for its last part.
_NAME_ENTS = frozenset({"", "PERSON"})


def _bare_name_end(doc: Doc, start: int) -> int | None:
    """End of a two- or three-word proper name at ``start`` that the NER left untyped or
    typed PERSON only in part ("... of Scotland Nicola Sturgeon", "... of Wales Carwyn
    [Ellis]PERSON"), if one is there and ends the name (the next token is no capitalised
    word); None otherwise."""
    end = start
    while end < min(len(doc), start + 3) and doc[end].pos_ == "PROPN" and doc[end].ent_type_ in _NAME_ENTS:
        end += 1
    if end - start < 2 or (end < len(doc) and doc[end].text[:1].isupper()):
        return None
    return end


def _is_name(token: Token) -> bool:
    return token.pos_ == "PROPN" or (token.text[:1].isupper() and not token.is_sent_start and token.is_alpha)


def _name_run_after(doc: Doc, start: int) -> int | None:
    """End of a run of at most three capitalised name tokens starting at ``start``."""
    end = start
    while end < len(doc) and end - start < 3 and _is_name(doc[end]):
        end += 1
    return end if end > start else None


def _name_run_before(doc: Doc, end: int) -> int | None:
    """Start of a run of at most three capitalised name tokens ending right before ``end``."""
    start = end
    while start > 0 and end - start < 3 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha:
        start -= 1
    return start if start < end else None


def _head_word(span: Span) -> str:
    """The head noun of a name, lower case: its last word before any "of" ("International
    Court of Justice" -> "court", "Security Council" -> "council")."""
    words = [t.lower_ for t in span]
    cut = words.index("of") if "of" in words[1:] else len(words)
    return words[cut - 1]


#: Suffix of the title memory's keys for plural titles ("foreign ministers").
_PLURAL = "#plural"


def _plural(agent_key: str) -> bool:
    return agent_key.endswith("s") and not agent_key.endswith("ss")


def _remember(ctx: _Context, agent_key: str, actor: Actor) -> None:
    """Remember ``actor`` as the one a later bare title refers to; a plural title also
    under its own plural key."""
    ctx.last_by_title[_title_key(agent_key)] = actor
    if _plural(agent_key):
        ctx.last_by_title[agent_key + _PLURAL] = actor


def _recall(ctx: _Context, agent_key: str) -> Actor | None:
    """The actor a bare title refers to: a plural title ("the foreign ministers") the
    last plural one of its kind, else the last singular one unless that was one person
    (several ministers are no one minister)."""
    if not _plural(agent_key):
        return ctx.last_by_title.get(_title_key(agent_key))
    plural = ctx.last_by_title.get(agent_key + _PLURAL)
    if plural is not None:
        return plural
    single = ctx.last_by_title.get(_title_key(agent_key))
    return single if single is not None and single.kind is not ActorKind.PERSON else None


def _title_key(agent_key: str) -> str:
    """Coreference key for a title: singular, lower case ("presidents" -> "president"),
    an office "of X affairs" named as "X" ("ministry of foreign affairs", "foreign affairs
    ministry" -> "foreign ministry"; "minister of defence" -> "defence minister")."""
    m = _OFFICE_OF.fullmatch(agent_key) or _AFFAIRS_OFFICE.fullmatch(agent_key)
    key = f"{m['area']} {m['office']}" if m else agent_key
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


def _new_name(doc: Doc, title_start: int, name_start: int, name_end: int) -> bool:
    """Whether the person name (tokens ``name_start`` to ``name_end``) after a title (from
    token ``title_start``) is new to the article before the title: a new holder of the
    title ("Ambassador Song Kim" after "South Korean Ambassador Joonkook Hwang"), not the
    earlier one named again ("Ambassador Hwang", "Ambassador Joonkook Hwang")."""
    name = doc[name_start:name_end].text
    before = doc.text[: doc[title_start].idx]
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", before) is None
