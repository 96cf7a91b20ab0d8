from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from trefpuntje.core.i18n import translate

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "src" / "trefpuntje" / "resources" / "translations"
HOME_SCREEN_CONTEXTS = {"Areas", "HomeScreen", "MainWindow", "IdleOverlay", "ComingSoonScreen"}
ENGLISH_IN_ARABIC = {"printing", "cli"}


def _messages(language: str) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(TRANSLATIONS / f"trefpuntje_{language}.ts").getroot()
    return [(c.findtext("name"), m.findtext("source"), m.find("translation"))
            for c in root.iter("context") for m in c.iter("message")]


def _unfinished(language: str, contexts: set[str] | None = None) -> list[tuple[str, str]]:
    return [(ctx, src) for ctx, src, tr in _messages(language)
            if (contexts is None or ctx in contexts) and (tr.get("type") == "unfinished" or not (tr.text or "").strip())]


def test_ts_and_qm_files_are_up_to_date_with_the_source():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "update_translations.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_dutch_and_english_are_complete():
    assert len(_messages("nl")) > 50
    assert _unfinished("nl") == []
    assert _unfinished("en") == []


def test_arabic_covers_every_screen():
    """Every word on a screen has Arabic; paper and the command line stay English in
    Arabic (paper needs shaping reportlab does not do here: see printing/words.py)."""
    screens = {ctx for ctx, _, _ in _messages("ar")} - ENGLISH_IN_ARABIC
    assert HOME_SCREEN_CONTEXTS <= screens and "ShopScreen" in screens and "TillScreen" in screens
    assert _unfinished("ar", screens) == []


def test_translations_keep_their_placeholders():
    for language in ("nl", "ar"):
        for ctx, source, translation in _messages(language):
            if translation.text:
                placeholders = sorted(p.split("}")[0] for p in source.split("{")[1:])
                assert sorted(p.split("}")[0] for p in translation.text.split("{")[1:]) == placeholders, (ctx, source)


def test_command_line_and_paper_read_the_same_ts_files():
    assert translate("errors", "A first name is needed.", "nl") == "Een voornaam is nodig."
    assert translate("errors", "A first name is needed.", "en") == "A first name is needed."
    assert translate("Areas", "Meals", "ar") == "الوجبات"
