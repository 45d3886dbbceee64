"""End to end through the API with the real pipeline on the bundled sample article."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from dyadic.server import ServerSettings, create_app

SAMPLE = Path(__file__).resolve().parents[2] / "examples" / "raisi-latin-america-tour.txt"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sample_pipeline():
    """The real pipeline, loaded once for both backends."""
    from dyadic.errors import PipelineNotInstalled
    from dyadic.pipeline import Pipeline

    try:
        return Pipeline()
    except PipelineNotInstalled as exc:
        pytest.skip(f"spaCy pipeline missing: {exc}")


@pytest.fixture(scope="module", params=["duckdb", "postgres"])
def coded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, sample_pipeline):
    """POST the sample (published 2023-06-12) to a fresh store of each backend (a DuckDB file, a
    PostgreSQL database); yields (client, response body)."""
    if request.param == "duckdb":
        db = str(tmp_path_factory.mktemp("sample") / "sample.duckdb")
    else:
        db = request.getfixturevalue("postgres_server")()
    text = SAMPLE.read_text(encoding="utf-8")
    app = create_app(ServerSettings(db_path=db), coder_factory=lambda s: sample_pipeline)
    with TestClient(app) as client:
        resp = client.post("/api/articles", json={"text": text, "published": "2023-06-12", "source": "Mehr"})
        assert resp.status_code == 201, resp.text
        yield client, resp.json()


def test_sample_post_returns_the_042_visit_with_evidence_offsets(coded):
    _, body = coded
    text = body["text"]
    visit = next(e for e in body["events"] if e["cameo"] == "042" and e["evidence"]["verb_start"] == 41)
    assert (visit["source"]["code"], visit["target"]["code"]) == ("IRNGOV", "VENGOV")
    assert visit["target"]["country"] == "VEN"
    assert (visit["evidence"]["verb_start"], visit["evidence"]["verb_end"]) == (41, 45)
    assert text[41:45] == "left"
    assert text[visit["source"]["start"] : visit["source"]["end"]].endswith("Ebrahim Raisi")
    assert text[visit["target"]["start"] : visit["target"]["end"]] == "Caracas"
    assert visit["date"] == "2023-06-12" and visit["status"] == "realized"
    assert body["quotations"] and body["places"]


def test_sample_event_endpoint_locates_the_sentence(coded):
    client, body = coded
    visit = next(e for e in body["events"] if e["cameo"] == "042" and e["evidence"]["verb_start"] == 41)
    ev = client.get(f"/api/events/{visit['event_id']}").json()
    where = ev["sentence_offsets"]
    assert body["text"][where["start"] : where["end"]] == ev["sentence"]
    assert where["start"] <= 41 < 45 <= where["end"]
    assert "left Tehran for Caracas" in ev["sentence"]
    assert [m["event_id"] for m in ev["merged_mentions"]] == [visit["event_id"]]


def test_sample_filters_find_the_visit(coded):
    client, body = coded
    found = client.get("/api/events", params={"source": "IRN", "target": "VEN", "code": "042"}).json()[
        "events"
    ]
    assert [e["evidence"]["verb_start"] for e in found] == [41]
    assert client.get("/api/events", params={"q": "Caracas", "root": "04"}).json()["count"] >= 1
    rel = client.get("/api/relations", params={"a": "IRN", "b": "VEN"}).json()
    # the realized visit, and "Iran has been working to upgrade ties with ... Venezuela" (050, undated)
    assert rel["totals"]["events"] == 2 and rel["totals"]["conflict"] == 0
    every = client.get("/api/relations", params={"a": "Iran", "b": "Venezuela", "status": "all"}).json()
    assert every["totals"]["events"] >= 2 and every["totals"]["conflict"] == 0  # + the planned welcome
