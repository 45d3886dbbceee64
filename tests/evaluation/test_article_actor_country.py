"""Article-level evaluation: actor-country accuracy on root-matched events and places on actors
(hand-made gold articles and results, no NLP)."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console

from dyadic.evaluation.articles import (
    ArticleReport,
    GoldArticle,
    _score_events,
    _score_places,
    format_article_report,
)
from dyadic.records import (
    Article,
    ArticleResult,
    Event,
    EventActor,
    EventStatus,
    Evidence,
    Place,
    PlaceMention,
)

TEXT = "Iran criticised Israel. Biden met Putin in Geneva. Musk visited Paris. Tehran praised Baghdad."
ID = "a1"

#: actor word -> (code, country) as dyadic would code it
CODES = {
    "Iran": ("IRN", "IRN"),
    "Israel": ("ISR", "ISR"),
    "Biden": ("USAGOV", "USA"),
    "Putin": ("RUSGOV", "RUS"),
    "Musk": ("USABUS", "USA"),
    "France": ("FRA", "FRA"),
    "Tehran": ("IRNGOV", "IRN"),
    "Baghdad": ("IRQGOV", "IRQ"),
}
#: CAMEO code -> (name, root)
CAMEO = {"111": ("Criticize or denounce", "11"), "042": ("Make a visit", "04"), "040": ("Consult", "04")}


def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    out, start = [], 0
    for part in text.split(". "):
        end = start + len(part) + (0 if part.endswith(".") else 1)
        out.append((start, end))
        start = end + 1
    return tuple(out)


SENTENCES = _sentences(TEXT)


def _span(word: str, sentence: int) -> tuple[int, int]:
    s, e = SENTENCES[sentence]
    start = TEXT.index(word, s, e)
    return start, start + len(word)


def gold_actor(word: str | None, sentence: int, code: str) -> dict[str, Any]:
    if word is None:
        return {"text": None, "start": None, "end": None, "code": code}
    start, end = _span(word, sentence)
    return {"text": word, "start": start, "end": end, "code": code}


def gold_event(
    sentence: int, source: dict[str, Any], target: dict[str, Any] | None, cameo: str, verb: str
) -> dict[str, Any]:
    start, end = _span(verb, sentence)
    return {
        "sentence_index": sentence,
        "trigger": {"text": verb, "start": start, "end": end},
        "source": source,
        "target": target,
        "cameo": cameo,
        "cameo_root": CAMEO[cameo][1],
        "status": "realized",
        "core": False,
    }


def gold_article(events: list[dict[str, Any]], places: list[dict[str, Any]] = ()) -> GoldArticle:
    return GoldArticle(ID, TEXT, None, SENTENCES, tuple(events), (), tuple(places))


def gold_place(word: str, sentence: int, lat: float, lon: float) -> dict[str, Any]:
    return {"text": word, "mentions": [list(_span(word, sentence))], "name": word, "lat": lat, "lon": lon}


def actor(word: str, sentence: int, country: str | None = None) -> EventActor:
    code, default_country = CODES[word]
    start, end = _span(word, sentence)
    return EventActor(word, code, country or default_country, None, word, start, end)


def predicted(
    n: int,
    sentence: int,
    source: EventActor,
    target: EventActor | None,
    cameo: str,
    verb: str,
    confidence: float = 0.9,
) -> Event:
    name, root = CAMEO[cameo]
    start, end = _span(verb, sentence)
    s, e = SENTENCES[sentence]
    return Event(
        event_id=f"{ID}-e{n}",
        article_id=ID,
        sentence_index=sentence,
        sentence=TEXT[s:e],
        date=None,
        source=source,
        target=target,
        cameo=cameo,
        cameo_root=root,
        cameo_name=name,
        plover=None,
        plover_mode=None,
        plover_context=None,
        goldstein=0.0,
        quad_class=1,
        status=EventStatus.REALIZED,
        evidence=Evidence(start, end, "PATTERN"),
        confidence=confidence,
    )


def place(word: str, sentence: int, lat: float = 0.0, lon: float = 0.0) -> PlaceMention:
    start, end = _span(word, sentence)
    where = Place(1, word, None, None, lat, lon, "P", "PPL")
    return PlaceMention(f"{ID}-p{start}", ID, sentence, word, start, end, where, "test")


def result(events: list[Event] = (), places: list[PlaceMention] = ()) -> ArticleResult:
    return ArticleResult(Article(ID, TEXT), events=list(events), places=list(places))


def score(gold: GoldArticle, res: ArticleResult) -> ArticleReport:
    report = ArticleReport(name="test", articles=1)
    report.per_article.append(_score_events(report, gold, res))
    _score_places(report, gold, res)
    return report


def _iran_criticised_israel():
    """Gold: Iran (IRN) criticised Israel (ISR), CAMEO 111, in sentence 0."""
    return gold_event(0, gold_actor("Iran", 0, "IRN"), gold_actor("Israel", 0, "ISR"), "111", "criticised")


def test_sentences_helper_splits_the_text():
    assert [TEXT[s:e] for s, e in SENTENCES] == [
        "Iran criticised Israel.",
        "Biden met Putin in Geneva.",
        "Musk visited Paris.",
        "Tehran praised Baghdad.",
    ]


def test_wrong_target_country_is_matched_but_wrong():
    gold = gold_article(
        [
            _iran_criticised_israel(),
            gold_event(1, gold_actor("Biden", 1, "USAGOV"), gold_actor("Putin", 1, "RUSGOV"), "040", "met"),
        ]
    )
    res = result(
        [
            predicted(1, 0, actor("Iran", 0), actor("Israel", 0), "111", "criticised"),
            predicted(2, 1, actor("Biden", 1), actor("Putin", 1, country="UKR"), "042", "met"),
        ]
    )
    report = score(gold, res)
    assert report.levels["root"].tp == 1  # the wrong target is a miss at the root level...
    assert (report.actor_country_matched, report.actor_country_right) == (2, 1)  # ...but aligned here
    assert report.scores()["actor_country_accuracy"] == 0.5


def test_prediction_in_another_sentence_is_not_aligned():
    gold = gold_article([_iran_criticised_israel()])
    # same root, but its verb and actors lie in sentence 1 only
    res = result([predicted(1, 1, actor("Biden", 1), actor("Putin", 1), "111", "met")])
    report = score(gold, res)
    assert (report.actor_country_matched, report.actor_country_right) == (0, 0)
    assert report.scores()["actor_country_accuracy"] == 0.0


def test_other_root_in_the_same_sentence_is_not_aligned():
    gold = gold_article([_iran_criticised_israel()])
    res = result([predicted(1, 0, actor("Iran", 0), actor("Israel", 0), "042", "criticised")])
    assert score(gold, res).actor_country_matched == 0


def test_symmetric_code_in_reverse_direction_is_right():
    gold = gold_article(
        [gold_event(1, gold_actor("Biden", 1, "USAGOV"), gold_actor("Putin", 1, "RUSGOV"), "040", "met")]
    )
    res = result([predicted(1, 1, actor("Putin", 1), actor("Biden", 1), "040", "met")])
    report = score(gold, res)
    assert (report.actor_country_matched, report.actor_country_right) == (1, 1)
    assert report.scores()["actor_country_accuracy"] == 1.0


def test_non_symmetric_code_in_reverse_direction_is_wrong():
    gold = gold_article([_iran_criticised_israel()])
    res = result([predicted(1, 0, actor("Israel", 0), actor("Iran", 0), "111", "criticised")])
    report = score(gold, res)
    assert (report.actor_country_matched, report.actor_country_right) == (1, 0)


def test_alignment_prefers_the_pair_with_the_right_actors():
    # two gold 04 events in one sentence; the prediction's actors are the second one's
    gold = gold_article(
        [
            gold_event(1, gold_actor("Biden", 1, "USAGOV"), gold_actor("Putin", 1, "RUSGOV"), "042", "met"),
            gold_event(1, gold_actor("Putin", 1, "RUSGOV"), gold_actor(None, 1, "CHEGOV"), "042", "met"),
        ]
    )
    res = result([predicted(1, 1, actor("Putin", 1), actor("Biden", 1, country="CHE"), "042", "met")])
    report = score(gold, res)
    assert (report.actor_country_matched, report.actor_country_right) == (1, 1)


def test_place_on_a_person_actor_is_counted():
    gold = gold_article(
        [gold_event(2, gold_actor("Musk", 2, "USABUS"), gold_actor("Paris", 2, "FRA"), "042", "visited")],
        [gold_place("Paris", 2, 48.85, 2.35)],
    )
    res = result(places=[place("Musk", 2), place("Paris", 2, 48.85, 2.35)])
    report = score(gold, res)
    assert report.place_on_actor == 1
    assert report.place_on_actor_errors == [
        {"id": ID, "place": "Musk", "predicted": "Musk", "actor": "Musk", "code": "USABUS"}
    ]


def test_place_on_a_country_actor_is_not_counted():
    gold = gold_article([_iran_criticised_israel()])
    res = result(places=[place("Iran", 0), place("Israel", 0)])
    report = score(gold, res)
    assert report.place_on_actor == 0 and report.place_on_actor_errors == []


def test_place_on_a_gold_toponym_actor_is_not_counted():
    # "Tehran praised Baghdad": government actors named by their capitals, which are gold toponyms
    gold = gold_article(
        [
            gold_event(
                3, gold_actor("Tehran", 3, "IRNGOV"), gold_actor("Baghdad", 3, "IRQGOV"), "111", "praised"
            )
        ],
        [gold_place("Tehran", 3, 35.69, 51.42)],
    )
    res = result(places=[place("Tehran", 3), place("Baghdad", 3)])
    report = score(gold, res)
    assert report.place_on_actor == 1  # Baghdad is on an actor and not a gold toponym here
    assert [e["place"] for e in report.place_on_actor_errors] == ["Baghdad"]


def test_place_on_an_actor_with_no_span_is_not_counted():
    gold = gold_article(
        [gold_event(2, gold_actor(None, 2, "USABUS"), gold_actor("Paris", 2, "FRA"), "042", "visited")]
    )
    assert score(gold, result(places=[place("Musk", 2)])).place_on_actor == 0


def test_report_prints_and_writes_the_new_metrics():
    gold = gold_article(
        [
            _iran_criticised_israel(),
            gold_event(2, gold_actor("Musk", 2, "USABUS"), gold_actor("Paris", 2, "FRA"), "042", "visited"),
        ],
        [gold_place("Paris", 2, 48.85, 2.35)],
    )
    res = result(
        [
            predicted(1, 0, actor("Iran", 0), actor("Israel", 0), "111", "criticised"),
            predicted(2, 2, actor("Musk", 2, country="FRA"), None, "042", "visited"),
        ],
        [place("Musk", 2), place("Paris", 2, 48.85, 2.35)],
    )
    report = score(gold, res)
    console = Console(width=200, record=True)
    console.print(format_article_report(report))
    lines = console.export_text().splitlines()
    core = next(i for i, line in enumerate(lines) if line.startswith("core-event recall"))
    assert lines[core + 1] == "actor country on root-matched events 0.500 (1/2)"
    places_line = next(line for line in lines if line.startswith("places:"))
    assert places_line.endswith(", on actors 1")
    summary = json.loads(report.to_json())
    assert summary["scores"]["actor_country_accuracy"] == 0.5
    assert summary["counts"]["actor_country"] == {"matched": 2, "right": 1}
    assert summary["counts"]["places"]["on_actor"] == 1
    assert [e["place"] for e in summary["place_on_actor_errors"]] == ["Musk"]
