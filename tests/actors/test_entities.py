"""The entity layer (issue 12): one entity per person, its code from the best evidence,
used by the speaker resolver. Hand-made sentences, full pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from dyadic.records import Article

pytestmark = pytest.mark.slow


def _doc(pipeline, text: str):
    return pipeline.nlp(pipeline._doc(Article("entities-test", text, published=date(2024, 5, 1))))


def _speakers(doc) -> list[tuple[str | None, str | None, str | None]]:
    return [
        (q.speaker.text, q.speaker.name, q.speaker.code) if q.speaker else (None, None, None)
        for q in doc._.quotations
    ]


def test_apposition_after_the_name_gives_the_code_and_a_pronoun_finds_the_person(pipeline) -> None:
    doc = _doc(
        pipeline,
        "Lena Hartmann, the German finance minister, presented the budget on Monday. "
        "She said the deficit would shrink next year.",
    )
    [person] = doc._.persons
    assert (person.name, person.code, person.evidence) == ("Lena Hartmann", "DEUGOV", "apposition")
    assert _speakers(doc) == [("She", "Lena Hartmann", "DEUGOV")]


def test_apposition_before_the_name_and_the_surname_alone_are_one_person(pipeline) -> None:
    doc = _doc(
        pipeline,
        "Chile's foreign minister, Ana Duarte, arrived in Lima on Tuesday. "
        '"We came to listen," Duarte said.',
    )
    [person] = doc._.persons
    assert person.name == "Ana Duarte" and person.code == "CHLGOV"
    assert len(person.spans) == 2
    assert _speakers(doc) == [("Duarte", "Ana Duarte", "CHLGOV")]


def test_a_listed_namesake_does_not_replace_the_person_the_article_names(pipeline) -> None:
    # "Wekesa" is a listed Kenyan politician (Noah Wekesa); here it is Daniel Wekesa.
    doc = _doc(
        pipeline,
        "Kenyan Interior Minister Daniel Wekesa visited the camp on Tuesday. "
        '"We will not close it," Wekesa said.',
    )
    surname = [m for m in doc._.entities if m.text == "Wekesa"]
    assert [(m.actor.name, m.actor.code, m.rule) for m in surname] == [("Daniel Wekesa", "KENGOV", "entity")]
    assert _speakers(doc) == [("Wekesa", "Daniel Wekesa", "KENGOV")]


def test_a_pronoun_refers_to_the_subject_not_a_later_name_in_apposition(pipeline) -> None:
    doc = _doc(
        pipeline,
        "Tomas Berg of the Swedish think tank Nordhaven said the plan was risky for Brazil. "
        '"It could fail," he said.',
    )
    assert _speakers(doc)[-1] == ("he", "Tomas Berg", None)


def test_a_named_subject_in_apposition_beats_its_bare_title(pipeline) -> None:
    doc = _doc(
        pipeline,
        "The court's president, Judge Mira Castell, rejected Chile's request on Monday. "
        '"The court regrets the decision," she said.',
    )
    assert [s[:2] for s in _speakers(doc)] == [("she", "Mira Castell")]


def test_relative_who_speaks_as_the_noun_it_modifies(pipeline) -> None:
    doc = _doc(pipeline, "The mayor thanked the nurse Maria Okafor, who said the clinic would reopen in May.")
    assert [s[1:] for s in _speakers(doc)] == [("Maria Okafor", "HLH")]


def test_a_title_alone_refers_to_the_named_person_of_its_country(pipeline) -> None:
    doc = _doc(
        pipeline,
        "Peru's Foreign Minister Elena Vargas met Chilean officials in Santiago. "
        "The Peruvian diplomat said the border talks would continue.",
    )
    assert _speakers(doc) == [("The Peruvian diplomat", "Elena Vargas", "PERGOV")]


def test_a_newspaper_named_after_a_place_is_an_outlet_not_the_place(pipeline) -> None:
    doc = _doc(pipeline, "The Tehran Times reported that the talks had stalled.")
    assert [(m.text, m.actor.code, m.rule) for m in doc._.entities] == [("Tehran Times", "IRNMED", "outlet")]
    assert _speakers(doc) == [("The Tehran Times", "Tehran Times", "IRNMED")]


def test_a_title_takes_its_affiliation_from_its_noun_phrase(pipeline) -> None:
    doc = _doc(
        pipeline,
        "A spokesperson for the U.S. State Department told reporters on Monday "
        "it had been talking with Peru.",
    )
    assert [(s[0], s[2]) for s in _speakers(doc)] == [("A spokesperson", "USAGOV")]


def test_a_subject_with_a_who_clause_is_a_person_for_a_later_pronoun(pipeline) -> None:
    # The small English model reads this name as an organisation; the "who" clause says otherwise.
    doc = _doc(
        pipeline,
        "Siriporn Kaewmanee, who heads the Bangkok Refugee Aid Foundation, echoed those concerns. "
        "She told reporters the shelters were full.",
    )
    assert [s[:2] for s in _speakers(doc)] == [("She", "Siriporn Kaewmanee")]


def test_a_misspelled_country_name_is_that_country(pipeline) -> None:
    doc = _doc(pipeline, "Ethopia accused Eritrea of shelling the border town.")
    assert [(m.text, m.actor.code) for m in doc._.entities] == [("Ethopia", "ETH"), ("Eritrea", "ERI")]
    doc = _doc(pipeline, "Troops from the Phillipines arrived on Friday.")
    assert [m.actor.code for m in doc._.entities] == ["PHLMIL"]
    # a real country name close to another is not "corrected": Austria is not Australia
    doc = _doc(pipeline, "Austria and Niger signed a trade agreement.")
    assert [m.actor.code for m in doc._.entities] == ["AUT", "NER"]


def test_a_capital_stands_for_the_state_it_belonged_to_then(pipeline) -> None:
    def codes(text: str, on: date) -> list[str]:
        doc = pipeline.nlp(pipeline._doc(Article("t", text, published=on)))
        return [m.actor.code for m in doc._.entities]

    assert codes("Officials in Juba criticised the plan.", date(2008, 1, 1)) == ["SDNGOV"]
    assert codes("Officials in Juba criticised the plan.", date(2015, 1, 1)) == ["SSDGOV"]
    # a country's own name keeps its code
    assert codes("Montenegro criticised the plan.", date(2000, 1, 1)) == ["MNE"]


def test_an_unlisted_organisation_speaks_for_a_later_descriptive_noun_and_its_acronym(pipeline) -> None:
    doc = _doc(
        pipeline,
        "Kestrel Harbour Advisory Partners published a study of port fees on Monday. "
        "Fees have doubled since 2019, the consultancy said. "
        "The Northern Fishers Union (NFU) rejected the plan. "
        "The NFU said the fees would ruin small boats.",
    )
    names = [s[1] for s in _speakers(doc)]
    assert names[0] == "Kestrel Harbour Advisory Partners"
    assert names[-1] == "Northern Fishers Union"
