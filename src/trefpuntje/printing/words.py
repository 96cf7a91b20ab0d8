"""Words on paper: translation at render time, day and month names, colours.

Source strings are English and marked for Qt Linguist with context ``printing``;
``tr`` looks them up in the same .ts files the screens use.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.colors import HexColor

from trefpuntje.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "printing"

WEEKDAYS = (
    QT_TRANSLATE_NOOP("printing", "Monday"),
    QT_TRANSLATE_NOOP("printing", "Tuesday"),
    QT_TRANSLATE_NOOP("printing", "Wednesday"),
    QT_TRANSLATE_NOOP("printing", "Thursday"),
    QT_TRANSLATE_NOOP("printing", "Friday"),
    QT_TRANSLATE_NOOP("printing", "Saturday"),
    QT_TRANSLATE_NOOP("printing", "Sunday"),
)
MONTHS = (
    QT_TRANSLATE_NOOP("printing", "January"),
    QT_TRANSLATE_NOOP("printing", "February"),
    QT_TRANSLATE_NOOP("printing", "March"),
    QT_TRANSLATE_NOOP("printing", "April"),
    QT_TRANSLATE_NOOP("printing", "May"),
    QT_TRANSLATE_NOOP("printing", "June"),
    QT_TRANSLATE_NOOP("printing", "July"),
    QT_TRANSLATE_NOOP("printing", "August"),
    QT_TRANSLATE_NOOP("printing", "September"),
    QT_TRANSLATE_NOOP("printing", "October"),
    QT_TRANSLATE_NOOP("printing", "November"),
    QT_TRANSLATE_NOOP("printing", "December"),
)

# Warm and calm, every text colour at least 7:1 against the colour it stands on.
INK = HexColor("#1F1A17")  # body text
ACCENT = HexColor("#8A3A12")  # terracotta bands; white text on it is 7.8:1
ON_ACCENT = HexColor("#FFFFFF")
DAY_BAND = HexColor("#FBE3C4")
PAPER_TINT = HexColor("#FFF8EE")
BLOCK_EDGE = HexColor("#D9B48A")
PLACES = HexColor("#D9F2D0")  # places left
FULL = HexColor("#FFD9A8")  # full, waiting list
NO_LIMIT = HexColor("#F2EBE3")
CANCELLED_FILL = HexColor("#EDEDED")
CANCELLED_INK = HexColor("#3D3D3D")
CANCELLED_MARK = HexColor("#A4161A")  # white text on it is 7.8:1
QUIET = HexColor("#5C3A21")  # secondary text, 9.6:1 on the paper tint
CUT_MARK = HexColor("#9E9E9E")
CUT_GUIDE = HexColor("#D0D0D0")


# Paper is in Dutch or English. Arabic on paper needs its letters joined and its lines run
# right to left, which reportlab does only with shaping libraries we do not ship; until
# then an Arabic screen prints in English (names in Arabic script still print, letter by
# letter; see fonts.py).
PAPER_LANGUAGES = ("nl", "en")


def paper_language(language: str) -> str:
    """The language a page is printed in when the screen is in ``language``."""
    return language if language in PAPER_LANGUAGES else "en"


def tr(text: str, language: str) -> str:
    return translate(CONTEXT, text, language)


def weekday_name(day: date, language: str) -> str:
    return tr(WEEKDAYS[day.weekday()], language)


def day_and_month(day: date, language: str) -> str:
    return tr(QT_TRANSLATE_NOOP("printing", "{day} {month}"), language).format(
        day=day.day, month=tr(MONTHS[day.month - 1], language))
