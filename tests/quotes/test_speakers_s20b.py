"""Quotation constructions of session 20 (second round), by hand-made sentences (our own
wording), one test per construction."""

from __future__ import annotations

from dyadic.records import Article, Quotation


def _quotations(pipeline, text: str) -> list[Quotation]:
    return list(pipeline.code(Article("s20b", text)).quotations)


def _speaker_name(pipeline, text: str, words: str) -> str | None:
    found = [q for q in _quotations(pipeline, text) if words in q.text]
    assert found, f"no quotation with {words!r}"
    return found[0].speaker.name if found[0].speaker is not None else None


def test_a_surname_spelt_one_letter_off_later_is_the_earlier_named_person(pipeline) -> None:
    text = (
        "Harbour pilot Marta Lindqvist said the northern channel was closed for three days. "
        "Lindquist said the fishing fleet would have to wait for the dredgers to finish."
    )
    assert _speaker_name(pipeline, text, "fishing fleet would have to wait") == "Marta Lindqvist"


def test_a_surname_without_its_accent_is_the_earlier_named_person(pipeline) -> None:
    text = (
        "Port director Tomás Ibáñez said the new cranes would arrive in May. "
        "Ibanez said the harbour would hire forty more dock workers this year."
    )
    assert _speaker_name(pipeline, text, "hire forty more dock workers") == "Tomás Ibáñez"


def test_a_family_name_the_tagger_left_out_of_the_name_finds_the_person(pipeline) -> None:
    text = (
        "The fishing ban will hurt coastal towns, said Oh Jae Won, a researcher at the Busan "
        "Institute of Ocean Studies. The ban came too late for the squid fleet, Oh added."
    )
    assert _speaker_name(pipeline, text, "too late for the squid fleet") == "Jae Won"


def test_a_name_that_only_modifies_a_later_subject_is_not_the_pronoun_s_antecedent(pipeline) -> None:
    text = (
        "Asked by reporters on Monday about the harbour, Tomas Vidal said the Carlos Ferreira "
        'administration did not want to close the port. "The last thing the fishermen need is '
        'another strike," he said.'
    )
    assert _speaker_name(pipeline, text, "The last thing the fishermen need") == "Tomas Vidal"


def test_a_partial_quotation_after_according_to_speaks_for_the_source(pipeline) -> None:
    text = (
        "According to harbour pilot Marta Lindqvist, the fishing fleet was able to use the storm "
        'and "really push its own agenda" at the council.'
    )
    found = [q for q in _quotations(pipeline, text) if q.text.startswith("really push")]
    assert found and found[0].kind == "direct" and found[0].speaker is not None
    assert found[0].speaker.name == "Marta Lindqvist"


def test_a_relative_named_by_first_name_takes_the_possessor_s_surname(pipeline) -> None:
    text = (
        "Tomas Vidal, a fisherman from Lisbon, died on Monday. His wife Mary said he had been ill for years."
    )
    assert _speaker_name(pipeline, text, "ill for years") == "Mary Vidal"


def test_his_relative_skips_a_person_referred_to_as_she(pipeline) -> None:
    text = (
        "Tomas Vidal, a fisherman from Lisbon, died on Monday. Ana Ruiz, the harbour director, said "
        "the town would miss him. She said the port would close for a day. His wife Mary said he "
        "had been ill for years."
    )
    assert _speaker_name(pipeline, text, "ill for years") == "Mary Vidal"


def test_it_does_not_refer_back_to_a_plural_noun(pipeline) -> None:
    text = (
        "The Verde Liberation Front quickly claimed responsibility for the attack on the train. In a "
        "statement, the militant group claimed to be holding more than forty passengers, which it said "
        "were police officers and soldiers on leave."
    )
    found = [q for q in _quotations(pipeline, text) if "police officers and soldiers" in q.text]
    assert found and found[0].speaker is not None
    assert found[0].speaker.code == "REB"
