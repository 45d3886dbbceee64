"""Inputs that used to hang, be misread or pass silently (issue 14): FIFOs and other special
files in folders, UTF-16/UTF-32 text with a byte order mark, empty folders, non-English text."""

from __future__ import annotations

import codecs
import os
import sys
import threading

import pytest

from dyadic.errors import InputError
from dyadic.ingest import LanguageSkipped, detect_language, keep_language, read_inputs
from dyadic.ingest.common import decode_text, sniff_kind
from dyadic.records import Article
from dyadic.scale import count_articles

TEXT = "Russian troops attacked Ukrainian positions near Kharkiv on Tuesday.\r\nKyiv condemned it."
ENGLISH = (
    "The German chancellor met the French president in Berlin on Tuesday to discuss the war in "
    "Ukraine and European military aid, officials said."
)
FRENCH = (
    "Le président français Emmanuel Macron a reçu mardi à l'Élysée le chancelier allemand pour "
    "discuter de la guerre en Ukraine et de l'aide militaire européenne."
)
GERMAN = (
    "Der deutsche Bundeskanzler hat am Dienstag in Berlin den französischen Präsidenten empfangen, "
    "um über den Krieg in der Ukraine und die europäische Militärhilfe zu sprechen."
)

needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo") or sys.platform == "win32", reason="no FIFOs")


def _within(seconds: float, fn):
    """Run ``fn`` in a thread; fail (not hang) if it takes longer than ``seconds``."""
    box: dict[str, object] = {}
    thread = threading.Thread(target=lambda: box.setdefault("value", fn()), daemon=True)
    thread.start()
    thread.join(seconds)
    return thread.is_alive(), box.get("value")


def _unblock(fifo) -> None:
    """Let a reader stuck opening ``fifo`` go (only reached when the test already failed)."""
    try:
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
    except OSError:
        pass


@needs_fifo
@pytest.mark.parametrize("name", ["pipe.txt", "pipe.jsonl", "pipe"])
def test_a_fifo_in_a_folder_is_skipped_with_a_message_not_read(tmp_path, name):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    fifo = tmp_path / name
    os.mkfifo(fifo)
    try:
        stuck, items = _within(10, lambda: list(read_inputs([str(tmp_path)])))
        counting_stuck, total = _within(10, lambda: count_articles([str(tmp_path)]))
    finally:
        _unblock(fifo)
    assert not stuck and not counting_stuck
    assert isinstance(items, list)
    assert [type(i) for i in items] == [Article, InputError]
    assert str(items[1]) == f"{fifo}: a FIFO (named pipe), not a regular file: skipped"
    assert total == 2


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_text_with_a_bom_is_decoded(tmp_path, encoding):
    bom = {"utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}.get(encoding, b"")
    path = tmp_path / "story.txt"
    path.write_bytes(bom + TEXT.encode(encoding))
    [article] = list(read_inputs([str(path)]))
    assert isinstance(article, Article), article
    assert article.text == TEXT.replace("\r\n", "\n")


def test_utf16_html_is_sniffed_and_read_as_html(tmp_path):
    html = (
        "<!DOCTYPE html><html><head><title>Raisi in Caracas</title></head><body><article><p>"
        "Iranian President Ebrahim Raisi arrived in Caracas on Monday evening and was welcomed by "
        "Venezuelan President Nicolas Maduro at the Miraflores Palace.</p></article></body></html>"
    )
    data = html.encode("utf-16")
    assert sniff_kind(data) == "html"
    path = tmp_path / "page"
    path.write_bytes(data)
    [article] = list(read_inputs([str(path)]))
    assert isinstance(article, Article) and article.title == "Raisi in Caracas"
    assert article.text.startswith("Iranian President Ebrahim Raisi arrived in Caracas")


def test_broken_utf16_and_bomless_utf16_are_reported():
    with pytest.raises(InputError, match=r"not valid UTF-16 at byte \d+"):
        decode_text(codecs.BOM_UTF16_LE + "Iran".encode("utf-16-le") + b"\x00\xd8", "x.txt")
    with pytest.raises(InputError, match="binary file"):  # no BOM: no way to tell it from binary
        decode_text("Iran and Iraq".encode("utf-16-le"), "x.txt")


def test_an_empty_folder_is_reported(tmp_path):
    (tmp_path / "empty" / ".git").mkdir(parents=True)
    (tmp_path / "empty" / ".notes.txt").write_text("hidden", encoding="utf-8")
    [error] = list(read_inputs([str(tmp_path / "empty")]))
    assert isinstance(error, InputError)
    assert str(error).startswith(f"{tmp_path / 'empty'}: no articles in folder")


def test_a_folder_of_bad_files_is_not_also_reported_empty(tmp_path):
    (tmp_path / "a.txt").write_text("", encoding="utf-8")
    items = list(read_inputs([str(tmp_path)]))
    assert [str(i) for i in items] == [f"{tmp_path / 'a.txt'}: empty"]


def test_language_detection_names_french_and_german_and_passes_english():
    assert detect_language(FRENCH) == "fr"
    assert detect_language(GERMAN) == "de"
    assert detect_language(ENGLISH) is None
    assert detect_language(FRENCH) == "fr"  # deterministic
    assert detect_language("Iran praised Venezuela.") is None  # too short to tell
    assert detect_language("12 34 56 -- !!") is None
    assert detect_language(ENGLISH, expected="fr") == "en"


def test_keep_language_turns_other_languages_into_named_errors():
    items = [
        Article("en-1", ENGLISH, origin="c.jsonl:1"),
        Article("fr-1", FRENCH, origin="c.jsonl:2"),
        InputError("c.jsonl:3", "invalid JSON"),
        Article("sha1:0123", GERMAN, origin="de.txt"),
    ]
    kept = list(keep_language(items))
    assert kept[0] is items[0] and kept[2] is items[2]
    assert isinstance(kept[1], LanguageSkipped) and kept[1].language == "fr"
    assert str(kept[1]) == "c.jsonl:2 (fr-1): text is in French (fr), not English"
    assert isinstance(kept[3], LanguageSkipped) and kept[3].article_id == "sha1:0123"
    assert str(kept[3]) == "de.txt: text is in German (de), not English"
    assert list(keep_language(items, "any")) == items
