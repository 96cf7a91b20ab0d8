"""Activities and their dated occurrences, with the seats that cap them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, delete, func, or_, select

from trefpuntje.core.audit import record
from trefpuntje.core.checks import check_day, check_moment, check_pictogram, one_line
from trefpuntje.core.errors import InvalidInput, NotFound
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.members import get_member
from trefpuntje.core.models import Activity, Member, Occurrence, OccurrenceSeat, Recurrence, SignUp, SignUpStatus
from trefpuntje.core.permissions import require

LOCAL = ZoneInfo("Europe/Amsterdam")
TITLE_MAX = 80
LOCATION_MAX = 80
PLACES_MAX = 500  # as the activity form offers: every place is a row (a seat) per session
MINUTES_MAX = 12 * 60


def local_moment(day: date, at: time) -> datetime:
    """A wall-clock time in Nijmegen as an aware UTC moment (summer time included)."""
    return datetime.combine(check_day(day), at, tzinfo=LOCAL).astimezone(UTC)


def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def parse_iso_week(text: str) -> date:
    """'2026-W49' -> the Monday of that ISO week."""
    try:
        year, week = text.upper().split("-W")
        monday = date.fromisocalendar(int(year), int(week), 1)
    except ValueError:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{text} is not a week; write it like 2026-W49."), text=text) from None
    return check_day(monday)


def _check_details(title: str, capacity: int | None, duration_minutes: int) -> str:
    title = one_line(title)
    if not title:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "An activity needs a title."))
    if len(title) > TITLE_MAX:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A title can be at most {limit} characters."), limit=TITLE_MAX)
    _check_places(capacity)
    if duration_minutes < 1:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "An activity lasts at least one minute."))
    if duration_minutes > MINUTES_MAX:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "An activity lasts at most {limit} minutes."), limit=MINUTES_MAX)
    return title


def _check_places(capacity: int | None) -> None:
    if capacity is not None and capacity < 1:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The number of places must be at least 1, or no limit."))
    if capacity is not None and capacity > PLACES_MAX:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The number of places can be at most {limit}, or no limit."),
                           limit=PLACES_MAX)


def _check_where(session: Session, location: str, pictogram: str, leader_id: uuid.UUID | None) -> str:
    """The place as one line, a pictogram's name and a leader who exists."""
    location = one_line(location)
    if len(location) > LOCATION_MAX:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A place can be at most {limit} characters."), limit=LOCATION_MAX)
    check_pictogram(pictogram)
    if leader_id is not None:
        get_member(session, leader_id)
    return location


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
    today: date | None = None,
    done_by_id: uuid.UUID | None = None,
) -> Activity:
    """Plan an activity. ``done_by_id``: who plans it in staff mode (None: the command
    line or demo data); they need ``activities.plan``, and the audit log records it."""
    if done_by_id is not None:
        require(session, done_by_id, "activities.plan")
    title = _check_details(title, capacity, duration_minutes)
    location = _check_where(session, location, pictogram, leader_id)
    for day in (starts_on, ends_on, today):
        if day is not None:
            check_day(day)
    if ends_on is not None and ends_on < starts_on:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "An activity cannot end before it starts."))
    if today is not None and recurrence == Recurrence.ONCE and starts_on < today:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "That date has passed. Choose today or a later day."))
    activity = Activity(
        title=title, pictogram=pictogram, location=location, leader_id=leader_id, capacity=capacity,
        signup_required=signup_required, recurrence=recurrence.value, starts_on=starts_on,
        ends_on=starts_on if recurrence == Recurrence.ONCE else ends_on, start_time=start_time,
        duration_minutes=duration_minutes,
    )
    session.add(activity)
    session.flush()
    if done_by_id is not None:
        record(session, actor_id=done_by_id, action="activity.create", subject=activity.id)
    return activity


def list_activities(session: Session, *, active_only: bool = True) -> list[Activity]:
    query = select(Activity).order_by(col(Activity.starts_on), col(Activity.start_time))
    if active_only:
        query = query.where(col(Activity.active).is_(True))
    return list(session.exec(query).all())


def get_activity(session: Session, activity_id: uuid.UUID) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This activity no longer exists."))
    return activity


def get_occurrence(session: Session, occurrence_id: uuid.UUID, *, lock: bool = False) -> Occurrence:
    """``lock`` holds the row for this transaction (PostgreSQL; SQLite's BEGIN IMMEDIATE
    already serialises writers), so places are counted and changed one terminal at a time."""
    query = select(Occurrence).where(Occurrence.id == occurrence_id)
    occurrence = session.exec(query.with_for_update() if lock else query).first()
    if occurrence is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This activity no longer exists."))
    return occurrence


def _dates(activity: Activity, first: date, last: date) -> list[date]:
    last = min(last, activity.ends_on) if activity.ends_on else last
    if activity.recurrence == Recurrence.ONCE:
        return [activity.starts_on] if first <= activity.starts_on <= last else []
    day = max(first, activity.starts_on)
    day += timedelta(days=(activity.starts_on.weekday() - day.weekday()) % 7)
    days = []
    while day <= last:
        days.append(day)
        day += timedelta(days=7)
    return days


def ensure_occurrences(session: Session, *, first: date, last: date) -> None:
    """Make the occurrences of every active activity from ``first`` to ``last`` (local
    dates, inclusive) that do not exist yet, each with its seats."""
    check_day(first), check_day(last)
    begin, end = local_moment(first, time(0)), local_moment(last + timedelta(days=1), time(0))
    existing = set(session.exec(
        select(Occurrence.activity_id, Occurrence.starts_at).where(Occurrence.starts_at >= begin, Occurrence.starts_at < end)
    ).all())
    running = session.exec(select(Activity).where(
        col(Activity.active).is_(True), Activity.starts_on <= last,
        or_(col(Activity.ends_on).is_(None), col(Activity.ends_on) >= first))).all()
    for activity in running:
        for day in _dates(activity, first, last):
            starts = local_moment(day, activity.start_time)
            if (activity.id, starts) in existing:
                continue
            occurrence = Occurrence(activity_id=activity.id, starts_at=starts,
                                    ends_at=starts + timedelta(minutes=activity.duration_minutes),
                                    capacity=activity.capacity)
            try:
                with session.begin_nested():
                    session.add(occurrence)
                    session.flush()
                    _add_seats(session, occurrence.id, 1, activity.capacity or 0)
            except IntegrityError:
                continue  # another terminal made it a moment ago


def _add_seats(session: Session, occurrence_id: uuid.UUID, first: int, last: int) -> None:
    session.add_all(OccurrenceSeat(occurrence_id=occurrence_id, seat_no=n) for n in range(first, last + 1))
    session.flush()


@dataclass(frozen=True)
class OccurrenceView:
    """An occurrence as kiosk and paper show it: no personal data but the leader's first name."""

    id: uuid.UUID
    activity_id: uuid.UUID
    title: str
    pictogram: str
    location: str
    leader: str | None
    starts_at: datetime
    ends_at: datetime
    capacity: int | None
    confirmed: int
    waiting: int
    cancelled: bool
    signup_required: bool

    @property
    def places_left(self) -> int | None:
        return None if self.capacity is None else max(0, self.capacity - self.confirmed)

    @property
    def full(self) -> bool:
        return self.capacity is not None and self.confirmed >= self.capacity


def occurrences_between(session: Session, *, begin: datetime, end: datetime) -> list[OccurrenceView]:
    check_moment(begin), check_moment(end)
    count_rows = session.exec(
        select(SignUp.occurrence_id, SignUp.status, func.count())  # type: ignore[call-overload]
        .join(Occurrence, Occurrence.id == SignUp.occurrence_id)
        .where(Occurrence.starts_at >= begin, Occurrence.starts_at < end)
        .group_by(SignUp.occurrence_id, SignUp.status)
    ).all()
    counts = {(occurrence_id, status): n for occurrence_id, status, n in count_rows}
    rows = session.exec(
        select(Occurrence, Activity, Member.first_name)
        .join(Activity, Activity.id == Occurrence.activity_id)
        .join(Member, Member.id == Activity.leader_id, isouter=True)
        .where(Occurrence.starts_at >= begin, Occurrence.starts_at < end)
        .order_by(Occurrence.starts_at, Activity.title)
    ).all()
    return [
        OccurrenceView(o.id, a.id, a.title, a.pictogram, a.location, leader, o.starts_at, o.ends_at, o.capacity,
                       counts.get((o.id, SignUpStatus.CONFIRMED.value), 0), counts.get((o.id, SignUpStatus.WAITING.value), 0),
                       o.cancelled, a.signup_required)
        for o, a, leader in rows
    ]


def week(session: Session, *, monday: date) -> list[OccurrenceView]:
    """The week's occurrences (made when missing), in time order."""
    check_day(monday)
    ensure_occurrences(session, first=monday, last=monday + timedelta(days=6))
    return occurrences_between(session, begin=local_moment(monday, time(0)),
                               end=local_moment(monday + timedelta(days=7), time(0)))


def view_of(session: Session, occurrence_id: uuid.UUID) -> OccurrenceView:
    occurrence = get_occurrence(session, occurrence_id)
    [view] = [v for v in occurrences_between(session, begin=occurrence.starts_at,
                                             end=occurrence.starts_at + timedelta(seconds=1)) if v.id == occurrence_id]
    return view


def _refuse_if_over(occurrence: Occurrence, now: datetime | None) -> None:
    if now is not None and occurrence.ends_at <= now:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "This session is over; it can no longer be changed."))


def cancel_occurrence(session: Session, *, occurrence_id: uuid.UUID, now: datetime | None = None,
                      done_by_id: uuid.UUID | None = None) -> None:
    """Cancel one session; the people signed up see it at the kiosk."""
    if done_by_id is not None:
        require(session, done_by_id, "activities.plan")
    if now is not None:
        check_moment(now)
    occurrence = get_occurrence(session, occurrence_id, lock=True)
    _refuse_if_over(occurrence, now)
    occurrence.cancelled = True
    session.add(occurrence)
    if done_by_id is not None:
        record(session, actor_id=done_by_id, action="occurrence.cancel", subject=occurrence.id)


def set_capacity(session: Session, *, occurrence_id: uuid.UUID, capacity: int | None, now: datetime,
                 done_by_id: uuid.UUID | None = None) -> None:
    """Change the places of one occurrence: more places let the waiting list move up;
    fewer than the people already confirmed are refused."""
    from trefpuntje.core.signups import promote_waiting  # the two modules lean on each other here

    if done_by_id is not None:
        require(session, done_by_id, "activities.plan")
    check_moment(now)
    occurrence = get_occurrence(session, occurrence_id, lock=True)
    _refuse_if_over(occurrence, now)
    _check_places(capacity)
    holders = session.exec(select(SignUp).where(SignUp.occurrence_id == occurrence_id,
                                                SignUp.status == SignUpStatus.CONFIRMED.value)).all()
    if capacity is not None and len(holders) > capacity:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{count} people have already signed up; the places cannot go below that."),
            count=len(holders),
        )
    old = occurrence.capacity or 0
    if capacity is None:
        for holder in holders:
            holder.seat_no = None
            session.add(holder)
        session.flush()
        session.exec(delete(OccurrenceSeat).where(OccurrenceSeat.occurrence_id == occurrence_id))  # type: ignore[call-overload]
    elif capacity < old:
        # Move people in seats above the new limit down into free seats, then remove the top seats.
        free = iter(sorted(set(range(1, capacity + 1)) - {h.seat_no for h in holders}))
        for holder in holders:
            if holder.seat_no is None or holder.seat_no > capacity:
                holder.seat_no = next(free)
                session.add(holder)
        session.flush()
        session.exec(delete(OccurrenceSeat).where(OccurrenceSeat.occurrence_id == occurrence_id,  # type: ignore[call-overload]
                                                  OccurrenceSeat.seat_no > capacity))
    else:  # more places, or a limit where there was none
        _add_seats(session, occurrence_id, old + 1, capacity)
        if occurrence.capacity is None:
            for seat_no, holder in enumerate(holders, start=1):
                holder.seat_no = seat_no
                session.add(holder)
    occurrence.capacity = capacity
    session.add(occurrence)
    session.flush()
    promote_waiting(session, occurrence_id=occurrence_id, now=now)
    if done_by_id is not None:
        record(session, actor_id=done_by_id, action="occurrence.places", subject=occurrence_id,
               details={"before": old or None, "after": capacity})


@dataclass(frozen=True)
class ActivityEdit:
    """What staff may change of an activity that runs; the time stays (plan a new
    activity for a new time, so nobody's sign-up silently moves)."""

    title: str
    pictogram: str
    location: str
    leader_id: uuid.UUID | None
    capacity: int | None
    signup_required: bool


def activity_edit(session: Session, activity_id: uuid.UUID) -> ActivityEdit:
    a = get_activity(session, activity_id)
    return ActivityEdit(a.title, a.pictogram, a.location, a.leader_id, a.capacity, a.signup_required)


def update_activity(session: Session, *, activity_id: uuid.UUID, now: datetime, changes: ActivityEdit,
                    done_by_id: uuid.UUID | None = None) -> Activity:
    """Edit an activity; a new capacity applies to every occurrence still ahead (refused
    where more people already signed up than the new number). One audit entry covers it all."""
    if done_by_id is not None:
        require(session, done_by_id, "activities.plan")
    check_moment(now)
    activity = get_activity(session, activity_id)
    title = _check_details(changes.title, changes.capacity, activity.duration_minutes)
    location = _check_where(session, changes.location, changes.pictogram, changes.leader_id)
    activity.title, activity.pictogram, activity.location = title, changes.pictogram, location
    activity.leader_id, activity.signup_required = changes.leader_id, changes.signup_required
    if changes.capacity != activity.capacity:
        ahead = session.exec(select(Occurrence).where(Occurrence.activity_id == activity_id, Occurrence.starts_at > now)).all()
        for occurrence in ahead:
            set_capacity(session, occurrence_id=occurrence.id, capacity=changes.capacity, now=now)
        activity.capacity = changes.capacity
    session.add(activity)
    session.flush()
    if done_by_id is not None:
        record(session, actor_id=done_by_id, action="activity.change", subject=activity.id)
    return activity
