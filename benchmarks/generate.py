"""Write a database of "ten years of a busy centre", for the benchmarks.

    python -m benchmarks.generate --db PATH [--years 10] [--members 5000] [--seed 1] [--force]

Rows go in with SQLAlchemy core in batches, not one ORM object at a time, so that
thousands of members take seconds. Each area adds a step function to ``STEPS``:
``step(session, rng, years, counts)`` makes its rows and prints what it made.
"""

from __future__ import annotations

import argparse
import random
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlmodel import Session, SQLModel

from trefpuntje.core.models import Activity, Member, MemberRole, Recurrence, Role
from trefpuntje.core.staff_pins import create_coordinator
from trefpuntje.db.migrate import open_database

BATCH = 2000
COORDINATOR_NAME = "Ingrid"
COORDINATOR_PIN = "1234"

# Sizes the steps read; --members overrides "members". Later steps add their own keys.
DEFAULT_COUNTS: dict[str, int] = {
    "members": 5000,
    "weekly_running": 22,  # weekly activities running at any one time
    "one_off_per_year": 30,  # outings, parties, information evenings
}

Step = Callable[[Session, random.Random, int, dict[str, int]], None]

FIRST_NAMES = (
    "Nel Suus Ahmed Riet Henk Truus Gerrit Bep Jan Wim Annie Kees Fatima Yusuf Amira Samir "
    "Mahmoud Layla Tesfay Selam Oksana Dmytro Mei Priya Thijs Sanne Daan Lotte Bram Femke "
    "Joost Ineke Mustafa Zeynep Noah Emma Ruud Karin Hamid Sophie Lucas Julia Milan Anouk "
    "Mohamed Nora Omar Yara Piet Greet Marij Ton Hanneke Bas Fleur Anna Kofi Ama Ivan Olena "
    "Wei Lin Hassan Aisha Bilal Mariam Jeroen Marieke Sem Tess Luuk Iris Khadija Rachid"
).split()
LAST_NAMES = (
    "Verhoeven Al-Hassan Janssen de-Bruijn van-Beek Hendriks Peters van-Dijk Willems Smits "
    "Martens El-Amrani Demir Haddad Khalil Saleh Nasser Gebremedhin Kovalenko Shevchenko Chen "
    "Raman Bakker Visser Mulder de-Groot Bos Vos Dekker Brouwer Yilmaz Kaya Meijer Koster Prins "
    "Huisman Rahimi Jansen de-Vries van-den-Berg Bosman Arts Gerritsen Mensah Boateng Nguyen"
).split()
LANGUAGES = ("nl", "nl", "nl", "nl,en", "ar,nl", "tr,nl", "ti", "uk,en", "zh,en", "en")
AGE_BANDS = ("<18", "18-30", "30-50", "50-65", "65-80", "80+")

# title, pictogram, location, minutes, capacity, sign-up required
ACTIVITY_KINDS: tuple[tuple[str, str, str, int, int | None, bool], ...] = (
    ("Beweegles in de beweegtuin", "exercise", "Beweegtuin", 60, 12, True),
    ("Beweegles voor ouderen", "exercise", "Aula", 45, 10, True),
    ("Koffieochtend", "coffee_morning", "Koffiehoek", 120, None, False),
    ("Dagbesteding: creatief", "day_activities", "Aula", 180, 8, True),
    ("Dagbesteding: tuin", "day_activities", "Beweegtuin", 180, 8, True),
    ("Naaiatelier", "sewing", "Atelier", 120, 6, True),
    ("Taalcafé", "coffee", "Koffiehoek", 90, 15, True),
    ("Samen koken", "meals", "Keuken", 150, 10, True),
    ("Repair café", "activities", "Atelier", 180, None, False),
    ("Huiswerkclub", "activities", "Aula", 90, 12, True),
    ("Wandelgroep", "exercise", "Voordeur", 60, 20, False),
)
ONE_OFF_TITLES = ("Buurtfeest", "Uitje naar het bos", "Informatieavond", "Kerstdiner", "Suikerfeest", "Open dag")


def batched(rows: Iterable[dict[str, Any]], size: int = BATCH) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


def bulk_insert(session: Session, model: type[SQLModel], rows: Iterable[dict[str, Any]]) -> int:
    made = 0
    for batch in batched(rows):
        session.execute(insert(model), batch)
        made += len(batch)
    return made


def new_id(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def first_day(years: int) -> date:
    return date.today() - timedelta(days=round(365.25 * years))


def random_day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange(max(1, (end - start).days)))


def pick_roles(rng: random.Random) -> set[Role]:
    """Mostly visitors, about one in six volunteers, a few cooks and staff, like the demo."""
    roles = {Role.VISITOR} if rng.random() < 0.85 else set()
    if rng.random() < 0.16:
        roles.add(Role.VOLUNTEER)
    if rng.random() < 0.05:
        roles.add(Role.COOK)
    if rng.random() < 0.01:
        roles.add(Role.STAFF)
    return roles or {Role.VOLUNTEER}


def make_members(session: Session, rng: random.Random, years: int, counts: dict[str, int]) -> None:
    start = first_day(years)
    members: list[dict[str, Any]] = []
    roles: list[dict[str, Any]] = []
    for _ in range(counts["members"]):
        member_id = new_id(rng)
        joined = datetime.combine(random_day(rng, start, date.today()), clock(rng.randrange(9, 17)), UTC)
        talkative = rng.random() < 0.6  # left more than a first name
        members.append({
            "id": member_id,
            "first_name": rng.choice(FIRST_NAMES),
            "last_name": rng.choice(LAST_NAMES).replace("-", " ") if talkative else None,
            "phone": f"06{rng.randrange(10**8):08d}" if talkative and rng.random() < 0.7 else None,
            "email": f"buur{rng.randrange(10**6)}@example.org" if talkative and rng.random() < 0.4 else None,
            "postcode": f"65{rng.randrange(10, 45)} {rng.choice('ABCDEGHJKLMNPRSTVWXZ')}{rng.choice('ABCDEGHJKLMNPRSTVWXZ')}"
            if talkative else None,
            "birth_year_band": rng.choice(AGE_BANDS) if rng.random() < 0.5 else None,
            "languages": rng.choice(LANGUAGES) if rng.random() < 0.5 else None,
            "consent_photos": rng.random() < 0.3,
            "consent_contact": talkative and rng.random() < 0.5,
            "created_at": joined,
        })
        roles.extend({"member_id": member_id, "role": role.value} for role in sorted(pick_roles(rng)))
    made = bulk_insert(session, Member, members)
    made_roles = bulk_insert(session, MemberRole, roles)
    print(f"  members: {made} members with {made_roles} roles")


def make_coordinator(session: Session, rng: random.Random, years: int, counts: dict[str, int]) -> None:
    create_coordinator(session, first_name=COORDINATOR_NAME, pin=COORDINATOR_PIN)
    print(f"  coordinator: {COORDINATOR_NAME}, PIN {COORDINATOR_PIN}")


def _leaders(session: Session) -> list[uuid.UUID]:
    query = select(MemberRole.member_id).where(MemberRole.role.in_([Role.VOLUNTEER.value, Role.STAFF.value]))  # type: ignore[attr-defined]
    return sorted(session.execute(query).scalars())


def make_activities(session: Session, rng: random.Random, years: int, counts: dict[str, int]) -> None:
    """Weekly activities that start and stop across the years, a steady number running at
    once (the ones running today have no end), plus one-off events."""
    start, today = first_day(years), date.today()
    leaders = _leaders(session)
    rows: list[dict[str, Any]] = []

    def activity(title: str, kind: tuple[str, str, str, int, int | None, bool], recurrence: Recurrence,
                 starts_on: date, ends_on: date | None) -> dict[str, Any]:
        _, pictogram, location, minutes, capacity, signup = kind
        return {
            "id": new_id(rng), "title": title, "pictogram": pictogram, "location": location,
            "leader_id": rng.choice(leaders) if leaders and rng.random() < 0.8 else None,
            "capacity": capacity, "signup_required": signup, "recurrence": recurrence.value,
            "starts_on": starts_on, "ends_on": ends_on,
            "start_time": clock(rng.choice((9, 10, 13, 14, 15, 19)), rng.choice((0, 30))),
            "duration_minutes": minutes, "active": rng.random() > 0.03,
        }

    weekly = 0
    for _ in range(counts["weekly_running"]):  # each slot: one activity after another
        day = start - timedelta(days=rng.randrange(365))  # some were already running
        while day <= today:
            kind = rng.choice(ACTIVITY_KINDS)
            ends = day + timedelta(weeks=rng.randint(8, 52 * 4))
            rows.append(activity(kind[0], kind, Recurrence.WEEKLY, day, ends if ends <= today else None))
            weekly += 1
            day = ends + timedelta(weeks=rng.randint(1, 6))
    once = counts["one_off_per_year"] * years
    for _ in range(once):
        day = random_day(rng, start, today + timedelta(days=60))
        rows.append(activity(rng.choice(ONE_OFF_TITLES), rng.choice(ACTIVITY_KINDS), Recurrence.ONCE, day, day))
    bulk_insert(session, Activity, rows)
    print(f"  activities: {weekly} weekly, {once} once")


STEPS: list[Step] = [make_members, make_coordinator, make_activities]


def table_counts(session: Session) -> dict[str, int]:
    return {
        table.name: session.execute(select(func.count()).select_from(table)).scalar_one()
        for table in SQLModel.metadata.sorted_tables
    }


def generate(path: Path, *, years: int, counts: dict[str, int], seed: int) -> dict[str, int]:
    database = open_database(f"sqlite:///{path.resolve()}").database
    rng = random.Random(seed)
    try:
        with database.write() as session:
            for step in STEPS:
                began = time.perf_counter()
                step(session, rng, years, counts)
                print(f"    ({time.perf_counter() - began:.2f} s)")
        with database.read() as session:
            return table_counts(session)
    finally:
        database.dispose()


def remove_database(path: Path) -> None:
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        name.unlink(missing_ok=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path, metavar="PATH", help="the SQLite file to write")
    parser.add_argument("--years", type=int, default=10, help="years of history (default 10)")
    parser.add_argument("--members", type=int, default=DEFAULT_COUNTS["members"], help="number of members (default 5000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    args = parser.parse_args(argv)
    if args.db.exists():
        if not args.force:
            parser.exit(1, f"{args.db} exists; use --force to overwrite it.\n")
        remove_database(args.db)
    began = time.perf_counter()
    print(f"Generating {args.years} years, {args.members} members, seed {args.seed} into {args.db}")
    rows = generate(
        args.db, years=args.years, counts={**DEFAULT_COUNTS, "members": args.members}, seed=args.seed
    )
    print("Rows: " + ", ".join(f"{name} {n}" for name, n in rows.items()))
    print(f"Done in {time.perf_counter() - began:.1f} s ({args.db.stat().st_size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
