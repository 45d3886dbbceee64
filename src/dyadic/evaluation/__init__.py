"""Score the event coder against gold event data."""

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
    "GoldEvent",
    "GoldRecord",
    "Report",
    "Scores",
    "evaluate_file",
    "evaluate_records",
    "format_report",
    "load_gold",
]
