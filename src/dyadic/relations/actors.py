"""Actor codes from what a user types: ``IRN``, ``irngov``, ``Iran``, ``venezuela``, ``the UN``.

Relations count actor codes: a country (``IRN``, every actor of that country) or a
full code (``IRNGOV``, ``IGOUNO``). People type names. :func:`resolve_actor` turns
either into a code with the project's actor dictionary
(:class:`dyadic.actors.ActorDictionary`: country names, aliases and demonyms from
pycountry and PETRARCH2, IGOs, regions, organisations), and :class:`UnknownActor`
lists the closest codes when nothing matches, so a misspelt or unknown actor is
never silently an empty series.
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dyadic.errors import DyadicError
from dyadic.store import INTERNATIONAL_TYPES, EventStore

if TYPE_CHECKING:
    from dyadic.actors import ActorDictionary

__all__ = ["ActorChoice", "UnknownActor", "resolve_actor"]

#: Most close codes an :class:`UnknownActor` lists.
MAX_SUGGESTIONS = 5
_CODE = re.compile(r"^[A-Z]{2,30}$")


@dataclass(frozen=True)
class ActorChoice:
    """What an actor argument resolved to.

    Attributes:
        text: The argument as given (``Iran``).
        code: The country or actor code relations count (``IRN``).
        name: The code's name when the dictionary has one (``Iran``), else None.
        by_name: True when ``text`` was a name, not the code itself (so callers can say
            ``Iran -> IRN``).
    """

    text: str
    code: str
    name: str | None
    by_name: bool


class UnknownActor(DyadicError, ValueError):
    """An actor argument that is no code in the store, nor a code or name in the dictionary.

    Attributes:
        text: The argument as given.
        suggestions: Up to :data:`MAX_SUGGESTIONS` close ``(code, name)`` pairs, closest first.
    """

    def __init__(self, text: str, suggestions: Sequence[tuple[str, str]]) -> None:
        self.text = text
        self.suggestions = list(suggestions)
        if suggestions:
            hint = "did you mean " + ", ".join(f"{code} ({name})" for code, name in suggestions) + "?"
        else:
            hint = "give a country code such as IRN, an actor code such as IRNGOV, or a country name"
        super().__init__(f"{text!r} is not a known actor code or country name: {hint}")


@dataclass(frozen=True)
class _Index:
    """The dictionary's names and codes for lookups.

    Attributes:
        countries: Normalised country name, alias or demonym -> ISO alpha-3.
        others: Normalised IGO, region or organisation name or alias -> actor code.
        codes: Code -> name (countries, IGOs, regions, organisations with a code of their own).
        iso3: The country codes.
        roles: CAMEO role codes (``GOV``, ``MIL``, ``COP`` ...) of the agent dictionary.
    """

    countries: Mapping[str, str]
    others: Mapping[str, str]
    codes: Mapping[str, str]
    iso3: frozenset[str]
    roles: frozenset[str]


def _key(text: str) -> str:
    """A name as the dictionary keys it (:func:`dyadic.actors.normalise`; imported here,
    as in :func:`_shipped_index`, so that importing relations does not load spaCy)."""
    from dyadic.actors import normalise

    return normalise(text)


def _index(dictionary: ActorDictionary) -> _Index:
    countries = {_key(name): iso3 for iso3, name in dictionary.country_names.items()}
    countries.update(dictionary.country_aliases)
    codes: dict[str, str] = dict(dictionary.country_names)
    roles = frozenset(role[i : i + 3] for role in dictionary.agents.values() for i in range(0, len(role), 3))
    others: dict[str, str] = {}
    for table in (dictionary.igos, dictionary.regions, dictionary.organisations):
        for alias, actor in table.items():
            others.setdefault(alias, actor.code)
            parts = [actor.code[i : i + 3] for i in range(3, len(actor.code), 3)]
            if not (actor.code[:3] in dictionary.country_names and all(p in roles for p in parts)):
                codes.setdefault(actor.code, actor.name)  # not a bare country + role (IRNGOV)
    return _Index(countries, others, codes, frozenset(dictionary.country_names), roles)


@functools.cache
def _shipped_index() -> _Index:
    from dyadic.actors import ActorDictionary

    return _index(ActorDictionary.load())


def _in_store(store: EventStore, code: str) -> bool:
    return bool(store.events(source=code, limit=1) or store.events(target=code, limit=1))


def _is_code(code: str, index: _Index) -> bool:
    """Whether ``code`` is shaped like a CAMEO actor code: a known code, or a country, an
    international type or a role followed by role codes (``IRNGOVMIL``, ``IGOXYZ``, ``GOVMIL``)."""
    if code in index.codes:
        return True
    if not re.fullmatch(r"(?:[A-Z]{3})+", code):
        return False
    head, rest = code[:3], [code[i : i + 3] for i in range(3, len(code), 3)]
    if head in INTERNATIONAL_TYPES:
        return True
    if head in index.iso3 or head in index.roles:
        return all(part in index.roles or part in INTERNATIONAL_TYPES for part in rest)
    return False


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _suggestions(text: str, index: _Index) -> list[tuple[str, str]]:
    """Close codes: countries with a close name first, then other actors, then close codes."""
    key, upper = _key(text), text.strip().upper()
    found = [index.countries[n] for n in difflib.get_close_matches(key, list(index.countries), 10, 0.75)]
    found += [index.others[n] for n in difflib.get_close_matches(key, list(index.others), 5, 0.8)]
    if _CODE.match(upper):
        found += sorted(
            (c for c in index.iso3 if difflib.SequenceMatcher(None, upper, c).ratio() >= 0.6),
            key=lambda c: (-difflib.SequenceMatcher(None, upper, c).ratio(), -_shared_prefix(upper, c), c),
        )[:3]
    unique = list(dict.fromkeys(found))[:MAX_SUGGESTIONS]
    return [(code, index.codes.get(code, code)) for code in unique]


def resolve_actor(
    store: EventStore | None, text: str, dictionary: ActorDictionary | None = None
) -> ActorChoice:
    """The actor code relations should count for ``text``: a code, or a country/organisation name.

    In order: a code (any case) that the store has events for (as code or country)
    is taken as it is; else a country code of the dictionary (``irn``); else a
    name, alias or demonym of a country, IGO, region or organisation ("Iran",
    "venezuela", "the UN", "Iranian"; case and spaces do not matter); else a string
    shaped like a CAMEO code (a country, an international type such as ``IGO``, or
    a role, followed by role codes: ``IRNGOVMIL``).

    Args:
        store: The store whose codes are accepted as they are; None to use the dictionary only.
        text: What the user typed.
        dictionary: The actor dictionary; default the shipped one (loaded once per process).

    Returns:
        The :class:`ActorChoice`.

    Raises:
        UnknownActor: nothing matches; it lists the closest codes.
    """
    typed = text.strip()
    upper = typed.upper()
    if store is not None and _CODE.match(upper) and _in_store(store, upper):
        return ActorChoice(text, upper, None, by_name=False)  # no dictionary to load
    index = _shipped_index() if dictionary is None else _index(dictionary)
    if upper in index.iso3:
        return ActorChoice(text, upper, index.codes[upper], by_name=False)
    code = index.countries.get(_key(typed)) or index.others.get(_key(typed))
    if code is not None:
        return ActorChoice(text, code, index.codes.get(code), by_name=True)
    if _CODE.match(upper) and _is_code(upper, index):
        return ActorChoice(text, upper, index.codes.get(upper), by_name=False)
    raise UnknownActor(text, _suggestions(typed, index))
