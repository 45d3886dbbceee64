"""GET endpoints over a store of hand-made coded articles: real values, filters, 4xx errors."""

from __future__ import annotations

import api_handmade as handmade
import pytest

VISIT = handmade.visit_result()
VISIT_042 = VISIT.events[0]


def _codes(resp) -> list[str]:
    assert resp.status_code == 200, resp.text
    return [e["cameo"] for e in resp.json()["events"]]


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


def test_routes_relations_counts_both_directions_per_month(client):
    resp = client.get("/api/relations", params={"a": "IRN", "b": "VEN", "by": "month"})
    assert resp.status_code == 200
    body = resp.json()
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
