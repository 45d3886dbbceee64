"""Entity rules of session 24 (issue 12, one person one country per article): a demonym
noun in apposition with a modifier gives a person's country ("Marek, an ethnic Czech from
Slovakia"); a role noun the text identifies as a named person takes that person's stated
country in every mention of the article. Hand-made sentences, full pipeline."""

from __future__ import annotations

from datetime import date

from dyadic.events.component import event_mentions
from dyadic.nlp import set_article
from dyadic.records import Article


def _doc(pipeline, text: str):
    article = Article("t", text, published=date(2024, 6, 20))
    return pipeline.nlp(set_article(pipeline.nlp.make_doc(text), article))


def _codes(pipeline, text: str) -> list[tuple[str, str | None, str]]:
    return [(m.text, m.actor.code, m.rule) for m in event_mentions(_doc(pipeline, text))]


def test_a_modified_demonym_noun_in_apposition_gives_the_persons_country(pipeline):
    doc = _doc(
        pipeline,
        "The attacker, identified as Ivo Marek, 20, was shot by French police in Lyon. "
        "Marek, an ethnic Czech from Slovakia, was known to police.",
    )
    [person] = doc._.persons
    assert (person.name, person.code, person.evidence) == ("Ivo Marek", "CZE", "demonym")


def test_a_demonym_before_another_noun_is_no_persons_country(pipeline):
    doc = _doc(
        pipeline, "Police in Leeds, England questioned Tom Baxter, a keen Chinese chess player, on Monday."
    )
    assert [(p.name, p.country) for p in doc._.persons] == [("Tom Baxter", None)]


def test_a_role_noun_identified_as_a_named_person_takes_his_country_everywhere(pipeline):
    codes = _codes(
        pipeline,
        "A 30-year-old man was arrested by police in Leeds, England on Monday. "
        "Officers detained the man, later identified as Ivo Marek, a Czech national. "
        "British police said the man had attacked a guard.",
    )
    men = [(text, code, rule) for text, code, rule in codes if text == "man"]
    assert men == [("man", "CZECVL", "entity")] * 3
    assert ("police in Leeds", "GBRCOP", "agent+city") in codes


def test_he_with_no_named_person_near_stands_for_a_one_person_noun_of_its_sentence(pipeline):
    codes = _codes(
        pipeline,
        "French police said a gunman opened fire at a school in Lyon, France. "
        "The attacker, a man, wounded two guards before he was shot by French officers.",
    )
    assert ("he", "FRACVL", "pronoun+locus") in codes


def test_a_one_person_noun_of_an_earlier_sentence_is_no_antecedent(pipeline):
    codes = _codes(
        pipeline, "A man attacked two guards in Lyon, France on Monday. French police said he was armed."
    )
    assert [c for c in codes if c[0] == "he"] == []


def test_a_named_person_near_the_pronoun_beats_a_one_person_noun(pipeline):
    codes = _codes(
        pipeline,
        "French police said a gunman opened fire at a school in Lyon, France. Police later arrested "
        "Marc Dubois. The attacker, a man, wounded two guards before he was shot.",
    )
    assert ("he", "FRA", "pronoun+locus") in codes
    assert ("Marc Dubois", "FRA", "entity+locus") in codes


def test_a_role_noun_that_was_identified_as_a_named_person_takes_his_country(pipeline):
    codes = _codes(
        pipeline,
        "A 30-year-old man died in a crash in Leeds, England on Monday. British police said the man "
        "was identified as Ivo Marek, a Czech national. Police in England said the man had been drinking.",
    )
    assert [c for c in codes if c[0] == "man"] == [("man", "CZECVL", "entity")] * 3
    assert ("Police in England", "GBRCOP", "agent+country") in codes


def test_a_role_noun_identified_as_a_person_of_its_own_country_keeps_its_code(pipeline):
    codes = _codes(
        pipeline,
        "A 30-year-old man died in a crash in Leeds, England on Monday. British police said the man "
        "was identified as Tom Baxter, a British national. Police in England said the man had been drinking.",
    )
    assert [c for c in codes if c[0] == "man"] == [("man", "GBRCVL", "agent+locus")] * 3


def test_a_nationality_in_apposition_to_a_role_noun_gives_its_country(pipeline):
    codes = _codes(
        pipeline,
        "Police in Leeds, England said a man stabbed three people on Saturday. The suspect, a "
        "25-year-old Libyan, was arrested by British police. The attacker, a Syrian national, was "
        "arrested by British police.",
    )
    assert ("suspect", "LBYCRM", "entity") in codes
    assert ("attacker", "SYRUAF", "entity") in codes
    assert ("man", "GBRCVL", "agent+locus") in codes


def test_a_country_born_role_noun_takes_that_country_in_the_whole_article(pipeline):
    codes = _codes(
        pipeline,
        "Police in Christchurch, New Zealand said the Australian-born attacker was charged. "
        "New Zealand police said the attacker acted alone.",
    )
    assert [c for c in codes if c[0] == "attacker"] == [("attacker", "AUSUAF", "entity")] * 2
    assert ("New Zealand police", "NZLCOP", "title+nationality") in codes
