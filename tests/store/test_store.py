"""Store and export tests on hand-made records (no NLP)."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

from dyadic.errors import NotFound
from dyadic.records import (
    Actor,
    ActorKind,
    Article,
    ArticleResult,
    Event,
    EventActor,
    EventStatus,
    Evidence,
    Mention,
    Place,
    PlaceMention,
    Quotation,
    Speaker,
)
from dyadic.store import Store
from dyadic.store.export import GDELT_COLUMNS, gdelt_row, write_csv, write_jsonl

TEXT = "Iranian President Ebrahim Raisi left Tehran for Caracas on Monday."
RAISI = Actor("IRNGOV", "IRN", "GOV", "Ebrahim Raisi", ActorKind.PERSON)
VEN = Actor("VENGOV", "VEN", "GOV", "Venezuela", ActorKind.COUNTRY)
CARACAS = Place(3646738, "Caracas", "VEN", "25", 10.48801, -66.87919, "P", "PPLC")


def _result(article_id: str = "a1") -> ArticleResult:
    article = Article(
        article_id, TEXT, "Raisi tours", date(2023, 6, 12), "https://example.org/a1", "Mehr", "x.txt"
    )
    m1 = Mention("Iranian President Ebrahim Raisi", 0, 31, 0, 4, 0, RAISI, "title+nationality")
    m2 = Mention("Caracas", 48, 55, 8, 9, 0, VEN, "capital")
    event = Event(
        event_id=f"{article_id}-e1",
        article_id=article_id,
        sentence_index=0,
        sentence=TEXT,
        date=date(2023, 6, 12),
        source=EventActor.from_mention(m1),
        target=EventActor.from_mention(m2),
        cameo="042",
        cameo_root="04",
        cameo_name="Make a visit",
        plover="CONSULT",
        plover_mode="visit",
        plover_context=None,
        goldstein=1.9,
        quad_class=1,
        status=EventStatus.REALIZED,
        evidence=Evidence(32, 36, "LEAVE * FOR +"),
        confidence=0.9,
        place=CARACAS,
    )
    quote = Quotation(
        f"{article_id}-q1",
        article_id,
        0,
        "We are ready",
        1,
        13,
        "direct",
        "said",
        Speaker("he", "Ebrahim Raisi", "IRNGOV", 20, 22),
    )
    place = PlaceMention(f"{article_id}-p1", article_id, 0, "Caracas", 48, 55, CARACAS, "ner")
    return ArticleResult(article, [m1, m2], [event], [quote], [place])


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "t.duckdb") as s:
        yield s


def test_store_save_roundtrips_event_record(store):
    assert store.save(_result()) is True
    [rec] = store.events()
    assert rec["source"] == {
        "text": "Iranian President Ebrahim Raisi",
        "code": "IRNGOV",
        "country": "IRN",
        "role": "GOV",
        "name": "Ebrahim Raisi",
        "start": 0,
        "end": 31,
    }
    assert rec["target"]["code"] == "VENGOV" and rec["target"]["start"] == 48
    assert rec["date"] == "2023-06-12"
    assert (rec["cameo"], rec["cameo_root"], rec["quad_class"], rec["status"]) == ("042", "04", 1, "realized")
    assert rec["evidence"] == {
        "verb_start": 32,
        "verb_end": 36,
        "pattern": "LEAVE * FOR +",
        "rule": "cameo-verb-pattern",
    }
    assert rec["place"]["geonames_id"] == 3646738
    assert TEXT[rec["evidence"]["verb_start"] : rec["evidence"]["verb_end"]] == "left"


def test_store_save_twice_changes_nothing(store):
    assert store.save(_result())
    assert store.save(_result()) is False
    assert store.counts() == {"articles": 1, "mentions": 2, "events": 1, "quotations": 1, "places": 1}


def test_store_failed_save_leaves_no_partial_rows(store):
    good = _result("a1")
    bad = _result("a2")
    bad.events.append(bad.events[0])  # duplicate ids are dropped, not an error
    store.save(good)
    broken = _result("a3")
    broken.places[0] = PlaceMention(
        "a1-p1", "a3", 0, "Caracas", 48, 55, CARACAS, "ner"
    )  # clashes with a1's key
    with pytest.raises(Exception, match="a3"):
        store.save(broken)
    assert not store.has_article("a3")
    assert store.counts()["events"] == 1
    assert store.save(bad) and store.counts()["events"] == 2


def test_store_filters_events(store):
    store.save(_result("a1"))
    assert len(store.events(source="IRN")) == 1
    assert len(store.events(source="VEN")) == 0
    assert len(store.events(code="042", date_from=date(2023, 6, 1), date_to=date(2023, 6, 30))) == 1
    assert len(store.events(text="caracas")) == 1
    assert store.events(root="19") == []


def test_store_article_has_annotations(store):
    store.save(_result())
    art = store.article("a1")
    assert art["published"] == "2023-06-12"
    assert [m["code"] for m in art["mentions"]] == ["IRNGOV", "VENGOV"]
    assert art["quotations"][0]["speaker"] == {
        "text": "he",
        "name": "Ebrahim Raisi",
        "code": "IRNGOV",
        "start": 20,
        "end": 22,
    }
    assert art["places"][0]["name"] == "Caracas"
    with pytest.raises(NotFound):
        store.article("nope")
    with pytest.raises(NotFound):
        store.event("nope")


def test_store_actors_counts_mentions(store):
    store.save(_result("a1"))
    store.save(_result("a2"))
    actors = {(a["code"], a["name"]): a for a in store.actors()}
    assert actors[("IRNGOV", "Ebrahim Raisi")]["mentions"] == 2
    assert actors[("IRNGOV", "Ebrahim Raisi")]["articles"] == 2
    assert actors[("IRNGOV", "Ebrahim Raisi")]["aliases"] == ["Iranian President Ebrahim Raisi"]


def test_export_jsonl_and_csv(store):
    store.save(_result())
    buf = io.StringIO()
    assert write_jsonl(store.events(), buf) == 1
    assert json.loads(buf.getvalue())["source"]["code"] == "IRNGOV"
    buf = io.StringIO()
    write_csv(store.events(), buf)
    header, row = buf.getvalue().splitlines()[:2]
    assert "source_code" in header.split(",") and "evidence_pattern" in header.split(",")
    assert "IRNGOV" in row


def test_export_gdelt_row_has_61_columns(store):
    store.save(_result())
    row = gdelt_row(store.events()[0], "https://example.org/a1")
    assert len(row) == len(GDELT_COLUMNS) == 61
    cols = dict(zip(GDELT_COLUMNS, row, strict=True))
    assert cols["SQLDATE"] == "20230612" and cols["MonthYear"] == "202306"
    assert (
        cols["Actor1Code"] == "IRNGOV"
        and cols["Actor1CountryCode"] == "IRN"
        and cols["Actor1Type1Code"] == "GOV"
    )
    assert cols["Actor2Code"] == "VENGOV"
    assert (cols["EventCode"], cols["EventBaseCode"], cols["EventRootCode"]) == ("042", "042", "04")
    assert cols["QuadClass"] == 1 and cols["GoldsteinScale"] == 1.9
    assert cols["ActionGeo_FeatureID"] == 3646738 and cols["ActionGeo_Type"] == 4
    assert cols["SOURCEURL"] == "https://example.org/a1"
