from __future__ import annotations

from datetime import date

from dyadic.actors import ActorDictionary, ActorResolver
from dyadic.actors.petrarch import DatedCode, display_name, parse_actors, parse_code

FILE = """# comment
<!-- XML-ish comment -->
ABDELAZIZ_BOUTEFLIKA_  # CountryInfo.txt
+BOUTEFLIKA_
\t[DZAELI 550101-000101]
\t[DZAGOV >990427]
\t[DZAELI]
HEZBOLLAH_ [LBNREB]
ARNOR_  [ARN]
+ARNORIAN
ISILDUR  [+++]
GOLLUM
\t[HOB < 950601]
\t[HOBGOV 19950601 - 19990815]
"""


def test_petrarch_parse_actors_entries_and_dates():
    entries = parse_actors(FILE)
    assert [e.names for e in entries] == [
        ("Abdelaziz Bouteflika", "Bouteflika"),
        ("Hezbollah",),
        ("Arnor", "Arnorian"),
        ("Gollum",),
    ]
    assert entries[0].codes == (
        DatedCode("DZAELI", date(1955, 1, 1), date(2000, 1, 1)),
        DatedCode("DZAGOV", date(1999, 4, 27), None),
        DatedCode("DZAELI"),
    )
    assert entries[3].codes == (
        DatedCode("HOB", None, date(1995, 6, 1)),
        DatedCode("HOBGOV", date(1995, 6, 1), date(1999, 8, 15)),
    )


def test_petrarch_parse_code_rejects_placeholders():
    assert parse_code("---", "") is None
    assert parse_code("ELR/GAL", "") is None
    assert parse_code("pse", "") == DatedCode("PSE")


def test_petrarch_display_name():
    assert display_name("ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_") == ["Aden Abyan Islamic Army", "AAIA"]
    assert display_name("OSAMA_BIN_LADEN_") == ["Osama bin Laden"]
    assert display_name("ANSF") == ["ANSF"]


def test_dictionary_extra_actor_files(tmp_path):
    path = tmp_path / "fiction.actors"
    path.write_text(FILE, encoding="utf-8")
    dictionary = ActorDictionary.load(extra_actor_files=[path])
    resolver = ActorResolver(dictionary)
    assert resolver.resolve_name("Arnorian").code == "ARN"  # type: ignore[union-attr]
    assert resolver.resolve_name("Gollum", date(1997, 1, 1)).code == "HOBGOV"  # type: ignore[union-attr]
    assert resolver.resolve_name("Gollum", date(1990, 1, 1)).code == "HOB"  # type: ignore[union-attr]
    assert ActorDictionary.load().country_aliases.get("arnor") is None  # the shipped one is untouched


def test_dictionary_load_reads_every_table():
    # its load time is no test (it failed on a loaded machine): bench/throughput.py prints the
    # pipelines' load time
    from dyadic.actors import dictionary as module

    module._load.cache_clear()
    loaded = ActorDictionary.load()
    assert len(loaded.organisations) > 3000 and len(loaded.leaders) > 20000
