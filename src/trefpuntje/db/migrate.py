"""Opening a database safely: recognise it, refuse what we must not touch, copy it
aside, then bring its schema to the newest revision."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlalchemy.exc import SQLAlchemyError

from trefpuntje.core.errors import DomainError
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.db.engine import Database

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
SQLITE_HEADER = b"SQLite format 3\x00"
KEEP_UPGRADE_COPIES = 5


class DatabaseProblem(DomainError):
    """The database cannot be used as it is; nothing was changed."""


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@dataclass(frozen=True)
class OpenResult:
    database: Database
    upgraded_from: str | None
    copy_aside: Path | None


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not an SQLite database, or a folder we cannot write in."""
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
        if not _writable(path) or not _writable(path.parent):
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
    if not _writable(folder):
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP("errors", "The folder {path} cannot be written. Choose another place with --db."),
            path=folder,
        )


def _writable(path: Path) -> bool:
    import os

    return os.access(path, os.W_OK)


def check_integrity(path: Path) -> None:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP("errors", "The database {path} is damaged ({detail}). Restore a backup."),
            path=path,
            detail=str(error),
        ) from None
    if rows != [("ok",)]:
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP("errors", "The database {path} is damaged ({detail}). Restore a backup."),
            path=path,
            detail="; ".join(str(r[0]) for r in rows[:3]),
        )


def copy_aside(path: Path, revision: str | None) -> Path:
    """A consistent copy made with SQLite's online backup API, next to the database."""
    folder = path.parent / "before-upgrade"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{revision or 'empty'}-{stamp}.sqlite3"
    source = sqlite3.connect(path)
    destination = sqlite3.connect(target)
    try:
        source.backup(destination)
    finally:
        destination.close()
        source.close()
    for old in sorted(folder.glob(f"{path.stem}-*.sqlite3"))[:-KEEP_UPGRADE_COPIES]:
        old.unlink()
    return target


def _has_tables(engine: Engine) -> bool:
    return bool(inspect(engine).get_table_names())


def open_database(url: str, *, upgrade: bool = True) -> OpenResult:
    """Open ``url``, refusing anything unsafe, and upgrade it to the newest schema."""
    sqlite_path = Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None
    if sqlite_path is not None:
        check_sqlite_file(sqlite_path)
        if sqlite_path.exists() and sqlite_path.stat().st_size > 0:
            check_integrity(sqlite_path)
    database = Database(url)
    try:
        revision = current_revision(database.engine)
        if revision is not None and revision not in known_revisions():
            raise DatabaseProblem(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "This database was written by a newer version of Trefpuntje (schema {revision}). "
                    "Install the newer version; the database was left untouched.",
                ),
                revision=revision,
            )
        if revision is None and _has_tables(database.engine):
            raise DatabaseProblem(
                QT_TRANSLATE_NOOP("errors", "{url} holds tables that are not Trefpuntje's. It was left untouched."),
                url=sqlite_path or url,
            )
        head = head_revision()
        aside: Path | None = None
        if upgrade and revision != head:
            if sqlite_path is not None and revision is not None:
                aside = copy_aside(sqlite_path, revision)
            upgrade_schema(database)
        return OpenResult(database, revision if revision != head else None, aside)
    except SQLAlchemyError as error:
        database.dispose()
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP("errors", "The database cannot be opened: {detail}"),
            detail=str(error.orig if hasattr(error, "orig") else error).splitlines()[0],
        ) from None
    except DatabaseProblem:
        database.dispose()
        raise


def upgrade_schema(database: Database, revision: str = "head") -> None:
    """Upgrade in one transaction. On SQLite, foreign keys are off while batch mode
    copies tables (dropping the old copy must not cascade), and checked afterwards."""
    config = alembic_config()
    with database.engine.connect() as connection:
        if database.is_sqlite:
            # Outside any transaction, or SQLite ignores the pragma.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
        with connection.begin():
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
            if database.is_sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseProblem(
                        QT_TRANSLATE_NOOP("errors", "The upgrade would break links between records: {detail}"),
                        detail=broken[:3],
                    )
