"""Nothing is confirmed to a person until it is committed, and nothing confirmed is lost:
a COMMIT whose connection broke is asked about afterwards (db/commit_outcome.py).

The COMMIT is made to lose its connection the way it happens at a centre: the server
commits and the answer never arrives, or the connection dies before COMMIT reaches the
server, or COMMIT never leaves the terminal while the server still waits for it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from tests import backends
from trefpuntje.core.errors import CommitUncertain, DatabaseUnreachable, DomainError, InvalidInput
from trefpuntje.core.members import add_member, list_members
from trefpuntje.db import commit_outcome
from trefpuntje.db.engine import Database

PG_ONLY = "makes a PostgreSQL COMMIT lose its connection"


def _names(database: Database) -> list[str]:
    with database.read() as session:
        return [member.first_name for member in list_members(session)]


def _terminate(url: str, pid: int) -> None:
    admin = create_engine(url, poolclass=NullPool)
    try:
        with admin.connect() as connection:
            connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    finally:
        admin.dispose()


def _lost_connection_error():  # type: ignore[no-untyped-def]
    import psycopg

    # What psycopg raises when the socket is gone: an OperationalError without a SQLSTATE.
    return psycopg.OperationalError("consuming input failed: server closed the connection unexpectedly")


@pytest.fixture
def next_commit(database: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[Callable], None]]:
    """Replace the DBAPI COMMIT of the next write with ``fake(real_commit, pooled, psycopg_connection)``."""
    dialect = database.engine.dialect
    real = dialect.do_commit

    def install(fake: Callable) -> None:
        def once(pooled):  # type: ignore[no-untyped-def]
            monkeypatch.setattr(dialect, "do_commit", real)
            fake(lambda: real(pooled), pooled.dbapi_connection)

        monkeypatch.setattr(dialect, "do_commit", once)

    yield install


@pytest.mark.postgresql_only(PG_ONLY)
def test_a_commit_the_server_kept_is_reported_done_although_its_answer_was_lost(database, next_commit):
    def commit_then_lose_the_answer(commit, connection):  # type: ignore[no-untyped-def]
        commit()
        connection.close()  # the connection is gone before the terminal hears "COMMIT"
        raise _lost_connection_error()

    next_commit(commit_then_lose_the_answer)
    with database.write() as session:  # no error: the person is told it is done, and it is
        add_member(session, first_name="Nel")
    assert _names(database) == ["Nel"]
    with database.write() as session:  # and the terminal goes on
        add_member(session, first_name="Suus")
    assert sorted(_names(database)) == ["Nel", "Suus"]


@pytest.mark.postgresql_only(PG_ONLY)
def test_a_connection_killed_before_commit_says_nothing_was_saved(database, next_commit):
    def die_then_commit(commit, connection):  # type: ignore[no-untyped-def]
        _terminate(database.url, connection.info.backend_pid)  # the server process is gone first
        commit()

    next_commit(die_then_commit)
    with pytest.raises(DatabaseUnreachable) as refused, database.write() as session:
        add_member(session, first_name="Half")
    assert "nothing was saved" in refused.value.translated("en")
    assert _names(database) == []


@pytest.mark.postgresql_only(PG_ONLY)
def test_a_commit_that_never_left_is_settled_on_the_server_and_said_unsaved(database, next_commit, monkeypatch):
    # A network that fails: the terminal's side is dead, while the server process still
    # waits inside the transaction for a COMMIT that never comes ('in progress'). The
    # terminal closing its side must not tell the server, so the close is held back.
    dialect = database.engine.dialect
    lost, held = _lost_connection_error(), []
    is_disconnect, do_close = dialect.is_disconnect, dialect.do_close
    monkeypatch.setattr(dialect, "is_disconnect", lambda e, c, cur: e is lost or is_disconnect(e, c, cur))
    monkeypatch.setattr(dialect, "do_close", lambda c: None if any(c is h for h in held) else do_close(c))

    def lose_commit_on_the_way(commit, connection):  # type: ignore[no-untyped-def]
        held.append(connection)
        raise lost

    next_commit(lose_commit_on_the_way)
    try:
        with pytest.raises(DatabaseUnreachable), database.write() as session:
            add_member(session, first_name="Half")
        pid = held[0].info.backend_pid
        assert _names(database) == []
        with database.read() as session:  # that server process was ended: it holds no lock any more
            running = session.connection().execute(
                text("SELECT count(*) FROM pg_stat_activity WHERE pid = :pid"), {"pid": pid}).scalar()
        assert running == 0
        with database.write() as session:
            add_member(session, first_name="Suus")
        assert _names(database) == ["Suus"]
    finally:
        for connection in held:
            connection.close()


@contextmanager
def _server_shut_to(url: str) -> Iterator[Callable[[], None]]:
    """``shut()`` lets no new connection into the database of ``url`` until the block ends."""
    name = make_url(url).database
    admin = create_engine(backends.server_url() or "", isolation_level="AUTOCOMMIT", poolclass=NullPool)

    def shut() -> None:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')

    try:
        yield shut
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        admin.dispose()


@pytest.mark.postgresql_only(PG_ONLY)
def test_a_commit_the_server_cannot_be_asked_about_is_said_to_be_uncertain(database, next_commit):
    seen: list[DomainError] = []
    database.on_connection_lost(seen.append)
    with _server_shut_to(database.url) as shut:
        def commit_then_lose_the_server(commit, connection):  # type: ignore[no-untyped-def]
            commit()
            shut()  # the server can no longer be reached to ask
            connection.close()
            raise _lost_connection_error()

        next_commit(commit_then_lose_the_server)
        with pytest.raises(CommitUncertain) as uncertain, database.write() as session:
            add_member(session, first_name="Nel")
    assert uncertain.value.translated("en") == (
        "The connection broke while saving. It may have been saved: check before you do it again.")
    assert seen == [uncertain.value]
    assert _names(database) == ["Nel"]  # it was saved indeed: the person was told to check, not that it failed


@pytest.mark.postgresql_only(PG_ONLY)
def test_a_write_learns_its_transaction_id_in_the_lock_round_trip(database):
    with database.write() as session:
        add_member(session, first_name="Nel")
        pending = commit_outcome.pending_commit(session)
        assert pending is not None
        assert pending.pid == session.connection().exec_driver_sql("SELECT pg_backend_pid()").scalar()
        assert pending.xid == session.connection().exec_driver_sql("SELECT pg_current_xact_id()::text").scalar()
    assert commit_outcome.commit_outcome(database.engine, pending) is commit_outcome.Outcome.COMMITTED


def test_a_lost_connection_is_told_to_listeners_and_nothing_else_is(database):
    seen: list[DomainError] = []
    database.on_connection_lost(seen.append)
    with pytest.raises(InvalidInput), database.write() as session:
        add_member(session, first_name="")  # a person's mistake, not a lost connection
    assert seen == []
    with database.write() as session:
        add_member(session, first_name="Nel")
    database.check_connection()
    assert seen == []


def test_a_server_that_cannot_be_reached_is_told_to_listeners():
    database = Database("postgresql+psycopg://trefpuntje@/trefpuntje?host=/nonexistent-socket-folder&connect_timeout=2")
    seen: list[DomainError] = []
    database.on_connection_lost(seen.append)
    try:
        with pytest.raises(DatabaseUnreachable):
            database.check_connection()
        with pytest.raises(DatabaseUnreachable), database.write() as session:
            add_member(session, first_name="Nel")
    finally:
        database.dispose()
    assert [type(error) for error in seen] == [DatabaseUnreachable, DatabaseUnreachable]
