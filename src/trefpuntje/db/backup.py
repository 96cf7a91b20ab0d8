"""Backups with SQLite's online backup API: consistent while the app runs, checked
with ``integrity_check`` before they count, and restored only after the current
database has been copied aside."""

from __future__ import annotations

import errno
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.db.disk_full import is_disk_full
from trefpuntje.db.preflight import DatabaseProblem, head_revision, inspect_sqlite


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy with SQLite's online backup API, the source opened read-only."""
    src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()


def _integrity(path: Path) -> list[str]:
    """``["ok"]`` for a sound file; otherwise what is wrong (also when SQLite cannot
    even read it as a database)."""
    try:
        connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            return [row[0] for row in connection.execute("PRAGMA integrity_check")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return [str(error)]


def _single_file(path: Path) -> None:
    """Take the copy out of WAL mode (it inherits the live database's), so it is one
    self-contained file: opening it read-only, as the checks do, then leaves no ``-wal``
    and ``-shm`` beside it. The app switches a restored database back to WAL."""
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        connection.close()


def backup(source: Path, target: Path) -> Path:
    """Copy the database to ``target`` (a new file), verified; written under a temporary
    name and moved into place only when complete and sound."""
    target = target.expanduser().resolve()
    if target.exists():
        raise DatabaseProblem(QT_TRANSLATE_NOOP("errors", "{path} already exists. Choose a new file name."), path=target)
    if not target.parent.is_dir():
        raise DatabaseProblem(QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."), folder=target.parent)
    if not source.is_file():
        raise DatabaseProblem(QT_TRANSLATE_NOOP("errors", "{path} is not a file."), path=source)
    inspect_sqlite(source)
    partial = target.with_name(target.name + ".partial")
    try:
        copy_database(source, partial)
        _single_file(partial)
        problems = _integrity(partial)
        if problems != ["ok"]:
            raise DatabaseProblem(QT_TRANSLATE_NOOP("errors", "The backup did not check out ({detail}). Nothing was saved."),
                                  detail="; ".join(problems[:3]))
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        partial.replace(target)
    except (OSError, sqlite3.Error) as error:
        if is_disk_full(error) or getattr(error, "errno", None) == errno.ENOSPC:
            raise DatabaseProblem(QT_TRANSLATE_NOOP(
                "errors", "There is no room for the backup in {folder}. Nothing was saved there; make room or "
                          "choose another folder."), folder=target.parent) from None
        raise DatabaseProblem(QT_TRANSLATE_NOOP("errors", "The backup could not be written: {detail}"),
                              detail=getattr(error, "strerror", None) or str(error)) from None
    finally:
        partial.unlink(missing_ok=True)
    return target


def restore(source: Path, database: Path) -> Path:
    """Put the backup ``source`` in place of ``database``; returns where the current
    database was copied first. A file that is not a sound Trefpuntje database is refused."""
    from trefpuntje.db.migrate import copy_aside

    source = source.expanduser().resolve()
    if not source.is_file():
        raise DatabaseProblem(QT_TRANSLATE_NOOP("errors", "{path} is not a file."), path=source)
    revision = inspect_sqlite(source)
    if revision is None:
        raise DatabaseProblem(QT_TRANSLATE_NOOP("errors", "{path} is not a Trefpuntje backup."), path=source)
    problems = _integrity(source)
    if problems != ["ok"]:
        raise DatabaseProblem(QT_TRANSLATE_NOOP("errors", "The database {path} is damaged ({detail}). Restore a backup."),
                              path=source, detail="; ".join(problems[:3]))
    aside = copy_aside(database, "before-restore") if database.exists() else database
    copy_database(source, database)
    return aside


@dataclass(frozen=True)
class Health:
    integrity: list[str]
    revision: str | None
    newest: str
    counts: dict[str, int]

    @property
    def ok(self) -> bool:
        return self.integrity == ["ok"] and self.revision == self.newest


def check(path: Path) -> Health:
    """Integrity, schema version and rows per table, read-only."""
    revision = inspect_sqlite(path)
    connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        tables = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        counts = {t: connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables if t != "alembic_version"}
    finally:
        connection.close()
    return Health(_integrity(path), revision, head_revision(), counts)
