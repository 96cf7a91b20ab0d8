from __future__ import annotations

from PySide6.QtCore import Qt

from trefpuntje.ui.screens.shop import ShopScreen


def _quick_idle(window, *, idle_ms=150, countdown_s=2):
    window.idle_overlay.countdown_s = countdown_s
    window.idle_watcher.set_idle_ms(idle_ms)


def test_idle_warning_counts_down_and_continue_keeps_the_screen(window, qtbot):
    qtbot.mouseClick(window.home.tiles["shop"], Qt.MouseButton.LeftButton)
    _quick_idle(window, countdown_s=20)
    qtbot.waitUntil(lambda: window.idle_overlay.isVisible(), timeout=3000)
    assert "20" in window.idle_overlay.countdown.text()
    assert window.idle_overlay.continue_button.text() == "Doorgaan"
    qtbot.waitUntil(lambda: "19" in window.idle_overlay.countdown.text(), timeout=3000)
    window.idle_watcher.set_idle_ms(60_000)
    qtbot.mouseClick(window.idle_overlay.continue_button, Qt.MouseButton.LeftButton)
    assert not window.idle_overlay.isVisible()
    assert isinstance(window.stack.currentWidget(), ShopScreen)


def test_nobody_tapping_returns_home_and_closes_staff_mode(window, qtbot):
    qtbot.mouseClick(window.staff_button, Qt.MouseButton.LeftButton)
    for key in "1234":
        qtbot.mouseClick(window.pin_screen.numpad.keys[key], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.pin_screen.numpad.keys["ok"], Qt.MouseButton.LeftButton)
    assert window.staff is not None and window.stack.currentWidget() is window.staff_home
    assert window.staff_home.members.count() == 40
    _quick_idle(window, countdown_s=1)
    qtbot.waitUntil(lambda: window.idle_overlay.isVisible(), timeout=3000)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=4000)
    assert window.staff is None
    assert window.staff_home.members.count() == 0  # nobody's name is left behind the home screen
    assert not window.idle_overlay.isVisible()


def test_a_half_typed_pin_is_forgotten_after_idle(window, qtbot):
    qtbot.mouseClick(window.staff_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.pin_screen.numpad.keys["7"], Qt.MouseButton.LeftButton)
    _quick_idle(window, countdown_s=1)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=5000)
    assert window.pin_screen.pristine


def test_the_untouched_home_screen_shows_no_warning(window, qtbot):
    _quick_idle(window, idle_ms=50)
    qtbot.wait(400)
    assert not window.idle_overlay.isVisible()
    assert window.stack.currentWidget() is window.home


def test_a_scanned_visitor_is_asked_sooner_than_the_idle_time(window, demo_database, qtbot):
    from tests.ui.test_activities_flow import card_for

    assert window.idle_watcher.timer.interval() == 60_000
    member, token = card_for(demo_database, "Nel")
    window.visit.handle_scan(token)
    assert window.idle_watcher.timer.interval() == 30_000
    window.end_visit()
    assert window.idle_watcher.timer.interval() == 60_000
