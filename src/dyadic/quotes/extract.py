"""Find direct and reported quotations and attribute them to speakers.

Stages, each a plain function over ``Article.text`` and the parsed ``Doc``:

1. :func:`dyadic.quotes.marks.find_quote_spans` pairs the quotation marks
   (character level; apostrophes never count, paragraphs may continue).
2. :func:`_attribute_direct` reads each span's attribution, in this order:

   * a trailer after the closing mark: a dash and a name
     (``“We are ready.” -Commissioner Ana Ruiz``), or a speech verb within
     :data:`TRAILER_MAX_TOKENS` tokens (``“...,” he said``; ``“...,” said the
     minister``); a trailer is read only when the quotation does not end a
     sentence of its own (it ends with ``,``, ``?``, ``!`` or no punctuation,
     or the next word is lower case);
   * a leader in the same clause before the opening mark, ending in ``,`` or
     ``:`` or right after the verb (``He noted, “...”``; ``The minister said:
     “...”``); a colon without a speech verb takes the clause's subject
     (``Ana Ruiz: “...”``);
   * otherwise, when the quotation stands as sentences of its own, the
     speaker of a quotation in the previous sentence, or failing that the
     previous sentence's subject. Other marked spans (scare quotes, titles)
     are not quotations.

   As in textacy's ``direct_quotations`` (``textacy.extract.triples``) the cue
   is a speech verb outside the quotation, the speaker its nominal subject
   (``nsubj``), climbing ``conj``/``xcomp``/``advcl`` heads ("..., adding"),
   and the speaker span runs from the subject's left edge to its head.
3. :func:`_reported` reads reported speech from the parse: a speech verb whose
   clausal complement (``ccomp``) lies outside every direct quotation ("Raisi
   said (that) Iran had ..."), and "according to X, ..." phrases in sentences
   without a direct quotation.
4. :class:`dyadic.quotes.speakers.SpeakerResolver` resolves each speaker
   span to an actor, in text order.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from dyadic.nlp import sentence_index_of
from dyadic.quotes.lexicon import DASHES, DIRECT_ONLY_VERBS, SPEECH_VERBS
from dyadic.quotes.marks import CURLY_OPEN, QuoteSpan, find_quote_spans
from dyadic.quotes.speakers import SpeakerResolver
from dyadic.records import Article, Mention, Quotation, Speaker

#: A trailing speech verb must come within this many words after the closing mark.
TRAILER_MAX_TOKENS = 6
#: How far (characters) a trailer or leader is searched from its mark.
MAX_ATTRIBUTION_CHARS = 300

DIRECT = "direct"
REPORTED = "reported"

_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Prof|Jr|Sr))\.$")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_CLIMB_DEPS = ("conj", "xcomp", "advcl")
_NOMINAL = ("PRON", "PROPN", "NOUN")
_TRAILER_SUBJECT_POS = ("PRON", "PROPN", "NOUN", "DET", "ADJ", "ADV", "NUM", "PART")


@dataclass
class _Subject:
    head: Token
    start: int
    end: int


@dataclass
class _Candidate:
    """A quotation before its speaker is resolved (offsets into ``Article.text``)."""

    start: int
    end: int
    kind: str
    cue: str | None
    subject: _Subject | None
    inherit: bool = False  # speaker from the previous sentence
    open_mark: int = -1
    close_mark: int = -1


def quotation_id(article_id: str, start: int, end: int) -> str:
    """Stable quotation id: ``q:`` + 16 hex chars of SHA-1(article id, start, end)."""
    key = f"{article_id}\x1f{start}\x1f{end}".encode()
    return "q:" + hashlib.sha1(key).hexdigest()[:16]


def extract_quotations(doc: Doc, article: Article, mentions: list[Mention]) -> list[Quotation]:
    """Direct and reported quotations of an article, with their speakers.

    Args:
        doc: ``article.text`` parsed by a spaCy pipeline with a dependency
            parser (sentences, ``dep_``, ``lemma_``, ``pos_``).
        article: The article; every offset is into ``article.text``.
        mentions: Its actor mentions (from :mod:`dyadic.actors`); only their
            character offsets, text and actor are used.

    Returns:
        Quotations in text order. ``start``/``end`` are character offsets of
        the quoted content into ``article.text`` (marks, surrounding spaces
        and a trailing comma excluded) and ``text == article.text[start:end]``
        (for a quotation over several paragraphs this keeps the inner
        paragraphs' opening marks). ``kind`` is ``direct`` (inside quotation
        marks) or ``reported``; ``cue`` the speech verb as written ("said",
        "pointed out"), "according to", or None (dash trailer, colon without
        verb, speaker carried over from the previous sentence). ``speaker`` is
        None when nobody can be found (e.g. a pronoun without antecedent).

    Raises:
        ValueError: ``doc.text`` is not ``article.text``, or ``doc`` has no
            dependency parse.
    """
    text = article.text
    if doc.text != text:
        raise ValueError("doc.text is not article.text: parse the article's own text")
    if len(doc) and not doc.has_annotation("DEP"):
        raise ValueError("doc has no dependency parse: quotations need a parser in the pipeline")

    spans = find_quote_spans(text)
    candidates: list[_Candidate] = []
    used_cues: set[int] = set()
    previous_close = -1
    for span in spans:
        cand, cue_tok = _attribute_direct(doc, text, span, floor=previous_close + 1)
        previous_close = span.close_mark
        if cand is None:
            continue
        candidates.append(cand)
        if cue_tok is not None:
            used_cues.add(cue_tok.i)
    quoted = [(c.open_mark, c.close_mark + 1) for c in candidates]
    candidates.extend(_reported(doc, text, quoted, used_cues))
    candidates.sort(key=lambda c: c.start)

    resolver = SpeakerResolver(doc, mentions, [(c.start, c.end) for c in candidates if c.kind == DIRECT])
    quotations: list[Quotation] = []
    for cand in candidates:
        speaker: Speaker | None = None
        if cand.inherit:
            speaker = _inherited_speaker(doc, text, cand, quotations, resolver)
        elif cand.subject is not None:
            speaker = resolver.resolve(cand.subject.head, cand.subject.start, cand.subject.end)
        first = _tokens_in(doc, cand.start, cand.end)
        sentence = sentence_index_of(doc, first[0]) if first else 0
        quotations.append(
            Quotation(
                quote_id=quotation_id(article.article_id, cand.start, cand.end),
                article_id=article.article_id,
                sentence_index=sentence,
                text=text[cand.start : cand.end],
                start=cand.start,
                end=cand.end,
                kind=cand.kind,
                cue=cand.cue,
                speaker=speaker,
            )
        )
    return quotations


# -- direct quotations ---------------------------------------------------------


def _attribute_direct(
    doc: Doc, text: str, span: QuoteSpan, floor: int
) -> tuple[_Candidate | None, Token | None]:
    """Attribution of one marked span, or (None, None) when it is not a quotation."""

    def make(cue: Token | None, subject: _Subject | None, inherit: bool = False) -> _Candidate:
        return _Candidate(
            span.start, span.end, DIRECT, _cue_text(cue) if cue is not None else None,
            subject, inherit, span.open_mark, span.close_mark,
        )  # fmt: skip

    # 1. Trailer: after the closing mark.
    t_start = span.close_mark + 1
    t_end = _clause_end(text, t_start)
    trailer = text[t_start:t_end]
    stripped = trailer.lstrip()
    if stripped[:1] and stripped[0] in DASHES:
        name_start = t_start + (len(trailer) - len(stripped))
        while name_start < t_end and (text[name_start] in DASHES or text[name_start].isspace()):
            name_start += 1
        name_end = name_start
        while name_end < t_end and text[name_end] not in ",;(":
            name_end += 1
        while name_end > name_start and not text[name_end - 1].isalnum():
            name_end -= 1
        toks = _tokens_in(doc, name_start, name_end)
        if toks:
            return make(None, _Subject(toks[-1], name_start, name_end)), None
    if _trailer_allowed(text, span, stripped):
        # Only the speaker's noun phrase may stand between the mark and the verb.
        for tok in _tokens_in(doc, t_start, t_end)[: TRAILER_MAX_TOKENS + 1]:
            if _is_speech_verb(tok):
                return make(tok, _subject_of(tok, t_start, t_end)), tok
            if not (tok.is_punct or tok.pos_ in _TRAILER_SUBJECT_POS):
                break

    # 2. Leader: the clause before the opening mark.
    l_start = _clause_start(text, span.open_mark, floor)
    leader = text[l_start : span.open_mark].rstrip()
    if leader:
        words = [t for t in _tokens_in(doc, l_start, span.open_mark) if not t.is_punct]
        ends_with_verb = bool(words) and (
            _is_speech_verb(words[-1])
            or (len(words) > 1 and words[-1].lower_ == "that" and _is_speech_verb(words[-2]))
        )
        if leader.endswith((",", ":")) or ends_with_verb:
            for tok in reversed(words):
                if _is_speech_verb(tok):
                    return make(tok, _subject_of(tok, l_start, span.open_mark)), tok
        if leader.endswith(":"):
            return make(None, _clause_subject(words, l_start, span.open_mark)), None

    # 3. A quotation standing as sentences of its own takes the previous speaker.
    if _stands_alone(text, span, leader):
        return make(None, None, inherit=True), None
    return None, None


def _trailer_allowed(text: str, span: QuoteSpan, trailer: str) -> bool:
    """Whether words after the closing mark may attribute the quotation."""
    if not trailer:
        return False
    last = text[span.close_mark - 1 : span.close_mark]
    if last.isspace():
        last = text[span.end - 1 : span.end]
    if last == ".":
        return trailer[:1].islower()
    return True


def _stands_alone(text: str, span: QuoteSpan, leader: str) -> bool:
    """A quotation that is whole sentences: nothing before it in its clause,
    starts with a capital, ends with sentence punctuation, at least 3 words."""
    if leader:
        return False
    content = text[span.start : span.end]
    return (
        content[:1].isupper()
        and text[span.close_mark - 1 : span.close_mark] in (".", "?", "!")
        and len(content.split()) >= 3
    )


def _is_speech_verb(tok: Token) -> bool:
    return tok.lemma_.lower() in SPEECH_VERBS and (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"))


def _cue_text(tok: Token) -> str:
    particles = [c for c in tok.children if c.dep_ == "prt" and c.i == tok.i + 1]
    if particles:
        return tok.doc[tok.i : particles[0].i + 1].text
    return tok.text


def _subject_of(verb: Token, lo: int, hi: int) -> _Subject | None:
    """The speech verb's subject span inside ``[lo, hi)`` (characters)."""
    tok: Token | None = verb
    for _ in range(4):
        assert tok is not None
        subjects = [c for c in tok.children if c.dep_ in _SUBJECT_DEPS and lo <= c.idx < hi]
        if subjects:
            return _subject_span(subjects[0], lo)
        if tok.dep_ in _CLIMB_DEPS and tok.head is not tok:
            tok = tok.head
            continue
        break
    # Parser missed the subject: the noun phrase right after the verb ("said
    # the minister") or the nominal right before it ("Ruiz said").
    run: list[Token] = []
    for t in verb.doc[verb.i + 1 : verb.i + 6]:
        if t.idx >= hi or t.pos_ not in ("DET", "ADJ", "PROPN", "NOUN", "PRON"):
            break
        run.append(t)
    nominal = [t for t in run if t.pos_ in _NOMINAL]
    if nominal:
        return _Subject(nominal[-1], run[0].idx, nominal[-1].idx + len(nominal[-1].text))
    if verb.i > 0:
        prev = verb.doc[verb.i - 1]
        if prev.idx >= lo and prev.pos_ in _NOMINAL:
            return _subject_span(prev, lo)
    return None


def _subject_span(head: Token, lo: int) -> _Subject:
    """From the head's left edge (not before ``lo``) to the head itself."""
    first = head.left_edge
    for tok in head.doc[head.left_edge.i : head.i + 1]:
        if tok.idx >= lo and not tok.is_punct and not tok.is_space:
            first = tok
            break
    else:
        first = head
    return _Subject(head, first.idx, head.idx + len(head.text))


def _clause_subject(words: list[Token], lo: int, hi: int) -> _Subject | None:
    """Subject of a colon-introduced clause without a speech verb ("Ana Ruiz: ...")."""
    for tok in words:
        if tok.dep_ in _SUBJECT_DEPS and lo <= tok.head.idx < hi:
            return _subject_span(tok, lo)
    nominals = [t for t in words if t.pos_ in _NOMINAL]
    if nominals and len(words) <= 6:
        return _Subject(nominals[-1], words[0].idx, nominals[-1].idx + len(nominals[-1].text))
    return None


def _inherited_speaker(
    doc: Doc, text: str, cand: _Candidate, done: list[Quotation], resolver: SpeakerResolver
) -> Speaker | None:
    """Speaker of a cue-less quotation: the previous sentence's quotation speaker or subject."""
    cur_start = _clause_start(text, cand.open_mark, 0)
    prev_end = cur_start
    while prev_end > 0 and (text[prev_end - 1].isspace() or text[prev_end - 1] in ".!?"):
        prev_end -= 1
    if prev_end == 0:
        return None
    prev_start = _clause_start(text, prev_end, 0)
    for q in reversed(done):
        if q.speaker is not None and prev_start <= q.end + 2 and q.start < cur_start:
            return q.speaker
    toks = _tokens_in(doc, prev_start, prev_end)
    if not toks:
        return None
    sent = toks[-1].sent
    for root in [sent.root] + [t for t in sent if t.pos_ in ("VERB", "AUX")]:
        subjects = [c for c in root.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            subj = _subject_span(subjects[0], sent.start_char)
            return resolver.resolve(subj.head, subj.start, subj.end)
    return None


# -- reported speech -----------------------------------------------------------


def _reported(doc: Doc, text: str, quoted: list[tuple[int, int]], used_cues: set[int]) -> list[_Candidate]:
    """Reported speech outside the direct quotations ``quoted`` (mark-to-mark ranges)."""

    def inside_quote(start: int, end: int) -> bool:
        return any(start < q_end and q_start < end for q_start, q_end in quoted)

    found: list[_Candidate] = []
    for tok in doc:
        if tok.i in used_cues or inside_quote(tok.idx, tok.idx + len(tok)):
            continue
        lemma = tok.lemma_.lower()
        if lemma in SPEECH_VERBS and lemma not in DIRECT_ONLY_VERBS and _is_speech_verb(tok):
            for comp in (c for c in tok.children if c.dep_ == "ccomp"):
                content = _trim(list(comp.subtree))
                if len(content) < 2:
                    continue
                start, end = content[0].idx, content[-1].idx + len(content[-1].text)
                if inside_quote(start, end):
                    continue
                sent = tok.sent
                found.append(
                    _Candidate(
                        start, end, REPORTED, _cue_text(tok), _subject_of(tok, sent.start_char, sent.end_char)
                    )
                )
                break
        elif tok.lower_ == "according":
            cand = _according_to(tok, inside_quote)
            if cand is not None:
                found.append(cand)
    return found


def _according_to(tok: Token, inside_quote: Callable[[int, int], bool]) -> _Candidate | None:
    """ "According to the ministry, X." / "X, according to the ministry." """
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if pobj is None:
        return None
    sent: Span = tok.sent
    if inside_quote(sent.start_char, sent.end_char):
        return None
    phrase = list(tok.subtree)
    before = _trim(list(sent.doc[sent.start : phrase[0].i]))
    after = _trim(list(sent.doc[phrase[-1].i + 1 : sent.end]))
    content = after if len(before) < 2 else before
    if len(content) < 2:
        return None
    start, end = content[0].idx, content[-1].idx + len(content[-1].text)
    return _Candidate(start, end, REPORTED, "according to", _subject_span(pobj, sent.start_char))


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop leading complementisers ("that") and punctuation at both ends."""
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].dep_ == "mark"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    return tokens


# -- character helpers ------------------------------------------------------------


def _tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens lying wholly inside ``[start, end)`` (characters)."""
    span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
    if span is None:
        return []
    return [t for t in span if t.idx >= start and t.idx + len(t.text) <= end and not t.is_space]


def _is_terminator(text: str, i: int) -> bool:
    """``text[i]`` ends a sentence: . ! ? before whitespace, not an abbreviation."""
    after = text[i + 1 : i + 2]
    if text[i] not in ".!?" or not (after == "" or after.isspace()):
        return False
    return text[i] != "." or not _ABBREVIATION.search(text[max(0, i - 6) : i + 1])


def _clause_start(text: str, pos: int, floor: int) -> int:
    """Start of the sentence holding ``pos``, searching back no further than ``floor``."""
    i = pos - 1
    lo = max(floor, pos - MAX_ATTRIBUTION_CHARS)
    while i >= lo:
        if text[i] == "\n" or _is_terminator(text, i):
            return i + 1
        i -= 1
    return max(lo, 0)


def _clause_end(text: str, pos: int) -> int:
    """End of the words after a closing mark: a sentence end, a newline or an opening mark."""
    hi = min(len(text), pos + MAX_ATTRIBUTION_CHARS)
    for i in range(pos, hi):
        ch = text[i]
        if ch == "\n" or ch in CURLY_OPEN or _is_terminator(text, i):
            return i
        if ch == '"' and (i == 0 or text[i - 1].isspace()):
            return i
    return hi
