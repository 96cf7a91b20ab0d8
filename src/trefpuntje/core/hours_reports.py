"""What volunteer hours add up to: a volunteer's statement for a year (monthly totals
per task), what a thank-you certificate says, the coordinator's overview (hours per
task per month, active volunteers, the share of visitors who also give) and its CSV.

Only counted hours add up (stopped, closed at the end of a shift, approved, corrected);
hours waiting for approval and flagged forgotten clock-outs are shown apart. An entry
belongs to the month, Nijmegen time, in which it started.
"""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, func, select

from trefpuntje.core.checks import within_calendar
from trefpuntje.core.activities import LOCAL
from trefpuntje.core.errors import NotAllowed
from trefpuntje.core.hours import counted_minutes, minutes_between, year_bounds
from trefpuntje.core.hours_allowance import allowance_cents, allowance_rate
from trefpuntje.core.hours_roster import GIVING_ROLES
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.members import ERASED_NAME, get_member, roles_of
from trefpuntje.core.models import CheckIn, EntryStatus, HourEntry, Member, MemberRole, Role, VolunteerTask


@dataclass(frozen=True)
class TaskMonths:
    task_id: uuid.UUID
    name: str
    pictogram: str
    minutes: tuple[int, ...]  # January to December

    @property
    def total(self) -> int:
        return sum(self.minutes)


def _task_months(session: Session, per_task: dict[uuid.UUID, list[int]]) -> tuple[TaskMonths, ...]:
    tasks = {t.id: t for t in session.exec(select(VolunteerTask).where(col(VolunteerTask.id).in_(per_task))).all()}
    rows = [TaskMonths(tid, tasks[tid].name, tasks[tid].pictogram, tuple(months)) for tid, months in per_task.items()]
    return tuple(sorted(rows, key=lambda r: (tasks[r.task_id].sort_order, r.name.lower())))


def _month_totals(rows: tuple[TaskMonths, ...]) -> tuple[int, ...]:
    return tuple(sum(r.minutes[m] for r in rows) for m in range(12))


def _person(session: Session, member_id: uuid.UUID | str) -> Member:
    member = get_member(session, member_id)
    if member.first_name == ERASED_NAME and not roles_of(session, member.id):
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This member's data has been erased."))
    return member


def _full_name(member: Member) -> str:
    return " ".join(p for p in (member.first_name, member.last_name) if p)


@dataclass(frozen=True)
class HoursStatement:
    member_id: uuid.UUID
    first_name: str
    full_name: str
    year: int
    tasks: tuple[TaskMonths, ...]  # tasks with counted hours this year
    month_totals: tuple[int, ...]  # minutes, January to December
    waiting_minutes: int  # added afterwards, not approved yet: not in the totals
    flagged: int  # forgotten clock-outs a coordinator still has to correct
    cents_per_hour: int  # the allowance rate now (0: none)
    allowance_months: tuple[int, ...]  # cents per month at that rate

    @property
    def total_minutes(self) -> int:
        return sum(self.month_totals)


@within_calendar("year")
def hours_statement(session: Session, *, member_id: uuid.UUID | str, year: int) -> HoursStatement:
    """A volunteer's counted hours in ``year``, per task and month."""
    member = _person(session, member_id)
    per_task: dict[uuid.UUID, list[int]] = {}
    for (_member, task_id, month), minutes in counted_minutes(session, year=year, member_id=member.id).items():
        per_task.setdefault(task_id, [0] * 12)[month - 1] += minutes
    tasks = _task_months(session, per_task)
    totals = _month_totals(tasks)
    begin, end = year_bounds(year)
    waiting = 0
    flagged = 0
    for entry in session.exec(select(HourEntry).where(
            HourEntry.member_id == member.id, HourEntry.started_at >= begin, HourEntry.started_at < end,
            col(HourEntry.status).in_((EntryStatus.PENDING.value, EntryStatus.FLAGGED.value)))).all():
        if entry.status == EntryStatus.PENDING.value and entry.ended_at is not None:
            waiting += minutes_between(entry.started_at, entry.ended_at)
        else:
            flagged += 1
    rate, _under_21 = allowance_rate(session, member_id=member.id)
    return HoursStatement(member.id, member.first_name, _full_name(member), year, tasks, totals, waiting, flagged,
                          rate, tuple(allowance_cents(m, rate) for m in totals))


@dataclass(frozen=True)
class Certificate:
    first_name: str
    full_name: str
    year: int
    total_minutes: int
    tasks: tuple[str, ...]  # most hours first
    pictogram: str  # of the task with the most hours


@within_calendar("year")
def certificate_of(session: Session, *, member_id: uuid.UUID | str, year: int) -> Certificate:
    """What a thank-you certificate for ``year`` says; refused without counted hours."""
    statement = hours_statement(session, member_id=member_id, year=year)
    if statement.total_minutes == 0:
        raise NotAllowed(QT_TRANSLATE_NOOP(
            "errors", "{name} has no counted hours in {year} yet, so there is no certificate to print."),
            name=statement.first_name, year=year)
    ranked = sorted(statement.tasks, key=lambda t: -t.total)
    return Certificate(statement.first_name, statement.full_name, year, statement.total_minutes,
                       tuple(t.name for t in ranked), ranked[0].pictogram)


@dataclass(frozen=True)
class GivingShare:
    """"Those who receive also give": of the visitors, how many also volunteer or cook."""

    visitors: int  # members with the visitor role
    also_give: int  # of them, with the volunteer or cook role too
    came: int  # members who checked in to something this year
    came_and_gave: int  # of them, with counted hours this year (or the cook role)

    @property
    def percent(self) -> int:
        return round(100 * self.also_give / self.visitors) if self.visitors else 0

    @property
    def percent_this_year(self) -> int:
        return round(100 * self.came_and_gave / self.came) if self.came else 0


@dataclass(frozen=True)
class HoursOverview:
    year: int
    tasks: tuple[TaskMonths, ...]
    month_totals: tuple[int, ...]
    active_per_month: tuple[int, ...]  # volunteers with counted hours in each month
    active_volunteers: int  # ... in the year
    giving: GivingShare
    waiting: int  # entries waiting for approval
    flagged: int  # forgotten clock-outs to correct

    @property
    def total_minutes(self) -> int:
        return sum(self.month_totals)


def _giving_share(session: Session, year: int, gave: set[uuid.UUID]) -> GivingShare:
    roles: dict[uuid.UUID, set[str]] = {}
    for member_id, role in session.exec(select(MemberRole.member_id, MemberRole.role)).all():
        roles.setdefault(member_id, set()).add(role)
    visitors = {m for m, r in roles.items() if Role.VISITOR.value in r}
    givers = {m for m, r in roles.items() if r & set(GIVING_ROLES)}
    cooks = {m for m, r in roles.items() if Role.COOK.value in r}
    begin, end = year_bounds(year)
    came = set(session.exec(select(CheckIn.member_id).where(col(CheckIn.member_id).is_not(None),
                                                            CheckIn.checked_in_at >= begin,
                                                            CheckIn.checked_in_at < end).distinct()).all())
    return GivingShare(len(visitors), len(visitors & givers), len(came), len(came & (gave | cooks)))


@within_calendar("year")
def hours_overview(session: Session, *, year: int) -> HoursOverview:
    """The coordinator's overview of ``year`` (numbers only; it names nobody)."""
    per_task: dict[uuid.UUID, list[int]] = {}
    active: list[set[uuid.UUID]] = [set() for _ in range(12)]
    for (member_id, task_id, month), minutes in counted_minutes(session, year=year).items():
        per_task.setdefault(task_id, [0] * 12)[month - 1] += minutes
        active[month - 1].add(member_id)
    tasks = _task_months(session, per_task)
    everyone = set().union(*active)
    counts = dict(session.exec(select(HourEntry.status, func.count()).where(col(HourEntry.status).in_(
        (EntryStatus.PENDING.value, EntryStatus.FLAGGED.value))).group_by(col(HourEntry.status))).all())
    return HoursOverview(year, tasks, _month_totals(tasks), tuple(len(a) for a in active), len(everyone),
                         _giving_share(session, year, everyone), counts.get(EntryStatus.PENDING.value, 0),
                         counts.get(EntryStatus.FLAGGED.value, 0))


def hours_text(minutes: int) -> str:
    """Minutes as hours and minutes: 90 -> '1:30'."""
    return f"{minutes // 60}:{minutes % 60:02d}"


CSV_COLUMNS = ("year", "month", "task", "hours", "minutes", "volunteers")
CSV_DETAIL_COLUMNS = ("date", "member_id", "first_name", "task", "start", "end", "minutes", "status", "source", "note")


@within_calendar("year")
def hours_csv(session: Session, *, year: int, detail: bool = False) -> str:
    """The overview as CSV (comma-separated, UTF-8): one row per task per month with
    hours. ``detail``: one row per entry instead, naming the volunteer (keep it private)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if detail:
        writer.writerow(CSV_DETAIL_COLUMNS)
        begin, end = year_bounds(year)
        rows = session.exec(select(HourEntry, Member.first_name, VolunteerTask.name)
                            .join(Member, Member.id == HourEntry.member_id)
                            .join(VolunteerTask, VolunteerTask.id == HourEntry.task_id)
                            .where(HourEntry.started_at >= begin, HourEntry.started_at < end)
                            .order_by(col(HourEntry.started_at), col(HourEntry.id))).all()
        for entry, first_name, task in rows:
            start = entry.started_at.astimezone(LOCAL)
            stop = entry.ended_at.astimezone(LOCAL) if entry.ended_at else None
            writer.writerow((start.date().isoformat(), entry.member_id, first_name, task, f"{start:%H:%M}",
                             f"{stop:%Y-%m-%d %H:%M}" if stop else "",
                             minutes_between(entry.started_at, entry.ended_at) if entry.ended_at else "",
                             entry.status, entry.source, entry.note))
        return out.getvalue()
    writer.writerow(CSV_COLUMNS)
    people: dict[tuple[uuid.UUID, int], set[uuid.UUID]] = {}
    for (member_id, task_id, month), _minutes in counted_minutes(session, year=year).items():
        people.setdefault((task_id, month), set()).add(member_id)
    for task in hours_overview(session, year=year).tasks:
        for month, minutes in enumerate(task.minutes, start=1):
            if minutes:
                writer.writerow((year, f"{date(year, month, 1):%Y-%m}", task.name, f"{minutes / 60:.2f}", minutes,
                                 len(people.get((task.task_id, month), ()))))
    return out.getvalue()


def years_with_hours(session: Session) -> list[int]:
    """The years (Nijmegen time) in which anyone has counted hours, newest first."""
    starts = session.exec(select(HourEntry.started_at).where(HourEntry.status == EntryStatus.DONE.value)).all()
    return sorted({s.astimezone(LOCAL).year for s in starts}, reverse=True)
