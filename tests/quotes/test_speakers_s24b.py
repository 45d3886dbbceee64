"""Quotation constructions of session 24 (second round), by hand-made sentences (our own
wording), one test per construction; and the speaker resolver's array-read offsets agreeing
with spaCy's ``char_span``."""

from __future__ import annotations

from dyadic.records import Article, Quotation


def _quotations(pipeline, text: str) -> list[Quotation]:
    return list(pipeline.code(Article("s24b", text)).quotations)


def _speaker_text(pipeline, text: str, words: str) -> str | None:
    found = [q for q in _quotations(pipeline, text) if words in q.text]
    assert found, f"no quotation with {words!r}"
    return found[0].speaker.text if found[0].speaker is not None else None


def test_a_partial_quotation_in_a_purpose_clause_is_the_main_subject_s(pipeline) -> None:
    text = (
        "Port director Tomas Vidal spoke on Monday. He demanded that the ban be lifted so that "
        "the fishermen “have a chance to feed their families.”"
    )
    assert _speaker_text(pipeline, text, "feed their families") == "He"


def test_a_partial_quotation_in_a_relative_clause_is_the_main_subject_s(pipeline) -> None:
    text = (
        "Port director Tomas Vidal spoke to reporters. He praised the sacrifice that the dock "
        "workers would accept as an “investment in the harbour of tomorrow.”"
    )
    assert _speaker_text(pipeline, text, "investment in the harbour") == "He"


def test_a_partial_quotation_a_describing_verb_qualifies_is_that_verb_s_subject(pipeline) -> None:
    text = (
        "The sailors were held in cells that lawyer Ana Ruiz described as “cold, damp and unfit for anyone.”"
    )
    found = [q for q in _quotations(pipeline, text) if "cold, damp and" in q.text]
    assert found and found[0].speaker is not None and found[0].speaker.name == "Ana Ruiz"


def test_offsets_read_from_the_arrays_agree_with_char_span(base_nlp) -> None:
    from dyadic.quotes.extract import _tokens_in
    from dyadic.quotes.speakers import SpeakerResolver

    text = '  Port director Tomas Vidal said:  "The ban  hurts us."\n\nShe agreed.  '
    doc = base_nlp(text)
    resolver = SpeakerResolver(doc, [], [])
    assert resolver._sent_starts == [s.start for s in doc.sents]
    for start in range(-1, len(text) + 2):
        for end in range(start, min(start + 12, len(text) + 2)):
            span = doc.char_span(start, end, alignment_mode="expand") if end > start else None
            first = span[0].i if span is not None and len(span) else None
            if end > start:
                assert resolver._first_token(start, end) == first, (start, end)
            inside = [] if span is None else [t for t in span if t.idx >= start and t.idx + len(t) <= end]
            assert _tokens_in(doc, start, end) == [t for t in inside if not t.is_space], (start, end)


def test_a_quotation_joined_by_and_to_a_reported_clause_keeps_its_speaker(pipeline) -> None:
    text = (
        'Labour leader and former mayor Tomas Vidal said he was "humbled" by the vote and "...I and '
        'my team will never take your support for granted. And I will make it my mission to earn it."'
    )
    found = [q for q in _quotations(pipeline, text) if "my team will never" in q.text]
    assert found and found[0].speaker is not None and found[0].speaker.name == "Tomas Vidal"


def test_a_partial_quotation_holding_the_main_verb_is_its_pronoun_subject_s(pipeline) -> None:
    text = (
        "Marta Lindqvist returned to the island in 2019. But she and her brother, both teachers, "
        '"could not find clean water or a school for the children."'
    )
    found = [q for q in _quotations(pipeline, text) if "clean water" in q.text]
    assert found and found[0].speaker is not None and found[0].speaker.name == "Marta Lindqvist"


def test_speech_quoted_in_single_marks_inside_a_quotation_is_its_own_speaker_s(pipeline) -> None:
    text = (
        "Harbour pilot Marta Lindqvist resigned on Monday. Port director Tomas Vidal wrote on the "
        "union's website: \"I asked her to stay and Lindqvist said, 'I will not work another winter "
        "on these boats.' I respect that.\""
    )
    found = [q for q in _quotations(pipeline, text) if q.text.startswith("I will not work")]
    assert found and found[0].kind == "direct" and found[0].cue == "said"
    assert found[0].speaker is not None and found[0].speaker.name == "Marta Lindqvist"
    outer = [q for q in _quotations(pipeline, text) if q.text.startswith("I asked her")]
    assert outer and outer[0].speaker is not None and outer[0].speaker.name == "Tomas Vidal"


def test_a_participle_after_a_quotation_speaks_for_the_speech_verb_before_it(base_nlp) -> None:
    # The parser may hang "adding" on a verb inside the quotation, whose subject ("We") is the
    # quoted speaker's own word: the participle's subject is that of "said", outside the marks.
    from dyadic.quotes.extract import _earlier_speech_subject

    text = "“We will not sign anything this week,” Vidal said, adding that both unions must wait."
    doc = base_nlp(text)
    adding = next(t for t in doc if t.text == "adding")
    quotation = (0, text.index("”") + 1)
    subject = _earlier_speech_subject(adding, 0, [quotation])
    assert subject is not None and subject.text == "Vidal"


def test_a_participle_after_a_passive_speaks_for_its_by_phrase(pipeline) -> None:
    text = (
        "Port director Tomas Vidal spoke after the vote. The new contract was described by Vidal "
        'as a "fair deal", saying the crews would return to work on Monday.'
    )
    found = [q for q in _quotations(pipeline, text) if q.text.startswith("the crews would return")]
    assert found and found[0].kind == "reported" and found[0].speaker is not None
    assert found[0].speaker.name == "Tomas Vidal"


def test_a_leader_ending_in_a_dash_after_an_aside_is_the_main_verb_s(pipeline) -> None:
    text = (
        "Harbour pilot Ana Ruiz commented on the closure – which reporters described as unusual "
        'for a pilot – "Nobody asked the crews what they wanted before the gates were shut."'
    )
    found = [q for q in _quotations(pipeline, text) if q.text.startswith("Nobody asked the crews")]
    assert found and found[0].cue == "commented" and found[0].speaker is not None
    assert found[0].speaker.name == "Ana Ruiz"


def test_words_a_describing_verb_gives_before_according_to_are_its_subject_s(pipeline) -> None:
    text = (
        "Port director Tomas Vidal called the union's plan a \"reckless gamble with the town's "
        'future," according to the Lisbon Herald.'
    )
    found = [q for q in _quotations(pipeline, text) if q.text.startswith("reckless gamble")]
    assert found and found[0].speaker is not None and found[0].speaker.name == "Tomas Vidal"
