"""Find direct and reported quotations and attribute them to speakers.

Stages, each a plain function over ``Article.text`` and the parsed ``Doc``
(the constructions are those of the gold guidelines, ``eval/gold/GUIDELINES.md``
section 5 and hard case 24; each has a test in ``tests/quotes/test_constructions.py``):

1. :func:`dyadic.quotes.marks.find_quote_spans` pairs the quotation marks
   (character level; apostrophes and elisions never count; a quotation may run
   over several paragraphs).
2. :func:`_attribute_direct` drops marked spans that are not quotations (under
   :data:`MIN_QUOTATION_WORDS` words, titles, names, slogans, headings, cited
   headlines: :func:`_looks_like_a_name`) and reads the others' attribution, in
   this order:

   * a trailer after the closing mark: a dash and a name
     (``“We are ready.” -Commissioner Ana Ruiz``), or a speech verb after at most
     :data:`TRAILER_MAX_TOKENS` words, or :data:`TRAILER_MAX_APPOSITION_TOKENS`
     with an apposition (``“...,” he said``; ``“...,” said the minister``;
     ``“...,” Ana Ruiz, the port director, told reporters``); a trailer is read
     only when the quotation does not end a sentence of its own (it ends with
     ``,``, ``?``, ``!`` or no punctuation, or the next word is lower case);
   * a leader in the same clause before the opening mark, ending in ``,`` or
     ``:`` or right after the verb (``He noted, “...”``; ``The minister said:
     “...”``; ``“A,” she said, “B.”`` shares the tag), or a paragraph that ends
     with a colon (``And from the chairwoman:``); a colon without a speech verb
     takes the clause's subject (``Ana Ruiz: “...”``);
   * a quotation standing as sentences of its own takes the speaker of a
     quotation in the previous sentence, or failing that the previous
     sentence's subject;
   * a partial quotation inside a sentence takes the subject of the verb that
     governs it, or of a speech verb above it (:func:`_governing_subject`).

   As in textacy's ``direct_quotations`` (``textacy.extract.triples``) the cue
   is a speech verb outside the quotation, the speaker its nominal subject
   (``nsubj``), climbing ``conj``/``xcomp``/``advcl`` heads ("..., adding"); a
   relative pronoun gives its antecedent and a statement noun its issuer
   (:func:`_subject_of`), also after a participle ("a survey issued by the
   institute") and for a noun the lemmatiser changes ("data", lemma "datum").
   The speaker span runs from the subject's left edge to its head, with a
   coordinated subject or an appositive name after it (set off by a comma,
   "Another driver, Ana Ruiz", or not, "host nation Portugal"); a
   description and a name the parser reads as two subjects of one verb are one
   speaker headed by the name ("Early critic MP Ana Ruiz said"). Without a
   parsed subject, the words before the verb are taken back to a comma; a name
   right before the verb keeps only what follows the last comma ("... Spain and
   Portugal, Tejo chief Ana Ruiz replied"), a title there gives way to the name
   before it ("Ana Ruiz, the port director, told").
3. Quotations without marks: interview turns after speaker labels
   (:func:`_labelled_turns`) and block quotations after a paragraph that ends
   with a colon (:func:`_block_quotations`).
4. :func:`_reported` reads reported speech from the parse: a speech verb whose
   clausal complement (``ccomp``) lies outside the direct quotations or holds
   one whole ("Raisi said (that) Iran had ..."), a tag inside its clause ("The
   port, she said, will ..."), "according to X" phrases, and "that"-clauses of
   speech nouns ("expressed hope that ...").
5. :class:`dyadic.quotes.speakers.SpeakerResolver` resolves each speaker
   span to an actor, in text order.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass, replace

import numpy
from spacy.attrs import IDX, IS_SPACE, LEMMA, LENGTH, LOWER, SPACY
from spacy.tokens import Doc, Span, Token

from dyadic.nlp import doc_text, sentence_index_of
from dyadic.quotes.lexicon import (
    DASHES,
    DESCRIBING_VERBS,
    DIRECT_ONLY_VERBS,
    FINDING_VERBS,
    NAMING_CUES,
    NOT_LABELS,
    PERSON_PRONOUNS,
    PERSON_TITLES,
    SIGN_NOUNS,
    SPEECH_NOUN_VERBS,
    SPEECH_NOUNS,
    SPEECH_VERBS,
    STATEMENT_NOUNS,
)
from dyadic.quotes.marks import CURLY_OPEN, SINGLE_OPEN, QuoteSpan, find_quote_spans
from dyadic.quotes.speakers import SpeakerResolver
from dyadic.records import Article, Mention, Quotation, Speaker

#: A trailing speech verb must come within this many words after the closing mark.
TRAILER_MAX_TOKENS = 6
#: ... or within this many words when the speaker's name has an apposition.
TRAILER_MAX_APPOSITION_TOKENS = 14
#: How far (characters) a trailer or leader is searched from its mark.
MAX_ATTRIBUTION_CHARS = 300
#: Marked spans shorter than this (words) are quotations only with a speech tag
#: (gold guidelines, section 5: "of at least three words").
MIN_QUOTATION_WORDS = 3

DIRECT = "direct"
REPORTED = "reported"

_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Lt|Col|Sen|Rep|Gov|Prof|Jr|Sr))\.$")
_COMPANY_ABBREVIATION = re.compile(r"\b(?:Inc|Corp|Ltd|Co|Bros|Plc|Pty)\.$")
# words that open a new sentence after a company abbreviation ("... Apple Inc. The company ...")
_SENTENCE_OPENERS = frozenset(
    "the a an it its he she they we i this that these those his her their in on at but and "
    "however meanwhile after before".split()
)
_CITATION_DATE = re.compile(
    r"^\W*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b|\d{1,2} "
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|(?:19|20)\d\d\b)"
)
#: Words before a label's colon, at most (an interview turn, a block quotation's speaker).
MAX_LABEL_WORDS = 8
_LABEL = re.compile(
    r"(?:^|(?<=\n)|(?<=[.?!”\"’)\]] ))[ \t]*"
    r"(?P<label>\(\([^()\n]{1,20}\)\)|[A-Z][\w.’'-]*(?:,? [\w.’'-]+){0,"
    + str(MAX_LABEL_WORDS - 1)
    + r"}|)(?P<colon>[ \t]?:)[ \t]+(?=\S)",
    re.MULTILINE,
)
_WIKINEWS_LABEL = re.compile(
    r"^[ \t]*(?P<label>\(\([^()\n]{1,20}\)\))(?P<colon>[ \t]*:?)[ \t]*(?=\S)", re.MULTILINE
)
_SENTENCE_END = re.compile(r"(?<=[a-z]{2}[.?!]) +")
_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_RELATIVE_TAGS = ("WDT", "WP")
_INDIRECT_QUESTION = ("why", "whether", "whom", "how")
#: Relative pronouns that, as an object or possessor, open a relative clause the parser hung
#: on a speech verb as its complement ("commented on the matter — which the paper noted as
#: unusual —"; "..., whose vehicle was used"): not a reported claim. As a subject they open
#: one ("which they have said was due to ..." reports "was due to ...").
_RELATIVE_WORDS = ("which", "whose")
_LISTING_VERBS = frozenset({"include", "comprise", "contain", "feature", "involve", "follow"})
_ANNOUNCING_VERBS = frozenset({"announce", "unveil", "reveal", "disclose", "report", "confirm", "publish"})
_FACT_NOUNS = frozenset({"fact", "finding", "discovery", "result", "news", "incident", "case", "outbreak"})
_CAUSATIVE_VERBS = frozenset({"lead", "prompt", "force", "cause", "push", "drive", "compel", "spur"})
_PARTITIVES = ("part", "parts", "much", "most", "some", "portions", "portion")
_CLIMB_DEPS = ("conj", "xcomp", "advcl")
#: Prepositions that say whose or where a group subject is ("members of", "a source within").
_GROUP_PREPS = ("of", "from", "within", "in", "at")
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
        marks, an interview turn or a block quotation) or ``reported``; ``cue``
        the speech verb as written ("said", "pointed out"), "according to",
        verb and speech noun ("expressed hope"), or None (dash trailer, colon
        without verb, speaker label, partial quotation governed by a verb that
        is not a speech verb, speaker carried over from the previous
        sentence). ``speaker`` is None when nobody can be found (e.g. a
        pronoun without antecedent).

    Raises:
        ValueError: ``doc.text`` is not ``article.text``, or ``doc`` has no
            dependency parse.
    """
    text = article.text
    if doc_text(doc) != text:
        raise ValueError("doc.text is not article.text: parse the article's own text")
    if len(doc) and not doc.has_annotation("DEP"):
        raise ValueError("doc has no dependency parse: quotations need a parser in the pipeline")

    spans = find_quote_spans(text)
    marks = [(s.open_mark, s.close_mark + 1) for s in spans]
    candidates: list[_Candidate] = []
    used_cues: set[int] = set()
    previous_close = -1
    for span in spans:
        cand, cue_tok = _attribute_direct(doc, text, span, floor=previous_close + 1, marks=marks)
        previous_close = span.close_mark
        if cand is None:
            continue
        candidates.append(cand)
        if cue_tok is not None:
            used_cues.add(cue_tok.i)
    candidates.extend(_nested_speech(doc, text, [c for c in candidates if c.kind == DIRECT], marks))
    marked = [(c.open_mark, c.close_mark + 1) for c in candidates]
    turns = _labelled_turns(doc, text, marked)
    candidates.extend(turns)
    candidates.extend(_block_quotations(doc, text, [(c.open_mark, c.close_mark + 1) for c in candidates]))
    quoted = [(c.open_mark, c.close_mark + 1) for c in candidates]
    candidates.extend(_reported(doc, text, quoted, used_cues, marks))
    candidates.extend(_reported_in_turns(doc, text, turns, candidates, used_cues, marks))
    candidates.sort(key=lambda c: c.start)

    resolver = SpeakerResolver(doc, mentions, [(c.start, c.end) for c in candidates if c.kind == DIRECT])
    quotations: list[Quotation] = []
    for cand in candidates:
        speaker: Speaker | None = None
        if cand.inherit:
            speaker = _inherited_speaker(doc, text, cand, quotations, resolver)
        elif cand.subject is not None:
            speaker = resolver.resolve(cand.subject.head, cand.subject.start, cand.subject.end)
        if cand.kind == DIRECT and cand.cue is None:
            speaker = _enclosing_speaker(cand, quotations, speaker)
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


def _reported_in_turns(
    doc: Doc,
    text: str,
    turns: list[_Candidate],
    found: list[_Candidate],
    used_cues: set[int],
    marks: list[tuple[int, int]],
) -> list[_Candidate]:
    """Reported speech of a third party inside interview answers ("Armitage: ... Lai said,
    we are open for dialogue ..."): each a quotation of its own (gold guidelines, hard case
    24), with a named or described subject, not the interviewee's own "I said"."""
    if not turns:
        return []
    others = [(c.open_mark, c.close_mark + 1) for c in found if c not in turns and c.kind == DIRECT]
    inner: list[_Candidate] = []
    for cand in _reported(doc, text, others, used_cues, marks):
        if not any(t.start <= cand.start and cand.end <= t.end for t in turns):
            continue
        if cand.subject is None or cand.subject.head.pos_ == "PRON":
            continue  # "I said", "we told them": the interviewee's own words
        inner.append(cand)
    return inner


def _enclosing_speaker(cand: _Candidate, earlier: list[Quotation], own: Speaker | None) -> Speaker | None:
    """The speaker of a partial quotation with no speech verb of its own that lies inside a
    reported quotation ("... the website says" around "... for medical “examinations and
    treatments” ..."): the reported quotation's speaker (gold guidelines, hard case 24); else
    ``own``."""
    for q in reversed(earlier):
        if q.kind == REPORTED and q.cue and q.speaker and q.start <= cand.start and cand.end <= q.end:
            return q.speaker
    return own


# -- direct quotations ---------------------------------------------------------


def _attribute_direct(
    doc: Doc, text: str, span: QuoteSpan, floor: int, marks: list[tuple[int, int]]
) -> tuple[_Candidate | None, Token | None]:
    """Attribution of one marked span, or (None, None) when it is not a quotation."""

    def make(cue: Token | None, subject: _Subject | None, inherit: bool = False) -> _Candidate:
        return _Candidate(
            span.start, span.end, DIRECT, _cue_text(cue) if cue is not None else None,
            subject, inherit, span.open_mark, span.close_mark,
        )  # fmt: skip

    if len(text[span.start : span.end].split()) < MIN_QUOTATION_WORDS or _looks_like_a_name(doc, text, span):
        return None, None

    # 1. Trailer: after the closing mark, or at the start of the next line when
    # that line goes on in lower case (texts printed one sentence a line).
    t_start = span.close_mark + 1
    t_end = _clause_end(text, t_start)
    if not text[t_start:t_end].strip() and text[t_end : t_end + 1] == "\n":
        next_line = text[t_end + 1 : t_end + 2]
        if next_line.islower():
            t_start, t_end = t_end + 1, _clause_end(text, t_end + 1)
    trailer = text[t_start:t_end]
    stripped = trailer.lstrip()
    if stripped[:1] and stripped[0] in DASHES:
        name_start = t_start + (len(trailer) - len(stripped))
        while name_start < t_end and (text[name_start] in DASHES or text[name_start].isspace()):
            name_start += 1
        name_end = name_start
        while name_end < t_end and text[name_end] not in ",;(" and text[name_end] not in DASHES:
            name_end += 1
        while name_end > name_start and not text[name_end - 1].isalnum():
            name_end -= 1
        toks = _tokens_in(doc, name_start, name_end)
        if _CITATION_DATE.search(text[name_end:t_end]) or (stripped.rstrip().endswith(")") and not toks):
            return None, None  # "Headline" — Outlet, August 15, 2008: a source, not a quotation
        if toks and toks[0].lower_ == "as":  # "“...” — as the court put it — ...": the court
            verb = next((t for t in toks if t.pos_ == "VERB"), None)
            doer = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
            return make(None, _subject_span(doer, name_start) if doer is not None else None), None
        if toks:
            return make(None, _Subject(toks[-1], name_start, name_end)), None
    inner_cue, inner = _inner_reporter(doc, span)
    comma = text[span.close_mark - 1 : span.close_mark] == "," or stripped.startswith(",")
    if comma and stripped.lstrip(", ").startswith("according to "):  # "“...,” according to Ana Ruiz."
        source = _according_source([t for t in _tokens_in(doc, t_start, t_end) if not t.is_punct])
        if source is not None:
            describer = _describer(doc, span) if inner is None else None
            if describer is not None:  # "Ruiz called the plan a “...,” according to the paper": Ruiz
                return make(None, describer), None
            return (make(inner_cue, inner), inner_cue) if inner is not None else (make(None, source), None)
    per_source = _per_source(doc, t_start, t_end) if stripped.lstrip(", ").startswith("per ") else None
    if per_source is not None:  # "“...” per the agency's guidelines": the agency
        return make(None, per_source), None
    trailer_cue: Token | None = None
    if _trailer_allowed(text, span, stripped) and not _new_sentence_after(doc, text, span, t_start, t_end):
        # Only the speaker's noun phrase may stand between the mark and the
        # verb, with an apposition set off by commas ("Catherine Russell,
        # UNICEF's executive director, told ...") or a long title of proper
        # nouns ("U.N. Resident Coordinator for Myanmar Ana Ruiz said").
        words = 0
        apposition = False
        naming = True
        for tok in _tokens_in(doc, t_start, t_end):
            if _is_speech_verb(tok) and _reports_own_clause(tok, marks):
                break  # "“...?” Ruiz said the port would reopen": Ruiz reports the clause
            if _is_speech_verb(tok):
                trailer_subject = _subject_of(tok, t_start, t_end)
                if trailer_subject is not None and inner is not None:
                    # "Ruiz told them the port was “...”, the paper says": Ruiz
                    return make(inner_cue, inner), inner_cue
                if trailer_subject is not None:
                    named = _named_colon_leader(doc, text, span, floor, marks, trailer_subject)
                    if named is not None:  # 'Ruiz agreed: "...", she said': Ruiz, not a "she" before
                        return make(named[0], named[1]), named[0]
                    return make(tok, trailer_subject), tok
                trailer_cue = tok  # "..., adding, “...”": the leader may name the speaker
                break
            apposition = apposition or (tok.text == "," and words > 0)
            naming = naming and (tok.pos_ == "PROPN" or (words > 0 and tok.lower_ in ("of", "for")))
            words += not tok.is_punct
            if words > (TRAILER_MAX_APPOSITION_TOKENS if apposition or naming else TRAILER_MAX_TOKENS):
                break
            if not (
                tok.is_punct
                or tok.pos_ in _TRAILER_SUBJECT_POS
                or ((apposition or naming) and tok.pos_ == "ADP")
            ):
                break

    # 2. Leader: the clause before the opening mark, or a paragraph before
    # that ends with a colon ("And from the chairwoman:").
    l_start = _clause_start(text, span.open_mark, floor)
    leader = text[l_start : span.open_mark].rstrip()
    l_end = span.open_mark
    if not leader and floor <= (colon := _colon_paragraph_before(text, span.open_mark)):
        l_start, l_end = _clause_start(text, colon, floor), colon + 1
        leader = text[l_start:l_end]
    if leader:
        found, cue_tok, subject = _leader_attribution(doc, text, l_start, l_end, marks)
        if found:
            return make(cue_tok, subject), cue_tok
    if trailer_cue is not None:
        subject = _subject_of(trailer_cue, trailer_cue.sent.start_char, t_end, outside=marks)
        return make(trailer_cue, subject), trailer_cue

    # 3. A quotation standing as sentences of its own takes the previous speaker, also
    # after a bare connective ("But “...”", "And yet, “...”").
    if _connective_only(doc, l_start, span.open_mark):
        leader = ""
    if _stands_alone(text, span, leader):
        return make(None, None, inherit=True), None
    # 4. A partial quotation inside a sentence ("Ruiz called the plan “a reckless
    # gamble for the port”") speaks for the subject of the verb that governs it.
    cue, subject = _governing_subject(doc, span, marks)
    if cue is None:  # "According to X, the movement was able to “...”": X, not the movement
        subject = _according_before(doc, span) or subject
    # "Ruiz said he was “humbled” by the result and “...”": joined to the clause before, whose
    # speaker goes on (the parser may start a new sentence at the mark)
    joined = leader.split()[-1:] in (["and"], ["but"])
    return make(cue, subject, inherit=subject is None and (not leader or joined)), None


def _named_colon_leader(
    doc: Doc, text: str, span: QuoteSpan, floor: int, marks: list[tuple[int, int]], trailer: _Subject
) -> tuple[Token | None, _Subject] | None:
    """The speech verb and subject of a leader ending with a colon, in the quotation's own
    sentence, when the trailer's subject is only a pronoun ("Ruiz agreed: “...”, he said"):
    the leader names whom the pronoun means. None otherwise."""
    if trailer.head.lower_ not in ("he", "she"):
        return None
    l_start = _clause_start(text, span.open_mark, floor)
    if not text[l_start : span.open_mark].rstrip().endswith(":"):
        return None
    found, cue, subject = _leader_attribution(doc, text, l_start, span.open_mark, marks)
    if not found or subject is None or subject.head.pos_ != "PROPN":
        return None
    return cue, subject


def _nested_speech(
    doc: Doc, text: str, outer: list[_Candidate], marks: list[tuple[int, int]]
) -> list[_Candidate]:
    """Speech that a direct quotation quotes in single marks after a speech verb of its own
    ('“I offered to resign and the president said, ‘Let's talk about it tomorrow.’”'): a
    quotation of its own, spoken by that verb's subject (the president), not by the one who
    quotes it."""
    found: list[_Candidate] = []
    for cand in outer:
        if cand.open_mark < 0 or text[cand.open_mark] not in '"“':
            continue
        content = text[cand.start : cand.end]
        if "'" not in content and "‘" not in content:
            continue
        for inner in find_quote_spans(content):
            if inner.double:
                continue
            span = replace(
                inner, open_mark=inner.open_mark + cand.start, close_mark=inner.close_mark + cand.start,
                start=inner.start + cand.start, end=inner.end + cand.start,
            )  # fmt: skip
            if len(text[span.start : span.end].split()) < MIN_QUOTATION_WORDS:
                continue
            l_start = _clause_start(text, span.open_mark, cand.start)
            attributed, cue, subject = _leader_attribution(doc, text, l_start, span.open_mark, marks)
            if attributed and cue is not None and subject is not None and subject.start >= cand.start:
                if _attempted_only(cue):
                    continue  # "The other one tries to answer these questions: ‘...’": no one speaks
                found.append(
                    _Candidate(
                        span.start, span.end, DIRECT, _cue_text(cue), subject, False,
                        span.open_mark, span.close_mark,
                    )
                )  # fmt: skip
    return found


def _attempted_only(verb: Token) -> bool:
    """Whether a speech verb is an infinitive under a verb that does not speak ("tries to
    answer", "wants to ask"): the words are not said by anyone there."""
    infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return infinitive and verb.dep_ == "xcomp" and not _is_speech_verb(verb.head)


def _describer(doc: Doc, span: QuoteSpan) -> _Subject | None:
    """The subject, before the mark, of a verb of calling or judging (:data:`DESCRIBING_VERBS`)
    that governs a partial quotation ("Ruiz called the plan a “reckless gamble”": Ruiz); else None."""
    toks = _tokens_in(doc, span.start, span.end)
    inside = {t.i for t in toks}
    root = next((t for t in toks if t.head.i not in inside), None)
    if root is None or root.head.lemma_.lower() not in DESCRIBING_VERBS:
        return None
    verb = root.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
    return _subject_span(subject, verb.sent.start_char) if subject is not None else None


def _inner_reporter(doc: Doc, span: QuoteSpan) -> tuple[Token | None, _Subject | None]:
    """The speech verb before a partial quotation that governs it, with its subject, in the
    quotation's sentence ("Ana Ruiz told the forum that the port was a “preferred hub”, the
    review says": Ana Ruiz, whom the review reports), else (None, None)."""
    cue, subject = _governing_subject(doc, span)
    if cue is None or subject is None or cue.idx >= span.open_mark or subject.start >= span.open_mark:
        return None, None
    if cue.sent.start_char > subject.start or cue.lemma_.lower() in DIRECT_ONLY_VERBS:
        return None, None
    toks = _tokens_in(doc, span.start, span.end)
    clauses = [c for c in cue.children if c.dep_ == "ccomp" and c.i > cue.i]
    if not toks or not any(c.left_edge.i <= toks[0].i <= c.right_edge.i for c in clauses):
        return None, None  # the quotation is not inside the verb's reported clause
    return cue, subject


def _according_before(doc: Doc, span: QuoteSpan) -> _Subject | None:
    """The source of an "according to X" phrase earlier in the sentence of the opening mark
    (character offset ``span.open_mark``), else None."""
    toks = _tokens_in(doc, span.open_mark, span.open_mark + 1)
    if not toks:
        return None
    sent = toks[0].sent
    words = [t for t in sent if t.idx < span.open_mark and not t.is_punct]
    return _according_source(words)


def _leader_attribution(
    doc: Doc, text: str, l_start: int, l_end: int, marks: list[tuple[int, int]]
) -> tuple[bool, Token | None, _Subject | None]:
    """Attribution by the words ``text[l_start:l_end]`` before a quotation.

    A leader attributes when it ends with ``,`` or ``:`` or right after a speech
    verb ("He noted, “...”", "The minister said: “...”", "She said that “...”"):
    the speaker is the verb's subject. A colon without a speech verb takes the
    clause's subject ("Ana Ruiz: “...”"; "And from the chairwoman:").

    Returns:
        (whether the leader attributes, the speech verb or None, the subject or None).
    """
    leader = text[l_start:l_end].rstrip()
    words = [t for t in _tokens_in(doc, l_start, l_end) if not t.is_punct]
    ends_with_verb = bool(words) and (
        _is_speech_verb(words[-1])
        or _ends_with_hearer(words)  # 'he told radio host Ana Ruiz “...”'
        or (len(words) > 1 and words[-1].lower_ == "that" and _is_speech_verb(words[-2]))
        or (len(words) > 1 and _gerund_of_speech(words[-1], words[-2]))  # "Ruiz recalls thinking “...”"
    )
    source = _according_source(words) if leader.endswith((",", ":")) else None
    dashed = leader.endswith(("—", "–")) and leader[:-1].endswith(" ")  # "X commented on it — “...”"
    aside = max(leader.rfind(" — ", 0, len(leader) - 2), leader.rfind(" – ", 0, len(leader) - 2))
    if dashed and aside >= 0:  # "X commented — which the paper noted as rare — “...”": not the aside's verb
        words = [t for t in words if t.idx < l_start + aside]
    if leader.endswith((",", ":")) or ends_with_verb or dashed:
        for tok in reversed(words):
            if _is_speech_verb(tok) and not _discourse_said(tok):  # not "That said, ..."
                subject = (
                    _subject_of(tok, l_start, l_end)
                    # "Duda called it “crushing” and wrote “...”": the subject is before the first quotation
                    or _subject_of(tok, tok.sent.start_char, l_end, outside=marks)
                    # "While noting “...”, Ruiz warned ...": a fronted participle's subject comes after
                    or (
                        _subject_of(tok, tok.sent.start_char, tok.sent.end_char, outside=marks)
                        if tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.i < tok.head.i
                        else None
                    )
                )
                if subject is None and source is not None:
                    break
                return True, tok, subject
    if source is not None:  # "According to the agency, “...”"
        return True, None, source
    if leader.endswith(":"):
        return True, None, _clause_subject(words, l_start, l_end)
    return False, None, None


_TELLING_VERBS = frozenset({"tell", "ask", "assure", "remind", "warn", "inform", "promise"})


def _ends_with_hearer(words: list[Token]) -> bool:
    """Whether a leader ends with a verb of telling and its hearer, a noun phrase without a
    verb of its own ("He told the radio host Ana Ruiz “...”"): the verb attributes the quotation."""
    for k in range(len(words) - 2, max(-1, len(words) - 10), -1):
        verb = words[k]
        if verb.lemma_.lower() in _TELLING_VERBS and verb.pos_ == "VERB":
            rest = words[k + 1 :]
            inside = {t.i for t in verb.subtree}
            nominal = all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "PRON", "NUM") for t in rest)
            return nominal and all(t.i in inside for t in rest) and rest[-1].pos_ in ("PROPN", "NOUN", "PRON")
    return False


def _gerund_of_speech(word: Token, before: Token) -> bool:
    """Whether ``word`` is a gerund that a speech verb right before it governs ("Ruiz recalls
    thinking", "she recalled asking"): the words after it are what the verb's subject recalls."""
    return word.tag_ == "VBG" and word.dep_ == "xcomp" and word.head.i == before.i and _is_speech_verb(before)


def _per_source(doc: Doc, start: int, end: int) -> _Subject | None:
    """The source that "per" names right after a closing mark ("“...” per the ministry"): the
    object of "per" when it is a name or a body; else None."""
    toks = [t for t in _tokens_in(doc, start, end) if not t.is_punct]
    if not toks or toks[0].lower_ != "per":
        return None
    pobj = next((c for c in toks[0].children if c.dep_ == "pobj"), None)
    if (
        pobj is None
        or pobj.pos_ not in ("PROPN", "NOUN")
        or pobj.ent_type_ in ("DATE", "TIME", "CARDINAL", "PERCENT", "QUANTITY")
    ):
        return None
    return _subject_span(pobj, toks[0].idx + 4)


def _according_source(words: list[Token]) -> _Subject | None:
    """The source named by "according to X" among a leader's words ("According to the
    agency, “...”"), else None."""
    for tok in words:
        if tok.lower_ != "according":
            continue
        to = next((c for c in tok.children if c.lower_ == "to"), None)
        pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
        if pobj is not None and pobj.pos_ == "NOUN" and (author := _work_author(pobj)) is not None:
            return _subject_span(author, tok.idx)  # "according to a review by the paper": the paper
        if pobj is not None and pobj.pos_ in _NOMINAL:
            return _subject_span(pobj, tok.idx)
    return None


def _work_author(noun: Token) -> Token | None:
    """The maker a common noun names with "by" ("a review by the paper", "figures compiled by
    the agency"): a name or a noun, else None."""
    for prep in noun.children:
        if prep.dep_ == "acl" and prep.tag_ == "VBN":
            prep = next((c for c in prep.children if c.dep_ == "agent"), prep)
        if prep.dep_ in ("prep", "agent") and prep.lower_ == "by":
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("PROPN", "NOUN"):
                return pobj
    return None


def _colon_paragraph_before(text: str, pos: int) -> int:
    """Offset of the colon that ends the paragraph before the one ``pos`` opens, else -1."""
    line_start = text.rfind("\n", 0, pos) + 1
    if text[line_start:pos].strip():
        return -1
    before = text[:line_start].rstrip()
    return len(before) - 1 if before.endswith(":") else -1


def _new_sentence_after(doc: Doc, text: str, span: QuoteSpan, t_start: int, t_end: int) -> bool:
    """Whether a quotation ending in "?" or "!" is followed by a new sentence, not by its tag:
    the next word is capitalised and neither a name nor a pronoun ("“... after the New
    Year?” Earlier this month, the ministry said ..."; but "“Why?” Ana Ruiz asked")."""
    last = text[span.close_mark - 1 : span.close_mark]
    if last.isspace():
        last = text[span.end - 1 : span.end]
    if last not in "?!" or not last:
        return False
    toks = [t for t in _tokens_in(doc, t_start, t_end) if not t.is_space and not t.is_punct]
    return bool(toks) and toks[0].text[:1].isupper() and toks[0].pos_ not in ("PROPN", "PRON")


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


def _connective_only(doc: Doc, start: int, end: int) -> bool:
    """Whether the words in ``[start, end)`` (characters) before an opening mark are only a
    coordinating conjunction or a sentence adverb with punctuation ("But", "And yet,")."""
    toks = _tokens_in(doc, start, end)
    words = [t for t in toks if not t.is_punct]
    return (
        bool(words)
        and len(words) <= 2
        and all(t.pos_ in ("CCONJ", "ADV") for t in words)
        and bool(words[0].is_sent_start)
    )


def _stands_alone(text: str, span: QuoteSpan, leader: str) -> bool:
    """A quotation that is whole sentences: nothing before it in its clause,
    starts with a capital, ends with sentence punctuation (inside or right
    after the closing mark), at least 3 words."""
    if leader:
        return False
    content = text[span.start : span.end]
    last = text[span.close_mark - 1 : span.close_mark]
    if last.isspace():
        last = text[span.end - 1 : span.end]
    after = text[span.close_mark + 1 : span.close_mark + 2]
    return (
        content[:1].isupper()
        and (
            last in (".", "?", "!")
            or (after in (".", "?", "!") and _is_terminator(text, span.close_mark + 1))
        )
        and len(content.split()) >= MIN_QUOTATION_WORDS
    )


def _looks_like_a_name(doc: Doc, text: str, span: QuoteSpan) -> bool:
    """Titles of works, names, slogans and headings in quotation marks, which the
    gold guidelines (section 5) do not count as quotations:

    * title case: every word of four letters or more capitalised ("Law on the
      Protection of Minors", "Meet the Press");
    * introduced as a name ("known as the", "calling itself", "titled", a
      banner "saying" ...; :data:`NAMING_CUES`, :data:`SIGN_NOUNS`);
    * a modifier between a determiner and its noun (the “one country, two
      systems” model);
    * a heading run into the text: no closing punctuation, nothing of its
      sentence before the opening mark, a capitalised word after the closing
      one (... she said. ‘We need to closely monitor’ The rights groups told ...).
    """
    content = text[span.start : span.end]
    long_words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", content) if len(w) >= 4]
    if long_words and all(w[:1].isupper() for w in long_words):
        return True
    before = re.sub(r"\s+", " ", text[max(0, span.open_mark - 60) : span.open_mark].lower())
    before = re.sub(r"(?: (?:the|a|an))?[ ,:]*$", "", before)
    if before.endswith(NAMING_CUES):
        return True
    words = before.split()
    if words and words[-1] in ("saying", "reading", "read", "reads") and SIGN_NOUNS & set(words[-6:]):
        return True
    after_words = _tokens_in(doc, span.close_mark + 1, min(len(text), span.close_mark + 40))
    prev_word = re.search(r"(\w+)\W*$", text[max(0, span.open_mark - 12) : span.open_mark])
    if (
        prev_word is not None
        and prev_word.group(1).lower() in ("the", "a", "an", "its", "their", "his", "her")
        and after_words
        and after_words[0].pos_ == "NOUN"
        and after_words[0].text.islower()
    ):
        return True
    after = text[span.close_mark + 1 : span.close_mark + 3]
    bare = text[: span.close_mark].rstrip()[-1:].isalnum()  # ‘We are very concerned ’ In ...
    return bare and _after_sentence_end(text, span.open_mark) and after[:1] == " " and after[1:2].isupper()


def _after_sentence_end(text: str, pos: int) -> bool:
    """Nothing of a sentence stands before ``pos``: the text before it ends a
    sentence (``.``, ``!``, ``?``, perhaps followed by a closing mark) or a paragraph."""
    before = text[:pos].rstrip(" \t")
    if not before or before.endswith("\n"):
        return True
    before = before.rstrip("\"'”’")
    return before.endswith((".", "!", "?")) and not _ABBREVIATION.search(before[-6:])


def _governing_subject(
    doc: Doc, span: QuoteSpan, marks: list[tuple[int, int]] | None = None
) -> tuple[Token | None, _Subject | None]:
    """The speaker of a partial quotation: the subject of the nearest verb
    above the quoted words, or of a speech verb further up whose clause holds
    them ("Ruiz said the port had become “a dead end for the city”" -> Ruiz);
    a participle without a subject of its own speaks for its clause's subject
    ("The league issued a note saying the ban would “hurt every family”" -> the
    league, not "the ban"). With no speech verb above them, the words belong to the
    subject of the highest clause ("He warned migration brings “public safety problems”",
    "He called for the charge to be dropped so that Ruiz “has full freedom”": he), unless
    the nearest subject's verb calls or judges something by them (:data:`DESCRIBING_VERBS`:
    "conditions that Ruiz described as “inhumane”": Ruiz).

    Returns:
        (the speech verb, when there is one, the subject) or (None, None).
    """
    toks = _tokens_in(doc, span.start, span.end)
    inside = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in inside and t.head.i != t.i]
    if not roots:
        return None, _own_words_subject(toks, inside)
    first: tuple[Token | None, _Subject | None] = (None, None)
    top: tuple[Token | None, _Subject | None] = (None, None)  # the highest clause's subject
    describes = False  # whether ``first`` is the subject of a verb of calling or judging
    tok = roots[0].head
    sent_start = tok.sent.start_char
    for _ in range(12):
        subjects = [
            c
            for c in tok.children
            if c.dep_ in _SUBJECT_DEPS and c.i not in inside and c.tag_ not in ("WDT", "WP")
        ]
        if not subjects and tok.dep_ == "acl" and tok.tag_ == "VBD" and tok.head.pos_ == "PROPN":
            subjects = [tok.head]  # "Ruiz called the plan “...”" parsed as a noun with a relative verb
        subjects = subjects or _participle_names(tok)
        if not subjects and (caused := _caused_doer(tok)):  # "The outcry led Ruiz to express “...”"
            return (tok if _is_speech_verb(tok) else None), _subject_span(caused[0], sent_start)
        if tok.lemma_.lower() in DESCRIBING_VERBS and (doer := _passive_agent(tok)) is not None:
            subjects = [doer]  # "He was described by the union as “...”": the union
        elif subjects and subjects[0].dep_ == "nsubjpass" and _as_phrase_holds(tok, inside):
            # "The phone was praised by Ruiz as “...”": the words are Ruiz's, not the phone's
            subjects = [doer] if (doer := _passive_agent(tok)) is not None else subjects
        if subjects:
            subject = _subject_span(subjects[0], sent_start)
            if _is_speech_verb(tok):
                return tok, subject
            named = _named_by_being(tok, subjects[0])  # "This stage is called “...”": no one
            if first[1] is None and not named:
                first = (None, subject)
                describes = tok.lemma_.lower() in DESCRIBING_VERBS
            top = (None, None) if named else (None, subject)
        elif _is_speech_verb(tok) and tok.tag_ == "VBG":
            # "It issued a statement saying the plan would “...”": the participle's subject
            # (It), not the subject of the reported clause (the plan).
            found = _subject_of(tok, sent_start, tok.sent.end_char, outside=_marks_before(marks, span))
            if found is not None and found.head.i not in inside:
                return tok, found
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return first if describes else top


def _caused_doer(verb: Token) -> list[Token]:
    """The object of a causative verb that an infinitive without a subject of its own hangs
    from ("The outcry led the mayor to admit “...”", "forced him to say"): ``[object]``, the one
    who speaks the infinitive's words; else ``[]``."""
    cause = verb.head
    if verb.dep_ != "xcomp" or verb.tag_ != "VB" or cause.lemma_.lower() not in _CAUSATIVE_VERBS:
        return []
    return [c for c in cause.children if c.dep_ == "dobj" and c.pos_ in _NOMINAL][:1]


def _as_phrase_holds(verb: Token, inside: set[int]) -> bool:
    """Whether an "as" phrase of ``verb`` holds quoted tokens (indexes ``inside``)."""
    return any(
        c.lower_ == "as" and c.dep_ == "prep" and any(t.i in inside for t in c.subtree) for c in verb.children
    )


def _named_by_being(verb: Token, subject: Token) -> bool:
    """Whether a thing is only what a quotation names or describes, with no one saying it: the
    subject of "be" ("The new structure is, “...”") or of a passive verb of calling with no
    "by" ("This stage is called “...”"); not a person or a personal pronoun."""
    if subject.lower_ in PERSON_PRONOUNS or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return False
    if subject.pos_ not in ("NOUN", "PRON") or subject.lower_ in ("i", "we", "they", "you"):
        return False
    if any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in subject.subtree if t.i < subject.i):
        return False  # "The Bush administration proposal would create “...”": its makers'
    if verb.lemma_ == "be":
        return True
    return (
        subject.dep_ == "nsubjpass"
        and verb.lemma_.lower() in DESCRIBING_VERBS
        and _passive_agent(verb) is None
    )


def _own_words_subject(toks: list[Token], inside: set[int]) -> _Subject | None:
    """The person whose own words a partial quotation holding its sentence's main verb
    gives, that verb's subject before the mark ("But she and her family “could not find
    clean water”"): a personal pronoun or a person's name; else None ("The ban “will hurt”"
    quotes someone else about the ban)."""
    root = next((t for t in toks if t.head.i == t.i), None)
    if root is None or root.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in root.children if c.dep_ in _SUBJECT_DEPS and c.i not in inside), None)
    if subject is None or subject.i > toks[0].i:
        return None
    if subject.lower_ in PERSON_PRONOUNS or subject.ent_type_ == "PERSON":
        return _subject_span(subject, subject.sent.start_char)
    return None


def _reports_own_clause(verb: Token, marks: list[tuple[int, int]]) -> bool:
    """Whether a speech verb after a closing mark has a clause of its own after it in the same
    sentence, outside every pair of quotation marks ``marks`` (character ranges) and with its
    own subject ("“...?” Ruiz said the port would reopen"): the verb reports that clause, not
    the quotation before it."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        words = [t for t in clause.subtree if not t.is_punct]
        if not words:
            continue
        between = verb.doc.text[verb.idx : max(words[0].idx, clause.idx)]
        inside = any(m_start <= words[0].idx < m_end for m_start, m_end in marks)
        if "\n" in between or re.search(r"[.?!] +[A-Z]", between):
            continue  # the parser ran the verb into the next sentence
        if (
            len(words) >= MIN_QUOTATION_WORDS
            and not inside
            and any(c.dep_ in _SUBJECT_DEPS for c in clause.children)
        ):
            return True
    return False


def _is_speech_verb(tok: Token) -> bool:
    """A speech verb, also one the tagger took for a noun but the parser gives a subject and a
    clause ("The office and rights groups estimate that ...", :func:`_noun_clause`)."""
    if tok.lemma_.lower() in FINDING_VERBS and tok.pos_ == "VERB":
        return any(c.dep_ == "nsubj" and _is_statement_noun(c) and c.pos_ == "NOUN" for c in tok.children)
    if tok.lemma_.lower() not in SPEECH_VERBS:
        return False
    if tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
        return True
    return _noun_clause(tok) is not None


def _noun_clause(tok: Token) -> Token | None:
    """The clause of a speech verb tagged as a singular noun: with a subject and a clausal
    complement, or without a determiner after a plural noun it compounds with and before a
    clause ("British media report that ...", "as Turkish media report Ankara is ..."); else None."""
    if tok.pos_ != "NOUN" or tok.tag_ != "NN":
        return None
    deps = {c.dep_ for c in tok.children}
    plural_before = any(c.dep_ == "compound" and c.tag_ == "NNS" and c.i == tok.i - 1 for c in tok.children)
    if not ("nsubj" in deps or (plural_before and "det" not in deps)):
        return None
    return next(
        (
            c
            for c in tok.children
            if c.i > tok.i
            and (c.dep_ == "ccomp" or (c.dep_ == "acl" and any(m.lower_ == "that" for m in c.children)))
        ),
        None,
    )


def _cue_text(tok: Token) -> str:
    particles = [c for c in tok.children if c.dep_ == "prt" and c.i == tok.i + 1]
    if particles:
        return tok.doc[tok.i : particles[0].i + 1].text
    return tok.text


def _subject_of(
    verb: Token, lo: int, hi: int, outside: list[tuple[int, int]] | None = None
) -> _Subject | None:
    """The speech verb's subject span inside ``[lo, hi)`` (characters), not
    inside any of the ``outside`` ranges (quotations).

    Climbs ``conj``/``xcomp``/``advcl`` heads ("..., adding"); a relative
    pronoun gives its antecedent ("Alex Greenwich, who said"); a verb that
    describes a statement noun ("a statement saying", "a statement which
    said") speaks for the author named with ``by``/``from`` or for the subject
    of the verb that governs the noun ("It issued a statement saying ...").
    """

    def allowed(tok: Token) -> bool:
        return lo <= tok.idx < hi and not any(q_start <= tok.idx < q_end for q_start, q_end in outside or ())

    quoted_one = _quoted_person(verb)
    if quoted_one is not None and allowed(quoted_one):
        return _subject_span(quoted_one, lo)  # "The BBC quoted Ana Ruiz as saying ...": Ana Ruiz
    if verb.tag_ == "VBG" and not any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
        # A participle ("..., adding", "..., stating that"): the subject of the
        # sentence's main clause, above any reported clause it hangs from.
        chain = [verb]
        while chain[-1].head.i != chain[-1].i and len(chain) < 12:
            chain.append(chain[-1].head)
        if outside and any(_quoted(head, outside) for head in chain[1:]):
            # hung on a verb inside the quotation before it ("“We will ...,” Ruiz said, adding
            # that ..."): the subject of the speech verb before it, outside the quotation
            earlier = _earlier_speech_subject(verb, lo, outside)
            if earlier is not None and allowed(earlier):
                return _subject_span(earlier, lo)
        for head in reversed(chain[1:]):
            subjects = [c for c in head.children if c.dep_ in _SUBJECT_DEPS]
            if subjects and subjects[0].dep_ == "nsubjpass" and (doer := _passive_agent(head)) is not None:
                subjects = [doer]  # "The result was called a mandate by Ruiz, saying ...": Ruiz
            if head.pos_ in ("VERB", "AUX") and subjects and subjects[0].tag_ not in _RELATIVE_TAGS:
                if allowed(subjects[0]):
                    return _subject_span(subjects[0], lo)
                if subjects[0].idx < lo and not _quoted(subjects[0], outside):
                    # "he has warned that ... other states could quit, saying, “...”": he, who is
                    # before the window; not the reported clause's subject inside it
                    return None
    tok: Token = verb
    for _ in range(6):
        subjects = _nearest_first([c for c in tok.children if c.dep_ in _SUBJECT_DEPS and allowed(c)])
        subjects = subjects or [n for n in _participle_names(tok) + _caused_doer(tok) if allowed(n)]
        relative = bool(subjects) and subjects[0].tag_ in _RELATIVE_TAGS
        if subjects and not relative:
            return _subject_span(subjects[0], lo)
        if relative and tok.dep_ not in ("relcl", "acl"):
            noun = _relative_antecedent(subjects[0])  # "..., according to police, who said ..."
            if noun is not None and allowed(noun):
                return _subject_span(noun, lo)
        if (relative or not subjects) and tok.dep_ in ("relcl", "acl") and tok.head.i != tok.i:
            noun = tok.head
            if _is_statement_noun(noun):
                author = _statement_author(noun)
                if author is not None and allowed(author):
                    return _subject_span(author, lo)
                if noun.dep_ in ("dobj", "pobj") and noun.head.i != noun.i:
                    tok = noun.head if noun.dep_ == "dobj" else noun.head.head
                    continue
            elif relative and allowed(noun):
                return _subject_span(noun, lo)
            elif (doer := _purpose_doer(tok)) is not None and allowed(doer):
                return _subject_span(doer, lo)  # "Ruiz went to the office to complain that ..."
            break
        quoted = any(q_start <= tok.idx < q_end for q_start, q_end in outside or ())
        head = tok.head
        inside_claim = head.dep_ == "ccomp" and _is_speech_verb(head.head)
        if tok.dep_ == "conj" and _is_speech_verb(tok) and inside_claim:
            tok = head.head  # "He claimed the photos were his and said ...": parsed inside the claim
            continue
        if (tok.dep_ in _CLIMB_DEPS or quoted) and tok.head.i != tok.i:
            tok = tok.head  # inside a quotation: up to the verb that introduces it
            continue
        break
    return _subject_nearby(verb, lo, hi)


def _purpose_doer(verb: Token) -> Token | None:
    """The subject of the clause above an infinitive of purpose that the parser hung on a noun
    ("Ruiz approached the mayor at the time to complain that ...": Ruiz); else None."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    for up in verb.ancestors:
        if up.pos_ in ("VERB", "AUX"):
            return next((c for c in up.children if c.dep_ == "nsubj" and c.pos_ in _NOMINAL), None)
    return None


def _passive_agent(verb: Token) -> Token | None:
    """The doer a passive verb names with "by" ("described by Ruiz"), a noun; else None."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    pobj = (
        next((c for c in agent.children if c.dep_ in ("pobj", "pcomp")), None) if agent is not None else None
    )
    return pobj if pobj is not None and pobj.pos_ in ("PROPN", "NOUN", "PRON") else None


def _marks_before(marks: list[tuple[int, int]] | None, span: QuoteSpan) -> list[tuple[int, int]] | None:
    """The quotation mark ranges ``marks`` that close before ``span`` opens; None when none."""
    before = [(start, end) for start, end in marks or () if end <= span.open_mark]
    return before or None


def _earlier_speech_subject(verb: Token, lo: int, outside: list[tuple[int, int]]) -> Token | None:
    """The subject of the nearest speech verb before ``verb`` in its sentence, neither inside
    the ``outside`` ranges (quotations) nor before ``lo`` (characters); else None."""
    for tok in reversed(verb.doc[verb.sent.start : verb.i]):
        if tok.idx < lo or _quoted(tok, outside) or not _is_speech_verb(tok):
            continue
        subject = next((c for c in tok.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None and not _quoted(subject, outside):
            return subject
    return None


def _quoted(tok: Token, ranges: list[tuple[int, int]] | None) -> bool:
    """Whether ``tok`` starts inside one of the character ``ranges`` (quotations)."""
    return any(start <= tok.idx < end for start, end in ranges or ())


def _nearest_first(subjects: list[Token]) -> list[Token]:
    """Subjects the parser hung on one verb, the one to speak first: a name set off by a
    comma after an earlier subject before the verb ("Speaking at the Atlantic Council, a
    think tank in Washington, on Tuesday, Adviser Ana Ruiz said": Ana Ruiz, not the think
    tank), unless only that comma stands between them ("The party's leader, Ana Ruiz said" is
    one phrase, as :func:`_subject_span` reads it); else the parser's order."""
    if len(subjects) < 2:
        return subjects
    first, last = subjects[0], subjects[-1]
    if first.doc[first.right_edge.i].text in DASHES and first.left_edge.i == first.sent.start:
        return [*subjects[1:], first]  # "Redwood City, California - The jury ... suggest": a dateline
    between = first.doc[first.right_edge.i + 1 : last.left_edge.i]
    apposed = [t.text for t in between] == [","]  # "The party's leader, Ana Ruiz said": one phrase
    if last.pos_ == "PROPN" and not apposed and any(t.text == "," for t in between) and last.i < last.head.i:
        return [last, *subjects[:-1]]
    return subjects


def _relative_antecedent(pronoun: Token) -> Token | None:
    """The noun right before a relative pronoun the parser did not attach to it ("police"
    in "according to police, who said ..."), else None."""
    i = pronoun.i - 1
    if i >= 0 and pronoun.doc[i].text == ",":
        i -= 1
    if i < 0 or pronoun.doc[i].pos_ not in ("NOUN", "PROPN"):
        return None
    return pronoun.doc[i]


def _quoted_person(verb: Token) -> Token | None:
    """The object of "quote"/"cite" that a speech verb reports ("The BBC quoted Ana Ruiz as
    saying ...", "cited a source as saying", "quoted Ruiz to have said"), else None."""
    gov = verb.head
    if verb.dep_ == "pcomp" and gov.lower_ == "as":
        gov = gov.head
    elif verb.dep_ != "xcomp":
        return None
    if gov.i == verb.i or gov.lemma_.lower() not in ("quote", "cite"):
        return None
    return next((c for c in gov.children if c.dep_ == "dobj" and c.pos_ in _NOMINAL), None)


def _is_statement_noun(tok: Token) -> bool:
    """Whether ``tok`` is one of :data:`STATEMENT_NOUNS`, by its word or its lemma ("data",
    which the lemmatiser makes "datum")."""
    return tok.lemma_.lower() in STATEMENT_NOUNS or tok.lower_ in STATEMENT_NOUNS


def _statement_author(noun: Token) -> Token | None:
    """The author of "a statement by/from the ministry": the ``pobj`` of ``by``/``from``/``of``,
    also after a participle ("a report published by the institute")."""
    for prep in noun.children:
        if prep.dep_ == "acl" and prep.tag_ == "VBN":
            prep = next((c for c in prep.children if c.dep_ == "agent"), prep)
        if prep.dep_ in ("prep", "agent") and prep.lower_ in ("by", "from", "of"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("PROPN", "NOUN", "PRON"):
                return pobj
    return None


def _subject_nearby(verb: Token, lo: int, hi: int) -> _Subject | None:
    """The parser missed the subject: the noun phrase right before the verb
    ("Catherine Russell, UNICEF's executive director, told"), else the one
    right after it ("said the minister")."""
    doc = verb.doc
    run: list[Token] = []
    i = verb.i - 1
    while i >= 0 and doc[i].idx >= lo and len(run) < 14:
        t = doc[i]
        # "and" inside a description: "Ana Ruiz, a writer and former diplomat, told"
        joins = t.pos_ == "CCONJ" and bool(run) and run[0].pos_ in ("NOUN", "ADJ")
        if not (t.pos_ in _TRAILER_SUBJECT_POS or t.text == "," or (t.pos_ == "ADP" and run) or joins):
            break
        run.insert(0, t)
        i -= 1
    relative = _relative_clause_noun(doc[i], lo) if i >= 0 and run else None
    if relative is not None and run[0].i > relative.i:  # "Ana Ruiz, who worked in Lisbon, argued"
        return _subject_span(relative, lo)
    while run and (run[0].is_punct or run[0].pos_ in ("ADP", "ADV", "PART")):
        run.pop(0)
    while run and run[-1].is_punct:
        run.pop()
    nominal = [t for t in run if t.pos_ in _NOMINAL]
    if nominal:
        head = nominal[-1]
        head = _person_speaking_for(head, run[0].i) or head  # "Ana Ruiz for the port authority says"
        commas = [k for k, t in enumerate(run) if t.text == ","]
        last_part = run[commas[-1] + 1 :] if commas else []
        if (
            commas
            and head.pos_ == "PROPN"
            and head.i == run[-1].i
            and not any(t.pos_ == "ADP" for t in last_part)
        ):
            run = last_part  # "..., the US, Acme chief Ana Ruiz"
        elif commas:  # "Name, title" -> the name; "In Abidjan, Ana Ruiz, head of X in Y," -> Ana Ruiz
            begin = commas[-2] + 1 if len(commas) >= 2 else 0
            name_part = [t for t in run[begin : commas[-1]] if t.pos_ in _NOMINAL]
            if len(commas) >= 2 and not (name_part and name_part[-1].pos_ == "PROPN"):
                begin, name_part = 0, [t for t in run[: commas[0]] if t.pos_ in _NOMINAL]
            if name_part and name_part[-1].pos_ == "PROPN":
                head = name_part[-1]
                run = run[begin:]
        return _Subject(head, run[0].idx, run[-1].idx + len(run[-1].text))
    after: list[Token] = []
    for t in doc[verb.i + 1 : verb.i + 9]:
        titled_of = t.lower_ == "of" and bool(after) and after[-1].lower_ in PERSON_TITLES
        if t.idx >= hi or not (t.pos_ in ("DET", "ADJ", "PROPN", "NOUN", "PRON") or titled_of):
            break  # "said Mayor of Lisbon Ana Ruiz" runs on over the title's "of"
        if after and after[-1].ent_type_ == "PERSON" and t.ent_type_ != "PERSON":
            break  # "said lecturer Ana Ruiz of Lisbon's Tejo University": the name ends it
        after.append(t)
        if len(after) >= 5 and not any(a.lower_ == "of" for a in after):
            break
    if any(a.lower_ == "of" for a in after) and after[-1].pos_ != "PROPN":
        after = after[: next(k for k, a in enumerate(after) if a.lower_ == "of")]
    nominal = [t for t in after if t.pos_ in _NOMINAL]
    if nominal:
        return _Subject(nominal[-1], after[0].idx, nominal[-1].idx + len(nominal[-1].text))
    return None


def _relative_clause_noun(stop: Token, lo: int) -> Token | None:
    """The noun a relative clause describes, when the words before a speech verb were read
    back to ``stop``, a word of that clause ("Ana Ruiz, who worked with him for years in
    Lisbon, argued": the run "him for years in Lisbon" stops at "worked"): a name or noun
    at or after ``lo`` (characters) right before the clause's ", who"; else None."""
    for tok in (stop, *stop.ancestors):
        if tok.dep_ == "relcl":
            noun = tok.head
            who = [c for c in tok.children if c.tag_ in _RELATIVE_TAGS and c.i < tok.i]
            if who and noun.i < who[0].i and noun.idx >= lo and noun.pos_ in ("PROPN", "NOUN"):
                return noun
            return None
    return None


def _subject_span(head: Token, lo: int) -> _Subject:
    """From the head's left edge (not before ``lo``) to the head itself, taking in
    the rest of a hyphenated name ("Shafiq-ul-Rehaman"), an appositive name
    ("the foreign minister, Ana Duarte") and coordinated subjects ("Bugti and
    Chaudhry"). A part ("Part of the judge's statement") or a statement with
    its author ("a report from the ministry") gives way to what it is of or from."""
    if head.lower_ in _PARTITIVES or _is_statement_noun(head):
        whole = _statement_author(head)
        if whole is not None and (head.lower_ not in _PARTITIVES or whole.head.lower_ == "of"):
            head = whole
    head = _but_conjunct(head)
    named = _name_before_apposed_title(head)
    if named is not None and named.left_edge.idx >= lo:  # "Ana Ruiz, the head of the union said"
        end = head.right_edge
        return _Subject(named, named.left_edge.idx, end.idx + len(end.text))
    name = _name_after_description(head)
    if name is not None:
        return _Subject(name[-1], max(lo, name[0].idx), name[-1].idx + len(name[-1].text))
    person = _person_before_of(head)
    if person is not None and person.left_edge.idx >= lo:
        # "Ana Ruiz of the Lisbon think tank Cidade said", parsed with the organisation as the
        # subject: Ana Ruiz, with the words that describe her ("lecturer Ana Ruiz of ...")
        first = min((t.left_edge for t in person.lefts), key=lambda t: t.i, default=person)
        return _Subject(person, max(lo, first.idx), person.idx + len(person.text))
    person = _person_after_organisation(head)
    if person is not None:  # "the Union of Teachers (UT) General Secretary Ana Ruiz said": Ana Ruiz
        return _Subject(person, max(lo, person.left_edge.idx), person.idx + len(person.text))
    left = head.left_edge
    after = head.right_edge.i + 1
    if after < len(head.doc) and head.doc[after].text == "," and head.pos_ == "NOUN":
        after += 1  # "The port's director, Ana Ruiz, said", parsed as two subjects
    later = next(
        (c for c in head.head.children if c.dep_ in _SUBJECT_DEPS and c.left_edge.i == after),
        None,
    )
    named_later = later is not None and (
        later.pos_ == "PROPN" or (later.is_title and _title_case_name(later))
    )  # "The charity Doctors Without Borders said": "Doctors" tagged a common noun
    if later is not None and named_later and head.head.i != head.i:
        head = later  # "Early critic MP Ana Ruiz said", parsed as two subjects: the name
        if head.pos_ != "PROPN":
            begin = left.idx if left.idx >= lo else head.idx
            return _Subject(head, begin, head.right_edge.idx + len(head.right_edge.text))
    first = left
    for tok in head.doc[left.i : head.i + 1]:
        if tok.idx >= lo and not tok.is_punct and not tok.is_space:
            first = tok
            break
    else:
        first = head
    last = head
    doc = head.doc
    while (
        last.i + 1 < len(doc)
        and not last.whitespace_
        and (doc[last.i + 1].is_alpha or doc[last.i + 1].text == "-")
    ):
        last = doc[last.i + 1]  # Shafiq - ul - Rehaman
    last = _group_phrase_end(head, last)
    last = _name_of_phrase_end(head, last)
    for child in head.rights:
        if child.dep_ == "appos" and child.pos_ == "PROPN" and child.left_edge.i == last.i + 1:
            if doc[last.i + 1].text == "(":
                continue  # "the Institute of Soil Science (ISS)": the acronym is no more of the name
            last = child  # "host nation Portugal"
        elif (
            child.dep_ == "appos"
            and child.pos_ == "PROPN"
            and child.left_edge.i == last.i + 2
            and doc[last.i + 1].text == ","
        ):
            last = child.right_edge  # "Another driver, Ana Ruiz"
        elif child.dep_ == "cc" and child.i == last.i + 1:
            conj = next((c for c in head.rights if c.dep_ == "conj" and c.i > child.i), None)
            if conj is not None and conj.pos_ in ("PROPN", "NOUN"):
                last = conj
    while last.is_punct and last.i > head.i:
        last = doc[last.i - 1]
    return _Subject(head, first.idx, last.idx + len(last.text))


def _but_conjunct(head: Token) -> Token:
    """The conjunct of a subject joined by "but" right before its verb, which the parser took
    for part of an earlier noun phrase ("At the time the firm invested in shops, but the Lisbon
    Herald reports ..."): that conjunct is the verb's subject; else ``head``."""
    verb = head.head
    if verb.i == head.i or not any(c.dep_ == "cc" and c.lower_ == "but" for c in head.children):
        return head
    conj = next((c for c in head.children if c.dep_ == "conj" and c.right_edge.i + 1 == verb.i), None)
    return conj if conj is not None and conj.pos_ in ("PROPN", "NOUN", "PRON") else head


def _name_before_apposed_title(head: Token) -> Token | None:
    """A person's name set off by a comma before a title noun that the parser took for the
    verb's subject, the name hanging loose ("Ana Ruiz, the head of the union said"): the name's
    last token; else None."""
    doc = head.doc
    comma = head.left_edge.i - 1
    if head.lower_ not in PERSON_TITLES or comma < 1 or doc[comma].text != ",":
        return None
    name = doc[comma - 1]
    if name.ent_type_ != "PERSON" or name.pos_ != "PROPN" or name.head.i != head.head.i:
        return None
    return name if name.dep_ in ("dep", "npadvmod", "nsubj") else None


def _person_speaking_for(head: Token, first: int) -> Token | None:
    """The person a body is named for in a subject phrase starting at token ``first`` ("Ana
    Ruiz for the Lisbon Port Authority says", "Ana Ruiz of the union"), ``head`` being the
    body's name: the person's last token; else None."""
    tok = head
    while tok.dep_ in ("compound", "conj", "appos") and tok.head.i != tok.i:
        tok = tok.head
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in ("for", "of", "at", "from"):
        return None
    person = prep.head
    if person.i < first or person.ent_type_ != "PERSON" or person.pos_ != "PROPN":
        return None
    return person if person.i > 0 and person.doc[person.i - 1].ent_type_ == "PERSON" else None


def _person_before_of(head: Token) -> Token | None:
    """The last word of a person's name that a subject ``head`` (an organisation or other
    non-person) follows within one noun phrase, after "of"/"at"/"from" ("Andrew Ruiz of the
    Dutch think tank Cidade", "lecturer Ana Ruiz of Lisbon's Nova University"): the parser took
    the organisation for the subject; else None. Punctuation other than a possessive "'s", a
    quotation mark or a speech verb between them ends the phrase."""
    if head.ent_type_ == "PERSON" or head.pos_ == "PRON":
        return None
    doc = head.doc
    lo = max(head.sent.start, head.i - 12)
    for i in range(head.i - 1, lo, -1):
        tok = doc[i]
        if tok.is_punct or tok.is_quote or _is_speech_verb(tok) or tok.ent_type_ == "PERSON":
            return None
        before = doc[i - 1]
        if tok.lower_ in ("of", "at", "from") and before.ent_type_ == "PERSON" and before.pos_ == "PROPN":
            return before if doc[before.i - 1].ent_type_ == "PERSON" else None  # a full name
    return None


def _participle_names(verb: Token) -> list[Token]:
    """The verb's subject when the parser took a fronted participle's clause for it and the
    name for an apposition inside that clause, right before the verb ("Calling it “a sham”, Ana
    Ruiz of the union told ...": Ruiz): ``[name head]``, else ``[]``."""
    for part in verb.children:
        if part.dep_ != "csubj" or part.tag_ != "VBG" or part.i > verb.i:
            continue
        for tok in part.subtree:
            if tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.right_edge.i + 1 == verb.i:
                return [tok]
    return []


def _person_after_organisation(head: Token) -> Token | None:
    """A person's name the parser joined as a ``conj`` or ``appos`` to the organisation heading a subject,
    with no "and", "or" or comma between ("the Union of Teachers (UT) General Secretary Ana
    Ruiz"): the name's last token, else None."""
    if head.pos_ != "PROPN" or head.ent_type_ == "PERSON":
        return None
    conj = next((c for c in head.rights if c.dep_ in ("conj", "appos") and c.ent_type_ == "PERSON"), None)
    if conj is None or conj.ent_type_ != "PERSON" or conj.pos_ != "PROPN":
        return None
    between = head.doc[head.i + 1 : conj.left_edge.i]
    if any(t.dep_ == "cc" or t.text in (",", ";", "&") for t in between):
        return None
    return conj


def _name_after_description(head: Token) -> list[Token] | None:
    """A person's full name that ends a description heading a subject, with no comma, "and" or
    title before it ("Retired FBI agent and terrorism specialist Ana Ruiz told",
    "Executive director of the Lisbon chapter of the Harbour Union Ana Ruiz said"): the
    name's tokens, which speak for the subject; else None. Not a name after a preposition
    or a title ("the lawyer for Ana Ruiz", "the wife of President Ana Ruiz")."""
    verb = head.head
    end = head.right_edge
    only_aux_between = all(t.pos_ == "AUX" for t in head.doc[end.i + 1 : verb.i])  # "... has called"
    if head.pos_ != "NOUN" or verb.i == head.i or end.i >= verb.i or not only_aux_between:
        return None
    if not (end.pos_ == "PROPN" and end.is_title and (end.ent_type_ == "PERSON" or _untyped_name(end))):
        return None
    if end.ent_type_ != "PERSON" and end.tag_ == "NNPS":
        return None  # "the president of Canadian Auto Workers": a body's plural name, no person
    name = [end]
    while (
        len(name) < 4
        and name[0].i - 1 > head.i
        and head.doc[name[0].i - 1].ent_type_ == "PERSON" == end.ent_type_
    ):
        name.insert(0, head.doc[name[0].i - 1])
    if end.ent_type_ != "PERSON":
        name.insert(0, head.doc[end.i - 1])  # two untyped proper nouns
    before = head.doc[name[0].i - 1]
    if before.i < head.i or before.pos_ not in ("NOUN", "PROPN") or before.lower_ in PERSON_TITLES:
        return None
    return name if len(name) >= 2 else None  # "His wife Mary said": the speaker resolver's kin rule


def _untyped_name(tok: Token) -> bool:
    """Whether ``tok`` ends two proper nouns the NER left untyped: a person's name it missed
    ("Ana Ruiz" in "Coordinator for Portugal Ana Ruiz")."""
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return (
        tok.pos_ == "PROPN" and not tok.ent_type_ and before is not None
        and before.pos_ == "PROPN" and not before.ent_type_ and before.is_title and tok.is_title
    )  # fmt: skip


def _title_case_name(tok: Token) -> bool:
    """Whether ``tok`` heads a name of title-case words holding a proper noun, the parser
    having tagged its head a common noun ("Doctors Without Borders")."""
    words = list(tok.subtree)
    return any(t.pos_ == "PROPN" for t in words) and all(t.is_title or t.is_punct for t in words)


def _group_phrase_end(head: Token, last: Token) -> Token:
    """The last token of a common-noun or quantity subject with the phrase saying whose or
    where it is ("A number of senators", "Members of the House", "a source within the
    ministry", "Security forces in Somalia"): the noun of that phrase; else ``last``."""
    if head.lower_ in PERSON_TITLES or head.pos_ == "PROPN":  # "Ambassador to the United States
        # Hamdullah Mohib", "Resident Coordinator for Portugal Ana Ruiz"
        for child in head.rights:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            adjacent = child.dep_ == "prep" and child.i == last.i + 1
            if adjacent and pobj is not None and (pobj.ent_type_ == "PERSON" or _untyped_name(pobj)):
                return pobj
    if head.pos_ not in ("NOUN", "PRON", "NUM", "ADJ") or head.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return last
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in _GROUP_PREPS and child.i == last.i + 1:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None and pobj.pos_ in ("PROPN", "NOUN"):
                return pobj
    return last


def _name_of_phrase_end(head: Token, last: Token) -> Token:
    """The last word of a body's proper name that goes on with "of" or "for" and more
    capitalised proper nouns ("the National Council of State Schools", "the Centre for Soil
    and Water Science"), from the name's head ``head``; else ``last``. Not a person's ("Ana Ruiz of the
    union") or a title's ("Governor of Texas"), nor a place after "of"."""
    if head.pos_ != "PROPN" or head.ent_type_ == "PERSON" or head.lower_ in PERSON_TITLES or last.i != head.i:
        return last
    of = next((c for c in head.rights if c.dep_ == "prep" and c.i == head.i + 1), None)
    if of is None or of.lower_ not in ("of", "for"):
        return last
    words = [t for t in of.subtree if t.i > of.i]
    while words and (words[-1].is_punct or words[-1].dep_ == "appos" or words[-1].i > words[0].i + 8):
        words = [t for t in words if t.i < words[-1].i]
    if not words or any(t.ent_type_ in ("GPE", "LOC", "PERSON") for t in words):
        return last
    if all((t.pos_ == "PROPN" and t.is_title) or t.dep_ == "cc" for t in words):
        return words[-1]
    return last


def _clause_subject(words: list[Token], lo: int, hi: int) -> _Subject | None:
    """Subject of a colon-introduced clause without a speech verb ("Ana Ruiz: ..."): its
    parsed subject, else the last noun of a short label or of a longer title ending in a name."""
    for tok in words:
        if tok.dep_ in _SUBJECT_DEPS and lo <= tok.head.idx < hi:
            if _listing_subject(tok):
                return None  # "Key goals include: “...”": a list's heading, no speaker
            return _subject_span(tok, lo)
    before = words[0].doc.text[max(0, words[0].idx - 8) : words[0].idx] if words else ""
    after_mark = before.rstrip()[-1:] in "\"'”’" if words else False
    if after_mark and words[0].text[:1].islower() and words[0].pos_ in ("ADP", "ADV", "CCONJ", "SCONJ"):
        return _fragment_subject(words[0])  # '... as “defensive” in nature: “...”': the sentence's subject
    nominals = [t for t in words if t.pos_ in _NOMINAL]
    named_last = bool(nominals) and nominals[-1].pos_ == "PROPN" and nominals[-1].i == words[-1].i
    if nominals and (len(words) <= 6 or (named_last and len(words) <= TRAILER_MAX_APPOSITION_TOKENS)):
        # a long title ending in the name: "Secretary of the Harbour Board Ana Ruiz: ..."
        return _subject_span(nominals[-1], max(lo, words[0].idx))
    return None


def _fragment_subject(word: Token) -> _Subject | None:
    """The subject of the main clause of a sentence of which ``word`` starts a fragment before a
    colon, after an earlier quotation ('The ministry defended the strike as “lawful” in nature:
    “...”'): that subject when it comes before the fragment; else None (no label there)."""
    root = word.sent.root
    subject = next((c for c in root.children if c.dep_ == "nsubj" and c.i < word.i), None)
    if subject is None or subject.pos_ not in _NOMINAL:
        return None
    return _subject_span(subject, word.sent.start_char)


def _listing_subject(subject: Token) -> bool:
    """Whether a colon leader's subject is a thing, not a speaker, of a verb that does not
    speak but lists (:data:`_LISTING_VERBS`, or a bare "are": "Key reforms include:", "Some of
    the goals are:"): a common noun other than a statement noun (:data:`STATEMENT_NOUNS`),
    also through a partitive ("some of")."""
    verb = subject.head
    bare_be = verb.lemma_ == "be" and not any(c.dep_ in ("acomp", "attr") for c in verb.children)
    if verb.lemma_.lower() not in _LISTING_VERBS and not bare_be:
        return False  # "The minister was blunt: “...”" speaks
    noun = subject
    if noun.lower_ in _PARTITIVES:
        of = next((c for c in noun.children if c.lower_ == "of"), None)
        noun = next((c for c in of.children if c.dep_ == "pobj"), noun) if of is not None else noun
    return noun.pos_ == "NOUN" and not _is_statement_noun(noun) and noun.ent_type_ == ""


def _inherited_speaker(
    doc: Doc, text: str, cand: _Candidate, done: list[Quotation], resolver: SpeakerResolver
) -> Speaker | None:
    """Speaker of a cue-less quotation: the speaker of a quotation earlier in its own clause
    ("Ruiz said he was “humbled” and “...”"), else the previous sentence's quotation speaker
    or subject."""
    cur_start = _clause_start(text, cand.open_mark, 0)
    for q in reversed(done):
        if q.speaker is not None and cur_start <= q.start and q.end <= cand.open_mark:
            return q.speaker
    prev_end = cur_start
    while prev_end > 0 and (text[prev_end - 1].isspace() or text[prev_end - 1] in ".!?"):
        prev_end -= 1
    if prev_end == 0:
        return None
    prev_start = _clause_start(text, prev_end, 0)
    for q in reversed(done):
        if q.speaker is not None and prev_start <= q.end + 2 and q.start < cur_start:
            gap = text[q.end - 1 : prev_start]
            if q.end < prev_start and ("\n" in gap or gap[:1] in ".!?"):
                break  # '“...industry.”\nHowever, analyst Ana Ruiz has doubts. “...”': Ruiz
            return q.speaker
    toks = _tokens_in(doc, prev_start, prev_end)
    if not toks:
        return None
    sent = toks[-1].sent
    for root in [sent.root] + [t for t in sent if t.pos_ in ("VERB", "AUX")]:
        subjects = [c for c in root.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            subj = _subject_span(subjects[0], sent.start_char)
            found = resolver.resolve(subj.head, subj.start, subj.end)
            thing = subj.head.pos_ == "NOUN" and subj.head.lower_ not in PERSON_TITLES
            if found is not None and found.code is None and thing and found.name == found.text:
                return None  # "Meanwhile, the deal went through. “...”": a thing no one says
            untyped = subj.head.pos_ == "PROPN" and subj.head.ent_type_ in ("", "PRODUCT", "WORK_OF_ART")
            if found is not None and found.code is None and untyped and subjects[0].dep_ == "nsubjpass":
                return None  # "The Taurus was discontinued in 2006. “...”": a product no one says
            return found
    return None


# -- quotations without marks ----------------------------------------------------


def _labelled_turns(doc: Doc, text: str, taken: list[tuple[int, int]]) -> list[_Candidate]:
    """Interview turns printed after a speaker label ("((WN)) : Why ...?",
    "Armitage: Taiwan has ..."; gold guidelines, hard case 24).

    A label is at the start of a paragraph or right after a sentence end, at
    most :data:`MAX_LABEL_WORDS` words before ``:``; it counts only in an
    interview, where labels with the same last name word ("Richard Armitage,
    former deputy secretary of state:" ... "Armitage:") or Wikinews' ``((WN))``
    labels come back. The turn runs to the next label or the end of the
    paragraph. A Wikinews turn without a label (": Why ...?") is the
    interviewer's, as the ``((WN))`` turns are. Labels such as "Image:" are not speakers (:data:`NOT_LABELS`).
    """
    found: list[tuple[int, int, int]] = []  # label start, label end, turn start
    matches = {m.start("label"): m for m in _LABEL.finditer(text)}
    for m in _WIKINEWS_LABEL.finditer(text):  # "((WN)) Why ...?" without a colon
        matches.setdefault(m.start("label"), m)
    for _, m in sorted(matches.items()):
        l_start, l_end = m.start("label"), m.end("label")
        inner = list(_SENTENCE_END.finditer(text, l_start, l_end))  # "... he wanted. VOA:"
        if inner:
            l_start = inner[-1].end()
        if _label_key(text[l_start:l_end]) not in NOT_LABELS and _names_someone(text[l_start:l_end]):
            found.append((l_start, l_end, m.end("colon")))
    counts: dict[str, int] = {}
    for l_start, l_end, _ in found:
        key = _label_key(text[l_start:l_end])
        counts[key] = counts.get(key, 0) + 1
    wikinews = any(text.startswith("((", l_start) for l_start, _, _ in found)
    turns = [
        (l_start, l_end, t_start)
        for l_start, l_end, t_start in found
        if (l_end == l_start and wikinews)  # an unlabelled Wikinews turn (": Why ...")
        or (
            l_end > l_start
            and (counts[_label_key(text[l_start:l_end])] >= 2 or text.startswith("((", l_start))
        )
    ]
    interviewer = next(((s, e) for s, e, _ in found if text.startswith("((", s)), None)
    out: list[_Candidate] = []
    for n, (l_start, l_end, t_start) in enumerate(turns):
        stop = text.find("\n", t_start)
        stop = len(text) if stop < 0 else stop
        if n + 1 < len(turns):
            stop = min(stop, turns[n + 1][0])
        start, end = _strip_span(text, t_start, stop)
        if len(text[start:end].split()) < MIN_QUOTATION_WORDS or text[start] in CURLY_OPEN + '"':
            continue
        if any(start < q_end and q_start < end for q_start, q_end in taken if not start <= q_start):
            continue
        subject = None
        if l_end == l_start and interviewer is not None:
            l_start, l_end = interviewer  # an unlabelled Wikinews turn: the interviewer's question
        label_toks = _tokens_in(doc, l_start, l_end)
        if label_toks:
            name_end = l_start + len(text[l_start:l_end].split(",")[0])
            name = [t for t in label_toks if t.idx < name_end]
            head = next((t for t in reversed(name or label_toks) if t.is_alpha), label_toks[-1])
            subject = _Subject(head, l_start, l_end)
        out.append(_Candidate(start, end, DIRECT, None, subject, False, start, end - 1))
    return out


def _names_someone(label: str) -> bool:
    """Whether a label before a colon can name a speaker: its name part ends in a capitalised
    word ("Ana Ruiz", "Q", "((WN))"), not a lower-case noun of a list ("Short term:", "Mid
    term:" inside an answer); an empty label (a Wikinews turn) counts."""
    words = label.split(",")[0].split()
    return not words or label.startswith("((") or words[-1][:1].isupper()


def _label_key(label: str) -> str:
    """ "Richard Armitage, former ..." -> "armitage"; "((WN))" -> "((wn))"."""
    words = label.split(",")[0].split()
    return words[-1].lower() if words else ""


def _block_quotations(doc: Doc, text: str, taken: list[tuple[int, int]]) -> list[_Candidate]:
    """A paragraph without quotation marks after a paragraph that ends with a
    colon and introduces speech ("Ruiz wrote:", "The ministry said in a
    statement:", "And from the chairwoman:"): the whole paragraph is a direct
    quotation (gold guidelines, section 5), attributed as a leader would be
    (:func:`_leader_attribution`)."""
    out: list[_Candidate] = []
    for para in re.finditer(r"[^\n]+", text):
        colon = _colon_paragraph_before(text, para.start())
        if colon < 0:
            continue
        start, end = _strip_span(text, para.start(), para.end())
        if (
            start >= end  # a paragraph of only spaces
            or text[start] in CURLY_OPEN + SINGLE_OPEN + "\"'"
            or len(text[start:end].split()) < MIN_QUOTATION_WORDS
        ):
            continue
        if any(start < q_end and q_start < end for q_start, q_end in taken):
            continue
        l_start = _clause_start(text, colon, 0)
        words = [t for t in _tokens_in(doc, l_start, colon) if not t.is_punct]
        speaks = any(_is_speech_verb(t) and not _discourse_said(t) for t in words)  # not "That said, ..."
        if not words or not (speaks or len(words) <= MAX_LABEL_WORDS):
            continue
        _found, cue_tok, subject = _leader_attribution(doc, text, l_start, colon + 1, taken)
        out.append(
            _Candidate(start, end, DIRECT, _cue_text(cue_tok) if cue_tok is not None else None, subject,
                       False, start, end - 1)
        )  # fmt: skip
    return out


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# -- reported speech -----------------------------------------------------------


def _reported(
    doc: Doc, text: str, quoted: list[tuple[int, int]], used_cues: set[int], marks: list[tuple[int, int]]
) -> list[_Candidate]:
    """Reported speech outside the direct quotations ``quoted`` (mark-to-mark ranges),
    cued by a speech verb outside every pair of quotation marks ``marks``.

    A reported clause may hold a whole direct quotation ("Ruiz said the port
    was “a dead end for the city”"): it is reported speech too when it has
    words of its own outside the marks (gold guidelines, hard case 24).
    """

    def inside_quote(start: int, end: int) -> bool:
        return any(start < q_end and q_start < end for q_start, q_end in quoted)

    def clashes(start: int, end: int) -> bool:
        """The clause overlaps a quotation without holding it whole, or has too few words
        (under :data:`MIN_QUOTATION_WORDS`) or too few of its own, or lies inside quotation
        marks (a heading, a title)."""
        if any(m_start <= start and end <= m_end for m_start, m_end in marks):
            return True
        if len(text[start:end].split()) < MIN_QUOTATION_WORDS:
            return True  # "... what critics say it is": no statement of its own
        outside = text[start:end]
        for q_start, q_end in sorted(quoted, reverse=True):
            if start < q_end and q_start < end:
                if not (start <= q_start and q_end <= end):
                    return True
                outside = outside[: q_start - start] + " " + outside[q_end - start :]
        return len(re.findall(r"\w+", outside)) < 2

    found: list[_Candidate] = []
    for tok in _cue_tokens(doc):  # the others do nothing
        if (
            tok.i in used_cues
            or inside_quote(tok.idx, tok.idx + len(tok))
            or any(m_start <= tok.idx < m_end for m_start, m_end in marks)
        ):
            continue
        lemma = tok.lemma_.lower()
        if (
            (lemma in SPEECH_VERBS | FINDING_VERBS)
            and lemma not in DIRECT_ONLY_VERBS
            and _is_speech_verb(tok)
        ):
            if lemma == "point" and not any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
                continue
            if _discourse_said(tok):  # "That said, we are realistic": a connective, nobody speaks
                continue
            if _writers_aside(tok):  # "it is worth noting that ...": the writer's own remark
                continue
            # a clause after the verb first: "A were Indian; the embassy confirmed B" reports B
            ccomps = sorted(
                (c for c in tok.children if c.dep_ == "ccomp" and not _contrasted_before(tok, c)),
                key=lambda c: c.i < tok.i,
            )
            if tok.pos_ == "NOUN" and not ccomps:
                ccomps = [c for c in [_noun_clause(tok)] if c is not None]  # "media report that ..."
            clauses = [_clause_tokens(c) for c in ccomps]
            leading = (
                tok.dep_ == "ccomp"
                and tok.i < tok.head.i
                and doc[tok.right_edge.i + 1 : tok.head.i].text[:1] == ","
                and not _is_speech_verb(tok.head)
            )
            if not clauses and (tok.dep_ == "parataxis" or leading) and tok.head.pos_ in ("VERB", "AUX"):
                # A tag inside or after its clause: "His plan, he said, was ..."; or before it
                # and parsed as its complement: "Ruiz reported on Monday, the port had closed"
                tag = {t.i for t in tok.subtree}
                clauses = [_trim([t for t in tok.head.subtree if t.i not in tag])]
            after_comma = _clause_after_comma(tok)
            if not clauses and after_comma is not None:  # "He also argues, revenue does not ..."
                clauses = [_clause_tokens(after_comma)]
            stray = _stray_that_clause(tok)
            if not clauses and stray is not None:  # "with Ruiz warning that ...", the clause hung elsewhere
                clauses = [_clause_tokens(stray)]
            tag_subject: _Subject | None = None
            compound = next((c for c in tok.children if c.dep_ == "compound"), None)
            if (
                tok.pos_ == "NOUN"
                and compound is not None
                and not any(c.dep_ == "nsubj" for c in tok.children)
            ):
                first = min(tok.left_edge.i, compound.left_edge.i)  # "Spanish media report ..."
                tag_subject = _Subject(compound, doc[first].idx, compound.idx + len(compound.text))
            if not clauses and (final := _final_tag(tok)) is not None:
                clauses, tag_subject = [final[0]], final[1]  # "CLAUSE, Ana Ruiz told VOA."
            if any(c.dep_ == "neg" for c in tok.children):
                continue  # "did not say which ...": nothing was said
            if tok.dep_ == "pcomp" and tok.head.lower_ in ("from", "without"):
                continue  # "barred from claiming ...", "without saying ...": nothing was said
            for content in clauses:
                content = _cut_before_quotation(content, quoted)
                if len(content) < 2 or content[0].lower_ in _INDIRECT_QUESTION:
                    continue  # "... explained why they were not deported"
                if content[0].lower_ in _RELATIVE_WORDS and content[0].dep_ in ("dobj", "pobj", "poss"):
                    continue  # "— which the paper noted as unusual —": a relative clause, no claim
                if _not_what_was_said(tok, content):
                    continue
                if not any(t.pos_ in ("VERB", "AUX") for t in content):
                    continue  # 'he told radio host Ana Ruiz “...”': the hearer, no clause
                start, end = content[0].idx, content[-1].idx + len(content[-1].text)
                if any(tok.idx < q_start and q_end <= start for q_start, q_end in quoted):
                    continue  # 'Ruiz said "...[.]" Ruiz is ...': the verb's words are the quotation
                if clashes(start, end):
                    continue
                sent = tok.sent
                subject = tag_subject or _subject_of(tok, sent.start_char, sent.end_char, outside=marks)
                if _unsaid_subject(tok):
                    subject = None  # "It was reported ...", "The crews were told that ...": no speaker
                found.append(_Candidate(start, end, REPORTED, _cue_text(tok), subject))
                break
        elif tok.lower_ == "according":
            cand = _according_to(tok, clashes)
            if cand is not None:
                found.append(cand)
        elif tok.lemma_.lower() in SPEECH_NOUNS and tok.pos_ == "NOUN":
            cand = _speech_noun_clause(tok)  # "expressed hope that ...", "reiterated the claim that ..."
            if cand is not None and not clashes(cand.start, cand.end):
                found.append(cand)
    return [c for c in found if not _inside_verb_clause(c, found)]


#: Words that open an adverbial clause: a clause they open states a circumstance, not what
#: was said ("While most trade uses dollars, the bank announced a payment system").
_SUBORDINATORS = frozenset(
    {"while", "although", "though", "because", "since", "when", "whereas", "if", "after", "before"}
)
#: Objects of a speech verb that are the saying itself or its hearers, not a thing announced.
_SAYING_NOUNS = frozenset(
    {"reporter", "journalist", "audience", "statement", "interview", "press", "crowd", "lawmaker", "official"}
)


def _not_what_was_said(verb: Token, content: list[Token]) -> bool:
    """Whether a clause before the speech ``verb`` is no report of it: the verb names what
    was said by its own object after it ("iOS 5 will ship in the fall; Apple announced no new
    hardware"), or the clause opens with a subordinating word (:data:`_SUBORDINATORS`)."""
    if content[-1].i > verb.i:
        return False
    said_by = any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)  # not "..., argued the lawyer"
    if said_by and any(
        c.dep_ == "dobj" and c.i > verb.i and c.pos_ == "NOUN" and c.lemma_.lower() not in _SAYING_NOUNS
        for c in verb.children
    ):
        return True
    return content[0].lower_ in _SUBORDINATORS and content[0].dep_ in ("mark", "advmod")


#: Lemma and word hashes already read: whether each is a reporting cue (:func:`_cue_tokens`).
#: spaCy's string hashes are the same in every vocabulary.
_CUE_HASHES: dict[int, bool] = {}


def _cue_tokens(doc: Doc) -> list[Token]:
    """The tokens of ``doc`` whose lower-cased lemma is a speech or finding verb or speech noun,
    or whose word is "according", by index (as :func:`dyadic.nlp.lemma_tokens`, each lemma's
    string read once per process, not once per article)."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    cues = SPEECH_VERBS | SPEECH_NOUNS | FINDING_VERBS
    rows = doc.to_array([LEMMA, LOWER])
    hits = []
    for h in set(rows[:, 0].tolist()):
        hit = _CUE_HASHES.get(h)
        if hit is None:
            hit = _CUE_HASHES[h] = strings[h].lower() in cues
        if hit:
            hits.append(h)
    keep = numpy.isin(rows[:, 0], hits) | (rows[:, 1] == strings["according"])
    return [doc[i] for i in numpy.flatnonzero(keep).tolist()]


def _inside_verb_clause(cand: _Candidate, found: list[_Candidate]) -> bool:
    """An "according to" clause, its source named after it, inside the clause of a speech verb
    ("Ruiz also claimed that the port was closing, according to Reuters"): the verb's speaker
    says it, not the outlet ("X says A, but according to Y, B" keeps Y's B)."""
    trailing = cand.subject is not None and cand.subject.start >= cand.end
    return (
        trailing
        and cand.cue == "according to"
        and any(
            o is not cand
            and o.cue not in (None, "according to")
            and o.start <= cand.start
            and cand.end <= o.end
            for o in found
        )
    )


def _inverted_final_tag(verb: Token) -> tuple[list[Token], _Subject] | None:
    """ "CLAUSE, argued the port's lawyer, Ana Ruiz.": the speaker after the verb (a name in
    apposition at its end first), the clause before the comma (:func:`_final_tag`)."""
    doc, sent = verb.doc, verb.sent
    after = [t for t in doc[verb.i + 1 : sent.end] if not t.is_space]
    while after and after[-1].is_punct:
        after.pop()
    if not after or len(after) > TRAILER_MAX_APPOSITION_TOKENS:
        return None
    if not all(t.pos_ in _TRAILER_SUBJECT_POS or t.text == "," or t.pos_ == "ADP" for t in after):
        return None
    commas = [k for k, t in enumerate(after) if t.text == ","]
    segment = after[commas[-1] + 1 :] if commas else after
    if commas and segment and segment[-1].pos_ == "PROPN":
        head = segment[-1]  # "..., argued the port's lawyer, Ana Ruiz"
    else:
        first = after[: commas[0]] if commas else after
        nominal = [t for t in first if t.pos_ in _NOMINAL and t.dep_ != "pobj"]
        if not nominal:
            return None
        head = nominal[-1]
    clause = _trim(list(doc[sent.start : verb.i - 1]))
    if len(clause) < 4 or not any(t.pos_ in ("VERB", "AUX") for t in clause):
        return None
    if clause[0].text in CURLY_OPEN + SINGLE_OPEN + "\"'":
        return None
    return clause, _Subject(head, after[0].idx, after[-1].idx + len(after[-1].text))


def _discourse_said(verb: Token) -> bool:
    """Whether ``verb`` is the "said" of the connective "That said," / "This said," / "That
    being said," that opens a sentence: the writer's or speaker's own "nevertheless"."""
    if verb.lower_ != "said" or verb.i + 1 >= len(verb.doc) or verb.doc[verb.i + 1].text != ",":
        return False
    before = verb.doc[verb.sent.start : verb.i]
    words = [t.lower_ for t in before]
    return words in (["that"], ["this"], ["that", "being"], ["this", "being"])


def _contrasted_before(verb: Token, clause: Token) -> bool:
    """Whether a clause before the speech verb is set against it by "however", "but" or "yet"
    between them ("The paper reached out to Ruiz, however Ruiz said ..."): not what was said."""
    if clause.i > verb.i:
        return False
    return any(
        c.lower_ in ("however", "but", "yet") and clause.right_edge.i < c.i < verb.i for c in verb.children
    )


def _writers_aside(verb: Token) -> bool:
    """Whether ``verb`` is the infinitive or gerund of an aside by the writer, with an expletive
    "it" and an adjective ("it is interesting to note that", "it is worth noting that", "it is
    important to point out that"): nobody in the story says it."""
    if verb.tag_ not in ("VB", "VBG") or verb.dep_ not in ("xcomp", "pcomp"):
        return False
    be = verb.head
    if be.pos_ in ("ADJ", "ADP") and be.dep_ in ("acomp", "prep"):
        be = be.head  # "worth noting"
    elif not any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in be.children):
        return False
    return be.lemma_ == "be" and any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children)


def _unsaid_subject(verb: Token) -> bool:
    """Whether a passive speech verb's subject did not say anything: an expletive "it" ("It was
    reported that ...") or the hearer of "tell"/"inform" ("The crews were told that ..."),
    without a "by" agent."""
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not passive or any(c.dep_ == "agent" for c in verb.children):
        return False
    if passive[0].pos_ == "NOUN" and verb.lemma_.lower() in _ANNOUNCING_VERBS:
        return True  # "Improvements to the browser were also announced; ...": what, not who
    return passive[0].lower_ == "it" or verb.lemma_.lower() in ("tell", "inform")


def _clause_after_comma(verb: Token) -> Token | None:
    """The root of a clause with its own subject right after "<speech verb>," that the parser
    made a conjunct of the verb ("He also argues, revenue from hunting does not ..."), else None."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].text != "," or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    if any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None  # "..., told VOA, ..."
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.left_edge.i == verb.i + 2 and conj.pos_ in ("VERB", "AUX"):
            if any(c.dep_ in _SUBJECT_DEPS for c in conj.children) and not any(
                c.dep_ == "cc" for c in verb.children
            ):
                return conj
    return None


def _stray_that_clause(verb: Token) -> Token | None:
    """The root of a "that"-clause right after a speech verb that the parser hung on another
    verb ("... could accelerate, with Ruiz warning that the bases are at risk"), else None."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    that = doc[verb.i + 1]
    root = that.head
    if that.lower_ != "that" or that.dep_ != "mark" or root.dep_ != "ccomp" or root.head.i == verb.i:
        return None
    return root if root.i > verb.i and not root.head.i > verb.i else None


def _final_tag(verb: Token) -> tuple[list[Token], _Subject] | None:
    """A speech tag ending its sentence after a comma that the parser did not hang the
    clause on ("Funding is short, Ana Ruiz, a spokesperson for the port, told VOA."): the
    words before the comma are the reported clause, the noun phrase between the comma and
    the verb (a name with an apposition after a comma at most) its speaker.

    Returns:
        (the clause's tokens, the speaker) or None.
    """
    doc, sent = verb.doc, verb.sent
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    if any(t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1 : sent.end]):
        return None
    found = _final_tag_subject_first(verb)
    if found is None and verb.i - 1 > sent.start and doc[verb.i - 1].text == ",":
        return _inverted_final_tag(verb)
    return found


def _final_tag_subject_first(verb: Token) -> tuple[list[Token], _Subject] | None:
    """:func:`_final_tag` with the speaker between the comma and the verb."""
    doc, sent = verb.doc, verb.sent
    run: list[Token] = []
    i = verb.i - 1
    while i > sent.start and len(run) < TRAILER_MAX_APPOSITION_TOKENS:
        t = doc[i]
        if not (t.pos_ in _TRAILER_SUBJECT_POS or t.text == "," or (t.pos_ == "ADP" and run)):
            break
        run.insert(0, t)
        i -= 1
    while run and run[-1].text == ",":
        run.pop()
    commas = [k for k, t in enumerate(run) if t.text == ","]
    if not commas or run[0].text == ",":
        return None
    # the speaker starts after the comma before a name, or before a description following a name
    start = commas[-1] + 1
    if (
        len(commas) >= 2
        and run[start].pos_ == "DET"
        and all(t.pos_ == "PROPN" for t in run[commas[-2] + 1 : commas[-1]])
    ):
        start = commas[-2] + 1
    speaker = run[start:]
    names = [t for t in speaker if t.pos_ == "PROPN"]
    first_comma = next((k for k, t in enumerate(speaker) if t.text == ","), len(speaker))
    nominal = [t for t in speaker[:first_comma] if t.pos_ in _NOMINAL and t.dep_ not in ("pobj",)]
    if not names and not nominal:
        return None
    head = nominal[-1] if nominal else names[-1]
    comma = run[start - 1]
    clause = _trim(list(doc[sent.start : comma.i]))
    if len(clause) < 4 or not any(t.pos_ in ("VERB", "AUX") for t in clause):
        return None
    if clause[0].text in CURLY_OPEN + SINGLE_OPEN + "\"'":
        return None
    return clause, _Subject(head, speaker[0].idx, speaker[-1].idx + len(speaker[-1].text))


def _cut_before_quotation(content: list[Token], quoted: list[tuple[int, int]]) -> list[Token]:
    """A reported clause that runs into a direct quotation going on past its end ("... for
    the port, calling it a gift “from the city.”", the parse ending inside the marks) ends
    before that quotation's opening mark (``quoted``: mark-to-mark character ranges), when
    what is left is a whole clause of at least six words; else it is returned as it is (and
    will clash with the quotation: "said the port was “a dead end”" is the quotation's)."""
    if not content:
        return content
    start, end = content[0].idx, content[-1].idx + len(content[-1].text)
    for q_start, q_end in quoted:
        if start < q_start < end < q_end:
            cut = _trim([t for t in content if t.idx + len(t.text) <= q_start])
            words = [t for t in cut if not t.is_punct]
            complete = bool(cut) and cut[-1].pos_ not in ("DET", "AUX", "ADP", "CCONJ", "PART", "SCONJ")
            if len(words) >= 6 and complete and any(t.dep_ == "ccomp" or t.head.i == t.i for t in cut):
                return cut
    return content


def _clause_tokens(root: Token) -> list[Token]:
    """The words of a reported clause: ``root``'s subtree without the tags and
    quotations hung on it ("..., saying “...”", "..., adding that ..."; a reason
    "because they believe ..." stays), up to
    the first gap, trimmed (:func:`_trim`)."""
    dropped: set[int] = set()
    for tok in root.subtree:
        because = any(c.dep_ == "mark" and c.lower_ == "because" for c in tok.children)
        if tok is not root and tok.dep_ in ("advcl", "conj", "parataxis") and _is_speech_verb(tok):
            if not because:  # "... because they believe ..." is part of what was said
                dropped.update(t.i for t in tok.subtree)
    kept: list[Token] = []
    for tok in root.subtree:
        if tok.i in dropped:
            if kept:
                break
            continue
        kept.append(tok)
    return _trim(kept)


def _speech_noun_clause(noun: Token) -> _Candidate | None:
    """A "that"-clause on a noun of speech ("Lawmakers expressed hope that ...",
    "Ruiz reiterated the claim that ..."): reported speech of the subject of the
    verb that governs the noun."""
    clause = next(
        (
            c
            for c in noun.children
            if c.dep_ in ("acl", "ccomp") and any(m.lower_ == "that" for m in c.children)
        ),
        None,
    )
    if clause is None or noun.dep_ not in ("dobj", "pobj") or clause.i < noun.i:
        return None
    verb = noun.head if noun.dep_ == "dobj" else noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or not (
        verb.lemma_.lower() in SPEECH_NOUN_VERBS or _is_speech_verb(verb)
    ):
        return None  # "rejected the claim that ...", "in hopes that ..."
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects and (subjects[0].lower_ in ("this", "that") or subjects[0].lemma_ in _FACT_NOUNS):
        return None  # "This raises the concern that ...", "The finding raised fears that ...": no speaker
    content = _clause_tokens(clause)
    if len(content) < 2:
        return None
    sent = noun.sent
    start, end = content[0].idx, content[-1].idx + len(content[-1].text)
    return _Candidate(
        start, end, REPORTED, f"{verb.text} {noun.text}", _subject_of(verb, sent.start_char, sent.end_char)
    )


def _according_to(tok: Token, clashes: Callable[[int, int], bool]) -> _Candidate | None:
    """ "According to the ministry, X." / "X, according to the ministry." / "X led,
    according to Time, the largest ..." / "... but according to MSF, X."

    The reported words are the clause the phrase modifies, without the phrase;
    when that clause is itself a speech verb's with a clausal complement
    ("According to AFP, the president said ..."), the speech verb reports it
    instead. The speaker is the ``pobj`` of "to", or the author of a statement
    noun ("according to a report by Tasnim News Agency" -> Tasnim News Agency).
    """
    to = next((c for c in tok.children if c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if pobj is None:
        return None
    sent: Span = tok.sent
    phrase = {t.i for t in tok.subtree}
    head = tok.head
    relative = any(c.dep_ in _SUBJECT_DEPS and c.tag_ in _RELATIVE_TAGS for c in head.children)
    if head.i != tok.i and head.pos_ in ("VERB", "AUX") and not relative:
        if _is_speech_verb(head) and any(c.dep_ == "ccomp" for c in head.children):
            return None
        content = _trim([t for t in head.subtree if t.i not in phrase])
    else:
        first, last = min(phrase), max(phrase)
        before = _trim(list(sent.doc[sent.start : first]))
        after = _trim(list(sent.doc[last + 1 : sent.end]))
        content = after if len(before) < 2 else before
    apposed = _apposed_name_opening(content, max(phrase))
    if apposed is not None:  # "According to the town's mayor, Ana Ruiz, the road is shut": Ana Ruiz
        content = _trim(content[apposed.i - content[0].i + 1 :])
    if len(content) < 2 or content[-1].tag_ in _RELATIVE_TAGS:
        return None  # "The politician, who according to X is ...": not a clause of its own
    start, end = content[0].idx, content[-1].idx + len(content[-1].text)
    if clashes(start, end):
        return None
    if apposed is not None:
        given = apposed
        while given.i > 0 and given.doc[given.i - 1].ent_type_ == "PERSON":
            given = given.doc[given.i - 1]
        named = _Subject(apposed, given.idx, apposed.idx + len(apposed.text))
        return _Candidate(start, end, REPORTED, "according to", named)
    author = pobj
    if _is_statement_noun(pobj):
        author = _statement_author(pobj) or pobj
        if (
            author is pobj
            and pobj.tag_ == "NNS"
            and not any(c.dep_ in ("det", "poss", "compound", "amod", "nummod") for c in pobj.children)
        ):
            return _Candidate(start, end, REPORTED, "according to", None)  # "according to reports": no one
    elif pobj.pos_ == "NOUN":
        author = _work_author(pobj) or pobj  # "according to a review by the paper": the paper
    return _Candidate(start, end, REPORTED, "according to", _subject_span(author, sent.start_char))


def _apposed_name_opening(content: list[Token], phrase_end: int) -> Token | None:
    """A person's name set off by commas right after an "according to" phrase, that the parser
    put into the clause ("According to the mayor, Ana Ruiz, the road is shut"): the name's
    last token; else None."""
    if not content or content[0].i != phrase_end + 2 or content[0].doc[phrase_end + 1].text != ",":
        return None
    k = 0
    while k < len(content) and content[k].ent_type_ == "PERSON" and content[k].pos_ == "PROPN":
        k += 1
    if k < 2 or k >= len(content) or content[k].text != ",":
        return None
    return content[k - 1]


def _trim(tokens: list[Token]) -> list[Token]:
    """Drop leading complementisers ("that"), punctuation at both ends and a trailing
    conjunction."""
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].dep_ == "mark"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space or tokens[-1].dep_ == "cc"):
        tokens = tokens[:-1]  # "... by her grandfather and" before a dropped "said ..."
    return tokens


# -- character helpers ------------------------------------------------------------


def _tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    """Tokens lying wholly inside ``[start, end)`` (characters), whitespace tokens aside; none
    when ``start`` or ``end - 1`` lies outside every token and the space after it (as
    ``doc.char_span(start, end, alignment_mode="expand")`` is None)."""
    if end <= start:
        return []
    offsets = _offsets(doc)
    if not (offsets.holds(start) and offsets.holds(end - 1)):
        return []
    first, stop = bisect.bisect_left(offsets.starts, start), bisect.bisect_right(offsets.ends, end)
    return [doc[i] for i in range(first, stop) if not offsets.spaces[i]]


@dataclass(frozen=True)
class _Offsets:
    """Token start and end offsets (characters) of a ``Doc``, the end of the space after each
    token, and whether each token is whitespace, read once from the Doc's arrays."""

    starts: list[int]
    ends: list[int]
    reach: list[int]
    spaces: list[int]

    def holds(self, char: int) -> bool:
        """Whether ``char`` lies in a token or the space after it (spaCy's ``token_by_char``)."""
        i = bisect.bisect_right(self.starts, char) - 1
        return i >= 0 and char < self.reach[i]


#: The :class:`_Offsets` of the docs in use.
_OFFSETS: weakref.WeakKeyDictionary[Doc, _Offsets] = weakref.WeakKeyDictionary()


def _offsets(doc: Doc) -> _Offsets:
    """The :class:`_Offsets` of ``doc``, built once."""
    found = _OFFSETS.get(doc)
    if found is None:
        rows: list[list[int]] = doc.to_array([IDX, LENGTH, SPACY, IS_SPACE]).tolist() if len(doc) else []
        found = _OFFSETS[doc] = _Offsets(
            [r[0] for r in rows], [r[0] + r[1] for r in rows], [r[0] + r[1] + r[2] for r in rows],
            [r[3] for r in rows],
        )  # fmt: skip
    return found


def _is_terminator(text: str, i: int) -> bool:
    """``text[i]`` ends a sentence: . ! ? before whitespace, not an abbreviation."""
    after = text[i + 1 : i + 2]
    if text[i] not in ".!?" or not (after == "" or after.isspace()):
        return False
    if text[i] != ".":
        return True
    if _ABBREVIATION.search(text[max(0, i - 6) : i + 1]):
        return False
    return not _company_title_follows(text, i)


def _company_title_follows(text: str, i: int) -> bool:
    """Whether the full stop at ``text[i]`` closes a company abbreviation ("Inc.", "Corp.",
    "Ltd.") that a capitalised name or title goes on from ("said Apple Inc. CEO Ana Ruiz"),
    not a sentence opener ("... Apple Inc. The firm ...")."""
    if not _COMPANY_ABBREVIATION.search(text[max(0, i - 6) : i + 1]):
        return False
    rest = text[i + 1 : i + 40]
    following = rest.split(maxsplit=1)
    if not following or "\n" in rest[: rest.index(following[0])]:
        return False  # a line break ends the sentence
    word = following[0].strip("\"'“”,;:")
    return bool(word) and word[0].isupper() and word.lower() not in _SENTENCE_OPENERS


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
