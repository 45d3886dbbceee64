"""Where an event happened: one place from the event's sentence or the dateline."""

from __future__ import annotations

from collections.abc import Sequence

from dyadic.records import Event, Place, PlaceMention

#: CAMEO roots of verbal events (statements, appeals, consultations, accusations,
#: demands, threats...): QuadClass 1 and 3.
VERBAL_ROOTS = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13", "14"})
#: Verbal codes that still take place at the destination: make / host a visit.
_VISITS = ("042", "043")
#: Place rules that come from actor mentions of countries: a country named as an
#: actor says who, not where ("Pakistan accused India").
_ACTOR_RULES = frozenset({"actor-country"})
#: Place rules of names the actor layer read as a government: a capital ("Beijing
#: imposed tariffs") or a country named as an actor.
_GOVERNMENT_RULES = frozenset({"capital", "actor-country"})
#: Roots of acts of force (coerce, assault, fight, mass violence): a capital or country
#: named as their target is also where the force struck ("Russia shelled Kyiv").
_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})

# Smaller is more specific: populated places, then divisions, then countries, then continents.
_SPECIFICITY = {"P": 0, "S": 0, "L": 3, "H": 2, "T": 2, "V": 2, "R": 2, "U": 2}


def _rank(place: Place) -> int:
    if place.feature_class == "A":
        return 2 if place.feature_code.startswith("PCL") else 1
    if place.feature_code == "CONT":
        return 4
    return _SPECIFICITY.get(place.feature_class, 2)


def event_place(event: Event, places: Sequence[PlaceMention], dateline: PlaceMention | None) -> Place | None:
    """The place of ``event``, or None.

    Order of preference, among the places in the event's sentence
    (``PlaceMention.sentence_index == event.sentence_index``):

    1. the place whose span is the event's target mention ("Raisi visited Caracas"
       with Caracas as target);
    2. the most specific place lying in the target's country;
    3. the most specific place outside the source's country ("Raisi left Tehran for
       Caracas": Caracas, not Tehran); a later mention wins a tie, as destinations
       follow origins in English;
    4. the most specific remaining place in the sentence;
    5. the dateline's place, when the sentence names no place.

    When the target is a region or bloc ("Latin America": a country-less code with
    no role, such as ``LAM``), a place in some third country says nothing about
    where the event happened ("Raisi's visit to Latin America ... as the U.S.
    declines"), nor does the source's own country for a visit abroad: after
    step 1 such an event has no place.

    Except for visits and acts of force (:data:`_FORCE_ROOTS`), a capital or country
    that stands for its government as the source or target ("Washington imposed
    sanctions on Beijing", "Beijing's tariffs on Canberra's barley") is an actor, not
    the event's place, and is left out of the sentence's places.

    A verbal event (CAMEO roots 01-05 and 10-14, :data:`VERBAL_ROOTS`, except
    visits 042/043) happened where the statement was made: the most specific place
    named in its sentence that is not an actor mention (not the source's or target's
    span, not a country named as an actor), else the dateline's place, else None --
    never the target's country because it is the target ("Pakistan accused India"
    is not placed in India).

    Args:
        event: The coded event (its ``sentence_index``, ``source`` and ``target``
            with character offsets into ``Article.text``).
        places: All place mentions of the article (from :meth:`Geoparser.geoparse`).
        dateline: The dateline's place mention, if the article has one.

    Returns:
        A :class:`Place` (GeoNames entry) or None when nothing fits.
    """
    in_sentence = [p for p in places if p.sentence_index == event.sentence_index and p.rule != "dateline"]
    if event.cameo_root in VERBAL_ROOTS and not event.cameo.startswith(_VISITS):
        return _statement_place(event, in_sentence, dateline)
    target = event.target
    if not event.cameo.startswith(_VISITS) and event.cameo_root not in _FORCE_ROOTS:
        actors = [a for a in (event.source, target) if a is not None]
        in_sentence = [
            p
            for p in in_sentence
            if p.rule not in _GOVERNMENT_RULES or not any(p.start < a.end and a.start < p.end for a in actors)
        ]
    if target is not None:
        for p in in_sentence:
            if p.start < target.end and target.start < p.end:
                return p.place
        if target.country:
            inside = [p for p in in_sentence if p.place.country == target.country]
            if inside:
                return _most_specific(inside).place
    source_country = event.source.country
    if target is not None and _is_region(target.code, target.country, target.role) and in_sentence:
        return None
    away = [p for p in in_sentence if source_country is None or p.place.country != source_country]
    if away:
        return _most_specific(away).place
    if in_sentence:
        return _most_specific(in_sentence).place
    return None if dateline is None else dateline.place


def _statement_place(
    event: Event, in_sentence: Sequence[PlaceMention], dateline: PlaceMention | None
) -> Place | None:
    """Where a statement was made: a sentence place that is no actor mention, else the dateline."""
    actors = [a for a in (event.source, event.target) if a is not None]
    named = [
        p
        for p in in_sentence
        if p.rule not in _ACTOR_RULES and not any(p.start < a.end and a.start < p.end for a in actors)
    ]
    if named:
        return _most_specific(named).place
    return None if dateline is None else dateline.place


def _is_region(code: str, country: str | None, role: str | None) -> bool:
    """True for a region or bloc code (``LAM``, ``AFR``, ``EUR``): no country, no role, not an IGO/NGO."""
    return (
        country is None
        and role is None
        and code.isalpha()
        and code.isupper()
        and not code.startswith(("IGO", "NGO", "IMG", "MNC"))
    )


def _most_specific(places: Sequence[PlaceMention]) -> PlaceMention:
    best = min(_rank(p.place) for p in places)
    return [p for p in places if _rank(p.place) == best][-1]
