"""The ``trefpuntje`` command. Without a subcommand it opens the window."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from trefpuntje import __version__
from trefpuntje.config import STATIONS, SUPPORTED_LANGUAGES, choose_database, language_from_environment
from trefpuntje.core.errors import DomainError, InvalidInput
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from trefpuntje.db.engine import Database

EXIT_OK, EXIT_PROBLEM, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="trefpuntje",
        description="Kiosk, till and office software for 't Trefpuntje. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"trefpuntje {__version__}")
    parser.add_argument("--db", metavar="PATH", help="SQLite database file (default: in the user data folder; env TREFPUNTJE_DB)")
    parser.add_argument("--database-url", metavar="URL", help="any SQLAlchemy URL (env TREFPUNTJE_DATABASE_URL)")
    parser.add_argument("--lang", choices=SUPPORTED_LANGUAGES, help="language of messages (env TREFPUNTJE_LANG; default nl)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--windowed", action="store_true", help="an ordinary window, for development (the default)")
    mode.add_argument("--kiosk", action="store_true", help="fullscreen and frameless; leaving needs a coordinator PIN")
    parser.add_argument("--station", choices=STATIONS, default="kiosk", help="start screen: the public kiosk, the till or the office")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill the database with a demo week", description=(
        "Fill an empty database with a believable week of 't Trefpuntje and a demo coordinator, whose PIN is printed."))
    demo.add_argument("--force", action="store_true", help="delete everything first and start afresh")
    demo.set_defaults(handler=cmd_demo)

    setup = commands.add_parser("setup", help="create the first coordinator", description=(
        "Create a coordinator with a PIN, who can open staff mode. Asks for what is not given."))
    setup.add_argument("--first-name", help="the coordinator's first name")
    setup.add_argument("--pin", help="4 to 8 digits (asked for without echo when left out)")
    setup.set_defaults(handler=cmd_setup)

    settings = commands.add_parser("settings", help="show or change a centre-wide setting", description=(
        "Without arguments, list every setting. With KEY, show it; with KEY VALUE, change it."))
    settings.add_argument("key", nargs="?")
    settings.add_argument("value", nargs="?")
    settings.set_defaults(handler=cmd_settings)

    member = commands.add_parser("member", help="list, add, export or erase members",
                                 description="List, add, export or erase members.")
    member_commands = member.add_subparsers(dest="member_command", metavar="ACTION", required=True)
    member_list = member_commands.add_parser("list", help="list members", description="List members: id, first name, roles.")
    member_list.add_argument("--json", action="store_true", help="as JSON: [{id, first_name, roles}]")
    member_list.set_defaults(handler=cmd_member_list)
    member_add = member_commands.add_parser("add", help="add a member and print its id", description="Add a member; only the first name is required.")
    member_add.add_argument("--first-name", required=True)
    member_add.add_argument("--role", action="append", default=[], help="visitor, volunteer, cook, staff or coordinator (repeatable)")
    member_add.set_defaults(handler=cmd_member_add)
    member_export = member_commands.add_parser("export", help="export everything held about a member", description=(
        "Write everything held about one member to a readable JSON file (AVG/GDPR)."))
    member_export.add_argument("member_id", metavar="MEMBER_ID")
    member_export.add_argument("-o", "--output", required=True, metavar="FILE", help="the JSON file to write")
    member_export.set_defaults(handler=cmd_member_export)
    member_erase = member_commands.add_parser("erase", help="anonymise a member", description=(
        "Remove a member's personal data. Statistics and the till ledger stay, with no person attached."))
    member_erase.add_argument("member_id", metavar="MEMBER_ID")
    member_erase.set_defaults(handler=cmd_member_erase)
    from trefpuntje.cli_housekeeping import register_member_inactive

    register_member_inactive(member_commands)

    backup = commands.add_parser("backup", help="make a verified backup now", description=(
        "Copy the database with SQLite's online backup API (safe while the app runs) and check the copy. "
        "With --daily: today's backup into the backup folder, once a day, rotated (7 daily, 4 weekly, 12 monthly)."))
    target = backup.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--output", metavar="FILE", help="the new backup file")
    target.add_argument("--daily", nargs="?", const="", metavar="FOLDER", help=(
        "today's backup, unless it is already there, then rotation; into FOLDER or else the backup_folder setting"))
    backup.set_defaults(handler=cmd_backup)
    restore = commands.add_parser("restore", help="put a backup back", description=(
        "Replace the database with a backup. The current database is copied aside first; a file that is "
        "not a sound Trefpuntje database is refused."))
    restore.add_argument("file", metavar="FILE")
    restore.set_defaults(handler=cmd_restore)
    check = commands.add_parser("check", help="check the database", description=(
        "Report integrity, the schema version and the rows per table; exit 1 on any problem."))
    check.set_defaults(handler=cmd_check)

    unlock = commands.add_parser("unlock", help="lift PIN lockouts", description=(
        "Lift every staff PIN lockout, for example after someone at the kiosk tried PINs until staff mode locked."))
    unlock.set_defaults(handler=cmd_unlock)

    from trefpuntje.cli_print import register as register_print  # the print commands live in their own module

    register_print(commands)
    from trefpuntje.cli_till import register as register_till

    register_till(commands)
    from trefpuntje.cli_audit import register as register_audit

    register_audit(commands)
    from trefpuntje.cli_meals import register as register_meals

    register_meals(commands)
    from trefpuntje.cli_hours import register as register_hours

    register_hours(commands)
    from trefpuntje.cli_shop import register as register_shop

    register_shop(commands)
    from trefpuntje.cli_housekeeping import register as register_housekeeping

    register_housekeeping(commands)
    from trefpuntje.cli_migrate import register as register_migrate

    register_migrate(commands)

    upgrade = commands.add_parser("upgrade", help="upgrade the database schema now", description=(
        "Copy the database aside and upgrade its schema to the newest version (the app also does this at start)."))
    upgrade.set_defaults(handler=cmd_upgrade)
    return parser


class Context:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.language = args.lang or language_from_environment()
        self.choice = choose_database(args.db, args.database_url)

    def tr(self, text: str) -> str:
        """``text`` is marked with QT_TRANSLATE_NOOP("cli", ...) where it is written."""
        return translate("cli", text, self.language)

    def open(self) -> Database:
        from trefpuntje.db.migrate import open_database  # SQLAlchemy and Alembic load only when needed

        return open_database(self.choice.url).database


def cmd_demo(ctx: Context) -> int:
    from trefpuntje.core.demo import fill_demo, has_data
    from trefpuntje.db.migrate import copy_aside

    database = ctx.open()
    path = ctx.choice.sqlite_path
    if ctx.args.force and path is not None:
        with database.read() as session:
            if has_data(session):
                aside = copy_aside(path, "before-demo")  # --force deletes everything: keep a way back
                print(ctx.tr(QT_TRANSLATE_NOOP("cli", "The old data was copied to {path}.")).format(path=aside))
    with database.write() as session:
        result = fill_demo(session, today=date.today(), force=ctx.args.force)
    counts = ", ".join(f"{n} {ctx.tr(k)}" for k, n in result.counts.items())
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Demo data is ready: {counts}.")).format(counts=counts))
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Demo coordinator PIN: {pin}")).format(pin=result.coordinator_pin))
    return EXIT_OK


def cmd_setup(ctx: Context) -> int:
    from trefpuntje.core.staff_pins import create_coordinator, validate_pin

    first_name = ctx.args.first_name or input(ctx.tr(QT_TRANSLATE_NOOP("cli", "First name of the coordinator: ")))
    pin = ctx.args.pin
    if pin is None:
        pin = getpass.getpass(ctx.tr(QT_TRANSLATE_NOOP("cli", "PIN (4 to 8 digits): ")))
        validate_pin(pin)
        if getpass.getpass(ctx.tr(QT_TRANSLATE_NOOP("cli", "The same PIN again: "))) != pin:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The two PINs differ. Nothing was saved."))
    database = ctx.open()
    with database.write() as session:
        coordinator = create_coordinator(session, first_name=first_name, pin=pin)
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Coordinator {name} can now open staff mode with the PIN.")).format(name=coordinator.first_name))
    return EXIT_OK


def cmd_settings(ctx: Context) -> int:
    from trefpuntje.core.settings import all_settings, get_setting, set_setting

    database = ctx.open()
    key, value = ctx.args.key, ctx.args.value
    if value is not None:
        with database.write() as session:
            set_setting(session, key=key, value=value)
    with database.read() as session:
        if key is None:
            for name, current in all_settings(session).items():
                print(f"{name} = {current}")
        else:
            print(f"{key} = {get_setting(session, key)}")
    return EXIT_OK


def cmd_member_list(ctx: Context) -> int:
    from trefpuntje.core.members import list_members

    with ctx.open().read() as session:
        members = list_members(session)
    if ctx.args.json:
        print(json.dumps([{"id": str(m.id), "first_name": m.first_name, "roles": list(m.roles)} for m in members], ensure_ascii=False, indent=2))
    else:
        for m in members:
            print(f"{m.id}  {m.first_name:<20} {', '.join(m.roles)}")
    return EXIT_OK


def cmd_member_add(ctx: Context) -> int:
    from trefpuntje.core.members import add_member

    with ctx.open().write() as session:
        member = add_member(session, first_name=ctx.args.first_name, roles=ctx.args.role or ["visitor"])
    print(member.id)
    return EXIT_OK


def _sqlite_only(ctx: Context) -> Path:
    path = ctx.choice.sqlite_path
    if path is None:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "errors", "This works on the SQLite file only. For PostgreSQL use pg_dump and pg_restore."))
    return path


def cmd_backup(ctx: Context) -> int:
    from trefpuntje.db.backup import backup

    if ctx.args.daily is not None:
        from trefpuntje.cli_housekeeping import cmd_backup_daily

        return cmd_backup_daily(ctx)
    target = backup(_sqlite_only(ctx), Path(ctx.args.output))
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Backup saved and checked: {path}")).format(path=target))
    return EXIT_OK


def cmd_restore(ctx: Context) -> int:
    from trefpuntje.db.backup import restore

    aside = restore(Path(ctx.args.file), _sqlite_only(ctx))
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Restored. The database as it was is kept in {path}.")).format(path=aside))
    return EXIT_OK


def cmd_check(ctx: Context) -> int:
    from trefpuntje.db.backup import check

    health = check(_sqlite_only(ctx))
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Integrity: {result}")).format(result="; ".join(health.integrity[:5])))
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Schema: {revision} (newest {newest})")).format(
        revision=health.revision or "-", newest=health.newest))
    for table, count in health.counts.items():
        print(f"  {table:<20} {count:>9}")
    return EXIT_OK if health.ok else EXIT_PROBLEM


def cmd_unlock(ctx: Context) -> int:
    from trefpuntje.core.staff_pins import unlock

    with ctx.open().write() as session:
        lifted = unlock(session)
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Lockouts lifted: {count}.")).format(count=lifted))
    return EXIT_OK


def cmd_member_export(ctx: Context) -> int:
    from trefpuntje.core.privacy import export_member

    with ctx.open().read() as session:
        data = export_member(session, member_id=ctx.args.member_id, language=ctx.language)
    target = Path(ctx.args.output)
    target.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    target.chmod(0o600)  # it is one person's data
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Exported to {path}.")).format(path=target))
    return EXIT_OK


def cmd_member_erase(ctx: Context) -> int:
    from datetime import UTC, datetime

    from trefpuntje.core.privacy import erase_member

    with ctx.open().write() as session:
        erase_member(session, member_id=ctx.args.member_id, now=datetime.now(UTC))
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "The member's personal data has been erased.")))
    return EXIT_OK


def cmd_upgrade(ctx: Context) -> int:
    from trefpuntje.db.migrate import open_database

    result = open_database(ctx.choice.url)
    if result.upgraded_from is None and result.copy_aside is None:
        print(ctx.tr(QT_TRANSLATE_NOOP("cli", "The database is up to date.")))
    else:
        print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Upgraded from schema {old}; the old database was copied to {path}.")).format(
            old=result.upgraded_from or "-", path=result.copy_aside or "-"))
    return EXIT_OK


def cmd_run(ctx: Context) -> int:
    from trefpuntje.ui.app import run_app

    return run_app(ctx.choice, station=ctx.args.station, kiosk=ctx.args.kiosk, language=ctx.args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    ctx = Context(args)
    handler: Callable[[Context], int] = getattr(args, "handler", cmd_run)
    try:
        return handler(ctx)
    except DomainError as error:
        print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Error: {message}")).format(message=error.translated(ctx.language)), file=sys.stderr)
        return EXIT_PROBLEM
    except (KeyboardInterrupt, EOFError):
        print(file=sys.stderr)
        return EXIT_PROBLEM
