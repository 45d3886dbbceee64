"""Quotation speakers of session 29 (issue 12), by hand-made sentences (our own wording): a
definite description that the actors stage resolves to an earlier organisation ("The city"
after "the Municipality of Pisa") speaks as that organisation."""

from __future__ import annotations

from dyadic.records import Article


def _speaker(pipeline, text: str, words: str) -> tuple[str, str, str | None] | None:
    found = [q for q in pipeline.code(Article("s29", text)).quotations if words in q.text]
    assert found, f"no quotation with {words!r}"
    spk = found[0].speaker
    return None if spk is None else (spk.text, spk.name, spk.code)


def test_the_city_speaks_as_the_named_municipality(pipeline) -> None:
    text = (
        "The Municipality of Pisa sued two private clinics in 2012. "
        "The city argued that the clinics owed taxes."
    )
    assert _speaker(pipeline, text, "owed taxes") == ("The city", "Municipality of Pisa", "ITAGOV")


def test_the_group_speaks_as_the_named_armed_group(pipeline) -> None:
    text = (
        "The militant group al-Shabab attacked a hotel in Mogadishu on Monday. "
        "In a statement, the group said it had killed ten soldiers."
    )
    speaker = _speaker(pipeline, text, "ten soldiers")
    assert speaker is not None and speaker[0] == "the group" and speaker[2] == "SOMREB"


def test_a_description_with_no_fitting_organisation_is_unchanged(pipeline) -> None:
    text = "The Kenyan government closed two schools on Monday. The city said the schools were unsafe."
    speaker = _speaker(pipeline, text, "unsafe")
    assert speaker is None or speaker[2] != "KENGOV"


def test_the_department_speaks_as_the_named_state_body(pipeline) -> None:
    text = (
        "The Oregon Department of Transportation closed the coast highway on Monday. "
        "The Department said the road would reopen on Friday."
    )
    assert _speaker(pipeline, text, "reopen") == (
        "The Department",
        "Oregon Department of Transportation",
        "USAGOV",
    )
