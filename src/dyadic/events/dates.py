"""Event dates: the day an event sentence refers to, resolved against the
article's publication date.

:func:`resolve_date` finds date expressions with regular expressions (cheap;
most sentences have none) and resolves them:

- relative days with our own arithmetic, following news convention:
  ``today``/``tonight`` = published, ``yesterday`` = published - 1,
  ``tomorrow`` = published + 1; a bare weekday (``Monday``, ``on Monday
  morning``, ``Monday's talks``) = the most recent such day on or before the
  publication date (``Monday`` in a Monday article is that day; ``Tuesday`` in
  a Wednesday article is yesterday); ``last Monday`` = strictly before,
  ``next``/``coming Monday`` = strictly after; ``N days/weeks/months/years
  ago`` = published minus N units; ``last week`` = published - 7,
  ``next week`` = published + 7.
- absolute days (``5 June 2023``, ``June 5``, ``Sept. 3, 2022``,
  ``2023-06-05``, ``6/5/2023``) with dateparser 1.5.0's ``DateDataParser``
  (English; numeric dates month first, as dateparser reads them). Without a
  year, the year that puts the day nearest the publication date is used.

dateparser's own relative handling is not used because it gets news dates
wrong: with ``RELATIVE_BASE`` a Monday, ``search_dates("on Monday morning")``
returns the *previous* Monday, and it reads durations (``after seven years``,
``two weeks``) as dates.

Decisions:

- Durations are not dates: ``seven years``, ``after seven years``, ``for three
  days``, ``two weeks``, ``two days later`` leave the date at the publication
  date. ``two weeks ago`` is a date.
- Periods coarser than a day give ``None`` (the event has no known day):
  a year (``in 2019``, ``since the late 2000s``), a month (``in June``,
  ``June 2023``), a range of years (``from 2013 to 2021``), ``this week``,
  ``last month``, ``last year``, ``a few days ago``.
- Numbers that are not in a date expression (``2,000 troops``, ``three Latin
  American countries``, ``the 2019 deal``) are ignored.
- When a sentence has several expressions, the first one that names a day
  wins; coarser periods count only when no day is named.
- With no date expression the publication date is returned (``None`` when
  that is unknown); relative expressions need a publication date and give
  ``None`` without one.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

__all__ = ["resolve_date"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?"
)
_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2,
}  # fmt: skip
_COUNT = (
    r"(?P<n>\d{1,3}|a\s+couple\s+of|a\s+few|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve|few|several|many)"
)
_YEAR = r"(?:1[89]\d\d|20\d\d)"

# Cheap pre-filter: any word or shape that can start a date expression.
_CANDIDATE = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:today|tonight|yesterday|tomorrow|ago|last|next"
    r"|this|coming)\b|\d[/-]\d|\d{4}|" + _MONTH,
    re.IGNORECASE,
)

_I = re.IGNORECASE
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d-])")),
    ("absolute", re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])")),
    (
        "absolute",
        re.compile(
            r"(?<![\d,.])(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?"
            + _MONTH
            + r"(?:,?\s+(?P<y>"
            + _YEAR
            + r"))?(?!\d)"
        ),
    ),
    (
        "absolute",
        re.compile(
            r"(?<![\w])"
            + _MONTH
            + r"\s+\d{1,2}(?:st|nd|rd|th)?(?![\d,]\d)(?:,?\s+(?P<y>"
            + _YEAR
            + r")(?!\d))?"
        ),
    ),
    ("offset", re.compile(r"\b(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow)\b", _I)),
    (
        "offset",
        re.compile(r"\b(?P<w>today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening))\b", _I),
    ),
    (
        "weekday",
        re.compile(
            r"\b(?:(?P<mod>last|next|this\s+coming|coming|this|past)\s+)?"
            r"(?P<day>(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?!s\b)\b",
            _I,
        ),
    ),
    ("ago", re.compile(r"\b" + _COUNT + r"\s+(?P<unit>day|week|month|year)s?\s+ago\b", _I)),
    ("week", re.compile(r"\b(?P<mod>last|next|this|past|coming)\s+(?P<unit>week|weekend|month|year)\b", _I)),
    ("vague", re.compile(r"(?<!\w)(?:(?i:early|mid|late)[-\s]+)?" + _MONTH + r",?\s+" + _YEAR + r"(?!\d)")),
    (
        "vague",
        re.compile(
            r"\b(?i:in|since|during|until|till|through|by|before|after|from|between|early|late|mid)"
            r"[-\s]+(?i:the\s+)?(?:(?i:early|mid|late)[-\s]+)?(?:" + _MONTH + r"|" + _YEAR + r"s?(?!\d))",
        ),
    ),
]


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    day: date | None  # None: a period coarser than a day, or unresolvable


def resolve_date(text: str, published: date | None, *, future: bool = False) -> date | None:
    """The day an event sentence refers to, resolved against the publication date.

    Args:
        text: The sentence (or clause) that reports the event.
        published: The article's publication date (UTC day), or None.
        future: Resolve a bare weekday forward (on or after ``published``)
            instead of back; for planned events ("will visit on Thursday").
            ``last``/``next`` and explicit dates are unaffected.

    Returns:
        The event's day; ``published`` when the text has no date expression;
        None when the text names only a period coarser than a day (a year, a
        month, a range of years), or when it needs a publication date that is
        unknown. See the module docstring for every rule.
    """
    if not _CANDIDATE.search(text):
        return published
    found = _find(text, published, future)
    if not found:
        return published
    days = [f for f in found if f.day is not None]
    return min(days, key=lambda f: f.start).day if days else None


def _find(text: str, published: date | None, future: bool) -> list[_Found]:
    found: list[_Found] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue  # inside an expression an earlier (more specific) pattern matched
            resolved = _RESOLVERS[kind](m, published, future)
            if resolved is _NOT_A_DATE:
                continue
            taken.append((m.start(), m.end()))
            found.append(_Found(m.start(), m.end(), resolved if isinstance(resolved, date) else None))
    return found


_NOT_A_DATE = object()  # the match turned out not to be a date expression


def _iso(m: re.Match[str], published: date | None, future: bool) -> object:
    try:
        return date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return _NOT_A_DATE


def _absolute(m: re.Match[str], published: date | None, future: bool) -> object:
    day = _parsed_day(m.group(0))
    if day is None:
        return _NOT_A_DATE
    has_year = m.groupdict().get("y") is not None or "/" in m.group(0)
    if has_year:
        return day
    if published is None:
        return None
    return _nearest_year(day.month, day.day, published)


def _nearest_year(month: int, day: int, published: date) -> date | None:
    options = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            options.append(date(year, month, day))
        except ValueError:  # 29 February
            pass
    # Nearest to the publication date; on a tie, the earlier one.
    return min(options, key=lambda d: (abs((d - published).days), d)) if options else None


_OFFSETS = {
    "the day before yesterday": -2,
    "yesterday": -1,
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "tomorrow": 1,
    "the day after tomorrow": 2,
}


def _offset(m: re.Match[str], published: date | None, future: bool) -> object:
    if published is None:
        return None
    return published + timedelta(days=_OFFSETS[" ".join(m["w"].lower().split())])


def _weekday(m: re.Match[str], published: date | None, future: bool) -> object:
    if published is None:
        return None
    target = _WEEKDAYS.index(m["day"].lower())
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    mod = " ".join((m["mod"] or "").lower().split())
    if mod in ("last", "past"):
        return published - timedelta(days=back or 7)
    if mod in ("next", "coming", "this coming"):
        return published + timedelta(days=ahead or 7)
    return published + timedelta(days=ahead) if future else published - timedelta(days=back)


def _ago(m: re.Match[str], published: date | None, future: bool) -> object:
    words = " ".join(m["n"].lower().split())
    if words.isdigit():
        n = int(words)
    elif words in _NUMBER_WORDS:
        n = _NUMBER_WORDS[words]
    else:  # "a few", "several", "many": no day
        return None
    if published is None:
        return None
    unit = m["unit"].lower()
    if unit == "day":
        return published - timedelta(days=n)
    if unit == "week":
        return published - timedelta(weeks=n)
    months = n if unit == "month" else 12 * n
    return _add_months(published, -months)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    for d in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, d)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def _week(m: re.Match[str], published: date | None, future: bool) -> object:
    mod, unit = m["mod"].lower(), m["unit"].lower()
    if unit != "week" or mod not in ("last", "next"):
        return None  # this week, last month, next year ...: a period, no day
    if published is None:
        return None
    return published + timedelta(days=7 if mod == "next" else -7)


def _vague(m: re.Match[str], published: date | None, future: bool) -> object:
    return None


_RESOLVERS = {
    "iso": _iso,
    "absolute": _absolute,
    "offset": _offset,
    "weekday": _weekday,
    "ago": _ago,
    "week": _week,
    "vague": _vague,
}


@functools.lru_cache(maxsize=4096)
def _parsed_day(expression: str) -> date | None:
    """The day dateparser reads in ``expression``, None unless it names a day. Cached: the
    parser's settings fix its relative base, so an expression always reads the same."""
    parsed = _parser().get_date_data(expression)
    if parsed.date_obj is None or parsed.period != "day":
        return None
    day: date = parsed.date_obj.date()
    return day


@functools.cache
def _parser() -> DateDataParser:
    """dateparser's English parser; built once (building it is slow)."""
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "PREFER_DAY_OF_MONTH": "first",
            # A leap year, so that "29 February" without a year parses.
            "RELATIVE_BASE": datetime(2000, 1, 1),
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
