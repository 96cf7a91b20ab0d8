"""QR member cards: only the hash of the random token is kept."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import Index, text
from sqlmodel import Field, SQLModel

from trefpuntje.core.models.people import moment
from trefpuntje.db.types import utcnow


class Card(SQLModel, table=True):
    __table_args__ = (
        # One active card per member, whatever the service does.
        Index("one_active_card_per_member", "member_id", unique=True,
              sqlite_where=text("revoked_at IS NULL"), postgresql_where=text("revoked_at IS NULL")),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    member_id: uuid.UUID = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    token_hash: str = Field(max_length=64, unique=True)
    issued_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False))
    printed_at: datetime | None = Field(default=None, sa_column=moment(nullable=True))
    revoked_at: datetime | None = Field(default=None, sa_column=moment(nullable=True))
