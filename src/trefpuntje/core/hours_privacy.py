"""Volunteer hours in a member's privacy requests (core/privacy.py): what is held about
them, and what erasing them removes.

Erasing keeps the hours themselves, with no person attached (the member row stays
anonymised, as for the till): the centre's totals per task and month stay right, and
the append-only history of corrections stays whole. What could say who someone was
goes: notes on their entries, their places on shifts that have not ended, and their
allowance agreement.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, delete, select

from trefpuntje.core.activities import LOCAL
from trefpuntje.core.hours import minutes_between
from trefpuntje.core.models import HourChange, HourEntry, Shift, ShiftAssignment, VolunteerAllowance, VolunteerTask


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(LOCAL).isoformat() if moment is not None else None


def hours_export(session: Session, *, member_id: uuid.UUID) -> dict[str, Any]:
    """Everything about one member's volunteering, readable and JSON-able."""
    tasks = dict(session.exec(select(VolunteerTask.id, VolunteerTask.name)).all())
    entries = session.exec(select(HourEntry).where(HourEntry.member_id == member_id)
                           .order_by(col(HourEntry.started_at))).all()
    changes: dict[uuid.UUID, list[HourChange]] = {}
    if entries:
        for change in session.exec(select(HourChange).where(col(HourChange.entry_id).in_([e.id for e in entries]))
                                   .order_by(col(HourChange.seq))).all():
            changes.setdefault(change.entry_id, []).append(change)
    shifts = session.exec(select(Shift).join(ShiftAssignment, ShiftAssignment.shift_id == Shift.id)
                          .where(ShiftAssignment.member_id == member_id).order_by(col(Shift.starts_at))).all()
    allowance = session.get(VolunteerAllowance, member_id)
    return {
        "shifts": [{"task": tasks.get(s.task_id), "starts_at": _iso(s.starts_at), "ends_at": _iso(s.ends_at),
                    "cancelled": s.cancelled} for s in shifts],
        "hours": [{"task": tasks.get(e.task_id), "started_at": _iso(e.started_at), "ended_at": _iso(e.ended_at),
                   "minutes": minutes_between(e.started_at, e.ended_at) if e.ended_at else None, "status": e.status,
                   "source": e.source, "note": e.note,
                   "history": [{"at": _iso(c.changed_at), "action": c.action, "reason": c.reason}
                               for c in changes.get(e.id, [])]} for e in entries],
        "allowance": None if allowance is None else {"cents_per_hour": allowance.cents_per_hour,
                                                      "under_21": allowance.under_21},
    }


def forget_volunteer(session: Session, *, member_id: uuid.UUID, now: datetime) -> None:
    """Within ``erase_member``'s transaction: drop what could identify the member."""
    for entry in session.exec(select(HourEntry).where(HourEntry.member_id == member_id, HourEntry.note != "")).all():
        entry.note = ""
        session.add(entry)
    ahead = select(Shift.id).where(Shift.ends_at > now)
    session.exec(delete(ShiftAssignment).where(ShiftAssignment.member_id == member_id,  # type: ignore[call-overload]
                                               col(ShiftAssignment.shift_id).in_(ahead)))
    session.exec(delete(VolunteerAllowance).where(VolunteerAllowance.member_id == member_id))  # type: ignore[call-overload]
    session.flush()
