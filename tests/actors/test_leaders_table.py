"""The people table ``leaders.csv``: built only by ``tools/build_leaders.py`` from
``tools/people/*.csv``, validated there, and read by the resolver by date."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEADER = "country,office,role,name,aliases,start,end,source,note\n"
SOURCE = "compiled from public records"


@pytest.fixture(scope="module")
def tool():
    spec = importlib.util.spec_from_file_location("build_leaders", ROOT / "tools" / "build_leaders.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_leaders"] = module  # dataclasses look their module up while the tool loads
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def known(tool):
    return tool.known_names()


def _problems(tool, known, *lines: str) -> list[str]:
    rows = tool.parse_source(HEADER + "".join(f"{line},{SOURCE},\n" for line in lines), "test.csv")
    assert not isinstance(rows, str), rows
    return tool.validate(rows, known)


def test_build_leaders_accepts_a_handover_on_one_day(tool, known):
    assert (
        _problems(
            tool,
            known,
            "IRL,head_of_government,GOV,Enda Kenny,,2011-03-09,2017-06-14",
            "IRL,head_of_government,GOV,Leo Varadkar,Varadkar,2017-06-14,2020-06-27",
        )
        == []
    )


def test_build_leaders_rejects_overlapping_terms(tool, known):
    (problem,) = _problems(
        tool,
        known,
        "IRL,head_of_government,GOV,Enda Kenny,,2011-03-09,2017-06-14",
        "IRL,head_of_government,GOV,Leo Varadkar,,2016-01-01,2020-06-27",
    )
    assert "overlaps Enda Kenny" in problem


def test_build_leaders_rejects_unknown_country_office_and_role(tool, known):
    problems = _problems(
        tool,
        known,
        "XXX,head_of_state,GOV,Jane Doe,,2020-01-01,",
        "FRA,prime_minister,GOV,Jane Roe,,2020-01-01,",
        "FRA,defence_minister,GOV,Jean Doe,,2020-01-01,",
    )
    assert any("unknown country 'XXX'" in p for p in problems)
    assert any("unknown office 'prime_minister'" in p for p in problems)
    assert any("role 'GOV' not allowed for defence_minister" in p for p in problems)


def test_build_leaders_rejects_end_before_start_and_bad_dates(tool, known):
    problems = _problems(
        tool,
        known,
        "FRA,foreign_minister,GOV,Jean Doe,,2020-05-01,2019-05-01",
        "FRA,finance_minister,GOV,Jeanne Doe,,2020-13-01,",
    )
    assert any("end 2019-05-01 before start 2020-05-01" in p for p in problems)
    assert any("start '2020-13-01' is no ISO date" in p for p in problems)


def test_build_leaders_rejects_aliases_that_name_places_or_repeat(tool, known):
    problems = _problems(
        tool,
        known,
        "USA,defence_minister,GOVMIL,Lloyd Austin,Austin,2021-01-22,2025-01-20",
        "MLT,head_of_government,GOV,Joseph Muscat,Muscat;Muscat,2013-03-11,2020-01-13",
    )
    assert any("'Austin' is a city" in p for p in problems)
    assert any("'Muscat' is already a capital of OMN" in p for p in problems)
    assert any("'Muscat' repeats" in p for p in problems)


def test_build_leaders_rejects_org_rows_with_another_role_or_no_post(tool, known):
    rows = tool.parse_source(
        HEADER
        + f"IGOUNO,igo_leader,GOV,Jane Doe,,2017-01-01,,{SOURCE},UN Secretary-General\n"
        + f"IGOUNO,igo_leader,IGOUNO,John Doe,,2017-01-01,,{SOURCE},\n",
        "test.csv",
    )
    problems = tool.validate(rows, known)
    assert len(problems) == 2
    assert "role must be its code 'IGOUNO'" in problems[0] and "needs its party, group or post" in problems[1]


def test_build_leaders_output_is_the_checked_in_table(tool):
    """The tool is the one way leaders.csv is made: rebuilding changes nothing."""
    built = tool.build()
    assert built == (ROOT / "src" / "dyadic" / "data" / "actors" / "leaders.csv").read_text(encoding="utf-8")
    assert built.count("\n") > 2000


def test_build_leaders_coverage_is_markdown_and_in_the_data_readme(tool):
    table = tool.coverage(tool.read_sources())
    assert table.startswith("| office |") and "| heads of state or government | 196 |" in table
    assert table in (ROOT / "src" / "dyadic" / "data" / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("name", "on", "code"),
    [
        ("Leo Varadkar", date(2019, 6, 1), "IRLGOV"),  # head of government (Taoiseach)
        ("Jeremy Corbyn", date(2019, 6, 1), "GBROPP"),  # leader of the opposition
        ("Corbyn", date(2021, 6, 1), "GBRELI"),  # ... after his term
        ("Ursula von der Leyen", date(2016, 1, 1), "DEUGOVMIL"),  # defence minister
        ("Ursula von der Leyen", date(2021, 1, 1), "IGOEUREEC"),  # then Commission President
        ("Amit Shah", date(2022, 1, 1), "INDGOV"),  # home (interior) minister
        ("Janet Yellen", date(2016, 1, 1), "USAGOVBUS"),  # central bank head
        ("Janet Yellen", date(2022, 1, 1), "USAGOV"),  # then Treasury Secretary
        ("Guterres", date(2020, 1, 1), "IGOUNO"),  # UN Secretary-General
        ("Ismail Haniyeh", date(2020, 1, 1), "PSEREBHMS"),  # Hamas political bureau chief
        ("Nasrallah", date(2025, 1, 1), "LBNELI"),  # killed 2024-09-27
        ("Zelenskyy", date(2023, 1, 1), "UKRGOV"),
    ],
)
def test_leaders_table_codes_people_by_date(resolver, name, on, code):
    actor = resolver.resolve_name(name, on)
    assert actor is not None and actor.code == code, actor
