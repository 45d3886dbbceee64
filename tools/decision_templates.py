"""Template sentences from the PETRARCH2 CAMEO verb dictionary, for the decision layer.

``tools/train_decision.py --templates N`` adds these sentences, coded by the current
pipeline and labelled here, to the train split's candidates (with a sample weight well
under 1: their feature distribution differs from real news). Only the fitted weights ship;
the sentences are generated at build time and never written to the package.

Source: ``CAMEO.2.0.txt`` from openeventdata/petrarch2 (MIT, Copyright (c) 2015 Open Event
Data Alliance), read from ``../shared/data/petrarch2-dictionaries/`` with the reader of
``tools/build_verb_patterns.py`` (its verb lines and pattern lines; the dictionary's format
is described there). Actors come from ``src/dyadic/data/actors`` (countries, leaders,
armed groups). No sentence comes from a gold corpus, the PETRARCH2 / PLOVER sentence sets
or the CAMEO manual's examples: every sentence is a pattern line rendered with invented
actor pairs.

Kinds of sentence (:attr:`Template.kind`):

* ``positive``: ``"<A> <verb in the past tense> <pattern words, B in the target slot> on
  Tuesday."``, e.g. ``- * + (OF &CRIME) [112]`` -> "The French government accused
  Iranian troops of fraud on Tuesday."; intended event (A's country, B's country, the
  pattern's CAMEO root); a verb line with its own code and no pattern gives ``"<A> <verb>
  <B> on Tuesday."``;
* negatives, the same verbs and patterns where no event happened (intended: none):
  ``relative`` (background in a relative clause: "Iran, which accuses Chad of fraud, held
  elections on Tuesday."), ``habitual`` ("Iran often accuses Chad of fraud, analysts
  say."), ``modal`` ("Iran could accuse Chad of fraud next year."), ``topic`` (the act is
  the topic of a book or talk: "A new book about how Iran accused Chad of fraud went on
  sale on Tuesday.") and ``no_actor`` (the subject is no actor, the verb a metaphor: "The
  storm accused Chad of fraud on Tuesday.").

Labels (:func:`label`): a coded candidate is true when its (source country, target
country, CAMEO root) equals the template's intended event, or its reverse when the
pattern gives a target->source code (``[a:b]``) or the code is mutual (``MUTUAL_CODES``:
"met", "signed"); every candidate of a negative template is false.

Usage (a look at the sentences)::

    python tools/decision_templates.py [N] [SEED]

Generation is seeded and deterministic: the same N and seed give the same sentences.
"""

from __future__ import annotations

import csv
import json
import random
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
from build_verb_patterns import (  # noqa: E402  (a sibling tool, not a package)
    CODEBOOK,
    DEFAULT_IN,
    fix_code,
    load_codes,
    read_dictionary,
    split_code,
)

ACTORS = ROOT / "src" / "dyadic" / "data" / "actors"
SEED = 20261207
#: Share of negative templates, and the kinds of negative (equal shares).
NEGATIVE_SHARE = 0.4
NEGATIVE_KINDS = ("relative", "habitual", "modal", "topic", "no_actor")
#: Share of templates from verb lines with a code of their own (the rest: pattern lines).
VERB_LINE_SHARE = 0.25
#: Kinds of actor and their chances (armed groups' names are long and rare in the news).
ACTOR_KINDS = {"country": 3, "government": 2, "minister": 1, "troops": 1, "leader": 2, "group": 1}
#: Stands for the preposition of a target added after a pattern with no target slot.
TARGET_PREP = "%PREP"
#: CAMEO root -> the preposition that introduces the one acted on after a pattern's object
#: ("postponed the talks with B", "launched the attack against B", "sent the aid to B").
ROOT_PREPS = {
    "01": "about",
    "02": "to",
    "03": "to",
    "04": "with",
    "05": "with",
    "06": "with",
    "07": "to",
    "08": "to",
    "09": "into",
    "10": "from",
    "11": "against",
    "12": "from",
    "13": "against",
    "14": "against",
    "15": "against",
    "16": "with",
    "17": "against",
    "18": "against",
    "19": "against",
    "20": "against",
}
#: Verbs whose past tense is the base form (when the dictionary lists no past form).
UNCHANGED_PAST = frozenset(
    "hit set put cut cast spread shut let quit bid hurt burst upset beat broadcast".split()
)
#: Words after the verb that take no article: particles, adverbs, prepositions.
NO_ARTICLE = frozenset(
    "out up off down back away forward aside ahead over through along apart to into".split()
)
#: Codes given both ways when the text gives them once (as :data:`dyadic.records.MUTUAL_CODES`).
MUTUAL_CODES = frozenset({"036", "040", "041", "044", "046", "057", "060", "061", "062", "063", "064", "190"})
#: Countries of the templates' actors (frequent in international news), ISO 3166-1 alpha-3.
COUNTRIES = (
    "USA RUS CHN FRA DEU GBR IRN IRQ ISR SYR TUR EGY SAU IND PAK AFG UKR JPN PRK KOR NGA KEN ETH SDN "
    "SOM LBY YEM MEX BRA VEN COL CUB ITA ESP POL LBN JOR QAT ARE AUS CAN ZAF MAR DZA TUN MLI"
).split()
#: Non-actor subjects of the ``no_actor`` negatives (weather, markets, documents, abstractions).
NON_ACTORS = (
    "The storm",
    "Heavy rain",
    "The earthquake",
    "Rising prices",
    "The new policy",
    "The report",
    "The film",
    "Falling oil prices",
    "The drought",
    "The scandal",
)
#: Offices of leaders.csv -> the title written before a leader's name.
TITLES = {"head_of_state": "President", "head_of_government": "Prime Minister"}
_FORMS = re.compile(r"\{([^}]*)\}")
_CODE = re.compile(r"\[([^\]]*)\]")
_PATTERN = re.compile(r"^-\s*(.*?)\s*\[([^\]]*)\]\s*(?:#\s*(.*))?$")
_VOWELS = "aeiou"


@dataclass(frozen=True)
class Actor:
    """A template actor: its text, country (ISO 3166-1 alpha-3) and kind (:data:`ACTOR_KINDS`)."""

    text: str
    country: str
    kind: str


@dataclass(frozen=True)
class Template:
    """One generated sentence.

    Attributes:
        text: The sentence.
        kind: ``"positive"`` or a negative kind of :data:`NEGATIVE_KINDS`.
        source: Intended source country (ISO alpha-3); None for ``no_actor``.
        target: Intended target country.
        root: Intended CAMEO root (2 digits) of the pattern's code.
        reverse_root: Root of the pattern's target->source code (or the same root for a
            mutual code): the reverse direction is also the intended event; None if none.
        pattern: The dictionary line rendered (evidence).
    """

    text: str
    kind: str
    source: str | None
    target: str
    root: str
    reverse_root: str | None
    pattern: str


@dataclass(frozen=True)
class Verb:
    """A dictionary verb: its words (lower case) and inflected forms of the first word."""

    words: tuple[str, ...]
    past: str
    third: str


@dataclass(frozen=True)
class Frame:
    """A renderable pattern: verb, the words before the target slot and after it, codes."""

    verb: Verb
    before: tuple[str, ...]
    after: tuple[str, ...]
    code: str
    reverse: str | None
    line: str


def past_tense(base: str, forms: list[str]) -> str:
    """The past tense of verb ``base`` (lower case): an irregular form of the dictionary's
    ``{...}`` list (neither -ing nor -s), else the regular -ed form."""
    for f in forms:
        if not f.endswith("ing") and f not in (third_person(base, []), base):
            return f
    if base in UNCHANGED_PAST:
        return base
    if base.endswith("e"):
        return base + "d"
    if len(base) > 1 and base.endswith("y") and base[-2] not in _VOWELS:
        return base[:-1] + "ied"
    if len(base) <= 4 and re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", base):
        return base + base[-1] + "ed"  # ban -> banned, stop -> stopped
    return base + "ed"


def third_person(base: str, forms: list[str]) -> str:
    """The present third person singular of verb ``base`` (a ``{...}`` form ending in -s first)."""
    for f in forms:
        if f.endswith("s") and f.startswith(base[:2]) and not f.endswith("ss"):
            return f
    if re.search(r"(s|sh|ch|x|z|o)$", base):
        return base + "es"
    if len(base) > 1 and base.endswith("y") and base[-2] not in _VOWELS:
        return base[:-1] + "ies"
    return base + "s"


def _verb(words: str, line: str) -> Verb:
    parts = tuple(w.lower() for w in words.strip("_").split("_") if w)
    braces = _FORMS.search(line)
    forms = [
        f.lstrip("+").strip("_").split("_")[0].lower() for f in (braces.group(1).split() if braces else [])
    ]
    return Verb(parts, past_tense(parts[0], forms), third_person(parts[0], forms))


def _words(tokens: list[str], synsets: dict[str, list[str]], rng: random.Random) -> list[str] | None:
    """Pattern tokens (no verb, no actor slot) -> words; None when a token cannot be rendered."""
    out: list[str] = []
    for tok in tokens:
        if tok in ("(", ")", "{", "}", "^", "_"):
            continue
        if tok.startswith("&"):
            members = [m.strip("_") for m in synsets.get(tok, []) if m.strip("_")]
            if not members:
                return None
            out += rng.choice(sorted(members)).lower().split("_")
        elif "/" in tok:
            out.append(tok.split("/")[0].lower())
        else:
            out += [w for w in tok.strip("_").lower().split("_") if w]
    return out


def frames(text: str) -> list[tuple[str, str, str | None, str, list[str], list[str], str]]:
    """Raw renderable pattern lines of the dictionary: (verb words, verb line, reverse code,
    code, tokens before the target slot, tokens after it, line). Patterns need the verb
    first (``- * ...``); the target goes into its slot ``+``, after a closing empty
    preposition (``(AGAINST)``), or else after the pattern's words with the usual preposition
    of the code's root (:data:`ROOT_PREPS`: "- * TALK [161]" -> "postponed the talk with B"),
    written :data:`TARGET_PREP` in the tokens; verb lines with a code of their own give
    ``- * +``. Lines with no event (``[---]``) or a source slot ``$`` are skipped."""
    synsets, blocks = read_dictionary(text)
    del synsets
    out = []
    for block in blocks:
        by_form: dict[str, tuple[str, str]] = {}
        for words, _code, _rev, line in block.verbs:
            by_form[words.strip("_").upper()] = (words, line)
            braces = _FORMS.search(line)
            for f in braces.group(1).split() if braces else []:
                by_form[f.lstrip("+").strip("_").upper()] = (words, line)
        for words, code, rev, line in block.verbs:
            if code is not None and words.split("_")[0].upper() not in ("IS", "WAS", "BE", "HAS", "HAVE"):
                out.append((words, line, rev, code, [], [], f"{line} [verb line]"))
        for pat in block.patterns:
            m = _PATTERN.match(pat)
            if not m:
                continue
            body, raw_code, comment = m.group(1), m.group(2), (m.group(3) or "")
            code, rev = split_code(raw_code)
            if code is None or "$" in body or not body.startswith("*"):
                continue
            name = comment.split(",")[0].split()[0].upper() if comment.split() else ""
            if name not in by_form:
                continue
            # a skipped phrase "(IN ^)" is dropped with its preposition
            tokens = re.findall(r"[(){}]|[^\s(){}]+", re.sub(r"\([^()]*\^[^()]*\)", " ", body[1:]))
            if "+" in tokens:
                k = tokens.index("+")
                before, after = tokens[:k], tokens[k + 1 :]
            elif tokens[-1:] == [")"] and len(tokens) >= 3 and tokens[-3] == "(":
                before, after = tokens, []  # "(AGAINST)": the target follows the preposition
            elif tokens:
                before, after = [*tokens, TARGET_PREP], []  # "- * TALK": "the talk with B"
            else:
                continue
            words, line = by_form[name]
            out.append((words, line, rev, code, before, after, " ".join(pat.split())))
    return out


def actors(countries: tuple[str, ...] = tuple(COUNTRIES)) -> dict[str, list[Actor]]:
    """Template actors by country: the country's name, its government, a minister, its
    troops, its current leaders (``leaders.csv`` rows with no end) and its armed groups
    (``organisations.csv`` rows with a rebel or insurgent role)."""
    data = json.loads((ACTORS / "countries.json").read_text(encoding="utf-8"))["countries"]
    out: dict[str, list[Actor]] = {}
    for code in countries:
        entry = data[code]
        name = {"USA": "the United States", "RUS": "Russia", "GBR": "Britain", "TUR": "Turkey"}.get(
            code, entry["name"]
        )
        adj = _adjective(entry["name"], entry["aliases"])
        adj = {"USA": "U.S.", "GBR": "British", "FRA": "French", "DEU": "German", "TUR": "Turkish"}.get(
            code, adj
        )
        found = [Actor(name, code, "country"), Actor(f"the government of {name}", code, "government")]
        if adj:
            found += [
                Actor(f"the {adj} government", code, "government"),
                Actor(f"the {adj} foreign minister", code, "minister"),
                Actor(f"{adj} troops", code, "troops"),
            ]
        out[code] = found
    with (ACTORS / "leaders.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            title = next((t for k, t in TITLES.items() if row["office"].startswith(k)), None)
            if row["country"] in out and not row["end"] and title:
                out[row["country"]].append(Actor(f"{title} {row['name']}", row["country"], "leader"))
    with (ACTORS / "organisations.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["country"] in out and row["role"] in ("REB", "INS") and len(row["name"]) < 40:
                out[row["country"]].append(Actor(row["name"], row["country"], "group"))
    return out


def dictionary_path() -> Path:
    """``CAMEO.2.0.txt`` under ``../shared`` of this checkout, or of the main checkout when this
    is a git worktree (found through git's common directory)."""
    if DEFAULT_IN.exists():
        return DEFAULT_IN
    try:
        common = subprocess.run(
            ["git", "rev-parse", "--path-format=absolute", "--git-common-dir"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return DEFAULT_IN
    return Path(common).parent.parent / DEFAULT_IN.relative_to(ROOT.parent)


def _adjective(name: str, aliases: list[str]) -> str | None:
    """The country's adjective among its aliases ("Iranian"): a one-word alias sharing the
    name's first four letters, by ending -ian, -an, -ese, -ish, -i."""
    words = [a for a in aliases if " " not in a and a[:4] == name[:4] and a != name]
    for stem in (name[:-1], name[:4]):  # "Pakistani" before a misspelling "Pakisatan"
        for end in ("ian", "an", "ese", "ish", "i"):
            found = sorted(a for a in words if a.endswith(end) and a.startswith(stem))
            if found:
                return found[0]
    return None


def _actor(actors: list[Actor], rng: random.Random) -> Actor:
    kinds = sorted({a.kind for a in actors})
    kind = rng.choices(kinds, weights=[ACTOR_KINDS[k] for k in kinds])[0]
    return rng.choice([a for a in actors if a.kind == kind])


def generate(n: int, seed: int = SEED, dictionary: Path | None = None) -> list[Template]:
    """``n`` template sentences (a :data:`NEGATIVE_SHARE` of them negative), seeded.

    Args:
        n: How many sentences.
        seed: Random seed; the same (n, seed, dictionary) give the same list.
        dictionary: Path of ``CAMEO.2.0.txt`` (default: :func:`dictionary_path`).

    Returns:
        The templates, positives and negatives interleaved.
    """
    text = (dictionary or dictionary_path()).read_text(encoding="utf-8", errors="replace")
    synsets, _ = read_dictionary(text)
    codes = load_codes(CODEBOOK)
    rng = random.Random(seed)
    raw = frames(text)
    verb_lines = [r for r in raw if r[6].endswith("[verb line]")]
    patterns = [r for r in raw if not r[6].endswith("[verb line]")]
    by_country = actors()
    countries = sorted(by_country)
    out: list[Template] = []
    while len(out) < n:
        pool = patterns if rng.random() >= VERB_LINE_SHARE else verb_lines
        words, line, rev, code, before, after, evidence = pool[rng.randrange(len(pool))]
        fixed = fix_code(code, codes)
        if fixed is None:
            continue
        before = [ROOT_PREPS[fixed[:2]] if w == TARGET_PREP else w for w in before]
        pre, post = _words(before, synsets, rng), _words(after, synsets, rng)
        if pre is None or post is None:
            continue
        a, b = rng.sample(countries, 2)
        src, tgt = _actor(by_country[a], rng), _actor(by_country[b], rng)
        if before and before[0] not in ("(", "{", "&") and pre and pre[0].isalpha():
            if pre[0] not in NO_ARTICLE and not pre[0].endswith("ly"):
                pre = ["the", *pre]  # a direct object: "demanded the release of"
        verb = _verb(words, line)
        back = fix_code(rev, codes) if rev else (fixed if fixed in MUTUAL_CODES else None)
        kind = "positive" if rng.random() >= NEGATIVE_SHARE else rng.choice(NEGATIVE_KINDS)
        person = src.kind in ("leader", "minister")
        sentence = render(kind, verb, src.text, tgt.text, pre, post, rng, person)
        out.append(
            Template(
                sentence,
                kind,
                None if kind == "no_actor" else a,
                b,
                fixed[:2],
                back[:2] if back else None,
                evidence,
            )
        )
    return out


def render(
    kind: str,
    verb: Verb,
    src: str,
    tgt: str,
    pre: list[str],
    post: list[str],
    rng: random.Random,
    person: bool = False,
) -> str:
    """The sentence of one template kind (see the module docstring)."""
    rest = " ".join([*verb.words[1:], *pre, tgt, *post])
    subject = src[0].upper() + src[1:]
    if kind == "relative":
        who = "who" if person else "which"
        return f"{subject}, {who} {verb.third} {rest}, held talks with its neighbours on Tuesday."
    if kind == "habitual":
        return f"{subject} often {verb.third} {rest}, analysts say."
    if kind == "modal":
        return f"{subject} could {verb.words[0]} {rest} next year."
    if kind == "topic":
        return f"A new book about how {src} {verb.past} {rest} went on sale on Tuesday."
    if kind == "no_actor":
        return f"{rng.choice(NON_ACTORS)} {verb.past} {rest} on Tuesday."
    return f"{subject} {verb.past} {rest} on Tuesday."


def label(t: Template, source: str | None, target: str | None, root: str) -> bool:
    """Is a candidate coded from template ``t`` as (source country, target country, CAMEO
    root) the template's intended event? Always False for a negative template."""
    if t.kind != "positive" or source is None:
        return False
    if (source, target, root) == (t.source, t.target, t.root):
        return True
    return t.reverse_root is not None and (source, target, root) == (t.target, t.source, t.reverse_root)


def _main(argv: list[str]) -> Iterator[str]:
    n = int(argv[0]) if argv else 20
    seed = int(argv[1]) if len(argv) > 1 else SEED
    for t in generate(n, seed):
        yield f"{t.kind}\t{t.source}->{t.target} {t.root}\t{t.text}\t{t.pattern}"


if __name__ == "__main__":
    for row in _main(sys.argv[1:]):
        print(row)
