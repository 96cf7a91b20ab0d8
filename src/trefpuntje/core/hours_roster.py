"""Volunteer tasks and the weekly roster: shifts with places, who is on them, a
volunteer's next shifts and the open shifts they can sign up for.

Coordinators (and staff) plan shifts and put volunteers on them; a volunteer signs up
for an open shift at the kiosk after scanning their card. Places are respected here
and in the database: each volunteer on a shift holds a numbered place (1..places, the
lowest free one), and a place is held once (``one_volunteer_per_place``), so two
terminals cannot both take the last one. Every function works inside the caller's
write transaction and raises a domain error before anything is added.

Public screens get ``ShiftView`` without names (``volunteers`` is empty); only
``week_roster``, for staff screens, lists the first names of who is on each shift.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, func, select

from trefpuntje.core.checks import within_calendar
from trefpuntje.core.activities import LOCAL, local_moment
from trefpuntje.core.audit import record_staff
from trefpuntje.core.errors import InvalidInput, NotAllowed, NotFound
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.members import get_member, roles_of
from trefpuntje.core.models import Member, Role, Shift, ShiftAssignment, VolunteerTask
# The tasks live in hours_tasks; they are named here too, where the roster's users look.
from trefpuntje.core.hours_tasks import (MAX_TASK_NAME, TASK_PICTOGRAMS, TaskView, add_task, get_task,  # noqa: F401
                                         list_tasks, live_task, rename_task, retire_task)

MAX_NOTE = 120
MAX_PLACES = 50
MAX_SHIFT = timedelta(hours=16)
EARLY = timedelta(minutes=30)  # a shift is "now" from this long before its start until its end
GIVING_ROLES = (Role.VOLUNTEER.value, Role.COOK.value)
REVIEWING_ROLES = (Role.STAFF.value, Role.COORDINATOR.value)


# --- who may do what --------------------------------------------------------------------------------------------


def check_volunteer(session: Session, member_id: uuid.UUID) -> Member:
    """The member, when they may give hours (the volunteer or cook role)."""
    if not set(roles_of(session, member_id)) & set(GIVING_ROLES):
        get_member(session, member_id)  # NotFound first, for an id that names nobody
        raise NotAllowed(QT_TRANSLATE_NOOP(
            "errors", "Hours are for volunteers and cooks. Ask a coordinator to add you as a volunteer."))
    return get_member(session, member_id)


def check_reviewer(session: Session, member_id: uuid.UUID) -> Member:
    """The member, when they may plan, approve and correct (staff or coordinator)."""
    member = get_member(session, member_id)
    if not set(roles_of(session, member.id)) & set(REVIEWING_ROLES):
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Only a coordinator or staff member can do this."))
    return member


# --- shifts -----------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Volunteer:
    id: uuid.UUID
    first_name: str


@dataclass(frozen=True)
class ShiftView:
    id: uuid.UUID
    task_id: uuid.UUID
    task_name: str
    pictogram: str
    starts_at: datetime
    ends_at: datetime
    places: int
    taken: int
    note: str
    cancelled: bool
    mine: bool = False  # the member asked about is on it
    volunteers: tuple[Volunteer, ...] = ()  # only from week_roster (staff screens)

    @property
    def places_left(self) -> int:
        return max(self.places - self.taken, 0)


def _views(session: Session, shifts: Sequence[Shift], *, member_id: uuid.UUID | None = None,
           names: bool = False) -> list[ShiftView]:
    if not shifts:
        return []
    ids = [s.id for s in shifts]
    tasks = {t.id: t for t in session.exec(select(VolunteerTask).where(
        col(VolunteerTask.id).in_({s.task_id for s in shifts}))).all()}
    on: dict[uuid.UUID, list[Volunteer]] = {}
    rows = session.exec(select(ShiftAssignment.shift_id, Member.id, Member.first_name)
                        .join(Member, Member.id == ShiftAssignment.member_id)
                        .where(col(ShiftAssignment.shift_id).in_(ids))
                        .order_by(col(ShiftAssignment.seat_no))).all()
    for shift_id, mid, first_name in rows:
        on.setdefault(shift_id, []).append(Volunteer(mid, first_name))
    return [ShiftView(s.id, s.task_id, tasks[s.task_id].name, tasks[s.task_id].pictogram, s.starts_at, s.ends_at,
                      s.places, len(on.get(s.id, [])), s.note, s.cancelled,
                      member_id is not None and any(v.id == member_id for v in on.get(s.id, [])),
                      tuple(on.get(s.id, [])) if names else ())
            for s in shifts]


def get_shift(session: Session, shift_id: uuid.UUID, *, lock: bool = False) -> Shift:
    """``lock`` holds the row for this transaction (PostgreSQL; SQLite's BEGIN IMMEDIATE
    already serialises writers), so places are counted and taken one terminal at a time."""
    query = select(Shift).where(Shift.id == shift_id)
    shift = session.exec(query.with_for_update() if lock else query).first()
    if shift is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This shift no longer exists."))
    return shift


def shift_view(session: Session, shift_id: uuid.UUID, *, names: bool = False) -> ShiftView:
    return _views(session, [get_shift(session, shift_id)], names=names)[0]


def _check_times(starts_at: datetime, ends_at: datetime) -> None:
    if ends_at <= starts_at:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A shift ends after it starts."))
    if ends_at - starts_at > MAX_SHIFT:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A shift lasts at most {limit} hours."),
                           limit=MAX_SHIFT // timedelta(hours=1))


def _check_places(places: int) -> None:
    if not isinstance(places, int) or isinstance(places, bool) or not 1 <= places <= MAX_PLACES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A shift has between 1 and {limit} places."), limit=MAX_PLACES)


def _check_note(note: str) -> str:
    note = " ".join(note.split())
    if len(note) > MAX_NOTE:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A note is at most {limit} characters."), limit=MAX_NOTE)
    return note


@within_calendar("starts_at", "ends_at", "now")
def plan_shift(session: Session, *, task_id: uuid.UUID, starts_at: datetime, ends_at: datetime, places: int = 1,
               volunteer_ids: Iterable[uuid.UUID] = (), planned_by_id: uuid.UUID | None = None, note: str = "",
               now: datetime) -> ShiftView:
    """A shift on the roster, with the volunteers already on it (at most ``places``)."""
    live_task(session, task_id)
    _check_times(starts_at, ends_at)
    _check_places(places)
    volunteers = list(dict.fromkeys(volunteer_ids))
    if len(volunteers) > places:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "More volunteers than places: this shift has {places}."),
                           places=places)
    if planned_by_id is not None:
        check_reviewer(session, planned_by_id)
    shift = _plan(session, task_id, starts_at, ends_at, places, volunteers, planned_by_id, _check_note(note), now)
    record_staff(session, actor_id=planned_by_id, action="roster.plan", subject=shift.id, details={"places": places})
    return _views(session, [shift], names=True)[0]


def _plan(session: Session, task_id: uuid.UUID, starts_at: datetime, ends_at: datetime, places: int,
          volunteers: list[uuid.UUID], planned_by_id: uuid.UUID | None, note: str, now: datetime) -> Shift:
    shift = Shift(task_id=task_id, starts_at=starts_at, ends_at=ends_at, places=places, note=note,
                  planned_by_id=planned_by_id, created_at=now)
    session.add(shift)
    session.flush()
    for member_id in volunteers:
        _take_place(session, shift, member_id, planned_by_id, now)
    return shift


def change_shift(session: Session, *, shift_id: uuid.UUID, starts_at: datetime | None = None,
                 ends_at: datetime | None = None, places: int | None = None, note: str | None = None) -> ShiftView:
    """Move a shift, change its places (never below who is on it) or its note."""
    shift = get_shift(session, shift_id, lock=True)
    starts_at, ends_at = starts_at or shift.starts_at, ends_at or shift.ends_at
    _check_times(starts_at, ends_at)
    holders = list(session.exec(select(ShiftAssignment).where(ShiftAssignment.shift_id == shift.id)
                                .order_by(col(ShiftAssignment.seat_no))).all())
    if places is not None:
        _check_places(places)
        if places < len(holders):
            raise NotAllowed(QT_TRANSLATE_NOOP("errors", "{count} volunteers are on this shift; take someone off first."),
                             count=len(holders))
        for number, holder in enumerate(holders, start=1):  # close the gaps, lowest first: no place is held twice
            if holder.seat_no != number:
                holder.seat_no = number
                session.add(holder)
                session.flush()
        shift.places = places
    for holder in holders:
        _refuse_double_booking(session, holder.member_id, starts_at, ends_at, shift.id)
    shift.starts_at, shift.ends_at = starts_at, ends_at
    if note is not None:
        shift.note = _check_note(note)
    session.add(shift)
    session.flush()
    return _views(session, [shift], names=True)[0]


def cancel_shift(session: Session, *, shift_id: uuid.UUID, done_by_id: uuid.UUID | None = None) -> ShiftView:
    """Cancel a shift; who was on it stays visible on the roster as cancelled."""
    if done_by_id is not None:
        check_reviewer(session, done_by_id)
    shift = get_shift(session, shift_id, lock=True)
    shift.cancelled = True
    session.add(shift)
    session.flush()
    record_staff(session, actor_id=done_by_id, action="roster.cancel", subject=shift.id)
    return _views(session, [shift], names=True)[0]


def _refuse_double_booking(session: Session, member_id: uuid.UUID, starts_at: datetime, ends_at: datetime,
                           shift_id: uuid.UUID) -> None:
    clash = session.exec(select(Shift).join(ShiftAssignment, ShiftAssignment.shift_id == Shift.id)
                         .where(ShiftAssignment.member_id == member_id, Shift.id != shift_id,
                                col(Shift.cancelled).is_(False), Shift.starts_at < ends_at,
                                Shift.ends_at > starts_at)).first()
    if clash is not None:
        member = get_member(session, member_id)
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "{name} is already on another shift at that time."),
                         name=member.first_name)


def _take_place(session: Session, shift: Shift, member_id: uuid.UUID, assigned_by_id: uuid.UUID | None,
                now: datetime) -> None:
    member = check_volunteer(session, member_id)
    if shift.cancelled:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This shift has been cancelled."))
    holders = dict(session.exec(select(ShiftAssignment.member_id, ShiftAssignment.seat_no)
                                .where(ShiftAssignment.shift_id == shift.id)).all())
    if member.id in holders:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "{name} is already on this shift."), name=member.first_name)
    free = next((n for n in range(1, shift.places + 1) if n not in holders.values()), None)
    if free is None:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This shift is full."))
    _refuse_double_booking(session, member.id, shift.starts_at, shift.ends_at, shift.id)
    session.add(ShiftAssignment(shift_id=shift.id, member_id=member.id, seat_no=free, assigned_at=now,
                                assigned_by_id=assigned_by_id))
    try:
        session.flush()
    except IntegrityError:  # another terminal took the same place a moment ago
        raise NotAllowed(QT_TRANSLATE_NOOP(
            "errors", "Someone took this place at the same moment. Nothing was saved; please try again.")) from None


def assign_volunteer(session: Session, *, shift_id: uuid.UUID, member_id: uuid.UUID,
                     assigned_by_id: uuid.UUID | None = None, now: datetime) -> ShiftView:
    """A coordinator puts a volunteer on a shift (past shifts too: filling in the roster)."""
    if assigned_by_id is not None:
        check_reviewer(session, assigned_by_id)
    shift = get_shift(session, shift_id, lock=True)
    _take_place(session, shift, member_id, assigned_by_id, now)
    record_staff(session, actor_id=assigned_by_id, action="roster.assign", subject=shift.id,
                 details={"member": member_id})
    return _views(session, [shift], names=True)[0]


def unassign_volunteer(session: Session, *, shift_id: uuid.UUID, member_id: uuid.UUID) -> ShiftView:
    shift = get_shift(session, shift_id, lock=True)
    held = session.get(ShiftAssignment, (shift.id, member_id))
    if held is None:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This volunteer is not on this shift."))
    session.delete(held)
    session.flush()
    return _views(session, [shift], names=True)[0]


@within_calendar("now")
def sign_up_for_shift(session: Session, *, shift_id: uuid.UUID, member_id: uuid.UUID, now: datetime) -> ShiftView:
    """A volunteer takes an open place on a shift that has not started yet."""
    shift = get_shift(session, shift_id, lock=True)
    if shift.starts_at <= now:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This shift has already started."))
    _take_place(session, shift, member_id, member_id, now)
    return _views(session, [shift], member_id=member_id)[0]


def leave_shift(session: Session, *, shift_id: uuid.UUID, member_id: uuid.UUID, now: datetime) -> ShiftView:
    """A volunteer takes themselves off a shift that has not started yet."""
    shift = get_shift(session, shift_id, lock=True)
    if shift.starts_at <= now:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This shift has already started. Tell a coordinator instead."))
    unassign_volunteer(session, shift_id=shift_id, member_id=member_id)
    return _views(session, [shift], member_id=member_id)[0]


def copy_week(session: Session, *, from_monday: date, to_monday: date, planned_by_id: uuid.UUID | None = None,
              now: datetime) -> int:
    """Plan the week of ``to_monday`` like the week of ``from_monday``: the same shifts at
    the same wall-clock times, with the same volunteers. Shifts already planned there
    (same task, same start) are left alone. Returns how many shifts were added."""
    if planned_by_id is not None:
        check_reviewer(session, planned_by_id)
    offset = timedelta(days=(to_monday - from_monday).days)
    there = {(s.task_id, s.starts_at) for s in week_roster(session, monday=to_monday) if not s.cancelled}
    added = 0
    for view in week_roster(session, monday=from_monday):
        if view.cancelled or not _task_live(session, view.task_id):
            continue
        local_start, local_end = view.starts_at.astimezone(LOCAL), view.ends_at.astimezone(LOCAL)
        starts_at = local_moment(local_start.date() + offset, local_start.time())
        ends_at = local_moment(local_end.date() + offset, local_end.time())
        if (view.task_id, starts_at) in there:
            continue
        _plan(session, view.task_id, starts_at, ends_at, view.places,
              [v.id for v in view.volunteers if _gives(session, v.id)], planned_by_id, view.note, now)
        added += 1
    record_staff(session, actor_id=planned_by_id, action="roster.copy_week", details={"to": to_monday, "added": added})
    return added


def _gives(session: Session, member_id: uuid.UUID) -> bool:
    return bool(set(roles_of(session, member_id)) & set(GIVING_ROLES))


def _task_live(session: Session, task_id: uuid.UUID) -> bool:
    return get_task(session, task_id).retired_at is None


def shifts_between(session: Session, *, begin: datetime, end: datetime, names: bool = False,
                   member_id: uuid.UUID | None = None) -> list[ShiftView]:
    shifts = session.exec(select(Shift).where(Shift.starts_at < end, Shift.ends_at > begin)
                          .order_by(col(Shift.starts_at), col(Shift.id))).all()
    return _views(session, shifts, names=names, member_id=member_id)


@within_calendar("monday")
def week_roster(session: Session, *, monday: date) -> list[ShiftView]:
    """Every shift of the week from ``monday`` (cancelled ones too), with who is on it.
    For staff screens only: it names volunteers."""
    begin = local_moment(monday, time(0))
    return shifts_between(session, begin=begin, end=local_moment(monday + timedelta(days=7), time(0)), names=True)


@within_calendar("now")
def next_shifts(session: Session, *, member_id: uuid.UUID, now: datetime, limit: int = 5) -> list[ShiftView]:
    """The member's shifts that have not ended, soonest first (no names: for the kiosk)."""
    shifts = session.exec(select(Shift).join(ShiftAssignment, ShiftAssignment.shift_id == Shift.id)
                          .where(ShiftAssignment.member_id == member_id, Shift.ends_at > now,
                                 col(Shift.cancelled).is_(False))
                          .order_by(col(Shift.starts_at)).limit(limit)).all()
    return _views(session, shifts, member_id=member_id)


def shifts_now(session: Session, *, member_id: uuid.UUID, now: datetime) -> list[ShiftView]:
    """The member's shifts running now, or starting within half an hour."""
    return [s for s in next_shifts(session, member_id=member_id, now=now, limit=10) if s.starts_at - EARLY <= now]


@within_calendar("now")
def open_shifts(session: Session, *, now: datetime, days: int = 14, member_id: uuid.UUID | None = None,
                limit: int = 20) -> list[ShiftView]:
    """Shifts that have not started, with a place left, within ``days``; with
    ``member_id``, without the ones they are on or that clash with theirs."""
    views = [v for v in shifts_between(session, begin=now, end=now + timedelta(days=days), member_id=member_id)
             if not v.cancelled and v.starts_at > now and v.places_left > 0 and not v.mine]
    if member_id is not None:
        mine = next_shifts(session, member_id=member_id, now=now, limit=50)
        views = [v for v in views if not any(m.starts_at < v.ends_at and v.starts_at < m.ends_at for m in mine)]
    return views[:limit]
