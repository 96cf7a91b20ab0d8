"""Staff PINs: Argon2id hashes, failed attempts counted in the database, lockouts
that grow each time.

Staff mode opens with a staff card and that member's PIN, or, without a card, with a
coordinator's PIN alone: that PIN is tried against every coordinator, and the failures
are counted on one shared guard. A PIN is only for the roles that open staff mode
(volunteer, staff, coordinator: ``core/permissions.py``); what each then sees and may
do follows the table there. A member who loses those roles loses the PIN with them
(``core.members.set_roles``), and a PIN left without them opens nothing.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, select

from trefpuntje.core.audit import record
from trefpuntje.core.checks import check_moment
from trefpuntje.core.errors import InvalidInput, NotAllowed
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.members import MemberSummary, add_member, get_member, roles_of
from trefpuntje.core.models import LoginGuard, MemberRole, Role, StaffPin
from trefpuntje.core.permissions import opens_staff_mode, require
from trefpuntje.db.types import utcnow

MAX_ATTEMPTS = 5
FIRST_LOCKOUT = timedelta(minutes=1)
LONGEST_LOCKOUT = timedelta(hours=24)
FORGET_LOCKOUTS_AFTER = timedelta(hours=24)
PIN_LENGTHS = range(4, 9)
COORDINATOR_SCOPE = "coordinator-pin"

_hasher = PasswordHasher()  # argon2-cffi's default type is Argon2id


@dataclass(frozen=True)
class PinCheck:
    member: MemberSummary | None
    attempts_left: int
    locked_until: datetime | None

    @property
    def ok(self) -> bool:
        return self.member is not None


def validate_pin(pin: str) -> str:
    if not (pin.isdigit() and pin.isascii() and len(pin) in PIN_LENGTHS):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A PIN is 4 to 8 digits."))
    return pin


def set_pin(session: Session, *, member_id: uuid.UUID, pin: str, done_by_id: uuid.UUID | None = None) -> None:
    """Set a member's PIN. ``done_by_id``: the coordinator in staff mode (None: the
    command line or the first start); the audit log records it either way."""
    get_member(session, member_id)
    if done_by_id is not None:
        require(session, done_by_id, "staff_pins.set")
    if not opens_staff_mode(roles_of(session, member_id)):
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "A staff PIN is for volunteers, staff and coordinators."))
    pin_hash = _hasher.hash(validate_pin(pin))
    row = session.get(StaffPin, member_id)
    if row is None:
        session.add(StaffPin(member_id=member_id, pin_hash=pin_hash))
    else:
        row.pin_hash, row.set_at = pin_hash, utcnow()
        session.add(row)
    record(session, actor_id=done_by_id, action="staff_pin.set", subject=member_id)  # never the PIN


def create_coordinator(session: Session, *, first_name: str, pin: str) -> MemberSummary:
    validate_pin(pin)
    member = add_member(session, first_name=first_name, roles=(Role.STAFF, Role.COORDINATOR))
    set_pin(session, member_id=member.id, pin=pin)
    return MemberSummary(member.id, member.first_name, roles_of(session, member.id))


def has_coordinator(session: Session) -> bool:
    query = select(StaffPin.member_id).join(MemberRole, MemberRole.member_id == StaffPin.member_id)
    return session.exec(query.where(MemberRole.role == Role.COORDINATOR.value)).first() is not None


def _pin_matches(pin_hash: str, pin: str) -> bool:
    try:
        return _hasher.verify(pin_hash, pin)
    except (VerificationError, InvalidHashError):
        return False


def _locked_guard(session: Session, scope: str) -> LoginGuard:
    """The guard row for ``scope``, created if new and locked for this transaction, so
    two terminals counting at once both count (SQLite: BEGIN IMMEDIATE already does)."""
    insert = sqlite_insert if session.get_bind().dialect.name == "sqlite" else postgresql_insert
    session.execute(insert(LoginGuard).values(scope=scope, failed_attempts=0, lockouts=0).on_conflict_do_nothing())
    return session.exec(select(LoginGuard).where(LoginGuard.scope == scope).with_for_update()).one()


def _guarded(session: Session, scope: str, now: datetime, candidates: list[StaffPin], pin: str) -> PinCheck:
    check_moment(now)  # a lockout ends a while after it
    guard = _locked_guard(session, scope)
    if guard.locked_until is not None and guard.locked_until > now:
        return PinCheck(None, 0, guard.locked_until)
    matched = next((row for row in candidates if _pin_matches(row.pin_hash, pin)), None)
    if matched is not None:
        # Lockouts are not forgiven by a good PIN (that would hand an attacker the short
        # first lockouts again every day); they are forgotten a day after the last one.
        guard.failed_attempts = 0
        session.add(guard)
        member = get_member(session, matched.member_id)
        return PinCheck(MemberSummary(member.id, member.first_name, roles_of(session, member.id)), MAX_ATTEMPTS, None)
    guard.failed_attempts += 1
    if guard.failed_attempts >= MAX_ATTEMPTS:
        if guard.locked_until is not None and now - guard.locked_until > FORGET_LOCKOUTS_AFTER:
            guard.lockouts = 0
        guard.lockouts += 1
        guard.failed_attempts = 0
        guard.locked_until = now + min(FIRST_LOCKOUT * 2 ** (guard.lockouts - 1), LONGEST_LOCKOUT)
    session.add(guard)
    left = 0 if guard.locked_until and guard.locked_until > now else MAX_ATTEMPTS - guard.failed_attempts
    return PinCheck(None, left, guard.locked_until if left == 0 else None)


def unlock(session: Session, *, done_by_id: uuid.UUID | None = None) -> int:
    """Lift every PIN lockout (a coordinator at the command line); returns how many."""
    if done_by_id is not None:
        require(session, done_by_id, "staff_pins.set")
    guards = session.exec(select(LoginGuard)).all()
    for guard in guards:
        session.delete(guard)
    record(session, actor_id=done_by_id, action="staff_pin.unlock", details={"guards": len(guards)})
    return len(guards)


def check_member_pin(session: Session, *, member_id: uuid.UUID, pin: str, now: datetime | None = None) -> PinCheck:
    """Check one member's PIN, in a write session (``Database.write``): a failed
    attempt is counted and must be committed even though the PIN was wrong."""
    row = session.get(StaffPin, member_id)
    if row is not None and not opens_staff_mode(roles_of(session, member_id)):
        row = None  # a PIN left from a role the member no longer has opens nothing
    return _guarded(session, f"member:{member_id}", now or utcnow(), [row] if row else [], pin)


def check_coordinator_pin(session: Session, *, pin: str, now: datetime | None = None) -> PinCheck:
    """Check a PIN against every coordinator, in a write session, like check_member_pin."""
    query = select(StaffPin).join(MemberRole, MemberRole.member_id == StaffPin.member_id)
    candidates = list(session.exec(query.where(MemberRole.role == Role.COORDINATOR.value)).all())
    return _guarded(session, COORDINATOR_SCOPE, now or utcnow(), candidates, pin)
