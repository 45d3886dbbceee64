"""Quotation constructions of session 21, by hand-made sentences (our own wording), one test
per construction."""

from __future__ import annotations

from dyadic.records import Article, Quotation


def _quotations(pipeline, text: str) -> list[Quotation]:
    return list(pipeline.code(Article("s21", text)).quotations)


def _speaker_of(pipeline, text: str, words: str) -> tuple[str | None, str | None, str | None]:
    found = [q for q in _quotations(pipeline, text) if words in q.text]
    assert found, f"no quotation holds {words!r}"
    speaker = found[0].speaker
    return (None, None, None) if speaker is None else (speaker.text, speaker.name, speaker.code)


def test_a_name_after_an_earlier_subject_set_off_by_commas_speaks(pipeline) -> None:
    text = (
        "Speaking at the Harbour Forum, a shipping think tank in Lisbon, on Monday, "
        "Port Director Carla Mendes said the new quay would open in the spring."
    )
    text_, name, _code = _speaker_of(pipeline, text, "new quay would open")
    assert name == "Carla Mendes"
    assert text_ is not None and "think tank" not in text_


def test_the_noun_a_relative_clause_describes_speaks_not_the_clause_words(pipeline) -> None:
    text = (
        "Even though the judges are likely to find Lopes guilty, Tomas Vidal, who worked with Lopes "
        "for decades in Porto, argued that releasing Lopes may be in the city's interest."
    )
    assert _speaker_of(pipeline, text, "releasing Lopes")[1] == "Tomas Vidal"


def test_a_trailing_title_of_a_place_runs_on_to_the_name(pipeline) -> None:
    text = (
        '"I am proud of the crews who sailed out into the storm to bring everyone home" tweeted '
        "Mayor of Lisbon Ana Ruiz."
    )
    text_, name, _code = _speaker_of(pipeline, text, "I am proud of the crews")
    assert text_ == "Mayor of Lisbon Ana Ruiz"
    assert name is not None and name.split()[-1] == "Ruiz"


def test_a_title_case_name_after_a_description_speaks(pipeline) -> None:
    text = (
        "The charity Doctors Without Borders said the floods had cut off more than a million "
        "people from clinics."
    )
    text_, _name, code = _speaker_of(pipeline, text, "cut off more than a million")
    assert text_ == "The charity Doctors Without Borders"
    assert code == "NGOHLHMSF"


def test_an_indefinite_title_is_a_new_person_not_an_earlier_one(pipeline) -> None:
    text = (
        "Governor Ana Ruiz was hurt when the stage collapsed in Porto. "
        'She suffered "two broken ribs", a hospital spokesperson said.'
    )
    text_, name, _code = _speaker_of(pipeline, text, "two broken ribs")
    assert text_ == "a hospital spokesperson"
    assert name == "a hospital spokesperson"


def test_a_persons_critics_are_not_that_person(pipeline) -> None:
    text = (
        "Prime Minister Ana Ruiz called an early election on Monday. "
        "Ruiz's critics said the vote was a ploy to avoid a debate on the budget."
    )
    _text, name, code = _speaker_of(pipeline, text, "a ploy to avoid a debate")
    assert name == "Ruiz's critics"
    assert code is None


def test_a_role_noun_speaks_with_its_own_words_not_its_countrys_name(pipeline) -> None:
    text = (
        "Spain plans forty new wind farms along its northern coast. "
        "Environmentalists said badly placed turbines could harm some seabirds."
    )
    _text, name, code = _speaker_of(pipeline, text, "badly placed turbines")
    assert name is not None and name.lower() == "environmentalists"
    assert code is not None and code.endswith("ENV")


def test_a_survey_that_found_a_claim_reports_it(pipeline) -> None:
    text = (
        "One Ipsos survey found three-quarters of Portuguese voters are worried about the housing crisis. "
        "The minister found his keys in the car."
    )
    quotations = _quotations(pipeline, text)
    found = [q for q in quotations if "three-quarters of Portuguese voters" in q.text]
    assert found and found[0].kind == "reported"
    assert found[0].speaker is not None and found[0].speaker.text == "One Ipsos survey"
    assert not [q for q in quotations if "keys" in q.text]  # a person who "found" is not quoted


def test_a_persons_social_media_account_speaks_for_the_person(pipeline) -> None:
    text = (
        "Interior minister Ana Ruiz met the union on Monday. "
        "Ruiz's official Twitter account said there was no room for further talks with the union."
    )
    assert _speaker_of(pipeline, text, "no room for further talks")[1] == "Ana Ruiz"


def test_a_survey_speaks_for_the_maker_named_in_it(pipeline) -> None:
    text = "One Ipsos survey found three-quarters of Portuguese voters are worried about the housing crisis."
    assert _speaker_of(pipeline, text, "three-quarters of Portuguese voters")[1] == "Ipsos"


def test_a_person_pronoun_skips_a_person_who_only_owns_a_noun(pipeline) -> None:
    text = (
        "Ruiz's case has received support in Lisbon, according to Maria Costa, the attorney leading "
        "Ruiz's legal team. She told reporters she hopes the two governments can work together."
    )
    assert _speaker_of(pipeline, text, "two governments can work together")[1] == "Maria Costa"


def test_a_group_pronoun_refers_to_the_main_clause_subject(pipeline) -> None:
    text = (
        "The Chilean navy said on Sunday the 36 people infected included 26 sailors. "
        "They said the sailors were moved to a base in the south."
    )
    assert _speaker_of(pipeline, text, "moved to a base in the south")[2] == "CHLMIL"


def test_a_long_proper_noun_title_may_stand_before_the_trailing_verb(pipeline) -> None:
    text = (
        '"The army and the police have increased the violence over the last weeks, but the protests '
        'continue," U.N. Resident Coordinator for Portugal Ana Ruiz said.'
    )
    name = _speaker_of(pipeline, text, "have increased the violence")[1]
    assert name is not None and name.split()[-1] == "Ruiz"


def test_a_question_followed_by_a_new_sentence_keeps_the_earlier_speaker(pipeline) -> None:
    text = (
        '"Some type of missile would be the gift," said Gen. Tomas Vidal, commander of the air forces. '
        '"Does it come on Christmas Eve? Does it come after the New Year?" Earlier this month, the '
        'ministry said, "It is entirely up to the country what gift it chooses."'
    )
    assert _speaker_of(pipeline, text, "Does it come on Christmas Eve")[1] == "Tomas Vidal"


def test_a_relative_clause_about_a_remark_is_no_claim_but_one_about_a_claim_is(pipeline) -> None:
    text = (
        "Harbour Board Speaker Tomas Vidal commented on the matter — which the Courier noted as an "
        'unusual move by a Speaker — "However it is dressed up, the purpose of closing the port now '
        'would be to stop the debate."'
    )
    assert not [q for q in _quotations(pipeline, text) if "unusual move" in q.text]


def test_a_name_with_a_coordinated_description_before_the_verb_speaks(pipeline) -> None:
    text = (
        "'It reflects the fear' Tomas Vidal Ferreira, a Portuguese writer and former diplomat, told "
        "reporters the council's actions reveal fear of any opposition."
    )
    name = _speaker_of(pipeline, text, "reveal fear of any opposition")[1]
    assert name is not None and name.split()[-1] == "Ferreira"


def test_a_plural_group_noun_is_not_one_person_named_earlier(pipeline) -> None:
    text = (
        "The populist politician Tomas Vidal wants new border checks. Some politicians warned last "
        "year that the free travel zone may never be fully restored."
    )
    name = _speaker_of(pipeline, text, "free travel zone")[1]
    assert name is not None and "Vidal" not in name
    assert name.split()[-1].lower() == "politicians"


def test_a_name_in_apposition_after_a_title_is_a_later_pronouns_antecedent(pipeline) -> None:
    text = (
        "The port director, Ana Ruiz, spoke to reporters on Monday. "
        '"We will reopen the quay in May," she said.'
    )
    assert _speaker_of(pipeline, text, "reopen the quay in May")[1] == "Ana Ruiz"
