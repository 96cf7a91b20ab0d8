"""Volunteer hours: tasks, the roster (shifts and who is on them), hour entries, the
append-only history of every change to an entry, and the volunteer allowance with the
tax-free caps per year.

An hour entry is clocked (a card scan starts it, a scan stops it) or manual (added
afterwards, for cooking at home say). Its ``status`` says whether it counts:

* ``open``: clocked in, not stopped yet (at most one per member, a partial unique index);
* ``pending``: a manual entry waiting for a coordinator;
* ``done``: counted (stopped, closed at the planned end of its shift, approved, corrected);
* ``flagged``: a forgotten clock-out with no shift to end it; not counted until a
  coordinator corrects it (it is never counted as the hours until the next scan);
* ``rejected``: not counted, with the reason in its history.

``hour_change`` is append-only (triggers in migration 0005 refuse UPDATE and DELETE):
one row per change of an entry, with who, when, the old and new values and the reason.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from trefpuntje.core.models.people import moment
from trefpuntje.db.types import utcnow


class EntrySource(StrEnum):
    CLOCK = "clock"
    MANUAL = "manual"


class EntryStatus(StrEnum):
    OPEN = "open"
    PENDING = "pending"
    DONE = "done"
    FLAGGED = "flagged"
    REJECTED = "rejected"


class ChangeAction(StrEnum):
    CLOCKED_IN = "clocked_in"
    CLOCKED_OUT = "clocked_out"
    ADDED = "added"  # a manual entry, waiting for approval
    AUTO_CLOSED = "auto_closed"  # a forgotten clock-out, closed at the planned end of its shift
    FLAGGED = "flagged"  # a forgotten clock-out with no shift: for the coordinator
    APPROVED = "approved"
    CORRECTED = "corrected"
    REJECTED = "rejected"


def _values(enum: type[StrEnum]) -> str:
    return ", ".join(f"'{e.value}'" for e in enum)


class VolunteerTask(SQLModel, table=True):
    """Something volunteers do: the coffee corner, the giveaway shop, cooking, ...
    Retired tasks keep their hours; a live name is used once."""

    __tablename__ = "volunteer_task"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="task_name_not_empty"),
        Index("one_live_task_per_name", "name", unique=True,
              sqlite_where=text("retired_at IS NULL"), postgresql_where=text("retired_at IS NULL")),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    name: str = Field(max_length=60)
    pictogram: str = Field(default="volunteers", max_length=40)
    sort_order: int = 0
    created_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False))
    retired_at: datetime | None = Field(default=None, sa_column=moment(nullable=True))


class Shift(SQLModel, table=True):
    """A planned stretch of a task on the roster, with a number of places."""

    __table_args__ = (
        CheckConstraint("ends_at > starts_at", name="shift_ends_after_start"),
        CheckConstraint("places > 0 AND places <= 50", name="shift_places_sensible"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    task_id: uuid.UUID = Field(foreign_key="volunteer_task.id", index=True)
    starts_at: datetime = Field(sa_column=moment(nullable=False, index=True))
    ends_at: datetime = Field(sa_column=moment(nullable=False))
    places: int = 1
    note: str = Field(default="", max_length=120)
    cancelled: bool = False
    planned_by_id: uuid.UUID | None = Field(default=None, foreign_key="member.id")
    created_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False))


class ShiftAssignment(SQLModel, table=True):
    """A volunteer on a shift, holding one of its places (1..places: the service picks
    the lowest free one, and two terminals taking the same place collide)."""

    __tablename__ = "shift_assignment"
    __table_args__ = (
        UniqueConstraint("shift_id", "seat_no", name="one_volunteer_per_place"),
        CheckConstraint("seat_no > 0", name="shift_seat_positive"),
    )

    shift_id: uuid.UUID = Field(foreign_key="shift.id", primary_key=True, ondelete="CASCADE")
    member_id: uuid.UUID = Field(foreign_key="member.id", primary_key=True, index=True, ondelete="CASCADE")
    seat_no: int
    assigned_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False))
    assigned_by_id: uuid.UUID | None = Field(default=None, foreign_key="member.id")


class HourEntry(SQLModel, table=True):
    """Time a volunteer gave to a task; see the module's docstring for ``status``."""

    __tablename__ = "hour_entry"
    __table_args__ = (
        CheckConstraint(f"source IN ({_values(EntrySource)})", name="known_entry_source"),
        CheckConstraint(f"status IN ({_values(EntryStatus)})", name="known_entry_status"),
        CheckConstraint("ended_at IS NULL OR ended_at > started_at", name="entry_ends_after_start"),
        CheckConstraint("(status IN ('open', 'flagged') AND ended_at IS NULL) OR "
                        "(status IN ('pending', 'done') AND ended_at IS NOT NULL) OR status = 'rejected'",
                        name="entry_end_follows_status"),
        CheckConstraint("status != 'open' OR source = 'clock'", name="only_clocking_is_open"),
        CheckConstraint("status != 'pending' OR source = 'manual'", name="only_manual_waits"),
        Index("one_open_entry_per_member", "member_id", unique=True,
              sqlite_where=text("status = 'open'"), postgresql_where=text("status = 'open'")),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    member_id: uuid.UUID = Field(foreign_key="member.id", index=True)
    task_id: uuid.UUID = Field(foreign_key="volunteer_task.id", index=True)
    shift_id: uuid.UUID | None = Field(default=None, foreign_key="shift.id", index=True)
    source: str = Field(max_length=10)
    status: str = Field(max_length=10)
    started_at: datetime = Field(sa_column=moment(nullable=False, index=True))
    ended_at: datetime | None = Field(default=None, sa_column=moment(nullable=True))
    note: str = Field(default="", max_length=200)
    created_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False))
    created_by_id: uuid.UUID | None = Field(default=None, foreign_key="member.id")


class HourChange(SQLModel, table=True):
    """One change of an hour entry, numbered per entry: never changed, never deleted."""

    __tablename__ = "hour_change"
    __table_args__ = (
        UniqueConstraint("entry_id", "seq", name="one_change_per_seq"),
        CheckConstraint("seq > 0", name="change_seq_positive"),
        CheckConstraint(f"action IN ({_values(ChangeAction)})", name="known_change_action"),
        CheckConstraint("action NOT IN ('corrected', 'rejected') OR "
                        "(changed_by_id IS NOT NULL AND length(trim(reason)) > 0)", name="corrections_say_why_and_who"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    entry_id: uuid.UUID = Field(foreign_key="hour_entry.id", index=True)
    seq: int
    changed_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False))
    changed_by_id: uuid.UUID | None = Field(default=None, foreign_key="member.id")  # None: the daily check
    action: str = Field(max_length=20)
    old_status: str | None = Field(default=None, max_length=10)
    new_status: str = Field(max_length=10)
    old_task_id: uuid.UUID | None = None
    new_task_id: uuid.UUID
    old_started_at: datetime | None = Field(default=None, sa_column=moment(nullable=True))
    new_started_at: datetime = Field(sa_column=moment(nullable=False))
    old_ended_at: datetime | None = Field(default=None, sa_column=moment(nullable=True))
    new_ended_at: datetime | None = Field(default=None, sa_column=moment(nullable=True))
    reason: str | None = Field(default=None, max_length=200)


class AllowanceCap(SQLModel, table=True):
    """The tax-free caps of the volunteer allowance (vrijwilligersvergoeding) for one
    year, as a coordinator set them; years without a row use the published figures
    built into ``core/hours_allowance.py``."""

    __tablename__ = "allowance_cap"
    __table_args__ = (
        CheckConstraint("year BETWEEN 2000 AND 2100", name="cap_year_sensible"),
        CheckConstraint("hour_cents >= 0 AND hour_cents_under_21 >= 0 AND month_cents >= 0 AND year_cents >= 0 "
                        "AND hour_cents <= 10000 AND hour_cents_under_21 <= 10000 AND month_cents <= 100000 "
                        "AND year_cents <= 1000000", name="caps_sensible"),
    )

    year: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    hour_cents: int  # 21 and older
    hour_cents_under_21: int
    month_cents: int
    year_cents: int
    source: str = Field(default="", max_length=200)
    set_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False))
    set_by_id: uuid.UUID | None = Field(default=None, foreign_key="member.id")


class VolunteerAllowance(SQLModel, table=True):
    """A volunteer's own allowance agreement: another rate than the centre's (0: none)
    and whether the lower hourly cap for those under 21 applies."""

    __tablename__ = "volunteer_allowance"
    __table_args__ = (
        CheckConstraint("cents_per_hour IS NULL OR (cents_per_hour >= 0 AND cents_per_hour <= 10000)",
                        name="allowance_rate_sensible"),
    )

    member_id: uuid.UUID = Field(foreign_key="member.id", primary_key=True, ondelete="CASCADE")
    cents_per_hour: int | None = None  # None: the centre's rate (setting allowance_cents_per_hour)
    under_21: bool = False
    set_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False))
