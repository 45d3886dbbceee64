"""Speaker constructions of session 18: hand-made sentences, one per construction.

Each test runs the full pipeline (actor mentions included) and checks the resolved
speaker's name or code; the wording is our own, not the corpus's.
"""

from __future__ import annotations

from dyadic.records import Article, Speaker


def _speakers(pipeline, text: str) -> list[Speaker | None]:
    result = pipeline.code(Article("s18", text))
    return [q.speaker for q in result.quotations]


def test_name_after_a_possessor_with_a_nationality_speaks_as_the_name(pipeline) -> None:
    # "Portuguese" is a country mention, but it only modifies the forum, not the speaker.
    (speaker,) = _speakers(
        pipeline, "The Portuguese Maritime Forum's Duarte said the harbour would stay open."
    )
    assert speaker is not None and speaker.name == "Duarte"


def test_description_with_an_appositive_name_speaks_as_the_name(pipeline) -> None:
    text = "Another passenger, Tomas Vidal, told reporters that the driver had braked too late."
    (speaker,) = _speakers(pipeline, text)
    assert speaker is not None
    assert (speaker.text, speaker.name) == ("Another passenger, Tomas Vidal", "Tomas Vidal")


def test_description_with_a_name_after_named_speaks_as_the_name(pipeline) -> None:
    (speaker,) = _speakers(pipeline, 'A passenger named Okafor said, "We waited for six hours in the cold."')
    assert speaker is not None and speaker.name == "Okafor"


def test_organisation_noun_takes_its_name_from_the_proper_nouns_before_it(pipeline) -> None:
    text = "The Lisbon Courier news agency reported that the bridge would close for repairs in May."
    (speaker,) = _speakers(pipeline, text)
    assert speaker is not None and speaker.name == "Lisbon Courier"


def test_country_speaking_is_its_government(pipeline) -> None:
    (speaker,) = _speakers(
        pipeline, "Overnight, the United States said it would send more aid to the region."
    )
    assert speaker is not None and speaker.code == "USAGOV"


def test_group_pronoun_prefers_the_clause_subject(pipeline) -> None:
    text = "The harbour police fined the health ministry on Monday, it said in a statement."
    (speaker,) = _speakers(pipeline, text)
    assert speaker is not None and speaker.name == "police"


def test_description_and_name_parsed_as_two_subjects_make_one_speaker(pipeline) -> None:
    (speaker,) = _speakers(
        pipeline, 'Early critic MP Ana Ferreira said, "The bill is far better than it was."'
    )
    assert speaker is not None
    assert (speaker.text, speaker.name) == ("Early critic MP Ana Ferreira", "Ana Ferreira")


def test_name_after_the_last_comma_before_the_verb_is_the_speaker(pipeline) -> None:
    text = (
        "When asked about the dispute between Spain and Portugal, Tejo Shipping chief executive "
        'Ana Ruiz replied, "We carry goods, not politics."'
    )
    (speaker,) = _speakers(pipeline, text)
    assert speaker is not None
    assert speaker.text == "Tejo Shipping chief executive Ana Ruiz"
    assert speaker.name.split()[-1] == "Ruiz"


def test_shorter_name_of_an_organisation_named_earlier(pipeline) -> None:
    text = (
        "Business consultancy Tejo Lopes & Partners placed the revenue at $2 billion. "
        "Tourism will grow by a fifth, Tejo Lopes says."
    )
    speakers = _speakers(pipeline, text)
    assert speakers[-1] is not None and speakers[-1].name == "Tejo Lopes & Partners"


def test_acronym_after_comma_or_names_the_organisation(pipeline) -> None:
    text = (
        "The Verde Liberation Front, or VLF, attacked the depot on Monday. "
        "The VLF said the attack was a warning."
    )
    speakers = _speakers(pipeline, text)
    assert speakers[-1] is not None and speakers[-1].name == "Verde Liberation Front"
