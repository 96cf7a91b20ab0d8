"""Several terminals on one database: writes take turns, a lost server is said in words
and saves nothing, and ``migrate-to`` moves a centre's SQLite file to a server.

These run in both passes where they can: on SQLite the same guarantees come from
``BEGIN IMMEDIATE``, and ``migrate-to`` copies into another SQLite file."""

from __future__ import annotations

import threading
import time
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.pool import NullPool

from tests import backends
from trefpuntje.cli import main
from trefpuntje.core.demo import fill_demo
from trefpuntje.core.errors import DatabaseUnreachable
from trefpuntje.core.members import add_member, list_members
from trefpuntje.core.models import Member, Sale
from trefpuntje.db import transfer
from trefpuntje.db.engine import Database
from trefpuntje.db.migrate import open_database
from trefpuntje.db.preflight import DatabaseProblem

NOWHERE = "postgresql+psycopg://trefpuntje@/trefpuntje?host=/nonexistent-socket-folder&connect_timeout=2"


def test_writes_from_two_terminals_take_turns(database):
    other = Database(database.url)  # a second terminal, with connections of its own
    first_holds, order = threading.Event(), []

    def first() -> None:
        with database.write() as session:
            session.connection()  # the write has begun: on PostgreSQL it holds the lock now
            first_holds.set()
            time.sleep(0.4)
            add_member(session, first_name="Nel")
            order.append("first committed")

    thread = threading.Thread(target=first)
    thread.start()
    first_holds.wait(5)
    try:
        with other.write() as session:
            session.connection()
            order.append("second began")
            assert [m.first_name for m in list_members(session)] == ["Nel"]  # it sees the first write whole
    finally:
        thread.join(10)
        other.dispose()
    assert order == ["first committed", "second began"]


def test_a_server_that_cannot_be_reached_is_said_in_words_and_nothing_is_saved():
    database = Database(NOWHERE)
    try:
        with pytest.raises(DatabaseUnreachable) as refused, database.write() as session:
            add_member(session, first_name="Nel")
        assert "No connection to the centre's database: nothing was saved" in refused.value.translated("en")
        with pytest.raises(DatabaseUnreachable), database.read() as session:
            list_members(session)
    finally:
        database.dispose()


def test_starting_against_a_server_that_cannot_be_reached_says_so(capsys):
    assert main(["--lang", "en", "--database-url", NOWHERE, "member", "list"]) == 1
    assert "The centre's database server cannot be reached" in capsys.readouterr().err


@pytest.mark.postgresql_only("breaks a live PostgreSQL connection from the server's side")
def test_a_connection_lost_during_a_write_saves_nothing_and_the_next_write_works(database):
    with pytest.raises(DatabaseUnreachable), database.write() as session:
        add_member(session, first_name="Half")
        session.flush()
        pid = session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar()
        admin = create_engine(database.url, poolclass=NullPool)
        with admin.connect() as connection:  # the server goes away under this terminal
            connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        admin.dispose()
        add_member(session, first_name="Nel")
        session.flush()
    with database.write() as session:  # the pool throws the broken connection away
        add_member(session, first_name="Suus")
    with database.read() as session:
        assert [m.first_name for m in list_members(session)] == ["Suus"]


def _centre_with_a_till_day(url: str) -> None:
    database = open_database(url).database
    try:
        with database.write() as session:
            fill_demo(session, today=date(2026, 11, 30))  # members, activities, sign-ups and a till week
    finally:
        database.dispose()


def _count(url: str, model: type) -> int:
    database = Database(url)
    try:
        with database.read() as session:
            return session.exec(select(func.count()).select_from(model)).one()[0]  # type: ignore[call-overload]
    finally:
        database.dispose()


def test_migrate_to_copies_every_row_and_checks_counts_and_money(tmp_path, new_database_url, capsys):
    source = tmp_path / "centrum.sqlite3"
    _centre_with_a_till_day(f"sqlite:///{source}")
    target = new_database_url("server.sqlite3", empty=True)

    assert main(["--lang", "en", "--db", str(source), "migrate-to", target]) == 0
    out = capsys.readouterr().out
    assert "every table was checked and matches" in out

    sqlite = f"sqlite:///{source}"
    for model in (Member, Sale):
        assert _count(target, model) == _count(sqlite, model) > 0
    moved = Database(target)
    try:
        with moved.read() as session:
            totals = session.exec(select(func.sum(Sale.total_cents))).one()  # type: ignore[call-overload]
        with moved.write() as session:  # the server is a working centre: the ledger goes on
            add_member(session, first_name="Nieuw")
    finally:
        moved.dispose()
    assert f"total_cents {totals[0]}" in out

    assert main(["--lang", "en", "--db", str(source), "migrate-to", target]) == 1  # not twice
    assert "already holds Trefpuntje data" in capsys.readouterr().err


def test_migrate_to_keeps_nothing_when_the_copy_does_not_match(tmp_path, new_database_url, monkeypatch):
    source = tmp_path / "centrum.sqlite3"
    _centre_with_a_till_day(f"sqlite:///{source}")
    target = new_database_url("server.sqlite3", empty=True)
    written = transfer._rows_in_written_order

    def one_sale_short(connection, table):  # type: ignore[no-untyped-def]
        for batch in written(connection, table):
            yield batch[:-1] if table.name == "sale_line" else batch

    monkeypatch.setattr(transfer, "_rows_in_written_order", one_sale_short)
    database = open_database(f"sqlite:///{source}").database
    try:
        with pytest.raises(DatabaseProblem, match="sale_line does not match"):
            transfer.move_database(database, target)
    finally:
        database.dispose()
    assert _count(target, Member) == _count(target, Sale) == 0


def test_the_whole_command_line_runs_on_the_test_database(database_url, tmp_path, capsys):
    run = lambda *argv: main(["--lang", "en", "--database-url", database_url, *argv])  # noqa: E731
    assert run("demo") == 0
    assert run("member", "add", "--first-name", "Ahmed") == 0
    assert run("member", "list") == 0
    assert "Ahmed" in capsys.readouterr().out
    assert run("print", "schedule", "--week", "2026-W49", "--staff", "-o", str(tmp_path / "week.pdf")) == 0
    assert (tmp_path / "week.pdf").read_bytes().startswith(b"%PDF")
    day = datetime.now(UTC).date().isoformat()
    assert run("till", "sales", "--day", day, "--json") == 0
    # On PostgreSQL the backup is pg_dump's job: housekeeping says so (exit 1) and applies retention all the same.
    assert run("housekeeping", "--folder", str(tmp_path / "usb")) == (1 if backends.is_postgresql() else 0)



def test_two_tills_closing_the_same_session_close_it_once(database):
    from trefpuntje.core.errors import DomainError
    from trefpuntje.core.models import Role
    from trefpuntje.core.till import close_session, open_session

    with database.write() as session:
        staff = add_member(session, first_name="Ruud", roles=[Role.STAFF]).id
        till_session = open_session(session, opened_by_id=staff, float_cents=5000).id
    barrier, closed, refused = threading.Barrier(2), [], []

    def close(counted: int) -> None:
        own = Database(database.url)  # a terminal of its own
        barrier.wait()
        try:
            with own.write() as session:
                closed.append(close_session(session, till_session_id=till_session, counted_cash_cents=counted,
                                            closed_by_id=staff))
        except DomainError as error:  # in words, as the till shows it
            refused.append(error)
        finally:
            own.dispose()

    tills = [threading.Thread(target=close, args=(counted,)) for counted in (5000, 5100)]
    for thread in tills:
        thread.start()
    for thread in tills:
        thread.join(20)
    assert len(closed) == 1 and len(refused) == 1
