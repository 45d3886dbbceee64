"""extract_quotations on short hand-written inputs, with the real parser.

Actor mentions are built by hand, as the actors stage would produce them.
"""

from __future__ import annotations

import pytest

from dyadic.nlp import sentence_index_of
from dyadic.quotes import extract_quotations, quotation_id
from dyadic.records import Actor, ActorKind, Article, Mention, Quotation, Speaker

RUIZ = Actor(code="ESPGOV", country="ESP", role="GOV", name="Ana Ruiz", kind=ActorKind.PERSON)
GOMEZ = Actor(code="ESPGOV", country="ESP", role="GOV", name="Luis Gomez", kind=ActorKind.PERSON)
PORTUGAL = Actor(code="PRT", country="PRT", role=None, name="Portugal", kind=ActorKind.COUNTRY)
MINISTRY = Actor(code="ESPGOV", country="ESP", role="GOV", name="Spain", kind=ActorKind.ORGANISATION)


def _mention(doc, surface: str, actor: Actor, occurrence: int = 0) -> Mention:
    start = -1
    for _ in range(occurrence + 1):
        start = doc.text.index(surface, start + 1)
    span = doc.char_span(start, start + len(surface))
    assert span is not None, surface
    return Mention(surface, start, start + len(surface), span.start, span.end,
                   sentence_index_of(doc, span[0]), actor, "hand")  # fmt: skip


def _run(nlp, text: str, *mentions: tuple[str, Actor]) -> list[Quotation]:
    doc = nlp(text)
    ms = [_mention(doc, surface, actor) for surface, actor in mentions]
    return extract_quotations(doc, Article("t1", text), ms)


def _speaker(text: str, surface: str, name: str, code: str | None, occurrence: int = 0) -> Speaker:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return Speaker(surface, name, code, start, start + len(surface))


def _span(text: str, content: str) -> tuple[int, int]:
    start = text.index(content)
    return start, start + len(content)


def _check(
    q: Quotation, text: str, content: str, kind: str, cue: str | None, speaker: Speaker | None
) -> None:
    assert (q.start, q.end) == _span(text, content)
    assert q.text == content == text[q.start : q.end]
    assert (q.kind, q.cue) == (kind, cue)
    assert q.speaker == speaker


def test_extract_curly_marks_with_trailing_cue(base_nlp) -> None:
    text = "“We are ready for the storm,” Ana Ruiz said on Monday."
    (q,) = _run(base_nlp, text, ("Ana Ruiz", RUIZ))
    _check(
        q,
        text,
        "We are ready for the storm",
        "direct",
        "said",
        _speaker(text, "Ana Ruiz", "Ana Ruiz", "ESPGOV"),
    )
    assert q.sentence_index == 0
    assert q.article_id == "t1" and q.quote_id == quotation_id("t1", 1, 27)


def test_extract_straight_marks_with_inverted_trailer(base_nlp) -> None:
    text = 'The storm hit Valencia. "We are ready for the storm," said Ana Ruiz.'
    (q,) = _run(base_nlp, text, ("Ana Ruiz", RUIZ))
    _check(
        q,
        text,
        "We are ready for the storm",
        "direct",
        "said",
        _speaker(text, "Ana Ruiz", "Ana Ruiz", "ESPGOV"),
    )
    assert q.sentence_index == 1


def test_extract_apostrophes_inside_words_keep_pairing(base_nlp) -> None:
    text = "“Spain’s ports don’t close,” Ana Ruiz said. \"It's Valencia's turn now,\" she added."
    q1, q2 = _run(base_nlp, text, ("Ana Ruiz", RUIZ))
    _check(
        q1,
        text,
        "Spain’s ports don’t close",
        "direct",
        "said",
        _speaker(text, "Ana Ruiz", "Ana Ruiz", "ESPGOV"),
    )
    _check(
        q2, text, "It's Valencia's turn now", "direct", "added", _speaker(text, "she", "Ana Ruiz", "ESPGOV")
    )


def test_extract_quotation_over_several_paragraphs(base_nlp) -> None:
    text = (
        "Ana Ruiz spoke in Valencia. She said: “We are ready for the storm.\n\n"
        "“Nobody in the port will be left behind.”\n\nThe storm reached the coast on Tuesday."
    )
    (q,) = _run(base_nlp, text, ("Ana Ruiz", RUIZ))
    content = "We are ready for the storm.\n\n“Nobody in the port will be left behind."
    _check(q, text, content, "direct", "said", _speaker(text, "She", "Ana Ruiz", "ESPGOV"))


def test_extract_colon_introduced_quotation(base_nlp) -> None:
    text = "Ana Ruiz told reporters in Valencia on Monday: “The talks have failed.”"
    (q,) = _run(base_nlp, text, ("Ana Ruiz", RUIZ))
    _check(
        q, text, "The talks have failed.", "direct", "told", _speaker(text, "Ana Ruiz", "Ana Ruiz", "ESPGOV")
    )


def test_extract_colon_introduced_quotation_without_verb(base_nlp) -> None:
    text = "The storm closed the port. Commissioner Ana Ruiz: “The talks have failed.”"
    (q,) = _run(base_nlp, text, ("Ana Ruiz", RUIZ))
    speaker = _speaker(text, "Commissioner Ana Ruiz", "Ana Ruiz", "ESPGOV")
    _check(q, text, "The talks have failed.", "direct", None, speaker)


def test_extract_dash_and_name_trailer(base_nlp) -> None:
    text = "“We are ready.” -Commissioner Ana Ruiz"
    (q,) = _run(base_nlp, text, ("Ana Ruiz", RUIZ))
    speaker = _speaker(text, "Commissioner Ana Ruiz", "Ana Ruiz", "ESPGOV")
    _check(q, text, "We are ready.", "direct", None, speaker)


def test_extract_dash_and_name_trailer_without_mention(base_nlp) -> None:
    text = "The port is closed. “We are ready for the storm.” — Commissioner Ana Ruiz\n"
    (q,) = _run(base_nlp, text)
    speaker = _speaker(text, "Commissioner Ana Ruiz", "Ana Ruiz", None)
    _check(q, text, "We are ready for the storm.", "direct", None, speaker)


def test_extract_reported_speech_said_that(base_nlp) -> None:
    text = "Ana Ruiz said that the port would reopen on Friday."
    (q,) = _run(base_nlp, text, ("Ana Ruiz", RUIZ))
    _check(q, text, "the port would reopen on Friday", "reported", "said",
           _speaker(text, "Ana Ruiz", "Ana Ruiz", "ESPGOV"))  # fmt: skip


def test_extract_reported_speech_according_to_first(base_nlp) -> None:
    text = "According to the ministry, the port will reopen on Friday."
    (q,) = _run(base_nlp, text, ("the ministry", MINISTRY))
    _check(q, text, "the port will reopen on Friday", "reported", "according to",
           _speaker(text, "the ministry", "Spain", "ESPGOV"))  # fmt: skip


def test_extract_reported_speech_according_to_last(base_nlp) -> None:
    text = "Spain’s interior ministry closed the port. It will reopen on Friday, according to the ministry."
    (q,) = _run(base_nlp, text, ("Spain’s interior ministry", MINISTRY))
    _check(q, text, "It will reopen on Friday", "reported", "according to",
           _speaker(text, "the ministry", "Spain", "ESPGOV"))  # fmt: skip


def test_extract_pronoun_speaker_skips_non_person_mentions(base_nlp) -> None:
    text = (
        "Ana Ruiz flew to Madrid on Monday to meet officials from Portugal. "
        "“We are ready for the storm,” she said."
    )
    (q,) = _run(base_nlp, text, ("Ana Ruiz", RUIZ), ("Portugal", PORTUGAL))
    _check(
        q, text, "We are ready for the storm", "direct", "said", _speaker(text, "she", "Ana Ruiz", "ESPGOV")
    )


def test_extract_pronoun_without_antecedent_has_no_speaker(base_nlp) -> None:
    text = "“We are ready for the storm,” he said."
    (q,) = _run(base_nlp, text)
    _check(q, text, "We are ready for the storm", "direct", "said", None)


def test_extract_title_speaker_takes_the_titled_person(base_nlp) -> None:
    text = (
        "President Ana Ruiz arrived in Valencia on Monday. Luis Gomez arrived later. "
        "The president continued, “We are ready for the storm.”"
    )
    (q,) = _run(base_nlp, text, ("Ana Ruiz", RUIZ), ("Luis Gomez", GOMEZ))
    speaker = _speaker(text, "The president", "Ana Ruiz", "ESPGOV")
    _check(q, text, "We are ready for the storm.", "direct", "continued", speaker)


def test_extract_speaker_named_in_previous_sentence(base_nlp) -> None:
    text = "Ana Ruiz spoke to reporters in Valencia on Monday. “We are ready for the storm.”"
    (q,) = _run(base_nlp, text, ("Ana Ruiz", RUIZ))
    _check(
        q,
        text,
        "We are ready for the storm.",
        "direct",
        None,
        _speaker(text, "Ana Ruiz", "Ana Ruiz", "ESPGOV"),
    )


def test_extract_speaker_of_previous_quotation_carries_over(base_nlp) -> None:
    text = "“The port is closed,” Ana Ruiz said. “We are ready for the storm.”"
    q1, q2 = _run(base_nlp, text, ("Ana Ruiz", RUIZ))
    speaker = _speaker(text, "Ana Ruiz", "Ana Ruiz", "ESPGOV")
    _check(q1, text, "The port is closed", "direct", "said", speaker)
    _check(q2, text, "We are ready for the storm.", "direct", None, speaker)


def test_extract_scare_quotes_are_not_quotations(base_nlp) -> None:
    text = "The opposition called the plan a “reckless gamble” on Monday."
    assert _run(base_nlp, text) == []


def test_extract_rejects_a_doc_of_another_text(base_nlp) -> None:
    with pytest.raises(ValueError, match="article.text"):
        extract_quotations(base_nlp("Other text."), Article("t1", "Some text."), [])


def test_extract_group_pronoun_takes_the_recent_organisation(base_nlp) -> None:
    text = "The interior ministry closed the port on Monday. “The port will reopen on Friday,” it said."
    (q,) = _run(base_nlp, text, ("The interior ministry", MINISTRY))
    speaker = _speaker(text, "it", "Spain", "ESPGOV")
    _check(q, text, "The port will reopen on Friday", "direct", "said", speaker)


def test_extract_pronoun_refers_to_an_unresolved_named_speaker(base_nlp) -> None:
    text = "“The port is closed,” Ana Ruiz said. “It will reopen on Friday,” she added."
    q1, q2 = _run(base_nlp, text)
    _check(q1, text, "The port is closed", "direct", "said", _speaker(text, "Ana Ruiz", "Ana Ruiz", None))
    _check(q2, text, "It will reopen on Friday", "direct", "added", _speaker(text, "she", "Ana Ruiz", None))


def test_extract_single_marks_quotation(base_nlp) -> None:
    text = "‘We are ready for the storm,’ Ana Ruiz said."
    (q,) = _run(base_nlp, text, ("Ana Ruiz", RUIZ))
    speaker = _speaker(text, "Ana Ruiz", "Ana Ruiz", "ESPGOV")
    _check(q, text, "We are ready for the storm", "direct", "said", speaker)


def test_extract_scare_quotes_before_a_later_verb_are_not_quotations(base_nlp) -> None:
    # Regression: "warned" after the closing mark once attributed the scare
    # quote to "war". The marked words are part of the reported clause instead.
    text = "Officials said the so-called “axis of resistance” was growing, and warned of war."
    (q,) = _run(base_nlp, text)
    content = "the so-called “axis of resistance” was growing"
    _check(q, text, content, "reported", "said", _speaker(text, "Officials", "Officials", None))


PORT_AGENCY = Actor(code="ESPGOV", country="ESP", role="GOV", name="Spain", kind=ActorKind.AGENT)


def test_quotes_extract_agent_mention_speaks_as_the_person_it_names(base_nlp):
    text = '"The channel will reopen on Monday," said harbour authority spokeswoman Lena Ortiz.'
    (q,) = _run(base_nlp, text, ("harbour authority spokeswoman Lena Ortiz", PORT_AGENCY))
    assert (q.speaker.name, q.speaker.code) == ("Lena Ortiz", "ESPGOV")


def test_quotes_extract_pronoun_after_appositive_finds_the_person(base_nlp):
    text = (
        "The harbour master, Tomas Berg, inspected the damaged pier on Friday. "
        '"The repairs will take a month," he said.'
    )
    quotations = _run(base_nlp, text, ("The harbour master", PORT_AGENCY))
    (q,) = [q for q in quotations if q.kind == "direct"]
    assert (q.speaker.text, q.speaker.name, q.speaker.code) == ("he", "Tomas Berg", "ESPGOV")
