"""Quotation constructions of session 22, by hand-made sentences (our own wording), one test
per construction."""

from __future__ import annotations

from dyadic.records import Article, Quotation


def _quotations(pipeline, text: str) -> list[Quotation]:
    return list(pipeline.code(Article("s22", text)).quotations)


def _speaker_of(pipeline, text: str, words: str) -> tuple[str | None, str | None, str | None]:
    found = sorted((q for q in _quotations(pipeline, text) if words in q.text), key=lambda q: len(q.text))
    assert found, f"no quotation holds {words!r}"
    speaker = found[0].speaker  # the innermost one
    return (None, None, None) if speaker is None else (speaker.text, speaker.name, speaker.code)


def test_a_fronted_participle_speaks_for_the_main_clause_subject_after_it(pipeline) -> None:
    text = (
        "Ana Ruiz spoke in Lisbon on Monday. While noting “the harbour has been losing money for "
        "many years,” Ruiz expressed hope that the plan would work."
    )
    assert _speaker_of(pipeline, text, "losing money")[:2] == ("Ruiz", "Ana Ruiz")


def test_a_quotation_after_a_bare_connective_keeps_the_previous_speaker(pipeline) -> None:
    text = (
        "Ana Ruiz spoke in Lisbon on Monday. “The port is in decline,” she said. "
        "But “the city can still rescue it if it acts now.”"
    )
    assert _speaker_of(pipeline, text, "still rescue it")[1] == "Ana Ruiz"


def test_a_participle_after_a_reported_clause_speaks_for_the_main_subject(pipeline) -> None:
    text = (
        "Tomas Vidal led the harbour talks for a decade. While critical of the council, he has "
        "warned that, although an “unlikely outcome,” other ports could follow, saying, “fewer "
        "committees, more ships” is what Lisbon needs."
    )
    assert _speaker_of(pipeline, text, "fewer committees")[:2] == ("he", "Tomas Vidal")


def test_a_title_in_the_lead_is_the_person_named_later_with_that_title(pipeline) -> None:
    text = (
        "Canada's Manitoba provincial leader said he would tax the power sold to Minnesota. "
        "Prices rose sharply on Monday. Then Ruth Okafor, Manitoba's provincial leader, said she "
        "would go further."
    )
    assert _speaker_of(pipeline, text, "tax the power")[1] == "Ruth Okafor"


def test_an_envoy_is_not_the_head_of_state_named_before(pipeline) -> None:
    text = (
        "North Korean leader Kim Jong Un inspected a missile launch on Sunday. At the United "
        "Nations, North Korea's envoy said the drills were defensive and lawful. "
        "Ambassador Song Kim added that the country would answer any provocation."
    )
    assert _speaker_of(pipeline, text, "drills were defensive")[1:] == ("Song Kim", "PRKGOV")


def test_a_quotation_nested_in_another_speaks_for_the_mention_inside_it(pipeline) -> None:
    text = (
        'Tomas Vidal, a former harbour official, told the paper: "China always says “we respect '
        'every border in the region” and then sends more ships."'
    )
    assert _speaker_of(pipeline, text, "we respect every border")[1:] == ("China", "CHNGOV")


def test_a_trailing_according_to_names_the_speaker(pipeline) -> None:
    text = (
        "“The island has become one of the busiest ports in the region,” according to Ana Ruiz, "
        "the director of studies at the Lisbon Institute. “So it needs a second quay soon.”"
    )
    assert _speaker_of(pipeline, text, "busiest ports")[1] == "Ana Ruiz"
    assert _speaker_of(pipeline, text, "second quay")[1] == "Ana Ruiz"


def test_a_definite_title_is_the_person_who_just_spoke_not_one_mentioned_since(pipeline) -> None:
    text = (
        "Former top European Union official Ana Ruiz says fishing quotas should be cut for three years. "
        "The Portuguese politician, who is considering challenging Marcelo Rebelo de Sousa next "
        "year, says the quotas are “not working.” Her remarks were made to a television station. "
        "The former Portuguese foreign minister told RTP, “We need to rebuild the whole system.”"
    )
    assert _speaker_of(pipeline, text, "not working")[1] == "Ana Ruiz"
    assert _speaker_of(pipeline, text, "rebuild the whole system")[1] == "Ana Ruiz"


def test_the_head_of_a_body_is_the_person_of_that_body_named_next(pipeline) -> None:
    text = (
        "The head of the U.N. children’s agency, UNICEF, said Friday that schools in the port "
        "city had closed. “The children cannot wait,” Catherine Russell, UNICEF’s executive "
        "director, told the council."
    )
    assert _speaker_of(pipeline, text, "schools in the port")[1:] == ("Catherine Russell", "IGOUNOKID")


def test_an_acronym_is_not_defined_by_a_name_the_comma_cut_short(pipeline) -> None:
    text = (
        "The plan drew criticism from the mayor and from the United Nations Educational, Scientific "
        "and Cultural Organization (UNESCO), which questioned it. In an interview, UNESCO said that "
        "any change to the old harbour would require its approval."
    )
    assert _speaker_of(pipeline, text, "would require its approval")[1] == "UNESCO"


def test_a_partial_quotation_in_a_reported_clause_speaks_for_its_reporter_not_the_source(pipeline) -> None:
    text = (
        "Ana Ruiz, the marketing director at the Lisbon Harbour Clinic, told a conference this year "
        "that Portugal was a “favoured destination for patients from abroad”, the shipping review says."
    )
    assert _speaker_of(pipeline, text, "favoured destination")[1] == "Ana Ruiz"


def test_a_body_named_with_its_unit_acronym_in_brackets_speaks_as_the_unit(pipeline) -> None:
    text = (
        "Thousands of families fled the border town last month. The United Nations High Commission "
        "for Refugees (UNHCR) shares that worry. It issued a statement saying the closure would hurt "
        "“the safety of families who have nowhere else to go.”"
    )
    assert _speaker_of(pipeline, text, "nowhere else to go")[2] == "IGOUNOREFHCR"


def test_a_news_outlet_speaker_takes_the_outlets_code(pipeline) -> None:
    from dyadic.quotes.speakers import outlet_code

    text = 'The state-run Xinhua News Agency said the law was "a firm step toward stability."'
    assert _speaker_of(pipeline, text, "firm step")[2] == "CHNMED"
    assert outlet_code("state-run Xinhua News Agency") == "CHNMED"
    assert outlet_code("An Al Jazeera reporter in Kenya") == "QATMED"
    assert outlet_code("The New York Times") == "USAMED"  # the longest name wins over "Times"-like parts
    assert outlet_code("Dawn Smith, a reporter") is None and outlet_code("the BBCs") is None
