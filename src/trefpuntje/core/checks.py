"""Checks the services make before anything is written: text as one clean line, a
pictogram's name, and dates within the years Trefpuntje works with.

Python's calendar runs from year 1 to 9999, and date arithmetic (a day on, a time
zone away, months back) overflows near either end: an OverflowError deep inside a
query is no message for anyone. No day at 't Trefpuntje lies outside 2000-2199, so a
date there is a typing slip or the computer's clock gone wrong, and is refused in
words before anything is done.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any, TypeVar

from trefpuntje.core.errors import InvalidInput
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP

F = TypeVar("F", bound=Callable[..., Any])
PICTOGRAM_MAX = 40  # the size of every pictogram column
FIRST_YEAR, LAST_YEAR = 2000, 2199
_FIRST_MOMENT = datetime(FIRST_YEAR, 1, 1, tzinfo=UTC)
_AFTER_LAST_MOMENT = datetime(LAST_YEAR + 1, 1, 1, tzinfo=UTC)
OUT_OF_RANGE = QT_TRANSLATE_NOOP(
    "errors", "{date} is outside the dates Trefpuntje works with ({first} to {last}). "
              "Check the date, or the computer's clock.")


def whole(value: object) -> bool:
    """A whole number as Python has it (a bool is not one, though Python says it is an int)."""
    return isinstance(value, int) and not isinstance(value, bool)


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


def within_calendar(*names: str) -> Callable[[F], F]:
    """A service decorator: the keyword arguments ``names`` (moments, days or years)
    must lie within the years Trefpuntje works with, or the call is refused in words
    before it starts (a year 9999 would overflow a date sum, year 1 a time zone)."""

    def wrap(function: F) -> F:
        @functools.wraps(function)
        def checked(*args: Any, **kwargs: Any) -> Any:
            for name in names:
                value = kwargs.get(name)
                year = value if isinstance(value, int) and not isinstance(value, bool) else getattr(value, "year", None)
                if year is not None and not FIRST_YEAR <= year <= LAST_YEAR:
                    raise InvalidInput(OUT_OF_RANGE, date=str(value)[:10], first=FIRST_YEAR, last=LAST_YEAR)
            return function(*args, **kwargs)

        return checked  # type: ignore[return-value]

    return wrap
