from __future__ import annotations

import sqlite3

import pytest

from trefpuntje.core.members import add_member, list_members


@pytest.mark.sqlite_only("checks SQLite's pragmas (WAL, synchronous, foreign keys, busy timeout)")
def test_sqlite_connections_are_durable_and_strict(database):
    with database.read() as session:
        pragma = lambda name: session.connection().exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1
        assert pragma("busy_timeout") >= 1000


@pytest.mark.sqlite_only("SQLite's BEGIN IMMEDIATE seen from a raw sqlite3 connection; tests/db/test_postgresql.py "
                         "checks that writes take turns on either database")
def test_a_write_holds_the_write_lock_from_its_first_statement(database, db_path):
    other = sqlite3.connect(db_path, timeout=0, isolation_level=None)
    try:
        with database.write() as session:
            session.connection()  # BEGIN IMMEDIATE has run: the write lock is taken at once
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released on commit
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_a_failing_unit_of_work_saves_nothing(database):
    with pytest.raises(RuntimeError), database.write() as session:
        add_member(session, first_name="Nel")
        add_member(session, first_name="Suus")
        raise RuntimeError("power cut halfway")
    with database.read() as session:
        assert list_members(session) == []


@pytest.mark.sqlite_only("reads the SQLite file back with raw sqlite3")
def test_a_committed_write_is_on_disk_for_a_new_connection(database, db_path):
    with database.write() as session:
        add_member(session, first_name="Ahmed")
    database.dispose()
    with sqlite3.connect(db_path) as plain:
        assert plain.execute("SELECT first_name FROM member").fetchall() == [("Ahmed",)]
