"""Crash safety: a worker writing through the services is killed with SIGKILL at random
moments, again and again, on the same database file. After every kill the database
opens, passes ``integrity_check``, holds every record the worker reported (it reports
only after COMMIT returned), and holds nothing half-written.

Volunteer hour entries (clocking in and out) and shop counter sales (a hand-out with its
till sale, and the item's stock) are written too.
"""

from __future__ import annotations

import json
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time as clock
import uuid
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from trefpuntje.core.activities import create_activity, week
from trefpuntje.core.hours_roster import add_task
from trefpuntje.core.members import add_member, count_members
from trefpuntje.core.shop import add_handmade
from trefpuntje.core.models import Recurrence, Role
from trefpuntje.core.till import open_session
from trefpuntje.core.till_products import add_product
from trefpuntje.db.migrate import open_database
from tests.durability.crash_worker import fixtures_path

KILLS = 60
READY_TIMEOUT_S = 60.0
ROOT = Path(__file__).resolve().parents[2]
MONDAY = date(2030, 1, 7)  # far ahead, so sign-ups are open whatever day the test runs


def _set_up(db_path: Path) -> None:
    database = open_database(f"sqlite:///{db_path}").database
    try:
        with database.write() as session:
            staff = add_member(session, first_name="Kassa", roles=(Role.STAFF,))
            pool = [add_member(session, first_name=f"Buur {n}").id for n in range(8)]
            club = create_activity(session, title="Kaartclub", starts_on=MONDAY + timedelta(days=1),
                                   start_time=time(14), duration_minutes=120, capacity=4)
            walk_in = create_activity(session, title="Inloop", starts_on=MONDAY + timedelta(days=2),
                                      start_time=time(9), duration_minutes=240, recurrence=Recurrence.ONCE,
                                      signup_required=False)
            views = week(session, monday=MONDAY)
            [club_occurrence] = [v for v in views if v.activity_id == club.id]
            [walk_in_occurrence] = [v for v in views if v.activity_id == walk_in.id]
            products = [add_product(session, name=name, price_cents=cents).id
                        for name, cents in (("Koffie", 120), ("Thee", 95), ("Taart", 275))]
            till = open_session(session, opened_by_id=staff.id, float_cents=5000)
            volunteers = [add_member(session, first_name=f"Vrijwilliger {n}", roles=(Role.VOLUNTEER,)).id
                          for n in range(3)]
            task = add_task(session, name="Koffiehoek", pictogram="coffee")
            # Neighbour-made goods sold through the till at the shop counter (no card needed).
            shop_items = [add_handmade(session, maker_id=volunteers[0], title=f"Kaart {n}", price_cents=150,
                                       quantity=500).id for n in range(3)]
    finally:
        database.dispose()
    fixtures_path(db_path).write_text(json.dumps({
        "signup_members": [str(m) for m in pool],
        "signup_occurrence": str(club_occurrence.id),
        "signup_now": (club_occurrence.starts_at - timedelta(days=3)).isoformat(),
        "walkin_occurrence": str(walk_in_occurrence.id),
        "walkin_now": (walk_in_occurrence.starts_at + timedelta(hours=1)).isoformat(),
        "products": [str(p) for p in products],
        "till_session": str(till.id),
        "volunteers": [str(v) for v in volunteers],
        "task": str(task.id),
        "shop_items": [str(i) for i in shop_items],
    }))


class Worker:
    """A worker process that has imported everything and waits for ``go``."""

    def __init__(self, db_path: Path, stderr_path: Path) -> None:
        self.stderr_path = stderr_path
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.durability.crash_worker", str(db_path), "--wait-for-go"],
            cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr_path.open("wb"),
            env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))},
        )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for raw in self.process.stdout:
            if raw.endswith(b"\n"):  # a line cut off by the kill is not a report
                self.lines.put(raw.decode().rstrip("\n"))
        self.lines.put(None)

    def _expect(self, wanted: str) -> None:
        deadline = clock.monotonic() + READY_TIMEOUT_S
        while True:
            try:
                line = self.lines.get(timeout=max(0.0, deadline - clock.monotonic()))
            except queue.Empty:
                self.stop()
                pytest.fail(f"the worker did not say {wanted!r} within {READY_TIMEOUT_S} s")
            if line == wanted:
                return
            if line is None:
                self.process.wait()
                pytest.fail(f"the worker stopped before {wanted!r}:\n{self.stderr_path.read_text()}")
            pytest.fail(f"unexpected line {line!r} before {wanted!r}")

    def start(self) -> None:
        self._expect("loaded")
        assert self.process.stdin is not None
        self.process.stdin.write(b"go\n")
        self.process.stdin.flush()
        self._expect("ready")

    def kill(self) -> list[str]:
        """SIGKILL; returns every complete line it printed after ``ready``."""
        if self.process.poll() is not None:
            pytest.fail(f"the worker died by itself:\n{self.stderr_path.read_text()}")
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait()
        self.reader.join()
        assert self.process.stdin is not None
        self.process.stdin.close()
        lines = []
        while (line := self.lines.get()) is not None:
            lines.append(line)
        return lines

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()


def _ids(connection: sqlite3.Connection, sql: str) -> set[uuid.UUID]:
    return {uuid.UUID(row[0]) for row in connection.execute(sql)}


def _check(db_path: Path, reported: dict[str, set[uuid.UUID]], kill: int) -> int:
    """Everything after one kill; returns how many reported records are missing."""
    where = f"after kill {kill}"
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)], where
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == [], where
        present = {
            "member": _ids(connection, "SELECT id FROM member"),
            "signup": _ids(connection, "SELECT id FROM signup"),
            "cancel": _ids(connection, "SELECT id FROM signup WHERE status = 'cancelled'"),
            "checkin": _ids(connection, "SELECT id FROM checkin"),
            "sale": _ids(connection, "SELECT id FROM sale"),
            "hourin": _ids(connection, "SELECT id FROM hour_entry"),
            "hourout": _ids(connection, "SELECT id FROM hour_entry WHERE ended_at IS NOT NULL"),
            "hourflag": _ids(connection, "SELECT id FROM hour_entry WHERE status IN ('flagged', 'done')"),
            "shop": _ids(connection, "SELECT id FROM shop_handout"),
        }
        missing = {kind: len(ids - present[kind]) for kind, ids in reported.items() if ids - present[kind]}
        if missing:
            print(f"{where}: missing {missing}", file=sys.stderr)
        lost = sum(missing.values())
        # Nothing half-written.
        assert connection.execute(
            "SELECT s.id, s.total_cents, count(l.id), coalesce(sum(l.amount_cents), 0) FROM sale s "
            "LEFT JOIN sale_line l ON l.sale_id = s.id GROUP BY s.id "
            "HAVING count(l.id) = 0 OR s.total_cents != coalesce(sum(l.amount_cents), 0)").fetchall() == [], where
        assert connection.execute(
            "SELECT s.id FROM signup s JOIN occurrence o ON o.id = s.occurrence_id LEFT JOIN occurrence_seat t "
            "ON t.occurrence_id = s.occurrence_id AND t.seat_no = s.seat_no "
            "WHERE s.status = 'confirmed' AND o.capacity IS NOT NULL AND t.seat_no IS NULL").fetchall() == [], where
        # A cancellation that freed a seat moved the first waiting person up in the same write.
        assert connection.execute(
            "SELECT o.id FROM occurrence o WHERE o.capacity IS NOT NULL "
            "AND (SELECT count(*) FROM signup s WHERE s.occurrence_id = o.id AND s.status = 'confirmed') < o.capacity "
            "AND EXISTS (SELECT 1 FROM signup s WHERE s.occurrence_id = o.id AND s.status = 'waiting')"
        ).fetchall() == [], where
        assert connection.execute(
            "SELECT m.id FROM member m WHERE NOT EXISTS (SELECT 1 FROM member_role r WHERE r.member_id = m.id)"
        ).fetchall() == [], where
        # A shop item's stock is what was handed out, and every paid hand-out has its till sale.
        assert connection.execute(
            "SELECT i.id FROM shop_item i WHERE i.quantity - i.on_shelf != "
            "(SELECT coalesce(sum(h.quantity), 0) FROM shop_handout h WHERE h.item_id = i.id)").fetchall() == [], where
        assert connection.execute(
            "SELECT h.id FROM shop_handout h LEFT JOIN sale s ON s.id = h.sale_id "
            "WHERE h.amount_cents > 0 AND s.id IS NULL").fetchall() == [], where
        # Every hour entry has its history: a clocking in, and a clocking out once it has an end.
        assert connection.execute(
            "SELECT e.id FROM hour_entry e WHERE (SELECT count(*) FROM hour_change c WHERE c.entry_id = e.id) "
            "< CASE WHEN e.ended_at IS NULL THEN 1 ELSE 2 END").fetchall() == [], where
    finally:
        connection.close()
    database = open_database(f"sqlite:///{db_path}").database  # the preflight and the engine, as the app opens it
    try:
        with database.read() as session:
            assert count_members(session) == len(present["member"]), where
    finally:
        database.dispose()
    return lost


def test_sigkill_at_random_moments_loses_nothing_and_leaves_nothing_half_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_path = tmp_path / "crash.sqlite3"
    _set_up(db_path)
    seed = random.randrange(2**32)
    rng = random.Random(seed)
    reported: dict[str, set[uuid.UUID]] = defaultdict(set)
    per_kind: Counter[str] = Counter()
    kills = lost = 0
    started = clock.monotonic()
    upcoming = Worker(db_path, tmp_path / "worker-0.stderr")
    try:
        for kill in range(1, KILLS + 1):
            worker = upcoming
            worker.start()
            clock.sleep(rng.uniform(0.05, 0.4))
            lines = worker.kill()
            kills += 1
            if kill < KILLS:  # it imports while this kill is checked
                upcoming = Worker(db_path, tmp_path / f"worker-{kill}.stderr")
            for line in lines:
                kind, _, record = line.partition(" ")
                reported[kind].add(uuid.UUID(record))
                per_kind[kind] += 1
            lost += _check(db_path, reported, kill)
    finally:
        upcoming.stop()
    records = sum(per_kind.values())
    summary = (f"crash safety (seed {seed}): kills survived {kills}, records reported {records} "
               f"({', '.join(f'{k} {n}' for k, n in sorted(per_kind.items()))}), records lost {lost}, "
               f"{clock.monotonic() - started:.1f} s")
    with capsys.disabled():
        print(f"\n{summary}")
    assert kills >= 50
    assert lost == 0, summary
    assert {"member", "signup", "checkin", "sale", "hourin", "hourout", "shop"} <= set(per_kind), summary  # every kind of write took part
    assert records >= kills, summary
