"""Speaker constructions of session 18b: documents speaking for their authors, by hand-made
sentences (our own wording), one test per construction."""

from __future__ import annotations

from dyadic.records import Article, Speaker


def _speakers(pipeline, text: str) -> list[Speaker | None]:
    result = pipeline.code(Article("s18b", text))
    return [q.speaker for q in result.quotations]


def test_a_filing_speaks_for_who_filed_one_of_its_family(pipeline) -> None:
    text = (
        "The Tejo Dockworkers Union filed two lawsuits against the harbour authority in March. "
        "One suit alleges that the authority ignored safety rules."
    )
    (speaker,) = _speakers(pipeline, text)
    assert speaker is not None and speaker.name.endswith("Tejo Dockworkers Union")


def test_a_document_speaks_for_its_possessor(pipeline) -> None:
    text = (
        "The Verde Party met the Azul Fishers League on Sunday. "
        "According to the party's website, Ruiz joined the party in 2001."
    )
    (speaker,) = _speakers(pipeline, text)
    assert speaker is not None and speaker.name.endswith("Verde Party")


def test_the_report_speaks_for_the_organisation_that_last_spoke(pipeline) -> None:
    text = (
        "The Atlantic Policy Centre said on Monday that fishing had declined near the ports of the "
        "Azul Fishers League. According to the report, catches fell by half."
    )
    speakers = _speakers(pipeline, text)
    assert speakers[-1] is not None and speakers[-1].name.endswith("Atlantic Policy Centre")


def test_the_report_after_a_person_speaking_finds_no_author(pipeline) -> None:
    text = (
        "The Atlantic Policy Centre published its figures on Monday. Ana Ruiz said that fishing had "
        "declined sharply. According to the report, catches fell by half."
    )
    speakers = _speakers(pipeline, text)
    assert speakers[-1] is None or "Ruiz" not in speakers[-1].name


def test_data_from_an_organisation_speaks_for_it(pipeline) -> None:
    text = "According to data from the Ocean Watch Archive, catches fell again in June."
    (speaker,) = _speakers(pipeline, text)
    assert speaker is not None and speaker.name.endswith("Ocean Watch Archive")


def test_a_report_issued_by_an_organisation_speaks_for_it(pipeline) -> None:
    text = "According to a report issued by the Lisbon Maritime Institute, catches fell by half in May."
    (speaker,) = _speakers(pipeline, text)
    assert speaker is not None and speaker.name.endswith("Lisbon Maritime Institute")
