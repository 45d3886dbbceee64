from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    spec = importlib.util.spec_from_file_location("build_agents", ROOT / "tools" / "build_agents.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_agents_parses_petrarch_format():
    text = (
        "!PERSON! = MAN, MEN\n"
        "PRESIDENT [~GOV]\n"
        "POLICE {} [~COP]\n"
        "THIEF {THIEVES} [~CRM]\n"
        "MINISTRY_  [~GOV]\n"
        "DEFENSE_MINIST [~GOVMIL]\n"
        "BUSINESS!PERSON! [~BUS]\n"
        "# COMMENTED [~OPP]\n"
    )
    agents = dict(_tool().parse_agents(text))
    assert agents["president"] == "GOV" and agents["presidents"] == "GOV"
    assert agents["police"] == "COP" and "polices" not in agents
    assert agents["thieves"] == "CRM"
    assert "ministry" in agents and "ministrys" not in agents
    assert agents["defense ministers"] == "GOVMIL" and agents["defense ministry"] == "GOVMIL"
    assert agents["businessmen"] == "BUS"
    assert "commented" not in agents
