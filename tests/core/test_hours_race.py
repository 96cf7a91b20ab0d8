"""Clocking in twice, from two terminals at the same moment (each with its own
connections), leaves one running entry: the other terminal is told, in words."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from sqlmodel import select

from trefpuntje.core.errors import DomainError
from trefpuntje.core.hours_roster import add_task
from trefpuntje.core.members import add_member
from trefpuntje.core.models import Role
from trefpuntje.core.models.hours import HourEntry
from trefpuntje.core.hours import clock_in
from trefpuntje.db.engine import Database

NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def test_two_terminals_clocking_in_the_same_volunteer_at_once_make_one_entry(database):
    with database.write() as session:
        volunteer = add_member(session, first_name="Wim", roles=(Role.VOLUNTEER,)).id
        task = add_task(session, name="Koffiehoek", pictogram="coffee").id
    barrier, started, refused, crashed = threading.Barrier(3), [], [], []

    def terminal() -> None:
        own = Database(database.url)  # a terminal of its own
        barrier.wait()
        try:
            with own.write() as session:
                started.append(clock_in(session, member_id=volunteer, task_id=task, now=NOW).id)
        except DomainError as error:
            refused.append(str(error))
        except Exception as error:  # pragma: no cover - shows in the assertion
            crashed.append(error)
        finally:
            own.dispose()

    threads = [threading.Thread(target=terminal) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert crashed == []
    assert len(started) == 1 and len(refused) == 2
    assert all("already clocked in" in text or "same moment" in text for text in refused), refused
    with database.read() as session:
        assert [e.id for e in session.exec(select(HourEntry).where(HourEntry.member_id == volunteer)).all()] == started
