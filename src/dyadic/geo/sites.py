"""Named sites that the text locates by the place right after them.

"Forbury Gardens in Reading", "the Qahira Hotel in central Somalia", "Streatham
High Road, London", "Kadena Air Base (KAB) in Okinawa", "the Mariscal Zavala prison
in Guatemala City": a run of
capitalised words that ends in a site noun (:data:`SITE_NOUNS`; the noun may also
follow the name in lower case), then "in" or a comma, then a place the geoparser
resolved; or a part of a town before "of" and that town ("the Kibera slum of Nairobi"), or
after the town's possessive ("Tripoli's Abu Salim district"). The gold guidelines (section 6)
count such named sites as toponyms; the gazetteer knows few of them, so each resolves to the
place that holds it, as the sites of ``data/geo/sites.tsv`` resolve to their city.

A place's gloss in brackets names the same place: its initials ("New South Wales
(NSW)", "Walter Reed National Military Medical Center (WRNMMC)"), which may then
stand alone later in the article, or a translated site name ("the Palacio do
Planalto (Plateau Palace)"); see :func:`glossed_places`.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Sequence

from dyadic.records import PlaceMention

__all__ = ["SEATS_OF_GOVERNMENT", "SITE_NOUNS", "glossed_places", "located_sites", "unlocated_sites"]

#: Last words of a site's name ("Trafalgar Square", "Blenheim Palace", "Incirlik Air Base").
SITE_NOUNS = frozenset(
    "square gardens garden plaza hall palace prison jail penitentiary hotel mall base airbase airport "
    "airfield mosque cathedral church temple shrine stadium road street avenue boulevard market station "
    "mine camp bridge park facility dam".split()
)
#: Buildings and streets that news names for the government seated there (normalised as
#: :func:`dyadic.geo.gazetteer.normalize_name` does). Used as a modifier of a noun ("White House
#: officials", "a Kremlin spokesman", "the White House National Economic Council") such a name is
#: part of the name of an office or an institution, which the gold guidelines (section 6) exclude;
#: used on its own ("talks at the White House", "the Kremlin said") it stays a place.
SEATS_OF_GOVERNMENT = frozenset(
    {
        "white house", "the white house", "kremlin", "pentagon", "the pentagon", "downing street",
        "whitehall", "foggy bottom", "capitol hill", "us capitol", "united states capitol",
        "elysee", "elysee palace", "quai d'orsay", "zhongnanhai", "blue house", "malacanang",
        "malacanang palace", "casa rosada", "planalto", "palacio do planalto", "villa somalia",
    }
)  # fmt: skip
_CAP = r"[A-Z\u00c0-\u00de][\w'\u2019.\-]*"
_DIRECTION = r"(?:north|south|east|west|central|northern|southern|eastern|western)(?:-\w+)?"
_SITE_BEFORE_RE = re.compile(
    rf"(?<![\w'\u2019.\-])(?P<name>(?:{_CAP} +){{0,5}}{_CAP})(?P<noun> +[a-z]+)?(?:\s*\([^()\n]{{2,30}}\))?"
    rf"(?:\s+in\s+(?:the\s+)?(?:{_DIRECTION}\s+)?|,\s+|(?<=[a-z])\s+of\s+)$"
)
#: Lower-case nouns after a name that make it a part of the town named next ("the Kibera
#: slum of Nairobi", "Tripoli's Abu Salim district"); such a part resolves to its town.
PART_NOUNS = frozenset("neighbourhood neighborhood slum slums quarter suburb township district area".split())
_PART_AFTER_RE = re.compile(
    rf"^['\u2019]s\s+(?P<name>(?:{_CAP} +){{0,3}}{_CAP})\s+(?P<noun>{'|'.join(sorted(PART_NOUNS))})\b"
)
#: Capitalised words that open a sentence, not a site's name.
_OPENERS = frozenset("the at in on from to near outside inside by a an and but".split())
#: How far back from a place the site's name may start, in characters.
_WINDOW = 100


def located_sites(
    text: str, places: Sequence[PlaceMention], people: Sequence[tuple[int, int]] = ()
) -> list[PlaceMention]:
    """Site names right before a resolved place, each resolved to that place.

    Args:
        text: The article text.
        places: The article's place mentions found so far (character offsets into
            ``text``); a site's name never overlaps one of them.
        people: Character offsets ``(start, end)`` of people's names; a site's name
            never overlaps one ("President Park in Seoul" is no park).

    Returns:
        One :class:`PlaceMention` per site found (rule ``"site"``), with the place of
        the mention after it; ``place_id`` is ``"{article_id}:place:{start}-{end}"``.
    """
    taken = [(p.start, p.end) for p in places] + list(people)
    out: list[PlaceMention] = []
    for p in places:
        span = _site_before(text, p.start)
        if span is None and _town_level(p):
            span = _part_after(text, p.end)
        if span is None:
            continue
        start, end = span
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        out.append(
            dataclasses.replace(
                p,
                place_id=f"{p.article_id}:place:{start}-{end}",
                text=text[start:end],
                start=start,
                end=end,
                rule="site",
            )
        )
    return out


#: Words that name no particular site before a site noun ("Air Force Base", "Naval Station",
#: "the Catholic Church", "Main Street"): a site named only by them is not resolved by
#: :func:`unlocated_sites`.
_GENERIC_SITE_WORDS = frozenset(
    "Air Force Naval Navy Army Military Marine National State Federal Central Main Royal Catholic "
    "Orthodox Grand Old New City International Police Presidential Holy General Great High Public "
    "County District Regional Provincial Municipal Town Village Local".split()
)
_SITE_RE = re.compile(
    rf"(?<![\w'\u2019.\-])(?P<name>(?:{_CAP} +){{1,4}}(?P<noun>[A-Z][a-z]+))(?![\w'\u2019.\-]| +[A-Z])"
)
#: Feature codes of countries, continents, regions and seas: no place for a site to be in.
_BROAD_CODES = frozenset(
    {"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "PCLH", "CONT", "RGN", "OCN", "SEA"}
)


def _town_level(p: PlaceMention) -> bool:
    """True for a town, a district or a site (not a first-level division)."""
    return p.place.feature_class in ("P", "S") or p.place.feature_code in ("ADM2", "ADM3", "ADM4")


def unlocated_sites(
    text: str, places: Sequence[PlaceMention], taken: Sequence[tuple[int, int]] = ()
) -> list[PlaceMention]:
    """Named sites that no place follows ("held at Corcoran State Prison", "the Acland Mine"),
    each resolved to the nearest town or division the article names before it.

    A site's name is a run of two to five capitalised words whose last is a site noun
    (:data:`SITE_NOUNS`: "Prison", "Mine", "Mall") and whose other words are not all generic
    ("Air Force Base", "the Catholic Church"). News names such a site after the place
    it is in, so a place named before it stands for it: the town, district or site the
    article has named most often so far (the latest of equals), else the last place that
    is no country or region (a state); a site with no such place before it is left out.

    Args:
        text: The article text.
        places: The article's place mentions found so far (character offsets into ``text``).
        taken: Character offsets ``(start, end)`` no site may overlap (people, organisations).

    Returns:
        One :class:`PlaceMention` per site occurrence (rule ``"site-context"``).
    """
    blocked = [(p.start, p.end) for p in places] + list(taken)
    anchors = sorted((p for p in places if p.place.feature_code not in _BROAD_CODES), key=lambda p: p.start)
    out: list[PlaceMention] = []
    for m in _SITE_RE.finditer(text):
        start, end = m.start("name"), m.end("name")
        words = m.group("name").split()
        if words[0].lower() in _OPENERS:
            words = words[1:]
            start = m.start("name") + m.group("name").index(words[0]) if words else end
        if len(words) < 2 or words[-1].lower() not in SITE_NOUNS:
            continue
        if all(w in _GENERIC_SITE_WORDS for w in words[:-1]):
            continue
        if re.match(r"\s+of\s+Fame\b", text[end : end + 12]):
            continue  # "the Rock and Roll Hall of Fame": an institution, not a building in the town before
        if any(start < e and s < end for s, e in blocked):
            continue
        before = [p for p in anchors if p.end <= start]
        if not before:
            continue
        towns = [p for p in before if _town_level(p)]
        if towns:  # the town the article has named most often so far, the latest of equals
            counts = Counter(p.place.geonames_id for p in towns)
            anchor = max(reversed(towns), key=lambda p: counts[p.place.geonames_id])
        else:
            anchor = before[-1]
        blocked.append((start, end))
        out.append(
            dataclasses.replace(
                anchor,
                place_id=f"{anchor.article_id}:place:{start}-{end}",
                text=text[start:end],
                start=start,
                end=end,
                rule="site-context",
            )
        )
    return out


def _site_before(text: str, place_start: int) -> tuple[int, int] | None:
    """Character offsets of a site's name that ends just before ``place_start`` (see the
    module docstring), or None."""
    base = max(0, place_start - _WINDOW)
    m = _SITE_BEFORE_RE.search(text[base:place_start])
    if m is None:
        return None
    start, end = base + m.start("name"), base + m.end("name")
    if re.search(r"\bof\s+(?:the\s+)?$", text[max(0, start - 8) : start]):
        return None  # the end of a longer name ("Daughters of the American Revolution Constitution Hall")
    words = text[start:end].split()
    while words and words[0].lower() in _OPENERS:  # "At Forbury Gardens in Reading"
        start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
        words = words[1:]
    noun = (m.group("noun") or "").strip()
    if m.group(0).rstrip().endswith(" of"):  # "the Kibera slum of Nairobi": a part of a town only
        ok = noun in PART_NOUNS and bool(words)
    elif noun:
        ok = (noun in SITE_NOUNS or noun in PART_NOUNS) and bool(words)
    else:
        ok = len(words) >= 2 and words[-1].lower() in SITE_NOUNS
    return (start, end) if ok else None


def _part_after(text: str, place_end: int) -> tuple[int, int] | None:
    """Character offsets of the name of a part of the town ending at ``place_end``, named
    after its possessive ("Tripoli's Abu Salim district"), or None."""
    m = _PART_AFTER_RE.match(text[place_end : place_end + _WINDOW])
    if m is None or m.group("name").split()[0].lower() in _OPENERS:
        return None
    return place_end + m.start("name"), place_end + m.end("name")


_GLOSS_RE = re.compile(r"\s*\((?P<gloss>[^()\n]{2,60})\)")
#: Small words that initials skip ("Autonomous Region in Muslim Mindanao (ARMM)").
_INITIALS_SKIP = frozenset("of the and in for on at de del la".split())
#: Fewest letters of initials that may stand alone later in the article.
_MIN_BARE_INITIALS = 3


def _initials(name: str) -> str:
    """The initials of ``name``'s words, small words skipped ("New South Wales" -> "NSW")."""
    return "".join(w[0].upper() for w in re.findall(r"[\w'\u2019]+", name) if w.lower() not in _INITIALS_SKIP)


def _gloss_kind(name: str, gloss: str) -> str | None:
    """``"initials"`` when ``gloss`` spells ``name``'s initials, ``"site"`` when it is a
    capitalised site name of at most four words (a translation), else None."""
    letters = gloss.replace(".", "")
    if letters.isupper() and letters.isalpha() and len(letters) >= 2 and letters == _initials(name):
        return "initials"
    words = gloss.split()
    if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words) and words[-1].lower() in SITE_NOUNS:
        return "site"
    return None


def glossed_places(text: str, places: Sequence[PlaceMention]) -> list[PlaceMention]:
    """Glosses in brackets right after a place, and later bare uses of its initials.

    Args:
        text: The article text.
        places: The article's place mentions found so far (character offsets into
            ``text``); a gloss never overlaps one of them.

    Returns:
        One :class:`PlaceMention` (rule ``"gloss"``) per gloss and per later whole-word
        use of glossed initials of at least :data:`_MIN_BARE_INITIALS` letters, each with
        the place of the mention glossed.
    """
    taken = [(p.start, p.end) for p in places]
    out: list[PlaceMention] = []

    def add(p: PlaceMention, start: int, end: int) -> None:
        if any(start < e and s < end for s, e in taken):
            return
        taken.append((start, end))
        out.append(
            dataclasses.replace(
                p, place_id=f"{p.article_id}:place:{start}-{end}", text=text[start:end], start=start,
                end=end, rule="gloss",
            )
        )  # fmt: skip

    for p in sorted(places, key=lambda q: q.start):
        m = _GLOSS_RE.match(text, p.end)
        kind = _gloss_kind(p.text, m.group("gloss").strip()) if m else None
        if m is None or kind is None:
            continue
        gloss = m.group("gloss").strip()
        start = m.start("gloss") + m.group("gloss").index(gloss)
        add(p, start, start + len(gloss))
        if kind == "initials" and len(gloss.replace(".", "")) >= _MIN_BARE_INITIALS:
            for later in re.finditer(rf"(?<![\w.-]){re.escape(gloss)}(?![\w-])", text[m.end() :]):
                add(p, m.end() + later.start(), m.end() + later.end())
    return out
