"""Quotation constructions of session 23, by hand-made sentences (our own wording), one test
per construction."""

from __future__ import annotations

from dyadic.records import Article, Quotation


def _quotations(pipeline, text: str) -> list[Quotation]:
    return list(pipeline.code(Article("s23", text)).quotations)


def _speaker_of(pipeline, text: str, words: str) -> tuple[str | None, str | None, str | None]:
    found = sorted((q for q in _quotations(pipeline, text) if words in q.text), key=lambda q: len(q.text))
    assert found, f"no quotation holds {words!r}"
    speaker = found[0].speaker  # the innermost one
    return (None, None, None) if speaker is None else (speaker.text, speaker.name, speaker.code)


def test_a_possessed_title_is_the_new_person_named_in_the_next_sentence(pipeline) -> None:
    text = (
        "Brazil's trade envoy told reporters that the talks on steel quotas had stalled. "
        "Paulo Mendes blamed the delay on new customs rules."
    )
    assert _speaker_of(pipeline, text, "talks on steel") == ("Brazil's trade envoy", "Paulo Mendes", "BRAGOV")


def test_an_indefinite_title_is_the_person_named_right_after(pipeline) -> None:
    text = (
        "On Tuesday, a senior Canadian army general said the northern bases would stay closed for "
        'weeks. "We expect delays at every crossing," said Gen. Marie Dufour, who commands the region.'
    )
    assert _speaker_of(pipeline, text, "bases would stay") == (
        "a senior Canadian army general", "Marie Dufour", "CANMIL",
    )  # fmt: skip


def test_a_definite_title_after_an_unnamed_holder_is_not_the_next_new_name(pipeline) -> None:
    text = (
        "Peru's energy minister published a letter on Monday. The minister said the refinery had "
        "broken the rules. The refinery's lawyer, Rosa Quispe, told reporters the case would go on."
    )
    _text, name, code = _speaker_of(pipeline, text, "refinery had broken")
    assert name != "Rosa Quispe"
    assert code is not None and code.startswith("PER")


def test_an_unnamed_eyewitness_speaks_as_a_civilian_of_the_place(pipeline) -> None:
    text = (
        "Police in Kenya broke up a march in Nairobi on Monday. Kenyan officials said the march was "
        "illegal. An eyewitness said officers fired tear gas at the crowd near the market."
    )
    assert _speaker_of(pipeline, text, "fired tear gas")[2] == "KENCVL"


def test_an_interviewee_speaks_as_a_civilian_of_the_place(pipeline) -> None:
    text = (
        "Thousands marched through Madrid against Spain's housing law on Sunday. The Spanish government "
        "defended the law. One interviewee said rents in the city had doubled in five years."
    )
    assert _speaker_of(pipeline, text, "rents in the city")[2] == "ESPCVL"
