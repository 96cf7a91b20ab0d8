"""The running app makes the daily backup itself, once a day, and tells staff (only)
when it could not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from trefpuntje.core.settings import set_setting
from tests.ui.staff_steps import open_staff

NOON = datetime(2026, 11, 30, 11, 0, tzinfo=UTC)


def test_the_app_backs_up_once_a_day_in_the_background(make_window, demo_database, db_path, qtbot):
    window = make_window(demo_database)
    window.now = NOON
    window.clock = lambda: window.now
    keeper = window.housekeeping
    with qtbot.waitSignal(keeper.finished, timeout=30_000) as done:
        keeper.run_if_due()
    assert done.args[0].backup is not None and done.args[0].backup.made
    backups = sorted((db_path.parent / "backups").glob("*-daily-2026-11-30.sqlite3"))
    assert len(backups) == 1
    keeper.run_if_due()  # the same day again: nothing to do
    assert not keeper.running
    window.now = NOON + timedelta(days=1)
    with qtbot.waitSignal(keeper.finished, timeout=30_000):
        keeper.run_if_due()
    assert (db_path.parent / "backups" / backups[0].name.replace("11-30", "12-01")).exists()


def test_a_failed_backup_is_told_to_staff_not_to_the_public(make_window, demo_database, tmp_path, qtbot):
    with demo_database.write() as session:  # a USB stick that is not in
        set_setting(session, key="backup_folder", value=str(tmp_path / "no-stick" / "backups"))
    window = make_window(demo_database)
    window.clock = lambda: NOON
    with qtbot.waitSignal(window.housekeeping.finished, timeout=30_000):
        window.housekeeping.run_if_due()
    assert window.housekeeping.problem is not None
    assert not window.banner.isVisible()  # the kiosk's visitors see nothing
    open_staff(qtbot, window)
    assert window.banner.isVisible() and "USB" in window.banner_text.text()
