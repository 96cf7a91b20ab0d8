"""The installed program in a real X window, driven with xdotool."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.e2e.conftest import SCREEN, wait_for_window, xdotool


@pytest.fixture
def demo_db(tmp_path):
    path = tmp_path / "centrum.sqlite3"
    subprocess.run([sys.executable, "-m", "trefpuntje", "--db", str(path), "demo"], check=True, capture_output=True)
    return path


def start(display, db, *args):
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    return subprocess.Popen([sys.executable, "-m", "trefpuntje", "--db", str(db), *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def failed_attempts(db):
    with sqlite3.connect(db) as plain:
        row = plain.execute("SELECT failed_attempts FROM login_guard WHERE scope = 'coordinator-pin'").fetchone()
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
        window = wait_for_window(x_display, "Trefpuntje")
        width, height = SCREEN
        # The staff button is the last one in the top bar, at the right edge.
        xdotool(x_display, "mousemove", "--window", window, str(1280 - 110), "55", "click", "1")
        time.sleep(0.5)
        xdotool(x_display, "type", "--window", window, "--delay", "30", "9999")
        xdotool(x_display, "key", "--window", window, "Return")
        assert wait_until(lambda: failed_attempts(demo_db) == 1), app.stderr
        xdotool(x_display, "type", "--window", window, "--delay", "30", "1234")
        xdotool(x_display, "key", "--window", window, "Return")
        assert wait_until(lambda: failed_attempts(demo_db) == 0)
    finally:
        app.terminate()
        app.wait(10)


def test_kiosk_mode_fills_the_whole_screen(x_display, demo_db):
    app = start(x_display, demo_db, "--kiosk")
    try:
        window = wait_for_window(x_display, "Trefpuntje")
        geometry = xdotool(x_display, "getwindowgeometry", window)
        assert f"Geometry: {SCREEN[0]}x{SCREEN[1]}" in geometry
        assert "Position: 0,0" in geometry
    finally:
        app.terminate()
        app.wait(10)
