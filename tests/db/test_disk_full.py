"""A full disk: the write fails in words, nothing of it is kept, reading goes on.

The disk is filled two ways: SQLite's ``max_page_count`` (a size limit on every
connection: SQLite then answers exactly as on a full disk, SQLITE_FULL), and, where the
machine allows it, a real 2 MB file system (tmpfs in a user namespace, no root needed)
filled to the last byte.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import event
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlmodel import func, select

from trefpuntje.core.activities import create_activity, ensure_occurrences
from trefpuntje.core.errors import DiskFull
from trefpuntje.core.members import add_member, list_members
from trefpuntje.core.models import Activity, Occurrence
from trefpuntje.db.disk_full import is_disk_full
from trefpuntje.db.engine import Database

WORKER = Path(__file__).with_name("disk_full_worker.py")


def limit_size(database: Database, extra_pages: int) -> None:
    """From now on every connection may grow the file by ``extra_pages`` pages at most."""
    with database.read() as session:
        pages = session.connection().exec_driver_sql("PRAGMA page_count").scalar()

    def _limit(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages + extra_pages}")

    event.listen(database.engine, "connect", _limit)
    database.limit = _limit  # type: ignore[attr-defined]
    database.engine.dispose()  # pooled connections were made before the limit: new ones get it


def make_room(database: Database) -> None:
    event.remove(database.engine, "connect", database.limit)  # type: ignore[attr-defined]
    database.engine.dispose()


def fill_with_neighbours(database: Database) -> int:
    """Add neighbours one write at a time until the disk is full; returns how many fit."""
    for number in range(5000):
        try:
            with database.write() as session:
                add_member(session, first_name=f"Buur {number}", last_name="van der " + "Heijden" * 10)
        except DiskFull:
            return number
    raise AssertionError("the database never filled up")


def names(database: Database) -> set[str]:
    with database.read() as session:
        return {m.first_name for m in list_members(session)}


def test_a_write_on_a_full_disk_raises_disk_full_and_keeps_everything_saved_before(database):
    limit_size(database, extra_pages=4)
    saved = fill_with_neighbours(database)
    assert saved > 5  # some fitted before the limit
    assert names(database) == {f"Buur {n}" for n in range(saved)}  # earlier ones intact, the failing one absent
    with pytest.raises(DiskFull) as caught, database.write() as session:
        add_member(session, first_name="Nog eentje")
    assert "disk is full" in str(caught.value) and "nothing was saved" in str(caught.value)
    assert "Nog eentje" not in names(database)  # reading still works, in a new session
    with database.read() as session:
        assert session.connection().exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"


def test_a_unit_of_work_that_runs_out_of_room_leaves_nothing_half_done(database):
    with database.write() as session:
        add_member(session, first_name="Nel")
    limit_size(database, extra_pages=3)
    with pytest.raises(DiskFull), database.write() as session:
        # A weekly activity with 20 places for a year: the activity, 52 sessions, 1040 seats.
        create_activity(session, title="Beweegtuin", starts_on=date(2026, 1, 5), start_time=time(10), capacity=20,
                        duration_minutes=90)
        ensure_occurrences(session, first=date(2026, 1, 5), last=date(2026, 12, 31))
    with database.read() as session:
        assert session.exec(select(func.count()).select_from(Activity)).one() == 0
        assert session.exec(select(func.count()).select_from(Occurrence)).one() == 0
    assert names(database) == {"Nel"}


def test_after_making_room_writing_works_again(database):
    limit_size(database, extra_pages=2)
    saved = fill_with_neighbours(database)
    make_room(database)
    with database.write() as session:
        add_member(session, first_name="Na het opruimen")
    assert names(database) == {f"Buur {n}" for n in range(saved)} | {"Na het opruimen"}


def test_other_write_failures_are_not_mistaken_for_a_full_disk(database):
    with database.write() as session:
        nel = add_member(session, first_name="Nel")
    with pytest.raises(IntegrityError), database.write() as session:
        add_member(session, first_name="Nel", id=nel.id)  # the same key twice


def test_disk_full_is_recognised_from_sqlite_and_postgresql(tmp_path):
    plain = sqlite3.connect(tmp_path / "klein.sqlite3")
    plain.execute("CREATE TABLE t (x)")
    plain.execute("PRAGMA max_page_count=2")
    with pytest.raises(sqlite3.OperationalError) as full:
        plain.execute("INSERT INTO t VALUES (zeroblob(100000))")
    plain.close()
    assert is_disk_full(full.value)
    assert is_disk_full(OperationalError("INSERT ...", {}, full.value))

    class PsycopgError(Exception):  # psycopg 3 names the SQLSTATE sqlstate, psycopg2 pgcode
        def __init__(self, **codes: str) -> None:
            super().__init__("could not extend file: No space left on device")
            self.__dict__.update(codes)

    assert is_disk_full(OperationalError("INSERT ...", {}, PsycopgError(sqlstate="53100")))
    assert is_disk_full(OperationalError("INSERT ...", {}, PsycopgError(pgcode="53100")))
    assert not is_disk_full(OperationalError("INSERT ...", {}, PsycopgError(sqlstate="40001")))
    assert not is_disk_full(sqlite3.OperationalError("database is locked"))
    # Someone typed SQLite's words as a name: the statement's values are not the error.
    assert not is_disk_full(OperationalError("INSERT ...", ("database or disk is full",),
                                             sqlite3.OperationalError("database is locked")))


def test_the_wal_files_outlive_every_session_until_the_database_is_closed(database, db_path):
    # On a full disk they could not be made again, and without them nothing can be read.
    with database.write() as session:
        add_member(session, first_name="Nel")
    assert db_path.with_name(db_path.name + "-wal").exists()
    assert db_path.with_name(db_path.name + "-shm").exists()
    database.dispose()
    assert not db_path.with_name(db_path.name + "-wal").exists()


def _tiny_file_system_command(folder: Path) -> list[str] | None:
    unshare = shutil.which("unshare")
    if unshare is None:
        return None
    probe = subprocess.run([unshare, "--user", "--map-root-user", "--mount", "sh", "-c",
                            f"mount -t tmpfs -o size=2m tmpfs '{folder}'"], capture_output=True)
    if probe.returncode != 0:
        return None
    return [unshare, "--user", "--map-root-user", "--mount", "sh", "-c",
            f"mount -t tmpfs -o size=2m tmpfs '{folder}' && exec '{sys.executable}' '{WORKER}' '{folder}'"]


def test_a_really_full_file_system_keeps_reads_working_and_saves_nothing_half(tmp_path):
    folder = tmp_path / "klein"
    folder.mkdir()
    command = _tiny_file_system_command(folder)
    if command is None:
        pytest.skip("no user namespaces here to mount a tiny file system without root")
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines() == ["disk full: nothing was saved",
                                        "read after the disk filled: all saved neighbours are there",
                                        "written again after making room"]
