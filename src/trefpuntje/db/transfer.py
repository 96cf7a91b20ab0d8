"""Moving a centre's database to a server: ``trefpuntje migrate-to URL``.

A centre that outgrows one machine copies its SQLite file into an empty PostgreSQL
database once, then points every terminal at the server. The copy is one transaction
on the target: the rows go in table by table (parents before children, each table in
the order its rows were written, so the ledger's triggers and the links between
records hold as they did), then every table is compared with the source, by its
number of rows, by the totals of its money and strip columns, and by a digest of all
its rows. Any difference rolls the whole copy back: the target stays empty.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import Column, Connection, Integer, MetaData, Table, func, inspect, select, text
from sqlalchemy.engine import make_url
from sqlmodel import SQLModel

import trefpuntje.core.models  # noqa: F401  - registers every table on the metadata
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.models import REFERENCE_TABLES
from trefpuntje.db.engine import Database
from trefpuntje.db.migrate import current_revision, open_database
from trefpuntje.db.preflight import DatabaseProblem

BATCH = 1000
SKIP = {"alembic_version", "sqlite_sequence"}


@dataclass(frozen=True)
class TableCheck:
    """What was compared for one table; source and target agreed on all of it."""

    table: str
    rows: int
    totals: dict[str, int] = field(default_factory=dict)  # money (cents) and strips
    digest: str = ""


@dataclass(frozen=True)
class MoveReport:
    target: str  # the URL, without its password
    revision: str | None
    tables: list[TableCheck]

    @property
    def rows(self) -> int:
        return sum(check.rows for check in self.tables)


def safe_url(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def _summed(column: Column) -> bool:  # type: ignore[type-arg]
    return isinstance(column.type, Integer) and (
        column.name.endswith("_cents") or column.name in ("strips", "balance_after"))


def _tables(connection: Connection) -> list[Table]:
    """The tables in the database, parents first; the models' tables with their types,
    any other table as reflected."""
    present = set(inspect(connection).get_table_names()) - SKIP
    known = [table for table in SQLModel.metadata.sorted_tables if table.name in present]
    reflected = MetaData()
    others = [Table(name, reflected, autoload_with=connection) for name in sorted(present - {t.name for t in known})]
    return known + others


def _rows_in_written_order(connection: Connection, table: Table) -> Iterator[list[dict]]:  # type: ignore[type-arg]
    if connection.dialect.name == "sqlite":
        order = [text("rowid")]  # the order they were written in
    else:
        order = list(table.primary_key.columns)
    result = connection.execution_options(stream_results=True).execute(select(table).order_by(*order))
    while batch := result.mappings().fetchmany(BATCH):
        yield [dict(row) for row in batch]


def _check(connection: Connection, table: Table) -> TableCheck:
    rows = connection.execute(select(func.count()).select_from(table)).scalar_one()
    totals = {
        column.name: int(connection.execute(select(func.coalesce(func.sum(column), 0))).scalar_one())
        for column in table.columns if _summed(column)
    }
    digest = hashlib.sha256()
    if table.name in SQLModel.metadata.tables:  # typed: the same values come back from either database
        lines = sorted(repr(tuple(row)) for row in connection.execute(select(table)))
        for line in lines:
            digest.update(line.encode("utf-8") + b"\n")
    return TableCheck(table.name, rows, totals, digest.hexdigest())


def _refuse_data(connection: Connection, tables: list[Table], url: str) -> None:
    for table in tables:
        if table.name in REFERENCE_TABLES:  # filled by the migration; replaced by the source's below
            connection.execute(table.delete())
            continue
        if connection.execute(select(func.count()).select_from(table)).scalar_one():
            raise DatabaseProblem(
                QT_TRANSLATE_NOOP("errors", "{url} already holds Trefpuntje data (table {table}). Copy into an "
                                            "empty database only; it was left untouched."),
                url=safe_url(url), table=table.name,
            )


def move_database(source: Database, target_url: str) -> MoveReport:
    """Copy every row of ``source`` (at the newest schema) into the empty database at
    ``target_url``, which is given the newest schema first. Raises DatabaseProblem and
    leaves the target without rows when anything does not match."""
    if make_url(target_url) == make_url(source.url):
        raise DatabaseProblem(QT_TRANSLATE_NOOP("errors", "The source and the target are the same database."))
    target = open_database(target_url).database
    try:
        with source.engine.connect() as reading:
            revision = current_revision(source.engine)
            if revision != current_revision(target.engine):
                raise DatabaseProblem(QT_TRANSLATE_NOOP(
                    "errors", "The two databases have different schemas ({source} and {target}): upgrade both first."),
                    source=revision or "-", target=current_revision(target.engine) or "-")
            tables = _tables(reading)
            with target.write() as session:
                writing = session.connection()
                target_tables = {t.name for t in _tables(writing)}
                missing = [t.name for t in tables if t.name not in target_tables]
                if missing:
                    raise DatabaseProblem(
                        QT_TRANSLATE_NOOP("errors", "The target has no table {table}; it was left untouched."),
                        table=missing[0])
                _refuse_data(writing, tables, target_url)
                for table in tables:
                    for batch in _rows_in_written_order(reading, table):
                        writing.execute(table.insert(), batch)
                checks = []
                for table in tables:
                    copied, original = _check(writing, table), _check(reading, table)
                    if copied != original:
                        raise DatabaseProblem(
                            QT_TRANSLATE_NOOP("errors", "The copy of table {table} does not match the original "
                                                        "({detail}); nothing was kept."),
                            table=table.name, detail=_difference(original, copied))
                    checks.append(copied)
        return MoveReport(safe_url(target_url), revision, checks)
    finally:
        target.dispose()


def _difference(original: TableCheck, copied: TableCheck) -> str:
    if original.rows != copied.rows:
        return f"{original.rows} rows, {copied.rows} copied"
    for name, total in original.totals.items():
        if copied.totals.get(name) != total:
            return f"{name}: {total} and {copied.totals.get(name)}"
    return "the rows differ"
