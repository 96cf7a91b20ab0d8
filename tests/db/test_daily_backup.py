"""Daily backups: once a day, verified, rotated 7 daily, 4 weekly, 12 monthly, and
nothing in the folder touched that the rotation did not make."""

from __future__ import annotations

import sqlite3
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from trefpuntje.core.members import add_member
from trefpuntje.db import backup as backup_module
from trefpuntje.db.daily_backup import backup_name, days_to_keep, resolve_backup_folder, run_daily_backup
from trefpuntje.db.preflight import DatabaseProblem


def at_noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 11, tzinfo=UTC)  # 12:00 or 13:00 in Nijmegen


def daily_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if "-daily-" in p.name)


def members_in(path: Path) -> int:
    with sqlite3.connect(path) as plain:
        return plain.execute("SELECT count(*) FROM member").fetchone()[0]


FOREIGN = ("trefpuntje-2025-01-01.sqlite3",  # a manual `backup -o`, named as the README suggests
           "centrum-daily-2025-01-02.sqlite3",  # another database's daily backups
           "centrum-daily-2025-01-02.sqlite3.partial",
           "foto.jpg", "notities.txt")


def test_after_400_days_the_folder_holds_7_daily_4_weekly_and_12_monthly_backups(database, db_path, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    for name in FOREIGN:
        (folder / name).write_bytes(b"not ours")
    first = date(2025, 1, 1)
    for n in range(400):
        result = run_daily_backup(db_path, folder, now=at_noon(first + timedelta(days=n)))
        assert result.made
    assert first + timedelta(days=399) == date(2026, 2, 4)  # a Wednesday
    expected = [
        # the last 12 months, each by its newest backup (February's is today's)
        "2025-03-31", "2025-04-30", "2025-05-31", "2025-06-30", "2025-07-31", "2025-08-31", "2025-09-30",
        "2025-10-31", "2025-11-30", "2025-12-31",
        # the last 4 ISO weeks by their Sundays (this week's and last week's newest are among the days)
        "2026-01-18", "2026-01-25",
        # the last 7 days
        "2026-01-29", "2026-01-30", "2026-01-31", "2026-02-01", "2026-02-02", "2026-02-03", "2026-02-04",
    ]
    assert daily_files(folder) == sorted([f"trefpuntje-daily-{day}.sqlite3" for day in expected]
                                         + ["centrum-daily-2025-01-02.sqlite3",
                                            "centrum-daily-2025-01-02.sqlite3.partial"])
    assert [p.name for p in result.kept] == [f"trefpuntje-daily-{day}.sqlite3" for day in expected]
    for name in FOREIGN:
        assert (folder / name).read_bytes() == b"not ours"


def test_rotation_works_from_the_days_there_are_when_the_machine_was_off():
    today = date(2026, 6, 15)  # a Monday
    days = {date(2026, 6, 15), date(2026, 6, 12), date(2026, 6, 5), date(2026, 6, 4), date(2026, 5, 20),
            date(2026, 5, 2), date(2026, 1, 9), date(2025, 7, 31), date(2025, 6, 30), date(2026, 7, 1)}
    assert days_to_keep(days, today) == {
        date(2026, 6, 15), date(2026, 6, 12),  # the last 7 days (the weekend and more were off)
        date(2026, 6, 5),  # the newest of its ISO week; the 4th is not
        date(2026, 5, 20),  # the newest of May (and of its week)
        date(2026, 1, 9), date(2025, 7, 31),  # the newest of January, of July last year
        date(2026, 7, 1),  # after today (a clock once wrong): never removed
    }  # June 2025 is 12 months back: gone


def test_todays_backup_is_made_once_a_day(database, db_path, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    now = at_noon(date(2026, 11, 30))
    first = run_daily_backup(db_path, folder, now=now)
    assert first.made and first.path == folder / "trefpuntje-daily-2026-11-30.sqlite3"
    with database.write() as session:
        add_member(session, first_name="Na de backup")
    again = run_daily_backup(database, folder, now=now + timedelta(hours=8))  # 21:00: still the same day
    assert not again.made and again.path == first.path and again.removed == ()
    assert members_in(first.path) == 0
    night = run_daily_backup(database, folder, now=now + timedelta(hours=12))  # 01:00 in Nijmegen: the next day
    assert night.made and night.path.name == "trefpuntje-daily-2026-12-01.sqlite3"
    assert members_in(night.path) == 1


def test_a_backup_is_one_sound_file_with_nothing_beside_it(database, db_path, tmp_path):
    folder = tmp_path / "usb"
    result = run_daily_backup(db_path, folder, now=at_noon(date(2026, 11, 30)))  # the folder is made
    assert sorted(p.name for p in folder.iterdir()) == [".trefpuntje-daily.lock", result.path.name]
    with sqlite3.connect(result.path) as plain:
        assert plain.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert plain.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def _earlier_backups(db_path: Path, folder: Path, days: int) -> dict[str, bytes]:
    folder.mkdir()
    for n in range(days):
        run_daily_backup(db_path, folder, now=at_noon(date(2026, 10, 1) + timedelta(days=n)))
    return {name: (folder / name).read_bytes() for name in daily_files(folder)}


def test_a_backup_that_does_not_check_out_is_removed_and_every_earlier_one_kept(database, db_path, tmp_path,
                                                                                 monkeypatch):
    folder = tmp_path / "usb"
    before = _earlier_backups(db_path, folder, 40)

    real_copy = backup_module.copy_database

    def faulty_stick(source: Path, target: Path) -> None:
        real_copy(source, target)
        _garble(target)

    monkeypatch.setattr(backup_module, "copy_database", faulty_stick)
    with pytest.raises(DatabaseProblem, match="did not check out"):
        run_daily_backup(db_path, folder, now=at_noon(date(2026, 11, 10)))
    assert {name: (folder / name).read_bytes() for name in daily_files(folder)} == before  # no bad copy, no rotation


def _garble(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 2: 4096 * 4] = b"\x13" * 8192  # pages garbled on the way to the stick
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_reported_and_the_good_backups_stay(database, db_path, tmp_path):
    folder = tmp_path / "usb"
    before = _earlier_backups(db_path, folder, 3)
    database.dispose()
    with sqlite3.connect(db_path) as plain:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _garble(db_path)
    with pytest.raises(DatabaseProblem, match="damaged"):
        run_daily_backup(db_path, folder, now=at_noon(date(2026, 11, 10)))
    assert {name: (folder / name).read_bytes() for name in daily_files(folder)} == before


def test_no_room_on_the_stick_is_said_in_words_and_the_earlier_backups_stay(database, db_path, tmp_path, monkeypatch):
    folder = tmp_path / "usb"
    before = _earlier_backups(db_path, folder, 3)

    def full_stick(source: Path, target: Path) -> None:
        tiny = sqlite3.connect(target)
        tiny.execute("PRAGMA max_page_count=1")
        try:
            sqlite3.connect(source).backup(tiny)  # SQLITE_FULL, as from a full stick
        finally:
            tiny.close()

    monkeypatch.setattr(backup_module, "copy_database", full_stick)
    with pytest.raises(DatabaseProblem, match="no room for the backup"):
        run_daily_backup(db_path, folder, now=at_noon(date(2026, 11, 10)))
    assert {name: (folder / name).read_bytes() for name in daily_files(folder)} == before


def test_a_folder_on_a_usb_stick_that_is_not_in_is_refused_and_not_made(db_path, database, tmp_path):
    folder = tmp_path / "media" / "usb" / "trefpuntje"
    with pytest.raises(DatabaseProblem, match="cannot be reached"):
        run_daily_backup(db_path, folder, now=at_noon(date(2026, 11, 30)))
    assert not (tmp_path / "media").exists()


def test_the_backup_folder_setting_is_taken_from_the_database_folder_unless_absolute(tmp_path, monkeypatch):
    database = tmp_path / "data" / "trefpuntje.sqlite3"
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert resolve_backup_folder("backups", database) == tmp_path / "data" / "backups"
    assert resolve_backup_folder("  ", database) == tmp_path / "data" / "backups"
    assert resolve_backup_folder("/media/usb/trefpuntje", database) == Path("/media/usb/trefpuntje")
    assert resolve_backup_folder("~/reserve", database) == tmp_path / "home" / "reserve"
    assert backup_name("trefpuntje", date(2026, 3, 1)) == "trefpuntje-daily-2026-03-01.sqlite3"


def test_a_backup_taken_while_the_app_keeps_writing_is_sound_and_of_one_moment(database, db_path, tmp_path):
    stop = threading.Event()
    written: list[int] = []

    def keep_writing() -> None:
        while not stop.is_set():
            with database.write() as session:
                for n in range(5):  # five in one transaction: a backup holds all five or none
                    add_member(session, first_name=f"Buur {len(written)}-{n}")
            written.append(5)

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        while len(written) < 20:
            time.sleep(0.01)
        results = [run_daily_backup(database, tmp_path / "usb", now=at_noon(date(2026, 11, 1) + timedelta(days=n)))
                   for n in range(5)]
    finally:
        stop.set()
        writer.join()
    counts = [members_in(r.path) for r in results]
    assert all(count % 5 == 0 for count in counts)  # whole transactions only
    assert counts == sorted(counts) and counts[-1] > counts[0]  # the app went on writing between the backups


def test_two_callers_at_once_make_one_backup(database, db_path, tmp_path):
    now = at_noon(date(2026, 11, 30))
    results = []
    callers = [threading.Thread(target=lambda: results.append(run_daily_backup(db_path, tmp_path / "usb", now=now)))
               for _ in range(4)]
    for caller in callers:
        caller.start()
    for caller in callers:
        caller.join()
    assert sorted(r.made for r in results) == [False, False, False, True]
    assert daily_files(tmp_path / "usb") == ["trefpuntje-daily-2026-11-30.sqlite3"]


def test_leftovers_of_a_backup_broken_off_on_an_earlier_day_are_cleared(database, db_path, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    for name in ("trefpuntje-daily-2026-11-29.sqlite3.partial", "trefpuntje-daily-2026-11-29.sqlite3.partial-journal"):
        (folder / name).write_bytes(b"power cut")
    result = run_daily_backup(db_path, folder, now=at_noon(date(2026, 11, 30)))
    assert daily_files(folder) == ["trefpuntje-daily-2026-11-30.sqlite3"]
    assert len(result.removed) == 2
