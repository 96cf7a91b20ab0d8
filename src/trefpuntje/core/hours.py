"""Volunteer hours: what a card scan means for a volunteer, clocking in and out,
forgotten clock-outs, and hours added afterwards.

A scan while clocked out offers the tasks to start (the volunteer's shift now first);
a scan while clocked in offers "stop". Hours added afterwards (cooking at home, say)
wait for a coordinator (``core/hours_review.py``). Every change to an entry is written
to the append-only ``hour_change`` history in the same transaction.

A forgotten clock-out (an entry still open from an earlier day, or open for more than
16 hours) is closed at the planned end of its shift; with no shift it is flagged for
the coordinator and counts nothing until corrected. It is never counted as the hours
until someone noticed. ``close_forgotten_clock_outs`` runs in the daily housekeeping,
and clocking in or out applies the same rule to that volunteer's own forgotten entry.

Every function works in the caller's write transaction (``Database.write()``) and
checks everything before it changes anything, so a refusal saves nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, func, select

from trefpuntje.core.checks import within_calendar
from trefpuntje.core.activities import LOCAL, local_moment
from trefpuntje.core.errors import InvalidInput, NotAllowed
from trefpuntje.core.hours_roster import (
    EARLY,
    ShiftView,
    check_reviewer,
    check_volunteer,
    list_tasks,
    live_task,
    next_shifts,
    open_shifts,
    shifts_now,
)
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.models import (
    ChangeAction,
    EntrySource,
    EntryStatus,
    HourChange,
    HourEntry,
    Member,
    Shift,
    ShiftAssignment,
    VolunteerTask,
)

MAX_ENTRY = timedelta(hours=16)
MAX_NOTE = 200
COUNTED = (EntryStatus.DONE.value,)
LIVE = (EntryStatus.OPEN.value, EntryStatus.PENDING.value, EntryStatus.DONE.value)  # hours that may not overlap


@dataclass(frozen=True)
class EntryView:
    id: uuid.UUID
    member_id: uuid.UUID
    first_name: str
    task_id: uuid.UUID
    task_name: str
    pictogram: str
    shift_id: uuid.UUID | None
    source: str  # EntrySource
    status: str  # EntryStatus
    started_at: datetime
    ended_at: datetime | None
    note: str

    @property
    def minutes(self) -> int | None:
        """Whole minutes from start to end; None while open or flagged."""
        return None if self.ended_at is None else minutes_between(self.started_at, self.ended_at)


def minutes_between(start: datetime, end: datetime) -> int:
    return int((end - start).total_seconds() // 60)


def stamp(moment: datetime) -> str:
    """A moment as Nijmegen wall-clock time for messages: 2026-11-30 09:30."""
    return f"{moment.astimezone(LOCAL):%Y-%m-%d %H:%M}"


def entry_views(session: Session, entries: list[HourEntry]) -> list[EntryView]:
    if not entries:
        return []
    tasks = {t.id: t for t in session.exec(select(VolunteerTask).where(
        col(VolunteerTask.id).in_({e.task_id for e in entries}))).all()}
    names = dict(session.exec(select(Member.id, Member.first_name).where(
        col(Member.id).in_({e.member_id for e in entries}))).all())
    return [EntryView(e.id, e.member_id, names[e.member_id], e.task_id, tasks[e.task_id].name,
                      tasks[e.task_id].pictogram, e.shift_id, e.source, e.status, e.started_at, e.ended_at, e.note)
            for e in entries]


def entry_view(session: Session, entry: HourEntry) -> EntryView:
    return entry_views(session, [entry])[0]


@dataclass(frozen=True)
class Snapshot:
    status: str
    task_id: uuid.UUID
    started_at: datetime
    ended_at: datetime | None


def snapshot(entry: HourEntry) -> Snapshot:
    return Snapshot(entry.status, entry.task_id, entry.started_at, entry.ended_at)


def log_change(session: Session, entry: HourEntry, action: ChangeAction, *, by_id: uuid.UUID | None, now: datetime,
               before: Snapshot | None = None, reason: str | None = None) -> None:
    """Write one row of the entry's history: what it was (``before``) and what it is now."""
    seq = (session.exec(select(func.max(HourChange.seq)).where(HourChange.entry_id == entry.id)).one() or 0) + 1
    session.add(HourChange(
        entry_id=entry.id, seq=seq, changed_at=now, changed_by_id=by_id, action=action.value,
        old_status=before.status if before else None, new_status=entry.status,
        old_task_id=before.task_id if before else None, new_task_id=entry.task_id,
        old_started_at=before.started_at if before else None, new_started_at=entry.started_at,
        old_ended_at=before.ended_at if before else None, new_ended_at=entry.ended_at, reason=reason))


def flush(session: Session) -> None:
    """Flush; a constraint that another terminal's write made fail becomes a message."""
    try:
        session.flush()
    except IntegrityError:
        raise NotAllowed(QT_TRANSLATE_NOOP(
            "errors", "Another terminal recorded hours at the same moment. Nothing was saved; please try again.")) from None


def check_span(started_at: datetime, ended_at: datetime, now: datetime) -> None:
    """The checks for hours given with a start and an end (added afterwards, or corrected)."""
    if ended_at < started_at:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The end is before the start. Nothing was saved."))
    if ended_at - started_at < timedelta(minutes=1):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Hours last at least one minute. Nothing was saved."))
    if ended_at - started_at > MAX_ENTRY:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "One entry is at most {limit} hours. Nothing was saved."),
                           limit=MAX_ENTRY // timedelta(hours=1))
    if ended_at > now:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Hours are added afterwards: this end is still ahead."))


def refuse_overlap(session: Session, *, member_id: uuid.UUID, started_at: datetime, ended_at: datetime | None,
                   now: datetime, except_id: uuid.UUID | None = None) -> None:
    """No two live entries of one volunteer cover the same minute (an open one runs until now)."""
    end = ended_at or now
    query = select(HourEntry).where(HourEntry.member_id == member_id, col(HourEntry.status).in_(LIVE),
                                    HourEntry.started_at < end)
    for other in session.exec(query).all():
        if other.id != except_id and (other.ended_at or max(now, other.started_at + timedelta(seconds=1))) > started_at:
            task = session.get(VolunteerTask, other.task_id)
            raise NotAllowed(QT_TRANSLATE_NOOP(
                "errors", "These hours overlap with {task} from {start} to {end}. Nothing was saved."),
                task=task.name if task else "?", start=stamp(other.started_at),
                end=stamp(other.ended_at) if other.ended_at else "…")


# --- a scan -----------------------------------------------------------------------------------------------------


class ScanOffer(StrEnum):
    START = "start"  # clocked out: which task?
    STOP = "stop"  # clocked in: stop?


@dataclass(frozen=True)
class TaskChoice:
    task_id: uuid.UUID
    name: str
    pictogram: str
    shift: ShiftView | None  # the volunteer's shift now for this task


@dataclass(frozen=True)
class HoursScan:
    member_id: uuid.UUID
    first_name: str
    offer: ScanOffer
    open_entry: EntryView | None  # what runs now (offer STOP)
    forgotten: EntryView | None  # still open from earlier: the rule closes or flags it at the next clocking
    tasks: tuple[TaskChoice, ...]  # offer START: the shift now first, then every task in use
    next_shifts: tuple[ShiftView, ...]
    open_shifts: tuple[ShiftView, ...]  # places they can sign up for


def open_entry(session: Session, member_id: uuid.UUID) -> HourEntry | None:
    return session.exec(select(HourEntry).where(HourEntry.member_id == member_id,
                                                HourEntry.status == EntryStatus.OPEN.value)).first()


def is_forgotten(entry: HourEntry, now: datetime) -> bool:
    """Open from an earlier day (Nijmegen time), or for longer than one entry may last."""
    return (entry.started_at.astimezone(LOCAL).date() < now.astimezone(LOCAL).date()
            or now - entry.started_at > MAX_ENTRY)


@within_calendar("now")
def hours_scan(session: Session, *, member_id: uuid.UUID, now: datetime) -> HoursScan:
    """What a card scan means for this volunteer now. Reads only; raises NotAllowed for
    a member who has no volunteer or cook role."""
    member = check_volunteer(session, member_id)
    running = open_entry(session, member.id)
    forgotten = running if running is not None and is_forgotten(running, now) else None
    if forgotten is not None:
        running = None
    choices: list[TaskChoice] = []
    if running is None:
        now_shifts = shifts_now(session, member_id=member.id, now=now)
        choices = [TaskChoice(s.task_id, s.task_name, s.pictogram, s) for s in now_shifts]
        choices += [TaskChoice(t.id, t.name, t.pictogram, None) for t in list_tasks(session)
                    if t.id not in {c.task_id for c in choices}]
    return HoursScan(member.id, member.first_name, ScanOffer.STOP if running else ScanOffer.START,
                     entry_view(session, running) if running else None,
                     entry_view(session, forgotten) if forgotten else None, tuple(choices),
                     tuple(next_shifts(session, member_id=member.id, now=now)),
                     tuple(open_shifts(session, now=now, member_id=member.id)))


# --- clocking ---------------------------------------------------------------------------------------------------


def _shift_for(session: Session, member_id: uuid.UUID, task_id: uuid.UUID, at: datetime) -> Shift | None:
    """The member's shift for this task that ``at`` falls in (from half an hour before)."""
    return session.exec(select(Shift).join(ShiftAssignment, ShiftAssignment.shift_id == Shift.id)
                        .where(ShiftAssignment.member_id == member_id, Shift.task_id == task_id,
                               col(Shift.cancelled).is_(False), Shift.starts_at <= at + EARLY, Shift.ends_at > at)
                        .order_by(col(Shift.starts_at))).first()


@within_calendar("now")
def clock_in(session: Session, *, member_id: uuid.UUID, task_id: uuid.UUID, now: datetime,
             shift_id: uuid.UUID | None = None) -> EntryView:
    """Start a task now. Linked to the volunteer's shift for it, when they have one now."""
    member = check_volunteer(session, member_id)
    task = live_task(session, task_id)
    _settle_forgotten(session, member.id, now)
    running = open_entry(session, member.id)
    if running is not None:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "You are already clocked in since {start}. Stop that first."),
                         start=stamp(running.started_at))
    shift = session.get(Shift, shift_id) if shift_id is not None else _shift_for(session, member.id, task.id, now)
    if shift_id is not None and (shift is None or shift.task_id != task.id):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "This shift is for another task."))
    refuse_overlap(session, member_id=member.id, started_at=now, ended_at=None, now=now)
    entry = HourEntry(member_id=member.id, task_id=task.id, shift_id=shift.id if shift else None,
                      source=EntrySource.CLOCK.value, status=EntryStatus.OPEN.value, started_at=now, created_at=now,
                      created_by_id=member.id)
    session.add(entry)
    flush(session)
    log_change(session, entry, ChangeAction.CLOCKED_IN, by_id=member.id, now=now)
    flush(session)
    return entry_view(session, entry)


@dataclass(frozen=True)
class ClockOut:
    entry: EntryView
    forgotten: bool  # it was a forgotten entry: closed at its shift's end, or flagged for the coordinator


@within_calendar("now")
def clock_out(session: Session, *, member_id: uuid.UUID, now: datetime) -> ClockOut:
    """Stop what runs. A forgotten entry (from an earlier day) is not stopped now: the
    forgotten clock-out rule closes or flags it, and ``forgotten`` says so."""
    member = check_volunteer(session, member_id)
    running = open_entry(session, member.id)
    if running is None:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "You are not clocked in, so there is nothing to stop."))
    if is_forgotten(running, now):
        _close_forgotten(session, running, now)
        return ClockOut(entry_view(session, running), True)
    if now <= running.started_at:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The stop is before the start. Check this terminal's clock."))
    before = snapshot(running)
    running.ended_at, running.status = now, EntryStatus.DONE.value
    session.add(running)
    flush(session)
    log_change(session, running, ChangeAction.CLOCKED_OUT, by_id=member.id, now=now, before=before)
    flush(session)
    return ClockOut(entry_view(session, running), False)


# --- forgotten clock-outs ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ForgottenSummary:
    closed_at_shift_end: tuple[EntryView, ...]
    flagged: tuple[EntryView, ...]  # for the coordinator: no shift said when they ended


def _close_forgotten(session: Session, entry: HourEntry, now: datetime) -> bool:
    """Close at the planned end of its shift (True), or flag it (False)."""
    shift = (session.get(Shift, entry.shift_id) if entry.shift_id is not None
             else _shift_for(session, entry.member_id, entry.task_id, entry.started_at))
    before = snapshot(entry)
    if shift is not None and entry.started_at < shift.ends_at <= entry.started_at + MAX_ENTRY:
        entry.ended_at, entry.status, entry.shift_id = shift.ends_at, EntryStatus.DONE.value, shift.id
        action = ChangeAction.AUTO_CLOSED
    else:
        entry.status = EntryStatus.FLAGGED.value
        action = ChangeAction.FLAGGED
    session.add(entry)
    flush(session)
    log_change(session, entry, action, by_id=None, now=now, before=before)
    flush(session)
    return action == ChangeAction.AUTO_CLOSED


def _settle_forgotten(session: Session, member_id: uuid.UUID, now: datetime) -> None:
    running = open_entry(session, member_id)
    if running is not None and is_forgotten(running, now):
        _close_forgotten(session, running, now)


@within_calendar("now")
def close_forgotten_clock_outs(session: Session, *, now: datetime) -> ForgottenSummary:
    """The daily rule: every entry still open from an earlier day (or for more than 16
    hours) is closed at the planned end of its shift, or flagged for the coordinator
    when there was no shift. Running it twice changes nothing more."""
    closed: list[HourEntry] = []
    flagged: list[HourEntry] = []
    for entry in session.exec(select(HourEntry).where(HourEntry.status == EntryStatus.OPEN.value)
                              .order_by(col(HourEntry.started_at))).all():
        if is_forgotten(entry, now):
            (closed if _close_forgotten(session, entry, now) else flagged).append(entry)
    return ForgottenSummary(tuple(entry_views(session, closed)), tuple(entry_views(session, flagged)))


# --- hours added afterwards -------------------------------------------------------------------------------------


def check_note(note: str) -> str:
    note = " ".join(note.split())
    if len(note) > MAX_NOTE:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A note is at most {limit} characters."), limit=MAX_NOTE)
    return note


@within_calendar("started_at", "ended_at", "now")
def add_manual_entry(session: Session, *, member_id: uuid.UUID, task_id: uuid.UUID, started_at: datetime,
                     ended_at: datetime | None = None, minutes: int | None = None, note: str = "",
                     entered_by_id: uuid.UUID | None = None, now: datetime) -> EntryView:
    """Hours given afterwards, from ``started_at`` to ``ended_at`` or for ``minutes``; they
    wait for a coordinator's approval. ``entered_by_id``: who typed them in, when that is
    not the volunteer (then a coordinator or staff member)."""
    if (ended_at is None) == (minutes is None):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Give either the end or the number of minutes."))
    if minutes is not None:
        if not isinstance(minutes, int) or isinstance(minutes, bool):
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The time is a whole number of minutes."))
        if minutes < 0:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Hours cannot be negative. Nothing was saved."))
        if minutes > MAX_ENTRY // timedelta(minutes=1):  # before adding: a huge number would overflow the date
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "One entry is at most {limit} hours. Nothing was saved."),
                               limit=MAX_ENTRY // timedelta(hours=1))
        ended_at = started_at + timedelta(minutes=minutes)
    assert ended_at is not None
    member = check_volunteer(session, member_id)
    if entered_by_id is not None and entered_by_id != member.id:
        check_reviewer(session, entered_by_id)
    task = live_task(session, task_id)
    note = check_note(note)
    check_span(started_at, ended_at, now)
    refuse_overlap(session, member_id=member.id, started_at=started_at, ended_at=ended_at, now=now)
    entry = HourEntry(member_id=member.id, task_id=task.id, source=EntrySource.MANUAL.value,
                      status=EntryStatus.PENDING.value, started_at=started_at, ended_at=ended_at, note=note,
                      created_at=now, created_by_id=entered_by_id or member.id)
    session.add(entry)
    flush(session)
    log_change(session, entry, ChangeAction.ADDED, by_id=entered_by_id or member.id, now=now)
    flush(session)
    return entry_view(session, entry)


# --- looking ----------------------------------------------------------------------------------------------------


def entries_of(session: Session, *, member_id: uuid.UUID, begin: datetime, end: datetime) -> list[EntryView]:
    """A volunteer's entries that started in [begin, end), oldest first (every status)."""
    entries = session.exec(select(HourEntry).where(HourEntry.member_id == member_id, HourEntry.started_at >= begin,
                                                   HourEntry.started_at < end)
                           .order_by(col(HourEntry.started_at))).all()
    return entry_views(session, list(entries))


def clocked_in_now(session: Session, *, now: datetime) -> list[EntryView]:
    """Who is clocked in now, and since when (staff screens), not counting forgotten entries."""
    entries = session.exec(select(HourEntry).where(HourEntry.status == EntryStatus.OPEN.value)
                           .order_by(col(HourEntry.started_at))).all()
    return entry_views(session, [e for e in entries if not is_forgotten(e, now)])


def year_bounds(year: int) -> tuple[datetime, datetime]:
    """1 January 00:00 to the next 1 January, Nijmegen time, as UTC moments."""
    return local_moment(date(year, 1, 1), time(0)), local_moment(date(year + 1, 1, 1), time(0))


def counted_minutes(session: Session, *, year: int,
                    member_id: uuid.UUID | None = None) -> dict[tuple[uuid.UUID, uuid.UUID, int], int]:
    """Counted minutes per (member, task, month 1-12) of ``year``; an entry belongs to
    the month (Nijmegen time) it started in."""
    begin, end = year_bounds(year)
    query = select(HourEntry).where(HourEntry.status == EntryStatus.DONE.value, HourEntry.started_at >= begin,
                                    HourEntry.started_at < end)
    if member_id is not None:
        query = query.where(HourEntry.member_id == member_id)
    totals: dict[tuple[uuid.UUID, uuid.UUID, int], int] = {}
    for entry in session.exec(query).all():
        assert entry.ended_at is not None  # a constraint: done entries have an end
        key = (entry.member_id, entry.task_id, entry.started_at.astimezone(LOCAL).month)
        totals[key] = totals.get(key, 0) + minutes_between(entry.started_at, entry.ended_at)
    return totals
