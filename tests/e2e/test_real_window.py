"""The installed program in a real X window, driven with xdotool."""

from __future__ import annotations

import time

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from tests.e2e.conftest import SCREEN, said, start, wait_for_window, xdotool


def query(db, sql):
    """The first row of ``sql``, read as another program would, outside the app."""
    engine = create_engine(db, poolclass=NullPool)
    try:
        with engine.connect() as plain:
            return plain.exec_driver_sql(sql).fetchone()
    finally:
        engine.dispose()


def failed_attempts(db):
    row = query(db, "SELECT failed_attempts FROM login_guard WHERE scope = 'coordinator-pin'")
    return None if row is None else row[0]


def wait_until(condition, timeout=15):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_staff_pin_typed_on_a_real_keyboard_is_checked_and_counted(x_display, demo_db):
    app = start(x_display, demo_db, "--windowed")
    try:
        window = wait_for_window(x_display, "Trefpuntje", app)
        width, height = SCREEN
        # The staff button is the last one in the top bar, at the right edge.
        xdotool(x_display, "mousemove", "--window", window, str(1280 - 110), "55", "click", "1")
        time.sleep(0.5)
        xdotool(x_display, "type", "--window", window, "--delay", "30", "9999")
        xdotool(x_display, "key", "--window", window, "Return")
        assert wait_until(lambda: failed_attempts(demo_db) == 1), said(app)
        xdotool(x_display, "type", "--window", window, "--delay", "30", "1234")
        xdotool(x_display, "key", "--window", window, "Return")
        assert wait_until(lambda: failed_attempts(demo_db) == 0)
    finally:
        app.terminate()
        app.wait(10)


def test_kiosk_mode_fills_the_whole_screen(x_display, demo_db):
    app = start(x_display, demo_db, "--kiosk")
    try:
        window = wait_for_window(x_display, "Trefpuntje", app)
        time.sleep(1.5)  # after the database opened and every screen was built (they must fit too)
        geometry = xdotool(x_display, "getwindowgeometry", window)
        assert f"Geometry: {SCREEN[0]}x{SCREEN[1]}" in geometry
        assert "Position: 0,0" in geometry
    finally:
        app.terminate()
        app.wait(10)


def test_a_card_typed_by_a_scanner_greets_and_checks_in(x_display, demo_db):
    """xdotool types the card code as fast key presses, exactly like a keyboard-wedge scanner."""
    from datetime import UTC, datetime, timedelta

    from PIL import ImageGrab, ImageStat

    from trefpuntje.core.activities import LOCAL, create_activity, week, week_start
    from trefpuntje.core.cards import issue_card
    from trefpuntje.core.members import list_members
    from trefpuntje.core.models import Recurrence
    from trefpuntje.db.migrate import open_database

    database = open_database(demo_db).database
    now = datetime.now(UTC).astimezone(LOCAL)
    began = now - timedelta(minutes=5)
    with database.write() as session:
        create_activity(session, title="Buurtsoep", starts_on=began.date(), start_time=began.time(),
                        duration_minutes=120, recurrence=Recurrence.ONCE, signup_required=False, pictogram="meals")
        week(session, monday=week_start(began.date()))
        nel = next(m for m in list_members(session) if m.first_name == "Nel")
        token = issue_card(session, member_id=nel.id).token
    database.dispose()

    app = start(x_display, demo_db, "--windowed")
    try:
        window = wait_for_window(x_display, "Trefpuntje", app)
        time.sleep(1.0)  # the database opens right after the first paint
        before = ImageStat.Stat(ImageGrab.grab(xdisplay=x_display).convert("L")).mean[0]
        # Focused and typed without --window, xdotool sends real Shift presses around each
        # capital, exactly as a USB scanner does.
        xdotool(x_display, "windowfocus", "--sync", window)
        xdotool(x_display, "type", "--delay", "8", token)
        xdotool(x_display, "key", "Return")

        def checked_in():
            return query(demo_db, "SELECT count(*) FROM checkin JOIN occurrence ON occurrence.id = checkin.occurrence_id "
                                  "JOIN activity ON activity.id = occurrence.activity_id "
                                  "WHERE activity.title = 'Buurtsoep'")[0] == 1

        assert wait_until(checked_in), said(app)

        def greeting_shown():  # the greeting dims the screen behind its panel, which is white in the middle
            shot = ImageGrab.grab(xdisplay=x_display).convert("L")
            return (ImageStat.Stat(shot).mean[0] < before * 0.8
                    and shot.getpixel((SCREEN[0] // 2, SCREEN[1] // 2)) > 200)

        assert wait_until(greeting_shown, timeout=4)  # it closes by itself after 4 s
    finally:
        app.terminate()
        app.wait(10)
