"""End-to-end checks on the sample article (Mehr News Agency, CC BY 4.0, published Monday 2023-06-12)."""

from __future__ import annotations

import re
from datetime import date

from dyadic.events import Codebook
from dyadic.records import EventStatus


def _events(result, source, target_country, roots):
    return [
        e
        for e in result.events
        if e.source.code == source
        and e.target
        and e.target.country == target_country
        and e.cameo_root in roots
    ]


def test_pipeline_sample_visit_event(sample_result, sample_text):
    [visit] = _events(sample_result, "IRNGOV", "VEN", {"04"})
    assert visit.cameo == "042" and visit.cameo_name == "Make a visit"
    assert visit.date == date(2023, 6, 12)
    assert visit.status is EventStatus.REALIZED
    assert visit.sentence_index == 0
    assert (visit.source.start, visit.source.end) == (9, 40)
    assert sample_text[visit.source.start : visit.source.end] == "Iranian President Ebrahim Raisi"
    assert sample_text[visit.evidence.verb_start : visit.evidence.verb_end] == "left"
    assert sample_text[visit.target.start : visit.target.end] == "Caracas"
    assert (visit.plover, visit.quad_class, visit.goldstein) == ("CONSULT", 1, 1.9)
    assert visit.place is not None and visit.place.name == "Caracas" and visit.place.geonames_id == 3646738


def test_pipeline_sample_host_event_is_planned(sample_result):
    [host] = [e for e in sample_result.events if e.cameo == "043"]
    assert (host.source.code, host.target.code) == ("VENGOV", "IRNGOV")
    assert host.source.name == "Nicolás Maduro"
    assert host.status is EventStatus.PLANNED
    assert host.date == date(2023, 6, 12)


def test_pipeline_sample_travel_to_nicaragua_and_cuba(sample_result):
    for country in ("NIC", "CUB"):
        [ev] = _events(sample_result, "IRNGOV", country, {"03", "04"})
        assert ev.status is EventStatus.PLANNED
        assert ev.source.text == "Raisi"


def test_pipeline_sample_no_agency_or_licence_actors(sample_result):
    names = {m.text for m in sample_result.mentions}
    assert not any("Mehr" in n or "Creative Commons" in n for n in names)
    for e in sample_result.events:
        for actor in (e.source, e.target):
            assert actor is None or "Mehr" not in actor.text and "Creative" not in actor.text


def test_pipeline_sample_raisi_is_never_a_place(sample_result):
    raisi = [m for m in sample_result.mentions if "Raisi" in m.text]
    assert len(raisi) == 14
    assert {m.actor.code for m in raisi} == {"IRNGOV"}
    assert not any("Raisi" in p.text for p in sample_result.places)


def test_pipeline_sample_codes_exist_in_codebook(sample_result):
    book = Codebook.load()
    for e in sample_result.events:
        assert re.fullmatch(r"\d{2,4}", e.cameo) and e.cameo in book
        assert e.cameo_root == e.cameo[:2]
        for actor in (e.source, e.target):
            if actor is not None:
                assert re.fullmatch(r"[A-Z-]{3}([A-Z]{3})*", actor.code), actor.code
