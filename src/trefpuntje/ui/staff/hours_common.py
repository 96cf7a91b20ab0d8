"""What the coordinator's volunteer-hours panels share: how a day, a stretch of hours
and a task read on screen, and one way to try a change that the service may refuse
(its message goes to the screen's message line; nothing of it is saved)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication

from trefpuntje.core.activities import LOCAL
from trefpuntje.core.errors import DomainError
from trefpuntje.core.hours_reports import hours_text
from trefpuntje.db.engine import Database
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text, error_text

if TYPE_CHECKING:
    from sqlmodel import Session

T = TypeVar("T")

HOURS = QT_TRANSLATE_NOOP("HoursAdmin", "{hours} hours")
PICTOGRAM_NAMES = {  # what a screen reader says for a task's pictogram button
    "coffee": QT_TRANSLATE_NOOP("HoursAdmin", "coffee"), "shop": QT_TRANSLATE_NOOP("HoursAdmin", "shop"),
    "activities": QT_TRANSLATE_NOOP("HoursAdmin", "activities"),
    "exercise": QT_TRANSLATE_NOOP("HoursAdmin", "exercise"), "meals": QT_TRANSLATE_NOOP("HoursAdmin", "meals"),
    "soup": QT_TRANSLATE_NOOP("HoursAdmin", "soup"), "soap": QT_TRANSLATE_NOOP("HoursAdmin", "cleaning"),
    "sewing": QT_TRANSLATE_NOOP("HoursAdmin", "sewing"),
    "day_activities": QT_TRANSLATE_NOOP("HoursAdmin", "day activities"),
    "gift": QT_TRANSLATE_NOOP("HoursAdmin", "gift"), "office": QT_TRANSLATE_NOOP("HoursAdmin", "office"),
    "till": QT_TRANSLATE_NOOP("HoursAdmin", "till"), "volunteers": QT_TRANSLATE_NOOP("HoursAdmin", "volunteers"),
}


class Say(Protocol):
    """The screen's message line: what happened, or (``problem``) what was refused."""

    def __call__(self, text: Text | str, *, problem: bool = False, **params: Any) -> None: ...


def local(moment: datetime) -> datetime:
    return moment.astimezone(LOCAL)


def day_text(moment: datetime | date, pattern: str = "ddd d MMM") -> str:
    """The day (of a moment: in Nijmegen), the way the language on screen writes it: "ma 30 nov"."""
    return QLocale().toString(local(moment).date() if isinstance(moment, datetime) else moment, pattern)


def ltr(text: str) -> str:
    """Times and counts keep their order in a right-to-left language ("09:30–12:30", "1/2")."""
    if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return f"\u2066{text}\u2069"
    return text


def span_text(start: datetime, end: datetime | None) -> str:
    """"09:30–12:30"; an end on another day names that day; no end yet: "09:30–…"."""
    begin = f"{local(start):%H:%M}"
    if end is None:
        return ltr(f"{begin}\u2013\u2026")
    stop = f"{local(end):%H:%M}"
    if local(end).date() != local(start).date():
        stop = f"{day_text(end)} {stop}"
    return ltr(f"{begin}\u2013{stop}")


def duration_text(minutes: int) -> str:
    return HOURS(hours=hours_text(minutes))


def attempt(database: Database, work: Callable[[Session], T], say: Say) -> tuple[bool, T | None]:
    """Run ``work`` in one write transaction. A refusal is said in words, and the
    transaction is rolled back whole: (False, None)."""
    try:
        with database.write() as session:
            return True, work(session)
    except DomainError as error:
        say(error_text(error), problem=True)
        return False, None


class SecondTap:
    """A change that cannot be undone from the screen (cancelling a shift, retiring a
    task) asks for a second tap on the same thing."""

    def __init__(self) -> None:
        self.armed: object | None = None

    def confirmed(self, key: object) -> bool:
        if key is not None and self.armed == key:
            self.armed = None
            return True
        self.armed = key
        return False

    def disarm(self) -> None:
        self.armed = None
