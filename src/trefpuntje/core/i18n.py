"""Translations outside Qt: the command line and printed paper.

The Qt Linguist ``.ts`` files are the single source of every translation. The UI loads
the compiled ``.qm`` files with ``QTranslator``; ``core/`` and ``printing/`` may not
import Qt, so they read the same ``.ts`` XML here. Source strings are English.

Strings that are defined outside a Qt class are marked with ``QT_TRANSLATE_NOOP``
(``pyside6-lupdate`` recognises the name), so they land in the ``.ts`` files.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from trefpuntje.config import DEFAULT_LANGUAGE, RESOURCES

TRANSLATIONS_DIR = RESOURCES / "translations"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


@cache
def catalog(language: str) -> dict[tuple[str, str], str]:
    # A language is a short code ("nl", "pt_BR"); anything else names no file of ours.
    if not (language.isascii() and language.replace("_", "").isalnum() and len(language) <= 12):
        return {}
    path = TRANSLATIONS_DIR / f"trefpuntje_{language}.ts"
    if not path.exists():
        return {}
    entries: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                entries[(name, message.findtext("source", ""))] = translation.text
    return entries


def translate(context: str, text: str, language: str = DEFAULT_LANGUAGE) -> str:
    return catalog(language).get((context, text), text)
