from __future__ import annotations

import pytest

from trefpuntje.ui.app import build_window

KIOSK_SIZES = [(1280, 800), (1920, 1080)]


@pytest.fixture
def make_window(qtbot):
    windows = []

    def make(database, *, station="kiosk", kiosk=False, language="nl", size=(1280, 800)):
        window = build_window(database, station=station, kiosk=kiosk, language=language)
        window._may_close = True if not kiosk else window._may_close
        qtbot.addWidget(window)
        window.resize(*size)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        # Hidden first: the test's database may be gone by now (PostgreSQL drops it), and a
        # screen on show refreshes its lists in the new language.
        window.hide()
        window.languages.switch("nl")
        window._may_close = True
        window.idle_watcher.stop()
        if hasattr(window, "scanner"):
            window.scanner.stop()


@pytest.fixture
def window(make_window, demo_database):
    return make_window(demo_database)
