"""A small centre for the volunteer-hours tests: a coordinator, volunteers, a visitor
and three tasks, on a fresh database; and a way to see that a refusal changed nothing."""

from __future__ import annotations

import dataclasses
import typing
import uuid
from datetime import date, datetime, time

from sqlalchemy import text

from trefpuntje.core.activities import local_moment
from trefpuntje.core.hours_roster import add_task
from trefpuntje.core.members import add_member
from trefpuntje.core.models import Role
from trefpuntje.core.staff_pins import create_coordinator

MONDAY = date(2026, 11, 30)


def at(day: int, hour: int, minute: int = 0, *, month: int = 11, year: int = 2026) -> datetime:
    """A wall-clock moment in Nijmegen (November 2026 unless told), as aware UTC."""
    return local_moment(date(year, month, day), time(hour, minute))


@dataclasses.dataclass
class Centre:
    database: typing.Any
    coordinator: uuid.UUID
    staff: uuid.UUID
    suus: uuid.UUID
    ahmed: uuid.UUID
    bep: uuid.UUID  # a cook
    nel: uuid.UUID  # a visitor only
    coffee: uuid.UUID
    shop: uuid.UUID
    cooking: uuid.UUID

    def write(self):  # type: ignore[no-untyped-def]
        return self.database.write()

    def read(self):  # type: ignore[no-untyped-def]
        return self.database.read()

    def rows(self) -> tuple[list[tuple[typing.Any, ...]], ...]:
        """Every row of the hours tables, to compare before and after a refusal."""
        with self.database.read() as session:
            return tuple(sorted(tuple(map(str, row)) for row in session.execute(text(f"SELECT * FROM {table}")).all())
                         for table in ("hour_entry", "hour_change", "shift", "shift_assignment", "volunteer_task",
                                       "allowance_cap", "volunteer_allowance"))


def make_centre(database: typing.Any) -> Centre:
    with database.write() as session:
        coordinator = create_coordinator(session, first_name="Ingrid", pin="1234").id
        staff = add_member(session, first_name="Ruud", roles=[Role.STAFF]).id
        suus = add_member(session, first_name="Suus", last_name="Verhoeven", roles=[Role.VISITOR, Role.VOLUNTEER]).id
        ahmed = add_member(session, first_name="Ahmed", roles=[Role.VOLUNTEER]).id
        bep = add_member(session, first_name="Bep", roles=[Role.VISITOR, Role.COOK]).id
        nel = add_member(session, first_name="Nel", roles=[Role.VISITOR]).id
        coffee = add_task(session, name="Koffiehoek", pictogram="coffee").id
        shop = add_task(session, name="Weggeefwinkel", pictogram="shop").id
        cooking = add_task(session, name="Koken", pictogram="meals").id
    return Centre(database, coordinator, staff, suus, ahmed, bep, nel, coffee, shop, cooking)
