"""evaluate_geo on a handful of gold articles (skips when the shared gold sets are absent)."""

from __future__ import annotations

import pytest

from dyadic.evaluation.geo import evaluate_geo, format_report

from ..conftest import SHARED

DATA = SHARED / "data"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (DATA / "LGL" / "lgl.xml").is_file(), reason="shared LGL gold set absent"),
]


def test_evaluate_geo_scores_a_few_articles_per_set(base_nlp) -> None:
    report = evaluate_geo(DATA, base_nlp, max_articles=5)
    names = [s.name for s in report.sets]
    assert "LGL" in names
    for s in report.sets:
        assert s.n_articles == 5
        assert s.all.n > 0
        assert 0.0 <= s.all.exact <= 1.0
        assert 0.0 <= s.all.acc161 <= 1.0
        assert s.all.median_km >= 0.0
        assert s.all.ner_recall is not None and 0.0 <= s.all.ner_recall <= 1.0
    text = format_report(report)
    assert "LGL" in text and "acc@161" in text
