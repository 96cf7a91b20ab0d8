"""A real X server (Xvfb) and xdotool: input exactly as a keyboard or a finger gives it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator

import pytest

SCREEN = (1280, 800)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/e2e/" in str(item.fspath):
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def x_display() -> Iterator[str]:
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"{', '.join(missing)} missing: install the Debian packages xvfb and xdotool (scripts/test.sh does)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
        pass_fds=(write,), stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        display = ":" + pipe.readline().strip()
    try:
        yield display
    finally:
        server.terminate()
        server.wait(10)


@pytest.fixture
def demo_db(database_url):
    """The URL of the test's database (an SQLite file or PostgreSQL) with demo data."""
    subprocess.run([sys.executable, "-m", "trefpuntje", "--database-url", database_url, "demo"], check=True,
                   capture_output=True)
    return database_url


def xdotool(display: str, *args: str, timeout: float = 20) -> str:
    result = subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=timeout,
                            env={**os.environ, "DISPLAY": display})
    return result.stdout.strip()


def start(display: str, database_url: str, *args: str) -> subprocess.Popen:
    """The installed program on ``display``. What it prints goes to a file, never a pipe
    nobody reads (a full pipe would stop the program); ``said(app)`` reads it back."""
    output = tempfile.TemporaryFile("w+")
    app = subprocess.Popen([sys.executable, "-m", "trefpuntje", "--database-url", database_url, *args],
                           env={**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
                           stdout=output, stderr=subprocess.STDOUT, text=True)
    app.output = output  # type: ignore[attr-defined]
    return app


def said(app: subprocess.Popen) -> str:
    """The last of what the program printed."""
    app.output.seek(0)  # type: ignore[attr-defined]
    return app.output.read()[-4000:] or "(nothing)"  # type: ignore[attr-defined]


def wait_for_window(display: str, name: str, app: subprocess.Popen, timeout: float = 60) -> str:
    """The id of the first visible window called ``name``; if ``app`` ends or never shows one, what it said."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = xdotool(display, "search", "--onlyvisible", "--name", name)
        if found:
            return found.splitlines()[0]
        if app.poll() is not None:
            raise AssertionError(f"the program ended (exit {app.returncode}) before a window showed:\n{said(app)}")
        time.sleep(0.2)
    app.kill()
    app.wait(10)
    raise AssertionError(f"no window named {name!r} within {timeout} s; the program said:\n{said(app)}")
