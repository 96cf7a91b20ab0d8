"""Opening a database safely: recognise it, refuse what we must not touch, copy it
aside, then bring its schema to the newest revision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, inspect
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from trefpuntje.core.errors import DatabaseUnreachable
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.db.backup import copy_database
from trefpuntje.db.engine import Database
from trefpuntje.db.postgresql import is_connection_lost
from trefpuntje.db.preflight import (
    DatabaseProblem,
    head_revision,
    inspect_sqlite,
    known_revisions,
    refuse_unknown_revision,
    sqlite_path,
)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
KEEP_UPGRADE_COPIES = 5


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@dataclass(frozen=True)
class OpenResult:
    database: Database
    upgraded_from: str | None
    copy_aside: Path | None


def copy_aside(path: Path, revision: str | None) -> Path:
    """A consistent copy made with SQLite's online backup API, next to the database,
    in ``before-upgrade/``; ``revision`` names it (a schema revision or a reason)."""
    folder = path.parent / "before-upgrade"
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{revision or 'empty'}-{stamp}.sqlite3"
    copy_database(path, target)
    for old in sorted(folder.glob(f"{path.stem}-*.sqlite3"))[:-KEEP_UPGRADE_COPIES]:
        old.unlink()
    return target


def open_database(url: str, *, upgrade: bool = True) -> OpenResult:
    """Open ``url``, refusing anything unsafe, and upgrade it to the newest schema."""
    path = sqlite_path(url)
    if path is not None:
        inspect_sqlite(path)  # refuses damaged, foreign and newer databases before any write
    database = _engine_for(url)
    try:
        revision = current_revision(database.engine)
        refuse_unknown_revision(revision)
        if revision is None and path is None and inspect(database.engine).get_table_names():
            raise DatabaseProblem(
                QT_TRANSLATE_NOOP("errors", "{url} holds tables that are not Trefpuntje's. It was left untouched."),
                url=url,
            )
        aside: Path | None = None
        if upgrade and revision != head_revision():
            if path is not None and revision is not None:
                aside = copy_aside(path, revision)
            upgrade_schema(database)
        return OpenResult(database, revision if revision != head_revision() else None, aside)
    except SQLAlchemyError as error:
        database.dispose()
        if is_connection_lost(error):
            raise DatabaseUnreachable(
                QT_TRANSLATE_NOOP("errors", "The centre's database server cannot be reached ({detail}). Check the "
                                            "network and that the server is running, then start again."),
                detail=str(error.orig if hasattr(error, "orig") else error).strip().splitlines()[-1],
            ) from None
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP("errors", "The database cannot be opened: {detail}"),
            detail=str(error.orig if hasattr(error, "orig") else error).splitlines()[0],
        ) from None
    except DatabaseProblem:
        database.dispose()
        raise


def _engine_for(url: str) -> Database:
    try:
        return Database(url)
    except ModuleNotFoundError as error:
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP("errors", "The database driver {driver} is not installed. For PostgreSQL: "
                                        "pip install 'trefpuntje[postgres]'."),
            driver=error.name,
        ) from None
    except (ArgumentError, ValueError) as error:
        raise DatabaseProblem(
            QT_TRANSLATE_NOOP("errors", "{url} is not a database address ({detail})."), url=url, detail=str(error)
        ) from None


def upgrade_schema(database: Database, revision: str = "head") -> None:
    """Upgrade in one transaction. On SQLite, foreign keys are off while batch mode
    copies tables (dropping the old copy must not cascade), and checked afterwards."""
    config = alembic_config()
    with database.write_engine.connect() as connection:  # BEGIN IMMEDIATE: one terminal upgrades at a time
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
