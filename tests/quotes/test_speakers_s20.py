"""Quotation constructions of session 20, by hand-made sentences (our own wording), one test
per construction."""

from __future__ import annotations

from dyadic.records import Article, Quotation


def _quotations(pipeline, text: str) -> list[Quotation]:
    return list(pipeline.code(Article("s20", text)).quotations)


def test_a_speech_verb_with_its_own_clause_after_a_quotation_reports_that_clause(pipeline) -> None:
    text = (
        "Asked by reporters if the board was considering “any new fees for the fishing fleet,” "
        "Vidal said the board did not want to raise fees this year."
    )
    reported = [q for q in _quotations(pipeline, text) if "did not want to raise fees" in q.text]
    assert reported and reported[0].kind == "reported"
    assert reported[0].speaker is not None and reported[0].speaker.name == "Vidal"


def test_a_speech_verb_tagged_as_a_noun_still_reports_its_clause(pipeline) -> None:
    text = (
        "The U.N. Refugee Office and groups like Amnesty International estimate that more than "
        "two thousand people have been held in the camps."
    )
    reported = [q for q in _quotations(pipeline, text) if "two thousand people" in q.text]
    assert reported and reported[0].kind == "reported"
    assert reported[0].cue == "estimate"


def test_a_report_named_by_a_coded_organisation_speaks_for_it(pipeline) -> None:
    text = (
        "Fishing crews left the northern harbour after the storm. "
        "The U.N. report said the harbour would need two years to recover from the flooding."
    )
    found = [q for q in _quotations(pipeline, text) if "two years to recover" in q.text]
    assert found and found[0].speaker is not None
    assert found[0].speaker.code == "IGOUNO"


def test_a_clergy_title_refers_back_to_the_named_cleric(pipeline) -> None:
    text = (
        "The new budget law in Argentina was criticised by archbishop Monsenor Tomas Vidal Ferreira. "
        'Calling it a "betrayal of the poor" the archbishop said "We must pray for the families who '
        'lost their homes this winter."'
    )
    found = [q for q in _quotations(pipeline, text) if "We must pray" in q.text]
    assert found and found[0].speaker is not None
    assert found[0].speaker.name == "Tomas Vidal Ferreira"


def test_a_surname_the_tagger_calls_an_organisation_is_a_person_for_a_later_pronoun(pipeline) -> None:
    text = (
        "Jeffrey Towson, a consultant who has advised the port of Lisbon for a decade, spoke on Monday. "
        'Portlink, which hired Rui Vidal last year, said "the gap with the leading ports has widened." '
        '"Cargo volumes will keep rising over the next years, just like in Asia," Towson said. '
        '"Shipping companies are already pulling ahead in the new terminals," he said.'
    )
    found = [q for q in _quotations(pipeline, text) if "pulling ahead" in q.text]
    assert found and found[0].speaker is not None
    assert found[0].speaker.name == "Jeffrey Towson"
