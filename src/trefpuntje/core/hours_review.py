"""A coordinator's review of volunteer hours: approve what waits, correct with a reason,
reject with a reason, and read the history of every entry.

Approving counts a manual entry as it was given. Correcting sets the times and/or the
task and counts the entry (a correction is also an approval); it is how a flagged
forgotten clock-out gets its end. Each step adds a row to the append-only
``hour_change`` history: who, when, the old and the new values, and why. Nobody
approves or corrects their own hours.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from trefpuntje.core.audit import record
from trefpuntje.core.errors import InvalidInput, NotAllowed, NotFound
from trefpuntje.core.hours import (
    EntryView,
    check_span,
    entry_view,
    entry_views,
    flush,
    log_change,
    refuse_overlap,
    snapshot,
)
from trefpuntje.core.hours_roster import check_reviewer, get_task
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.models import ChangeAction, EntryStatus, HourChange, HourEntry, Member, VolunteerTask

MAX_REASON = 200


def get_entry(session: Session, entry_id: uuid.UUID) -> HourEntry:
    entry = session.get(HourEntry, entry_id)
    if entry is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "These hours no longer exist."))
    return entry


def _reviewer(session: Session, coordinator_id: uuid.UUID, entry: HourEntry) -> None:
    check_reviewer(session, coordinator_id)
    if coordinator_id == entry.member_id:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Someone else approves or corrects your own hours."))


def _record(session: Session, coordinator_id: uuid.UUID, action: str, entry: HourEntry) -> None:
    """The audit entry of a review; the reason and the times are in the entry's own history."""
    record(session, actor_id=coordinator_id, action=action, subject=entry.id, details={"member": entry.member_id})


def _reason(reason: str) -> str:
    reason = " ".join(reason.split())
    if not reason:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Say why: a correction needs a reason."))
    if len(reason) > MAX_REASON:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A reason is at most {limit} characters."), limit=MAX_REASON)
    return reason


def approve_entry(session: Session, *, entry_id: uuid.UUID, coordinator_id: uuid.UUID, now: datetime) -> EntryView:
    """Count hours that were added afterwards, as they were given."""
    entry = get_entry(session, entry_id)
    _reviewer(session, coordinator_id, entry)
    if entry.status != EntryStatus.PENDING.value:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "These hours are not waiting for approval."))
    before = snapshot(entry)
    entry.status = EntryStatus.DONE.value
    session.add(entry)
    flush(session)
    log_change(session, entry, ChangeAction.APPROVED, by_id=coordinator_id, now=now, before=before)
    flush(session)
    _record(session, coordinator_id, "hours.approve", entry)
    return entry_view(session, entry)


def correct_entry(session: Session, *, entry_id: uuid.UUID, coordinator_id: uuid.UUID, reason: str, now: datetime,
                  started_at: datetime | None = None, ended_at: datetime | None = None,
                  task_id: uuid.UUID | None = None) -> EntryView:
    """Set the start, the end and/or the task, with a reason; the entry then counts.
    An open or flagged entry needs its end given here."""
    entry = get_entry(session, entry_id)
    _reviewer(session, coordinator_id, entry)
    reason = _reason(reason)
    start = started_at or entry.started_at
    end = ended_at or entry.ended_at
    if end is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Give the time these hours ended."))
    task = get_task(session, task_id) if task_id is not None else get_task(session, entry.task_id)
    if (start, end, task.id) == (entry.started_at, entry.ended_at, entry.task_id) \
            and entry.status == EntryStatus.DONE.value:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Nothing to correct: the times and the task are the same."))
    check_span(start, end, now)
    refuse_overlap(session, member_id=entry.member_id, started_at=start, ended_at=end, now=now, except_id=entry.id)
    before = snapshot(entry)
    entry.started_at, entry.ended_at, entry.task_id = start, end, task.id
    entry.status = EntryStatus.DONE.value
    session.add(entry)
    flush(session)
    log_change(session, entry, ChangeAction.CORRECTED, by_id=coordinator_id, now=now, before=before, reason=reason)
    flush(session)
    _record(session, coordinator_id, "hours.correct", entry)
    return entry_view(session, entry)


def reject_entry(session: Session, *, entry_id: uuid.UUID, coordinator_id: uuid.UUID, reason: str,
                 now: datetime) -> EntryView:
    """Do not count these hours (entered twice, say), with a reason."""
    entry = get_entry(session, entry_id)
    _reviewer(session, coordinator_id, entry)
    reason = _reason(reason)
    if entry.status == EntryStatus.REJECTED.value:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "These hours were already rejected."))
    if entry.status == EntryStatus.OPEN.value:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "These hours are still running. Correct them with an end instead."))
    before = snapshot(entry)
    entry.status = EntryStatus.REJECTED.value
    session.add(entry)
    flush(session)
    log_change(session, entry, ChangeAction.REJECTED, by_id=coordinator_id, now=now, before=before, reason=reason)
    flush(session)
    _record(session, coordinator_id, "hours.reject", entry)
    return entry_view(session, entry)


def entries_to_review(session: Session) -> list[EntryView]:
    """Hours waiting for approval and flagged forgotten clock-outs, oldest first."""
    entries = session.exec(select(HourEntry).where(col(HourEntry.status).in_(
        (EntryStatus.PENDING.value, EntryStatus.FLAGGED.value))).order_by(col(HourEntry.started_at))).all()
    return entry_views(session, list(entries))


@dataclass(frozen=True)
class ChangeView:
    seq: int
    changed_at: datetime
    changed_by: str | None  # first name; None: the daily check of forgotten clock-outs
    action: str  # ChangeAction
    old_status: str | None
    new_status: str
    old_task: str | None
    new_task: str
    old_started_at: datetime | None
    new_started_at: datetime
    old_ended_at: datetime | None
    new_ended_at: datetime | None
    reason: str | None


def entry_history(session: Session, *, entry_id: uuid.UUID) -> list[ChangeView]:
    """Every change of one entry, first to last (staff screens: it names who changed it)."""
    get_entry(session, entry_id)
    changes = session.exec(select(HourChange).where(HourChange.entry_id == entry_id)
                           .order_by(col(HourChange.seq))).all()
    task_ids = {c.new_task_id for c in changes} | {c.old_task_id for c in changes if c.old_task_id}
    tasks = dict(session.exec(select(VolunteerTask.id, VolunteerTask.name)
                              .where(col(VolunteerTask.id).in_(task_ids))).all())
    people = dict(session.exec(select(Member.id, Member.first_name).where(
        col(Member.id).in_({c.changed_by_id for c in changes if c.changed_by_id}))).all())
    return [ChangeView(c.seq, c.changed_at, people.get(c.changed_by_id) if c.changed_by_id else None, c.action,
                       c.old_status, c.new_status, tasks.get(c.old_task_id) if c.old_task_id else None,
                       tasks.get(c.new_task_id, "?"), c.old_started_at, c.new_started_at, c.old_ended_at,
                       c.new_ended_at, c.reason) for c in changes]
