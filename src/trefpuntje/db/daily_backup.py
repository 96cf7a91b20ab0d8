"""The daily automatic backup, into a backup folder, rotated grandfather-father-son.

Once a day the database is copied with ``backup()``: SQLite's online backup API on a
connection of its own, opened read-only, in one step, so the copy is one consistent
moment even while the app (in this process or another) keeps writing; the copy is
verified with ``integrity_check`` under a temporary name and only then named. So
``run_daily_backup`` is safe to call from a background thread while the app runs.

A backup is called ``<database name>-daily-YYYY-MM-DD.sqlite3`` (the local date in
Nijmegen), so rotation works from the names alone and never touches a file it did not
make: anything else in the folder (a manual ``trefpuntje backup -o``, photos, another
database's backups) is left alone. Rotation keeps the newest backup of each of the
last 7 days, of the last 4 ISO weeks and of the last 12 months, and runs only after
today's backup checked out: when it fails, every earlier backup stays. A backup
dated after today (a clock that was once wrong) is never removed.

Two callers at once (the app's daily timer and a cron job) take turns on a lock file,
``.<database name>-daily.lock`` in the folder: the second finds today's backup made.
"""

from __future__ import annotations

import fcntl
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from trefpuntje.config import sqlite_path_of
from trefpuntje.core.errors import InvalidInput
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.db.backup import backup
from trefpuntje.db.preflight import DatabaseProblem

if TYPE_CHECKING:
    from trefpuntje.db.engine import Database

LOCAL = ZoneInfo("Europe/Amsterdam")
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 12
DEFAULT_FOLDER = "backups"  # the backup_folder setting's default: next to the database
SQLITE_ONLY = QT_TRANSLATE_NOOP("errors", "This works on the SQLite file only. For PostgreSQL use pg_dump and pg_restore.")


@dataclass(frozen=True)
class DailyBackupResult:
    path: Path  # today's backup
    made: bool  # False: today's backup was already there, and nothing was done
    removed: tuple[Path, ...] = ()  # older backups the rotation let go (and leftovers of broken-off ones)
    kept: tuple[Path, ...] = ()  # every backup of ours in the folder afterwards, oldest first


def backup_name(stem: str, day: date) -> str:
    return f"{stem}-daily-{day.isoformat()}.sqlite3"


def _pattern(stem: str) -> re.Pattern[str]:
    return re.compile(re.escape(stem) + r"-daily-(\d{4}-\d{2}-\d{2})\.sqlite3(\.partial(-journal)?)?")


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def days_to_keep(days: Iterable[date], today: date) -> set[date]:
    """Grandfather-father-son: the newest of each of the last 7 days, 4 ISO weeks and
    12 months (each counting today's), and every day after today."""
    days = set(days)
    past = sorted(d for d in days if d <= today)
    keep = {d for d in days if d > today}

    def newest_per(period: Callable[[date], object], wanted: set[object]) -> None:
        newest: dict[object, date] = {}
        for day in past:  # oldest first: a later day of the same period replaces it
            if (key := period(day)) in wanted:
                newest[key] = day
        keep.update(newest.values())

    newest_per(lambda d: d, {today - timedelta(days=n) for n in range(KEEP_DAILY)})
    newest_per(lambda d: d.isocalendar()[:2], {(today - timedelta(weeks=n)).isocalendar()[:2] for n in range(KEEP_WEEKLY)})
    months = {((today.year * 12 + today.month - 1 - n) // 12, (today.month - 1 - n) % 12 + 1) for n in range(KEEP_MONTHLY)}
    newest_per(lambda d: (d.year, d.month), months)
    return keep


def resolve_backup_folder(setting: str, database: Path) -> Path:
    """The ``backup_folder`` setting as a folder: ``~`` expanded, a relative path taken
    from the database's own folder (so the default is ``backups/`` next to it)."""
    folder = Path(setting.strip() or DEFAULT_FOLDER).expanduser()
    return folder if folder.is_absolute() else database.resolve().parent / folder


def _sqlite_file(source: Database | Path) -> Path:
    if isinstance(source, Path):
        return source
    path = sqlite_path_of(source.url)
    if path is None:
        raise InvalidInput(SQLITE_ONLY)
    return path


def _ready(folder: Path) -> Path:
    """The folder, made when only its last part is missing: a path on a USB stick that is
    not in should fail, not quietly become a folder on the machine's own disk."""
    folder = folder.expanduser().resolve()
    if not folder.is_dir():
        try:
            folder.mkdir(exist_ok=True)  # never parents=True
        except OSError:
            raise DatabaseProblem(QT_TRANSLATE_NOOP(
                "errors", "The backup folder {folder} cannot be reached or made. Is the USB stick in?"),
                folder=folder) from None
    return folder


def rotate(folder: Path, *, stem: str, today: date) -> tuple[tuple[Path, ...], tuple[Path, ...]]:
    """Remove our backups that the rotation no longer keeps, and the leftovers of backups
    broken off on an earlier day. Returns (removed, kept)."""
    pattern = _pattern(stem)
    ours: dict[Path, tuple[date, bool]] = {}
    for path in folder.iterdir():
        match = pattern.fullmatch(path.name)
        if match and path.is_file() and (day := _day(match.group(1))) is not None:
            ours[path] = (day, match.group(2) is not None)
    keep = days_to_keep((day for day, partial in ours.values() if not partial), today)
    removed = []
    for path, (day, partial) in sorted(ours.items()):
        if (partial and day < today) or (not partial and day not in keep):
            path.unlink(missing_ok=True)
            removed.append(path)
    kept = tuple(sorted(p for p, (day, partial) in ours.items() if not partial and day in keep))
    return tuple(removed), kept


@contextmanager
def _one_at_a_time(folder: Path, stem: str) -> Iterator[None]:
    try:
        handle = (folder / f".{stem}-daily.lock").open("a")
    except OSError as error:  # a read-only or full USB stick
        raise DatabaseProblem(QT_TRANSLATE_NOOP("errors", "The backup could not be written: {detail}"),
                              detail=error.strerror or str(error)) from None
    with handle:
        fcntl.flock(handle, fcntl.LOCK_EX)  # released when the file closes
        yield


def run_daily_backup(source: Database | Path, folder: Path, *, now: datetime) -> DailyBackupResult:
    """Make today's backup in ``folder``, verified, then rotate; nothing when today's is
    already there. ``source`` is the Database or its SQLite file; ``now`` is aware.

    Raises DatabaseProblem when the database is damaged, the folder cannot be reached,
    there is no room, or the copy does not check out (the bad copy is removed and every
    earlier backup kept); InvalidInput for a database that is not an SQLite file.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    database = _sqlite_file(source)
    today = now.astimezone(LOCAL).date()
    folder = _ready(folder)
    target = folder / backup_name(database.stem, today)
    with _one_at_a_time(folder, database.stem):
        if target.exists():
            return DailyBackupResult(target, made=False)
        backup(database, target)
        removed, kept = rotate(folder, stem=database.stem, today=today)
    return DailyBackupResult(target, made=True, removed=removed, kept=kept)
