"""Activities: what happens at 't Trefpuntje, weekly or once."""

from __future__ import annotations

import uuid
from datetime import date, time

from sqlmodel import Session, col, select

from trefpuntje.core.errors import InvalidInput
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.models import Activity, Recurrence

TITLE_MAX = 80


def create_activity(
    session: Session,
    *,
    title: str,
    starts_on: date,
    start_time: time,
    duration_minutes: int,
    recurrence: Recurrence = Recurrence.WEEKLY,
    pictogram: str = "calendar",
    location: str = "",
    leader_id: uuid.UUID | None = None,
    capacity: int | None = None,
    signup_required: bool = True,
    ends_on: date | None = None,
) -> Activity:
    title = " ".join(title.split())
    if not title:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "An activity needs a title."))
    if len(title) > TITLE_MAX:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A title can be at most {limit} characters."), limit=TITLE_MAX)
    if capacity is not None and capacity < 1:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The number of places must be at least 1, or no limit."))
    if duration_minutes < 1:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "An activity lasts at least one minute."))
    if ends_on is not None and ends_on < starts_on:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "An activity cannot end before it starts."))
    activity = Activity(
        title=title,
        pictogram=pictogram,
        location=location.strip(),
        leader_id=leader_id,
        capacity=capacity,
        signup_required=signup_required,
        recurrence=recurrence.value,
        starts_on=starts_on,
        ends_on=ends_on,
        start_time=start_time,
        duration_minutes=duration_minutes,
    )
    session.add(activity)
    session.flush()
    return activity


def list_activities(session: Session, *, active_only: bool = True) -> list[Activity]:
    query = select(Activity).order_by(col(Activity.starts_on), col(Activity.start_time))
    if active_only:
        query = query.where(col(Activity.active).is_(True))
    return list(session.exec(query).all())
