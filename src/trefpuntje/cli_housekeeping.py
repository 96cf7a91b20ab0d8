"""Daily upkeep on the command line: backups with rotation, retention, inactive visitors.

    trefpuntje backup --daily [FOLDER]      today's backup (once a day), then rotation
    trefpuntje housekeeping [--folder DIR]  the daily backup, then the retention rules
    trefpuntje member inactive [--json]     visitors listed for a coordinator to consider

``register(commands)`` adds ``housekeeping``; ``cmd_backup_daily`` and
``cmd_member_inactive`` are the handlers of options that cli.py's parsers own. Every
command exits 1 on a problem, so cron mails it.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from zoneinfo import ZoneInfo

from trefpuntje.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from trefpuntje.db.daily_backup import DailyBackupResult
    from trefpuntje.db.engine import Database

EXIT_OK, EXIT_PROBLEM = 0, 1
LOCAL = ZoneInfo("Europe/Amsterdam")


class CliContext(Protocol):
    """What the handlers use of ``trefpuntje.cli.Context``."""

    args: argparse.Namespace
    language: str

    def tr(self, text: str) -> str: ...

    def open(self) -> Database: ...


def _local_day(moment: datetime) -> str:
    return moment.astimezone(LOCAL).date().isoformat()


def _report_backup(ctx: CliContext, result: DailyBackupResult) -> None:
    if result.made:
        print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Today's backup is saved and checked: {path}")).format(path=result.path))
        print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Backups kept: {kept}; older ones removed: {removed}.")).format(
            kept=len(result.kept), removed=len(result.removed)))
    else:
        print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Today's backup was already made: {path}")).format(path=result.path))


def cmd_backup_daily(ctx: CliContext) -> int:
    from trefpuntje.core.housekeeping import backup_folder_of
    from trefpuntje.db.daily_backup import run_daily_backup

    database = ctx.open()
    folder = Path(ctx.args.daily) if ctx.args.daily else backup_folder_of(database)
    _report_backup(ctx, run_daily_backup(database, folder, now=datetime.now(UTC)))
    return EXIT_OK


def cmd_housekeeping(ctx: CliContext) -> int:
    from trefpuntje.core.housekeeping import run_housekeeping

    folder = Path(ctx.args.folder) if ctx.args.folder else None
    report = run_housekeeping(ctx.open(), now=datetime.now(UTC), folder=folder)
    if report.backup is not None:
        _report_backup(ctx, report.backup)
    if report.backup_problem is not None:
        print(ctx.tr(QT_TRANSLATE_NOOP("cli", "The backup failed: {message}")).format(
            message=report.backup_problem.translated(ctx.language)), file=sys.stderr)
    retention = report.retention
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Check-ins from before {day} no longer name anyone; changed now: {count}.")).format(
        day=_local_day(retention.checkin_cutoff), count=retention.checkins_anonymised))
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Visitors not seen since {day}, for a coordinator to consider: {count} "
                                          "(trefpuntje member inactive).")).format(
        day=_local_day(retention.inactive_cutoff), count=len(retention.inactive)))
    if report.meals_closed is not None:
        print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Meal orders not collected in time, recorded now: {count}; allergy data "
                                              "of past meals removed now: {purged}.")).format(
            count=report.meals_closed.not_collected, purged=retention.meal_diet_purged))
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Shop reservations that ran out, back on the shelf now: {count}.")).format(
        count=report.shop_released))
    return EXIT_OK if report.backup_problem is None else EXIT_PROBLEM


def cmd_member_inactive(ctx: CliContext) -> int:
    from trefpuntje.core.retention import inactive_members

    with ctx.open().read() as session:
        members = inactive_members(session, now=datetime.now(UTC), months=ctx.args.months)
    if ctx.args.json:
        print(json.dumps([{"id": str(m.id), "first_name": m.first_name, "last_seen": _local_day(m.last_seen)}
                          for m in members], ensure_ascii=False, indent=2))
    elif not members:
        print(ctx.tr(QT_TRANSLATE_NOOP("cli", "No inactive visitors.")))
    else:
        for m in members:
            print(f"{m.id}  {m.first_name:<20} {_local_day(m.last_seen)}")
    return EXIT_OK


def _months(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 120:
        raise argparse.ArgumentTypeError("a whole number of months, 1 to 120")
    return int(text)


def register_member_inactive(member_commands: Any) -> None:
    """Add ``inactive`` to the subparsers of ``trefpuntje member``."""
    inactive = member_commands.add_parser("inactive", help="list visitors who have not been seen for long", description=(
        "List visitors (no other role) with no check-in, sign-up, purchase or new card for the "
        "inactive_after_months setting (default 24): for a coordinator to decide about. Nobody is removed; "
        "erase with: trefpuntje member erase MEMBER_ID."))
    inactive.add_argument("--months", type=_months, metavar="N", help="this many months instead of the setting")
    inactive.add_argument("--json", action="store_true", help="as JSON: [{id, first_name, last_seen}]")
    inactive.set_defaults(handler=cmd_member_inactive)


def register(commands: Any) -> None:
    """Add ``housekeeping`` to the subcommands of the ``trefpuntje`` parser."""
    housekeeping = commands.add_parser("housekeeping", help="the daily backup and retention rules", description=(
        "Once a day (cron or a systemd timer): make today's backup into the backup_folder setting, rotated "
        "7 daily, 4 weekly, 12 monthly, then apply the retention rules: check-ins older than "
        "checkin_retention_months stop naming anyone, and visitors inactive for inactive_after_months are counted "
        "for a coordinator (trefpuntje member inactive). Exits 1 when the backup failed."))
    housekeeping.add_argument("--folder", metavar="DIR", help="back up into DIR instead of the backup_folder setting")
    housekeeping.set_defaults(handler=cmd_housekeeping)
