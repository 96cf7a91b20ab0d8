"""A real X server (Xvfb) and xdotool: input exactly as a keyboard or a finger gives it."""

from __future__ import annotations

import os
import shutil
import subprocess
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


def xdotool(display: str, *args: str, timeout: float = 20) -> str:
    result = subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=timeout,
                            env={**os.environ, "DISPLAY": display})
    return result.stdout.strip()


def wait_for_window(display: str, name: str, timeout: float = 30) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = xdotool(display, "search", "--onlyvisible", "--name", name)
        if found:
            return found.splitlines()[0]
        time.sleep(0.2)
    raise AssertionError(f"no window named {name!r} within {timeout} s")
