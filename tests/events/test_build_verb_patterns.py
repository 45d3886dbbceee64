"""``tools/build_verb_patterns.py``: how PETRARCH2 pattern lines become constraints."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _tool():
    path = ROOT / "tools" / "build_verb_patterns.py"
    spec = importlib.util.spec_from_file_location("build_verb_patterns", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_a_pattern_naming_an_undefined_synonym_set_is_dropped():
    # CAMEO.2.0.txt uses &FIGHT_CRIM, &FIGHT_GAMES, &WEATHER and &DEMONSTRATION without defining them:
    # read as no constraint at all, "- * &FIGHT_CRIM [1124]" made every "mark" a 1124 ("This past week
    # marked the opening night ...")
    parser = _tool().PatternParser({"&WEAPON": ["GUN", "RIFLE"]}, lambda word, pos="NOUN": word.lower())
    assert parser.parse("- * &FIGHT_CRIM [1124] # BRAND") is None
    assert parser.parse("- * (IN &WEATHER) [---]") is None
    weapon = parser.parse("- * &WEAPON [183] # USE")
    assert weapon["object"]["head"] == ["gun", "rifle"] and weapon["code"] == "183"
