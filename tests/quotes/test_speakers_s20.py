"""Quotation constructions of session 20, by hand-made sentences (our own wording), one test
per construction."""

from __future__ import annotations

from spacy.tokens import Doc

from dyadic.nlp import set_article
from dyadic.quotes.extract import extract_quotations
from dyadic.records import Article, Quotation


def _quotations(pipeline, text: str) -> list[Quotation]:
    return list(pipeline.code(Article("s20", text)).quotations)


def test_a_speech_verb_with_its_own_clause_after_a_quotation_reports_that_clause(pipeline) -> None:
    text = (
        "Asked by reporters if the board was considering “any new fees for the fishing fleet,” "
        "Vidal said the board did not want to raise fees this year."
    )
    reported = [q for q in _quotations(pipeline, text) if "did not want to raise fees" in q.text]
    assert reported and reported[0].kind == "reported"
    assert reported[0].speaker is not None and reported[0].speaker.name == "Vidal"


def test_a_speech_verb_tagged_as_a_noun_still_reports_its_clause(pipeline) -> None:
    text = (
        "The U.N. Refugee Office and groups like Amnesty International estimate that more than "
        "two thousand people have been held in the camps."
    )
    reported = [q for q in _quotations(pipeline, text) if "two thousand people" in q.text]
    assert reported and reported[0].kind == "reported"
    assert reported[0].cue == "estimate"


def test_a_report_named_by_a_coded_organisation_speaks_for_it(pipeline) -> None:
    text = (
        "Fishing crews left the northern harbour after the storm. "
        "The U.N. report said the harbour would need two years to recover from the flooding."
    )
    found = [q for q in _quotations(pipeline, text) if "two years to recover" in q.text]
    assert found and found[0].speaker is not None
    assert found[0].speaker.code == "IGOUNO"


def test_a_clergy_title_refers_back_to_the_named_cleric(pipeline) -> None:
    text = (
        "The new budget law in Argentina was criticised by archbishop Monsenor Tomas Vidal Ferreira. "
        'Calling it a "betrayal of the poor" the archbishop said "We must pray for the families who '
        'lost their homes this winter."'
    )
    found = [q for q in _quotations(pipeline, text) if "We must pray" in q.text]
    assert found and found[0].speaker is not None
    assert found[0].speaker.name == "Tomas Vidal Ferreira"


def test_a_surname_the_tagger_calls_an_organisation_is_a_person_for_a_later_pronoun(pipeline) -> None:
    text = (
        "Jeffrey Towson, a consultant who has advised the port of Lisbon for a decade, spoke on Monday. "
        'Portlink, which hired Rui Vidal last year, said "the gap with the leading ports has widened." '
        '"Cargo volumes will keep rising over the next years, just like in Asia," Towson said. '
        '"Shipping companies are already pulling ahead in the new terminals," he said.'
    )
    found = [q for q in _quotations(pipeline, text) if "pulling ahead" in q.text]
    assert found and found[0].speaker is not None
    assert found[0].speaker.name == "Jeffrey Towson"


#: "CLAUSE, Tomas Ferreira, a spokesperson for the port, told VOA." as the parser sometimes
#: reads it: the name a conjunct of the clause's last noun, "told" a conjunct of its verb.
_FINAL_TAG_PARSE = [
    ("Harbour", "PROPN", "NNP", "compound", 1), ("programs", "NOUN", "NNS", "nsubj", 7),
    ("in", "ADP", "IN", "prep", 1), ("Lisbon", "PROPN", "NNP", "pobj", 2),
    ("and", "CCONJ", "CC", "cc", 2), ("elsewhere", "ADV", "RB", "conj", 2),
    ("are", "AUX", "VBP", "aux", 7), ("feeling", "VERB", "VBG", "ROOT", 7),
    ("the", "DET", "DT", "det", 9), ("strain", "NOUN", "NN", "dobj", 7),
    ("of", "ADP", "IN", "prep", 9), ("falling", "VERB", "VBG", "amod", 12),
    ("trade", "NOUN", "NN", "pobj", 10), (",", "PUNCT", ",", "punct", 12),
    ("Tomas", "PROPN", "NNP", "compound", 15), ("Ferreira", "PROPN", "NNP", "conj", 12),
    (",", "PUNCT", ",", "punct", 15), ("a", "DET", "DT", "det", 18),
    ("spokesperson", "NOUN", "NN", "appos", 15), ("for", "ADP", "IN", "prep", 18),
    ("the", "DET", "DT", "det", 21), ("port", "NOUN", "NN", "pobj", 19),
    (",", "PUNCT", ",", "punct", 7), ("told", "VERB", "VBD", "conj", 7),
    ("VOA", "PROPN", "NNP", "dobj", 23), (".", "PUNCT", ".", "punct", 7),
]  # fmt: skip


def _parsed(pipeline, rows: list[tuple[str, str, str, str, int]], lemmas: dict[str, str]) -> list[Quotation]:
    """Quotations of one sentence given as it was parsed: (word, pos, tag, dep, head index) rows."""
    words = [r[0] for r in rows]
    doc = Doc(
        pipeline.nlp.vocab,
        words=words,
        spaces=[i + 1 < len(rows) and rows[i + 1][0] not in (",", ".") for i in range(len(rows))],
        pos=[r[1] for r in rows],
        tags=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[r[4] for r in rows],
        lemmas=[lemmas.get(w, w.lower()) for w in words],
        sent_starts=[True] + [False] * (len(rows) - 1),
    )
    article = Article("s20", doc.text)
    set_article(doc, article)
    return extract_quotations(doc, article, [])


def test_a_final_speech_tag_after_a_comma_reports_the_words_before_it(pipeline) -> None:
    quotations = _parsed(pipeline, _FINAL_TAG_PARSE, {"told": "tell"})
    found = [q for q in quotations if "feeling the strain" in q.text]
    assert found and found[0].kind == "reported" and found[0].cue == "told"
    assert found[0].text == "Harbour programs in Lisbon and elsewhere are feeling the strain of falling trade"
    assert found[0].speaker is not None
    assert found[0].speaker.text == "Tomas Ferreira, a spokesperson for the port"


def test_a_description_and_a_name_after_a_comma_parsed_as_two_subjects_is_the_name(pipeline) -> None:
    text = "The Azul Party's leader, Tomas Ferreira announced the party would back the harbour plan."
    found = [q for q in _quotations(pipeline, text) if "back the harbour plan" in q.text]
    assert found and found[0].speaker is not None
    assert found[0].speaker.text == "The Azul Party's leader, Tomas Ferreira"
    assert found[0].speaker.name == "Tomas Ferreira"


def test_a_name_with_a_title_in_apposition_is_a_person_even_when_tagged_an_organisation(pipeline) -> None:
    text = (
        "The weekly Lisbon Courier published an interview with Zsombor Várady, the Portuguese "
        "government commissioner for harbours, in which the sale was announced. "
        "He said he expects no trouble between the two ports over the sale."
    )
    found = [q for q in _quotations(pipeline, text) if "no trouble between the two ports" in q.text]
    assert found and found[0].speaker is not None
    assert found[0].speaker.name == "Zsombor Várady"


def test_a_long_title_ending_in_a_name_before_a_colon_is_the_speaker(pipeline) -> None:
    text = (
        "The emails were read out in the council on Monday.\n\n"
        'Deputy Secretary of the Lisbon Harbour Board Tomas Ferreira: "We should not pay the fine '
        'before the court rules on the appeal."'
    )
    found = [q for q in _quotations(pipeline, text) if "pay the fine" in q.text]
    assert found and found[0].speaker is not None
    assert found[0].speaker.name == "Tomas Ferreira"


def test_a_speech_verb_reports_the_clause_after_it_before_one_parsed_before_it(pipeline) -> None:
    text = (
        "A fire broke out in a Lisbon hostel on Monday. Many of the affected guests were Portuguese; "
        "the Spanish embassy confirmed two students from Madrid also died."
    )
    reported = [q for q in _quotations(pipeline, text) if q.cue == "confirmed"]
    assert [q.text for q in reported] == ["two students from Madrid also died"]


def test_a_reported_clause_running_into_a_quotation_ends_before_its_mark(pipeline) -> None:
    text = (
        "Vidal announced that Lisbon would invest about two million euros in several fishing projects "
        "and that the city will cooperate in building a new quay for Porto, calling it a gift "
        "“from the oldest port of the country.”"
    )
    reported = [q for q in _quotations(pipeline, text) if q.kind == "reported"]
    assert reported and reported[0].text.startswith("Lisbon would invest about two million euros")
    assert reported[0].text.endswith("calling it a gift")
    assert reported[0].speaker is not None and reported[0].speaker.name == "Vidal"


def test_a_because_clause_with_a_thought_verb_stays_in_the_reported_words(pipeline) -> None:
    text = (
        "Ana Ruiz runs the shelter near the harbour. She says most families are reluctant to return to "
        "their homes because they believe the floods could come back within weeks."
    )
    said = [q for q in _quotations(pipeline, text) if q.cue == "says"]
    assert said and said[0].text.endswith("because they believe the floods could come back within weeks")
    assert said[0].speaker is not None and said[0].speaker.name == "Ana Ruiz"


def test_a_place_after_a_verb_of_moving_is_no_antecedent_even_if_tagged_a_person(pipeline) -> None:
    text = (
        "Rui Costa and his wife wanted a quieter life. In 2021 they left their flat in Porto behind, "
        "relocating with their two children to Tavira. Moving south was a first step to "
        '"start over and then lead another lifestyle," he told reporters.'
    )
    found = [q for q in _quotations(pipeline, text) if "start over" in q.text]
    assert found and found[0].speaker is not None
    assert found[0].speaker.name == "Rui Costa"


def test_the_spokesperson_of_a_state_body_is_the_named_official_who_spoke_before(pipeline) -> None:
    text = (
        "Portuguese troops freed the hostages on Wednesday. Speaking to a news channel, Lt. Gen. Tomas "
        "Ferreira, director general of the Portuguese military's media wing, said that all hostages were "
        "rescued. Separatists have attacked the harbour twice this year. The military spokesperson said "
        "the army and the navy took part in the operation."
    )
    found = [q for q in _quotations(pipeline, text) if "took part in the operation" in q.text]
    assert found and found[0].speaker is not None
    assert found[0].speaker.name == "Tomas Ferreira"


def test_according_to_before_a_quotation_names_its_speaker(pipeline) -> None:
    text = (
        "Coast guard boats stopped two trawlers near the harbour on Friday. According to the Lisbon "
        "Harbour Authority, “The operation dealt a serious blow to the smuggling network along the river.”"
    )
    found = [q for q in _quotations(pipeline, text) if "serious blow" in q.text]
    assert found and found[0].speaker is not None
    assert found[0].speaker.text == "the Lisbon Harbour Authority"


def test_a_relative_pronoun_the_parser_left_unattached_speaks_for_the_noun_before_it(pipeline) -> None:
    text = (
        "The fire began at 10:39 a.m. local time (0939 UTC), according to firefighters, who said crews "
        "arrived at the warehouse six minutes later."
    )
    found = [q for q in _quotations(pipeline, text) if q.cue == "said"]
    assert found and found[0].text == "crews arrived at the warehouse six minutes later"
    assert found[0].speaker is not None and found[0].speaker.text == "firefighters"


def test_a_name_between_a_place_and_its_title_before_the_verb_is_the_speaker(pipeline) -> None:
    text = (
        "The trial opens in Paris on Monday. In Lisbon, Marta Vidal, coordinator for the International "
        "Federation for Fishing Rights in Ivory Coast, says many fishers have turned the page on the "
        "floods of 2004."
    )
    found = [q for q in _quotations(pipeline, text) if "turned the page" in q.text]
    assert found and found[0].speaker is not None
    assert found[0].speaker.name == "Marta Vidal"


def test_clarify_reports_its_clause(pipeline) -> None:
    text = "But Ana Ruiz clarified that a deal on the harbour fees was not the main focus of the talks."
    found = [q for q in _quotations(pipeline, text) if q.cue == "clarified"]
    assert found and found[0].text == "a deal on the harbour fees was not the main focus of the talks"
    assert found[0].speaker is not None and found[0].speaker.name == "Ana Ruiz"


#: "... could accelerate, with Ruiz warning that the bases are at risk." as the parser sometimes
#: reads it: the "that"-clause hung on the main verb, not on "warning".
_STRAY_CLAUSE_PARSE = [
    ("Trade", "NOUN", "NN", "nsubj", 2), ("could", "AUX", "MD", "aux", 2),
    ("accelerate", "VERB", "VB", "ROOT", 2), ("with", "ADP", "IN", "prep", 2),
    ("Ruiz", "PROPN", "NNP", "nsubj", 5), ("warning", "VERB", "VBG", "pcomp", 3),
    ("that", "SCONJ", "IN", "mark", 10), ("the", "DET", "DT", "det", 9),
    ("harbour", "NOUN", "NN", "compound", 9), ("bases", "NOUN", "NNS", "nsubj", 10),
    ("are", "AUX", "VBP", "ccomp", 2), ("at", "ADP", "IN", "prep", 10),
    ("risk", "NOUN", "NN", "pobj", 11), (".", "PUNCT", ".", "punct", 2),
]  # fmt: skip


def test_a_that_clause_hung_on_another_verb_is_reported_by_the_speech_verb_before_it(pipeline) -> None:
    quotations = _parsed(pipeline, _STRAY_CLAUSE_PARSE, {"warning": "warn", "bases": "basis", "are": "be"})
    found = [q for q in quotations if q.kind == "reported"]
    assert [q.text for q in found] == ["the harbour bases are at risk"]
    assert found[0].cue == "warning"
    assert found[0].speaker is not None and found[0].speaker.text == "Ruiz"


def test_media_report_tagged_as_a_noun_reports_its_that_clause(pipeline) -> None:
    text = (
        "Fishing crews left the northern harbour on Friday. Spanish media report that Lisbon will cede "
        "control of the northern quay and pay Vigo around two million euros a year."
    )
    found = [q for q in _quotations(pipeline, text) if q.kind == "reported"]
    assert found and found[0].text.startswith("Lisbon will cede control of the northern quay")
    assert found[0].speaker is not None and found[0].speaker.text == "Spanish media"


def test_a_speech_verb_before_a_comma_parsed_as_the_complement_of_its_clause_reports_it(pipeline) -> None:
    text = (
        "Health workers visited every village on the island. Radio Lisboa reported on Thursday, "
        "vaccine coverage had risen to 55 percent."
    )
    found = [q for q in _quotations(pipeline, text) if q.kind == "reported"]
    assert [q.text for q in found] == ["vaccine coverage had risen to 55 percent"]
    assert found[0].speaker is not None and found[0].speaker.text == "Radio Lisboa"


#: "CLAUSE, argued the port's lawyer, Tomas Ferreira." as the parser sometimes reads it: "argued"
#: a conjunct of the clause's verb, the speaker its object.
_INVERTED_TAG_PARSE = [
    ("It", "PRON", "PRP", "nsubj", 1), ("is", "AUX", "VBZ", "ROOT", 1),
    ("not", "PART", "RB", "neg", 1), ("for", "SCONJ", "IN", "mark", 7),
    ("the", "DET", "DT", "det", 5), ("court", "NOUN", "NN", "nsubj", 7),
    ("to", "PART", "TO", "aux", 7), ("judge", "VERB", "VB", "advcl", 1),
    ("the", "DET", "DT", "det", 9), ("motives", "NOUN", "NNS", "dobj", 7),
    (",", "PUNCT", ",", "punct", 1), ("argued", "VERB", "VBD", "conj", 1),
    ("the", "DET", "DT", "det", 13), ("port", "NOUN", "NN", "poss", 15),
    ("'s", "PART", "POS", "case", 13), ("lawyer", "NOUN", "NN", "dobj", 11),
    (",", "PUNCT", ",", "punct", 15), ("Tomas", "PROPN", "NNP", "compound", 18),
    ("Ferreira", "PROPN", "NNP", "appos", 15), (".", "PUNCT", ".", "punct", 1),
]  # fmt: skip


def test_an_inverted_final_speech_tag_reports_the_clause_before_it(pipeline) -> None:
    quotations = _parsed(pipeline, _INVERTED_TAG_PARSE, {"argued": "argue", "is": "be"})
    found = [q for q in quotations if q.kind == "reported"]
    assert [q.text for q in found] == ["It is not for the court to judge the motives"]
    assert found[0].speaker is not None
    assert found[0].speaker.text == "the port 's lawyer, Tomas Ferreira"  # the words as tokenised here


#: "He also argues, revenue from fishing does not benefit the villages." as the parser sometimes
#: reads it: the clause a conjunct of "argues".
_COMMA_CLAUSE_PARSE = [
    ("He", "PRON", "PRP", "nsubj", 2), ("also", "ADV", "RB", "advmod", 2),
    ("argues", "VERB", "VBZ", "ROOT", 2), (",", "PUNCT", ",", "punct", 2),
    ("revenue", "NOUN", "NN", "nsubj", 9), ("from", "ADP", "IN", "prep", 4),
    ("fishing", "NOUN", "NN", "pobj", 5), ("does", "AUX", "VBZ", "aux", 9),
    ("not", "PART", "RB", "neg", 9), ("benefit", "VERB", "VB", "conj", 2),
    ("the", "DET", "DT", "det", 11), ("villages", "NOUN", "NNS", "dobj", 9),
    (".", "PUNCT", ".", "punct", 2),
]  # fmt: skip


def test_a_clause_after_a_speech_verb_and_a_comma_parsed_as_its_conjunct_is_reported(pipeline) -> None:
    quotations = _parsed(pipeline, _COMMA_CLAUSE_PARSE, {"argues": "argue", "does": "do"})
    found = [q for q in quotations if q.kind == "reported"]
    assert [q.text for q in found] == ["revenue from fishing does not benefit the villages"]
    assert found[0].cue == "argues"


def test_according_to_reports_names_no_speaker(pipeline) -> None:
    text = (
        "Fishing crews left the harbour early. According to reports, the storm damaged most of the "
        "boats in the northern marina."
    )
    found = [q for q in _quotations(pipeline, text) if "storm damaged" in q.text]
    assert found and found[0].cue == "according to" and found[0].speaker is None


def test_an_expletive_it_of_a_passive_speech_verb_is_no_speaker(pipeline) -> None:
    text = (
        "Rui Costa was treated at the city hospital. It was reported he was in a stable condition on Monday."
    )
    found = [q for q in _quotations(pipeline, text) if "stable condition" in q.text]
    assert found and found[0].cue == "reported" and found[0].speaker is None


def test_the_hearer_of_a_passive_tell_is_no_speaker(pipeline) -> None:
    text = (
        "The exiled fishers have been told that they would be able to return to the outer islands next year."
    )
    found = [q for q in _quotations(pipeline, text) if "return to the outer islands" in q.text]
    assert found and found[0].cue == "told" and found[0].speaker is None
