"""Helpers for event tests: hand-made Docs and Mentions (no dependency on dyadic.actors)."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from dyadic.records import Actor, ActorKind, Article, Mention

#: Actor codes for the names used in the tests.
CODES = {
    "Iran": "IRN", "Russia": "RUS", "Ukraine": "UKR", "Nicaragua": "NIC", "Cuba": "CUB",
    "Venezuela": "VEN", "Brazil": "BRA", "United States": "USA", "Israel": "ISR", "China": "CHN",
    "Raisi": "IRNGOV", "Maduro": "VENGOV", "Caracas": "VENGOV", "Tehran": "IRNGOV",
    "Nicolas Maduro": "VENGOV", "Ebrahim Raisi": "IRNGOV", "Iraq": "IRQ", "Syria": "SYR",
    "Turkey": "TUR", "France": "FRA", "Germany": "DEU", "Japan": "JPN", "police": "COP",
}  # fmt: skip


def actor(code: str, name: str = "") -> Actor:
    country = code[:3] if len(code) >= 3 else None
    role = code[3:6] or None
    kind = ActorKind.COUNTRY if role in (None, "GOV") else ActorKind.AGENT
    return Actor(code=code, country=country, role=role, name=name or code, kind=kind)


def mention_for(doc: Doc, phrase: str, code: str | None = None, occurrence: int = 0) -> Mention:
    """A Mention for the ``occurrence``-th token sequence equal to ``phrase``."""
    words = phrase.split()
    seen = 0
    for i in range(len(doc) - len(words) + 1):
        if [t.text for t in doc[i : i + len(words)]] == words:
            if seen == occurrence:
                span = doc[i : i + len(words)]
                sent_index = [s.start for s in doc.sents].index(span.sent.start)
                c = code or CODES[phrase]
                return Mention(
                    span.text,
                    span.start_char,
                    span.end_char,
                    span.start,
                    span.end,
                    sent_index,
                    actor(c, phrase),
                    "test",
                )
            seen += 1
    raise ValueError(f"{phrase!r} not in doc")


def mentions_for(doc: Doc, *phrases: str) -> list[Mention]:
    return [mention_for(doc, p) for p in phrases]


def article_for(text: str, published=None, article_id: str = "a1") -> Article:
    return Article(article_id=article_id, text=text, published=published)


def triples(events) -> list[tuple[str, str | None, str, str]]:
    return [(e.source.code, e.target.code if e.target else None, e.cameo, e.status.value) for e in events]


def make_doc(rows: list[tuple[str, str, str, str, int]]):
    """A parsed Doc from ``(word, lemma, pos, dep, head_index)`` rows (root: head = own index)."""
    import spacy

    vocab = _vocab(spacy)
    words = [r[0] for r in rows]
    return Doc(
        vocab,
        words=words,
        lemmas=[r[1] for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
    )


_VOCAB = []


def _vocab(spacy):
    if not _VOCAB:
        _VOCAB.append(spacy.blank("en").vocab)
    return _VOCAB[0]


#: The publication date the real-news construction tests code their sentences on.
NEWS_DAY = date(2025, 3, 12)


def coded_with_source_text(pipeline, text: str, published=NEWS_DAY) -> list[tuple[str, str, str, str]]:
    """(source text, source code, target code or "-", CAMEO code) of each event the full
    ``pipeline`` codes in ``text`` published on ``published`` (a date; :data:`NEWS_DAY` by default)."""
    result = pipeline.code(Article("t", text, published=published))
    return [
        (e.source.text, e.source.code, e.target.code if e.target else "-", e.cameo) for e in result.events
    ]
