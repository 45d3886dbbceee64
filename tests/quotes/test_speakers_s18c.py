"""Speaker constructions of session 18c, by hand-made sentences (our own wording), one test
per construction."""

from __future__ import annotations

from dyadic.records import Article, Quotation


def _quotations(pipeline, text: str) -> list[Quotation]:
    return list(pipeline.code(Article("s18c", text)).quotations)


def test_a_participle_speaks_for_its_clause_subject_not_the_reported_one(pipeline) -> None:
    text = (
        "The Tejo Harbour Board met on Monday. It issued a statement later saying the ban would affect "
        "“the livelihood of every family in the harbour towns this winter.”"
    )
    found = [q for q in _quotations(pipeline, text) if "livelihood of every family" in q.text]
    assert found and found[0].speaker is not None
    assert found[0].speaker.text == "It"


def test_a_body_noun_refers_to_an_organisation_by_words_of_its_name(pipeline) -> None:
    text = (
        "Portugal filed a complaint with the Atlantic Fishing Council on Monday. "
        "Spain rejected it. The complaint concerns quotas in the bay, the fishing body said on Tuesday."
    )
    speakers = [
        q.speaker for q in _quotations(pipeline, text) if q.speaker and q.speaker.text.endswith("body")
    ]
    assert speakers and "Atlantic Fishing Council" in speakers[0].name


def test_an_acronym_spelling_an_earlier_name_names_that_organisation(pipeline) -> None:
    text = (
        "Fighters of the Verde Liberation Front attacked a convoy near the border. "
        "The VLF said it would release the drivers on Friday."
    )
    speakers = [q.speaker for q in _quotations(pipeline, text) if q.speaker is not None]
    assert speakers and speakers[0].name == "Verde Liberation Front"


def test_the_judges_statement_is_the_named_judge(pipeline) -> None:
    text = (
        "Judge Marta Oliveira ruled against the harbour company on Monday. "
        "Part of the judge's statement reads “the company ignored every warning it was given.”"
    )
    speakers = [q.speaker for q in _quotations(pipeline, text) if q.speaker is not None]
    assert speakers and speakers[-1].name.endswith("Oliveira")


def test_a_pronoun_subject_keeps_its_referent_past_a_possessor(pipeline) -> None:
    text = (
        "Fisheries Minister Tomas Vidal told reporters he was calm. "
        "He dismissed fears about Lopes's plan to close the port. "
        "“One closed quay is not a crisis for the whole coast,” he said."
    )
    found = [q for q in _quotations(pipeline, text) if "closed quay" in q.text]
    assert found and found[0].speaker is not None and found[0].speaker.name.endswith("Vidal")
