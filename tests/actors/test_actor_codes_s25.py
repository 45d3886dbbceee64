"""Actor codes of session 25 (act4): national agencies, company short names, vice presidents
and military commanders, titles before a person's name, and reporters that are no actor."""

from __future__ import annotations

from datetime import date

from dyadic.actors.dictionary import OFFICE_RANK, company_country, is_not_actor
from dyadic.events.component import event_mentions
from dyadic.nlp import set_article
from dyadic.records import Article


def _doc(pipeline, text: str, published: date = date(2020, 6, 20)):
    article = Article("t", text, published=published)
    return pipeline.nlp(set_article(pipeline.nlp.make_doc(text), article))


def _codes(doc) -> dict[str, str | None]:
    return {m.text: m.actor.code for m in event_mentions(doc)}


def test_us_federal_agencies_are_the_us_government_in_a_foreign_story(pipeline):
    doc = _doc(
        pipeline,
        "Floods hit Jamaica on Monday. The Jamaican government opened shelters in Jamaica. "
        "The National Weather Service warned Jamaica of more rain. The IRS fined a Jamaican bank. "
        "The USAF flew supplies to Jamaica.",
    )
    codes = _codes(doc)
    assert codes["National Weather Service"] == "USAGOV"
    assert codes["IRS"] == "USAGOV"
    assert codes["USAF"] == "USAMIL"


def test_company_short_names_take_their_home_country_with_the_business_role(pipeline):
    doc = _doc(
        pipeline,
        "Kenya's government signed a deal on Monday. Kenya said the deal was fair. "
        "Lockheed criticised Kenya's government. Chrysler praised Kenya.",
    )
    codes = _codes(doc)
    assert codes["Lockheed"] == "USABUS"
    assert codes["Chrysler"] == "USABUS"
    assert company_country("Sikorsky") == "USA"
    assert company_country("Airbus") == "EUR"  # a European consortium, as the real-news gold codes it


def test_a_military_commander_keeps_his_own_country_in_a_story_about_another(pipeline):
    doc = _doc(
        pipeline,
        "Iraq's parliament met on Sunday. Iraqi officials said Qasem Soleimani had visited Baghdad.",
        published=date(2019, 6, 1),
    )
    assert _codes(doc)["Qasem Soleimani"] == "IRNMIL"
    assert OFFICE_RANK["vice_president"] < OFFICE_RANK["military_commander"] < OFFICE_RANK["igo_leader"]


def test_a_vice_president_is_the_government_of_his_own_country(pipeline):
    doc = _doc(
        pipeline,
        "India's government held talks on Monday. Indian officials met Mike Pence in Delhi.",
        published=date(2019, 3, 1),
    )
    assert _codes(doc)["Mike Pence"] == "USAGOV"


def test_a_title_before_an_unlisted_name_gives_the_person_its_office(pipeline):
    doc = _doc(
        pipeline,
        "A storm hit Cuba on Monday. Cuba's government opened shelters across Cuba. "
        "South Carolina Governor Henry Bellweather declared an emergency on Tuesday.",
    )
    found = {m.text: (m.actor.code, m.actor.kind.value) for m in event_mentions(doc)}
    codes = {text: code for text, (code, _kind) in found.items()}
    assert "Bellweather" in " ".join(codes) and all(
        code == "USAGOV" for text, code in codes.items() if "Bellweather" in text
    )


def test_reporters_are_no_actor_names():
    assert is_not_actor("Reuters")
    assert is_not_actor("the Associated Press")
    assert not is_not_actor("Boeing")


def test_an_unlisted_company_by_its_legal_form_or_business_noun_is_the_locus_business(pipeline):
    doc = _doc(
        pipeline,
        "Peru's government raised fuel taxes on Monday. Peru said the taxes were needed. "
        "Andes Quarrying Corp. criticised Peru's government. "
        "The carmaker Velmora Motors sued Peru's government.",
    )
    codes = _codes(doc)
    assert codes.get("Andes Quarrying Corp.") == "PERBUS"
    assert codes.get("Velmora Motors") == "PERBUS"
