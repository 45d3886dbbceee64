"""Readings of resolved mentions that depend on the sentence or the article around them.

The resolver's mentions are ``(token_start, token_end, actor, rule)`` tuples; the
functions here re-read some of them:

* :func:`union_metonyms`: "Europe" acting in a trade dispute ("Europe retaliated with
  its own tariffs", "a tariff fight between the U.S. and Europe") and "Brussels" acting
  in an article about the European Union ("member states broke with Brussels") stand
  for the European Union (``IGOEUREEC``, GUIDELINES section 2); a continent or city as
  a place ("visited Europe", "imports from Europe", "talks in Brussels") stays a place;
* :func:`minority_groups`: an armed group named by a national demonym ("Albanian
  guerrillas") in an article whose locus is another country, where the demonym's
  country is never named as a state, is a minority of the locus fighting there
  (``MKDREB`` in a Macedonia article): GUIDELINES section 2, "domestic actors with no
  stated nationality take the country where the article places them", and "national
  armed groups take their country";
* :func:`korean_halves`: "the South" and "the North" acting, in an article that names both
  Koreas, are South and North Korea ("The South fired back").
* :func:`company_officers`: a role noun right after a listed company's name ("Apple CEO
  Steve Jobs", "Airbus spokesman Stefan Schaffrath", "Ford's chairman") is that company's
  officer: ``<company country>BUS`` (GUIDELINES section 2, ``BUS`` business), not the
  article's locus or the role noun's own government role.
* :func:`national_branches`: a country's name or demonym right before a transnational
  non-governmental organisation ("the British Red Cross", "the Iraqi Red Crescent") names
  that country's branch, one actor (``GBRNGO``), not the country and the movement as two.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from dyadic.records import Actor

__all__ = [
    "LOCATIVE_PREPS",
    "TRADE_WORDS",
    "company_officers",
    "korean_halves",
    "minority_groups",
    "national_branches",
    "union_metonyms",
]

Found = tuple[int, int, Actor, str]

#: Words of a trade measure: a sentence with one makes "Europe" the trading bloc.
TRADE_WORDS = frozenset(
    {"tariff", "tariffs", "levies", "duties", "anti-dumping", "countermeasures", "retaliatory"}
)
#: Prepositions whose object is a place ("in Europe", "from Brussels").
LOCATIVE_PREPS = frozenset(
    {
        "in",
        "into",
        "to",
        "from",
        "across",
        "throughout",
        "around",
        "within",
        "outside",
        "at",
        "through",
        "near",
    }
)
#: Verbs whose object is a place ("visited Europe").
_MOTION_VERBS = frozenset({"visit", "tour", "leave", "reach", "enter", "travel", "arrive", "return"})
#: Roles of non-state armed groups: rebels and unidentified armed men ("gunmen").
_ARMED_ROLES = frozenset({"REB", "UAF"})
#: Region codes / capitals that the European Union stands behind.
_EUROPE = "europe"
_BRUSSELS = "brussels"


def _is_place(tok: Token) -> bool:
    """Is ``tok`` used as a place (object of a locative preposition or a motion verb)?"""
    if tok.dep_ == "conj":  # "from Cameroon and Europe": the first conjunct's use
        first = tok.head
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        tok = first
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS:
        return True
    return tok.dep_ == "dobj" and head.lemma_.lower() in _MOTION_VERBS


def union_metonyms(doc: Doc, found: list[Found], union: Actor) -> list[Found]:
    """Mentions with "Europe" (in a sentence naming a trade measure, :data:`TRADE_WORDS`)
    and "Brussels" (in an article with a European Union mention) read as ``union``
    when they are not used as places (rule ``union``).

    Args:
        doc: The parsed article (dependency parse).
        found: The resolver's mentions, in text order.
        union: The European Union's actor (``IGOEUREEC``).

    Returns:
        ``found`` with those mentions re-read, in the same order.
    """
    has_union = any(a.code == union.code for _s, _e, a, _r in found)
    out: list[Found] = []
    for start, end, actor, rule in found:
        word = doc[start:end].text.lower()
        tok = doc[end - 1]
        acting = not _is_place(tok)
        if word == _EUROPE and rule == "region" and acting and _trade_sentence(tok):
            out.append((start, end, union, "union"))
        elif word == _BRUSSELS and rule == "capital" and acting and has_union:
            out.append((start, end, union, "union"))
        else:
            out.append((start, end, actor, rule))
    return out


def _trade_sentence(tok: Token) -> bool:
    return any(t.lower_ in TRADE_WORDS for t in tok.sent)


def minority_groups(
    doc: Doc,
    found: list[Found],
    locus: str | None,
    demonyms: frozenset[str],
    country_actor: Callable[[str, str | None], Actor],
) -> list[Found]:
    """Armed groups named by a demonym of a country the article never names as a state,
    in an article whose locus is another country, re-read as the locus's rebels or armed
    men ("Albanian guerrillas" in an article about Macedonia -> ``MKDREB``; rule
    ``minority+locus``). A demonym counts as naming a state nowhere: "the Albanian
    minority" does not name Albania, "Albania" or "Tirana" does.

    Args:
        doc: The parsed article.
        found: The resolver's mentions, in text order.
        locus: The article's locus (ISO 3166-1 alpha-3), or None.
        demonyms: Lower-case demonyms of the actor dictionary ("albanian").
        country_actor: ``(iso3, role) -> Actor`` of the dictionary.

    Returns:
        ``found`` with those mentions re-read, in the same order.
    """
    if locus is None:
        return found
    states = {a.country for s, _e, a, _r in found if a.country and doc[s].lower_ not in demonyms}
    out: list[Found] = []
    for start, end, actor, rule in found:
        if (
            rule == "title+nationality"
            and actor.role in _ARMED_ROLES
            and actor.country not in (None, locus)
            and actor.country not in states
            and doc[start].lower_ in demonyms
        ):
            out.append((start, end, country_actor(locus, actor.role), "minority+locus"))
        else:
            out.append((start, end, actor, rule))
    return out


#: The halves of a divided country: word -> (its state, the other half's state).
_HALVES = {"south": ("KOR", "PRK"), "north": ("PRK", "KOR")}
_SUBJECT_OR_OBJECT = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})


def korean_halves(
    doc: Doc, found: list[Found], country_actor: Callable[[str, str | None], Actor]
) -> list[Found]:
    """``found`` plus "the South" / "the North" (capitalised, a noun of its own, not a
    place: "in the North" stays a place) as South / North Korea (rule ``half``), when
    ``found`` names both Koreas.

    Args:
        doc: The parsed article.
        found: The resolver's mentions, in text order.
        country_actor: ``(iso3, role) -> Actor`` of the dictionary.

    Returns:
        ``found`` with the new mentions, in text order.
    """
    countries = {a.country for _s, _e, a, _r in found}
    if not {"KOR", "PRK"} <= countries:
        return found
    taken = {i for s, e, _a, _r in found for i in range(s, e)}
    extra: list[Found] = []
    for tok in doc:
        half = _HALVES.get(tok.lower_)
        if (
            half is None
            or not tok.is_title
            or tok.i in taken
            or tok.i == 0
            or doc[tok.i - 1].lower_ != "the"
            or tok.dep_ not in _SUBJECT_OR_OBJECT
            or _is_place(tok)
        ):
            continue
        extra.append((tok.i - 1, tok.i + 1, country_actor(half[0], None), "half"))
    return sorted([*found, *extra], key=lambda f: f[0]) if extra else found


#: Rules of role nouns whose country the resolver inferred or took from the noun alone.
_INFERRED_AGENT_RULES = frozenset({"agent", "agent+locus", "agent+sentence"})
#: Roles a company's staff keep under the company's country (its workers stay labour).
_STAFF_ROLES = frozenset({"LAB"})


def company_officers(
    doc: Doc, found: list[Found], company_country: Callable[[str], str | None]
) -> list[Found]:
    """Role nouns right after a listed company's name are the company's officers.

    "Apple CEO Steve Jobs", "Airbus spokesman Stefan Schaffrath", "Ford's chairman", "the
    president of Chrysler": an organisation the NER tags (``ORG``) that ends right before a
    role noun's mention (or before its possessive "'s"), or follows it after "of" or "at"
    ("the"), and that ``company_country`` lists is the noun's employer,
    so the mention is ``<home>BUS`` (rule ``agent+company``); staff of a labour role
    ("Boeing workers") keep their role under the company's country. Only role nouns whose
    country was inferred (rules ``agent``, ``agent+locus``, ``agent+sentence``) are re-read:
    "U.S. Steel's American workers" keep their stated nationality.

    Args:
        doc: The parsed article (NER entities).
        found: The resolver's ``(token_start, token_end, actor, rule)`` mentions.
        company_country: Home country (ISO 3166-1 alpha-3) of a listed company's name, or
            None (:func:`dyadic.actors.dictionary.company_country`).

    Returns:
        ``found`` with the companies' officers re-coded, in the same order.
    """
    orgs = [ent for ent in doc.ents if ent.label_ == "ORG"]
    ends = {ent.end: ent for ent in orgs}
    starts = {ent.start: ent for ent in orgs}
    out: list[Found] = []
    for s, e, actor, rule in found:
        if rule in _INFERRED_AGENT_RULES and actor.role:
            at = s - 1 if s > 0 and doc[s - 1].text in {"'s", "\u2019s"} else s
            ent = ends.get(at) or _employer_after(doc, e, starts)
            home = company_country(ent.text) if ent is not None else None
            if home is not None:
                role = actor.role if actor.role in _STAFF_ROLES else "BUS"
                actor = Actor(home + role, home, role, actor.name, actor.kind)
                rule = "agent+company"
        out.append((s, e, actor, rule))
    return out


def national_branches(doc: Doc, found: list[Found]) -> list[Found]:
    """A country's name right before a transnational NGO's mention is the NGO's national branch.

    "The British Red Cross backed the plan", "the American Red Cross criticised the Iraqi Red
    Crescent": the demonym or country name (rule ``country-name``) that ends where a
    non-governmental organisation's mention of no country begins (rule ``organisation``, code
    ``NGO...``) is part of the branch's name, not an actor of its own; the two become one
    mention of that country's NGOs (``<ISO3>NGO``, rule ``organisation+country``), as
    GUIDELINES section 2 places a body by its stated country.

    Args:
        doc: The parsed article.
        found: The resolver's ``(token_start, token_end, actor, rule)`` mentions, in text order.

    Returns:
        ``found`` with each such pair merged, in text order.
    """
    out: list[Found] = []
    for s, e, actor, rule in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev[1] == s
            and prev[3] == "country-name"
            and prev[2].country
            and prev[2].role is None
            and rule == "organisation"
            and actor.country is None
            and actor.code.startswith("NGO")
        ):
            iso3 = prev[2].country
            name = doc[prev[0] : e].text
            out[-1] = (prev[0], e, Actor(iso3 + "NGO", iso3, "NGO", name, actor.kind), "organisation+country")
            continue
        out.append((s, e, actor, rule))
    return out


def _employer_after(doc: Doc, end: int, starts: dict[int, Span]) -> Span | None:
    """The organisation named right after a role noun ending at token ``end`` by "of" or "at",
    "the" allowed ("the president of Chrysler", "an engineer at the Boeing Company"), or None."""
    k = end
    if k >= len(doc) or doc[k].lower_ not in {"of", "at"}:
        return None
    k += 1
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    return starts.get(k) or starts.get(k - 1)
