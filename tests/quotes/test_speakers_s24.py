"""Speaker constructions and scorer rules of session 24: hand-made sentences, our own wording."""

from __future__ import annotations

from types import SimpleNamespace

from dyadic.evaluation.articles import ArticleReport, _score_quotations, _speaker_right
from dyadic.records import Article, Quotation, Speaker


def _quotations(pipeline, text: str) -> list[Quotation]:
    return list(pipeline.code(Article("s24", text)).quotations)


def test_name_ending_a_description_subject_speaks(pipeline) -> None:
    text = "Former navy officer and shipping consultant Tomas Vidal told reporters the harbour was unsafe."
    (quote,) = _quotations(pipeline, text)
    assert quote.speaker is not None and quote.speaker.name == "Tomas Vidal"


def test_name_after_a_preposition_does_not_speak_for_the_description(pipeline) -> None:
    text = "The lawyer for Tomas Vidal said the harbour authority had broken the contract."
    (quote,) = _quotations(pipeline, text)
    assert quote.speaker is None or quote.speaker.name != "Tomas Vidal"


def test_partial_quotation_inside_a_reported_clause_takes_its_speaker(pipeline) -> None:
    text = (
        "Fishing crews in the bay faced months of \u201cdeep and lasting hardship\u201d after the spill, "
        "the Lisbon Harbour Authority said."
    )
    quotes = _quotations(pipeline, text)
    partial = next(q for q in quotes if q.text == "deep and lasting hardship")
    assert partial.speaker is not None and "Harbour Authority" in partial.speaker.name


def test_trailing_according_to_inside_a_speech_verb_clause_is_not_the_speaker(pipeline) -> None:
    text = "Minister Ana Ruiz also claimed that the port reform had stalled for years, according to Reuters."
    quotes = _quotations(pipeline, text)
    assert [q.cue for q in quotes] == ["claimed"]
    assert quotes[0].speaker is not None and quotes[0].speaker.name == "Ana Ruiz"


def _speaker(name: str, code: str | None = None) -> Speaker:
    return Speaker(text=name, name=name, code=code, start=0, end=len(name))


def test_scorer_names_match_without_accents() -> None:
    gold = {"text": "he", "name": "Recep Tayyip Erdo\u011fan", "code": "TURGOV"}
    assert _speaker_right(gold, _speaker("Erdogan"))


def test_scorer_accepts_a_part_of_the_full_name_but_not_a_lone_organisation_word() -> None:
    assert _speaker_right({"text": "Chin", "name": "Chin JouSen", "code": "JPNBUS"}, _speaker("Chin"))
    assert _speaker_right({"text": "Time", "name": "Time magazine", "code": "USAMED"}, _speaker("Time"))
    assert not _speaker_right(
        {"text": "The Department", "name": "Department of Corrections", "code": "USAGOV"},
        _speaker("Department"),
    )
    gold = {"text": "Critics from across the spectrum", "name": None, "code": "GBROPP"}
    assert not _speaker_right(gold, _speaker("Critics"))
    assert not _speaker_right(
        {"text": "they", "name": "Ana Ruiz and Tomas Vidal", "code": None}, _speaker("Ana Ruiz")
    )


def test_scorer_pairs_a_nested_gold_quotation_with_the_nested_prediction() -> None:
    # "CNN reported that Ruiz told aides [she would not run]": two predictions end where the
    # gold quotation ends; the one whose span matches it speaks for it.
    gold = SimpleNamespace(
        article_id="s24",
        quotations=[{"start": 40, "end": 60, "text": "she would not run", "speaker": {"name": "Ana Ruiz"}}],
    )

    def quote(start: int, speaker: str) -> Quotation:
        return Quotation("q", "s24", 0, "x", start, 60, "reported", "said", _speaker(speaker))

    report = ArticleReport(name="s24")
    _score_quotations(report, gold, SimpleNamespace(quotations=[quote(20, "CNN"), quote(40, "Ana Ruiz")]))
    assert (report.quotes_found, report.quotes_speaker_right) == (1, 1)
