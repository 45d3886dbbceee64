"""GET endpoints over a store of hand-made coded articles: real values, filters, 4xx errors."""

from __future__ import annotations

from datetime import date

import api_handmade as handmade
import pytest
from api_handmade import IRN, VEN, _event, _mention, make_client

from dyadic.records import Article, ArticleResult, EventStatus, text_article_id
from dyadic.store import open_store

VISIT = handmade.visit_result()
VISIT_042 = VISIT.events[0]


def _codes(resp) -> list[str]:
    assert resp.status_code == 200, resp.text
    return [e["cameo"] for e in resp.json()["events"]]


def test_routes_app_serves_the_parametrised_backend(client, backend):
    # The fixtures run every route test on a DuckDB file and on a PostgreSQL database.
    with client.app.state.dyadic.store() as store:
        assert store.info()["backend"] == backend
        assert store.counts()["articles"] == 3


def test_routes_events_lists_all_in_date_order(client):
    assert _codes(client.get("/api/events")) == ["042", "043", "112", "112"]


def test_routes_events_042_carries_dyad_and_evidence_offsets(client):
    body = client.get("/api/events", params={"code": "042"}).json()
    assert body["count"] == 1
    ev = body["events"][0]
    assert ev["event_id"] == VISIT_042.event_id
    assert (ev["source"]["code"], ev["target"]["code"]) == ("IRNGOV", "VENGOV")
    assert ev["date"] == "2023-06-12"
    assert (ev["evidence"]["verb_start"], ev["evidence"]["verb_end"]) == (41, 45)
    assert handmade.VISIT_TEXT[41:45] == "left"
    assert (ev["source"]["start"], ev["source"]["end"]) == (9, 40)
    assert ev["place"]["name"] == "Caracas"


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"source": "IRN"}, ["042", "112"]),  # country matches IRNGOV and IRN
        ({"source": "USAGOV"}, ["112"]),
        ({"target": "IRN"}, ["043", "112"]),
        ({"root": "11"}, ["112", "112"]),
        ({"plover": "CONSULT"}, ["042", "043"]),
        ({"status": "planned"}, ["043"]),
        ({"from": "2023-07-01"}, ["112", "112"]),
        ({"to": "2023-06-30"}, ["042", "043"]),
        ({"from": "2023-07-01", "to": "2023-07-31"}, ["112"]),
        ({"q": "DRONES"}, ["112"]),
        ({"source": "IRN", "target": "VEN", "root": "04"}, ["042"]),
        ({"limit": 2, "offset": 1}, ["043", "112"]),
        ({"code": "190"}, []),
    ],
)
def test_routes_events_filters(client, params, expected):
    assert _codes(client.get("/api/events", params=params)) == expected


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 100000}, "limit"),
        ({"offset": -1}, "offset"),
        ({"offset": 2**63}, "offset"),  # issue 14: a 500 from the store's 64-bit OFFSET
        ({"offset": 1_000_000_001}, "offset"),
        ({"limit": 2**64}, "limit"),
        ({"from": "2023-13-01"}, "from"),
        ({"to": "yesterday"}, "to"),
        ({"from": "2023-08-01", "to": "2023-07-01"}, "from"),
        ({"code": "42a"}, "code"),
        ({"root": "4"}, "root"),
        ({"status": "rumoured"}, "status"),
        ({"source": "irn; drop table events"}, "source"),
    ],
)
def test_routes_events_bad_parameters_answer_422_naming_the_field(client, params, field):
    resp = client.get("/api/events", params=params)
    assert resp.status_code == 422
    body = resp.json()
    assert body["field"] == field
    assert body["detail"].startswith(f"{field}: ")


def test_routes_event_has_sentence_offsets_and_article(client):
    resp = client.get(f"/api/events/{VISIT_042.event_id}")
    assert resp.status_code == 200
    ev = resp.json()
    where = ev["sentence_offsets"]
    assert handmade.VISIT_TEXT[where["start"] : where["end"]] == ev["sentence"]
    assert where == {"start": 9, "end": 75}
    assert ev["evidence"]["pattern"] == "pattern for left"
    assert ev["article"]["title"] == "Raisi leaves for Caracas"
    assert [m["event_id"] for m in ev["merged_mentions"]] == [VISIT_042.event_id]
    assert ev["merged_mentions"][0]["verb_start"] == 41


def test_routes_unknown_event_and_article_answer_404(client):
    for url in ("/api/events/nope", "/api/articles/sha1:0000000000000000"):
        resp = client.get(url)
        assert resp.status_code == 404
        assert resp.json()["field"] == "id"
        assert "no " in resp.json()["detail"]


def test_routes_article_has_all_annotations(client):
    resp = client.get(f"/api/articles/{VISIT.article.article_id}")
    assert resp.status_code == 200
    art = resp.json()
    assert art["id"] == VISIT.article.article_id
    assert art["text"] == handmade.VISIT_TEXT
    assert len(art["mentions"]) == 5
    assert [e["cameo"] for e in art["events"]] == ["042", "043"]
    assert art["quotations"][0]["speaker"]["code"] == "IRNGOV"
    assert [p["name"] for p in art["places"]] == ["Tehran", "Caracas", "Caracas"]


def test_routes_articles_lists_newest_first(client):
    titles = [a["title"] for a in client.get("/api/articles").json()["articles"]]
    assert titles == [handmade.XSS_TITLE, "US accuses Iran", "Raisi leaves for Caracas"]


def test_routes_relations_count_realized_events_by_default(client):
    # issue 13: the planned 043 (VENGOV -> IRNGOV, June) was counted with the realized events
    resp = client.get("/api/relations", params={"a": "IRN", "b": "VEN", "by": "month"})
    assert resp.status_code == 200
    body = resp.json()
    assert body["status"] == "realized" and body["query"] == {"a": "IRN", "b": "VEN"}
    both = {r["period"]: r for r in body["series"] if r["direction"] == "both"}
    assert list(both) == ["2023-06-01", "2023-07-01", "2023-08-01"]
    june = both["2023-06-01"]
    assert (june["events"], june["verbal_coop"], june["goldstein_sum"]) == (1, 1, 1.9)
    directions = {(r["period"], r["direction"]): r["events"] for r in body["series"]}
    assert directions[("2023-06-01", "VEN->IRN")] == 0
    assert (body["totals"]["events"], body["totals"]["conflict"], body["totals"]["net_cooperation"]) == (
        2,
        1,
        0.0,
    )
    explicit = client.get("/api/relations", params={"a": "IRN", "b": "VEN", "status": "realized"}).json()
    assert explicit["series"] == body["series"]


@pytest.mark.parametrize("bad", ["planned", "ALL", ""])
def test_routes_relations_status_other_values_answer_422(client, bad):
    resp = client.get("/api/relations", params={"a": "IRN", "b": "VEN", "status": bad})
    assert resp.status_code == 422
    assert resp.json()["field"] == "status"
    assert resp.json()["detail"] == "status: Input should be 'realized' or 'all'"


def test_routes_relations_names_resolve_to_codes(client):
    by_name = client.get("/api/relations", params={"a": "Iran", "b": "venezuela"})
    by_code = client.get("/api/relations", params={"a": "IRN", "b": "VEN"})
    assert by_name.status_code == 200
    assert (by_name.json()["a"], by_name.json()["b"]) == ("IRN", "VEN")
    assert by_name.json()["query"] == {"a": "Iran", "b": "venezuela"}
    assert by_name.json()["series"] == by_code.json()["series"] and by_name.json()["totals"]["events"] == 2


def test_routes_relations_unknown_actor_answers_422_with_suggestions(client):
    resp = client.get("/api/relations", params={"a": "IRN", "b": "Venzuela"})
    assert resp.status_code == 422
    body = resp.json()
    assert body["field"] == "b"
    assert body["detail"].startswith(
        "b: 'Venzuela' is not a known actor code or country name: did you mean VEN"
    )
    assert body["suggestions"][0] == {"code": "VEN", "name": "Venezuela"}


def test_routes_relations_counts_both_directions_per_month(client):
    resp = client.get("/api/relations", params={"a": "IRN", "b": "VEN", "by": "month", "status": "all"})
    assert resp.status_code == 200
    body = resp.json()
    assert body["status"] == "all"
    both = {r["period"]: r for r in body["series"] if r["direction"] == "both"}
    assert list(both) == ["2023-06-01", "2023-07-01", "2023-08-01"]  # July zero-filled
    assert both["2023-07-01"]["events"] == 0 and both["2023-07-01"]["goldstein_mean"] is None
    june = both["2023-06-01"]
    assert (june["events"], june["verbal_coop"], june["cooperation"], june["conflict"]) == (2, 2, 2, 0)
    assert june["goldstein_sum"] == pytest.approx(4.7)
    assert june["goldstein_mean"] == pytest.approx(2.35)
    assert both["2023-08-01"]["verbal_conflict"] == 1
    directions = {(r["period"], r["direction"]): r["events"] for r in body["series"]}
    assert directions[("2023-06-01", "IRN->VEN")] == 1
    assert directions[("2023-06-01", "VEN->IRN")] == 1
    assert directions[("2023-08-01", "IRN->VEN")] == 1
    assert body["totals"]["events"] == 3
    assert body["totals"]["conflict"] == 1
    assert body["totals"]["net_cooperation"] == pytest.approx(1 / 3, abs=1e-3)


def test_routes_relations_needs_both_actors_and_a_known_period(client):
    resp = client.get("/api/relations", params={"a": "IRN"})
    assert (resp.status_code, resp.json()["field"]) == (422, "b")
    resp = client.get("/api/relations", params={"a": "IRN", "b": "VEN", "by": "decade"})
    assert (resp.status_code, resp.json()["field"]) == (422, "by")
    resp = client.get(
        "/api/relations", params={"a": "IRN", "b": "VEN", "from": "2023-09-01", "to": "2023-01-01"}
    )
    assert (resp.status_code, resp.json()["field"]) == (422, "from")


def test_routes_actors_quotes_places(client):
    actors = {a["code"]: a for a in client.get("/api/actors").json()["actors"]}
    assert actors["IRNGOV"]["mentions"] == 3
    assert "Raisi" in actors["IRNGOV"]["aliases"]
    quotes = client.get("/api/quotes", params={"speaker": "IRNGOV"}).json()["quotations"]
    assert [q["text"] for q in quotes] == ["We stand against unilateralism,"]
    places = client.get("/api/places", params={"article_id": VISIT.article.article_id}).json()["places"]
    assert places[0]["geonames_id"] == 112931


def test_routes_openapi_schema_is_served(client):
    schema = client.get("/api/openapi.json").json()
    for path in (
        "/api/articles",
        "/api/events",
        "/api/events/{event_id}",
        "/api/articles/{article_id}",
        "/api/relations",
        "/api/actors",
        "/api/quotes",
        "/api/places",
    ):
        assert path in schema["paths"], path
    params = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {
        "source",
        "target",
        "code",
        "root",
        "plover",
        "status",
        "from",
        "to",
        "q",
        "limit",
        "offset",
    } <= params


def test_routes_articles_offset_past_2_63_answers_422(client):
    resp = client.get("/api/articles", params={"offset": 2**63})
    assert resp.status_code == 422
    assert resp.json()["detail"] == "offset: Input should be less than or equal to 1000000000"
    assert client.get("/api/articles", params={"offset": 1_000_000_000}).json()["articles"] == []


# Issue 14, relations without bounds: the whole calendar by day blocked the server for 33 s, then a 500.
@pytest.mark.parametrize(
    ("params", "field", "detail"),
    [
        (
            {"by": "day", "from": "0001-01-01", "to": "9999-12-31"},
            "from",
            "from: 0001-01-01 is outside the dates relations cover, 1900-01-01 .. 2100-12-31",
        ),
        (
            {"by": "month", "from": "2023-01-01", "to": "9999-12-31"},
            "to",
            "to: 9999-12-31 is outside the dates relations cover, 1900-01-01 .. 2100-12-31",
        ),
        (
            {"by": "day", "from": "1900-01-01", "to": "2100-12-31"},
            "to",
            "to: 1900-01-01 .. 2100-12-31 holds 73414 days, over the limit of 3660 periods: "
            "give a shorter range or a longer period",
        ),
        (
            {"by": "week", "from": "1950-01-01", "to": "2023-12-31"},
            "to",
            "to: 1949-12-26 .. 2023-12-25 holds 3862 weeks, over the limit of 3660 periods: "
            "give a shorter range or a longer period",
        ),
    ],
)
def test_routes_relations_ranges_are_bounded(client, params, field, detail):
    resp = client.get("/api/relations", params={"a": "USA", "b": "RUS", **params})
    assert resp.status_code == 422
    assert resp.json() == {"detail": detail, "field": field}


def test_routes_relations_largest_range_allowed(client):
    resp = client.get(
        "/api/relations",
        params={"a": "IRN", "b": "VEN", "by": "day", "from": "2014-01-01", "to": "2024-01-08"},
    )
    assert resp.status_code == 200
    body = resp.json()
    assert len(body["series"]) == 3 * 3660 and body["truncated"] is False
    assert body["totals"]["events"] == 2  # realized events only


def _dated_result(text: str, published: date, url: str | None = None) -> ArticleResult:
    art = Article(text_article_id(text), text, title="edge", published=published, url=url, origin="test")
    iran = _mention(text, "Iran", IRN, 0, "country-name")
    ven = _mention(text, "Venezuela", VEN, 0, "country-name")
    ev = _event(
        art, 0, text, iran, "criticized", ven, "111", "Criticize", "DISAPPROVE", -2.0, 3, EventStatus.REALIZED
    )
    return ArticleResult(art, [iran, ven], [ev])


def test_routes_relations_survive_stored_dates_at_the_calendar_edges(filled_db, stub):
    # Issue 14: one article published "9999-12-31" made every relations query of its pair a 500 for good.
    with open_store(filled_db) as store:
        store.save(_dated_result("Iran criticized Venezuela at the end of time.", date(9999, 12, 31)))
        store.save(_dated_result("Iran criticized Venezuela at the dawn of time.", date(1, 1, 1)))
    with make_client(filled_db, stub) as c:
        by_day = c.get("/api/relations", params={"a": "IRN", "b": "VEN", "by": "day"})
        by_month = c.get("/api/relations", params={"a": "IRN", "b": "VEN"})
        page = c.get("/relations")
        page_day = c.get("/relations", params={"a": "IRN", "b": "VEN", "by": "day"})
    assert by_day.status_code == 200
    days = [r["period"] for r in by_day.json()["series"] if r["direction"] == "both"]
    assert (days[0], days[-1], len(days)) == ("2023-06-12", "2023-08-01", 51)
    assert by_month.json()["totals"]["events"] == 2  # realized; the two out-of-range events are left out
    assert page.status_code == 200 and page_day.status_code == 200


def test_routes_q_matches_percent_and_underscore_literally(filled_db, stub):
    # Issue 14: % and _ in q acted as LIKE wildcards.
    text = "Iran criticized Venezuela over a 50% cut to the oil_fund."
    with open_store(filled_db) as store:
        store.save(_dated_result(text, date(2023, 9, 1)))
    with make_client(filled_db, stub) as c:
        sentences = {
            q: [e["sentence"] for e in c.get("/api/events", params={"q": q}).json()["events"]]
            for q in ("%", "_", "50%", "OIL_FUND", "0% c", "oil%fund", "a_b", "%%", "50% CUT")
        }
        paged = c.get("/api/events", params={"q": "%", "offset": 1}).json()["events"]
    assert sentences == {
        "%": [text],
        "_": [text],
        "50%": [text],
        "OIL_FUND": [text],
        "0% c": [text],
        "oil%fund": [],
        "a_b": [],
        "%%": [],
        "50% CUT": [text],
    }
    assert paged == []


def test_routes_unsafe_article_urls_are_never_links(filled_db, stub):
    # Issue 14: javascript: URLs from a JSON Lines url or a feed <link> were rendered as links.
    js = "javascript:alert(document.domain)"
    data = "data:text/html,<script>alert(1)</script>"
    a = _dated_result("Iran criticized Venezuela in a script.", date(2023, 9, 2), url=js)
    b = _dated_result("Iran criticized Venezuela in a data URL.", date(2023, 9, 3), url=data)
    ok = _dated_result("Iran criticized Venezuela on the web.", date(2023, 9, 4), url="https://example.org/a")
    with open_store(filled_db) as store:
        for r in (a, b, ok):
            store.save(r)
    with make_client(filled_db, stub) as c:
        listed = {x["article_id"]: x for x in c.get("/api/articles").json()["articles"]}
        one = c.get(f"/api/articles/{a.article.article_id}").json()
        event = c.get(f"/api/events/{b.events[0].event_id}").json()
    assert (listed[a.article.article_id]["url"], listed[a.article.article_id]["unsafe_url"]) == (None, js)
    assert (listed[b.article.article_id]["url"], listed[b.article.article_id]["unsafe_url"]) == (None, data)
    assert listed[ok.article.article_id]["url"] == "https://example.org/a"
    assert "unsafe_url" not in listed[ok.article.article_id]
    assert (one["url"], one["unsafe_url"]) == (None, js)
    assert (event["article"]["url"], event["article"]["unsafe_url"]) == (None, data)
    assert [(m["url"], m["unsafe_url"]) for m in event["merged_mentions"]] == [(None, data)]


# A new user: /api/events?source=irn answered 422 with a raw regex message. Actor filters take what
# GET /api/relations takes: codes in any case, or names the actor dictionary knows.
@pytest.mark.parametrize(
    ("params", "expected", "resolved"),
    [
        ({"source": "irn"}, ["042", "112"], {"source": "IRN"}),
        ({"source": "Iran"}, ["042", "112"], {"source": "IRN"}),
        ({"source": "irngov", "target": "venezuela"}, ["042"], {"source": "IRNGOV", "target": "VEN"}),
        ({"target": "the United States"}, [], {"target": "USA"}),
    ],
)
def test_routes_events_actor_filters_take_names_and_any_case(client, params, expected, resolved):
    body = client.get("/api/events", params=params).json()
    assert [e["cameo"] for e in body["events"]] == expected
    assert {f: a["code"] for f, a in body["actors"].items()} == resolved
    assert all(body["actors"][f]["query"] == params[f] for f in params)


def test_routes_events_unknown_actor_answers_422_with_suggestions(client):
    resp = client.get("/api/events", params={"source": "Irann"})
    assert resp.status_code == 422
    body = resp.json()
    assert body["field"] == "source"
    assert (
        body["detail"]
        == "source: 'Irann' is not a known actor code or country name: did you mean IRN (Iran)?"
    )
    assert body["suggestions"][0] == {"code": "IRN", "name": "Iran"}
    assert client.get("/api/events", params={"target": "x" * 81}).json()["field"] == "target"


def test_routes_events_total_and_order(client):
    body = client.get("/api/events", params={"limit": 2}).json()
    assert (body["count"], body["total"], body["order"]) == (2, 4, "oldest")
    assert [e["date"] for e in body["events"]] == ["2023-06-12", "2023-06-12"]  # oldest first, as documented
    newest = client.get("/api/events", params={"order": "newest", "limit": 2}).json()
    assert [e["date"] for e in newest["events"]] == ["2023-08-01", "2023-07-03"]  # as the /events page
    assert newest["total"] == 4
    assert client.get("/api/events", params={"source": "VEN", "limit": 1}).json()["total"] == 1
    resp = client.get("/api/events", params={"order": "random"})
    assert (resp.status_code, resp.json()["field"]) == (422, "order")


# A new user: /api/actors, /api/quotes and /api/places returned every row, and ?offset=-1 answered 200.
@pytest.mark.parametrize(
    ("path", "key"), [("/api/actors", "actors"), ("/api/quotes", "quotations"), ("/api/places", "places")]
)
def test_routes_lists_page_with_limit_offset_and_total(client, path, key):
    whole = client.get(path).json()
    total = whole["total"]
    assert total == len(whole[key]) >= 1 and (whole["limit"], whole["offset"]) == (100, 0)
    paged = [client.get(path, params={"limit": 1, "offset": i}).json() for i in range(total + 1)]
    assert [row for page in paged for row in page[key]] == whole[key]  # pages in the same order
    assert all(page["total"] == total for page in paged) and paged[-1][key] == []
    for params, field in (
        ({"offset": -1}, "offset"),
        ({"limit": 0}, "limit"),
        ({"limit": 1001}, "limit"),
        ({"offset": "x"}, "offset"),
        ({"offset": 2**63}, "offset"),
    ):
        resp = client.get(path, params=params)
        assert (resp.status_code, resp.json()["field"]) == (422, field), params
    assert client.get(path, params={"limit": 1000}).status_code == 200


def test_routes_quotes_speaker_takes_names_and_countries(client):
    def texts(speaker: str) -> list[str]:
        body = client.get("/api/quotes", params={"speaker": speaker}).json()
        assert body["total"] == len(body["quotations"])
        return [q["text"] for q in body["quotations"]]

    assert (
        texts("IRNGOV")
        == texts("irngov")
        == texts("IRN")
        == texts("Iran")
        == ["We stand against unilateralism,"]
    )
    assert texts("VEN") == []
    resp = client.get("/api/quotes", params={"speaker": "Irann"})
    assert (resp.status_code, resp.json()["field"]) == (422, "speaker")
