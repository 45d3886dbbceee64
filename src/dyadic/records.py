"""The plain records that flow between dyadic's pipeline stages.

ingest -> :class:`Article`; nlp -> spaCy ``Doc``; actors -> :class:`Mention`
(each with an :class:`Actor`); events -> :class:`Event`; quotes ->
:class:`Quotation`; geo -> :class:`PlaceMention` (each with a :class:`Place`).
:class:`ArticleResult` bundles what one article produced; the store writes it
in one transaction.

All character offsets are offsets into ``Article.text`` (Python ``str``
indices, i.e. Unicode code points), end-exclusive. Dates are ``datetime.date``
in UTC. Coordinates are decimal degrees, WGS84.
"""

from __future__ import annotations

import functools
import hashlib
import types
import typing
from dataclasses import dataclass, field, fields, is_dataclass
from datetime import date
from enum import Enum, StrEnum
from typing import Any, TypeVar

_R = TypeVar("_R")


class EventStatus(StrEnum):
    """Factuality of an event, read from tense, modals, hedges and negation."""

    REALIZED = "realized"
    PLANNED = "planned"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"


#: CAMEO codes of mutual acts, whose direction carries no meaning: intent to meet (036),
#: consult, discuss by telephone, meet at a third location, negotiate (040, 041, 044,
#: 046), sign formal agreement (057), material cooperation (060-064), fight (190), and an
#: exchange of fire told both ways, with small arms or artillery (193, 194: "the two armies
#: exchanged artillery fire"). The coder stores such an act, when the text gives it both
#: ways, once ("Chile and Peru signed an agreement": one event, :attr:`Event.mutual`).
#: Source: CAMEO 1.1b3 codebook; real-news gold guidelines, section 1 (symmetric events).
MUTUAL_CODES = frozenset(
    {"036", "040", "041", "044", "046", "057", "060", "061", "062", "063", "064", "190", "193", "194"}
)


class ActorKind(StrEnum):
    """What an actor code stands for."""

    COUNTRY = "country"  # a state or its government, e.g. IRN, IRNGOV
    PERSON = "person"  # a named person, e.g. Ebrahim Raisi -> IRNGOV
    AGENT = "agent"  # a role noun, e.g. "police" -> COP, "Iranian army" -> IRNMIL
    IGO = "igo"  # intergovernmental organisation, e.g. IGOUNO, SCO
    ORGANISATION = "organisation"  # other organisations (NGOs, groups)


@dataclass(frozen=True)
class Article:
    """One news article as read by :mod:`dyadic.ingest`.

    Attributes:
        article_id: The input's ``id`` when given, else :func:`text_article_id`.
        text: The article's main text; every offset in dyadic indexes into it.
        title: Headline, if known.
        published: Publication date (UTC calendar day), if known. Relative
            dates ("on Monday") resolve against it.
        url: Canonical URL, if known.
        source: Publisher name (e.g. "Mehr News Agency"), if known.
        origin: Where it was read from, for error messages: ``path``,
            ``path:line`` for JSON Lines, ``<stdin>`` or a URL.
    """

    article_id: str
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None
    origin: str = ""


def text_article_id(text: str) -> str:
    """Stable article id for input without one: ``sha1:`` + 16 hex chars of SHA-1(text, UTF-8)."""
    return "sha1:" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Actor:
    """A resolved actor, in CAMEO actor-code terms.

    Attributes:
        code: CAMEO actor code: ISO 3166-1 alpha-3 country plus zero or more
            3-letter roles (``IRN``, ``IRNGOV``, ``USAMIL``), a bare role when
            no country is known (``COP``, ``REB``), or an IGO code (``IGOUNO``,
            ``SCO``, ``BRICS``). Never several actors glued together.
        country: ISO 3166-1 alpha-3 code, or None (IGOs, bare roles).
        role: CAMEO role (``GOV``, ``MIL``, ``OPP``, ``COP`` ...) or None.
        name: Canonical name ("Ebrahim Raisi", "Iran", "United Nations").
        kind: What the code stands for.
    """

    code: str
    country: str | None
    role: str | None
    name: str
    kind: ActorKind


@dataclass(frozen=True)
class Mention:
    """A span of article text that refers to an actor.

    Attributes:
        text: The span's text, ``Article.text[start:end]``.
        start: Character offset of the first character.
        end: Character offset after the last character.
        token_start: Index of the first spaCy token in the ``Doc``.
        token_end: Index after the last spaCy token.
        sentence_index: 0-based index of the sentence in the ``Doc``.
        actor: The resolved actor.
        rule: Which rule resolved it (e.g. ``country-name``, ``leader``,
            ``title+nationality``, ``agent``, ``capital``, ``coref``).
    """

    text: str
    start: int
    end: int
    token_start: int
    token_end: int
    sentence_index: int
    actor: Actor
    rule: str


@dataclass(frozen=True)
class Entity:
    """One person of an article with every span that names them (the entity layer).

    Built once per article by :mod:`dyadic.actors` from the NER's PERSON spans and the
    person actor mentions: full names, surnames and given names used alone ("Marcelo
    Ebrard" ... "Ebrard") are one entity.

    Attributes:
        name: The fullest name used in the article ("Marcelo Ebrard"), titles left out.
        code: CAMEO actor code from the best evidence, or None.
        evidence: How ``code`` was decided: ``mention`` (an actor mention that holds
            the name: "Mexico's Foreign Secretary Marcelo Ebrard"), ``apposition``
            ("Henry Paulson, the US Treasury Secretary"; "the foreign minister,
            Ana Duarte"), or ``none``.
        spans: ``(start, end)`` character offsets into ``Article.text`` of each name
            span, in text order.
        mentions: ``(start, end)`` offsets of the actor mentions that hold a name span
            or stand in apposition to one, in text order.
        country: ISO 3166-1 alpha-3 code of ``code``'s actor, or None.
    """

    name: str
    code: str | None
    evidence: str
    spans: tuple[tuple[int, int], ...]
    mentions: tuple[tuple[int, int], ...] = ()
    country: str | None = None


@dataclass(frozen=True)
class Place:
    """A GeoNames gazetteer entry.

    Attributes:
        geonames_id: GeoNames id.
        name: GeoNames name.
        country: ISO 3166-1 alpha-3 code of the country it lies in.
        admin1: GeoNames first-level administrative division code (e.g. "25"), or None.
        lat: Latitude, decimal degrees WGS84.
        lon: Longitude, decimal degrees WGS84.
        feature_class: GeoNames feature class (``A`` country/region, ``P`` populated place ...).
        feature_code: GeoNames feature code (``PCLI``, ``PPLC``, ``PPLA`` ...).
    """

    geonames_id: int
    name: str
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    feature_class: str
    feature_code: str


@dataclass(frozen=True)
class PlaceMention:
    """A toponym in the article resolved to a :class:`Place`.

    Offsets are character offsets into ``Article.text``.
    """

    place_id: str
    article_id: str
    sentence_index: int
    text: str
    start: int
    end: int
    place: Place
    rule: str


@dataclass(frozen=True)
class Speaker:
    """Who a quotation is attributed to; offsets into ``Article.text`` of the
    span that names them (a pronoun span when resolved through a pronoun)."""

    text: str
    name: str
    code: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Quotation:
    """Direct or reported speech with its speaker.

    Attributes:
        quote_id: Stable id (article id + offsets).
        kind: ``direct`` (inside quote marks) or ``reported`` ("said that ...").
        cue: The attribution verb's text ("said", "added"), or "according to".
        start/end: Character offsets of the quoted content (marks excluded).
    """

    quote_id: str
    article_id: str
    sentence_index: int
    text: str
    start: int
    end: int
    kind: str
    cue: str | None
    speaker: Speaker | None


@dataclass(frozen=True)
class EventActor:
    """An event's source or target, as serialised in the event record.

    ``start``/``end`` are character offsets into ``Article.text``.
    """

    text: str
    code: str
    country: str | None
    role: str | None
    name: str
    start: int
    end: int

    @classmethod
    def from_mention(cls, mention: Mention) -> EventActor:
        """Build from an actor :class:`Mention`."""
        a = mention.actor
        return cls(mention.text, a.code, a.country, a.role, a.name, mention.start, mention.end)


@dataclass(frozen=True)
class Evidence:
    """Why an event was coded.

    Attributes:
        verb_start/verb_end: Character offsets of the event verb (or noun).
        pattern: The pattern that fired, as written in the pattern file.
        rule: Which coder produced it (``cameo-verb-pattern`` or a model name).
    """

    verb_start: int
    verb_end: int
    pattern: str
    rule: str = "cameo-verb-pattern"


@dataclass(frozen=True)
class Event:
    """One coded event: who did what to whom, when (and where).

    Codes and values come from CAMEO 1.1b3 / ICEWS code list, GDELT's
    Goldstein scale, the CAMEO->PLOVER 2021 table (see
    ``dyadic/data/README.md``).

    Attributes:
        event_id: Stable id: article id + sentence + verb offset + code + actors.
        cameo: CAMEO event code, 2-4 digits, always in the codebook.
        cameo_root: Its 2-digit root.
        quad_class: GDELT QuadClass 1-4 (1 verbal coop, 2 material coop,
            3 verbal conflict, 4 material conflict; roots 01-05/06-09/10-14/15-20).
        date: Event date (UTC day), resolved against the publication date.
        target: None when the event has no target actor.
        place: Where it happened, or None.
        mutual: The text gives the act both ways ("Chile and Peru signed an
            agreement", a code of :data:`MUTUAL_CODES`) and it is stored once:
            its direction carries no meaning and the store's actor filters
            match it in both directions.
    """

    event_id: str
    article_id: str
    sentence_index: int
    sentence: str
    date: date | None
    source: EventActor
    target: EventActor | None
    cameo: str
    cameo_root: str
    cameo_name: str
    plover: str | None
    plover_mode: str | None
    plover_context: str | None
    goldstein: float
    quad_class: int
    status: EventStatus
    evidence: Evidence
    confidence: float
    place: Place | None = None
    mutual: bool = False

    def to_record(self) -> dict[str, Any]:
        """The public JSON Lines event record (see README, "Event record")."""
        return to_record(self)


@dataclass
class ArticleResult:
    """Everything coded from one article; stored atomically."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotations: list[Quotation] = field(default_factory=list)
    places: list[PlaceMention] = field(default_factory=list)


#: Types :func:`to_record` returns as they are (exact types: a ``StrEnum`` is a ``str``).
_PLAIN = frozenset({str, int, float, bool, type(None)})


def to_record(obj: Any) -> Any:
    """Convert a record (dataclass, enum, date, list) to JSON-ready values."""
    if type(obj) in _PLAIN:
        return obj
    if hasattr(obj, "__dataclass_fields__"):
        return {f.name: to_record(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, Enum):
        return obj.value
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, dict):
        return {k: to_record(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [to_record(v) for v in obj]
    return obj


def from_record(cls: type[_R], data: dict[str, Any]) -> _R:
    """Rebuild a record of this module from its :func:`to_record` form.

    Args:
        cls: The record class (``Event``, ``Mention``, ``Quotation``, ``PlaceMention`` ...).
        data: The JSON-ready dict (ISO 8601 strings for dates, enum values as strings).

    Raises:
        KeyError, TypeError, ValueError: ``data`` is not a record of ``cls``.
    """
    return cls(**{name: _decode(tp, data[name]) for name, tp in _field_types(cls)})  # type: ignore[arg-type]


@functools.cache
def _field_types(cls: type) -> tuple[tuple[str, Any], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((f.name, hints[f.name]) for f in fields(cls))


def _decode(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return _decode(next(a for a in typing.get_args(tp) if a is not type(None)), value)
    if origin in (list, tuple):
        items = [_decode(typing.get_args(tp)[0], v) for v in value]
        return items if origin is list else tuple(items)
    if isinstance(tp, type) and is_dataclass(tp):
        return from_record(tp, value)
    if isinstance(tp, type) and issubclass(tp, Enum):
        return tp(value)
    if tp is date:
        return date.fromisoformat(value)
    return value
