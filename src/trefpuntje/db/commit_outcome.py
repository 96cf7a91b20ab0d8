"""A COMMIT whose connection broke: ask the server what became of it.

When the connection to PostgreSQL drops while COMMIT is under way, the terminal cannot
tell whether the server committed before the answer was lost. Saying "nothing was
saved" could be false, and a person would then sell, sign up or hand out twice.
PostgreSQL keeps the outcome of every recent transaction: ``pg_xact_status(xid)`` says
'committed', 'aborted' or 'in progress' (NULL for one too old to remember). The begin
hook (db/postgresql.py) notes each write transaction's id; ``Database.write()`` asks
here, on a fresh connection, only after a COMMIT that failed for a lost connection, so
a write that goes well costs nothing more.

'in progress' means the server has not noticed yet that our connection is gone: COMMIT
may still be in the network, or never left. Ending that server process (our own, of
our own role) settles it one way or the other, and then we ask again.
"""

from __future__ import annotations

import time
from enum import Enum

from sqlalchemy import Engine, event, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from trefpuntje.db.postgresql import PENDING_COMMIT, PendingCommit

SETTLE_S = 3.0  # how long an 'in progress' transaction may take to end after its process is ended
_POLL_S = 0.05


class Outcome(Enum):
    COMMITTED = "committed"
    NOT_COMMITTED = "not committed"
    UNKNOWN = "unknown"


def remember_pending_commit(session: Session) -> None:
    """Let ``session`` keep the transaction its connection begins (see ``pending_commit``)."""
    event.listen(session, "after_begin", _remember)


def _remember(session: Session, _transaction: object, connection: object) -> None:
    # The connection's info lives as long as the pooled connection: take the id out, so
    # a later transaction on it never finds a stale one.
    session.info[PENDING_COMMIT] = connection.info.pop(PENDING_COMMIT, None)  # type: ignore[attr-defined]


def pending_commit(session: Session) -> PendingCommit | None:
    """The write transaction ``session`` began on the server; None when it never reached it."""
    return session.info.get(PENDING_COMMIT)


def commit_outcome(engine: Engine, pending: PendingCommit) -> Outcome:
    try:
        status = _status(engine, pending)
    except DBAPIError:  # the server still cannot be reached, or cannot answer
        return Outcome.UNKNOWN
    if status == "committed":
        return Outcome.COMMITTED
    if status == "in progress":
        return Outcome.UNKNOWN
    return Outcome.NOT_COMMITTED  # 'aborted', or NULL: no trace of it, so it never committed


def _status(engine: Engine, pending: PendingCommit) -> str | None:
    deadline = time.monotonic() + SETTLE_S
    ended = False
    with engine.connect() as connection:  # the pool checks it first (pool_pre_ping)
        while True:
            status = connection.execute(text("SELECT pg_xact_status(CAST(:xid AS xid8))"),
                                        {"xid": pending.xid}).scalar()
            if status != "in progress" or time.monotonic() > deadline:
                return status
            if not ended:
                # Only that process, and only while it still runs this transaction
                # (backend_xid is the low 32 bits of the 64-bit id).
                connection.execute(
                    text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                         "WHERE pid = :pid AND backend_xid::text = :xid32"),
                    {"pid": pending.pid, "xid32": str(int(pending.xid) % 2**32)},
                )
                ended = True
            connection.rollback()  # a new snapshot for the next question
            time.sleep(_POLL_S)
