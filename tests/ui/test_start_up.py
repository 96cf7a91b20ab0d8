"""The two-step start: the home screen first, the database right after."""

from __future__ import annotations

from PySide6.QtCore import Qt

from trefpuntje.ui.app import build_shell


def test_home_is_shown_first_and_the_database_opens_after_the_first_paint(qtbot, demo_database):
    opened = []

    def opener():
        opened.append(True)
        return demo_database

    window = build_shell(station="office", kiosk=False, language="nl")
    qtbot.addWidget(window)
    window.attach_after_first_paint(opener)
    assert window.stack.currentWidget() is window.home and window.database is None
    window.show()
    with qtbot.waitSignal(window.database_ready, timeout=5000):
        pass
    assert opened == [True]
    assert window.stack.currentWidget() is window.pin_screen  # then the office's own start screen
    window.idle_watcher.stop()
    window.scanner.stop()


def test_a_tap_on_staff_before_the_database_is_open_still_opens_the_pin(qtbot, demo_database):
    window = build_shell(station="kiosk", kiosk=False, language="nl")
    qtbot.addWidget(window)
    window.attach_after_first_paint(lambda: demo_database)
    qtbot.mouseClick(window.staff_button, Qt.MouseButton.LeftButton)  # before any paint
    assert window.database is demo_database
    assert window.stack.currentWidget() is window.pin_screen
    window.idle_watcher.stop()
    window.scanner.stop()
