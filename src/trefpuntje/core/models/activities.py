"""Activities, their dated occurrences, seats, sign-ups and check-ins.

Capacity is guarded by the database itself: every occurrence with a limit has one
``occurrence_seat`` row per place, a confirmed sign-up holds a seat through a foreign
key, and no seat is held twice. Two terminals can never both take the last place,
and places cannot be removed while someone holds them.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from enum import StrEnum

from sqlalchemy import CheckConstraint, ForeignKeyConstraint, Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from trefpuntje.core.models.people import moment
from trefpuntje.db.types import utcnow


class Recurrence(StrEnum):
    WEEKLY = "weekly"
    ONCE = "once"


class Activity(SQLModel, table=True):
    """Something that happens at 't Trefpuntje: weekly or once."""

    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="title_not_empty"),
        CheckConstraint("capacity IS NULL OR capacity > 0", name="capacity_positive"),
        CheckConstraint("duration_minutes > 0", name="duration_positive"),
        CheckConstraint("recurrence IN ('weekly', 'once')", name="known_recurrence"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    title: str = Field(max_length=80)
    pictogram: str = Field(default="calendar", max_length=40)
    location: str = Field(default="", max_length=80)
    leader_id: uuid.UUID | None = Field(default=None, foreign_key="member.id", ondelete="SET NULL")
    capacity: int | None = None
    signup_required: bool = True
    recurrence: str = Field(default=Recurrence.WEEKLY.value, max_length=10)
    starts_on: date
    ends_on: date | None = None
    start_time: time
    duration_minutes: int = 60
    active: bool = True


class Occurrence(SQLModel, table=True):
    """One dated session of an activity. ``capacity`` is copied from the activity when
    the occurrence is made and changes with it while the occurrence is ahead."""

    __table_args__ = (
        UniqueConstraint("activity_id", "starts_at", name="one_occurrence_per_start"),
        CheckConstraint("capacity IS NULL OR capacity > 0", name="occurrence_capacity_positive"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    activity_id: uuid.UUID = Field(foreign_key="activity.id", index=True, ondelete="CASCADE")
    starts_at: datetime = Field(sa_column=moment(nullable=False, index=True))
    ends_at: datetime = Field(sa_column=moment(nullable=False))
    capacity: int | None = None
    cancelled: bool = False


class OccurrenceSeat(SQLModel, table=True):
    """One place in a limited occurrence: seats 1..capacity exist, no more."""

    __tablename__ = "occurrence_seat"
    __table_args__ = (CheckConstraint("seat_no > 0", name="seat_no_positive"),)

    occurrence_id: uuid.UUID = Field(foreign_key="occurrence.id", primary_key=True, ondelete="CASCADE")
    seat_no: int = Field(primary_key=True)


class SignUpStatus(StrEnum):
    CONFIRMED = "confirmed"
    WAITING = "waiting"
    CANCELLED = "cancelled"


class SignUp(SQLModel, table=True):
    __tablename__ = "signup"
    __table_args__ = (
        CheckConstraint("status IN ('confirmed', 'waiting', 'cancelled')", name="known_signup_status"),
        CheckConstraint("status = 'confirmed' OR seat_no IS NULL", name="only_confirmed_hold_seats"),
        ForeignKeyConstraint(["occurrence_id", "seat_no"], ["occurrence_seat.occurrence_id", "occurrence_seat.seat_no"],
                             name="seat_exists"),
        Index("one_holder_per_seat", "occurrence_id", "seat_no", unique=True,
              sqlite_where=text("seat_no IS NOT NULL"), postgresql_where=text("seat_no IS NOT NULL")),
        Index("one_live_signup_per_member", "occurrence_id", "member_id", unique=True,
              sqlite_where=text("status != 'cancelled'"), postgresql_where=text("status != 'cancelled'")),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    occurrence_id: uuid.UUID = Field(foreign_key="occurrence.id", index=True, ondelete="CASCADE")
    member_id: uuid.UUID = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    status: str = Field(default=SignUpStatus.CONFIRMED.value, max_length=10)
    seat_no: int | None = None
    no_show: bool = False
    created_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False))
    changed_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False))


class CheckIn(SQLModel, table=True):
    __tablename__ = "checkin"
    __table_args__ = (UniqueConstraint("occurrence_id", "member_id", name="one_checkin_per_occurrence"),)

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    occurrence_id: uuid.UUID = Field(foreign_key="occurrence.id", index=True, ondelete="CASCADE")
    member_id: uuid.UUID | None = Field(default=None, foreign_key="member.id", index=True, ondelete="SET NULL")
    checked_in_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False))
    walk_in: bool = False
