"""Actor arguments of relations: codes as they are, names resolved with the actor dictionary,
unknown ones refused with close codes (issue 13, item 5: "Iran" and "Venezuela" silently gave nothing)."""

from __future__ import annotations

from datetime import date

import pytest
from handmade import article_result, event

from dyadic.relations import ActorChoice, UnknownActor, resolve_actor
from dyadic.store import Store


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "a.duckdb") as s:
        s.save(
            article_result(
                "a1",
                "X",
                [
                    event("a1", 1, date(2023, 6, 7), "IRNGOV", "VENGOV", "042"),
                    event("a1", 2, date(2023, 6, 7), "COP", "IRNGOV", "111"),
                ],
            )
        )
        yield s


@pytest.mark.parametrize(
    ("typed", "code", "name"),
    [
        ("Iran", "IRN", "Iran"),
        ("iran", "IRN", "Iran"),
        ("Venezuela", "VEN", "Venezuela"),
        ("  venezuela ", "VEN", "Venezuela"),
        ("VENEZUELA", "VEN", "Venezuela"),
        ("Israel", "ISR", "Israel"),  # ISR + AEL is no code
        ("the United States", "USA", "United States"),
        ("Iranian", "IRN", "Iran"),
        ("the UN", "IGOUNO", "United Nations"),
        ("nato", "IGOWSTNAT", "NATO"),
    ],
)
def test_relations_actors_names_resolve_to_codes(store, typed, code, name):
    assert resolve_actor(store, typed) == ActorChoice(typed, code, name, by_name=True)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("IRN", "IRN"),
        ("irn", "IRN"),
        ("irngov", "IRNGOV"),
        ("COP", "COP"),
        ("CUB", "CUB"),
        ("IRNGOVMIL", "IRNGOVMIL"),
        ("IGOUNO", "IGOUNO"),
    ],
)
def test_relations_actors_codes_stay_codes(store, typed, code):
    choice = resolve_actor(store, typed)
    assert (choice.code, choice.by_name) == (code, False)


@pytest.mark.parametrize(
    ("typed", "close"),
    [("Venzuela", "VEN"), ("Irann", "IRN"), ("IRM", "IRN"), ("IRNGIV", "IRN")],
)
def test_relations_actors_unknown_lists_close_codes(store, typed, close):
    with pytest.raises(UnknownActor) as info:
        resolve_actor(store, typed)
    codes = [c for c, _ in info.value.suggestions]
    assert close in codes and len(codes) <= 5
    assert str(info.value).startswith(f"{typed!r} is not a known actor code or country name: did you mean")
    assert f"{close} (" in str(info.value)


def test_relations_actors_nothing_close_says_what_to_give(store):
    with pytest.raises(UnknownActor, match="give a country code such as IRN") as info:
        resolve_actor(store, "QQQQ ZZZZ")
    assert info.value.suggestions == []
    with pytest.raises(UnknownActor):
        resolve_actor(None, "")
