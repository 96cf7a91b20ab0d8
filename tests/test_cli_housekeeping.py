"""``backup --daily``, ``housekeeping`` and ``member inactive`` as a person (or cron) types them."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo
from pathlib import Path

from tests.test_cli import assert_clear_failure, run
from trefpuntje.core.members import add_member
from trefpuntje.db.migrate import open_database

FIVE_YEARS_AGO = datetime.now(UTC) - timedelta(days=5 * 365)  # the commands use the real clock


def daily_backups(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.glob("*-daily-*"))


def test_backup_daily_makes_todays_backup_once_into_the_setting_folder(tmp_path):
    db = str(tmp_path / "centrum.sqlite3")
    run("--db", db, "member", "add", "--first-name", "Nel")
    made = run("--db", db, "backup", "--daily", env_lang="en")
    assert made.returncode == 0 and "saved and checked" in made.stdout, made.stderr
    [name] = daily_backups(tmp_path / "backups")  # the default: backups/ next to the database
    assert name.startswith("centrum-daily-20")
    again = run("--db", db, "backup", "--daily", env_lang="en")
    assert again.returncode == 0 and "already made" in again.stdout
    stick = tmp_path / "stick"
    stick.mkdir()
    assert run("--db", db, "settings", "backup_folder", str(stick)).returncode == 0
    assert run("--db", db, "backup", "--daily").returncode == 0
    assert daily_backups(stick) == [name]
    elsewhere = tmp_path / "elders"
    assert run("--db", db, "backup", "--daily", str(elsewhere)).returncode == 0
    assert daily_backups(elsewhere) == [name]


def test_backup_daily_to_a_stick_that_is_not_in_fails_clearly(tmp_path):
    db = str(tmp_path / "centrum.sqlite3")
    run("--db", db, "member", "add", "--first-name", "Nel")
    assert_clear_failure(run("--db", db, "backup", "--daily", str(tmp_path / "media" / "usb" / "trefpuntje"),
                             env_lang="en"), "cannot be reached")
    assert_clear_failure(run("--db", db, "backup"), "--daily")  # -o or --daily, one of the two


def test_housekeeping_backs_up_applies_retention_and_exits_1_when_the_backup_failed(tmp_path):
    db = str(tmp_path / "centrum.sqlite3")
    run("--db", db, "demo")
    done = run("--db", db, "housekeeping", env_lang="en")
    assert done.returncode == 0, done.stderr
    assert "saved and checked" in done.stdout and "no longer name anyone" in done.stdout
    assert "Shop reservations that ran out, back on the shelf now: 0." in done.stdout  # the demo's ran out before
    assert len(daily_backups(tmp_path / "backups")) == 1
    failed = run("--db", db, "housekeeping", "--folder", str(tmp_path / "weg" / "usb"), env_lang="en")
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    assert "The backup failed" in failed.stderr and "cannot be reached" in failed.stderr
    assert "no longer name anyone" in failed.stdout  # retention ran all the same


def test_member_inactive_lists_visitors_not_seen_for_long(tmp_path):
    path = tmp_path / "centrum.sqlite3"
    database = open_database(f"sqlite:///{path}").database
    with database.write() as session:
        old = add_member(session, first_name="Truus", created_at=FIVE_YEARS_AGO)
        add_member(session, first_name="Nieuw")
        add_member(session, first_name="Helper", roles=["volunteer"], created_at=FIVE_YEARS_AGO)
    database.dispose()
    listed = json.loads(run("--db", str(path), "member", "inactive", "--json").stdout)
    last_seen = FIVE_YEARS_AGO.astimezone(ZoneInfo("Europe/Amsterdam")).date().isoformat()
    assert listed == [{"id": str(old.id), "first_name": "Truus", "last_seen": last_seen}]
    plain = run("--db", str(path), "member", "inactive")
    assert plain.returncode == 0 and "Truus" in plain.stdout and "Nieuw" not in plain.stdout
    assert "No inactive visitors" in run("--db", str(path), "member", "inactive", "--months", "120", env_lang="en").stdout
    assert run("--db", str(path), "member", "inactive", "--months", "0").returncode == 2
