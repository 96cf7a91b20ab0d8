"""The audit log: one row per staff action (who, what, when and on what), written in
the same transaction as the change itself, so an action and its entry are saved
together or not at all.

``audit_entry`` is append-only: triggers in migration 0007 refuse any UPDATE or
DELETE of it, on SQLite and on PostgreSQL. It holds ids, never names or contact
details: an entry cannot be erased, so what it says about a person must become
anonymous when that person is erased (``core/privacy.py`` keeps the member row and
removes what made it a person).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint
from sqlmodel import Field, SQLModel

from trefpuntje.core.models.people import moment
from trefpuntje.db.types import utcnow


class AuditEntry(SQLModel, table=True):
    """One staff action; ``actor_id`` None: the command line or the system itself."""

    __tablename__ = "audit_entry"
    __table_args__ = (
        CheckConstraint("length(trim(action)) > 0", name="audit_action_not_empty"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False, index=True))
    actor_id: uuid.UUID | None = Field(default=None, foreign_key="member.id", index=True)
    action: str = Field(max_length=40)  # core/audit.py ACTIONS: "till.void", "member.erase", ...
    subject: str | None = Field(default=None, max_length=80)  # what it was done to: an id, or a setting's key
    details: str | None = Field(default=None, max_length=1000)  # a small JSON object: ids, amounts, counts
