"""Quotation speakers of session 28, by hand-made sentences (our own wording), one test per
construction: the kinds found by judging unannotated news (issue 12)."""

from __future__ import annotations

from dyadic.records import Article, Quotation


def _quotations(pipeline, text: str) -> list[Quotation]:
    return list(pipeline.code(Article("s28", text)).quotations)


def _speaker(pipeline, text: str, words: str) -> tuple[str, str, str | None] | None:
    found = [q for q in _quotations(pipeline, text) if words in q.text]
    assert found, f"no quotation with {words!r}"
    spk = found[0].speaker
    return None if spk is None else (spk.text, spk.name, spk.code)


def test_airline_named_after_a_country_speaks_as_the_airline(pipeline) -> None:
    text = "Air Zambia said on Tuesday that its new jets would cut fuel costs by a fifth."
    assert _speaker(pipeline, text, "new jets") == ("Air Zambia", "Air Zambia", "ZMB")


def test_country_name_alone_still_speaks_as_its_government(pipeline) -> None:
    text = "New Zealand said on Tuesday that its border would stay closed until March."
    assert _speaker(pipeline, text, "border") == ("New Zealand", "New Zealand", "NZLGOV")


def test_he_does_not_refer_to_a_woman_called_she(pipeline) -> None:
    text = (
        "Clara Ostend told the court she had been followed home for a week. "
        "She said the men wore dark masks. The defendant denied the charge. "
        "In a later hearing he claimed the two had never met before."
    )
    assert _speaker(pipeline, text, "dark masks") == ("She", "Clara Ostend", None)
    assert _speaker(pipeline, text, "never met") is None


def test_other_given_name_is_not_the_dictionary_person_of_that_surname(pipeline) -> None:
    text = "Dora Merkel, a baker in Hamburg, said flour prices had doubled since the spring."
    assert _speaker(pipeline, text, "flour prices") == ("Dora Merkel", "Dora Merkel", None)


def test_that_said_is_a_connective_not_a_speech_clause(pipeline) -> None:
    text = (
        "Our site grew quickly last year. That said, we are realistic enough to know that "
        "most pages will stay small."
    )
    assert not [q for q in _quotations(pipeline, text) if "realistic" in q.text]
