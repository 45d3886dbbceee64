"""Pair quotation marks at the character level.

Works on ``Article.text`` alone, before any tokenisation, so that a mark's
direction is read from its neighbours and not from a tokenizer's guess:

* an opening mark is ``“`` (or ``‘``), or a straight ``"`` (``'``) at the start
  of a word (after whitespace, an opening bracket or a dash, or at the start
  of the text);
* a closing mark is ``”`` (or ``’``), or a straight ``"`` (``'``) at the end of a
  word (before whitespace, punctuation or the end of the text);
* ``’`` and ``'`` between two letters (``Iran’s``, ``don't``) are apostrophes
  and never quotation marks.

textacy's ``direct_quotations`` (``textacy.extract.triples``) pairs every
token whose ``is_quote`` is set and gives up when their number is odd; an
apostrophe in ``Iran's`` is enough to make it skip a whole article. Here
unpaired marks are dropped one by one instead.

A quotation may run over several paragraphs (paragraphs are separated by
newlines): by convention each of its paragraphs opens with a mark and only the
last one closes. An opening mark while a quotation is already open in the same
paragraph is read as a missing closing mark: the older quotation ends at the
sentence end before a curly opening mark, and is dropped otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Double marks that can only open / only close.
CURLY_OPEN = "“„«"
CURLY_CLOSE = "”»"
#: Single marks (quotations inside ``‘…’``; ``’`` is also the apostrophe).
SINGLE_OPEN = "‘‚"
SINGLE_CLOSE = "’"

_PARAGRAPH = re.compile(r"[^\n]+")
#: Every character :func:`_mark_kind` may classify (it returns None for all others).
_MARK_CHARS = re.compile("[" + re.escape(CURLY_OPEN + CURLY_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "'\"") + "]")
_BEFORE_OPEN = set(" \t\n([{—–-/")  # what may precede an opening straight mark
#: How many paragraphs without an opening mark a quotation may run over before
#: its closing mark (texts printed one sentence a line).
MAX_UNMARKED_PARAGRAPHS = 8


@dataclass(frozen=True)
class QuoteSpan:
    """One paired quotation in ``Article.text``.

    All offsets are character offsets into ``Article.text``, end-exclusive.

    Attributes:
        open_mark: Offset of the opening mark (of the first paragraph).
        close_mark: Offset of the closing mark (of the last paragraph).
        start: First character of the content (marks and surrounding
            whitespace excluded).
        end: End of the content; a trailing comma before the closing mark
            (``“... unilateralism,” he said``) is excluded too.
        paragraphs: How many paragraphs the quotation runs over (1 or more).
        double: True for double marks, False for single marks.
    """

    open_mark: int
    close_mark: int
    start: int
    end: int
    paragraphs: int = 1
    double: bool = True


def _is_letter(ch: str) -> bool:
    return ch.isalnum()


def _mark_kind(text: str, i: int) -> tuple[str, bool] | None:
    """Classify the character at ``i``: ("open" | "close" | "either", double) or None."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in CURLY_OPEN:
        return "open", True
    if ch in CURLY_CLOSE:
        return "close", True
    if ch in SINGLE_OPEN:
        return "open", False
    if ch in ("'", SINGLE_CLOSE) and _is_letter(prev) and _is_letter(nxt):
        return None  # apostrophe inside a word: Iran's, don’t
    if ch not in ('"', "'", SINGLE_CLOSE):
        return None
    if ch == "'" and text[i + 1 : i + 3].isdigit() and not text[i + 3 : i + 4].isdigit():
        return None  # elision: the '70s, '67 war
    double = ch == '"'
    opens = (prev in _BEFORE_OPEN or prev in CURLY_OPEN + SINGLE_OPEN) and not nxt.isspace()
    closes = not prev.isspace() and (nxt.isspace() or not _is_letter(nxt))
    if ch == SINGLE_CLOSE:
        return ("close", False) if closes else None
    if opens and closes:
        return "either", double
    if opens:
        return "open", double
    if closes:
        return "close", double
    return None


@dataclass
class _Open:
    open_mark: int
    content_start: int
    paragraphs: int
    double: bool


def _content_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip whitespace (and a trailing comma) from ``text[start:end]``."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start and text[end - 1] == ",":
        end -= 1
    return start, end


def find_quote_spans(text: str, single_quotes: bool = True) -> list[QuoteSpan]:
    """Pair the quotation marks of ``text``.

    Args:
        text: The article text (``Article.text``).
        single_quotes: Also pair ``‘…’`` and ``'…'`` quotations that stand at
            top level (single marks inside a double-marked quotation are left
            in its content). A closing single mark after ``s`` and before a
            lower-case word (``the sides’ economies``) is read as a plural
            possessive; ``'70s`` is an elision.

    Returns:
        The quotations in text order, outermost only, each with character
        offsets into ``text``. Never raises on unbalanced marks: a stray
        closing mark is ignored; a quotation still open at the end of its
        paragraph goes on into the next paragraph when that one opens with a
        mark (news style), or when the first mark of one of the next
        :data:`MAX_UNMARKED_PARAGRAPHS` paragraphs closes it (texts printed
        one sentence a line); otherwise it is dropped. A straight mark with
        whitespace before it closes an open quotation when a line end, a
        space or a lower-case word follows (``… Canada. "`` / ``…, "said``).
        A single mark left open does not hide the double marks after it
        when no single mark closes it in its paragraph. A quotation still open
        when a curly opening mark follows a sentence end in its paragraph ends
        at that sentence end (“We will. “Next ...).
    """
    spans: list[QuoteSpan] = []
    carry: _Open | None = None
    unmarked = 0  # paragraphs the carried quotation has run over without an opening mark
    for para in _PARAGRAPH.finditer(text):
        p_start, p_end = para.start(), para.end()
        first = p_start
        while first < p_end and text[first].isspace():
            first += 1
        if first == p_end:
            continue
        current: _Open | None = None
        skip = -1
        if carry is not None:
            kind = _mark_kind(text, first)
            if kind is not None and kind[0] in ("open", "either") and kind[1] == carry.double:
                current = carry
                current.paragraphs += 1
                skip = first
                unmarked = 0
            elif kind is None and unmarked < MAX_UNMARKED_PARAGRAPHS:
                current = carry  # confirmed only by a closing mark in this paragraph
                current.paragraphs += 1
                unmarked += 1
            carry = None
        for mark in _MARK_CHARS.finditer(text, first, p_end):  # only marks: other characters are skipped
            i = mark.start()
            if i == skip:
                continue
            kind = _mark_kind(text, i)
            if current is not None and kind is None and _sloppy_close(text, i, current.double):
                kind = ("close", current.double)
            if kind is None:
                continue
            direction, double = kind
            if current is not None and double != current.double:
                if current.double or _closes_single_ahead(text, i, p_end):
                    continue  # a single mark inside a double quotation, or vice versa
                current = None  # an unclosed single mark ('70s, a stray ‘): drop it
            if current is None and not double and not single_quotes:
                continue
            if current is not None and direction == "open" and _sloppy_close(text, i, double):
                direction = "close"
            if current is not None and direction in ("close", "either"):
                if not double and _looks_possessive(text, i):
                    continue
                start, end = _content_bounds(text, current.content_start, i)
                if end > start:
                    spans.append(
                        QuoteSpan(current.open_mark, i, start, end, current.paragraphs, current.double)
                    )
                current = None
                unmarked = 0
            elif direction in ("open", "either"):
                # A second opening mark in the same paragraph: the older one
                # never closed. It ends at the sentence end just before a curly
                # mark (“Yes, we will. “Next ...”), else it is dropped.
                if current is not None and not unmarked and text[i] in CURLY_OPEN and text[i - 1].isspace():
                    before = text[:i].rstrip()
                    if before.endswith((".", "?", "!")) and len(before) > current.content_start:
                        start, end = _content_bounds(text, current.content_start, len(before))
                        spans.append(
                            QuoteSpan(current.open_mark, len(before), start, end, current.paragraphs)
                        )
                current = _Open(i, i + 1, 1, double)
                unmarked = 0
        if current is not None:
            carry = current
    return spans


def _sloppy_close(text: str, i: int, double: bool) -> bool:
    """A straight (or ``’``) mark after whitespace that still closes: a line end, a space or
    the end of the text follows, or a lower-case word after ``,`` / ``.`` (``…, "said``)."""
    ch = text[i]
    if ch not in ('"' if double else "'" + SINGLE_CLOSE) or i == 0 or not text[i - 1].isspace():
        return False
    nxt = text[i + 1 : i + 2]
    if nxt == "" or nxt.isspace():
        return True
    before = text[:i].rstrip()[-1:]
    return nxt.islower() and before in (",", ".", "!", "?")


def _closes_single_ahead(text: str, i: int, end: int) -> bool:
    """Whether a single mark closes an open single quotation in ``text[i:end]``."""
    for j in range(i, end):
        if text[j] not in ("'", SINGLE_CLOSE):
            continue
        kind = _mark_kind(text, j)
        if (kind is not None and kind[0] in ("close", "either") and not _looks_possessive(text, j)) or (
            _sloppy_close(text, j, double=False)
        ):
            return True
    return False


def _looks_possessive(text: str, i: int) -> bool:
    """``the sides’ economies``: s + mark + space + lower-case letter."""
    prev = text[i - 1] if i > 0 else ""
    after = text[i + 1 : i + 3]
    return prev in "sS" and len(after) == 2 and after[0] == " " and after[1].islower()
