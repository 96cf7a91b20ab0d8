"""The audit log of staff actions: who did what, when, and to what.

A service that is a staff action calls ``record`` inside its own transaction, after
its checks, so the action and its entry are saved together or not at all: an action
that is refused leaves no entry. The database keeps the log append-only (migration
0007).

When an entry is written (the rule every service follows):

* when the service is told who did it (``done_by_id``, ``opened_by_id``, ...): staff
  mode passes the person whose card and PIN opened it;
* always, for what only a person ever starts: erasing a member, changing roles or a
  setting, setting a staff PIN, lifting PIN lockouts, calling off a meal. Without a
  person the entry's actor is None: the command line (run by whoever owns the
  machine) or the first start;
* never for the same service run as a step of something else, by demo data, or by a
  neighbour themselves at the kiosk (joining, signing up, buying coffee): those pass
  no actor.

Entries hold ids, amounts and counts, never names or contact details: an entry cannot
be erased, so a person in it must become anonymous when their member row is erased.
The actor's first name is looked up when the log is read.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import text
from sqlmodel import Session, col, or_, select

from trefpuntje.core.models import AuditEntry, Member
from trefpuntje.db.types import utcnow

# Every action the log knows, as services record them.
ACTIONS: tuple[str, ...] = (
    "till.open", "till.close", "till.void", "till.refund",
    "price_list.add", "price_list.change", "price_list.retire", "price_list.reinstate",
    "member.register", "member.roles", "member.erase", "card.issue",
    "activity.create", "activity.change", "occurrence.cancel", "occurrence.places",
    "setting.change",
    "hours.approve", "hours.correct", "hours.reject",
    "roster.plan", "roster.cancel", "roster.assign", "roster.copy_week",
    "meal.offer", "meal.cancel",
    "shop.intake", "shop.change", "shop.handout", "shop.override", "shop.clear", "shop.limit",
    "staff_pin.set", "staff_pin.unlock",
)
MAX_TEXT = 200  # a text value in the details is cut to this; the JSON stays within its column
DEFAULT_LIMIT = 500


def _small(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, str) and len(value) > MAX_TEXT:
        return value[:MAX_TEXT - 1] + "\u2026"
    if isinstance(value, (list, tuple)):
        return [_small(v) for v in value]
    return value


def record(session: Session, *, actor_id: uuid.UUID | None, action: str, subject: uuid.UUID | str | None = None,
           details: dict[str, Any] | None = None) -> AuditEntry:
    """Add one entry to the log, in the caller's transaction (``Database.write``).
    ``details``: a few ids, amounts or counts; never a name or contact details."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}: add it to core.audit.ACTIONS")
    shown = json.dumps({k: _small(v) for k, v in details.items()}, ensure_ascii=False, sort_keys=True,
                       default=str) if details else None
    entry = AuditEntry(at=utcnow(), actor_id=actor_id, action=action,
                       subject=str(subject)[:80] if subject is not None else None, details=shown)
    session.add(entry)
    session.flush()
    return entry


def record_staff(session: Session, *, actor_id: uuid.UUID | None, action: str, subject: uuid.UUID | str | None = None,
                 details: dict[str, Any] | None = None) -> None:
    """``record`` when staff did it (``actor_id`` given); nothing for the same service
    run without a person: demo data, a step of another service, the command line."""
    if actor_id is not None:
        record(session, actor_id=actor_id, action=action, subject=subject, details=details)


@dataclass(frozen=True)
class AuditView:
    id: uuid.UUID
    at: datetime
    actor_id: uuid.UUID | None  # None: the command line or the system
    actor: str | None  # the actor's first name now ("—" once erased); for staff eyes only
    action: str
    subject: str | None
    details: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        return {"id": str(self.id), "at": self.at.isoformat(), "actor_id": str(self.actor_id) if self.actor_id else None,
                "actor": self.actor, "action": self.action, "subject": self.subject, "details": self.details}


def audit_entries(session: Session, *, since: datetime | None = None, actor_id: uuid.UUID | None = None,
                  limit: int = DEFAULT_LIMIT) -> list[AuditView]:
    """The newest ``limit`` entries (from ``since``, by ``actor_id`` when given), oldest first."""
    query = select(AuditEntry, Member.first_name).join(Member, col(Member.id) == AuditEntry.actor_id, isouter=True)
    if since is not None:
        query = query.where(AuditEntry.at >= since)
    if actor_id is not None:
        query = query.where(AuditEntry.actor_id == actor_id)
    rows = session.exec(query.order_by(col(AuditEntry.at).desc(), col(AuditEntry.id)).limit(max(0, limit))).all()
    return [AuditView(e.id, e.at, e.actor_id, name, e.action, e.subject, json.loads(e.details) if e.details else {})
            for e, name in reversed(rows)]


def entries_about(session: Session, *, member_id: uuid.UUID) -> list[AuditEntry]:
    """The entries a member made, or that were made about them (for their data export)."""
    return list(session.exec(select(AuditEntry).where(
        or_(AuditEntry.actor_id == member_id, AuditEntry.subject == str(member_id))).order_by(col(AuditEntry.at))).all())


def erase_audit_log(session: Session) -> None:
    """Delete the whole log despite its append-only triggers: ONLY for ``demo --force``
    (``core.demo.wipe_all``), which starts a database afresh. The triggers are lifted
    inside the transaction and restored before it ends."""
    if session.connection().dialect.name == "postgresql":
        session.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER USER"))
        session.execute(text("DELETE FROM audit_entry"))
        session.execute(text("ALTER TABLE audit_entry ENABLE TRIGGER USER"))
        return
    triggers = session.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                    "AND tbl_name = 'audit_entry'")).all()
    for name, _ in triggers:
        session.execute(text(f'DROP TRIGGER "{name}"'))
    session.execute(text("DELETE FROM audit_entry"))
    for _, sql in triggers:
        session.execute(text(sql))
