"""Demo data for volunteer hours: tasks, a roster for last week, this week and next,
clocked hours, a forgotten clock-out closed at its shift's end and one flagged for the
coordinator, hours added afterwards (one waiting for approval, one approved, one
corrected with a reason), the year's earlier hours of the regular volunteers, and an
allowance that nears its tax-free cap. A step for ``core.demo.DEMO_STEPS``."""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import insert, text
from sqlmodel import Session, select

from trefpuntje.core.activities import LOCAL, local_moment
from trefpuntje.core.hours import add_manual_entry, clock_in, close_forgotten_clock_outs
from trefpuntje.core.hours_allowance import set_volunteer_allowance
from trefpuntje.core.hours_review import approve_entry, correct_entry
from trefpuntje.core.hours_roster import add_task
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.models import (
    ChangeAction,
    EntrySource,
    EntryStatus,
    HourChange,
    HourEntry,
    Member,
    Shift,
    ShiftAssignment,
)

if TYPE_CHECKING:
    from trefpuntje.core.demo import DemoResult  # demo.py imports this module for DEMO_STEPS

# name, pictogram
TASKS = [
    ("Koffiehoek", "coffee"),
    ("Weggeefwinkel", "shop"),
    ("Activiteitenbegeleiding", "activities"),
    ("Trainer beweegtuin", "exercise"),
    ("Koken", "meals"),
    ("Schoonmaken", "soap"),
]
# weekday, start, end, task, places, volunteers
ROSTER = [
    *((day, time(9, 30), time(12, 30), "Koffiehoek", 2, (("Henk", "Suus", "Wim", "Sanne", "Henk")[day],))
      for day in range(5)),
    *((day, time(12, 30), time(16, 0), "Koffiehoek", 2, (("Wim", "Sanne", "Suus", "Hamid", "Suus")[day],))
      for day in range(5)),
    (1, time(13, 0), time(16, 0), "Weggeefwinkel", 2, ("Amira", "Priya")),
    (3, time(13, 0), time(16, 0), "Weggeefwinkel", 2, ("Amira",)),
    (1, time(9, 45), time(11, 15), "Trainer beweegtuin", 1, ("Ahmed",)),
    (3, time(14, 45), time(16, 0), "Trainer beweegtuin", 1, ("Ahmed",)),
    (0, time(9, 15), time(12, 45), "Activiteitenbegeleiding", 2, ("Tesfay",)),
    (2, time(15, 0), time(18, 0), "Koken", 2, ("Femke", "Fatima")),
    (4, time(16, 0), time(17, 0), "Schoonmaken", 2, ("Tesfay",)),
]
# The regulars' earlier hours this year, every week: who, task, weekday, start, minutes.
EARLIER = [
    ("Ahmed", "Trainer beweegtuin", 1, time(9, 30), 240),
    ("Ahmed", "Trainer beweegtuin", 3, time(13, 30), 255),
    ("Suus", "Koffiehoek", 2, time(9, 30), 180),
    ("Henk", "Koffiehoek", 0, time(9, 30), 180),
    ("Amira", "Weggeefwinkel", 1, time(13, 0), 180),
    ("Femke", "Koken", 2, time(15, 0), 180),
]
COORDINATOR = "Ingrid"
AHMED_MONTH_MINUTES = 39 * 60  # at EUR 5 an hour: EUR 195, 93 % of the EUR 210 monthly cap


class _Rows:
    """Roster and clocked hours as plain INSERTs: hundreds of rows, and the demo must stay
    quick (the services' own tests cover the rules; these rows follow them)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.shifts: list[dict[str, object]] = []
        self.places: list[dict[str, object]] = []
        self.entries: list[dict[str, object]] = []
        self.changes: list[dict[str, object]] = []

    def shift(self, task_id: uuid.UUID, begin: datetime, end: datetime, places: int, volunteers: list[uuid.UUID],
              planned_by_id: uuid.UUID, planned_at: datetime) -> uuid.UUID:
        shift_id = uuid.uuid4()
        self.shifts.append(dict(id=shift_id, task_id=task_id, starts_at=begin, ends_at=end, places=places, note="",
                                cancelled=False, planned_by_id=planned_by_id, created_at=planned_at))
        self.places += [dict(shift_id=shift_id, member_id=m, seat_no=n, assigned_at=planned_at,
                             assigned_by_id=planned_by_id) for n, m in enumerate(volunteers, start=1)]
        return shift_id

    def clocked(self, who: uuid.UUID, task_id: uuid.UUID, shift_id: uuid.UUID | None, begin: datetime,
                end: datetime) -> None:
        entry_id = uuid.uuid4()
        self.entries.append(dict(id=entry_id, member_id=who, task_id=task_id, shift_id=shift_id,
                                 source=EntrySource.CLOCK.value, status=EntryStatus.DONE.value, started_at=begin,
                                 ended_at=end, note="", created_at=begin, created_by_id=who))
        common = dict(entry_id=entry_id, changed_by_id=who, new_task_id=task_id, new_started_at=begin, reason=None)
        self.changes += [
            dict(id=uuid.uuid4(), seq=1, changed_at=begin, action=ChangeAction.CLOCKED_IN.value, old_status=None,
                 new_status=EntryStatus.OPEN.value, old_task_id=None, old_started_at=None, old_ended_at=None,
                 new_ended_at=None, **common),
            dict(id=uuid.uuid4(), seq=2, changed_at=end, action=ChangeAction.CLOCKED_OUT.value,
                 old_status=EntryStatus.OPEN.value, new_status=EntryStatus.DONE.value, old_task_id=task_id,
                 old_started_at=begin, old_ended_at=None, new_ended_at=end, **common)]

    def save(self, session: Session) -> None:
        for table, rows in ((Shift, self.shifts), (ShiftAssignment, self.places), (HourEntry, self.entries),
                            (HourChange, self.changes)):
            if rows:
                session.execute(insert(table.__table__), rows)  # type: ignore[attr-defined]


def _earlier_this_year(rows: _Rows, people: dict[str, uuid.UUID], tasks: dict[str, uuid.UUID], first: date,
                       last: date) -> None:
    """The regulars' weekly hours from ``first`` to before ``last``; and in the last
    whole month, Ahmed's exercise week brings his allowance to 93 % of the monthly
    cap, so the overview has a warning to show."""
    monday = first - timedelta(days=first.weekday())
    while monday < last:
        for name, task, weekday, start, minutes in EARLIER:
            day = monday + timedelta(days=weekday)
            if not first <= day < last or rows.rng.random() < 0.12:  # holidays, a cold
                continue
            begin = local_moment(day, start) + timedelta(minutes=rows.rng.randint(-5, 5))
            rows.clocked(people[name], tasks[task], None, begin,
                         begin + timedelta(minutes=minutes + rows.rng.randint(-10, 10)))
        monday += timedelta(days=7)
    if last.month == 1:
        return
    month_start, ahmed = date(last.year, last.month - 1, 1), people["Ahmed"]
    begin_of_month = local_moment(month_start, time(0))
    done = sum(int((e["ended_at"] - e["started_at"]).total_seconds() // 60)  # type: ignore[operator]
               for e in rows.entries if e["member_id"] == ahmed and begin_of_month <= e["started_at"]  # type: ignore[operator]
               and e["started_at"].astimezone(LOCAL).month == month_start.month)  # type: ignore[attr-defined]
    needed = AHMED_MONTH_MINUTES - done
    saturday = month_start + timedelta(days=(5 - month_start.weekday()) % 7)
    while needed > 0 and saturday.month == month_start.month:
        stretch = min(needed, 6 * 60)
        begin = local_moment(saturday, time(10))
        rows.clocked(ahmed, tasks["Trainer beweegtuin"], None, begin, begin + timedelta(minutes=stretch))
        needed -= stretch
        saturday += timedelta(days=7)


def _roster(rows: _Rows, people: dict[str, uuid.UUID], tasks: dict[str, uuid.UUID], monday: date, until: datetime,
            planned_at: datetime, skip: tuple[str, datetime]) -> None:
    """The week's shifts; who was on one that is over by ``until`` clocked in a little
    before its start and out around its end (but for ``skip``: who forgot, and when)."""
    for weekday, start, end, task, places, names in ROSTER:
        day = monday + timedelta(days=weekday)
        begin, finish = local_moment(day, start), local_moment(day, end)
        shift_id = rows.shift(tasks[task], begin, finish, places, [people[n] for n in names], people[COORDINATOR],
                              planned_at)
        for name in names:
            if finish <= until and (name, begin) != skip:
                rows.clocked(people[name], tasks[task], shift_id, begin - timedelta(minutes=rows.rng.randint(0, 12)),
                             finish + timedelta(minutes=rows.rng.randint(-10, 15)))


def hours_demo(session: Session, result: DemoResult, week_start: date, rng: random.Random) -> None:
    people = {m.first_name: m.id for m in session.exec(select(Member)).all()}
    coordinator = people[COORDINATOR]
    tasks = {name: add_task(session, name=name, pictogram=pictogram).id for name, pictogram in TASKS}
    today = week_start + timedelta(days=result.today_offset)
    last_monday = week_start - timedelta(days=7)
    planned_at = local_moment(last_monday - timedelta(days=5), time(14))
    this_morning = local_moment(today, time(3, 15))
    # Suus forgot to clock out after last Wednesday's afternoon at the coffee corner.
    forgot = ("Suus", local_moment(last_monday + timedelta(days=2), time(12, 30)))
    rows = _Rows(rng)
    _earlier_this_year(rows, people, tasks, date(last_monday.year, 1, 1), last_monday)
    for monday in (last_monday, week_start, week_start + timedelta(days=7)):
        _roster(rows, people, tasks, monday, this_morning, planned_at, forgot)
    rows.save(session)

    clock_in(session, member_id=people[forgot[0]], task_id=tasks["Koffiehoek"], now=forgot[1])
    # Hamid cleaned up after an event without a shift, and left without a scan.
    hamid_day = today - timedelta(days=1 if (today - timedelta(days=1)).weekday() != 3 else 2)  # not his shift day
    clock_in(session, member_id=people["Hamid"], task_id=tasks["Schoonmaken"], now=local_moment(hamid_day, time(10)))
    # This morning's daily check: Suus's entry closes at her shift's end; Hamid's is flagged for Ingrid.
    close_forgotten_clock_outs(session, now=this_morning)

    # Hours added afterwards: cooking at home, approved; a stretch corrected; one waiting.
    friday, saturday = last_monday + timedelta(days=4), last_monday + timedelta(days=5)
    cooked = add_manual_entry(session, member_id=people["Fatima"], task_id=tasks["Koken"],
                              started_at=local_moment(friday, time(10)), minutes=150,
                              note="Couscous gekookt voor de buurtmaaltijd", now=local_moment(friday, time(15)))
    approve_entry(session, entry_id=cooked.id, coordinator_id=coordinator, now=this_morning + timedelta(hours=6))
    typed = add_manual_entry(session, member_id=people["Oksana"], task_id=tasks["Koken"],
                             started_at=local_moment(saturday, time(14)), minutes=240, note="Borsjt voor twaalf",
                             now=local_moment(saturday, time(20)))
    correct_entry(session, entry_id=typed.id, coordinator_id=coordinator, now=this_morning + timedelta(hours=6),
                  ended_at=local_moment(saturday, time(16, 30)), reason="Oksana zegt: het was 2,5 uur, niet 4")
    add_manual_entry(session, member_id=people["Femke"], task_id=tasks["Koken"],
                     started_at=local_moment(today - timedelta(days=1), time(19)), minutes=150,
                     note="Soep gekookt voor de buurtmaaltijd", now=this_morning)

    # An allowance: Ahmed as trainer at EUR 5 an hour; Tesfay (20) at EUR 2.50, under the lower cap.
    set_volunteer_allowance(session, member_id=people["Ahmed"], cents_per_hour=500, now=planned_at)
    set_volunteer_allowance(session, member_id=people["Tesfay"], cents_per_hour=250, under_21=True, now=planned_at)
    result.counts[QT_TRANSLATE_NOOP("cli", "shifts")] = len(rows.shifts)
    result.counts[QT_TRANSLATE_NOOP("cli", "hour entries")] = len(rows.entries) + 5


def erase_hours_history(session: Session) -> None:
    """Delete the history of hour entries despite its append-only triggers: ONLY for
    ``demo --force`` (``core.demo.wipe_all``). The triggers are lifted inside the
    transaction and restored before it ends."""
    if session.connection().dialect.name == "postgresql":
        session.execute(text("ALTER TABLE hour_change DISABLE TRIGGER USER"))
        session.execute(text("DELETE FROM hour_change"))
        session.execute(text("ALTER TABLE hour_change ENABLE TRIGGER USER"))
        return
    triggers = session.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                    "AND tbl_name = 'hour_change'")).all()
    for name, _ in triggers:
        session.execute(text(f'DROP TRIGGER "{name}"'))
    session.execute(text("DELETE FROM hour_change"))
    for _, sql in triggers:
        session.execute(text(sql))
