"""The daily housekeeping: today's backup, then the retention rules, forgotten clock-outs,
uncollected meal orders and shop reservations that ran out.

One call for the app's daily timer and for ``trefpuntje housekeeping`` (cron or a
systemd timer). Safe from a background thread while the app keeps writing: the backup
copies through a connection of its own (``db/daily_backup.py``) and retention is one
short write transaction like any other. A backup that fails is reported in the
result, not raised, so retention still runs (every earlier backup is kept).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from trefpuntje.config import sqlite_path_of
from trefpuntje.core.errors import DomainError, InvalidInput
from trefpuntje.core.hours import ForgottenSummary, close_forgotten_clock_outs
from trefpuntje.core.meals_pickup import MealsClosed, record_not_collected
from trefpuntje.core.retention import RetentionSummary, run_retention
from trefpuntje.core.settings import get_setting
from trefpuntje.core.shop_reservations import release_expired
from trefpuntje.db.daily_backup import SQLITE_ONLY, DailyBackupResult, resolve_backup_folder, run_daily_backup

if TYPE_CHECKING:
    from trefpuntje.db.engine import Database


@dataclass(frozen=True)
class HousekeepingReport:
    backup: DailyBackupResult | None  # None when the backup failed
    backup_problem: DomainError | None  # why, in words the UI and the command line show
    retention: RetentionSummary
    forgotten_clock_outs: ForgottenSummary | None = None  # closed at their shift's end, or flagged
    meals_closed: MealsClosed | None = None  # meal orders not collected, waiting lists closed
    shop_released: int = 0  # shop reservations that ran out, their units back on the shelf


def backup_folder_of(database: Database) -> Path:
    """Where the daily backups go: the ``backup_folder`` setting, relative to the database."""
    path = sqlite_path_of(database.url)
    if path is None:
        raise InvalidInput(SQLITE_ONLY)
    with database.read() as session:
        return resolve_backup_folder(get_setting(session, "backup_folder"), path)


def run_housekeeping(database: Database, *, now: datetime, folder: Path | None = None) -> HousekeepingReport:
    """Make today's backup (into ``folder``, else the ``backup_folder`` setting), then
    apply the retention rules. Raises only when retention itself cannot be saved
    (``DiskFull``, for example)."""
    backup: DailyBackupResult | None = None
    problem: DomainError | None = None
    try:
        backup = run_daily_backup(database, folder if folder is not None else backup_folder_of(database), now=now)
    except DomainError as error:
        problem = error
    with database.write() as session:
        retention = run_retention(session, now=now)
    with database.write() as session:  # volunteer hours: forgotten clock-outs (core/hours.py)
        forgotten = close_forgotten_clock_outs(session, now=now)
    with database.write() as session:  # neighbour meals: orders not collected by the end of the pick-up
        meals = record_not_collected(session, now=now)
    with database.write() as session:  # the shop: holds not collected in time go back on the shelf
        released = release_expired(session, now=now)
    return HousekeepingReport(backup, problem, retention, forgotten, meals, released)
