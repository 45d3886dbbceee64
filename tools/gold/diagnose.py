"""Why gold events are missed: actor coverage and the coder's step that loses them (issue 11).

For every gold event of a split (train or dev; never tune on test), codes the article with the
full pipeline and reports:

* **actor coverage**: whether dyadic has an actor mention over the gold source and target words,
  with the gold country (``ok``), another country (``wrong``), none (``miss``), or the gold has
  no words for it (``none``: agentless passive, targetless act);
* for events whose both actors are covered, **the coder's step** that loses them: no patterns for
  the trigger's lemma, a sentence discard, no pattern match, a bare noun without a carrying verb,
  no dyads (no source or no target found), a candidate of another CAMEO root, actors that differ
  from the gold's, arbitration, or kept (a match).

Run: ``.venv/bin/python tools/gold/diagnose.py dev [--examples 10]``.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path
from typing import Any

from dyadic import Pipeline
from dyadic.evaluation import load_gold_articles
from dyadic.evaluation.harness import actor_key
from dyadic.events import event_coder
from dyadic.events.arbitrate import arbitrate
from dyadic.events.arguments import inside_accusation
from dyadic.events.component import event_mentions
from dyadic.events.frame import MentionIndex, lemma_of, noun_frame, verb_frame
from dyadic.events.matching import best_match
from dyadic.nlp import set_article
from dyadic.records import Article, Mention

GOLD = Path(__file__).resolve().parents[2] / "eval" / "gold"


def _covering(mentions: list[Mention], actor: dict[str, Any] | None) -> Mention | None:
    if not actor or actor.get("start") is None:
        return None
    return next((m for m in mentions if m.start < actor["end"] and actor["start"] < m.end), None)


def _coverage(mentions: list[Mention], actor: dict[str, Any] | None, side: str) -> str:
    if not actor or actor.get("start") is None:
        return f"{side}:none"
    m = _covering(mentions, actor)
    if m is None:
        return f"{side}:miss"
    same = actor_key(m.actor.code, m.actor.country, predicted=True) == actor_key(actor["code"])
    return f"{side}:ok" if same else f"{side}:wrong"


def _coder_step(tok: Any, index: MentionIndex, event: dict[str, Any]) -> str:
    coder = event_coder()
    finder = coder.finder
    is_verb = tok.pos_ == "VERB"
    entries = finder.patterns.lookup(lemma_of(tok), "VERB" if is_verb else "NOUN")
    if not entries:
        return f"no patterns ({tok.pos_})"
    if coder.discards.sentence(tok.sent.text) is not None:
        return "discarded sentence"
    if inside_accusation(tok):
        return "inside accusation"
    cands = list(finder.candidates(tok, index))
    if not cands:
        match = best_match(entries, verb_frame(tok) if is_verb else noun_frame(tok), index)
        if match is None:
            return "no match"
        return "bare noun (no carrier)" if match.pattern is None and not is_verb else "no dyads"
    right = [c for c in cands if c.dyad.code[:2] == event["cameo"][:2]]
    if not right:
        return "candidate of another root"
    gs = actor_key(event["source"]["code"])
    gt = actor_key(event["target"]["code"])

    def key(m: Mention | None) -> str:
        return actor_key(m.actor.code, m.actor.country, predicted=True) if m else "-"

    fitting = [c for c in right if key(c.dyad.source) == gs and key(c.dyad.target) == gt]
    if not fitting:
        return "actors differ"
    kept = arbitrate([c for t in tok.sent for c in finder.candidates(t, index)], tok.sent)
    return "kept" if any(c in kept for c in fitting) else "arbitrated away"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", choices=["train", "dev"])
    parser.add_argument("--examples", type=int, default=5)
    args = parser.parse_args()
    pipeline = Pipeline()
    nlp = pipeline.nlp
    coverage: collections.Counter[tuple[str, str]] = collections.Counter()
    steps: collections.Counter[str] = collections.Counter()
    examples: dict[str, list[str]] = collections.defaultdict(list)
    for gold in load_gold_articles(GOLD / f"{args.split}.jsonl"):
        article = Article(gold.article_id, gold.text, published=gold.published)
        doc = nlp(set_article(nlp.make_doc(gold.text), article))
        mentions = event_mentions(doc)
        index = MentionIndex(mentions)
        for event in gold.events:
            cov = (_coverage(mentions, event["source"], "src"), _coverage(mentions, event["target"], "tgt"))
            coverage[cov] += 1
            if cov != ("src:ok", "tgt:ok"):
                continue
            span = doc.char_span(event["trigger"]["start"], event["trigger"]["end"], alignment_mode="expand")
            if span is None:
                continue
            step = _coder_step(span.root, index, event)
            steps[step] += 1
            if len(examples[step]) < args.examples:
                examples[step].append(f"[{span.text}] {event['cameo']}  {span.root.sent.text.strip()[:140]}")
    print("actor coverage of gold events (source, target):")
    for key, n in coverage.most_common():
        print(f"  {n:5d}  {key[0]:10s} {key[1]}")
    print("\nwhere the coder loses events whose both actors are covered:")
    for step, n in steps.most_common():
        print(f"  {n:5d}  {step}")
        for line in examples[step]:
            print(f"           {line}")


if __name__ == "__main__":
    main()
