"""Members and their roles."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlmodel import Session, col, delete, func, select

from trefpuntje.core.checks import one_line
from trefpuntje.core.audit import record
from trefpuntje.core.errors import InvalidInput, NotAllowed, NotFound
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.models import Member, MemberRole, Role, StaffPin
from trefpuntje.core.permissions import opens_staff_mode, require

FIRST_NAME_MAX = 60
ERASED_NAME = "—"  # what an erased member is called (core/privacy.py); not a name anyone has
# The optional personal fields that are text, each with its message when it does not fit its column.
TEXT_DETAILS = {
    "last_name": QT_TRANSLATE_NOOP("errors", "A last name can be at most {limit} characters."),
    "phone": QT_TRANSLATE_NOOP("errors", "A phone number can be at most {limit} characters."),
    "email": QT_TRANSLATE_NOOP("errors", "An e-mail address can be at most {limit} characters."),
    "postcode": QT_TRANSLATE_NOOP("errors", "A postcode can be at most {limit} characters."),
    "birth_year_band": QT_TRANSLATE_NOOP("errors", "A birth year band can be at most {limit} characters."),
    "languages": QT_TRANSLATE_NOOP("errors", "The languages can be at most {limit} characters."),
}


@dataclass(frozen=True)
class MemberSummary:
    """What may be shown of a member: the id, the first name and the roles."""

    id: uuid.UUID
    first_name: str
    roles: tuple[str, ...]


def _clean_first_name(first_name: str) -> str:
    name = one_line(first_name)
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A first name is needed."))
    if len(name) > FIRST_NAME_MAX:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "A first name can be at most {limit} characters."), limit=FIRST_NAME_MAX
        )
    return name


def _clean_details(details: dict[str, object]) -> dict[str, object]:
    """Text details as one line (empty: not given), each refused when longer than its column."""
    cleaned = dict(details)
    for name, message in TEXT_DETAILS.items():
        value = cleaned.get(name)
        if isinstance(value, str):
            value = cleaned[name] = one_line(value) or None
            limit = Member.__table__.columns[name].type.length  # type: ignore[attr-defined]
            if value is not None and len(value) > limit:
                raise InvalidInput(message, limit=limit)
    return cleaned


def parse_role(value: str) -> Role:
    try:
        return Role(value.strip().lower())
    except ValueError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Unknown role {role}. Choose one of: {choices}."),
            role=value,
            choices=", ".join(r.value for r in Role),
        ) from None


def add_member(
    session: Session,
    *,
    first_name: str,
    roles: Iterable[Role | str] = (Role.VISITOR,),
    done_by_id: uuid.UUID | None = None,
    **details: object,
) -> Member:
    """Register a member; only the first name is required. ``done_by_id``: the staff
    member registering them (None: they join themselves at the kiosk, or the command line)."""
    unknown = set(details) - set(Member.model_fields) - {"id", "created_at"}
    if unknown:
        raise TypeError(f"unknown member fields: {sorted(unknown)}")
    if done_by_id is not None:
        require(session, done_by_id, "members.register")
    parsed = {parse_role(r) if isinstance(r, str) else r for r in roles} or {Role.VISITOR}
    member = Member(first_name=_clean_first_name(first_name), **_clean_details(details))  # type: ignore[arg-type]
    session.add(member)
    session.flush()
    for role in sorted(parsed):
        session.add(MemberRole(member_id=member.id, role=role.value))
    session.flush()
    if done_by_id is not None:
        record(session, actor_id=done_by_id, action="member.register", subject=member.id,
               details={"roles": sorted(r.value for r in parsed)})
    return member


def set_roles(session: Session, *, member_id: uuid.UUID, roles: Iterable[Role | str],
              done_by_id: uuid.UUID | None = None) -> MemberSummary:
    """Give a member exactly ``roles`` (a coordinator's decision; None: the command line).
    A PIN is for the roles that open staff mode: without one of them the PIN goes. The
    last coordinator who has a PIN stays one, or nobody could open staff mode."""
    member = get_member(session, member_id)
    if member.first_name == ERASED_NAME and not roles_of(session, member.id):
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No member with id {id}."), id=member_id)
    if done_by_id is not None:
        require(session, done_by_id, "members.roles")
    parsed = sorted({parse_role(r) if isinstance(r, str) else r for r in roles} or {Role.VISITOR})
    before = roles_of(session, member.id)
    if Role.COORDINATOR.value in before and Role.COORDINATOR not in parsed and session.exec(
            select(MemberRole.member_id).join(StaffPin, col(StaffPin.member_id) == MemberRole.member_id)
            .where(MemberRole.role == Role.COORDINATOR.value, MemberRole.member_id != member.id)).first() is None:
        raise NotAllowed(QT_TRANSLATE_NOOP(
            "errors", "This is the last coordinator. Make someone else coordinator first; nothing was changed."))
    session.exec(delete(MemberRole).where(col(MemberRole.member_id) == member.id))  # type: ignore[call-overload]
    session.add_all(MemberRole(member_id=member.id, role=role.value) for role in parsed)
    if not opens_staff_mode(r.value for r in parsed):
        session.exec(delete(StaffPin).where(col(StaffPin.member_id) == member.id))  # type: ignore[call-overload]
    session.flush()
    record(session, actor_id=done_by_id, action="member.roles", subject=member.id,
           details={"before": list(before), "after": [r.value for r in parsed]})
    return MemberSummary(member.id, member.first_name, roles_of(session, member.id))


def get_member(session: Session, member_id: uuid.UUID | str) -> Member:
    key = parse_member_id(member_id)
    member = session.get(Member, key)
    if member is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No member with id {id}."), id=member_id)
    return member


def parse_member_id(value: uuid.UUID | str) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(value.strip())
    except ValueError:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{id} is not a member id."), id=value) from None


def roles_of(session: Session, member_id: uuid.UUID) -> tuple[str, ...]:
    rows = session.exec(select(MemberRole.role).where(MemberRole.member_id == member_id)).all()
    return tuple(sorted(rows))


def list_members(session: Session, *, role: Role | None = None) -> list[MemberSummary]:
    query = select(Member).order_by(func.lower(Member.first_name), col(Member.created_at))
    if role is not None:
        query = query.join(MemberRole).where(MemberRole.role == role.value)
    members = session.exec(query).all()
    roles: dict[uuid.UUID, list[str]] = {}
    for member_id, role_name in session.exec(select(MemberRole.member_id, MemberRole.role)).all():
        roles.setdefault(member_id, []).append(role_name)
    # Erased members stay as rows (the till ledger points at them) but are nobody to list.
    return [MemberSummary(m.id, m.first_name, tuple(sorted(roles.get(m.id, [])))) for m in members
            if not (m.first_name == ERASED_NAME and m.id not in roles)]


def count_members(session: Session) -> int:
    return session.exec(select(func.count()).select_from(Member)).one()
