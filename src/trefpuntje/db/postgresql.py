"""PostgreSQL: the shared database of a centre with several terminals.

Writes take turns, as on SQLite. The services were written for SQLite's
``BEGIN IMMEDIATE``: a write reads (places left, the strip balance, the next sale
number) and then writes, and no other write may come in between. On PostgreSQL every
write transaction therefore first takes one transaction-level advisory lock; under
READ COMMITTED each statement after it sees everything committed before, so a write
sees exactly what it would see on SQLite. Reads never wait. A write waits for the lock
at most ``lock_timeout`` (SQLite's busy timeout), and the database constraints stay
the last line of defence.

A terminal that cannot reach the server (it is down, the network is gone, the
connection broke) gets ``DatabaseUnreachable``: a domain error the UI shows in words.
Nothing of the write was kept: it was rolled back or never reached the server. The
pool checks a connection before handing it out (``pool_pre_ping``), so the next
action after the server is back simply works.

Only a connection that breaks during COMMIT leaves the outcome open: the server may
have committed before the answer was lost. Every write transaction therefore learns
its own transaction id when it begins (in the same round trip as the lock), and
``db/commit_outcome.py`` asks the server afterwards what became of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import make_url

from trefpuntje.core.errors import CommitUncertain, DatabaseUnreachable
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP

WRITE_LOCK = 0x7472_6566  # "tref": one lock for the whole centre's writes
UNREACHABLE_MESSAGE = QT_TRANSLATE_NOOP(
    "errors",
    "No connection to the centre's database: nothing was saved. Try again in a moment; "
    "if it goes on, ask a coordinator to check the network and the database server.",
)
COMMIT_UNCERTAIN_MESSAGE = QT_TRANSLATE_NOOP(
    "errors",
    "The connection broke while saving. It may have been saved: check before you do it again.",
)
# Where the begin hook leaves the transaction it began, for db/commit_outcome.py.
PENDING_COMMIT = "trefpuntje_pending_commit"

# libpq defaults wait minutes for a server that does not answer; a terminal should
# say so within seconds. A value in the URL's query wins.
CONNECT_DEFAULTS: dict[str, Any] = {
    "connect_timeout": 5,
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
    "tcp_user_timeout": 20000,  # ms: a write on a dead connection fails instead of hanging
}


@dataclass(frozen=True)
class PendingCommit:
    """A write transaction on the server: ``xid`` from ``pg_current_xact_id()`` (64 bits,
    never reused), ``pid`` the server process that runs it."""

    xid: str
    pid: int


# SQLSTATEs that mean "no usable connection": class 08 (connection exception),
# and the server shutting down or not accepting connections yet.
_LOST_STATES = ("08", "57P01", "57P02", "57P03")


def connect_args(url: str) -> dict[str, Any]:
    given = make_url(url).query
    return {key: value for key, value in CONNECT_DEFAULTS.items() if key not in given}


def configure_postgresql(engine: Engine, *, lock_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        with dbapi_connection.cursor() as cursor:
            cursor.execute(f"SET lock_timeout = {int(lock_timeout_ms)}")
            cursor.execute("SET TIME ZONE 'UTC'")
        dbapi_connection.commit()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        if connection.get_execution_options().get("trefpuntje_write"):
            # The transaction's id (and the server process running it) come with the lock,
            # in one round trip: should COMMIT's answer be lost, the id is what we ask about.
            _lock, xid, pid = connection.exec_driver_sql(
                f"SELECT pg_advisory_xact_lock({WRITE_LOCK}), pg_current_xact_id()::text, pg_backend_pid()"
            ).one()
            connection.info[PENDING_COMMIT] = PendingCommit(xid=xid, pid=pid)


def _causes(error: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [error]
    while todo and len(seen) < 10:
        current = todo.pop(0)
        if current is None or any(current is s for s in seen):
            continue
        seen.append(current)
        todo += [getattr(current, "orig", None), current.__cause__, current.__context__]
    return seen


def is_connection_lost(error: BaseException) -> bool:
    """True when ``error`` means the server cannot be reached or the connection broke."""
    for cause in _causes(error):
        if getattr(cause, "connection_invalidated", False):  # SQLAlchemy saw a disconnect
            return True
        module = type(cause).__module__ or ""
        if not module.startswith("psycopg"):
            continue
        state = getattr(cause, "sqlstate", None)
        if state is not None and state.startswith(_LOST_STATES):
            return True
        # psycopg raises a bare OperationalError, without a SQLSTATE, when it cannot
        # connect at all or the socket is gone.
        if state is None and type(cause).__name__ == "OperationalError":
            return True
    return False


def unreachable() -> DatabaseUnreachable:
    return DatabaseUnreachable(UNREACHABLE_MESSAGE)


def commit_uncertain() -> CommitUncertain:
    return CommitUncertain(COMMIT_UNCERTAIN_MESSAGE)
