"""Whole documents from the database, for the command line and the office screen alike."""

from __future__ import annotations

from datetime import date

from sqlmodel import Session

from trefpuntje.core.activities import week
from trefpuntje.core.checkins import attendance
from trefpuntje.core.settings import get_setting
from trefpuntje.printing.schedule import participants_from_attendance, render_schedule


def week_schedule_pdf(session: Session, *, monday: date, staff: bool, language: str) -> bytes:
    """The printed week from ``monday``; ``staff`` adds the participants' first names.
    Needs a write session: the week's occurrences are made when missing."""
    occurrences = week(session, monday=monday)
    people = ({o.id: participants_from_attendance(attendance(session, occurrence_id=o.id)) for o in occurrences}
              if staff else None)
    return render_schedule(occurrences, monday, get_setting(session, "centre_name"), language, people)
