"""``trefpuntje migrate-to URL``: copy this database (normally the SQLite file) into an
empty database on a server, checked table by table (see ``db/transfer.py``)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from trefpuntje.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from trefpuntje.cli import Context

EXIT_OK = 0


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    migrate = commands.add_parser("migrate-to", help="copy this database into an empty PostgreSQL database", description=(
        "Copy the whole database (the SQLite file, or --db/--database-url) into an empty database at URL, for "
        "example postgresql+psycopg://trefpuntje:secret@server/trefpuntje. The target gets the newest schema "
        "first; the copy is one transaction, checked by row counts, money totals and a digest of every table, "
        "and rolled back whole on any difference. Close the app on every terminal first."))
    migrate.add_argument("url", metavar="URL", help="the empty target database")
    migrate.set_defaults(handler=cmd_migrate_to)


def cmd_migrate_to(ctx: Context) -> int:
    from trefpuntje.db.transfer import move_database

    source = ctx.open()
    try:
        report = move_database(source, ctx.args.url)
    finally:
        source.dispose()
    for check in report.tables:
        totals = ", ".join(f"{name} {total}" for name, total in check.totals.items())
        print(f"  {check.table:<20} {check.rows:>9}  {totals}")
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Copied {rows} rows into {url}; every table was checked and matches. "
                                          "Point every terminal at it with --database-url or "
                                          "TREFPUNTJE_DATABASE_URL.")).format(rows=report.rows, url=report.target))
    return EXIT_OK
