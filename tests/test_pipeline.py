"""Pipeline behaviour on batches."""

from __future__ import annotations

from datetime import date

from dyadic.errors import CodingError
from dyadic.records import Article, ArticleResult


def test_pipeline_text_spacy_rejects_does_not_sink_its_batch(pipeline):
    day = date(2024, 3, 1)
    articles = [
        Article("ok-1", "Egypt praised Jordan.", published=day),
        Article("too-long", "Iran " * 30, published=day, origin="big.txt"),
        Article("ok-2", "China condemned Japan.", published=day),
    ]
    saved = pipeline.nlp.max_length
    pipeline.nlp.max_length = 100  # the long text now raises spaCy's E088
    try:
        results = list(pipeline.code_many(articles))
    finally:
        pipeline.nlp.max_length = saved
    assert [type(r) for r in results] == [ArticleResult, CodingError, ArticleResult]
    assert "big.txt" in str(results[1]) and "E088" in str(results[1])
    assert [(e.source.code, e.target.code, e.cameo_root) for e in results[0].events] == [("EGY", "JOR", "05")]
    assert [(e.source.code, e.target.code, e.cameo_root) for e in results[2].events] == [("CHN", "JPN", "11")]
