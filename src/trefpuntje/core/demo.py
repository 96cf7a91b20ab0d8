"""A believable week of 't Trefpuntje, for trying the software and for training.

Names are invented (Nel, Suus and Ahmed come from the story the centre grew from).
Each area adds a step to ``DEMO_STEPS``.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from sqlmodel import Session, SQLModel, delete, func, select

from trefpuntje.core.activities import create_activity, local_moment, week
from trefpuntje.core.audit import erase_audit_log
from trefpuntje.core.checkins import attendance, check_in
from trefpuntje.core.signups import sign_up
from trefpuntje.core.demo_hours import erase_hours_history, hours_demo
from trefpuntje.core.demo_meals import meals_demo
from trefpuntje.core.demo_shop import shop_demo
from trefpuntje.core.demo_till import erase_till_history, till_demo
from trefpuntje.core.checks import check_day
from trefpuntje.core.errors import NotAllowed
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.members import add_member
from trefpuntje.core.models import REFERENCE_TABLES, Member, MemberRole, Role
from trefpuntje.core.staff_pins import create_coordinator

DEMO_PIN = "1234"

# (first name, last name, roles)
PEOPLE: list[tuple[str, str | None, tuple[Role, ...]]] = [
    ("Nel", "Verhoeven", (Role.VISITOR,)),
    ("Suus", "Verhoeven", (Role.VISITOR, Role.VOLUNTEER)),
    ("Ahmed", "Al-Hassan", (Role.VOLUNTEER,)),
    ("Riet", "Janssen", (Role.VISITOR,)),
    ("Henk", "de Bruijn", (Role.VISITOR, Role.VOLUNTEER)),
    ("Truus", "van Beek", (Role.VISITOR,)),
    ("Gerrit", "Hendriks", (Role.VISITOR,)),
    ("Bep", "Peters", (Role.VISITOR, Role.COOK)),
    ("Jan", "van Dijk", (Role.VISITOR,)),
    ("Wim", "Willems", (Role.VOLUNTEER,)),
    ("Annie", "Smits", (Role.VISITOR,)),
    ("Kees", "Martens", (Role.VISITOR,)),
    ("Fatima", "El Amrani", (Role.VISITOR, Role.COOK)),
    ("Yusuf", "Demir", (Role.VISITOR,)),
    ("Amira", "Haddad", (Role.VISITOR, Role.VOLUNTEER)),
    ("Samir", "Khalil", (Role.VISITOR,)),
    ("Mahmoud", "Saleh", (Role.VISITOR,)),
    ("Layla", "Nasser", (Role.VISITOR,)),
    ("Tesfay", "Gebremedhin", (Role.VISITOR, Role.VOLUNTEER)),
    ("Selam", "Tesfamariam", (Role.VISITOR,)),
    ("Oksana", "Kovalenko", (Role.VISITOR, Role.COOK)),
    ("Dmytro", "Shevchenko", (Role.VISITOR,)),
    ("Mei", "Chen", (Role.VISITOR,)),
    ("Priya", "Raman", (Role.VOLUNTEER,)),
    ("Thijs", "Bakker", (Role.VISITOR,)),
    ("Sanne", "Visser", (Role.VOLUNTEER,)),
    ("Daan", "Mulder", (Role.VISITOR,)),
    ("Lotte", "de Groot", (Role.VISITOR,)),
    ("Bram", "Bos", (Role.VISITOR,)),
    ("Femke", "Vos", (Role.VOLUNTEER, Role.COOK)),
    ("Joost", "Dekker", (Role.VISITOR,)),
    ("Ineke", "Brouwer", (Role.VISITOR,)),
    ("Mustafa", "Yilmaz", (Role.VISITOR,)),
    ("Zeynep", "Kaya", (Role.VISITOR,)),
    ("Noah", "Meijer", (Role.VISITOR,)),
    ("Emma", "Koster", (Role.VISITOR,)),
    ("Ruud", "Prins", (Role.STAFF,)),
    ("Karin", "Huisman", (Role.STAFF,)),
    ("Hamid", "Rahimi", (Role.STAFF, Role.VOLUNTEER)),
]

COORDINATOR_NAME = "Ingrid"


@dataclass
class DemoResult:
    coordinator_pin: str
    today_offset: int = 0  # today's weekday: what lies before it has happened
    counts: dict[str, int] = field(default_factory=dict)


def _data_tables() -> list:  # type: ignore[type-arg]
    return [table for table in SQLModel.metadata.sorted_tables if table.name not in REFERENCE_TABLES]


def has_data(session: Session) -> bool:
    """Any row in any Trefpuntje table (settings and PIN counts included)."""
    return any(session.exec(select(func.count()).select_from(table)).one()  # type: ignore[call-overload]
               for table in _data_tables())


def wipe_all(session: Session) -> None:
    """Empty every Trefpuntje table, children first; the schema stays."""
    erase_till_history(session)  # lifts the till's append-only triggers inside this transaction only
    erase_hours_history(session)  # and those of the hours' history
    erase_audit_log(session)  # and those of the audit log
    for table in reversed(_data_tables()):
        session.exec(delete(table))  # type: ignore[call-overload]


_POSTCODE_LETTERS = "BCEGHJKLMNPRTVWX"  # never SA, SD or SS in a Dutch postcode


def contact_details(index: int, first_name: str, last_name: str) -> dict[str, object]:
    """Invented contact details for the ``index``-th demo member, as staff would take
    them down with consent: a mobile number, a Nijmegen postcode and, for two in three,
    an e-mail address at example.org (a domain kept for examples). They let the demo
    show what the office sees, and let a test prove no public screen shows them."""
    letters = _POSTCODE_LETTERS[index % 16] + _POSTCODE_LETTERS[(index * 5 + 3) % 16]
    details: dict[str, object] = {
        "phone": f"06-{(48_213_507 + index * 7_919_113) % 100_000_000:08d}",
        "postcode": f"{6511 + index * 7 % 35} {letters}",
        "consent_contact": True,
    }
    if index % 3 != 2:
        local = f"{first_name}.{last_name}".lower().replace(" ", "")
        details["email"] = f"{local}@example.org"
    return details


def _members(session: Session, result: DemoResult, week_start: date, rng: random.Random) -> None:
    for index, (first_name, last_name, roles) in enumerate(PEOPLE):
        details = contact_details(index, first_name, last_name) if last_name else {}
        add_member(session, first_name=first_name, last_name=last_name, roles=roles, **details)
    create_coordinator(session, first_name=COORDINATOR_NAME, pin=result.coordinator_pin)
    result.counts[QT_TRANSLATE_NOOP("cli", "members")] = len(PEOPLE) + 1


def _activities(session: Session, result: DemoResult, week_start: date, rng: random.Random) -> None:
    leaders = {m.first_name: m.id for m in session.exec(select(Member)).all()}
    plan = [
        # title, pictogram, location, leader, weekday, start, minutes, capacity, sign-up
        ("Beweegles in de beweegtuin", "exercise", "Beweegtuin", "Ahmed", 1, time(10, 0), 60, 12, True),
        ("Koffieochtend", "coffee_morning", "Koffiehoek", "Henk", 2, time(10, 0), 120, None, False),
        ("Dagbesteding: creatief", "day_activities", "Aula", "Ruud", 0, time(9, 30), 180, 8, True),
        ("Dagbesteding: tuin", "day_activities", "Beweegtuin", "Karin", 3, time(9, 30), 180, 8, True),
        ("Naaiatelier", "sewing", "Atelier", "Amira", 4, time(14, 0), 120, 6, True),
        ("Beweegles voor ouderen", "exercise", "Aula", "Ahmed", 3, time(15, 0), 45, 10, True),
    ]
    for title, pictogram, location, leader, weekday, start, minutes, capacity, signup in plan:
        create_activity(
            session,
            title=title,
            pictogram=pictogram,
            location=location,
            leader_id=leaders.get(leader),
            starts_on=week_start + timedelta(days=weekday),
            start_time=start,
            duration_minutes=minutes,
            capacity=capacity,
            signup_required=signup,
        )
    result.counts[QT_TRANSLATE_NOOP("cli", "activities")] = len(plan)


def _sign_ups_and_check_ins(session: Session, result: DemoResult, week_start: date, rng: random.Random) -> None:
    """Two weeks of sign-ups made the week before, the sewing workshop full with a
    waiting list, and check-ins (sign-ups and walk-ins) for what already happened."""
    visitors = [m.id for m in session.exec(select(Member).join(MemberRole).where(MemberRole.role == Role.VISITOR.value)).all()]
    booked = local_moment(week_start - timedelta(days=3), time(10))
    views = week(session, monday=week_start) + week(session, monday=week_start + timedelta(days=7))
    signups = 0
    for view in views:
        if not view.signup_required or view.capacity is None:
            continue
        wanted = view.capacity + 2 if view.pictogram == "sewing" else rng.randint(2, view.capacity - 2)
        for member_id in rng.sample(visitors, wanted):
            signups += 1
            sign_up(session, member_id=member_id, occurrence_id=view.id, now=booked + timedelta(minutes=signups))
    checkins = 0
    today_start = local_moment(week_start + timedelta(days=result.today_offset), time(0))
    for view in views:
        if view.ends_at > today_start:
            continue
        people = [row.member_id for row in attendance(session, occurrence_id=view.id) if row.status == "confirmed"]
        people = [p for p in people if rng.random() < 0.85] + rng.sample(visitors, 3 if view.signup_required else 9)
        for member_id in dict.fromkeys(people):
            check_in(session, member_id=member_id, occurrence_id=view.id, now=view.starts_at - timedelta(minutes=5))
            checkins += 1
    result.counts[QT_TRANSLATE_NOOP("cli", "sign-ups")] = signups
    result.counts[QT_TRANSLATE_NOOP("cli", "check-ins")] = checkins


DemoStep = Callable[[Session, DemoResult, date, random.Random], None]
DEMO_STEPS: list[DemoStep] = [_members, _activities, _sign_ups_and_check_ins, meals_demo, till_demo, hours_demo,
                              shop_demo]


def fill_demo(session: Session, *, today: date, force: bool = False, pin: str = DEMO_PIN) -> DemoResult:
    """Fill an empty database with a demo week; with ``force``, empty it first."""
    check_day(today)
    if has_data(session):
        if not force:
            raise NotAllowed(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This database already holds data. Nothing was changed. "
                    "Use --force to delete everything and start afresh with demo data.",
                )
            )
        wipe_all(session)
    rng = random.Random(49)  # the same demo every time
    result = DemoResult(coordinator_pin=pin, today_offset=today.weekday())
    week_start = today - timedelta(days=today.weekday())
    for step in DEMO_STEPS:
        step(session, result, week_start, rng)
    return result
