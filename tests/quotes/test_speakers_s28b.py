"""Quotation speakers of session 28, second round, by hand-made sentences (our own wording), one
test per construction: the kinds found by judging unannotated news (issue 12)."""

from __future__ import annotations

from dyadic.records import Article, Quotation


def _quotations(pipeline, text: str) -> list[Quotation]:
    return list(pipeline.code(Article("s28b", text)).quotations)


def _speaker(pipeline, text: str, words: str) -> tuple[str, str, str | None] | None:
    found = [q for q in _quotations(pipeline, text) if words in q.text]
    assert found, f"no quotation with {words!r}"
    spk = found[0].speaker
    return None if spk is None else (spk.text, spk.name, spk.code)


def _no_quotation(pipeline, text: str, words: str) -> bool:
    return not [q for q in _quotations(pipeline, text) if words in q.text]


def test_company_abbreviation_before_a_title_does_not_end_the_sentence(pipeline) -> None:
    text = (
        'The merger was approved on Monday. "We are thrilled to welcome the team to our family," '
        "said Norwind Inc. CEO Paula Greer."
    )
    assert _speaker(pipeline, text, "thrilled") == ("Norwind Inc. CEO Paula Greer", "Paula Greer", "BUS")


def test_company_abbreviation_ending_a_sentence_still_ends_it(pipeline) -> None:
    text = "The phones were made by Norwind Inc. The company said its profits had doubled in a year."
    assert _speaker(pipeline, text, "profits") == ("The company", "company", "BUS")


def test_name_before_an_apposed_title_of_a_union_speaks(pipeline) -> None:
    text = (
        "Shipping firms cut their routes last year. Dag Lindqvist, the president of Nordic Dock "
        "Workers said he had been promised that the pension plan would remain."
    )
    spk = _speaker(pipeline, text, "promised")
    assert spk is not None and spk[1] == "Dag Lindqvist"


def test_outlet_after_but_reports_not_the_earlier_subject(pipeline) -> None:
    text = (
        "The chain cut its staff and closed stores. At the time, the company invested in e-commerce "
        "and started home deliveries, but Gazeta Nowa reports only 1% of Polish grocery sales comes "
        "from this segment."
    )
    assert _speaker(pipeline, text, "grocery sales") == ("Gazeta Nowa", "Gazeta Nowa", None)


def test_person_for_a_body_named_after_countries_is_the_person(pipeline) -> None:
    text = (
        '"Nobody should go hungry in a rich country like ours." Karen Moss for Dairy Farmers '
        "Australia New Zealand, says they are looking at new rules for milk labels by the end of the year."
    )
    assert _speaker(pipeline, text, "milk labels") == ("Karen Moss", "Karen Moss", None)


def test_according_to_a_title_with_an_apposed_name(pipeline) -> None:
    text = (
        "Four people died in the crash, according to Chief Tom Reyes of the fire department. "
        "According to Millbrook Falls' first selectman, Peter Aldane, there were forty people inside "
        "the hall when the roof fell."
    )
    found = [q for q in _quotations(pipeline, text) if "forty people" in q.text]
    assert found and found[0].text.startswith("there were forty people")
    assert found[0].speaker is not None and found[0].speaker.name == "Peter Aldane"


def test_writers_aside_with_it_is_interesting_to_note_is_no_quotation(pipeline) -> None:
    text = (
        "The company left the market in 2005, though it is interesting to note that its rival has "
        "since added new locks to its phones."
    )
    assert _no_quotation(pipeline, text, "new locks")


def test_object_of_led_to_express_speaks_not_the_cause(pipeline) -> None:
    text = (
        "The mayor called the rail plan a scam on Monday. The outcry from the statement led the mayor "
        'to express "deep regret for my careless words to the rail workers."'
    )
    assert _speaker(pipeline, text, "deep regret") == ("the mayor", "mayor", "GOV")


def test_part_of_a_persons_tweet_speaks_for_the_person(pipeline) -> None:
    text = (
        "Senator Dana Whitby wrote about the floods late on Friday. Part of Whitby's tweet included "
        'the statement, "nobody in this town will be left behind."'
    )
    assert _speaker(pipeline, text, "left behind") == ("Whitby's tweet", "Dana Whitby", "LEG")


def test_this_raises_the_concern_that_is_no_quotation(pipeline) -> None:
    text = (
        "Two of the patients never had a fever. This raises the concern that the virus could spread "
        "without anyone noticing."
    )
    assert _no_quotation(pipeline, text, "could spread")


def test_colon_after_a_quoted_word_takes_the_sentence_subject(pipeline) -> None:
    text = (
        "In a statement issued after the raid, the Defence Ministry described the raid, which the "
        'cabinet approved on Sunday, as "limited" in scope: "Our forces struck two depots and '
        'returned without losses."'
    )
    spk = _speaker(pipeline, text, "two depots")
    assert spk is not None and spk[0] == "the Defence Ministry"


def test_told_hearer_then_direct_quotation_is_the_tellers(pipeline) -> None:
    text = (
        'Speaking on Monday, the mayor told local radio host Tina Brooks "we will not raise the tram '
        'fares this year."'
    )
    assert _speaker(pipeline, text, "tram fares") == ("the mayor", "mayor", "GOV")
    assert _no_quotation(pipeline, text, "Tina Brooks")


def test_head_of_police_is_not_a_lawyer_who_spoke_before(pipeline) -> None:
    text = (
        'Oren Sills, a Boston lawyer representing the family, told the BBC after the verdict "My client '
        "is relieved.\" The head of the police's internal investigators told the court "
        '"Basic checks were never done."'
    )
    spk = _speaker(pipeline, text, "Basic checks")
    assert spk is not None and spk[1] != "Oren Sills"


def test_question_after_tries_to_answer_inside_a_quotation_is_no_nested_speech(pipeline) -> None:
    text = (
        "\"Both books matter to me. The second one tries to answer an old question: 'can a town ever "
        "forgive its founders?'\" said the novelist Ruth Amsel."
    )
    assert not [q for q in _quotations(pipeline, text) if q.text.startswith("can a town")]
    assert _speaker(pipeline, text, "Both books") == ("the novelist Ruth Amsel", "Ruth Amsel", None)


def test_infinitive_of_purpose_speaks_for_the_main_subject(pipeline) -> None:
    text = (
        "Mr. Okafor approached Mr. Lindahl at the time to complain that the flag of the republic was "
        "still flying over the embassy."
    )
    spk = _speaker(pipeline, text, "flag of the republic")
    assert spk is not None and spk[1] == "Okafor"


def test_barred_from_claiming_says_nothing(pipeline) -> None:
    text = (
        "The government has made cutting migration one of its main priorities, with laws banning "
        "illegal migrants from claiming asylum in the country expected next month."
    )
    assert _no_quotation(pipeline, text, "asylum")


def test_agentless_passive_announced_names_no_speaker(pipeline) -> None:
    text = (
        "Magazines also have a new folder view. Improvements to the mobile Safari browser were also "
        "announced; tabbed browsing and a Reader feature introduce desktop-like functionality."
    )
    found = [q for q in _quotations(pipeline, text) if "tabbed browsing" in q.text]
    assert all(q.speaker is None for q in found)


def test_body_name_going_on_with_of_is_the_whole_speaker_phrase(pipeline) -> None:
    text = (
        "The Institute of Soil and Water Science (ISWS) reported that the river had risen by two "
        "metres overnight."
    )
    spk = _speaker(pipeline, text, "river had risen")
    assert spk is not None and spk[0] == "The Institute of Soil and Water Science"


def test_study_named_with_a_country_adjective_speaks_as_the_study(pipeline) -> None:
    text = (
        "The results of the Canadian National Sleep Health Survey, published in a medical journal this "
        "week, revealed that teenagers sleep two hours less than a decade ago. The survey has prompted "
        "calls for later school hours. They say schools should start an hour later in the morning."
    )
    name = "Canadian National Sleep Health Survey"
    assert _speaker(pipeline, text, "teenagers sleep") == (
        "The results of the Canadian National Sleep Health Survey",
        name,
        None,
    )
    assert _speaker(pipeline, text, "start an hour later") == ("They", name, None)


def test_they_is_not_a_country_modifying_a_common_noun(pipeline) -> None:
    text = (
        "Daily water use to flush the planet's toilets is about 141 billion liters (about 37 billion "
        "U.S. gallons); which they note is several times larger than the water used by farms."
    )
    found = [q for q in _quotations(pipeline, text) if "several times" in q.text]
    assert all(q.speaker is None or q.speaker.name != "United States" for q in found)


def test_that_said_before_a_colon_paragraph_is_no_speech_clause(pipeline) -> None:
    text = (
        "Our club is run by its members and welcomes anyone who likes to sail. That said, we are "
        "rather different from the big yacht clubs in a few ways:\n\nWe are much smaller and far "
        "cheaper, and every member helps to repair the boats in the winter."
    )
    found = [q for q in _quotations(pipeline, text) if "much smaller" in q.text]
    assert all(q.speaker is None or q.speaker.text != "That" for q in found)


def test_clause_set_against_the_speech_verb_by_however_is_not_reported(pipeline) -> None:
    text = (
        "The paper reached out to Dana Ruiz, one of the owners of the bakery, however Ruiz said she "
        '"would not comment at this stage."'
    )
    assert _no_quotation(pipeline, text, "reached out")
    assert _speaker(pipeline, text, "would not comment") == ("Ruiz", "Dana Ruiz", None)


def test_per_after_a_closing_mark_names_the_source(pipeline) -> None:
    text = 'Some of the videos were marked as "offensive to some audiences" per YouTube community guidelines.'
    spk = _speaker(pipeline, text, "offensive to some")
    assert spk is not None and spk[0].startswith("YouTube community")


def test_per_before_a_unit_of_time_names_no_source(pipeline) -> None:
    text = 'The shops sold "more than twice the usual amount" per week, the manager said.'
    spk = _speaker(pipeline, text, "usual amount")
    assert spk is not None and spk[0] == "the manager"
