"""The engine, connection pragmas and the two ways to hold a session.

``Database.write()`` is the unit of work: one transaction, ``BEGIN IMMEDIATE`` on SQLite
so two terminals never deadlock halfway through a write, committed when the block ends
and rolled back on any error. ``Database.read()`` is a plain session for looking.

A write that fails because the disk (or the database's size limit) is full raises
``DiskFull``, a domain error the UI shows in words; the transaction is rolled back
whole and reading goes on as before. On PostgreSQL, writes take turns through one
advisory lock, and a server that cannot be reached raises ``DatabaseUnreachable``
(see ``db/postgresql.py``). A COMMIT whose connection broke is asked about afterwards
(``db/commit_outcome.py``): done if the server kept it, ``DatabaseUnreachable`` if it
did not, ``CommitUncertain`` if the server cannot tell us yet. Whoever must know that
the connection is lost (the window's "no connection" state) listens with
``on_connection_lost``.

On an SQLite file the Database also holds one idle connection open for its whole life
(``_hold_wal_open``). Without it, the last session to close deletes the ``-wal`` and
``-shm`` files, and on a full disk the next session cannot create them again: every
read would fail with "disk I/O error". Held open, they stay, and only writes fail.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool
from sqlmodel import Session

from trefpuntje.core.errors import DomainError
from trefpuntje.db.commit_outcome import Outcome, commit_outcome, pending_commit, remember_pending_commit
from trefpuntje.db.disk_full import disk_full, is_disk_full
from trefpuntje.db.postgresql import (
    PendingCommit,
    commit_uncertain,
    configure_postgresql,
    connect_args,
    is_connection_lost,
    unreachable,
)

BUSY_TIMEOUT_MS = 5000
POOL_SIZE = 2  # connections kept open: the UI thread and one background task


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection, _record, _proxy) -> None:  # type: ignore[no-untyped-def]
        # A pooled connection may come back from a migration that turned the checks off.
        dbapi_connection.execute("PRAGMA foreign_keys=ON")

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        if connection.get_execution_options().get("trefpuntje_write"):
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.exec_driver_sql("BEGIN")


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        # A small pool: opening a connection (its pragmas, reading the schema) cost more
        # than a whole sale; a pooled connection serves one session, in one thread, at a
        # time, so the UI thread and a background worker never share one.
        engine = create_engine(url, poolclass=QueuePool, pool_size=POOL_SIZE, max_overflow=8,
                               connect_args={"check_same_thread": False})
        _configure_sqlite(engine)
        return engine
    if url.startswith("postgresql"):
        engine = create_engine(url, pool_pre_ping=True, connect_args=connect_args(url))
        configure_postgresql(engine, lock_timeout_ms=BUSY_TIMEOUT_MS)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """One database: the object the UI and the command line hand to services."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.write_engine = self.engine.execution_options(trefpuntje_write=True)
        self._keeper: sqlite3.Connection | None = None
        self._keeper_lock = threading.Lock()
        self._lost_listeners: list[Callable[[DomainError], None]] = []
        # Only a server's COMMIT can be lost on the way back; SQLite's write path stays as it was.
        self._checks_commits = self.engine.dialect.name == "postgresql"
        if self.is_sqlite:
            event.listen(self.engine, "connect", self._hold_wal_open)

    def _hold_wal_open(self, dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        """At the first connection, open one more that only keeps the WAL files alive
        (see the module's docstring). It runs no queries after this one read."""
        if self._keeper is not None:
            return
        with self._keeper_lock:
            if self._keeper is not None:
                return
            files = [row[2] for row in dbapi_connection.execute("PRAGMA database_list") if row[1] == "main"]
            if not files or not files[0]:  # in memory: nothing to keep
                return
            keeper = sqlite3.connect(files[0], check_same_thread=False, isolation_level=None)
            try:
                keeper.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
                keeper.execute("SELECT count(*) FROM sqlite_master").fetchall()  # opens the WAL and -shm
            except sqlite3.Error:
                keeper.close()  # only a safeguard: the session goes on without it
                return
            self._keeper = keeper

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def on_connection_lost(self, listener: Callable[[DomainError], None]) -> None:
        """Call ``listener`` (from whichever thread met it) with every ``DatabaseUnreachable``
        or ``CommitUncertain`` before it is raised."""
        self._lost_listeners.append(listener)

    def _lost(self, error: DomainError) -> DomainError:
        for listener in list(self._lost_listeners):
            listener(error)
        return error

    def check_connection(self) -> None:
        """One look at the server: raises ``DatabaseUnreachable`` while it cannot be reached."""
        with self.read() as session:
            session.connection().exec_driver_sql("SELECT 1")

    @contextmanager
    def write(self) -> Iterator[Session]:
        pending: PendingCommit | None = None
        try:
            with Session(self.write_engine, expire_on_commit=False) as session:
                if self._checks_commits:
                    remember_pending_commit(session)
                with session.begin():
                    yield session
                    if self._checks_commits:
                        # A statement that fails here failed for certain; from now on only
                        # COMMIT is left, whose outcome a broken connection can hide.
                        session.flush()
                        pending = pending_commit(session)
        except DBAPIError as error:  # raised in the block, at flush or at COMMIT: rolled back by now
            if is_disk_full(error):
                raise disk_full() from error
            if not is_connection_lost(error):
                raise
            outcome = Outcome.NOT_COMMITTED if pending is None else commit_outcome(self.engine, pending)
            if outcome is Outcome.COMMITTED:
                return  # the server kept it: the write is done, as the person is told
            raise self._lost(commit_uncertain() if outcome is Outcome.UNKNOWN else unreachable()) from error

    @contextmanager
    def read(self) -> Iterator[Session]:
        try:
            with Session(self.engine, expire_on_commit=False) as session:
                yield session
        except DBAPIError as error:
            if is_connection_lost(error):
                raise self._lost(unreachable()) from error
            raise

    def dispose(self) -> None:
        self.engine.dispose()
        with self._keeper_lock:
            if self._keeper is not None:
                self._keeper.close()
                self._keeper = None
