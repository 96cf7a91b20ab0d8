"""Telling "the disk is full" from every other database failure.

SQLite reports a full disk, and a database at its ``max_page_count``, as SQLITE_FULL
("database or disk is full"); PostgreSQL as SQLSTATE 53100 (disk_full). SQLAlchemy
wraps either in an ``OperationalError`` whose ``orig`` is the driver's error, so the
chain of causes is searched. Only Python's own modules are imported here: the backup
code that uses this runs before SQLAlchemy is loaded.
"""

from __future__ import annotations

from trefpuntje.core.errors import DiskFull
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP

SQLITE_FULL = 13  # the primary result code; extended codes keep it in the low byte
SQLITE_FULL_MESSAGE = "database or disk is full"
POSTGRES_DISK_FULL = "53100"
DISK_FULL_MESSAGE = QT_TRANSLATE_NOOP("errors", "The disk is full: nothing was saved. Ask a coordinator to make room.")


def _causes(error: BaseException) -> list[BaseException]:
    """The error, the driver error it wraps and what caused them, each once."""
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [error]
    while todo and len(seen) < 10:
        current = todo.pop(0)
        if current is None or any(current is s for s in seen):
            continue
        seen.append(current)
        todo += [getattr(current, "orig", None), current.__cause__, current.__context__]
    return seen


def _says_full(error: BaseException) -> bool:
    code = getattr(error, "sqlite_errorcode", None)  # sqlite3 in Python 3.11+
    if isinstance(code, int) and code & 0xFF == SQLITE_FULL:
        return True
    state = getattr(error, "sqlstate", None) or getattr(error, "pgcode", None)  # psycopg 3, psycopg2
    if state == POSTGRES_DISK_FULL:
        return True
    # A driver that gives neither code: SQLite's own words, and nothing else (a wrapper's
    # text also holds the statement's values, which anyone may have typed).
    return not hasattr(error, "orig") and str(error).strip().lower() == SQLITE_FULL_MESSAGE


def is_disk_full(error: BaseException) -> bool:
    """True when ``error`` (or the driver error inside it) means the disk is full."""
    return any(_says_full(cause) for cause in _causes(error))


def disk_full() -> DiskFull:
    return DiskFull(DISK_FULL_MESSAGE)
