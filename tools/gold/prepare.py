"""Prepare the real-news gold corpus for annotation (issue 9).

Reads the 89 Voice of America stories and the Wikinews articles listed in
``annotate-ids.txt`` from ``../shared/corpus/``, fixes the splits (seeded, so the
same every time), copies the texts into ``eval/gold/articles.jsonl``, splits
each text into sentences with spaCy's rule-based sentencizer (no statistical
model, no dyadic component: annotators must never see dyadic's output) and
writes:

* ``eval/gold/articles.jsonl``: ``{id, collection, title, published, url,
  licence, attribution, text}``, one article a line (ids: ``voa:<VOA id>`` and
  the Wikinews corpus id);
* ``eval/gold/sentences.jsonl``: ``{id, sentences: [[start, end], ...]}``,
  character offsets into ``text``;
* ``eval/gold/splits.json``: ``{train: [...], dev: [...], test: [...]}``;
* ``eval/gold/work/texts/<id>.txt``: the numbered sentences the annotators read
  (not committed; rebuilt by this tool).

Run: ``.venv/bin/python tools/gold/prepare.py [--shared ../shared]``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "eval" / "gold"
SEED = 20261206
OPENING_QUOTES = "\"“‘'"
N_TEST = {"voa": 21, "wikinews": 21}
N_DEV = {"voa": 18, "wikinews": 24}


def safe_name(article_id: str) -> str:
    """File name of an article id (``gum:GUM_news_korea`` -> ``gum_GUM_news_korea``)."""
    return re.sub(r"[^A-Za-z0-9_.-]", "_", article_id)


def load_articles(shared: Path) -> list[dict]:
    """The 89 VOA stories then the listed Wikinews articles, in a fixed order."""
    out = []
    for line in (shared / "corpus/voa/voa_stories.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        out.append(
            {
                "id": f"voa:{row['id']}",
                "collection": "voa",
                "title": row["title"],
                "published": row["published"][:10],
                "published_at": row["published"],
                "url": row["url"],
                "licence": "public domain (US government work)",
                "attribution": f"Voice of America (voanews.com), {row['author']}: {row['url']}",
                "text": row["text"],
            }
        )
    wanted = (shared / "corpus/wikinews/annotate-ids.txt").read_text(encoding="utf-8").split()
    rows = {}
    for line in (shared / "corpus/wikinews/wikinews.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        rows[row["id"]] = row
    for article_id in wanted:
        row = rows[article_id]
        out.append(
            {
                "id": row["id"],
                "collection": "wikinews",
                "title": row["title"],
                "published": row["published"],
                "published_at": row["published"],
                "url": row["url"],
                "licence": row["licence"],
                "attribution": f"Wikinews, {row['url']} (CC BY 2.5 or public domain per licence; text "
                "normalised as described in SOURCE.md)",
                "text": row["text"],
            }
        )
    return out


def make_splits(articles: list[dict]) -> dict[str, list[str]]:
    """Seeded split per collection: test and dev sizes from N_TEST / N_DEV, the rest train."""
    rng = random.Random(SEED)
    splits: dict[str, list[str]] = {"train": [], "dev": [], "test": []}
    for collection in ("voa", "wikinews"):
        ids = [a["id"] for a in articles if a["collection"] == collection]
        rng.shuffle(ids)
        splits["test"] += ids[: N_TEST[collection]]
        splits["dev"] += ids[N_TEST[collection] : N_TEST[collection] + N_DEV[collection]]
        splits["train"] += ids[N_TEST[collection] + N_DEV[collection] :]
    return {k: sorted(v) for k, v in splits.items()}


def sentence_spans(nlp: spacy.language.Language, text: str) -> list[list[int]]:
    """Sentence [start, end) character offsets; paragraph breaks always end a sentence."""
    spans = []
    for para in re.finditer(r"[^\n]+", text):
        doc = nlp(para.group())
        for sent in doc.sents:
            chunk = sent.text.strip()
            if not chunk:
                continue
            start = para.start() + sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            spans.append([start, start + len(chunk)])
    # The sentencizer leaves an opening quotation mark at the end of the sentence
    # before it ('platform. "' | 'Today ...'): give it to the sentence it opens.
    for i in range(len(spans) - 1):
        s, e = spans[i]
        if text[e - 1] in OPENING_QUOTES and e - s > 2 and text[e - 2] == " ":
            spans[i][1] = len(text[s : e - 1].rstrip()) + s
            spans[i + 1][0] = e - 1
    return spans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    articles = load_articles(args.shared)
    splits = make_splits(articles)
    split_of = {i: name for name, ids in splits.items() for i in ids}
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    GOLD.mkdir(parents=True, exist_ok=True)
    texts = GOLD / "work" / "texts"
    texts.mkdir(parents=True, exist_ok=True)
    with (
        (GOLD / "articles.jsonl").open("w", encoding="utf-8") as fa,
        (GOLD / "sentences.jsonl").open("w", encoding="utf-8") as fs,
    ):
        for art in articles:
            fa.write(json.dumps(art, ensure_ascii=False) + "\n")
            spans = sentence_spans(nlp, art["text"])
            fs.write(json.dumps({"id": art["id"], "sentences": spans}) + "\n")
            lines = [
                f"id: {art['id']}",
                f"title: {art['title']}",
                f"published: {art['published_at']}",
                f"split: {split_of[art['id']]}",
                "",
            ]
            lines += [f"[{i}] {art['text'][s:e]}" for i, (s, e) in enumerate(spans)]
            (texts / f"{safe_name(art['id'])}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (GOLD / "splits.json").write_text(json.dumps(splits, indent=1) + "\n", encoding="utf-8")
    print({k: len(v) for k, v in splits.items()})


if __name__ == "__main__":
    main()
