"""The learned decision layer: is an arbitrated candidate a real event?

After :func:`dyadic.events.arbitrate.arbitrate` has chosen a sentence's candidates,
each one is described by plain categorical features (:func:`features`) and scored by
an L2-regularised logistic regression (:class:`DecisionModel`). The probability is the
event's ``confidence``; the coder drops candidates below a threshold
(``min_confidence``, a config key of the ``dyadic_events`` component).

The weights ship in ``dyadic/data/events/event_decision.json``; they are fitted at
build time by ``tools/train_decision.py`` on the train split of the real-news gold
corpus (``eval/gold/train.jsonl``) only, each emitted candidate labelled by whether the
article scorer (:mod:`dyadic.evaluation.articles`) matches it to a gold event at
(source country, target country, CAMEO root). The default threshold is chosen on the
dev split; the file records both (split, date, counts). Applying the model needs no
numerical library: a probability is a sigmoid of a sum of looked-up weights.

Features (name -> value; each ``name=value`` pair is one indicator of the model; a
feature that does not apply is absent, so "no target" is one indicator, not seven):

* the event: CAMEO ``root`` and ``code``, ``origin`` (:class:`~dyadic.events.candidates.
  Origin`), ``pattern`` (specific pattern or verb default) and a specific pattern's
  ``score``, ``curated``, ``paired`` (reverse direction of a paired code), ``status``;
* the trigger: ``lemma``, ``tag`` (its fine part of speech), ``governor`` lemma (speech
  act or light verb), ``dep`` (its dependency relation) and ``under`` (the lemma of the
  predicate its clause hangs from: "said", "expected"), ``noun`` (an event noun rather
  than a verb), ``negated``, ``modal`` (a modal or future auxiliary on the trigger or
  its governor), ``clause`` (inside a relative / adnominal clause, the usual place of
  background: "Morocco, which controls ...");
* the actors: ``target`` present; ``source_kind`` / ``target_kind``
  (:class:`~dyadic.records.ActorKind`), ``source_role`` / ``target_role``, how each
  mention was resolved (``source_rule`` / ``target_rule``), the dependency relation of
  each mention (``source_dep`` / ``target_dep``), the target's preposition
  (``target_prep``), ``same_country``, ``target_country`` (whether the target's
  country is known), ``actor_order`` (source or target first in the
  text: the second direction of "X and Y met" comes target first, as does a passive),
  token distance from trigger to each
  (``source_distance`` / ``target_distance``) and ``source_side`` (before or after
  the trigger);
* the sentence: ``position`` in the document (first, second, later), ``quoted`` (the
  trigger is inside quotation marks), ``year`` (a year is written in it: history),
  ``siblings`` (events chosen in the sentence) and ``fanout`` (events of this trigger:
  an exploded coordination), both binned. No sentence length: it fitted noise in
  cross-validation on train and mis-fired on the short sentences of the sentence sets;
* interactions: ``root|target``, ``root|status``, ``origin|target``, ``code|target``
  (a code that needs a target rarely stands alone) and ``governor|root`` (the speech act
  or light verb a root was read under: "said ... attack" is not "urged ... attack").

Lexical indicators (codes, lemmas and their interactions: :data:`LEXICAL_FEATURES`) are
many and each is rare; the structural ones are few and each is common. They get separate
L2 penalties, both chosen by article-grouped cross-validation on train: the structural
indicators need the stronger one (they overfit the train split's conventions).

The model is a plain logistic regression (Cox 1958; L2 penalty as in ridge regression,
Hoerl and Kennard 1970); its probabilities are Platt-scaled (Platt 1999) on out-of-fold
train logits when fitted with ``--calibrate``: the model being linear, the scale and shift
are folded into the weights and bias (``training.calibration`` records them), so applying
it needs nothing more. They are checked against the dev split with a reliability table
(``tools/train_decision.py --report dev``).
"""

from __future__ import annotations

import bisect
import json
import math
import re
import weakref
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from dyadic.errors import InputError
from dyadic.events.candidates import Candidate
from dyadic.events.frame import lemma_of
from dyadic.nlp import doc_text
from dyadic.records import Mention

__all__ = ["DecisionModel", "Features", "LEXICAL_FEATURES", "MODEL_FORMAT", "features"]

#: The ``format`` field of a decision model file.
MODEL_FORMAT = "dyadic.event_decision.v1"
#: Features penalised apart in training (the lighter penalty, chosen by cross-validation):
#: those whose values are words or codes (many values, each rare) and ``target_country``.
LEXICAL_FEATURES = frozenset(
    {"code", "lemma", "governor", "under", "code|target", "governor|root", "target_country"}
)
#: Feature name -> value; every ``name=value`` pair is one indicator of the model.
Features = dict[str, str]

#: Auxiliaries that make an event modal or future (lower-case forms and lemmas).
MODAL_WORDS = frozenset(
    {"would", "could", "may", "might", "can", "should", "must", "ca", "'d", "will", "shall", "'ll", "wo"}
)
#: Dependency relations of a clause under another predicate (its lemma is the ``under`` feature).
CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "pcomp"})
#: Dependency relations of clauses that usually carry background, not news.
BACKGROUND_CLAUSE_DEPS = frozenset({"relcl", "acl"})
#: Opening and closing quotation marks (curly, PTB-style); a straight ``"`` toggles.
OPENING_QUOTES = ("\u201c", "``")
CLOSING_QUOTES = ("\u201d", "''")
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)s?\b")
_QUOTE_MARK = re.compile("\u201c|\u201d|``|''|\"")


def features(
    c: Candidate, sent: Span, siblings: Sequence[Candidate] = (), sent_index: int | None = None
) -> Features:
    """The decision features of candidate ``c`` in sentence ``sent`` (see the module docstring).

    Args:
        c: An arbitrated candidate of ``sent``.
        sent: Its sentence (a span of the parsed ``Doc``).
        siblings: Every candidate chosen in ``sent`` (``c`` included); empty counts as ``c`` alone.
        sent_index: 0-based index of ``sent`` in its ``Doc``; computed when None.

    Returns:
        Feature name -> categorical value (strings only).
    """
    d, head = c.dyad, c.head
    src, tgt = d.source, d.target
    root = d.code[:2]
    target = "actor" if tgt is not None else "none"
    position = sent_index if sent_index is not None else _sentence_index(sent)
    out: Features = {
        "root": root,
        "code": d.code,
        "origin": str(c.origin),
        "pattern": "default" if c.match.pattern is None else "specific",
        "curated": _yes(c.curated),
        "paired": _yes(d.paired),
        "status": str(c.status),
        "lemma": lemma_of(head),
        "governor": lemma_of(c.governor) if c.governor is not None else "-",
        "dep": head.dep_ or "-",
        "tag": head.tag_ or "-",
        "under": lemma_of(head.head) if head.dep_ in CLAUSE_DEPS else "-",
        "noun": _yes(head.pos_ != "VERB"),
        "negated": _yes(_has_child(head, c.governor, lambda t: t.dep_ == "neg")),
        "modal": _yes(_has_child(head, c.governor, _is_modal)),
        "clause": _yes(_in_background_clause(head, sent)),
        "target": target,
        "source_kind": str(src.actor.kind),
        "source_role": src.actor.role or "-",
        "source_rule": src.rule,
        "source_distance": _bin(_distance(head, src), (2, 5, 10)),
        "source_side": "before" if src.token_start < head.i else "after",
        "source_dep": _mention_dep(sent, src),
        "position": ("first", "second")[position] if position < 2 else "later",
        "quoted": _yes(_in_quotation(sent.doc, head.idx)),
        "year": _yes(_YEAR.search(sent.text) is not None),
        "siblings": _bin(max(len(siblings), 1), (1, 2, 4)),
        "fanout": _bin(max(sum(1 for s in siblings if s.head.i == head.i), 1), (1, 2)),
    }
    if c.match.pattern is not None:
        out["score"] = _bin(int(c.match.score), (1, 2, 3))
    if tgt is not None:  # one indicator ("target=none") says there is none, not seven
        out |= {
            "target_kind": str(tgt.actor.kind),
            "target_role": tgt.actor.role or "-",
            "target_rule": tgt.rule,
            "target_distance": _bin(_distance(head, tgt), (2, 5, 10)),
            "target_dep": _mention_dep(sent, tgt),
            "target_prep": c.match.target_prep or "-",
            "same_country": _same_country(src, tgt),
            "target_country": _yes(tgt.actor.country is not None),
            "actor_order": "source-first" if src.start < tgt.start else "target-first",
        }
    out["root|target"] = f"{root}|{target}"
    out["code|target"] = f"{d.code}|{target}"
    out["governor|root"] = f"{out['governor']}|{root}"
    out["root|status"] = f"{root}|{c.status}"
    out["origin|target"] = f"{c.origin}|{target}"
    return out


@dataclass(frozen=True)
class DecisionModel:
    """A logistic regression over :func:`features` indicators.

    Attributes:
        weights: ``"name=value"`` -> weight (log-odds); pairs not listed weigh 0.
        bias: The intercept (log-odds).
        min_confidence: The default threshold (0..1) chosen on the dev split.
        training: Provenance: split, date (ISO 8601), candidate and positive counts, penalty.
    """

    weights: Mapping[str, float]
    bias: float
    min_confidence: float
    training: Mapping[str, Any]

    @classmethod
    def load(cls, path: str | Path | None = None) -> DecisionModel:
        """The shipped model (cached per process), or the model file at ``path``.

        Raises:
            InputError: the file cannot be read or is not a decision model.
        """
        if path is None:
            return _shipped()
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise InputError(str(path), f"cannot read the decision model: {exc}") from exc
        return _read(text, str(path))

    def logit(self, feats: Mapping[str, str]) -> float:
        """The log-odds that the candidate described by ``feats`` is a real event."""
        return self.bias + sum(self.weights.get(f"{k}={v}", 0.0) for k, v in feats.items())

    def probability(self, feats: Mapping[str, str]) -> float:
        """The probability (0..1) that the candidate described by ``feats`` is a real event."""
        z = self.logit(feats)
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))

    def to_json(self) -> str:
        """The model file's text (keys sorted, so a refit with the same data is the same file)."""
        body = {
            "format": MODEL_FORMAT,
            "bias": self.bias,
            "min_confidence": self.min_confidence,
            "training": dict(self.training),
            "weights": dict(sorted(self.weights.items())),
        }
        return json.dumps(body, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


@lru_cache(maxsize=1)
def _shipped() -> DecisionModel:
    ref = resources.files("dyadic") / "data" / "events" / "event_decision.json"
    return _read(ref.read_text(encoding="utf-8"), "dyadic/data/events/event_decision.json")


def _read(text: str, where: str) -> DecisionModel:
    try:
        raw = json.loads(text)
        if raw.get("format") != MODEL_FORMAT:
            raise ValueError(f"format is {raw.get('format')!r}, not {MODEL_FORMAT!r}")
        return DecisionModel(
            weights={str(k): float(v) for k, v in raw["weights"].items()},
            bias=float(raw["bias"]),
            min_confidence=float(raw["min_confidence"]),
            training=dict(raw.get("training", {})),
        )
    except (json.JSONDecodeError, KeyError, TypeError, ValueError, AttributeError) as exc:
        raise InputError(where, f"not a decision model: {exc}") from exc


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


def _bin(value: int, edges: tuple[int, ...]) -> str:
    """``value`` as a bin label: ``<=e`` for the first edge it does not exceed, else ``>last``."""
    for e in edges:
        if value <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _sentence_index(sent: Span) -> int:
    return sum(1 for s in sent.doc.sents if s.start < sent.start)


def _is_modal(t: Token) -> bool:
    return t.dep_ in ("aux", "auxpass") and (t.lower_ in MODAL_WORDS or lemma_of(t) in MODAL_WORDS)


def _has_child(head: Token, governor: Token | None, test: Any) -> bool:
    """Does the trigger, or the verb it is read under, have a child passing ``test``?"""
    return any(test(t) for tok in (head, governor) if tok is not None for t in tok.children)


def _in_background_clause(head: Token, sent: Span) -> bool:
    """Is the trigger inside a relative or adnominal clause (on its path to the sentence root)?"""
    tok = head
    for _ in range(len(sent)):
        if tok.dep_ in BACKGROUND_CLAUSE_DEPS:
            return True
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _same_country(src: Mention, tgt: Mention) -> str:
    if src.actor.country is None or tgt.actor.country is None:
        return "unknown"
    return _yes(src.actor.country == tgt.actor.country)


def _mention_dep(sent: Span, m: Mention) -> str:
    """Dependency relation of the syntactic root of mention ``m`` ("nsubj", "pobj", ...)."""
    return sent.doc[m.token_start : m.token_end].root.dep_ or "-"


def _distance(head: Token, m: Mention) -> int:
    """Tokens between the trigger and the nearest token of mention ``m`` (0 inside it)."""
    if m.token_start <= head.i < m.token_end:
        return 0
    return min(abs(head.i - m.token_start), abs(head.i - (m.token_end - 1)))


#: Per ``Doc``: :func:`_quote_marks` of its text, computed once (a ``Doc``'s text never changes).
_QUOTE_MARKS: weakref.WeakKeyDictionary[Doc, tuple[list[int], list[bool]]] = weakref.WeakKeyDictionary()


def _quote_marks(text: str) -> tuple[list[int], list[bool]]:
    """The quotation marks of ``text`` as ``(ends, inside)``: ``ends`` the character offset
    after each mark, ascending; ``inside[k]`` whether a position after the first ``k``
    marks is inside quotation marks (``len(inside) == len(ends) + 1``)."""
    ends: list[int] = []
    inside = [False]
    depth, straight = 0, False
    for m in _QUOTE_MARK.finditer(text):
        mark = m.group()
        if mark in OPENING_QUOTES:
            depth += 1
        elif mark in CLOSING_QUOTES:
            depth = max(0, depth - 1)
        else:
            straight = not straight
        ends.append(m.end())
        inside.append(depth > 0 or straight)
    return ends, inside


def _in_quotation(doc: Doc, offset: int) -> bool:
    """Is character ``offset`` of the doc's text inside quotation marks (counted from the
    text's start, over the marks that end at or before ``offset``)?"""
    marks = _QUOTE_MARKS.get(doc)
    if marks is None:
        marks = _QUOTE_MARKS[doc] = _quote_marks(doc_text(doc))
    ends, inside = marks
    return inside[bisect.bisect_right(ends, offset)]
