"""Which capitalised names of an article are toponyms: the span rules of the geoparser.

Pure functions of the article text; offsets are character offsets into ``Article.text``.
:class:`~dyadic.geo.geoparser.Geoparser` applies them in this order:

1. :func:`name_of_something_else`: a place name inside the name of an organisation,
   a work, a treaty or a person is no place ("Agence France-Presse", "Washington
   Post", "University of Sarajevo", "Paris Agreement", "Vietnam War", "Douglas Paal",
   "Sudesh Amman"), as the gold guidelines (section 6) say;
2. :func:`locative_evidence`: a name the NER labels as a person, an organisation or a
   nationality, or does not label at all, is a place only where the text says so: a
   locative preposition before it ("to Kismayo", "in Maidan Shahr"), a place noun
   after it ("Punjab province", "Kakuma camps") or before it ("the town of
   Yeoncheon", "the regional capital, Banja Luka": :func:`place_noun_cue`), a noun
   for its residents after it ("a 52-year-old Leeds man", weak), a qualifier
   ("Chippewa Falls, Wisconsin"; "Livorno, Tuscany"), or a coordination with a place
   ("between El Paso and Ciudad Juárez");
3. :func:`person_strength`: a name that is (part of) a person's name elsewhere in the
   article ("Henderson" after "Fritz Henderson") needs the strong kinds of evidence.

This is the NER-repair step of gazetteer-backed geoparsers (Lieberman et al. 2010;
Gritta et al. 2019, "A pragmatic guide to geoparsing evaluation", on metonymy and
embedded toponyms).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from enum import IntEnum

#: Prepositions that make the next name a place ("to Kismayo", "from Quetta").
LOCATIVE_PREPS = frozenset(
    "in at to from near into across toward towards outside inside around between via through "
    "throughout within along off onto beyond".split()
)
#: The subset that makes a place even of a name used for a person elsewhere ("in Chippewa Falls").
STRONG_PREPS = frozenset("in near into outside inside across throughout via through within".split())
#: Words before "to"/"from"/"at" that make them no locative preposition ("according to", "spoke to").
NON_LOCATIVE_BEFORE = frozenset(
    "according due thanks owing spoke speak speaks speaking talked talk talking told wrote written "
    "said letter message messages call calls called appeal appealed sent reply replied listen "
    "listened addressed referring belonging belongs belonged loyal close closer similar "
    "married related compared pointed looked".split()
)
#: Nouns that make a place of the name before or after them ("Punjab province", "the town of Sibi").
PLACE_NOUNS = frozenset(
    "province provinces state states region regions district districts county governorate governorates "
    "prefecture prefectures oblast oblasts township townships municipality city cities town towns "
    "village villages port camp camps area areas suburb neighbourhood neighborhood neighbourhoods "
    "neighborhoods quarter slum "
    "island islands valley river border crossing settlement enclave territory department commune "
    "airport station capital outskirts hometown".split()
)
#: Nouns for people after which a name is where they live ("a 40-year-old Tulsa woman") ...
RESIDENT_NOUNS = frozenset(
    "man woman men women resident residents native natives couple family boy girl".split()
)
#: ... when a determiner, a number or an age ("36-year-old") comes before the name.
_RESIDENT_OPENERS = frozenset("a an the two three four several many some other another local".split())
#: The place nouns that name a town ("the village of X"), not a division ("district").
SETTLEMENT_NOUNS = frozenset(
    "city town village suburb neighbourhood neighborhood hometown settlement".split()
)
#: Words after a place name that make it part of the name of an organisation, a medium or a work.
NAME_HEADS = frozenset(
    "Post Times Herald Tribune Journal Gazette Today Independent Chronicle Observer Telegraph Daily "
    "News TV Television Radio Broadcasting Institute University College School Academy Foundation "
    "Society Agreement Accord Accords Treaty Convention Conventions Protocol Declaration War Wars "
    "Party Club Museum Corporation Company Airlines Airways Bank Express Group Fund Initiative Prize "
    "Award Cup Games Olympics Marathon Review Magazine Economist Standard Mail Star Inc Ltd Taxpayers "
    "Economic Health Stock Chapter Project Studies Center Centre Council Agency Association Media".split()
)
#: Nouns after which a name is that of an organisation in apposition ("state news firm Saba").
ORG_NOUNS = frozenset(
    "agency firm company broadcaster newspaper outlet channel website magazine publisher network "
    "brand label startup bank".split()
)
#: Units of an organisation named for the place they cover ("the Latin America bureau of
#: Reporters Without Borders", "the Dallas chapter of the council"), before "of".
ORG_UNIT_NOUNS = frozenset("bureau bureaus chapter chapters branch branches desk".split())
#: Capitalised heads of names of the form "<head> of <place>" ("University of Sarajevo", "Voice of America").
OF_HEADS = frozenset(
    "University Institute College School Academy Bank Court Party Voice Museum Society Association "
    "Federation Church Diocese Archdiocese Chamber Council Adventures Foundation Center Centre "
    "Authority".split()
)
#: Capitalised words that may follow a place name without making it part of another name.
KEEP_AFTER = frozenset(
    "President Prime Minister Ministry Foreign Defense Defence Interior Secretary Governor Mayor "
    "Senator Ambassador Embassy Consulate Premier Chancellor King Queen Government Cabinet Parliament "
    "Congress Senate House Assembly Navy Army Air Force Forces Police Coast Guard Military Supreme High "
    "National Federal Attorney General Speaker Rep Sen Gov Summit Talks Conference "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
    "July August September October November December "
    "City State Province Region District County Governorate Island Islands Valley River Port Airport "
    "Square Street Road Avenue Park Palace Mosque Cathedral Church Hospital Prison Stadium Hotel Market "
    "Mall Hall Gardens Camp Crossing Gate Tower Bridge Dam Base Station Border Strip Bay Lake Mountains "
    "North South East West Northern Southern Eastern Western Central".split()
)
#: Capitalised words that may precede a place name inside the same name ("New", "Greater", "Port").
KEEP_BEFORE = frozenset(
    "New Greater Upper Lower Inner Outer Central Old North South East West Northern Southern Eastern "
    "Western Mount Lake Port Fort Saint St San Santa Los Las El Al La Le The Downtown Metro Gulf Sea "
    "Strait Bay Cape Isle Island Islands Republic Kingdom Monday Tuesday Wednesday Thursday Friday "
    "Saturday Sunday January February March April May June July August September October November "
    "December".split()
)
#: Capitalised words naming a water body or landform that continues a name ("South China Sea").
FEATURE_HEADS = frozenset("Sea Ocean Strait Straits Gulf Channel Canal Basin Delta Heights Desert".split())
_FEATURE_OF_RE = re.compile(r"(?:Gulf|Sea|Strait|Straits|Bay|Isle|Cape)\s+of\s+(?:the\s+)?$")
_OF_HEAD_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(OF_HEADS))})\s+(?:[A-Z][\w'’.&-]*\s+)*?of\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?:\s+and\s+|,\s+|\s+at\s+|\s+))?$"
)  # "the University of Colorado at Boulder": a campus's town is part of the name too
#: Combining forms before a hyphen that make a longer name ("Indo-Pacific", "Sino-Russian").
_COMBINING_RE = re.compile(
    r"\b(?:Indo|Afro|Euro|Sino|Anglo|Franco|Russo|Austro|Greco|Judeo|Ibero|Italo|Turco|Arabo)-$"
)
#: Function words that may follow a place name after a preposition ("in Kabul on Monday");
#: any other lower-case word there makes the name a modifier ("in the Xinhua report").
_FUNCTION_WORDS = frozenset(
    "on in at to from and or but for with by of as near after before since until during where which "
    "who that when while is was were are has have had will would could can may might said says its "
    "their his her the a an last this these those than then also not hours days weeks months years "
    "minutes ago earlier later yesterday today tonight overnight early late "
    # prepositions that open a phrase of their own ("in Beledweyne along the river")
    "along across outside inside around amid amidst despite over under into toward towards "
    "through between against about within beyond via alongside".split()
)
_WORD_RE = re.compile(r"[\w'’.&-]+")
_SPEECH_LEMMAS = ("said", "says", "say", "told", "tells", "added", "adds", "wrote", "writes", "noted",
                  "explained", "argued", "warned", "asked")  # fmt: skip


#: Prepositions that make the name after them the place of a speaker ("officials in Erbil
#: said"), not the speaker.
_SPEAKER_PLACE_PREPS = STRONG_PREPS | {"from", "at"}


class Evidence(IntEnum):
    """How strongly the text around a name says it is a place."""

    NONE = 0
    WEAK = 1  # "to"/"from"/"between", a coordination with a place
    STRONG = 2  # "in", a place noun, a qualifier


def _words_before(text: str, start: int, n: int) -> list[str]:
    """The ``n`` words before ``start`` (nearest last), stopping at sentence punctuation."""
    head = text[max(0, start - 80) : start]
    cut = max(head.rfind(c) for c in '.;:!?\n\u201c\u201d"()')
    if cut >= 0:
        head = head[cut + 1 :]
    return _WORD_RE.findall(head)[-n:]


def _words_after(text: str, end: int, n: int) -> list[str]:
    """The ``n`` words after ``end``, stopping at sentence punctuation or a comma."""
    tail = text[end : end + 80]
    cut = min((i for i in (tail.find(c) for c in '.;:!?,\n\u201c\u201d"()') if i >= 0), default=len(tail))
    return _WORD_RE.findall(tail[:cut])[:n]


def locative_evidence(text: str, start: int, end: int, *, verb_after: bool = False) -> Evidence:
    """How strongly the words around ``text[start:end]`` make it a place name.

    Strong: a preposition of :data:`STRONG_PREPS` just before ("in X", "in the X"), a
    place noun just after ("X province", "X refugee camp") or "<place noun> of [the] X"
    / "capital, X" just before. Weak: another locative preposition ("to X", "from X",
    "between X"), unless a word of :data:`NON_LOCATIVE_BEFORE` precedes it ("according
    to X", "spoke to X"). Qualifiers and coordinations are judged by the caller, which
    knows the other spans. ``verb_after`` (the caller's parse: the next word is a verb)
    keeps "in X" strong before a verb ("farmers in Punjab blocked"), where a word after
    the name otherwise makes it a modifier.
    """
    before = _words_before(text, start, 4)
    low = [w.lower() for w in before]
    if low and low[-1] == "the":
        low = low[:-1]
    after = [w.lower() for w in _words_after(text, end, 2)]
    if place_noun_cue(text, start, end) is not None:
        return Evidence.STRONG
    if (
        low
        and low[-1] in LOCATIVE_PREPS
        and after
        and after[0].isalpha()
        and after[0] not in _FUNCTION_WORDS
        and not verb_after
    ):
        return Evidence.NONE  # "in the Xinhua report", "at Google headquarters": a modifier
    if low and low[-1] in STRONG_PREPS:
        return Evidence.STRONG
    if low and low[-1] in LOCATIVE_PREPS:
        if len(low) >= 2 and low[-2] in NON_LOCATIVE_BEFORE:
            return Evidence.NONE
        return Evidence.WEAK
    if after and after[0] in RESIDENT_NOUNS and (not low or low[-1] in _RESIDENT_OPENERS or "-" in low[-1]):
        return Evidence.WEAK  # "a 40-year-old Tulsa woman", "two Ashford residents"
    return Evidence.NONE


#: Nouns for the people of a place before "of" ("residents of Christchurch", "the mayor of X").
_DWELLER_NOUNS = frozenset("residents resident inhabitants natives native citizens people mayor".split())
#: Nouns for a place's edge before "of" ("off the coast of Lampedusa").
_SHORE_NOUNS = frozenset("coast coastline coasts shore shores".split())
#: An appositive that says what the name before it is: ", a town north of ...", ", a small
#: border village in ...", ", the provincial capital." (the noun, then no other noun).
_APPOSITIVE_PLACE_RE = re.compile(
    r",\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]+)"
    r"(?=\s*[,.;:]|\s+(?:of|in|on|near|outside|close|just|about|some|that|where|which|"
    r"north|south|east|west|northeast|northwest|southeast|southwest|along|across|bordering)\b)"
)


def place_noun_cue(text: str, start: int, end: int) -> str | None:
    """The place noun that names ``text[start:end]`` as a place, or None: "X province"
    (``province``), "X refugee camp" (``camp``), "the river X" (``river``), "the town
    of X" (``town``), "the coast of X" (``coast``), "the capital, X" (``capital``),
    "X, a town north of ..." (``town``)."""
    low = [w.lower() for w in _words_before(text, start, 3)]
    if low and low[-1] == "the":
        low = low[:-1]
    after = [w.lower() for w in _words_after(text, end, 2)]
    if after and after[0] in PLACE_NOUNS:
        return after[0]
    if after and after[0] == "refugee" and after[1:2] in (["camp"], ["camps"]):
        return "camp"
    shared = shared_place_noun(text, end)
    if shared is not None:
        return shared
    if low and low[-1] in ("river", "lake"):  # "the river Seine"
        return low[-1]
    if low and low[-1] == "of" and len(low) >= 2 and (low[-2] in PLACE_NOUNS or low[-2] in _SHORE_NOUNS):
        return low[-2]
    if low and low[-1] == "of" and len(low) >= 2 and low[-2] in _DWELLER_NOUNS:
        return "residents"  # "residents of Christchurch", "the mayor of Kharkiv"
    appositive = _APPOSITIVE_PLACE_RE.match(text, end, min(len(text), end + 60))
    if appositive is not None and appositive.group("noun") in PLACE_NOUNS:
        return appositive.group("noun")  # "Mirebalais, a town north of Port-au-Prince"
    gap = text[max(0, start - 12) : start].rstrip()
    return "capital" if gap.endswith(",") and low and low[-1] == "capital" else None


#: Plural place nouns that several coordinated names share ("the Khan Younis and Rafah governorates").
PLURAL_PLACE_NOUNS = frozenset(
    "provinces states regions districts governorates prefectures oblasts townships cities towns "
    "villages camps areas neighbourhoods neighborhoods islands".split()
)
_SHARED_NOUN_RE = re.compile(
    r"\s*(?:,\s*|,?\s+and\s+)(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3}"
    r"\s+(?:refugee\s+)?(?P<noun>[a-z]+)\b"
)


def shared_place_noun(text: str, end: int) -> str | None:
    """The plural place noun after the next coordinated name that ``text[..end]`` shares
    with it ("Cite Soleil" in "the Cite Soleil and Martissant areas": ``areas``), or None."""
    m = _SHARED_NOUN_RE.match(text, end, min(len(text), end + 100))
    if m is None or m.group("noun") not in PLURAL_PLACE_NOUNS:
        return None
    return m.group("noun")


def name_of_something_else(
    text: str, start: int, end: int, *, single_token: bool, person_follows: bool = False
) -> str | None:
    """Why ``text[start:end]``, a place name, is here part of another kind of name, or None.

    Returns a short reason: ``"name-head"`` ("Washington Post", "Paris Agreement"),
    ``"of-head"`` ("University of Sarajevo", "Voice of America"), ``"hyphen"``
    ("Agence France-Presse"; the caller keeps "U.K.-U.S."), ``"feature"`` (a part of
    a water body's or landform's name: "South China Sea", "Gulf of Oman"),
    ``"next-name"`` ("Douglas Paal": a one-word place followed by another capitalised
    name word, unless ``person_follows``: a person's name starts there, as in "governor
    of Alaska Sarah Palin"), ``"prev-name"`` ("Sudesh Amman", "Mazars USA") or
    ``"org-apposition"`` ("state news firm Saba"), ``"combining"`` ("Indo-Pacific"),
    ``"org-unit"`` ("the Dallas chapter of the council"; the caller keeps a country:
    the gold guidelines count "the Kenya branch of the Red Cross" as naming Kenya).
    """
    tail = text[end : end + 40]
    nxt = _WORD_RE.match(tail[1:]) if tail[:1] == " " else None
    next_word = nxt.group(0).rstrip(".") if nxt else ""
    if next_word in NAME_HEADS or _name_head_ahead(tail) or _INSTITUTION_AHEAD_RE.match(tail):
        return "name-head"
    if next_word in FEATURE_HEADS:
        return "feature"
    if next_word in ORG_UNIT_NOUNS and re.match(r"\s+\S+\s+of\s", tail):
        return "org-unit"
    head = text[max(0, start - 120) : start]
    if _OF_HEAD_RE.search(head):
        return "of-head"
    if _FEATURE_OF_RE.search(head):
        return "feature"
    if _COMBINING_RE.search(head):
        return "combining"
    if tail[:1] in "-\u2010\u2011" and tail[1:2].isupper():
        return "hyphen"
    before = [w.lower() for w in _words_before(text, start, 1)]
    if before and before[0] in ORG_NOUNS:
        return "org-apposition"
    if not single_token:
        return None
    if (
        not person_follows
        and next_word[:1].isupper()
        and next_word not in KEEP_AFTER
        and not next_word.isupper()
        and next_word.rstrip(".") not in ("Jr", "Sr")
    ):
        return "next-name"
    prev = re.search(r"(?<![\w'’.-])([A-Z]\w*)\s$", head)
    if prev and prev.group(1) not in KEEP_BEFORE and not _sentence_start(head, prev.start(1)):
        return "prev-name"
    return None


#: Institutions' names whose words after the place name are "State" or a run of capitalised
#: words before "Hall of Fame" ("Florida State University", "the Rock and Roll Hall of Fame").
_INSTITUTION_AHEAD_RE = re.compile(
    r"\s+State\s+(?:University|College)\b"
    r"|(?:\s+(?:and|&))?(?:\s+[A-Z][\w'\u2019.-]*)*\s+Hall\s+of\s+Fame\b"
)
#: Heads of organisations' names that may come a few words after the place name ("the Hong
#: Kong Journalists Association", "the Sudan Doctors Network").
ORG_NAME_HEADS = NAME_HEADS | frozenset(
    "Network Union Federation Alliance Movement Coalition Committee Commission Observatory Forum "
    "Trust Organization Organisation Front Syndicate Confederation Partnership Service Services "
    "Authority Board".split()
)
_CAPS_RUN_RE = re.compile(
    r"(?:\s+([A-Z][\w'\u2019&-]*))(?:\s+([A-Z][\w'\u2019&-]*))?(?:\s+([A-Z][\w'\u2019&-]*))?"
)


def _name_head_ahead(tail: str) -> bool:
    """True when one of the next three capitalised words after a place name heads an
    organisation's name and none before it may follow a place ("Hong Kong Journalists
    Association"; not "Hong Kong Police Force", whose "Police" is in :data:`KEEP_AFTER`)."""
    m = _CAPS_RUN_RE.match(tail)
    if m is None:
        return False
    for word in (w for w in m.groups() if w):
        word = word.rstrip(".,")
        if word in KEEP_AFTER:
            return False
        if word in ORG_NAME_HEADS:
            return True
    return False


def _sentence_start(head: str, pos: int) -> bool:
    """True when the word at ``head[pos:]`` opens a sentence, a quotation or a paragraph."""
    before = head[:pos].rstrip()
    return not before or before[-1] in ".!?:;\"\u201c\u2018'(\n[\u2014\u2013-"


def speech_subject(text: str, start: int, end: int) -> bool:
    """True for a name directly before or after a speech verb ("Casin says", "said Nawa"),
    unless a locative preposition puts it in a phrase that locates the speaker ("officials
    in Erbil said")."""
    after = _words_after(text, end, 1)
    before = _words_before(text, start, 1)
    if before and before[0].lower() in _SPEAKER_PLACE_PREPS:
        return False
    return bool(after and after[0] in _SPEECH_LEMMAS) or bool(before and before[0] in _SPEECH_LEMMAS)


def person_strength(surface: str, person_names: Sequence[str], *, place_name: bool = False) -> int:
    """How surely ``surface`` names a person of the article: 2 when it is a word of a longer
    person's name ("Henderson" of "Fritz Henderson") or a whole name of two or more words
    that is no known place name (``place_name``), 1 when it is a whole person's name
    otherwise ("Kismayo" tagged as a person), 0 when no person is named so."""
    key = surface.strip().lower()
    strength = 0
    for name in person_names:
        words = [w.lower() for w in name.split()]
        if key == name.lower():
            strength = max(strength, 1 if len(words) == 1 or place_name else 2)
        elif len(words) >= 2 and key in words:
            return 2
    return strength


def coordinated(text: str, a_end: int, b_start: int) -> bool:
    """True when only "and", "or", a comma (with "and") or a slash lies between two names."""
    gap = text[a_end:b_start]
    return re.fullmatch(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/\s*)(?:the\s+)?", gap) is not None


def qualifier_gap(text: str, a_end: int, b_start: int) -> bool:
    """True when ``text[a_end:b_start]`` is the comma of "Town, State" ("Quetta, Balochistan")."""
    return re.fullmatch(r"\s*,\s*", text[a_end:b_start]) is not None


_COMPOUND_RE = re.compile(
    r"(?<![\w.\-\u2010\u2011])((?:[A-Z]\.){2,}|[A-Z][A-Za-z]+)(?=[-\u2010\u2011][A-Za-z])"
    r"|(?<=[\w.][-\u2010\u2011])((?:[A-Z]\.){2,}|[A-Z][A-Za-z]+)(?![\w\-\u2010\u2011])"
)
_PARTY_STATE_RE = re.compile(r"\((?:R|D|I)-(?P<state>[A-Z]{2})\)")


def hyphen_compound_names(text: str) -> list[tuple[int, int]]:
    """Character offsets of the capitalised words joined by a hyphen to another word:
    "U.K." and "U.S." in "a U.K.-U.S. base", "U.S." in "U.S.-designated". The caller
    keeps those that are country names (the gold guidelines count a country name used as
    a modifier as a toponym); the NER labels no entity inside such a compound."""
    return [m.span(1) if m.group(1) else m.span(2) for m in _COMPOUND_RE.finditer(text)]


#: Nouns of a way between two places that a hyphen compound of their names modifies
#: ("the Abuja-Kaduna highway", "the Kyiv-Odesa railway").
ROUTE_NOUNS = frozenset(
    "highway highways road roads expressway motorway railway railroad rail pipeline corridor route "
    "border frontier bridge ferry train trains".split()
)
_NAME_PART = r"[A-Z][\w'\u2019]+(?:\s+[A-Z][\w'\u2019]+)?"
_ROUTE_RE = re.compile(
    rf"(?<![\w\-\u2010\u2011])({_NAME_PART})[-\u2010\u2011\u2013]({_NAME_PART})\s+(?P<noun>[a-z]+)\b"
)


def route_compound_names(text: str) -> list[tuple[int, int]]:
    """Character offsets of both names of a hyphen compound before a route noun: "Abuja"
    and "Kaduna" in "the Abuja-Kaduna highway" (:data:`ROUTE_NOUNS`); the caller keeps
    those the gazetteer knows."""
    out: list[tuple[int, int]] = []
    for m in _ROUTE_RE.finditer(text):
        if m.group("noun") in ROUTE_NOUNS:
            out += [_without_article(text, *m.span(1)), m.span(2)]
    return out


_BASED_RE = re.compile(rf"(?<![\w\-\u2010\u2011])({_NAME_PART})[-\u2010\u2011](?:based|born|headquartered)\b")


def based_compound_names(text: str) -> list[tuple[int, int]]:
    """Character offsets of the name before "-based", "-born" or "-headquartered" ("Espoo"
    in "the Espoo-based company", "Brussels" in "a Brussels-based group"); the caller keeps
    those the gazetteer knows."""
    return [_without_article(text, *m.span(1)) for m in _BASED_RE.finditer(text)]


def _without_article(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` less a capitalised article opening a sentence ("The Tampere-based")."""
    m = re.match(r"(?:The|A|An)\s+", text[start:end])
    return (start + m.end(), end) if m is not None and start + m.end() < end else (start, end)


def party_states(text: str) -> list[tuple[int, int, str]]:
    """US postal codes of a legislator's party-state label: ``(start, end, code)`` for
    "AZ" in "Senator Jane Roe (R-AZ)" (character offsets of the code)."""
    return [(m.start("state"), m.end("state"), m.group("state")) for m in _PARTY_STATE_RE.finditer(text)]
