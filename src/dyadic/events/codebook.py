"""The CAMEO event codebook: names, Goldstein scores, QuadClass and PLOVER categories.

Shipped data: ``dyadic/data/events/cameo_codes_goldstein_quad_plover.csv`` (312 codes,
CC BY-SA 4.0 because of its PLOVER columns; see ``dyadic/data/README.md``), built from

* the CAMEO 1.1b3 / ICEWS code list (names),
* GDELT's ``CAMEO.goldsteinscale.txt`` (Goldstein 1992 scores, GDELT variant),
* GDELT's QuadClass mapping (roots 01-05 -> 1, 06-09 -> 2, 10-14 -> 3, 15-20 -> 4),
* the PLOVER 2021 ``CAMEO2PLOVER-2021.txt`` conversion table (event, mode, context).
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TypedDict

from dyadic.errors import DyadicError

__all__ = ["CodeEntry", "Codebook", "UnknownCameoCode", "ROOT_PLOVER"]

#: PLOVER event category of each CAMEO root, from the root lines of the PLOVER 2021
#: conversion table (``03: AGREE`` ... ``20: ASSAULT``). Used when the CSV gives no
#: PLOVER category for a code (the root rows themselves). Roots 01 (statements) and 02
#: (appeals) have no PLOVER equivalent in that table, so their codes get ``None``.
ROOT_PLOVER: dict[str, str | None] = {
    "01": None, "02": None, "03": "AGREE", "04": "CONSULT", "05": "SUPPORT",
    "06": "COOPERATE", "07": "AID", "08": "RETREAT", "09": "ACCUSE", "10": "REQUEST",
    "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE",
    "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}  # fmt: skip


class UnknownCameoCode(DyadicError, KeyError):
    """A CAMEO event code that is not in the codebook.

    Attributes:
        code: The code asked for.
    """

    def __init__(self, code: str) -> None:
        self.code = code
        super().__init__(f"CAMEO event code {code!r} is not in the codebook")

    def __str__(self) -> str:
        return str(self.args[0])


class EventCodeFields(TypedDict):
    """The fields of an :class:`~dyadic.records.Event` that its CAMEO code decides."""

    cameo: str
    cameo_root: str
    cameo_name: str
    plover: str | None
    plover_mode: str | None
    plover_context: str | None
    goldstein: float
    quad_class: int


@dataclass(frozen=True)
class CodeEntry:
    """One CAMEO event code.

    Attributes:
        code: CAMEO code, 2-4 digits (``"042"``, ``"1823"``; ``"04"`` is the root row).
        root: Its 2-digit root (``"04"``).
        name: CAMEO 1.1b3 / ICEWS name ("Make a visit").
        goldstein: Goldstein score, GDELT's ``goldstein_gdelt`` column, -10..+10 (ICEWS's
            value where GDELT's lookup has none: only 1213).
        quad_class: GDELT's QuadClass variant (``quad_gdelt``): 1 verbal cooperation
            (roots 01-05), 2 material cooperation (06-09), 3 verbal conflict (10-14),
            4 material conflict (15-20).
        plover_event: PLOVER 2021 event category, None for roots 01 and 02.
        plover_mode: PLOVER mode, or None.
        plover_context: PLOVER context, or None.
    """

    code: str
    root: str
    name: str
    goldstein: float
    quad_class: int
    plover_event: str | None
    plover_mode: str | None
    plover_context: str | None

    def event_fields(self) -> EventCodeFields:
        """The :class:`~dyadic.records.Event` fields this code sets: ``cameo``,
        ``cameo_root``, ``cameo_name``, the three PLOVER fields, ``goldstein``, ``quad_class``."""
        return {
            "cameo": self.code,
            "cameo_root": self.root,
            "cameo_name": self.name,
            "plover": self.plover_event,
            "plover_mode": self.plover_mode,
            "plover_context": self.plover_context,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
        }


class Codebook:
    """All CAMEO event codes, looked up by code.

    Build with :meth:`load`; ``code in codebook`` tests membership and
    :meth:`entry` returns a :class:`CodeEntry`.
    """

    def __init__(self, entries: dict[str, CodeEntry]) -> None:
        self._entries = dict(entries)

    @classmethod
    def load(cls, path: str | Path | None = None) -> Codebook:
        """Read the codebook CSV (the shipped copy unless ``path`` is given).

        Cached per path: repeated calls return the same object.

        Raises:
            FileNotFoundError: ``path`` does not exist.
            ValueError: a row has a malformed code or number.
        """
        return _load_cached(str(path) if path is not None else None)

    def entry(self, code: str) -> CodeEntry:
        """The entry for ``code``.

        Raises:
            UnknownCameoCode: ``code`` is not in the codebook.
        """
        try:
            return self._entries[code]
        except KeyError:
            raise UnknownCameoCode(code) from None

    def __contains__(self, code: object) -> bool:
        return code in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def codes(self) -> list[str]:
        """All codes, sorted."""
        return sorted(self._entries)


@functools.lru_cache(maxsize=4)
def _load_cached(path: str | None) -> Codebook:
    if path is None:
        ref = resources.files("dyadic") / "data" / "events" / "cameo_codes_goldstein_quad_plover.csv"
        text = ref.read_text(encoding="utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    entries = {}
    for row in csv.DictReader(text.splitlines()):
        entry = _entry_from_row(row)
        entries[entry.code] = entry
    return Codebook(entries)


def _entry_from_row(row: dict[str, str]) -> CodeEntry:
    code = row["code"].strip()
    if not (code.isdigit() and 2 <= len(code) <= 4):
        raise ValueError(f"malformed CAMEO code {code!r} in codebook")
    root = row["root"].strip()
    plover = row["plover_event"].strip() or None
    mode = row["plover_mode"].strip() or None
    context = row["plover_context"].strip() or None
    if plover is None:
        plover, mode, context = ROOT_PLOVER.get(root), None, None
    return CodeEntry(
        code=code,
        root=root,
        name=row["name_cameo_icews"].strip(),
        goldstein=float(row["goldstein_gdelt"] or row["goldstein_icews"]),
        quad_class=int(row["quad_gdelt"]),
        plover_event=plover,
        plover_mode=mode,
        plover_context=context,
    )
