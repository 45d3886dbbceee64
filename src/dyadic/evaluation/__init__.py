"""Score dyadic against gold data: sentence sets (PETRARCH2, PLOVER; :mod:`.harness`),
the real-news article gold (:mod:`.articles`) and the geoparsing gold sets (:mod:`.geo`)."""

from dyadic.evaluation.articles import (
    ArticleReport,
    evaluate_article_file,
    evaluate_articles,
    format_article_report,
    is_article_gold,
    load_gold_articles,
)
from dyadic.evaluation.geo import evaluate_geo
from dyadic.evaluation.geo import format_report as format_geo_report
from dyadic.evaluation.harness import (
    GoldEvent,
    GoldRecord,
    Report,
    Scores,
    evaluate_file,
    evaluate_records,
    format_report,
    load_gold,
)

__all__ = [
    "ArticleReport",
    "evaluate_article_file",
    "evaluate_articles",
    "evaluate_geo",
    "format_article_report",
    "format_geo_report",
    "is_article_gold",
    "load_gold_articles",
    "GoldEvent",
    "GoldRecord",
    "Report",
    "Scores",
    "evaluate_file",
    "evaluate_records",
    "format_report",
    "load_gold",
]
