"""Checks the services make before anything is written: text as one clean line, a
pictogram's name, and dates within the years Trefpuntje works with.

Python's calendar runs from year 1 to 9999, and date arithmetic (a day on, a time
zone away, months back) overflows near either end: an OverflowError deep inside a
query is no message for anyone. No day at 't Trefpuntje lies outside 2000-2199, so a
date there is a typing slip or the computer's clock gone wrong, and is refused in
words before anything is done.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime

from trefpuntje.core.errors import InvalidInput
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP

PICTOGRAM_MAX = 40  # the size of every pictogram column
FIRST_YEAR, LAST_YEAR = 2000, 2199
_FIRST_MOMENT = datetime(FIRST_YEAR, 1, 1, tzinfo=UTC)
_AFTER_LAST_MOMENT = datetime(LAST_YEAR + 1, 1, 1, tzinfo=UTC)
OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "errors", "{date} is outside the dates Trefpuntje works with ({first} to {last}). "
              "Check the date, or the computer's clock.")


def one_line(text: str) -> str:
    """``text`` as one line: runs of white space become one space, and control
    characters (a NUL, an escape), which nobody means to type, are dropped."""
    return " ".join("".join(c for c in text if unicodedata.category(c) != "Cc" or c.isspace()).split())


def check_pictogram(name: str) -> str:
    """The name of a pictogram file: a few letters, digits and underscores."""
    if not (0 < len(name) <= PICTOGRAM_MAX and name.isascii() and name.replace("_", "").isalnum()):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{name} is not a pictogram."), name=name)
    return name


def check_day(day: date) -> date:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise InvalidInput(OUT_OF_RANGE, date=day.isoformat(), first=FIRST_YEAR, last=LAST_YEAR)
    return day


def check_moment(moment: datetime) -> datetime:
    """A timezone-aware moment within the years Trefpuntje works with."""
    if not _FIRST_MOMENT <= moment < _AFTER_LAST_MOMENT:
        raise InvalidInput(OUT_OF_RANGE, date=moment.date().isoformat(), first=FIRST_YEAR, last=LAST_YEAR)
    return moment
