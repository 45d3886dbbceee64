"""One hand-made text per quotation construction (issue 12, item 5; gold guidelines, section 5).

Each test asserts the quotation's text span and the text of its speaker span (what
the attribution names; resolving it to an actor is :mod:`dyadic.quotes.speakers`'s
job). The wording is our own, not the corpus's.
"""

from __future__ import annotations

from dyadic.quotes import extract_quotations, find_quote_spans
from dyadic.records import Article, Quotation


def _run(nlp, text: str) -> list[Quotation]:
    return extract_quotations(nlp(text), Article("c1", text), [])


def _spans(quotes: list[Quotation]) -> list[tuple[str, str, str | None]]:
    """(kind, quoted text, speaker span text) of each quotation, in text order."""
    return [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in quotes]


def _direct(quotes: list[Quotation]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.text if q.speaker else None) for q in quotes if q.kind == "direct"]


# -- quotations over several paragraphs -------------------------------------------


def test_constructions_quotation_continues_into_a_paragraph_opening_with_a_mark(base_nlp) -> None:
    text = (
        "The harbour reopened on Monday. Port director Ines Vidal said: “The cranes are working again.\n\n"
        "“Ships will dock from Wednesday.”\n\nTraffic was light."
    )
    assert _direct(_run(base_nlp, text)) == [
        ("The cranes are working again.\n\n“Ships will dock from Wednesday.", "Port director Ines Vidal")
    ]


def test_constructions_quotation_printed_one_sentence_a_line_keeps_its_lines(base_nlp) -> None:
    # No opening mark on the later lines; the closing mark (after a space) ends it.
    text = (
        'The fleet sailed at dawn.\n"The storm has passed.\nThe crews are rested and ready. "\n'
        "said Admiral Tomas Berg.\nThe ships returned on Friday."
    )
    (span,) = find_quote_spans(text)
    assert text[span.start : span.end] == "The storm has passed.\nThe crews are rested and ready."
    assert _direct(_run(base_nlp, text)) == [(text[span.start : span.end], "Admiral Tomas Berg")]


# -- colon and block quotations ------------------------------------------------------


def test_constructions_colon_paragraph_introduces_a_marked_quotation(base_nlp) -> None:
    text = (
        "The committee met for four hours on Tuesday.\n\nAnd from the chairwoman:\n\n"
        "“We will publish the accounts before the summer recess.”"
    )
    assert _direct(_run(base_nlp, text)) == [
        ("We will publish the accounts before the summer recess.", "the chairwoman")
    ]


def test_constructions_block_quotation_after_wrote(base_nlp) -> None:
    text = (
        "The mayor answered the council in a letter. Mayor Ines Vidal wrote:\n\n"
        "The budget for the bridge is spent and the works will stop until the spring.\n\n"
        "The council meets again next week."
    )
    assert _direct(_run(base_nlp, text)) == [
        ("The budget for the bridge is spent and the works will stop until the spring.", "Mayor Ines Vidal")
    ]


def test_constructions_block_quotation_after_said_in_a_statement(base_nlp) -> None:
    text = (
        "The ministry said in a statement:\n\n"
        "Fishing in the northern bay is suspended until the survey ends.\n\n"
        "Fishermen protested outside the building."
    )
    assert _direct(_run(base_nlp, text)) == [
        ("Fishing in the northern bay is suspended until the survey ends.", "The ministry")
    ]


def test_constructions_interview_turns_after_speaker_labels(base_nlp) -> None:
    text = (
        "We spoke to the candidate about the harbour.\n\n"
        "((WN)) : What would you change in the harbour first?\n\n"
        "Vidal: The cranes are old and the quay floods every winter.\n\n"
        "((WN)) : How would you pay for the works?\n\n"
        "Vidal: The port fees would cover most of the cost."
    )
    assert _direct(_run(base_nlp, text)) == [
        ("What would you change in the harbour first?", "((WN))"),
        ("The cranes are old and the quay floods every winter.", "Vidal"),
        ("How would you pay for the works?", "((WN))"),
        ("The port fees would cover most of the cost.", "Vidal"),
    ]
    # the bracketed label is the publication's interviewer: media, country unstated
    asked = [q.speaker for q in _run(base_nlp, text) if q.speaker and q.speaker.text == "((WN))"]
    assert {(s.name, s.code) for s in asked} == {("interviewer", "MED")}


def test_constructions_image_credits_are_not_interview_turns(base_nlp) -> None:
    text = "Boats in the harbour. Image: Tomas Berg and friends.\n\nThe quay. Image: Tomas Berg and friends."
    assert _run(base_nlp, text) == []


# -- tags: dash, shared, apposition ------------------------------------------------


def test_constructions_dash_trailer(base_nlp) -> None:
    text = "“Nobody in the port will be left without work.” — Ines Vidal, port director\n"
    assert _direct(_run(base_nlp, text)) == [("Nobody in the port will be left without work.", "Ines Vidal")]


def test_constructions_one_tag_shared_by_two_quotations(base_nlp) -> None:
    text = "“The cranes are working again,” the director said, “and ships will dock from Wednesday.”"
    assert _direct(_run(base_nlp, text)) == [
        ("The cranes are working again", "the director"),
        ("and ships will dock from Wednesday.", "the director"),
    ]


def test_constructions_one_tag_shared_by_two_speakers(base_nlp) -> None:
    text = "“We will not sign this agreement,” said Ines Vidal and Tomas Berg on Friday."
    assert _direct(_run(base_nlp, text)) == [("We will not sign this agreement", "Ines Vidal and Tomas Berg")]


def test_constructions_trailer_with_an_apposition(base_nlp) -> None:
    text = "“The quay floods every winter,” Ines Vidal, the director of the port authority, told reporters."
    ((quote, speaker),) = _direct(_run(base_nlp, text))
    assert quote == "The quay floods every winter"
    assert speaker is not None and speaker.startswith("Ines Vidal")


def test_constructions_participle_tag_speaks_for_the_main_subject(base_nlp) -> None:
    text = "Ines Vidal said, “The cranes are working again,” adding, “Ships will dock from Wednesday.”"
    assert _direct(_run(base_nlp, text)) == [
        ("The cranes are working again", "Ines Vidal"),
        ("Ships will dock from Wednesday.", "Ines Vidal"),
    ]


def test_constructions_relative_pronoun_speaker_is_its_antecedent(base_nlp) -> None:
    text = "The plan came from Tomas Berg, who said, “The quay must be raised by a metre.”"
    assert _direct(_run(base_nlp, text)) == [("The quay must be raised by a metre.", "Tomas Berg")]


def test_constructions_statement_noun_speaks_for_its_issuer(base_nlp) -> None:
    text = "The ministry issued a statement which said, “Fishing in the bay is suspended until May.”"
    assert _direct(_run(base_nlp, text)) == [("Fishing in the bay is suspended until May.", "The ministry")]


# -- partial quotations -------------------------------------------------------------


def test_constructions_partial_quotation_governed_by_a_verb(base_nlp) -> None:
    text = "The port workers' union called the new rota “a recipe for accidents on the quay.”"
    assert _direct(_run(base_nlp, text)) == [
        ("a recipe for accidents on the quay.", "The port workers' union")
    ]


def test_constructions_partial_quotation_inside_reported_speech(base_nlp) -> None:
    # Hard case 24: the reported clause and the marked words are two quotations.
    text = "Ines Vidal said the new rota was “a recipe for accidents on the quay” and would be withdrawn."
    assert _spans(_run(base_nlp, text)) == [
        (
            "reported",
            "the new rota was “a recipe for accidents on the quay” and would be withdrawn",
            "Ines Vidal",
        ),
        ("direct", "a recipe for accidents on the quay", "Ines Vidal"),
    ]


def test_constructions_two_partial_quotations_share_the_subject(base_nlp) -> None:
    text = (
        "Tomas Berg praised the crews' “courage in the worst storm in years” and their “calm under pressure.”"
    )
    assert _direct(_run(base_nlp, text)) == [
        ("courage in the worst storm in years", "Tomas Berg"),
        ("calm under pressure.", "Tomas Berg"),
    ]


# -- reported speech ------------------------------------------------------------------


def test_constructions_reported_speech_with_a_parenthetical_tag(base_nlp) -> None:
    text = "The new quay, the director said, will be finished by the end of the year."
    assert _spans(_run(base_nlp, text)) == [
        (
            "reported",
            "The new quay, the director said, will be finished by the end of the year",
            "the director",
        )
    ]


def test_constructions_according_to_in_the_middle_of_the_clause(base_nlp) -> None:
    text = "The storm, according to the weather service, was the strongest in forty years."
    assert _spans(_run(base_nlp, text)) == [
        ("reported", "The storm, according to the weather service, was the strongest in forty years",
         "the weather service"),
    ]  # fmt: skip


def test_constructions_according_to_a_report_by_its_author(base_nlp) -> None:
    text = "According to a report by the harbour authority, twelve boats sank during the night."
    assert _spans(_run(base_nlp, text)) == [
        ("reported", "twelve boats sank during the night", "the harbour authority")
    ]


def test_constructions_according_to_after_but_takes_its_own_clause(base_nlp) -> None:
    text = "The navy says the channel is safe, but according to fishermen, the wrecks block the entrance."
    quotes = _spans(_run(base_nlp, text))
    assert ("reported", "the wrecks block the entrance", "fishermen") in quotes
    assert ("reported", "the channel is safe", "The navy") in quotes


# -- not quotations ---------------------------------------------------------------------


def test_constructions_titles_names_and_scare_quotes_are_not_quotations(base_nlp) -> None:
    text = (
        "The council passed the “Law on the Protection of Harbours” on Monday. "
        "The so-called “friends of the quay” protested. "
        "The ferry company calling itself “the people's boat line” raised its fares. "
        "The city is run under the “one mayor, two councils” model. "
        "Protesters carried a banner saying “hands off our harbour”."
    )
    assert _run(base_nlp, text) == []


def test_constructions_cited_headlines_are_not_quotations(base_nlp) -> None:
    text = (
        "Sources\n\n“Harbour cranes stop after storm damage” — Coast Gazette, March 3, 2021\n\n"
        "“Port director promises repairs” — Daily Tide, March 4, 2021\n"
    )
    assert _run(base_nlp, text) == []


def test_constructions_heading_run_into_the_text_is_not_a_quotation(base_nlp) -> None:
    text = (
        "“The quay floods every winter,” she said. ‘We need new cranes’ The port authority "
        "told reporters that the cranes were forty years old."
    )
    quotes = _spans(_run(base_nlp, text))
    assert all("We need new cranes" not in quote for _kind, quote, _speaker in quotes)
    assert ("reported", "the cranes were forty years old", "The port authority") in quotes


def test_constructions_an_elision_does_not_hide_the_quotations_after_it(base_nlp) -> None:
    text = (
        "The harbour grew fast in the '70s and '80s. "
        "“The cranes came from Rotterdam,” said Tomas Berg. “Nobody here had seen one before.”"
    )
    assert _direct(_run(base_nlp, text)) == [
        ("The cranes came from Rotterdam", "Tomas Berg"),
        ("Nobody here had seen one before.", "Tomas Berg"),
    ]


def test_constructions_colon_line_before_a_line_of_spaces_at_the_end(base_nlp) -> None:
    # Regression: this once raised IndexError in the block-quotation pass.
    assert _run(base_nlp, "The minister said:\n   ") == []
