"""Context actors: event participants that name no listed actor, resolved from the article.

Real news names its actors once and then goes on with surnames, pronouns and names
that no dictionary lists ("Avenatti", "they", "the BLA"). :func:`context_mentions`
gives the event coder a mention for each of them, after the dictionary mentions
(which always win):

* a person's name span that holds no mention takes the person's code from the
  entity layer (:mod:`dyadic.actors.entities`; rule ``entity``), else the country of
  the group it is named as a member of ("members of the U.S. Senate -- Ana Ruiz, ...";
  rule ``entity+locus``), else the article's locus (rule ``entity+locus``);
* an organisation the NER finds that holds no mention and is an acronym defined in
  brackets after an organisation's mention ("the Verde Liberation Front (VLF)") is that
  organisation (its actor and rule); else it takes its own country when it is
  a listed company ("Boeing" -> USABUS, rule ``company``;
  :func:`dyadic.actors.dictionary.company_country`), else the locus ("the BLA", rule
  ``organisation+locus``);
* a definite description ("the network", "the bloc", "the agency") stands for the latest
  earlier mention of an organisation the noun fits (a broadcaster for "the network", an
  IGO for "the bloc", a name holding the noun for "the agency", a person of no office for
  "the accused"; rule ``description``); "the city", "the department", "the company", "the
  group", "the party" stand for an organisation of their kind named in the few sentences
  before (:mod:`dyadic.actors.anaphora`);
* a third-person pronoun (he, she, they, it ...) stands for the nearest actor before
  it in its own or the two sentences before (rule ``pronoun``, ``pronoun+locus`` when
  the antecedent's country is itself inferred): he/she for a person whose gender no
  title or gendered noun contradicts ("she" is no "Mr. Ward"), else for a one-person
  role noun of its own sentence (:data:`ONE_PERSON_NOUNS`: "the attacker, a man, ...
  before he was shot"), they/it for a
  subject that is not a person, "it" never for a plural one ("the militants ... stormed
  it": "it" is the train); but a group pronoun in a clause hanging on a verb whose object
  is a group, and whose subject is none "it" could be, stands for that object
  ("Pakistani officials blamed India, accusing it of ...");
* a possessive pronoun (his, her, its, their) is a pronoun too ("after his arrest": the
  person is the arrest's target); one in a phrase fronted before its clause's subject refers
  forward to that subject ("In his speech, the minister ..."), and one on the direct object of
  a verb whose subject is its own antecedent is no mention ("the mayor left his home": the
  subject's own thing, no second participant);
* a first-person pronoun (I, we, me, us) inside a quotation stands for the quotation's
  speaker (rule ``speaker``: "'We will not negotiate,' the minister said").

The *locus* is the country named in most of the article's sentences by its dictionary
mentions (a news outlet's country does not count), in at least two sentences
(:func:`article_locus`); the resolver uses the
same inference for role nouns ("police" -> the locus's police). These mentions are
inferences: their ``rule`` says so, and the event's confidence model sees it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Span, Token

from dyadic.actors.anaphora import KIND_FITS, kind_antecedent
from dyadic.actors.dictionary import company_country, is_not_actor
from dyadic.nlp import sentence_index_of
from dyadic.records import Actor, ActorKind, Entity, Mention, Quotation

__all__ = ["LOCUS_MIN_SENTENCES", "LOCUS_MIN_SHARE", "article_locus", "context_mentions", "inferred_country"]

#: An article's locus needs its country named in this many sentences, and this share of
#: the mentions that have a country.
LOCUS_MIN_SENTENCES = 2
LOCUS_MIN_SHARE = 0.5
#: Pronouns that stand for a person / for a group, state or organisation.
#: Possessive ones count ("after his arrest": the person is the arrest's target).
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his"})
GROUP_PRONOUNS = frozenset({"they", "them", "it", "its", "their"})
#: Group pronouns that stand for one group, state or organisation, never a plural noun.
SINGULAR_GROUP_PRONOUNS = frozenset({"it", "its"})
#: The gender of a person pronoun, of a title before a name, of a gendered role noun.
PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
TITLE_GENDER = {
    "mr": "m",
    "mrs": "f",
    "ms": "f",
    "miss": "f",
    "sir": "m",
    "dame": "f",
    "lady": "f",
    "lord": "m",
}
NOUN_GENDER = {
    "spokesman": "m",
    "spokeswoman": "f",
    "chairman": "m",
    "chairwoman": "f",
    "businessman": "m",
    "businesswoman": "f",
    "congressman": "m",
    "congresswoman": "f",
    "king": "m",
    "queen": "f",
    "prince": "m",
    "princess": "f",
}
#: Singular nouns of one person that a he/she may stand for when no named person is near,
#: with their gender ("" for either).
ONE_PERSON_NOUNS = {
    **dict.fromkeys("man boy policeman husband father son brother".split(), "m"),
    **dict.fromkeys("woman girl policewoman wife mother daughter sister".split(), "f"),
    **dict.fromkeys("attacker assailant suspect gunman driver shooter killer victim".split(), ""),
}
#: Pronouns that, inside a quotation, stand for its speaker.
FIRST_PERSON = frozenset({"i", "me", "we", "us"})
#: Rules of context mentions whose country is the article's locus, not named.
INFERRED_RULES = frozenset({"entity+locus", "organisation+locus", "pronoun+locus", "description+locus"})
#: Nouns of a relative, who takes the country of the person they are the relative of.
KIN_NOUNS = frozenset(
    "son daughter wife husband brother sister father mother nephew niece cousin widow widower "
    "grandson granddaughter".split()
)
#: Nouns of a definite description ("the network") that refers back to a named
#: organisation: the roles of the organisations the noun fits (``IGO``/``NGO``: any IGO's /
#: NGO's code), and a word of the organisation's name that makes it fit ("the agency" for
#: "the International Atomic Energy Agency"; "" for none).
DESCRIPTION_FITS: dict[str, tuple[frozenset[str], str]] = {
    "network": (frozenset({"MED"}), ""),
    "broadcaster": (frozenset({"MED"}), ""),
    "channel": (frozenset({"MED"}), ""),
    "firm": (frozenset({"BUS"}), "firm"),
    "bloc": (frozenset({"IGO"}), "bloc"),
    "agency": (frozenset(), "agency"),
    "council": (frozenset(), "council"),
    "commission": (frozenset(), "commission"),
    "committee": (frozenset(), "committee"),
    "movement": (frozenset(), "movement"),
    "organization": (frozenset({"IGO", "NGO"}), "organization"),
    "organisation": (frozenset({"IGO", "NGO"}), "organisation"),
}
#: Roles of an office holder, whom "the accused" never stands for.
_OFFICE_ROLES = frozenset({"GOV", "JUD", "COP", "MIL", "LEG", "SPY", "ELI"})
#: The fit of a description of a person on trial ("the accused", "the defendant"): the latest
#: earlier person of a known country who holds no office (:func:`_accused`).
_PERSON_FIT: tuple[frozenset[str], str] = (frozenset(), "")
DESCRIPTION_FITS.update({"accused": _PERSON_FIT, "defendant": _PERSON_FIT})
#: How many sentences before its own a pronoun looks back for its antecedent.
PRONOUN_LOOKBACK = 2
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: Penn tags of plural nouns (an antecedent "it" cannot stand for).
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: Dependencies of a clause whose group pronoun may stand for the object of the verb it
#: hangs on ("blamed India, accusing it"; "recognized the Taliban since they seized").
_CLAUSE_DEPS = frozenset({"advcl", "conj", "xcomp"})
#: Dependencies of a verb (or the preposition it hangs from) that shares the subject of the
#: verb above it ("X thanked Y and expressed his ...", "X attacked Y for refusing to ...").
_SHARED_SUBJECT_DEPS = frozenset({"xcomp", "pcomp", "advcl", "conj", "prep", "pobj"})


def article_locus(countries: Iterable[tuple[str, int]]) -> str | None:
    """The article's locus: the country named in most sentences, if it holds at least
    :data:`LOCUS_MIN_SHARE` of the (country, sentence) pairs and is named in
    :data:`LOCUS_MIN_SENTENCES` sentences. A country counts once per sentence ("President
    Trump, the president of the United States" is one vote); ties go to the first named.

    Args:
        countries: ``(ISO 3166-1 alpha-3 country, sentence key)`` of each mention that
            has a country; the sentence key is any per-sentence value (index or start;
            the resolver gives the headline's countries the key -1).

    Returns:
        The locus country, or None when no country dominates.
    """
    pairs = list(dict.fromkeys(countries))  # a country counts once per sentence
    counts = Counter(c for c, _ in pairs)
    if not counts:
        return None
    locus, n = counts.most_common(1)[0]
    sentences = {s for c, s in pairs if c == locus}
    if len(sentences) < LOCUS_MIN_SENTENCES or n < LOCUS_MIN_SHARE * len(pairs):
        return None
    return locus


def context_mentions(
    doc: Doc,
    mentions: list[Mention],
    persons: list[Entity],
    quotations: Sequence[Quotation] = (),
    speakers: bool = False,
) -> list[Mention]:
    """Mentions for the article's unlisted names and pronouns (see the module docstring).

    Args:
        doc: The parsed article (NER entities, dependency parse, sentences).
        mentions: Its dictionary mentions (``doc._.entities``).
        persons: Its person entities (``doc._.persons``).
        quotations: Its quotations with speakers (``doc._.quotations``), if extracted.
        speakers: Also the descriptions that only name a quotation's speaker ("the group
            said": :data:`dyadic.actors.anaphora.SPEAKER_ONLY`), for the quotations stage.

    Returns:
        New mentions, in text order, none overlapping ``mentions`` or each other;
        offsets are characters into ``Article.text`` and tokens into ``doc``.
    """
    locus = article_locus(
        (m.actor.country, m.sentence_index)
        for m in mentions
        if m.actor.country and m.rule not in {"outlet", "namesake"}  # a namesake's country is a guess
    )
    taken = {i for m in mentions for i in range(m.token_start, m.token_end)}
    named: list[Mention] = []
    for entity in persons:
        titled = _title_before(doc, entity, mentions)
        actor = titled or _person_actor(entity, _attached_country(doc, entity, mentions, persons) or locus)
        if actor is None:
            continue
        for start, end in entity.spans:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None and not taken.intersection(range(span.start, span.end)):
                named.append(
                    _mention(
                        doc,
                        span.start,
                        span.end,
                        actor,
                        "entity" if entity.code or titled else "entity+locus",
                    )
                )
                taken.update(range(span.start, span.end))
    defined = _bracketed_acronyms(doc, mentions)
    kinds = [e for e in doc.ents if e.label_ == "ORG" and len(e) == 1 and e.root.lower_ in KIND_FITS]
    for ent in doc.ents:
        if ent.label_ == "ORG" and ent not in kinds and not taken.intersection(range(ent.start, ent.end)):
            org = _named_organisation(ent, defined, locus)
            if org is not None:
                named.append(_mention(doc, ent.start, ent.end, *org))
                taken.update(range(ent.start, ent.end))
    from dyadic.nlp import pos_tokens  # here, not at the top: other edits touch the imports

    known = sorted([*mentions, *named], key=lambda m: m.token_start)
    described = _descriptions(doc, known, taken, speakers)
    taken.update(m.token_start for m in described)
    taken.update(m.token_end - 1 for m in described)
    for ent in kinds:  # "The Department" the NER takes for a name: an organisation if it refers to none
        org = None if ent.start in taken else _named_organisation(ent, defined, locus)
        if org is not None:
            described.append(_mention(doc, ent.start, ent.end, *org))
            taken.add(ent.start)
    named += described
    known = sorted([*known, *described], key=lambda m: m.token_start)
    pronouns = [
        _mention(doc, tok.i, tok.i + 1, antecedent.actor, _pronoun_rule(antecedent))
        for tok in pos_tokens(doc, ("PRON",))
        if tok.i not in taken and tok.pos_ == "PRON"
        for antecedent in [_antecedent(tok, known)]
        if antecedent is not None and not _own_object(tok, antecedent, known)
    ]
    taken.update(m.token_start for m in pronouns)
    first_person = _first_person(doc, quotations, [*known, *pronouns], taken)
    return sorted([*named, *pronouns, *first_person], key=lambda m: m.token_start)


def _descriptions(doc: Doc, known: list[Mention], taken: set[int], speakers: bool = False) -> list[Mention]:
    """Definite descriptions that refer back to a named organisation ("broadcast
    corporation ABS-CBN ... the network"): "the <noun>" (:data:`DESCRIPTION_FITS`), singular,
    no mention itself and no "of"/"'s" phrase's head, stands for the latest earlier mention
    that the noun fits, with its actor (rule ``description``, ``description+locus`` when the
    antecedent's country is itself inferred); none when no earlier mention fits."""
    out = []
    for tok in doc:
        fits = DESCRIPTION_FITS.get(tok.lower_)
        if (fits is None and tok.lower_ not in KIND_FITS) or tok.i in taken or tok.i == 0:
            continue
        if doc[tok.i - 1].lower_ != "the":
            continue
        if fits is None:  # "the city", "the company": an organisation of its kind named shortly before
            antecedent = kind_antecedent(tok, known, sentence_index_of(doc, tok), speakers)
        elif tok.dep_ == "compound" or (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "of"):
            continue
        else:
            antecedent = next(
                (
                    m
                    for m in reversed(known)
                    if m.token_end <= tok.i - 1 and (_accused(m) if fits is _PERSON_FIT else _fits(m, fits))
                ),
                None,
            )
        if antecedent is not None:
            rule = "description+locus" if inferred_country(antecedent) else "description"
            out.append(_mention(doc, tok.i - 1, tok.i + 1, antecedent.actor, rule))
    return out


def _named_organisation(
    ent: Span, defined: dict[str, Mention], locus: str | None
) -> tuple[Actor, str] | None:
    """The actor and rule of an organisation the NER names and no mention covers: the
    organisation whose bracketed acronym it is, else :func:`_organisation`."""
    full = defined.get(ent.text.removeprefix("the ").removeprefix("The "))
    return (full.actor, full.rule) if full is not None else _organisation(ent.text, locus, _business(ent))


def _accused(mention: Mention) -> bool:
    """Can "the accused" / "the defendant" stand for a mention: a person of a known country
    who holds no office ("Judge Ana Ruiz ordered the accused ..." is not the judge)?"""
    actor = mention.actor
    return actor.kind is ActorKind.PERSON and actor.country is not None and actor.role not in _OFFICE_ROLES


def _fits(mention: Mention, fits: tuple[frozenset[str], str]) -> bool:
    """Does a description's ``(roles, name word)`` fit a mention: an organisation (no
    person, no bare country) whose role is one of the roles, or whose code is an IGO's /
    NGO's for the roles ``IGO`` / ``NGO``, or whose name holds the word ("the agency" ->
    "the International Atomic Energy Agency")?"""
    actor = mention.actor
    if actor.kind is ActorKind.PERSON or actor.code == actor.country:
        return False
    roles, word = fits
    blocks = {r for r in ("IGO", "NGO") if r in roles and actor.code.startswith(r)}
    return (
        bool(blocks)
        or (actor.role is not None and actor.role in roles)
        or (bool(word) and word in mention.text.lower().split())
    )


def _first_person(
    doc: Doc, quotations: Sequence[Quotation], known: list[Mention], taken: set[int]
) -> list[Mention]:
    """First-person pronouns inside quotations, as mentions of the actor of the mention
    that names each quotation's speaker (none when no mention names the speaker, or when
    its country is only that of its sentence: rule ``agent+sentence``)."""
    out = []
    for q in quotations:
        sp = q.speaker
        named = next((m for m in known if sp is not None and m.start < sp.end and sp.start < m.end), None)
        if named is None or named.rule == "agent+sentence":
            continue  # no speaker, or one whose country is only the sentence's ("we" may be another's)
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        if span is None:
            continue
        for tok in span:
            if tok.lower_ in FIRST_PERSON and tok.i not in taken:
                out.append(_mention(doc, tok.i, tok.i + 1, named.actor, "speaker"))
                taken.add(tok.i)
    return out


def inferred_country(mention: Mention) -> bool:
    """Is the mention's country only inferred, from its sentence or the article's locus
    (rules ``agent+...``, ``entity+locus``, ``organisation+locus``, ``pronoun+locus``),
    rather than named?"""
    return mention.rule.startswith("agent+") or mention.rule in INFERRED_RULES


def _bracketed_acronyms(doc: Doc, mentions: list[Mention]) -> dict[str, Mention]:
    """Acronyms defined in brackets right after an organisation's mention, to that mention
    ("the Verde Liberation Front (VLF)" -> the front's mention): a later "VLF" is the same
    organisation, not an unlisted one of the article's locus. Only mentions that are no
    person and no bare country count, and only acronyms of two or more capitals."""
    out: dict[str, Mention] = {}
    for m in mentions:
        if m.actor.kind is ActorKind.PERSON or m.actor.code == m.actor.country:
            continue
        after = doc[m.token_end : m.token_end + 3]
        if len(after) == 3 and after[0].text == "(" and after[2].text == ")":
            short = after[1].text
            if short.isalpha() and short.isupper() and len(short) >= 2:
                out.setdefault(short, m)
    return out


def _business(ent: Span) -> bool:
    """Is an organisation named as a business: its name ends in a legal form (:data:`BUSINESS_SUFFIXES`:
    "Verdant Motors Inc.") or comes right after a business noun (:data:`BUSINESS_NOUNS`: "the
    carmaker Verdant")?"""
    if ent[-1].lower_ in BUSINESS_SUFFIXES:
        return True
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in BUSINESS_NOUNS


def _organisation(name: str, locus: str | None, business: bool = False) -> tuple[Actor, str] | None:
    """An unlisted organisation's actor and rule: a listed company's own country as
    ``<ISO3>BUS`` (rule ``company``: "Boeing" -> USABUS, whatever the article is about),
    else the article's locus (rule ``organisation+locus``; ``<locus>BUS`` when ``business``:
    see :func:`_business`), else none; none for a reporter or
    boilerplate name (``not_actors.txt``: "Reuters contacted the firm" names no actor)."""
    if is_not_actor(name):
        return None
    home = company_country(name)
    if home is not None:
        return Actor(home + "BUS", home, "BUS", name, ActorKind.ORGANISATION), "company"
    if locus is not None:
        role = "BUS" if business else None
        return Actor(locus + (role or ""), locus, role, name, ActorKind.ORGANISATION), "organisation+locus"
    return None


def _pronoun_rule(antecedent: Mention) -> str:
    """``pronoun``, or ``pronoun+locus`` when the antecedent's country is only inferred."""
    return "pronoun+locus" if inferred_country(antecedent) else "pronoun"


def _person_actor(entity: Entity, locus: str | None) -> Actor | None:
    if entity.code:
        role = entity.code[3:6] if entity.country and len(entity.code) >= 6 else None
        return Actor(entity.code, entity.country, role, entity.name, ActorKind.PERSON)
    if locus is not None:
        return Actor(locus, locus, None, entity.name, ActorKind.PERSON)
    return None


#: Last words of a company's name that make an unlisted organisation a business (legal forms).
BUSINESS_SUFFIXES = frozenset(
    "inc inc. corp corp. corporation company co co. ltd ltd. limited plc llc incorporated".split()
)
#: Nouns right before an unlisted organisation's name that make it a business ("automaker X").
BUSINESS_NOUNS = frozenset(
    "company firm manufacturer maker automaker carmaker airline carrier retailer studio distributor "
    "conglomerate startup".split()
)
#: Roles of the titles that give a person right after them their office ("Governor", "Judge").
_TITLE_ROLES = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "OPP", "SPY"})


def _title_before(doc: Doc, entity: Entity, mentions: list[Mention]) -> Actor | None:
    """The office of a person with no code whose first name span comes right after a title
    mention with a role, or after one capitalised word after it (a first name the NER left out):
    "South Carolina Governor Henry McMaster" -> the governor's ``USAGOV``, in an article about
    the Bahamas. Only an office's title (an agent mention of a role in :data:`_TITLE_ROLES`), not
    an institution's name ("University of Texas Arlington Amneh Jafari"). None for a coded
    person, or when no such title precedes."""
    span = _uncoded_first_span(doc, entity)
    if span is None:
        return None
    first = span.start
    candidates = {first}
    if first > 0 and doc[first - 1].is_title and doc[first - 1].pos_ == "PROPN":
        candidates.add(first - 1)
    for m in mentions:
        actor = m.actor
        if (
            m.token_end in candidates
            and actor.role in _TITLE_ROLES
            and actor.country
            and actor.kind is ActorKind.AGENT
        ):
            return Actor(actor.code, actor.country, actor.role, entity.name, ActorKind.PERSON)
    return None


def _uncoded_first_span(doc: Doc, entity: Entity) -> Span | None:
    """The tokens of the first mention of a person with no code yet; None for a coded one
    or a mention off the token grid."""
    if entity.code or not entity.spans:
        return None
    return doc.char_span(*entity.spans[0], alignment_mode="expand")


def _attached_country(
    doc: Doc, entity: Entity, mentions: list[Mention], persons: Sequence[Entity] = ()
) -> str | None:
    """The country of the group a person with no code is named as a member of, before
    the article's locus: the name in apposition (alone or in a list) to a noun phrase
    whose words before the name hold mentions of one country ("three members of the U.S.
    Senate -- Ana Ruiz, Ian Ward and Li Wei" -> USA for each, in an article about Bosnia;
    "the head of Cairo Radio, Omar Saleh" -> EGY); a relative (:data:`KIN_NOUNS`) takes
    the country of the person it is the relative of ("Ana Ruiz's son, Tomas" ->
    Ruiz's country, from ``persons``)."""
    span = _uncoded_first_span(doc, entity)
    if span is None:
        return None
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "appos" or tok.head.i >= tok.i:
        return None
    group = tok.head
    inside = {t.i for t in group.subtree if t.i < tok.i}  # the group's phrase before the name
    kin = group.lower_ in KIN_NOUNS  # "Lai's son Sebastien": a relative shares the person's country
    countries = {
        m.actor.country
        for m in mentions
        if m.actor.country and (kin or m.actor.kind is not ActorKind.PERSON) and m.token_start in inside
    }
    if kin:
        starts = {doc[i].idx for i in inside}
        words = {doc[i].text for i in inside}  # "Ruiz's son": the NER may miss the surname
        countries |= {
            e.country
            for e in persons
            if e is not entity
            and e.country
            and (any(s in starts for s, _e in e.spans) or e.name.split()[-1] in words)
        }
    return next(iter(countries)) if len(countries) == 1 else None


def _antecedent(tok: Token, known: list[Mention]) -> Mention | None:
    """The nearest mention before ``tok`` that a third-person pronoun can stand for."""
    word = tok.lower_
    if word not in PERSON_PRONOUNS and word not in GROUP_PRONOUNS:
        return None
    governed = _governor_object(tok, known) or _fronted_owner(tok, known)
    if governed is not None:
        return governed
    first = sentence_index_of(tok.doc, tok) - PRONOUN_LOOKBACK
    genders = _genders(tok.doc, known) if word in PERSON_PRONOUNS else {}
    described: Mention | None = None  # the nearest one-person role noun ("the attacker")
    for m in reversed(known):
        if m.token_start >= tok.i:
            continue
        if m.sentence_index < first:
            return described
        is_person = m.actor.kind is ActorKind.PERSON
        if (
            word in PERSON_PRONOUNS
            and described is None
            and m.sentence_index == first + PRONOUN_LOOKBACK
            and _one_person(tok.doc, m, PRONOUN_GENDER[word])
        ):
            described = m  # in the pronoun's own sentence
        if word in PERSON_PRONOUNS and is_person:
            if genders.get(m.actor.name, PRONOUN_GENDER[word]) != PRONOUN_GENDER[word]:
                continue  # "she" is no "Mr. Ward"
            return m
        head = tok.doc[m.token_end - 1]
        if word in SINGULAR_GROUP_PRONOUNS and head.tag_ in _PLURAL_TAGS:
            continue  # "the militants ... stormed it": "it" is never a plural subject
        if word in GROUP_PRONOUNS and not is_person and head.dep_ in _SUBJECT_DEPS:
            return m
    return described


def _one_person(doc: Doc, m: Mention, gender: str) -> bool:
    """Is ``m`` a singular role noun of one person that a he/she of ``gender`` may stand for
    when no named person is near ("the attacker ... before he was shot")? Its head is a
    person noun of :data:`ONE_PERSON_NOUNS` whose gender, if any, agrees."""
    head = doc[m.token_end - 1]
    noun = ONE_PERSON_NOUNS.get(head.lower_)
    return m.actor.kind is ActorKind.AGENT and head.tag_ == "NN" and noun is not None and noun in ("", gender)


def _fronted_owner(tok: Token, known: list[Mention]) -> Mention | None:
    """The subject a possessive pronoun in a fronted phrase refers forward to ("After his
    arrest, the suspect stayed ...", "Offering his condolence, the speaker wrote"): the
    mention that is the ``nsubj`` of the clause the phrase hangs on, after the pronoun, of
    a kind the pronoun can stand for (a person for "his"/"her", else no person)."""
    if tok.tag_ != "PRP$":
        return None
    node = tok.head
    while node.dep_ in ("pobj", "prep", "dobj", "pcomp", "npadvmod") and node.head.i != node.i:
        node = node.head
    if node.dep_ == "advcl" and node.i < node.head.i:
        node = node.head
    subject = next((c for c in node.children if c.dep_ == "nsubj" and c.i > tok.i), None)
    if subject is None or node.pos_ not in ("VERB", "AUX"):
        return None
    named = next((m for m in known if m.token_start <= subject.i < m.token_end), None)
    if named is None or (named.actor.kind is ActorKind.PERSON) != (tok.lower_ in PERSON_PRONOUNS):
        return None
    return named


def _own_object(tok: Token, antecedent: Mention, known: list[Mention]) -> bool:
    """Does a possessive pronoun own the direct object of a verb whose subject is its own
    antecedent ("the mayor left his home", "the minister expressed his regret"), so that it
    names the subject's own thing and no second participant? The verb's subject is its
    ``nsubj``, or that of the verb an open clause hangs on ("refused to support his plans");
    it is the antecedent when it is a pronoun, a mention with the antecedent's actor, or a
    noun of no mention of the pronoun's number ("their" a plural one)."""
    if tok.tag_ != "PRP$" or tok.head.dep_ != "dobj":
        return False
    verb = tok.head.head
    for _ in range(5):  # "X refused to support his plans": the open clause's subject is X's
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or verb.dep_ not in _SHARED_SUBJECT_DEPS or verb.head.i == verb.i:
            break
        verb = verb.head
    if not subjects:
        return False
    subject = subjects[0]
    if subject.pos_ == "PRON":
        return subject.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS
    named = next((m for m in known if m.token_start <= subject.i < m.token_end), None)
    if named is not None:
        return named.actor.code == antecedent.actor.code
    # an unnamed subject of the pronoun's number ("both countries withdrew their envoys")
    return (subject.tag_ in _PLURAL_TAGS) == (tok.lower_ == "their") and subject.pos_ in ("NOUN", "PROPN")


def _genders(doc: Doc, known: list[Mention]) -> dict[str, str]:
    """The gender (``m``/``f``) of each person actor, by name, where a mention shows it: a
    title right before it ("Mr.", "Mrs.", "Ms.": :data:`TITLE_GENDER`) or a gendered noun in
    it ("spokeswoman", "queen": :data:`NOUN_GENDER`); a person shown as both has none."""
    seen: dict[str, set[str]] = {}
    for m in known:
        if m.actor.kind is not ActorKind.PERSON:
            continue
        words = [doc[m.token_start - 1].lower_.rstrip(".")] if m.token_start > 0 else []
        words += [t.lower_.rstrip(".") for t in doc[m.token_start : m.token_end]]
        found = {TITLE_GENDER[w] for w in words[:2] if w in TITLE_GENDER}
        found |= {NOUN_GENDER[w] for w in words if w in NOUN_GENDER}
        seen.setdefault(m.actor.name, set()).update(found)
    return {name: next(iter(g)) for name, g in seen.items() if len(g) == 1}


def _governor_object(tok: Token, known: list[Mention]) -> Mention | None:
    """The direct object of the verb that governs a group pronoun's clause, when that
    verb's subject is no mention the pronoun could stand for ("it" a singular one, "they"
    a plural one): "Pakistan blamed
    India, accusing it of ..." ("it" is India, not Pakistan's earlier subject); "No
    country has recognized the Taliban since they seized power" ("they": the Taliban).
    The pronoun's clause is an adverbial, participial or conjoined one (:data:`_CLAUSE_DEPS`)."""
    if tok.lower_ not in GROUP_PRONOUNS:
        return None
    clause = tok.head
    if clause.dep_ not in _CLAUSE_DEPS or clause.head.i >= tok.i:
        return None
    verb = clause.head
    found: dict[str, Mention] = {}
    for m in known:
        head = tok.doc[m.token_end - 1]
        if m.token_start < tok.i and head.head.i == verb.i and head.dep_ in {"dobj", "nsubj"}:
            found.setdefault(head.dep_, m)
    obj, subj = found.get("dobj"), found.get("nsubj")
    if obj is None or obj.actor.kind is ActorKind.PERSON:
        return None
    plural = tok.lower_ not in SINGULAR_GROUP_PRONOUNS
    if subj is not None and (tok.doc[subj.token_end - 1].tag_ in _PLURAL_TAGS) == plural:
        return None  # "the ministry blamed India, saying it ...": "it" may be the ministry
    return obj


def _mention(doc: Doc, start: int, end: int, actor: Actor, rule: str) -> Mention:
    span = doc[start:end]
    return Mention(
        span.text, span.start_char, span.end_char, start, end, sentence_index_of(doc, doc[start]), actor, rule
    )
