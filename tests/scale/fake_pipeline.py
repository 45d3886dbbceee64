"""A stand-in pipeline for runner tests: no NLP, deterministic events from the text.

Each line ``SRC CAMEO TGT`` of an article's text (e.g. ``IRNGOV 042 VENGOV``)
becomes one event dated on the publication day; a text containing ``FAIL``
raises a :class:`CodingError`. ``DYADIC_FAKE_DELAY_S`` makes each article take
that long (to kill a run mid-way). Importable by worker processes (spawn).
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from dyadic.config import Settings
from dyadic.errors import CodingError
from dyadic.records import Article, ArticleResult, Event, EventActor, EventStatus, Evidence


class FakePipeline:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.delay_s = float(os.environ.get("DYADIC_FAKE_DELAY_S", "0"))

    def code(self, article: Article) -> ArticleResult:
        if "FAIL" in article.text:
            raise CodingError(article.article_id, article.origin, "ValueError: asked to fail")
        events = []
        offset = 0
        for n, line in enumerate(article.text.splitlines()):
            parts = line.split()
            if len(parts) == 3:
                src, cameo, tgt = parts
                events.append(Event(
                    event_id=f"{article.article_id}-e{n}", article_id=article.article_id, sentence_index=n,
                    sentence=line, date=article.published,
                    source=EventActor(src, src, src[:3], src[3:] or None, src, offset, offset + len(src)),
                    target=EventActor(tgt, tgt, tgt[:3], tgt[3:] or None, tgt, offset + 11,
                                      offset + 11 + len(tgt)),
                    cameo=cameo, cameo_root=cameo[:2], cameo_name="fake", plover=None, plover_mode=None,
                    plover_context=None, goldstein=1.0, quad_class=1, status=EventStatus.REALIZED,
                    evidence=Evidence(offset + 7, offset + 10, "FAKE"), confidence=1.0,
                ))
            offset += len(line) + 1
        return ArticleResult(article, events=events)

    def code_many(self, articles: Iterable[Article]) -> Iterator[ArticleResult | CodingError]:
        for a in articles:
            if self.delay_s:
                time.sleep(self.delay_s)
            try:
                yield self.code(a)
            except CodingError as exc:
                yield exc


def fake_pipeline(settings: Settings) -> FakePipeline:
    """Factory for ``code_corpus(pipeline_factory=...)``."""
    return FakePipeline(settings)


def write_corpus(path: Path, n: int, *, fail: frozenset[int] | set[int] = frozenset(),
                 duplicate: frozenset[int] | set[int] = frozenset()) -> Path:
    """A JSON Lines corpus of ``n`` articles ``art-0000``.. with 1..3 events each; lines in
    ``fail`` fail coding; lines in ``duplicate`` repeat the previous line's id."""
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            aid = f"art-{i - 1 if i in duplicate else i:04d}"
            lines = [f"IRNGOV 04{k} VENGOV" for k in range(i % 3 + 1)]
            text = "FAIL\n" if i in fail else "\n".join(lines)
            f.write(json.dumps({"id": aid, "text": text, "published": "2023-06-12", "source": "Test"}) + "\n")
    return path
