"""Actor rules of session 20: the article locus counts sentences, not mentions, leaves
news outlets out and reads the headline; "Libyan national X" is a person's nationality."""

from __future__ import annotations

from datetime import date

from dyadic.actors.context import article_locus
from dyadic.records import Article

ON = date(2021, 3, 1)


def _mentions(ruler_nlp, resolver, text, title=None):
    doc = ruler_nlp(text)
    article = Article("t", text, published=ON, title=title)
    return [(m.text, m.actor.code, m.rule) for m in resolver.resolve(doc, article)]


def test_article_locus_counts_a_country_once_per_sentence():
    # three mentions of one country in one sentence do not outvote a country named in three
    pairs = [("USA", 1), ("USA", 1), ("USA", 1), ("USA", 2), ("GBR", 3), ("GBR", 4), ("GBR", 5)]
    assert article_locus(pairs) == "GBR"
    assert article_locus([("KEN", 1), ("KEN", 2), ("UGA", 2), ("UGA", 3)]) == "KEN"  # tie: first named


def test_news_outlet_is_no_locus_vote(ruler_nlp, resolver):
    text = (
        "Police detained a suspect on Friday. The New York Times first reported the arrest. "
        "The Washington Post also covered it. British officials confirmed the arrest. "
        "Britain's interior ministry said the suspect was later released."
    )
    found = _mentions(ruler_nlp, resolver, text)
    assert ("Police", "GBRCOP", "agent+locus") in found


def test_headline_country_votes_for_the_locus(ruler_nlp, resolver):
    text = (
        "Police evacuated hundreds of families on Sunday. Kenya's weather service warned of more rain. "
        "Ugandan officials said the river had risen."
    )
    assert ("Police", "COP", "agent") in _mentions(ruler_nlp, resolver, text)
    found = _mentions(ruler_nlp, resolver, text, title="Floods force evacuations in Kenya")
    assert ("Police", "KENCOP", "agent+locus") in found
    # a person in the headline is no place: the locus stays undecided
    found = _mentions(ruler_nlp, resolver, text, title="William Ruto visits flooded villages")
    assert ("Police", "COP", "agent") in found


def test_demonym_national_before_a_name_gives_the_person_a_country(ruler_nlp, resolver):
    text = "A court named the driver as Ghanaian national Kwame Mensah, who lives in Leeds."
    found = _mentions(ruler_nlp, resolver, text)
    assert ("Ghanaian national Kwame Mensah", "GHACVL", "title+nationality") in found
    found = _mentions(ruler_nlp, resolver, "Officers arrested a French national, Jean Dupont, on Monday.")
    assert any(code == "FRACVL" and text.startswith("French national") for text, code, _r in found)


def test_headline_place_after_in_outvotes_a_country_named_as_often(ruler_nlp, resolver):
    text = (
        "American tourists were among those rescued on Sunday. Police evacuated hundreds of families. "
        "Kenya's weather service warned of more rain. The U.S. embassy offered help."
    )
    found = _mentions(ruler_nlp, resolver, text, title="Floods force evacuations in Kenya")
    assert ("Police", "KENCOP", "agent+locus") in found
    # named in the headline but not as where it happens: one vote, a tie the first-named country wins
    found = _mentions(ruler_nlp, resolver, text, title="Kenya floods force evacuations")
    assert ("Police", "USACOP", "agent+locus") in found


def test_country_name_as_a_work_title_is_no_actor(ruler_nlp, resolver):
    found = _mentions(
        ruler_nlp, resolver, "The gallery showed a painting entitled Mexico by a Spanish artist."
    )
    assert [code for _t, code, _r in found] == ["ESP"]
    found = _mentions(ruler_nlp, resolver, 'She sang a song titled "Chile" while Chile watched.')
    assert [code for _t, code, _r in found] == ["CHL"]


def _persons(ruler_nlp, resolver, text):
    from dyadic.actors import person_entities

    doc = ruler_nlp(text)
    mentions = resolver.resolve(doc, Article("t", text, published=ON))
    demonyms = resolver.dictionary.demonyms
    return [(e.name, e.code, e.evidence) for e in person_entities(doc, mentions, demonyms=demonyms)]


def test_definite_demonym_noun_after_a_person_gives_the_person_a_country(ruler_nlp, resolver):
    text = "Activist Maria Lopez won the prize on Monday. The 30-year-old Chilean has campaigned for years."
    assert _persons(ruler_nlp, resolver, text) == [("Maria Lopez", "CHLOPP", "epithet")]
    # a singular person noun of a country is a demonym too ("Swede", "Dane", "Spaniard")
    text = "Climber Lars Berg reached the summit on Friday. The young Dane said the wind was fierce."
    assert _persons(ruler_nlp, resolver, text)[0][1:] == ("DNK", "epithet")
    # a plural demonym is a group, not the person
    text = "Activist Maria Lopez won the prize on Monday. The Chileans celebrated."
    assert _persons(ruler_nlp, resolver, text)[0][2] != "epithet"


def test_outlet_takes_in_the_media_noun_after_it(ruler_nlp, resolver):
    found = _mentions(ruler_nlp, resolver, "The senator attacked the Tehran Times newspaper on Monday.")
    assert [(t, c) for t, c, _r in found if c.endswith("MED")] == [("Tehran Times newspaper", "IRNMED")]
