"""Actor rules of session 23 (second round): a rank before an office, namesake towns of
capitals, definite descriptions of named organisations, places that do not make a
sentence's country, and the gender of person pronouns."""

from __future__ import annotations

from datetime import date

from dyadic.events.component import event_mentions
from dyadic.nlp import set_article
from dyadic.records import Article


def _codes(pipeline, text: str) -> list[tuple[str, str | None, str]]:
    article = Article("t", text, published=date(2024, 6, 20))
    doc = pipeline.nlp(set_article(pipeline.nlp.make_doc(text), article))
    return [(m.text, m.actor.code, m.rule) for m in event_mentions(doc)]


def _code(codes: list[tuple[str, str | None, str]], text: str) -> str | None:
    return next(code for t, code, _rule in codes if t == text)


def test_a_deputy_before_an_office_takes_the_offices_role(pipeline):
    codes = _codes(pipeline, "Ian Ward, the British deputy U.N. ambassador, criticized Chile on Monday.")
    assert _code(codes, "British deputy U.N. ambassador") == "GBRGOV"
    assert _code(codes, "Ian Ward") == "GBRGOV"


def test_a_capital_qualified_by_another_countrys_state_is_a_town(pipeline):
    codes = _codes(pipeline, "Police in Victoria, British Columbia, detained two men after the fight.")
    assert _code(codes, "Police in Victoria, British Columbia") == "CANCOP"
    codes = _codes(pipeline, "Police in Paris, Texas, detained two men after the fight.")
    assert _code(codes, "Police in Paris, Texas") == "USACOP"


def test_a_capital_qualified_by_its_own_country_stays_the_capital(pipeline):
    codes = _codes(pipeline, "Police in Paris, France, detained two men after the fight.")
    assert _code(codes, "Police in Paris") == "FRACOP"


def test_the_network_refers_back_to_the_named_broadcaster(pipeline):
    text = (
        "Kenyan broadcasting corporation Taifa Vision lost its licence on Monday. "
        "Later that night the network went off the air, and the government praised the network."
    )
    codes = _codes(pipeline, text)
    assert [(t, c) for t, c, rule in codes if rule == "description"] == [
        ("the network", "KENMED"),
        ("the network", "KENMED"),
    ]


def test_the_bloc_refers_back_to_the_union_and_no_fit_gives_none(pipeline):
    codes = _codes(pipeline, "The European Union warned Hungary on Monday. The bloc also criticized Poland.")
    assert _code(codes, "The bloc") == "IGOEUREEC"
    codes = _codes(pipeline, "Hungary warned Poland on Monday. The bloc also criticized Austria.")
    assert all(t != "The bloc" for t, _c, _r in codes)


def test_a_place_in_a_prepositional_phrase_does_not_give_a_role_its_country(pipeline):
    text = (
        "Pakistan blamed militants for the bombing in Quetta on Sunday. "
        "A military spokesperson claimed the attackers were in touch with planners in Afghanistan. "
        "Pakistan's army said the border would stay closed."
    )
    codes = _codes(pipeline, text)
    assert _code(codes, "military spokesperson") == "PAKMIL"


def test_she_skips_a_man_named_mr(pipeline):
    text = (
        "Mrs. Ana Duarte, a Chilean activist, led the march in Lima. "
        "Peruvian police detained Mr. Ian Ward, a Bolivian lawyer, on Monday. "
        "She criticized the police."
    )
    codes = _codes(pipeline, text)
    assert _code(codes, "She") == "CHLOPP"


def test_the_agency_and_the_council_refer_back_to_the_body_whose_name_holds_the_noun(pipeline):
    codes = _codes(
        pipeline,
        "The International Atomic Energy Agency inspected the reactor on Monday. Iran criticized the agency.",
    )
    assert _code(codes, "the agency") == "IGOUNOIAE"
    codes = _codes(
        pipeline, "The U.N. Security Council met on Monday. Russia asked the council to condemn Ukraine."
    )
    assert _code(codes, "the council") == "IGOUNO"


def test_the_accused_is_the_latest_person_of_no_office(pipeline):
    text = (
        "A Canadian, Tom Reyes, appeared in a Lima court on Monday, charged with fraud. "
        "Judge Rosa Quispe ordered the accused to stay in custody."
    )
    codes = _codes(pipeline, text)
    assert _code(codes, "the accused") == "CAN"
