"""Write a database of "ten years of a busy centre", for the benchmarks.

    python -m benchmarks.generate --db PATH [--years 10] [--members 5000] [--checkins 1000000]
                                  [--seed 1] [--force]

Rows go in with SQLAlchemy core in batches, not one ORM object at a time, so that
thousands of members take seconds; the three big tables (seats, sign-ups, check-ins)
go in through the driver with values already in the form SQLAlchemy stores, so that a
million check-ins take seconds too. Each area adds a step function to ``STEPS``:
``step(session, rng, years, counts)`` makes its rows and prints what it made.

Next to the database it writes ``<db>.tokens.txt``: the clear tokens of some active
cards, so the benchmark can scan real cards. Tokens are never stored anywhere else.
"""

from __future__ import annotations

import argparse
import random
import time
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock
from itertools import accumulate, islice
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlmodel import Session, SQLModel

from trefpuntje.core.activities import local_moment, week_start
from trefpuntje.core.cards import ALPHABET, PREFIX, TOKEN_LENGTH, normalise, token_hash
from trefpuntje.core.models import (
    Activity,
    Card,
    CheckIn,
    Member,
    MemberRole,
    Occurrence,
    Recurrence,
    Role,
    SignUp,
    SignUpStatus,
)
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
    "checkins": 1_000_000,  # over all the years; --checkins overrides
    "tokens": 250,  # clear card tokens written to <db>.tokens.txt for the benchmark
}
RAW_BATCH = 50_000  # rows per executemany for the big tables

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


def batched(rows: Iterable[Any], size: int = BATCH) -> Iterator[list[Any]]:
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


# -- the history of activities: occurrences, seats, sign-ups, check-ins, cards ----------
# The big tables go in through the driver (``raw_insert``) with values already in the
# form SQLAlchemy stores on SQLite, checked against SQLAlchemy's own bind processors.

_V4_CLEAR = ~((0xF000 << 64) | (0xC000 << 48))
_V4_SET = (0x4000 << 64) | (0x8000 << 48)


def new_hex_id(rng: random.Random) -> str:
    """``new_id(rng).hex`` without building the UUID object (a million of them add up)."""
    return f"{(rng.getrandbits(128) & _V4_CLEAR) | _V4_SET:032x}"


def moment_text(value: datetime) -> str:
    """An aware moment as ``UTCDateTime`` stores it on SQLite: naive UTC text."""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")


def check_storage_forms(session: Session) -> None:
    """Fail loudly if SQLAlchemy ever stores UUIDs, moments or flags differently from ``raw_insert``."""
    dialect = session.get_bind().dialect
    columns = CheckIn.__table__.c  # type: ignore[attr-defined]
    sample_id, sample_moment = new_id(random.Random(7)), datetime(2024, 3, 31, 1, 30, 5, 7, tzinfo=UTC)
    assert sample_id.hex == new_hex_id(random.Random(7))
    def stored(column: Any, value: Any) -> Any:
        return column.type.dialect_impl(dialect).bind_processor(dialect)(value)

    assert stored(columns.id, sample_id) == sample_id.hex
    assert stored(columns.checked_in_at, sample_moment) == moment_text(sample_moment)
    assert stored(columns.walk_in, True) == 1


def raw_insert(session: Session, table: str, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> int:
    """executemany through the driver, ``RAW_BATCH`` rows at a time, in the open transaction."""
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    connection = session.connection()
    made = 0
    for batch in batched(rows, RAW_BATCH):
        connection.exec_driver_sql(sql, batch)  # type: ignore[arg-type]
        made += len(batch)
    return made


def history_end() -> datetime:
    """The line between what has happened and what is planned: the start of today (UTC), so
    that the same seed on the same day gives the same database."""
    return datetime.combine(date.today(), clock(0), UTC)


@contextmanager
def indexes_dropped(session: Session, table: str) -> Iterator[None]:
    """Drop ``table``'s own indexes for a bulk load and build them again after, with their
    exact SQL from the schema: building an index once is faster than growing it row by
    row. (Primary keys and UNIQUE constraints stay; they have no SQL of their own.)"""
    connection = session.connection()
    indexes = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", (table,)
    ).all()
    for name, _ in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in indexes:
        connection.exec_driver_sql(sql)


def _members_in_order(session: Session) -> list[tuple[uuid.UUID, datetime]]:
    """Every member with the day they joined, in an order the seed decides: by id, and the
    coordinator (whose id the service draws at random) last."""
    coordinators = select(MemberRole.member_id).where(MemberRole.role == Role.COORDINATOR.value)
    is_coordinator = Member.id.in_(coordinators)  # type: ignore[attr-defined]
    rows = session.execute(select(Member.id, Member.created_at, is_coordinator)).all()
    return [(member_id, joined) for member_id, joined, _ in sorted(rows, key=lambda r: (r[2], r[0]))]


def _everyone(session: Session) -> list[str]:
    """Every member id, as the 32 hex digits stored (strings hash faster than UUIDs)."""
    return [member_id.hex for member_id, _ in _members_in_order(session)]


def _pools(session: Session, rng: random.Random) -> dict[uuid.UUID, list[str]]:
    """Each activity's regulars, the same for sign-ups and walk-ins: about three per place
    (1,500 for the activities without a limit). How often someone comes has a long tail
    (a Pareto weight), so some neighbours belong to many activities' regulars and have
    hundreds of check-ins, others a handful. Made once, kept in ``session.info``."""
    pools: dict[uuid.UUID, list[str]] | None = session.info.get("benchmark_pools")
    if pools is None:
        everyone = _everyone(session)
        cumulative = list(accumulate(min(50.0, rng.paretovariate(1.2)) for _ in everyone))
        pools = {}
        for activity_id, capacity in session.execute(select(Activity.id, Activity.capacity).order_by(Activity.id)):
            size = min(len(everyone), max(12, 3 * capacity) if capacity else 1500)
            pools[activity_id] = list(dict.fromkeys(rng.choices(everyone, cum_weights=cumulative, k=2 * size)))[:size]
        session.info["benchmark_pools"] = pools
    return pools


def _pick(rng: random.Random, pool: list[str], everyone: list[str], k: int,
          taken: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """``k`` different members, none of ``taken``: regulars first, then anyone."""
    free = [m for m in pool if m not in taken]
    if k <= len(free):
        return rng.sample(free, k)
    chosen = taken | set(free)
    others = [m for m in everyone if m not in chosen]
    return free + rng.sample(others, min(k - len(free), len(others)))


def _share(rng: random.Random, total: int, caps: dict[uuid.UUID, int]) -> dict[uuid.UUID, int]:
    """Spread ``total`` over the keys of ``caps`` with random weights, none above its cap."""
    result = dict.fromkeys(caps, 0)
    open_keys = [k for k, cap in caps.items() if cap > 0]
    while total > 0 and open_keys:
        weights = [rng.uniform(0.5, 1.5) for _ in open_keys]
        scale = total / sum(weights)
        for key, weight in zip(open_keys, weights):
            n = min(int(weight * scale), caps[key] - result[key])
            result[key] += n
            total -= n
        open_keys = [k for k in open_keys if result[k] < caps[k]]
        for key in rng.sample(open_keys, min(total, len(open_keys))):  # what rounding left
            result[key] += 1
            total -= 1
        open_keys = [k for k in open_keys if result[k] < caps[k]]
    return result


def make_occurrences(session: Session, rng: random.Random, years: int, counts: dict[str, int]) -> None:
    """Every dated session of every activity until the end of next week (what a kiosk that
    shows two weeks has made by now), at the same moments ``ensure_occurrences`` picks;
    one seat row per place; about one in fifty cancelled."""
    today = date.today()
    horizon = week_start(today) + timedelta(days=13)
    occurrences: list[dict[str, Any]] = []
    seats: list[tuple[str, int]] = []
    activities = select(Activity.__table__).order_by(Activity.starts_on, Activity.id)  # type: ignore[call-overload]
    for a in session.execute(activities).all():
        last = min(a.ends_on or horizon, horizon)
        weeks = (last - a.starts_on).days // 7 + 1 if a.recurrence == Recurrence.WEEKLY.value else 1
        for day in (a.starts_on + timedelta(weeks=n) for n in range(weeks)):
            if day > last or (day >= today and not a.active):
                continue
            starts, occurrence_id = local_moment(day, a.start_time), new_id(rng)
            occurrences.append({
                "id": occurrence_id, "activity_id": a.id, "starts_at": starts,
                "ends_at": starts + timedelta(minutes=a.duration_minutes), "capacity": a.capacity,
                "cancelled": rng.random() < 0.02,
            })
            seats.extend((occurrence_id.hex, n) for n in range(1, (a.capacity or 0) + 1))
    made = bulk_insert(session, Occurrence, occurrences)
    made_seats = raw_insert(session, "occurrence_seat", ("occurrence_id", "seat_no"), seats)
    cancelled = sum(o["cancelled"] for o in occurrences)
    print(f"  occurrences: {made} until {horizon} ({cancelled} cancelled), {made_seats} seats")


def make_signups(session: Session, rng: random.Random, years: int, counts: dict[str, int]) -> None:
    """Sign-ups for every occurrence that needs them, by the activity's regulars: past ones
    35-100 % filled and a quarter full with a waiting list, the coming two weeks filling
    up; a few cancelled. Seats 1..n go to the first n confirmed (no seat held twice)."""
    now = history_end()
    everyone, pools = _everyone(session), _pools(session, rng)
    occurrences = session.execute(
        select(Occurrence.id, Occurrence.activity_id, Occurrence.starts_at, Occurrence.capacity)
        .join(Activity, Activity.id == Occurrence.activity_id)  # type: ignore[arg-type]
        .where(Activity.signup_required.is_(True))  # type: ignore[attr-defined]
        .order_by(Occurrence.starts_at, Occurrence.id)
    ).all()
    rows: list[tuple[Any, ...]] = []
    tally: Counter[str] = Counter()
    for occurrence_id, activity_id, starts_at, capacity in occurrences:
        days_ahead = (starts_at - now).total_seconds() / 86400
        if days_ahead <= 0:
            fill, full = rng.uniform(0.35, 1.0), rng.random() < 0.25
        else:
            fill, full = max(0.15, 1 - days_ahead / 21) * rng.uniform(0.5, 1.0), rng.random() < 0.1
        if capacity is None:
            confirmed, waiting = max(1, round(15 * fill)), 0
        else:
            confirmed = capacity if full else max(1, min(capacity, round(capacity * fill)))
            waiting = rng.randint(1, 4) if confirmed == capacity else 0
        cancelled = rng.choice((0, 0, 0, 1, 2))
        people = _pick(rng, pools[activity_id], everyone, confirmed + waiting + cancelled)
        opens, closes = starts_at - timedelta(days=14), min(now, starts_at - timedelta(minutes=30))
        span = max(60, int((closes - opens).total_seconds()))
        live = sorted(opens + timedelta(seconds=rng.randrange(span)) for _ in range(confirmed + waiting))
        moments = live + [opens + timedelta(seconds=rng.randrange(span)) for _ in range(cancelled)]
        occurrence_hex = occurrence_id.hex
        for n, (member_id, moment) in enumerate(zip(people, moments)):  # first come, first seated
            if n < confirmed:
                status, seat, changed = SignUpStatus.CONFIRMED.value, n + 1 if capacity else None, moment
            elif n < confirmed + waiting:
                status, seat, changed = SignUpStatus.WAITING.value, None, moment
            else:
                status, seat = SignUpStatus.CANCELLED.value, None
                changed = min(closes, moment + timedelta(hours=rng.randint(1, 48)))
            tally[status] += 1
            rows.append((new_hex_id(rng), occurrence_hex, member_id, status, seat, 0,
                         moment_text(moment), moment_text(changed)))
    made = raw_insert(session, "signup", ("id", "occurrence_id", "member_id", "status", "seat_no", "no_show",
                                          "created_at", "changed_at"), rows)
    kinds = ", ".join(f"{n} {status}" for status, n in tally.items())
    print(f"  sign-ups: {made} for {len(occurrences)} occurrences ({kinds})")


def make_checkins(session: Session, rng: random.Random, years: int, counts: dict[str, int]) -> None:
    """``counts["checkins"]`` check-ins, one per member per occurrence, for the occurrences
    that have begun and were not cancelled: 88 % of the confirmed come (the rest are
    marked no-show, as staff do), walk-ins make up the number: a few at the activities
    with places, most at the ones without a limit (coffee morning, repair café)."""
    check_storage_forms(session)
    now = history_end()
    everyone, pools = _everyone(session), _pools(session, rng)
    past = session.execute(
        select(Occurrence.id, Occurrence.activity_id, Occurrence.starts_at, Occurrence.ends_at, Occurrence.capacity)
        .where(Occurrence.starts_at < now, Occurrence.cancelled.is_(False))  # type: ignore[attr-defined]
        .order_by(Occurrence.id)  # stored as hex text: rows go in in key order, which SQLite likes
    ).all()
    booked: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = defaultdict(list)
    for signup_id, occurrence_id, member_id in session.execute(
        select(SignUp.id, SignUp.occurrence_id, SignUp.member_id)
        .join(Occurrence, Occurrence.id == SignUp.occurrence_id)  # type: ignore[arg-type]
        .where(SignUp.status == SignUpStatus.CONFIRMED.value, Occurrence.starts_at < now,
               Occurrence.cancelled.is_(False))  # type: ignore[attr-defined]
    ):
        booked[occurrence_id].append((signup_id, member_id.hex))
    wanted = counts["checkins"]
    show_rate = min(0.88, wanted / max(1, sum(len(b) for b in booked.values())))
    came = {o.id: [m for _, m in booked[o.id] if rng.random() < show_rate] for o in past}
    surplus = sum(map(len, came.values())) - wanted
    if surplus > 0:  # a tiny --checkins: fewer of the booked come
        dropped = set(rng.sample([(k, i) for k, v in came.items() for i in range(len(v))], surplus))
        came = {k: [m for i, m in enumerate(v) if (k, i) not in dropped] for k, v in came.items()}
    no_shows: list[tuple[str]] = []
    for o in past:
        present = set(came[o.id])
        no_shows += [(s.hex,) for s, m in booked[o.id] if m not in present]
    walk_ins = wanted - sum(map(len, came.values()))
    limited = [o.id for o in past if o.capacity is not None]
    unlimited = [o.id for o in past if o.capacity is None] or limited
    extra = dict.fromkeys(came, 0)
    for key in rng.sample(limited, min(walk_ins, len(limited) // 3)):  # now and then someone drops in
        extra[key] += 1
    room = {k: len(everyone) - len(booked[k]) - extra[k] for k in unlimited}
    for key, n in _share(rng, walk_ins - sum(extra.values()), room).items():
        extra[key] += n

    def rows() -> Iterator[tuple[Any, ...]]:
        for o in past:
            start, minutes = o.starts_at.replace(tzinfo=None), int((o.ends_at - o.starts_at).total_seconds() // 60)
            occurrence_hex, signed_up = o.id.hex, {m for _, m in booked[o.id]}  # no-shows do not walk in
            walkers = _pick(rng, pools[o.activity_id], everyone, extra[o.id], signed_up)
            entries = [(m, new_hex_id(rng), 0, start - timedelta(seconds=rng.randrange(60, 1500))) for m in came[o.id]]
            entries += [(m, new_hex_id(rng), 1, start + timedelta(seconds=rng.randrange(-1200, max(60, minutes * 36))))
                        for m in walkers]
            entries.sort()  # in (occurrence, member) order: the unique index grows at its end
            for member_hex, checkin_hex, walk_in, at in entries:
                yield checkin_hex, occurrence_hex, member_hex, at.isoformat(" ", "microseconds"), walk_in

    with indexes_dropped(session, "checkin"):
        made = raw_insert(session, "checkin", ("id", "occurrence_id", "member_id", "checked_in_at", "walk_in"), rows())
    mark = "UPDATE signup SET no_show = 1 WHERE id = ?"
    session.connection().exec_driver_sql(mark, no_shows)  # type: ignore[arg-type]
    signed = sum(map(len, came.values()))
    print(f"  check-ins: {made} over {len(past)} occurrences ({signed} signed up, {made - signed} walk-ins), "
          f"{len(no_shows)} no-shows")


def make_cards(session: Session, rng: random.Random, years: int, counts: dict[str, int]) -> None:
    """One active card per member (the coordinator too), printed for nearly everyone; about
    one in seven lost a card before (the old one revoked when the new one was issued).
    Tokens have the form of ``cards.new_token()`` but come from the seeded generator, so the
    same seed gives the same cards; only their hashes are stored. The clear tokens of
    ``counts["tokens"]`` random active cards go to ``session.info`` for the tokens file."""
    now = history_end()
    rows: list[dict[str, Any]] = []
    active: dict[uuid.UUID, str] = {}
    for member_id, joined in _members_in_order(session):
        issued = min(now, joined + timedelta(days=rng.randrange(30), minutes=rng.randrange(600)))
        earlier = rng.choices((0, 1, 2), weights=(85, 12, 3))[0]
        for n in range(earlier + 1):
            token = PREFIX + "".join(rng.choices(ALPHABET, k=TOKEN_LENGTH))
            replaced = None if n == earlier else min(now, issued + timedelta(days=rng.randrange(30, 900)))
            printed = (min(now, issued + timedelta(hours=rng.randrange(1, 72)))
                       if replaced or rng.random() < 0.95 else None)
            rows.append({"id": new_id(rng), "member_id": member_id, "token_hash": token_hash(token),
                         "issued_at": issued, "printed_at": printed, "revoked_at": replaced})
            if replaced is None:
                active[member_id] = token
            else:
                issued = replaced
    assert all(normalise(t) == t for t in list(active.values())[:10])  # what a scan of the card gives
    made = bulk_insert(session, Card, rows)
    chosen = rng.sample(sorted(active), min(counts["tokens"], len(active)))
    session.info["benchmark_tokens"] = [active[m] for m in chosen]
    print(f"  cards: {made} ({len(active)} active, {made - len(active)} revoked)")


STEPS: list[Step] = [make_members, make_coordinator, make_activities, make_occurrences, make_signups, make_checkins,
                     make_cards]


def table_counts(session: Session) -> dict[str, int]:
    return {
        table.name: session.execute(select(func.count()).select_from(table)).scalar_one()
        for table in SQLModel.metadata.sorted_tables
    }


TOKENS_HEADER = ("# Benchmark-only test data: clear tokens of active cards in the database next to this file. "
                 "Trefpuntje never stores tokens; do not keep this file with a real database.")


def tokens_path(path: Path) -> Path:
    """Where ``generate`` writes the clear tokens for the benchmark: ``<db>.tokens.txt``."""
    return Path(f"{path}.tokens.txt")


def read_tokens(path: Path) -> list[str]:
    lines = tokens_path(path).read_text(encoding="ascii").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def generate(path: Path, *, years: int, counts: dict[str, int], seed: int) -> dict[str, int]:
    database = open_database(f"sqlite:///{path.resolve()}").database
    rng = random.Random(seed)
    try:
        with database.write() as session:
            # A big page cache for this one connection: the indexes of a million rows stay in memory.
            session.connection().exec_driver_sql("PRAGMA cache_size=-262144")
            for step in STEPS:
                began = time.perf_counter()
                step(session, rng, years, counts)
                print(f"    ({time.perf_counter() - began:.2f} s)")
            tokens = session.info.get("benchmark_tokens", [])
            began = time.perf_counter()
        print(f"  commit: ({time.perf_counter() - began:.2f} s)")
        tokens_path(path).write_text("\n".join([TOKENS_HEADER, *tokens]) + "\n", encoding="ascii")
        with database.read() as session:
            return table_counts(session)
    finally:
        database.dispose()


def remove_database(path: Path) -> None:
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), tokens_path(path)):
        name.unlink(missing_ok=True)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, type=Path, metavar="PATH", help="the SQLite file to write")
    parser.add_argument("--years", type=int, default=10, help="years of history (default 10)")
    parser.add_argument("--members", type=int, default=DEFAULT_COUNTS["members"], help="number of members (default 5000)")
    parser.add_argument("--checkins", type=int, default=DEFAULT_COUNTS["checkins"],
                        help="number of check-ins over all the years (default 1000000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    args = parser.parse_args(argv)
    if args.db.exists():
        if not args.force:
            parser.exit(1, f"{args.db} exists; use --force to overwrite it.\n")
        remove_database(args.db)
    began = time.perf_counter()
    print(f"Generating {args.years} years, {args.members} members, {args.checkins} check-ins, seed {args.seed} "
          f"into {args.db}")
    counts = {**DEFAULT_COUNTS, "members": args.members, "checkins": args.checkins}
    rows = generate(args.db, years=args.years, counts=counts, seed=args.seed)
    print("Rows: " + ", ".join(f"{name} {n}" for name, n in rows.items()))
    print(f"Done in {time.perf_counter() - began:.1f} s ({args.db.stat().st_size / 2**20:.1f} MiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
