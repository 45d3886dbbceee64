from __future__ import annotations

import re

import pytest

from dyadic.events import Codebook, UnknownCameoCode


@pytest.fixture(scope="module")
def codebook() -> Codebook:
    return Codebook.load()


def test_codebook_entry_has_names_goldstein_quad_and_plover(codebook):
    e = codebook.entry("042")
    assert (e.code, e.root, e.name) == ("042", "04", "Make a visit")
    assert e.goldstein == 1.9
    assert e.quad_class == 1
    assert (e.plover_event, e.plover_mode) == ("CONSULT", "visit")


def test_codebook_unknown_code_raises_named_error(codebook):
    with pytest.raises(UnknownCameoCode) as info:
        codebook.entry("999")
    assert info.value.code == "999"
    assert "999" not in codebook


def test_codebook_root_rows_fall_back_to_root_plover(codebook):
    assert codebook.entry("04").plover_event == "CONSULT"
    assert codebook.entry("19").plover_event == "ASSAULT"
    assert codebook.entry("010").plover_event is None  # CAMEO 01x has no PLOVER equivalent
    assert codebook.entry("020").plover_event is None


def test_codebook_every_code_well_formed_with_quad_by_root(codebook):
    assert len(codebook) == 312
    for code in codebook.codes():
        e = codebook.entry(code)
        assert re.fullmatch(r"\d{2,4}", code)
        assert code.startswith(e.root)
        root = int(e.root)
        expected = 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4
        assert e.quad_class == expected
        assert -10.0 <= e.goldstein <= 10.0


def test_codebook_load_is_cached(codebook):
    assert Codebook.load() is codebook
