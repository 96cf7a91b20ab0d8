"""Check-in with a card scan, attendance and no-shows."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, func, select

from trefpuntje.core.activities import (
    LOCAL,
    OccurrenceView,
    ensure_occurrences,
    get_occurrence,
    occurrences_between,
    view_of,
)
from trefpuntje.core.checks import check_moment
from trefpuntje.core.errors import InvalidInput
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.members import get_member
from trefpuntje.core.models import CheckIn, Member, SignUp, SignUpStatus

EARLY = timedelta(minutes=30)  # a scan this long before the start checks in


class CheckInOutcome(StrEnum):
    CHECKED_IN = "checked_in"
    ALREADY = "already"  # a second scan does not count twice
    CHOOSE = "choose"  # several things on now: the kiosk asks which
    NOTHING_NOW = "nothing_now"


@dataclass(frozen=True)
class CheckInResult:
    outcome: CheckInOutcome
    occurrences: tuple[OccurrenceView, ...] = ()


def happening_now(session: Session, *, now: datetime) -> list[OccurrenceView]:
    """Occurrences running now or starting within half an hour, not cancelled."""
    check_moment(now)
    today = now.astimezone(LOCAL).date()
    ensure_occurrences(session, first=today - timedelta(days=1), last=today + timedelta(days=1))
    views = occurrences_between(session, begin=now - timedelta(days=1), end=now + EARLY + timedelta(seconds=1))
    return [v for v in views if not v.cancelled and v.starts_at - EARLY <= now < v.ends_at]


def check_in(session: Session, *, member_id: uuid.UUID, now: datetime,
             occurrence_id: uuid.UUID | None = None) -> CheckInResult:
    check_moment(now)
    get_member(session, member_id)
    if occurrence_id is None:
        candidates = happening_now(session, now=now)
        if not candidates:
            return CheckInResult(CheckInOutcome.NOTHING_NOW)
        signed_up = {s for s in session.exec(select(SignUp.occurrence_id).where(
            SignUp.member_id == member_id, SignUp.status == SignUpStatus.CONFIRMED.value,
            col(SignUp.occurrence_id).in_([c.id for c in candidates]))).all()}
        # Signed up for exactly one of them: that is the one. Otherwise ask, unless there is only one.
        been = {c for c in session.exec(select(CheckIn.occurrence_id).where(
            CheckIn.member_id == member_id, col(CheckIn.occurrence_id).in_([c.id for c in candidates]))).all()}
        # Already checked in to one of them (a second scan): that one. Signed up for exactly
        # one: that one. Otherwise ask, unless there is only one.
        mine = [c for c in candidates if c.id in been] or [c for c in candidates if c.id in signed_up]
        if len(mine) == 1:
            candidates = mine
        if len(candidates) > 1:
            return CheckInResult(CheckInOutcome.CHOOSE, tuple(candidates))
        occurrence_id = candidates[0].id
    occurrence = get_occurrence(session, occurrence_id)
    if occurrence.cancelled:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "This activity has been cancelled."))
    if not occurrence.starts_at - EARLY <= now < occurrence.ends_at:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Checking in is possible from half an hour before the start until the end."))
    view = view_of(session, occurrence_id)
    existing = session.exec(select(CheckIn).where(CheckIn.occurrence_id == occurrence_id,
                                                  CheckIn.member_id == member_id)).first()
    if existing is not None:
        return CheckInResult(CheckInOutcome.ALREADY, (view,))
    signed_up = session.exec(select(SignUp.id).where(
        SignUp.occurrence_id == occurrence_id, SignUp.member_id == member_id,
        SignUp.status == SignUpStatus.CONFIRMED.value)).first() is not None
    try:
        with session.begin_nested():
            session.add(CheckIn(occurrence_id=occurrence_id, member_id=member_id, checked_in_at=now, walk_in=not signed_up))
            session.flush()
    except IntegrityError:  # the same card at two terminals in the same second
        return CheckInResult(CheckInOutcome.ALREADY, (view,))
    return CheckInResult(CheckInOutcome.CHECKED_IN, (view,))


@dataclass(frozen=True)
class PresentCount:
    occurrence: OccurrenceView
    present: int


def present_now(session: Session, *, now: datetime) -> list[PresentCount]:
    views = happening_now(session, now=now)
    counts = dict(session.exec(
        select(CheckIn.occurrence_id, func.count()).where(col(CheckIn.occurrence_id).in_([v.id for v in views]))  # type: ignore[call-overload]
        .group_by(CheckIn.occurrence_id)).all())
    return [PresentCount(v, counts.get(v.id, 0)) for v in views]


@dataclass(frozen=True)
class AttendanceRow:
    member_id: uuid.UUID
    first_name: str
    status: str  # confirmed, waiting or walk-in
    checked_in: bool
    no_show: bool


def attendance(session: Session, *, occurrence_id: uuid.UUID) -> list[AttendanceRow]:
    """Who signed up and who came: for staff screens and the staff schedule only."""
    get_occurrence(session, occurrence_id)
    checked = {m for m in session.exec(select(CheckIn.member_id).where(CheckIn.occurrence_id == occurrence_id)).all()}
    rows: dict[uuid.UUID, AttendanceRow] = {}
    for signup, first_name in session.exec(
        select(SignUp, Member.first_name).join(Member, Member.id == SignUp.member_id)
        .where(SignUp.occurrence_id == occurrence_id, col(SignUp.status).in_(("confirmed", "waiting")))
        .order_by(SignUp.status, SignUp.created_at)
    ).all():
        rows[signup.member_id] = AttendanceRow(signup.member_id, first_name, signup.status,
                                               signup.member_id in checked, signup.no_show)
    for member_id, first_name in session.exec(
        select(CheckIn.member_id, Member.first_name).join(Member, Member.id == CheckIn.member_id)
        .where(CheckIn.occurrence_id == occurrence_id)
    ).all():
        if member_id not in rows:
            rows[member_id] = AttendanceRow(member_id, first_name, "walk-in", True, False)
    return list(rows.values())


def mark_no_shows(session: Session, *, occurrence_id: uuid.UUID, now: datetime) -> int:
    """Mark everyone confirmed who did not check in; only once the occurrence has begun."""
    occurrence = get_occurrence(session, occurrence_id)
    if now < occurrence.starts_at:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "No-shows can be marked once the activity has begun."))
    came = select(CheckIn.member_id).where(CheckIn.occurrence_id == occurrence_id, col(CheckIn.member_id).is_not(None))
    absent = session.exec(select(SignUp).where(
        SignUp.occurrence_id == occurrence_id, SignUp.status == SignUpStatus.CONFIRMED.value,
        col(SignUp.member_id).not_in(came))).all()
    for signup in absent:
        signup.no_show = True
        session.add(signup)
    return len(absent)
