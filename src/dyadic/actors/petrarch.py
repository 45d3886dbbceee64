"""Read PETRARCH/TABARI ``.actors`` dictionaries (openeventdata/petrarch2 format).

A file is a list of entries. An entry starts on an unindented line with its
primary name (words joined by ``_``), followed by ``+ALIAS`` lines and by its
codes, either on the primary line or on indented lines::

    ABDELAZIZ_BOUTEFLIKA_  # CountryInfo.txt
    +BOUTEFLIKA_
        [DZAELI 550101-000101]
        [DZAGOV >990427]
        [DZAELI]
    HEZBOLLAH_ [LBNREB]

A code may carry a date restriction: ``YYMMDD-YYMMDD`` (or eight-digit years),
``>YYMMDD`` (from that day on) or ``<YYMMDD`` (until that day). ``#`` starts a
comment; ``<!-- -->`` lines are comments too. Codes that are not plain letter
strings (``---``, ``+++``, ``ELR/GAL``) are skipped.

Used by ``tools/build_people.py`` / ``tools/build_org_actors.py`` to build the
shipped people and organisation files, and at run time by
:meth:`dyadic.actors.ActorDictionary.load` for ``extra_actor_files``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_CODE = re.compile(r"\[\s*([^\]\s]+)\s*([^\]]*)\]")
_VALID_CODE = re.compile(r"^[A-Za-z]{3,15}$")
_PAREN = re.compile(r"\(([^)]*)\)")
#: Two-digit years at or below this are 20xx (PETRARCH writes 8 digits for older years where it matters).
_PIVOT_YY = 30


@dataclass(frozen=True)
class DatedCode:
    """One actor code of an entry, valid on ``[start, end]`` (None = open)."""

    code: str
    start: date | None = None
    end: date | None = None

    @property
    def dated(self) -> bool:
        """True when the code carries a date restriction."""
        return self.start is not None or self.end is not None


@dataclass(frozen=True)
class ActorEntry:
    """One entry: display-case names (primary first) and its codes in file order."""

    names: tuple[str, ...]
    codes: tuple[DatedCode, ...]


def parse_date(text: str, *, end: bool = False) -> date | None:
    """``990427`` / ``19990427`` -> date; None for anything else (``2004017``)."""
    digits = text.strip()
    if not digits.isdigit() or len(digits) not in (6, 8):
        return None
    if len(digits) == 6:
        yy = int(digits[:2])
        digits = f"{2000 + yy if yy <= _PIVOT_YY else 1900 + yy}{digits[2:]}"
    try:
        return date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return date(int(digits[:4]), 12, 31) if end else date(int(digits[:4]), 1, 1)


def parse_code(code: str, restriction: str) -> DatedCode | None:
    """A bracketed code and its restriction (``>990427``, ``550101-000101``), or None when invalid."""
    if not _VALID_CODE.match(code):
        return None
    code = code.upper()
    spec = restriction.replace(" ", "")
    if not spec:
        return DatedCode(code)
    if spec.startswith(">"):
        start = parse_date(spec[1:])
        return DatedCode(code, start, None) if start else None
    if spec.startswith("<"):
        end = parse_date(spec[1:], end=True)
        return DatedCode(code, None, end) if end else None
    if "-" in spec:
        left, right = spec.split("-", 1)
        start, end = parse_date(left), parse_date(right, end=True)
        return DatedCode(code, start, end) if start and end and start <= end else None
    return None


def display_name(raw: str) -> list[str]:
    """``ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_`` -> ``["Aden Abyan Islamic Army", "AAIA"]``.

    Words are title-cased except acronyms kept upper case (no vowel, or with
    dots: ``U.N.``) and particles (``al``, ``bin``, ``de``...) kept lower case
    after the first word. A parenthesised acronym becomes a second name.
    """
    text = raw.replace("_", " ")
    extra = [m.strip() for m in _PAREN.findall(text) if m.strip().isupper() and len(m.strip()) >= 3]
    text = _PAREN.sub(" ", text)
    words = [w for w in text.split() if w]
    if not words:
        return extra
    if len(words) == 1 and words[0].isupper() and len(words[0]) <= 4:
        return [words[0], *extra]  # an acronym: "ANSF", "DPKO", "UN"
    out = [_display_word(w, i) for i, w in enumerate(words)]
    return [" ".join(out), *extra]


_PARTICLES = frozenset(
    {
        "of",
        "the",
        "and",
        "for",
        "in",
        "on",
        "de",
        "da",
        "del",
        "la",
        "le",
        "du",
        "al",
        "el",
        "bin",
        "ibn",
        "van",
        "von",
        "der",
    }
)


def _display_word(word: str, index: int) -> str:
    if not word.isupper() and not word.isdigit():
        return word  # already mixed case in the file
    low = word.lower()
    if index and low in _PARTICLES:
        return low
    if "." in word or not re.search(r"[AEIOUY]", word):
        return word
    return "-".join(part[:1].upper() + part[1:] for part in low.split("-"))


def parse_actors(text: str) -> list[ActorEntry]:
    """Every entry of a PETRARCH ``.actors`` file, in file order.

    Entries without any valid code are dropped. Names are display case.
    """
    entries: list[ActorEntry] = []
    names: list[str] = []
    codes: list[DatedCode] = []
    bracketed = False  # the current entry has had a code bracket, valid or not

    def flush() -> None:
        if names and codes:
            entries.append(ActorEntry(tuple(dict.fromkeys(names)), tuple(codes)))

    for raw in text.splitlines():
        stripped = raw.strip()
        if not stripped or stripped.startswith(("<!--", "-->")):
            continue
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        name_part = line.split("[", 1)[0].strip()
        if line.startswith("+"):
            names.extend(display_name(name_part[1:]))
        elif not line[0].isspace() and name_part:
            if bracketed:  # a new primary name after codes starts a new entry
                flush()
                names, codes, bracketed = [], [], False
            names.extend(display_name(name_part))
        for m in _CODE.finditer(line):
            bracketed = True
            parsed = parse_code(m.group(1), m.group(2))
            if parsed is not None:
                codes.append(parsed)
    flush()
    return entries
