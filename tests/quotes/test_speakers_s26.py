"""Quotation speakers of session 26, by hand-made sentences (our own wording), one test per
construction: the kinds found by judging unannotated news (issue 12)."""

from __future__ import annotations

from dyadic.records import Article, Quotation


def _quotations(pipeline, text: str) -> list[Quotation]:
    return list(pipeline.code(Article("s26", text)).quotations)


def _speaker(pipeline, text: str, words: str) -> tuple[str, str, str | None] | None:
    found = [q for q in _quotations(pipeline, text) if words in q.text]
    assert found, f"no quotation with {words!r}"
    spk = found[0].speaker
    return None if spk is None else (spk.text, spk.name, spk.code)


def test_he_is_the_main_subject_not_one_in_a_relative_clause(pipeline) -> None:
    text = (
        "Senator Paul Harmon and Governor Mark Dillard met in a televised debate on Monday. "
        "Harmon said he had cut taxes twice, which Dillard called reckless. "
        "He claimed that the state budget was balanced."
    )
    found = _speaker(pipeline, text, "state budget was balanced")
    assert found is not None and found[:2] == ("He", "Paul Harmon")


def test_he_is_the_main_subject_not_the_subject_of_the_reported_clause(pipeline) -> None:
    text = (
        "Senator Paul Harmon and Governor Mark Dillard met in a televised debate on Monday. "
        "Dillard argued that Harmon had no plan for the schools. "
        "He claimed that teachers would lose their jobs."
    )
    found = _speaker(pipeline, text, "teachers would lose")
    assert found is not None and found[:2] == ("He", "Mark Dillard")


def test_a_persons_doctors_speak_as_a_group_not_as_the_person(pipeline) -> None:
    text = (
        "Former US President Barack Obama was admitted to a Chicago hospital on Sunday. "
        "Obama's doctors said he was recovering well and could go home within days."
    )
    found = _speaker(pipeline, text, "recovering well")
    assert found is not None and found[:2] == ("Obama's doctors", "Obama's doctors")


def test_a_party_plural_is_not_a_misspelt_surname_of_a_party_member(pipeline) -> None:
    text = (
        "Ohio governor Mark Dillard, a Republican, said he would sign the bill. "
        "Republicans claimed the new law would create thousands of jobs."
    )
    found = _speaker(pipeline, text, "thousands of jobs")
    assert found is not None and found[0] == "Republicans" and found[1] != "Mark Dillard"


def test_they_opening_a_sentence_is_the_plural_subject_of_the_sentence_before(pipeline) -> None:
    text = (
        "A study of river dolphins in the Amazon was published on Monday. "
        "The biologists found that the dolphins avoided noisy boats. "
        'They wrote, "Noise from engines drives the animals away from their feeding grounds."'
    )
    found = _speaker(pipeline, text, "drives the animals away")
    assert found is not None and found[:2] == ("They", "The biologists")


def test_a_person_whose_surname_is_a_country_is_not_that_country(pipeline) -> None:
    text = (
        'Tamsin Holland of the regional water board said, "The reservoir is at its lowest level '
        'in forty years." Holland said that rationing would start next week.'
    )
    first = _speaker(pipeline, text, "lowest level")
    later = _speaker(pipeline, text, "rationing would start")
    assert first == ("Tamsin Holland", "Tamsin Holland", None)
    assert later == ("Holland", "Tamsin Holland", None)


def test_a_person_whose_surname_is_a_city_is_not_that_country(pipeline) -> None:
    text = (
        "Oksana Paris, a former volunteer at the shelter, has claimed that the charity misused "
        "donations. Paris claims that she was never paid for her work."
    )
    assert _speaker(pipeline, text, "misused donations") == ("Oksana Paris", "Oksana Paris", None)
    assert _speaker(pipeline, text, "never paid") == ("Paris", "Oksana Paris", None)


def test_an_organisations_spokesperson_is_not_a_person_named_later_for_another_body(pipeline) -> None:
    text = (
        "The European Union asked Interpol to help find the missing ship. Its rules bar "
        '"any action of a military or political character," an Interpol spokesperson said.\n\n'
        "At a briefing in Brussels, EU Special Envoy for the region Marta Kovacs said, "
        '"We will keep asking until the crew is found."'
    )
    found = _speaker(pipeline, text, "military or political")
    assert found is not None and found[0] == "an Interpol spokesperson"
    assert found[1] != "Marta Kovacs" and found[2] == "IGOCOPITP"


def test_people_in_a_persons_administration_speak_as_a_group(pipeline) -> None:
    text = (
        "President Joe Biden met union leaders at the White House on Monday. Officials in the Biden "
        "administration said the meeting had been friendly and useful."
    )
    found = _speaker(pipeline, text, "friendly and useful")
    assert found is not None and found[1] == "Officials in the Biden administration"


def test_an_organisation_named_with_a_possessive_keeps_its_whole_name(pipeline) -> None:
    text = (
        "Heavy snow closed the mountain pass on Tuesday. The Marion County Sheriff's Office "
        'tweeted that drivers "should stay at home until the roads are cleared."'
    )
    found = _speaker(pipeline, text, "stay at home")
    assert found is not None and found[1] == "Marion County Sheriff's Office"


def test_a_named_colon_leader_beats_a_pronoun_trailer_in_the_same_sentence(pipeline) -> None:
    text = (
        "Two minor candidates, Ellen Marsh of the Green Party and Walter Brinkerhoff of the "
        'Farmers Party, spoke at the forum.\n\n"The valley needs water", said Marsh. '
        'Brinkerhoff concurred: "We cannot let the valley run dry", he argued.'
    )
    found = _speaker(pipeline, text, "valley run dry")
    assert found is not None and found[1] == "Walter Brinkerhoff"


def test_a_quotation_after_a_new_persons_sentence_is_that_persons(pipeline) -> None:
    text = (
        'The airline said that it would keep all its routes. "Our passengers will not notice '
        'any change at all."\nHowever, aviation analyst Rosa Whitcombe has doubts.\n"Cutting '
        'costs this deep always reaches the timetable in the end."'
    )
    found = _speaker(pipeline, text, "Cutting costs this deep")
    assert found is not None and found[1] == "Rosa Whitcombe"


def test_a_quotation_after_a_sentence_about_a_thing_has_no_speaker(pipeline) -> None:
    text = (
        'The airline said that it would keep all its routes. "Our passengers will not notice '
        'any change at all."\nMeanwhile, the merger with the smaller carrier went through.\n'
        '"It is a partnership that will give both companies a future."'
    )
    assert _speaker(pipeline, text, "partnership that will give") is None


def test_the_institution_by_its_first_word_is_not_a_dictionary_person(pipeline) -> None:
    text = (
        "A former member sued the Church of Scientology in Sydney last month. In a written "
        'reply, the Church said: "These claims are false and we will defend ourselves in court."'
    )
    found = _speaker(pipeline, text, "claims are false")
    assert found is not None and found[1] == "Church of Scientology"


def test_reported_speech_of_a_third_party_inside_an_interview_answer(pipeline) -> None:
    text = (
        "VOA spoke with former trade envoy Martin Okafor about the talks with President Ana "
        "Lindqvist of Sweden. This interview has been edited for clarity. VOA: What did you make "
        "of the meeting? Martin Okafor, former trade envoy: It went well, and the mood was good. "
        "And Lindqvist said, Sweden would double its orders of African coffee. I think that was "
        "the main news. VOA: What comes next? Okafor: More talks in the autumn, I expect."
    )
    found = _quotations(pipeline, text)
    answer = [q for q in found if q.text.startswith("It went well")]
    inner = [q for q in found if q.text.startswith("Sweden would double")]
    assert answer and answer[0].speaker is not None and answer[0].speaker.name == "Martin Okafor"
    assert inner and inner[0].kind == "reported"
    assert inner[0].speaker is not None and inner[0].speaker.name == "Ana Lindqvist"
