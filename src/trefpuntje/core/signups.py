"""Signing up for an occurrence, the waiting list, and cancelling.

A place is a seat row (see models/activities.py): taking one is an insert that the
database refuses when someone else got there first, so the count can never pass the
capacity, whichever terminal writes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from trefpuntje.core.activities import OccurrenceView, get_activity, get_occurrence, occurrences_between, view_of
from trefpuntje.core.checks import check_moment
from trefpuntje.core.errors import InvalidInput, NotAllowed
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.members import get_member
from trefpuntje.core.models import OccurrenceSeat, SignUp, SignUpStatus

LIVE = (SignUpStatus.CONFIRMED.value, SignUpStatus.WAITING.value)


@dataclass(frozen=True)
class SignUpResult:
    status: SignUpStatus
    waiting_position: int | None  # 1 = next in line
    occurrence: OccurrenceView


def _free_seat(session: Session, occurrence_id: uuid.UUID) -> int | None:
    taken = select(SignUp.seat_no).where(SignUp.occurrence_id == occurrence_id, col(SignUp.seat_no).is_not(None))
    return session.exec(
        select(OccurrenceSeat.seat_no)
        .where(OccurrenceSeat.occurrence_id == occurrence_id, col(OccurrenceSeat.seat_no).not_in(taken))
        .order_by(OccurrenceSeat.seat_no).limit(1)
    ).first()


def _take_seat(session: Session, signup: SignUp) -> bool:
    """Give ``signup`` a free seat if there is one. A seat taken at the same moment by
    another terminal is refused by the unique index; then the next free one is tried."""
    for _ in range(5):
        seat = _free_seat(session, signup.occurrence_id)
        if seat is None:
            return False
        try:
            with session.begin_nested():
                signup.seat_no, signup.status = seat, SignUpStatus.CONFIRMED.value
                session.add(signup)
                session.flush()
            return True
        except IntegrityError:
            signup.seat_no, signup.status = None, SignUpStatus.WAITING.value
    return False


def waiting_position(session: Session, *, occurrence_id: uuid.UUID, member_id: uuid.UUID) -> int | None:
    queue = session.exec(select(SignUp.member_id).where(SignUp.occurrence_id == occurrence_id,
                                                        SignUp.status == SignUpStatus.WAITING.value)
                         .order_by(SignUp.created_at, SignUp.id)).all()
    return queue.index(member_id) + 1 if member_id in queue else None


def _live_signup(session: Session, occurrence_id: uuid.UUID, member_id: uuid.UUID) -> SignUp | None:
    return session.exec(select(SignUp).where(SignUp.occurrence_id == occurrence_id, SignUp.member_id == member_id,
                                             col(SignUp.status).in_(LIVE))).first()


def sign_up(session: Session, *, member_id: uuid.UUID, occurrence_id: uuid.UUID, now: datetime) -> SignUpResult:
    """A place if there is one, else the waiting list."""
    check_moment(now)
    get_member(session, member_id)
    occurrence = get_occurrence(session, occurrence_id, lock=True)
    if occurrence.cancelled:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This activity has been cancelled."))
    if occurrence.starts_at <= now:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This activity has already started; signing up is closed."))
    if not get_activity(session, occurrence.activity_id).signup_required:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "No need to sign up for this one: just come along."))
    if _live_signup(session, occurrence_id, member_id) is not None:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "You are already signed up for this."))
    signup = SignUp(occurrence_id=occurrence_id, member_id=member_id, created_at=now, changed_at=now)
    if occurrence.capacity is None:
        session.add(signup)
        session.flush()
    elif not _take_seat(session, signup):
        signup.status = SignUpStatus.WAITING.value
        session.add(signup)
        session.flush()
    status = SignUpStatus(signup.status)
    position = waiting_position(session, occurrence_id=occurrence_id, member_id=member_id) if status == SignUpStatus.WAITING else None
    return SignUpResult(status, position, view_of(session, occurrence_id))


def promote_waiting(session: Session, *, occurrence_id: uuid.UUID, now: datetime) -> list[uuid.UUID]:
    """Move people from the waiting list into free places, first come first served."""
    check_moment(now)
    occurrence = get_occurrence(session, occurrence_id, lock=True)
    queue = session.exec(select(SignUp).where(SignUp.occurrence_id == occurrence_id,
                                              SignUp.status == SignUpStatus.WAITING.value)
                         .order_by(SignUp.created_at, SignUp.id)).all()
    promoted = []
    for waiting in queue:
        if occurrence.capacity is not None and not _take_seat(session, waiting):
            break
        waiting.status, waiting.changed_at = SignUpStatus.CONFIRMED.value, now
        session.add(waiting)
        promoted.append(waiting.member_id)
    session.flush()
    return promoted


def cancel_sign_up(session: Session, *, member_id: uuid.UUID, occurrence_id: uuid.UUID, now: datetime) -> list[uuid.UUID]:
    """Give up a place (or a spot on the waiting list); returns who moved up."""
    check_moment(now)
    occurrence = get_occurrence(session, occurrence_id, lock=True)
    signup = _live_signup(session, occurrence_id, member_id)
    if signup is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "You were not signed up for this."))
    if occurrence.starts_at <= now:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This activity has already started; it cannot be cancelled now."))
    had_place = signup.status == SignUpStatus.CONFIRMED.value
    signup.status, signup.seat_no, signup.changed_at = SignUpStatus.CANCELLED.value, None, now
    session.add(signup)
    session.flush()
    return promote_waiting(session, occurrence_id=occurrence_id, now=now) if had_place else []


@dataclass(frozen=True)
class MySignUp:
    occurrence: OccurrenceView
    status: SignUpStatus
    waiting_position: int | None


def sign_ups_of(session: Session, *, member_id: uuid.UUID, begin: datetime, end: datetime) -> list[MySignUp]:
    """One member's live sign-ups in a period, cancelled occurrences included (so they see it)."""
    mine = {s.occurrence_id: s for s in session.exec(
        select(SignUp).where(SignUp.member_id == member_id, col(SignUp.status).in_(LIVE))).all()}
    result = []
    for view in occurrences_between(session, begin=begin, end=end):
        if view.id in mine:
            status = SignUpStatus(mine[view.id].status)
            position = (waiting_position(session, occurrence_id=view.id, member_id=member_id)
                        if status == SignUpStatus.WAITING else None)
            result.append(MySignUp(view, status, position))
    return result
