"""People: members, their roles, staff PINs and their guard, and centre settings."""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Column
from sqlmodel import Field, SQLModel

from trefpuntje.db.types import UTCDateTime, utcnow


class Role(StrEnum):
    VISITOR = "visitor"
    VOLUNTEER = "volunteer"
    COOK = "cook"
    STAFF = "staff"
    COORDINATOR = "coordinator"


ROLE_VALUES = ", ".join(f"'{r.value}'" for r in Role)


def moment(**kwargs) -> Column:  # type: ignore[no-untyped-def]
    """A timezone-aware UTC column."""
    return Column(UTCDateTime(), **kwargs)


class Member(SQLModel, table=True):
    """A neighbour. Only the first name is required, and only it may appear on a public
    screen; every other personal field is optional."""

    __table_args__ = (CheckConstraint("length(trim(first_name)) > 0", name="first_name_not_empty"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    first_name: str = Field(max_length=60)
    last_name: str | None = Field(default=None, max_length=80)
    phone: str | None = Field(default=None, max_length=40)
    email: str | None = Field(default=None, max_length=120)
    postcode: str | None = Field(default=None, max_length=10)
    birth_year_band: str | None = Field(default=None, max_length=20)
    languages: str | None = Field(default=None, max_length=80)
    consent_photos: bool = False
    consent_contact: bool = False
    created_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False))


class MemberRole(SQLModel, table=True):
    __tablename__ = "member_role"
    __table_args__ = (CheckConstraint(f"role IN ({ROLE_VALUES})", name="known_role"),)

    member_id: uuid.UUID = Field(foreign_key="member.id", primary_key=True, ondelete="CASCADE")
    role: str = Field(primary_key=True, max_length=20)


class StaffPin(SQLModel, table=True):
    """The Argon2id hash of a member's staff PIN; never the PIN itself."""

    __tablename__ = "staff_pin"

    member_id: uuid.UUID = Field(foreign_key="member.id", primary_key=True, ondelete="CASCADE")
    pin_hash: str = Field(max_length=200)
    set_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False))


class LoginGuard(SQLModel, table=True):
    """Failed PIN attempts, counted in the database so a restart does not reset them.

    ``scope`` names what is guarded: one member's PIN, or the coordinator PIN entry.
    """

    __tablename__ = "login_guard"

    scope: str = Field(primary_key=True, max_length=80)
    failed_attempts: int = 0
    lockouts: int = 0
    locked_until: datetime | None = Field(default=None, sa_column=moment(nullable=True))


class Setting(SQLModel, table=True):
    """Centre-wide settings that every terminal shares (idle time, centre name, ...)."""

    key: str = Field(primary_key=True, max_length=60)
    value: str = Field(max_length=2000)
