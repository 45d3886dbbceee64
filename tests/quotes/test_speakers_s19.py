"""Speaker constructions of session 19, by hand-made sentences (our own wording), one test
per construction."""

from __future__ import annotations

from dyadic.records import Article, Quotation


def _quotations(pipeline, text: str) -> list[Quotation]:
    return list(pipeline.code(Article("s19", text)).quotations)


def test_an_interview_label_speaks_as_the_reporter_named_in_the_article(pipeline) -> None:
    text = (
        "Harbour candidate Marta Vidal answered questions from accredited reporter Paulo Esteves.\n\n"
        "((WN)) What would you change in the harbour first?\n\n"
        "((WN)) How would you pay for the new cranes and the quay?"
    )
    asked = [q.speaker for q in _quotations(pipeline, text) if q.speaker and q.speaker.text == "((WN))"]
    assert len(asked) == 2
    assert {(s.name, s.code) for s in asked} == {("Paulo Esteves", "MED")}


def test_an_interview_label_spelling_initials_names_that_person(pipeline) -> None:
    text = (
        "Ana Ruiz and Paulo R. Esteves spoke with harbour candidate Marta Vidal on Monday.\n\n"
        "((PRE)) : What would you change in the harbour first?\n\n"
        "((PRE)) : How would you pay for the new cranes and the quay?"
    )
    asked = [q.speaker for q in _quotations(pipeline, text) if q.speaker and q.speaker.text == "((PRE))"]
    assert len(asked) == 2 and {s.name for s in asked} == {"Paulo R. Esteves"}


def test_an_unlabelled_interview_turn_is_the_interviewers(pipeline) -> None:
    text = (
        "We spoke to the harbour candidate on Monday.\n\n"
        ": Why are you running for the harbour council?\n\n"
        "((WN)) : How would you pay for the new cranes and the quay?"
    )
    found = [q for q in _quotations(pipeline, text) if q.text.startswith("Why are you running")]
    assert found and found[0].speaker is not None
    assert (found[0].speaker.name, found[0].speaker.code) == ("interviewer", "MED")


def test_a_surname_after_a_particle_names_the_earlier_person(pipeline) -> None:
    text = (
        "Harbour Minister Karim Hadi al-Masri opened the new quay on Monday. "
        "“The port will double its trade within five years,” Masri said."
    )
    found = [q for q in _quotations(pipeline, text) if "double its trade" in q.text]
    assert found and found[0].speaker is not None
    assert found[0].speaker.name == "Karim Hadi al-Masri"


def test_a_family_name_written_first_names_the_earlier_person(pipeline) -> None:
    text = (
        "Wang Lirong moved to Lisbon in 2019 and opened a small bakery near the harbour. "
        "“The customers here are patient and kind to newcomers,” Wang said."
    )
    found = [q for q in _quotations(pipeline, text) if "customers here" in q.text]
    assert found and found[0].speaker is not None
    assert found[0].speaker.name == "Wang Lirong"


def test_a_group_subject_speaks_for_whose_it_is(pipeline) -> None:
    text = "Members of the Portuguese parliament said the harbour deal broke the budget rules."
    speakers = [q.speaker for q in _quotations(pipeline, text) if q.speaker is not None]
    assert speakers and speakers[0].text == "Members of the Portuguese parliament"
    assert speakers[0].code == "PRTLEG"


def test_a_source_within_a_ministry_speaks_for_the_ministry(pipeline) -> None:
    text = "A source within the Spanish Interior Ministry said the border would stay closed until May."
    speakers = [q.speaker for q in _quotations(pipeline, text) if q.speaker is not None]
    assert speakers and speakers[0].code == "ESPGOV"


def test_a_title_with_a_place_before_the_name_speaks_as_the_name(pipeline) -> None:
    text = "Spanish Ambassador to the United Kingdom Carlos Mendaro said the fishing talks would resume."
    speakers = [q.speaker for q in _quotations(pipeline, text) if q.speaker is not None]
    assert speakers and speakers[0].name == "Carlos Mendaro"


def test_a_platform_after_on_is_no_antecedent_for_she(pipeline) -> None:
    text = (
        "Marta Lopes closed the schools on Monday. In a short statement on Bluesky, she wrote, "
        "“The river will crest tonight and every family should leave.”"
    )
    found = [q for q in _quotations(pipeline, text) if "river will crest" in q.text]
    assert found and found[0].speaker is not None and found[0].speaker.name == "Marta Lopes"


def test_quoted_as_saying_speaks_for_the_one_quoted(pipeline) -> None:
    text = (
        "The Lisbon Courier quoted Marta Lopes, the harbour director, as saying the new quay "
        "would open in the spring."
    )
    speakers = [q.speaker for q in _quotations(pipeline, text) if q.speaker is not None]
    assert speakers and speakers[0].name == "Marta Lopes"


def test_quoted_to_have_said_speaks_for_the_one_quoted(pipeline) -> None:
    text = 'The Lisbon Courier quoted Lopes to have said that "the quay will open in the spring" next year.'
    speakers = [q.speaker for q in _quotations(pipeline, text) if q.speaker is not None]
    assert speakers and speakers[0].text == "Lopes"


def test_one_of_a_group_with_a_name_in_apposition_speaks_as_the_name(pipeline) -> None:
    text = (
        "The harbour study was published on Monday. One of the study's authors, Marta Lopes, "
        "told reporters the quay would open in the spring."
    )
    speakers = [q.speaker for q in _quotations(pipeline, text) if q.speaker is not None]
    assert speakers and speakers[0].name == "Marta Lopes"


def test_a_reported_clause_of_two_words_is_no_quotation(pipeline) -> None:
    text = "Life in the harbour towns is not what the critics abroad say it is, the mayor wrote."
    assert not [q for q in _quotations(pipeline, text) if q.text == "it is"]


def test_a_speech_verb_coordinated_inside_a_claim_keeps_the_claimants_subject(pipeline) -> None:
    text = (
        "Last year, Marta Lopes posted old photographs of the harbour online. She claimed the images "
        "were taken by her grandfather and said she wanted to donate them to the city museum."
    )
    found = {q.text: q.speaker for q in _quotations(pipeline, text)}
    assert "the images were taken by her grandfather" in found
    donate = found.get("she wanted to donate them to the city museum")
    assert donate is not None and donate.name == "Marta Lopes"


def test_a_name_the_parser_reads_as_modified_by_its_verb_is_the_subject(pipeline) -> None:
    text = (
        "Fishing quotas would fall by about a tenth next year, Ruiz said. "
        "Kowalski called Ruiz’s plan “reckless and insulting.” The minister responded."
    )
    found = [q for q in _quotations(pipeline, text) if q.text.startswith("reckless and insulting")]
    assert found and found[0].speaker is not None and found[0].speaker.text == "Kowalski"
