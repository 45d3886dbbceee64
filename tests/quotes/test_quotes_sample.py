"""The bundled sample article: six direct quotations and one reported, all Raisi's."""

from __future__ import annotations

import re

import pytest

import dyadic.actors
from dyadic.nlp import sentence_index_of
from dyadic.quotes import extract_quotations
from dyadic.records import Actor, ActorKind, Article, Mention

RAISI = Actor(code="IRNGOV", country="IRN", role="GOV", name="Ebrahim Raisi", kind=ActorKind.PERSON)

#: (start, end, cue, speaker text, speaker start) of each direct quotation.
DIRECT = [
    (1556, 1734, "said", "he", 1737),
    (3511, 3754, "said", "he", 3757),
    (3858, 4042, "added", "he", 4045),
    (4082, 4224, "continued", "The president", 4056),
    (4237, 4472, "noted", "He", 4226),
    (4486, 4813, "stated", "He", 4474),
]
#: "Raisi said Iran had good relations with ..." (reported speech).
REPORTED = (3778, 3855, "said", "Raisi", 3767)


def _hand_mentions(doc) -> list[Mention]:
    """Every "Raisi" / "Ebrahim Raisi" of the text, as the actors stage would resolve it."""
    mentions = []
    for m in re.finditer(r"(?:Ebrahim )?Raisi", doc.text):
        span = doc.char_span(m.start(), m.end())
        mentions.append(Mention(m.group(), m.start(), m.end(), span.start, span.end,
                                sentence_index_of(doc, span[0]), RAISI, "leader"))  # fmt: skip
    return mentions


def test_sample_quotations_with_hand_made_mentions(base_nlp, sample_text) -> None:
    doc = base_nlp(sample_text)
    quotes = extract_quotations(doc, Article("sample", sample_text), _hand_mentions(doc))
    direct = [q for q in quotes if q.kind == "direct"]
    reported = [q for q in quotes if q.kind == "reported"]
    got = [
        (q.start, q.end, q.cue, q.speaker and q.speaker.text, q.speaker and q.speaker.start) for q in direct
    ]
    assert got == DIRECT
    assert [(q.start, q.end, q.cue, q.speaker and q.speaker.text, q.speaker and q.speaker.start)
            for q in reported] == [REPORTED]  # fmt: skip
    for q in quotes:
        assert q.speaker is not None
        assert (q.speaker.name, q.speaker.code) == ("Ebrahim Raisi", "IRNGOV")
        assert q.text == sample_text[q.start : q.end]
    assert direct[0].text.startswith("The common positions") and direct[0].text.endswith("unilateralism")
    assert "Iran's capabilities" in direct[4].text  # a straight apostrophe inside the quotation
    assert direct[5].text.endswith("between these countries.")
    assert reported[0].text == "Iran had good relations with Venezuela, Cuba, and Nicaragua in the past years"


@pytest.mark.slow
@pytest.mark.skipif(
    not hasattr(dyadic.actors, "ActorResolver"), reason="dyadic.actors.ActorResolver not built yet"
)
def test_sample_quotations_end_to_end_with_actor_resolver(sample_text) -> None:
    import spacy

    from dyadic.config import DEFAULT_SPACY_MODEL

    nlp = spacy.load(DEFAULT_SPACY_MODEL)
    dictionary = dyadic.actors.ActorDictionary.load()
    dyadic.actors.add_actor_ruler(nlp, dictionary)
    article = Article("sample", sample_text)
    doc = nlp(sample_text)
    mentions = dyadic.actors.ActorResolver(dictionary).resolve(doc, article)
    quotes = extract_quotations(doc, article, mentions)
    direct = [q for q in quotes if q.kind == "direct"]
    assert [(q.start, q.end, q.cue) for q in direct] == [d[:3] for d in DIRECT]
    for q in direct:
        assert q.speaker is not None
        assert (q.speaker.name, q.speaker.code) == ("Ebrahim Raisi", "IRNGOV")
