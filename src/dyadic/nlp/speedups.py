"""Faster drop-in versions of two spaCy components, with the same output.

Profiling dyadic's parse of news (en_core_web_sm) showed two rule components of the
spaCy model costing a quarter of its CPU time, in Python-level work per token:

* the ``attribute_ruler`` (tag map and exceptions: POS, morphology, some lemmas)
  runs a spaCy ``Matcher`` over every token (~20 µs a token). Its patterns are one
  or two tokens long and test only ``TAG``, ``LOWER``, ``DEP`` and ``IS_SPACE`` (by
  value, ``IN``, ``NOT_IN`` or ``REGEX``), so
  :class:`FastAttributeRuler` decides which tokens match from those four values,
  cached per distinct combination, and hands spaCy's own ``set_annotations`` the
  same match list, in the same order; when it runs as a component it goes further,
  merging the attributes each combination's one-token patterns set once and writing
  every token's with ``Doc.from_array`` (about 20% less CPU time than match list and
  token-by-token setting, ~0.08 s over 260 news articles);
* the rule ``lemmatizer`` builds a ``Token`` per token and recomputes the lemma of
  every base form (spaCy caches only the suffix-rule path). A rule lemma depends on
  the token's text, POS and morphology alone (spaCy's own cache key), so
  :class:`FastRuleLemmatizer` reads those as arrays, keeps each lemma once per key,
  and asks spaCy's ``lemmatize`` only for keys it has not seen.

:func:`speed_up` switches the components of a pipeline to these classes (they keep
their data; ``nlp.to_disk`` and the config are unchanged). A component whose patterns
or mode these classes do not cover is left as it is. ``tests/test_pipeline_speedups.py``
checks the output against spaCy's components, token by token.
"""

from __future__ import annotations

import re
from typing import Any, cast

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.errors import Errors
from spacy.lang.en.lemmatizer import EnglishLemmatizer
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

__all__ = ["FastAttributeRuler", "FastRuleLemmatizer", "speed_up"]

#: The token attributes the fast attribute ruler reads, in the order of its keys.
_READ = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
_ARRAY = [TAG, LOWER, DEP, IS_SPACE]

#: Entries a cache keeps at most before it starts again (about 100 bytes each), so that a
#: long run's memory stays bounded whatever words it meets.
CACHE_LIMIT = 200_000
#: Token attributes a rule may set that live on the token alone (no lexeme attribute), so
#: that setting each token's last value once gives what setting them match by match gives.
_TOKEN_ONLY = frozenset({LEMMA, POS, TAG, DEP, MORPH})
#: The key value of a ``LOWER`` that no pattern names and no ``LOWER`` regex matches.
_OTHER = -1

#: A compiled token test: (position in the key, "eq" | "in" | "not_in", value or set of values).
Test = tuple[int, str, Any]


class Unsupported(ValueError):
    """A pattern uses something the fast attribute ruler does not implement."""


def _compile_spec(spec: dict[str, Any], strings: Any) -> tuple[Test, ...]:
    """One Matcher token pattern as tests on the key ``(tag, lower, dep, is_space)`` (hashes, and 0/1)."""
    tests: list[Test] = []
    for attr, value in spec.items():
        if attr not in _READ:
            raise Unsupported(attr)
        at = _READ[attr]
        if isinstance(value, bool):
            tests.append((at, "eq", int(value)))
        elif isinstance(value, str) and attr != "IS_SPACE":
            tests.append((at, "eq", strings[value]))
        elif isinstance(value, dict) and len(value) == 1 and set(value) <= {"IN", "NOT_IN", "REGEX"}:
            (op, values), = value.items()
            if attr == "IS_SPACE":
                raise Unsupported(f"{attr} {op}")
            if op == "REGEX" and isinstance(values, str):  # spaCy: re.search on the attribute's string
                tests.append((at, "regex", re.compile(values)))
            elif op != "REGEX" and all(isinstance(v, str) for v in values):
                tests.append((at, op.lower(), frozenset(strings[v] for v in values)))
            else:
                raise Unsupported(f"{attr} {op}")
        else:
            raise Unsupported(f"{attr}: {value!r}")
    return tuple(tests)


def _passes(tests: tuple[Test, ...], key: tuple[int, ...], strings: Any) -> bool:
    """Whether a token with ``key`` passes every test (``strings``: the vocab's, for regexes)."""
    for at, op, value in tests:
        got = key[at]
        if op == "eq":
            ok = got == value
        elif op == "regex":
            ok = got != _OTHER and value.search(strings[got] if got else "") is not None
        else:
            ok = (got in value) == (op == "in")
        if not ok:
            return False
    return True


class FastAttributeRuler(AttributeRuler):
    """spaCy's ``AttributeRuler`` with a faster :meth:`match` (same matches, same order) and a
    faster ``__call__`` (the same attributes set).

    Raises:
        Unsupported: from :meth:`compile`, when a pattern uses an operator or an
            attribute other than ``TAG``, ``LOWER``, ``DEP``, ``IS_SPACE`` (by value,
            ``IN``, ``NOT_IN`` or ``REGEX``); :func:`speed_up` then keeps spaCy's class.
    """

    def compile(self) -> None:
        """Compile the patterns (again, after patterns were added)."""
        strings = self.vocab.strings
        specs: list[tuple[Test, ...]] = []
        patterns: list[tuple[int, int, tuple[int, ...]]] = []  # (rule, match id, spec ids)
        for rule in range(len(self.attrs)):
            match_id = strings[str(rule)]
            for pattern in self.matcher.get(str(rule))[1]:
                ids = []
                for spec in pattern:
                    tests = _compile_spec(spec, strings)
                    if tests not in specs:
                        specs.append(tests)
                    ids.append(specs.index(tests))
                if not ids:
                    raise Unsupported("empty pattern")
                patterns.append((rule, match_id, tuple(ids)))
        on_lower = [t for spec in specs for t in spec if t[0] == _READ["LOWER"]]
        self._fast_named = {v for _, op, v in on_lower if op == "eq"}.union(
            *(v for _, op, v in on_lower if op in ("in", "not_in"))
        )
        self._fast_regexes = [v for _, op, v in on_lower if op == "regex"]
        self._fast_specs = specs
        self._fast_patterns = patterns
        self._fast_rules = len(self.attrs)
        self._fast_lowers: dict[int, int] = {}
        self._fast_keys: dict[tuple[int, ...], tuple[frozenset[int], tuple[Any, ...]]] = {}
        self._fast_plans: dict[tuple[int, ...], tuple[Any, ...] | None] = {}

    def _lower_class(self, lower: int) -> int:
        """``lower`` if a pattern names it or a ``LOWER`` regex matches it, else :data:`_OTHER`
        (all other words match the same patterns, so they share one cache key)."""
        got = self._fast_lowers.get(lower)
        if got is None:
            text = self.vocab.strings[lower] if lower else ""
            named = lower in self._fast_named or any(r.search(text) for r in self._fast_regexes)
            if len(self._fast_lowers) >= CACHE_LIMIT:
                self._fast_lowers.clear()
            got = self._fast_lowers[lower] = lower if named else _OTHER
        return got

    def _key_info(self, key: tuple[int, ...]) -> tuple[frozenset[int], tuple[Any, ...]]:
        """The specs a token with ``key`` passes, and the patterns whose first spec it passes."""
        info = self._fast_keys.get(key)
        if info is None:
            strings = self.vocab.strings
            passed = frozenset(i for i, tests in enumerate(self._fast_specs) if _passes(tests, key, strings))
            first = tuple(p for p in self._fast_patterns if p[2][0] in passed)
            if len(self._fast_keys) >= CACHE_LIMIT:
                self._fast_keys.clear()
            info = self._fast_keys[key] = (passed, first)
        return info

    def match(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        """Every ``(rule, match id, start, end)`` spaCy's ``AttributeRuler.match`` returns, sorted.

        Args:
            doc: A parsed ``Doc`` (token offsets are token indices).
        """
        if getattr(self, "_fast_rules", None) != len(self.attrs):
            self.compile()
        lower, info = self._lower_class, self._key_info
        rows = doc.to_array(_ARRAY).tolist()
        infos = [info((tag, lower(low), dep, space)) for tag, low, dep, space in rows]
        n = len(infos)
        matches = []
        for start, (_, first) in enumerate(infos):
            for rule, match_id, ids in first:
                end = start + len(ids)
                if end <= n and all(ids[j] in infos[start + j][0] for j in range(1, len(ids))):
                    matches.append((rule, match_id, start, end))
        matches.sort()
        return matches

    def __call__(self, doc: Doc) -> Doc:
        """Set the attributes of every match, as :meth:`match` then :meth:`set_annotations` do.

        Tokens are grouped by their key (:meth:`_key_info`); the attributes that one-token
        patterns give a key are merged once per key, in rule order, and written for all
        tokens at once with ``Doc.from_array``; longer patterns are checked at the tokens
        where their first token matches. A document where a pattern of a rule that sets
        anything but token-only attributes (or with a token index outside its pattern)
        could match goes through :meth:`match` and :meth:`set_annotations`.

        Args:
            doc: A tagged and parsed ``Doc``.

        Returns:
            ``doc``.
        """
        error_handler = self.get_error_handler()
        try:
            if getattr(self, "_fast_rules", None) != len(self.attrs):
                self.compile()
            if not len(doc) or not self._set_fast(doc):
                self.set_annotations(doc, self.match(doc))
            return doc
        except Exception as e:
            return cast(Doc, error_handler(self.name, self, [doc], e))

    def _set_fast(self, doc: Doc) -> bool:
        """:meth:`__call__`'s array path; False (nothing set) when ``doc`` needs the other."""
        rows = doc.to_array(_ARRAY)
        # each column's distinct values, then one integer per token for its 4-tuple key
        columns = [numpy.unique(rows[:, c], return_inverse=True) for c in range(4)]
        code = numpy.zeros(len(rows), dtype=numpy.int64)
        for values, where in columns:
            code = code * len(values) + where.reshape(-1)
        codes, of_key = numpy.unique(code, return_inverse=True)
        of_key = of_key.reshape(-1)
        at = []  # each distinct key's index into each column's distinct values
        for values, _ in reversed(columns):
            codes, r = numpy.divmod(codes, len(values))
            at.append(r)
        tags, lowers, deps, spaces = (
            values[r].tolist() for (values, _), r in zip(columns, reversed(at), strict=True)
        )
        classes = {low: self._lower_class(low) for low in set(lowers)}
        key_list = list(zip(tags, [classes[low] for low in lowers], deps, spaces, strict=True))
        infos = [self._key_info(key) for key in key_list]
        plans = [self._key_plan(key) for key in key_list]
        if any(plan is None for plan in plans):
            return False
        extra: dict[int, set[int]] = {}  # token -> rules of longer patterns that set it
        n = len(of_key)
        for k, (_, first) in enumerate(infos):
            longer = [p for p in first if len(p[2]) > 1]
            if not longer:
                continue
            for start in numpy.flatnonzero(of_key == k).tolist():
                for rule, _, ids in longer:
                    end = start + len(ids)
                    if end <= n and all(ids[j] in infos[of_key[start + j]][0] for j in range(1, len(ids))):
                        index = self.indices[rule]
                        extra.setdefault(start + index if index >= 0 else end + index, set()).add(rule)
        used = sorted(
            {a for plan in plans for a, _ in cast(tuple, plan)[1]}
            | {a for rules in extra.values() for r in rules for a in self.attrs[r]}
        )
        if not used:
            return True
        col = {a: c for c, a in enumerate(used)}
        table = numpy.zeros((len(key_list), len(used)), dtype=numpy.uint64)
        mask = numpy.zeros((len(key_list), len(used)), dtype=bool)
        for k, plan in enumerate(plans):
            for a, v in cast(tuple, plan)[1]:
                table[k, col[a]], mask[k, col[a]] = v, True
        out = doc.to_array(used)
        out = numpy.where(mask[of_key], table[of_key], out)
        for i, rules in extra.items():
            merged: dict[Any, Any] = {}
            for rule in sorted(set(cast(tuple, plans[of_key[i]])[0]) | rules):
                merged.update(self.attrs[rule])
            for a, v in merged.items():
                out[i, col[a]] = v
        doc.from_array(used, cast(Any, out))
        return True

    def _key_plan(self, key: tuple[int, ...]) -> tuple[Any, ...] | None:
        """For the patterns whose first token a token with ``key`` matches (:meth:`_key_info`):
        the rules of its one-token patterns and the ``(attribute, value)`` pairs they set,
        merged in rule order; None when one of those patterns belongs to a rule the array
        path cannot set (see :meth:`__call__`)."""
        plans = self._fast_plans
        if key in plans:
            return plans[key]
        first = self._key_info(key)[1]
        plan: tuple[Any, ...] | None = None
        if all(self._fast_ok(rule, len(ids)) for rule, _, ids in first):
            rules = sorted({rule for rule, _, ids in first if len(ids) == 1})
            merged: dict[Any, Any] = {}
            for rule in rules:
                merged.update(self.attrs[rule])
            plan = (tuple(rules), tuple(merged.items()))
        if len(plans) >= CACHE_LIMIT:
            plans.clear()
        plans[key] = plan
        return plan

    def _fast_ok(self, rule: int, length: int) -> bool:
        """Whether a match of ``length`` tokens of ``rule`` sets token-only attributes of a
        token inside it."""
        index = self.indices[rule]
        return _TOKEN_ONLY.issuperset(self.attrs[rule]) and -length <= index < length

    def set_annotations(self, doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        """Set the attributes of ``matches`` (from :meth:`match`, in order: a later rule wins),
        each token's once with its last value for each attribute, as spaCy's
        ``set_annotations`` leaves them (it builds a ``Span`` and sets a token per match).
        Rules that set anything but token-only attributes, or whose token index falls outside
        their match, go through spaCy's own method."""
        final: dict[int, dict[Any, Any]] = {}
        for attr_id, _, start, end in matches:
            attrs = self.attrs[attr_id]
            index = self.indices[attr_id]
            i = start + index if index >= 0 else end + index
            if not start <= i < end or not _TOKEN_ONLY.issuperset(attrs):
                super().set_annotations(doc, matches)
                return
            final.setdefault(i, {}).update(attrs)
        for i, attrs in final.items():
            set_token_attrs(doc[i], attrs)


class FastRuleLemmatizer(EnglishLemmatizer):
    """spaCy's English rule lemmatizer, reading and writing lemmas as arrays and caching every
    lemma by ``(ORTH, POS, MORPH)``, the key of spaCy's own cache."""

    def __call__(self, doc: Doc) -> Doc:
        """Set the lemma of every token that has none (or of all, with ``overwrite``).

        Args:
            doc: A tagged ``Doc`` (POS and morphology set).

        Returns:
            ``doc``.
        """
        if not self._validated:
            self._validate_tables(Errors.E1004)
        cache: dict[tuple[int, int, int], int] = self.__dict__.setdefault("_fast_lemmas", {})
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA])
        changed = False
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.overwrite:
                continue
            new = cache.get((orth, pos, morph))
            if new is None:
                if len(cache) >= CACHE_LIMIT:
                    cache.clear()
                new = cache[(orth, pos, morph)] = self.vocab.strings.add(self._lemma(doc[i]))
            if new != lemma:
                rows[i, 3] = new
                changed = True
        if changed:
            doc.from_array([LEMMA], cast(Any, rows[:, 3:4].copy()))
        return doc


    def _lemma(self, token: Token) -> str:
        """``Lemmatizer.rule_lemmatize(token)[0]`` (spaCy 3.8), reading each part of speech's
        ``lemma_index`` as a set: spaCy tests each suffix rule's form against the list (up
        to 57,528 nouns), ~0.2 ms a new word."""
        univ_pos = token.pos_.lower()
        if univ_pos in ("", "eol", "space") or self.is_base_form(token):
            return cast(str, self.rule_lemmatize(token)[0])  # spaCy's own early answers
        index_table = self.lookups.get_table("lemma_index", {})
        exceptions = self.lookups.get_table("lemma_exc", {}).get(univ_pos, {})
        rules = self.lookups.get_table("lemma_rules", {}).get(univ_pos, {})
        if not (index_table.get(univ_pos) or exceptions or rules):
            return token.text if univ_pos == "propn" else token.text.lower()
        index = self._index_set(univ_pos)
        string = token.text.lower()
        forms: list[str] = []
        oov_forms = []
        for old, new in rules:
            if string.endswith(old):
                form = string[: len(string) - len(old)] + new
                if not form:
                    pass
                elif form in index:
                    forms.insert(0, form)
                elif not form.isalpha():
                    forms.append(form)
                else:
                    oov_forms.append(form)
        forms = list(dict.fromkeys(forms))
        for form in exceptions.get(string, []):
            if form not in forms:
                forms.insert(0, form)
        return (forms or oov_forms or [token.text])[0]

    def _index_set(self, univ_pos: str) -> frozenset[str]:
        """The ``lemma_index`` words of a part of speech as a set (made once)."""
        sets: dict[str, frozenset[str]] = self.__dict__.setdefault("_index_sets", {})
        if univ_pos not in sets:
            sets[univ_pos] = frozenset(self.lookups.get_table("lemma_index", {}).get(univ_pos, ()))
        return sets[univ_pos]


def speed_up(nlp: Language) -> Language:
    """Switch ``nlp``'s ``attribute_ruler`` and English rule ``lemmatizer`` to the fast classes
    (in place; others, and components of other kinds or modes, are left as they are).

    Returns:
        ``nlp``.
    """
    for _, pipe in nlp.pipeline:
        if type(pipe) is AttributeRuler:
            pipe.__class__ = FastAttributeRuler
            try:
                cast(FastAttributeRuler, pipe).compile()
            except Unsupported:
                pipe.__class__ = AttributeRuler
        elif type(pipe) is EnglishLemmatizer and pipe.mode == "rule" and not _overridden(pipe):
            pipe.__class__ = FastRuleLemmatizer
    return nlp


def _overridden(pipe: Lemmatizer) -> bool:
    """Whether ``pipe.lemmatize`` was replaced on the instance (then its results may not
    depend on the cache key alone)."""
    bound = pipe.__dict__.get("lemmatize")
    return bound is not None and getattr(bound, "__func__", None) is not Lemmatizer.rule_lemmatize
