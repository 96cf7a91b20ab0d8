"""The child process of the crash-safety test (not a test module).

    python -m tests.durability.crash_worker DB_PATH [--wait-for-go]

Opens the SQLite database at DB_PATH with ``open_database`` and loops forever doing
real writes through the services, each in its own ``database.write()`` transaction.
It prints one line per write, ``KIND <uuid>``, and only after the ``with`` block has
exited, that is after COMMIT returned:

    member <member id>        add_member (a member with its role rows)
    signup <signup id>        sign_up (confirmed with a seat, or waiting)
    cancel <signup id>        cancel_sign_up (that sign-up is now cancelled)
    checkin <checkin id>      check_in to a walk-in occurrence
    sale <sale id>            sell, paid in cash, with one to three lines
    hourin <entry id>         clock_in: a volunteer starts a task (an open hour entry)
    hourout <entry id>        clock_out: that entry now has its end
    hourflag <entry id>       clock_out of a forgotten entry: flagged for the coordinator
    shop <hand-out id>        hand_out of a neighbour-made item at the shop counter, a till sale by card

The fixtures (members, occurrences, product ids, the open till session) are made by
the parent and read from ``DB_PATH.fixtures.json``. The first line is ``ready`` once
the database is open. With ``--wait-for-go`` the worker imports everything, prints
``loaded`` and waits for a line on stdin before opening the database, so the parent
can start the next worker while it is still checking after the last kill.

Hour entries run on a clock of their own that only moves forward, also across
restarts (a minute after the latest moment already recorded), so a restarted worker
never clocks into the past.
"""

from __future__ import annotations

import json
import random
import sys
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlmodel import col, func, select

from trefpuntje.core.checkins import check_in
from trefpuntje.core.hours import clock_in, clock_out, open_entry
from trefpuntje.core.models.hours import HourEntry
from trefpuntje.core.members import add_member
from trefpuntje.core.models import Member
from trefpuntje.core.models.activities import CheckIn, SignUp, SignUpStatus
from trefpuntje.core.models.shop import ShopItem
from trefpuntje.core.shop_counter import hand_out
from trefpuntje.core.signups import cancel_sign_up, sign_up
from trefpuntje.core.till import sell
from trefpuntje.db.migrate import open_database


# The hours' own clock: 09:00 in Nijmegen, a minute on per clocking, and never back
# (a restarted worker goes on from the latest moment recorded). A run clocks a few
# hundred times, so it stays within the day: no entry becomes a forgotten one.
HOURS_FROM = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


def fixtures_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".fixtures.json")


def report(kind: str, record_id: uuid.UUID) -> None:
    sys.stdout.write(f"{kind} {record_id}\n")
    sys.stdout.flush()


def main(argv: list[str]) -> None:
    db_path = Path(argv[0])
    if "--wait-for-go" in argv[1:]:
        sys.stdout.write("loaded\n")
        sys.stdout.flush()
        if not sys.stdin.readline():
            return  # the parent went away
    fx = json.loads(fixtures_path(db_path).read_text())
    pool = [uuid.UUID(m) for m in fx["signup_members"]]
    signup_occurrence = uuid.UUID(fx["signup_occurrence"])
    signup_now = datetime.fromisoformat(fx["signup_now"])
    walkin_occurrence = uuid.UUID(fx["walkin_occurrence"])
    walkin_now = datetime.fromisoformat(fx["walkin_now"])
    products = [uuid.UUID(p) for p in fx["products"]]
    till_session = uuid.UUID(fx["till_session"])
    volunteers = [uuid.UUID(m) for m in fx["volunteers"]]
    task = uuid.UUID(fx["task"])
    shop_items = [uuid.UUID(i) for i in fx["shop_items"]]
    rng = random.Random()
    database = open_database(f"sqlite:///{db_path}").database
    sys.stdout.write("ready\n")
    sys.stdout.flush()
    step = 0
    while True:
        step += 1
        kind = rng.choice(("member", "signup", "checkin", "sale", "sale", "hour", "shop"))
        if kind == "member":
            with database.write() as session:
                member = add_member(session, first_name=f"Crash {step}", roles=rng.choice(
                    (("visitor",), ("volunteer",), ("visitor", "volunteer"), ("cook", "staff"))))
                record = member.id
            report("member", record)
        elif kind == "signup":
            member_id = rng.choice(pool)
            with database.write() as session:
                live = session.exec(select(SignUp).where(
                    SignUp.occurrence_id == signup_occurrence, SignUp.member_id == member_id,
                    SignUp.status != SignUpStatus.CANCELLED.value)).first()
                if live is None:
                    sign_up(session, member_id=member_id, occurrence_id=signup_occurrence, now=signup_now)
                    record = session.exec(select(SignUp.id).where(
                        SignUp.occurrence_id == signup_occurrence, SignUp.member_id == member_id,
                        SignUp.status != SignUpStatus.CANCELLED.value)).one()
                    done = "signup"
                else:
                    cancel_sign_up(session, member_id=member_id, occurrence_id=signup_occurrence, now=signup_now)
                    record, done = live.id, "cancel"
            report(done, record)
        elif kind == "checkin":
            with database.write() as session:
                been = select(CheckIn.member_id).where(CheckIn.occurrence_id == walkin_occurrence,
                                                       col(CheckIn.member_id).is_not(None))
                member_id = session.exec(select(Member.id).where(col(Member.id).not_in(been)).limit(1)).first()
                if member_id is None:
                    continue  # everyone is in; the next member write makes a new one
                check_in(session, member_id=member_id, now=walkin_now, occurrence_id=walkin_occurrence)
                record = session.exec(select(CheckIn.id).where(CheckIn.occurrence_id == walkin_occurrence,
                                                               CheckIn.member_id == member_id)).one()
            report("checkin", record)
        elif kind == "hour":
            member_id = rng.choice(volunteers)
            with database.write() as session:
                latest = session.exec(select(func.max(func.coalesce(HourEntry.ended_at, HourEntry.started_at)))).one()
                now = max(HOURS_FROM, latest.replace(tzinfo=UTC) if latest else HOURS_FROM) + timedelta(minutes=1)
                if open_entry(session, member_id) is None:
                    record, done = clock_in(session, member_id=member_id, task_id=task, now=now).id, "hourin"
                else:
                    stopped = clock_out(session, member_id=member_id, now=now)
                    # Past midnight an open entry is a forgotten one: flagged, not stopped.
                    record, done = stopped.entry.id, "hourflag" if stopped.forgotten else "hourout"
            report(done, record)
        elif kind == "shop":
            with database.write() as session:
                left = [i for i in shop_items if session.get(ShopItem, i).on_shelf >= 2]
                if not left:
                    continue  # all sold: the other writes go on
                sold = hand_out(session, item_id=rng.choice(left), member_id=None, done_by_id=volunteers[0],
                                quantity=rng.randint(1, 2), payment="card", till_session_id=till_session)
                record = sold.handout_id
            report("shop", record)
        else:
            items = [(p, rng.randint(1, 3)) for p in rng.sample(products, rng.randint(1, len(products)))]
            with database.write() as session:
                result = sell(session, till_session_id=till_session, items=items, payment="cash",
                              cash_received_cents=50_000)
                record = result.sale_id
            report("sale", record)


if __name__ == "__main__":
    main(sys.argv[1:])
