"""Checks that need only Python's own sqlite3: is this file a Trefpuntje database we
may open, and is its schema current?

They run before the window appears and before SQLAlchemy and Alembic are imported
(together about half a second), so a kiosk shows its home screen quickly and a bad
database is refused before anything touches it.
"""

from __future__ import annotations

import os
import re
import sqlite3
from functools import cache
from pathlib import Path

from trefpuntje.config import sqlite_path_of
from trefpuntje.core.errors import DomainError
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP

SQLITE_HEADER = b"SQLite format 3\x00"
VERSIONS = Path(__file__).resolve().parent / "migrations" / "versions"
_REVISION = re.compile(r"^revision(?:: str)? = ['\"]([^'\"]+)['\"]", re.MULTILINE)
_DOWN = re.compile(r"^down_revision(?:: [^=]+)? = (None|['\"]([^'\"]+)['\"])", re.MULTILINE)


class DatabaseProblem(DomainError):
    """The database cannot be used as it is; nothing was changed."""


@cache
def revision_chain() -> tuple[dict[str, str | None], str]:
    """Every migration's revision with its parent, and the head, read from the files."""
    parents: dict[str, str | None] = {}
    for path in VERSIONS.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(text), _DOWN.search(text)
        if revision and down:
            parents[revision.group(1)] = down.group(2)
    heads = set(parents) - {parent for parent in parents.values() if parent}
    if len(heads) != 1:
        raise RuntimeError(f"migrations must form one line, found heads {sorted(heads)}")
    return parents, heads.pop()


def head_revision() -> str:
    return revision_chain()[1]


def known_revisions() -> set[str]:
    return set(revision_chain()[0])


def sqlite_path(url: str) -> Path | None:
    return sqlite_path_of(url)


def check_sqlite_file(path: Path) -> None:
    """Refuse a folder, a file that is not SQLite, or a place we cannot write."""
    if path.exists():
        if path.is_dir():
            raise DatabaseProblem(QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a database file."), path=path)
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        if header and header != SQLITE_HEADER:
            raise DatabaseProblem(
                QT_TRANSLATE_NOOP("errors", "{path} is not a Trefpuntje database (it is not an SQLite file)."),
                path=path,
            )
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            raise DatabaseProblem(
                QT_TRANSLATE_NOOP("errors", "The database {path} cannot be written. Check its permissions."),
                path=path,
            )
        return
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP("errors", "The folder {path} cannot be created. Choose another place with --db."),
            path=folder,
        ) from None
    if not os.access(folder, os.W_OK):
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP("errors", "The folder {path} cannot be written. Choose another place with --db."),
            path=folder,
        )


def _damaged(path: Path, detail: str) -> DatabaseProblem:
    return DatabaseProblem(
        QT_TRANSLATE_NOOP("errors", "The database {path} is damaged ({detail}). Restore a backup."),
        path=path,
        detail=detail,
    )


def refuse_unknown_revision(revision: str | None) -> None:
    """A schema this version does not know was written by a newer Trefpuntje."""
    if revision is not None and revision not in known_revisions():
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP(
                "errors",
                "This database was written by a newer version of Trefpuntje (schema {revision}). "
                "Install the newer version; the database was left untouched.",
            ),
            revision=revision,
        )


QUICK_CHECK_BEFORE_WINDOW = 32 * 2**20  # bytes; bigger files are checked right after the first paint


def check_integrity(path: Path) -> None:
    """SQLite's quick_check over the whole file (about 1.3 ms a MiB here)."""
    try:
        connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise _damaged(path, str(error)) from None
    if rows != [("ok",)]:
        raise _damaged(path, "; ".join(str(r[0]) for r in rows[:3]))


def inspect_sqlite(path: Path, *, full_check: bool = True) -> str | None:
    """Check the file and return its schema revision (None for a new or empty file).

    Raises DatabaseProblem for a damaged database, one with foreign tables, or one
    written by a newer Trefpuntje. Opens read-only: nothing is written. Without
    ``full_check`` only the schema pages are read (the caller checks the rest later).
    """
    check_sqlite_file(path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    if full_check:
        check_integrity(path)
    try:
        connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = found[0] if found else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise _damaged(path, str(error)) from None
    refuse_unknown_revision(revision)
    if revision is None and tables - {"sqlite_sequence"}:
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP("errors", "{url} holds tables that are not Trefpuntje's. It was left untouched."),
            url=path,
        )
    return revision


def is_current(url: str) -> bool:
    """True when ``url`` is an SQLite file at the newest schema (checked read-only; a
    file past QUICK_CHECK_BEFORE_WINDOW is left for ``check_integrity`` after the paint)."""
    path = sqlite_path(url)
    if path is None:
        return False
    small = not path.exists() or path.stat().st_size <= QUICK_CHECK_BEFORE_WINDOW
    return inspect_sqlite(path, full_check=small) == head_revision()
