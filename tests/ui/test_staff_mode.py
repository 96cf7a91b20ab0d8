from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent

from trefpuntje.core.models import LoginGuard
from trefpuntje.core.staff_pins import COORDINATOR_SCOPE


def type_pin(qtbot, window, pin):
    for key in pin:
        qtbot.mouseClick(window.pin_screen.numpad.keys[key], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.pin_screen.numpad.keys["ok"], Qt.MouseButton.LeftButton)


def test_pin_dots_hide_the_digits_and_erase_removes_one(window, qtbot):
    qtbot.mouseClick(window.staff_button, Qt.MouseButton.LeftButton)
    for key in "123":
        qtbot.mouseClick(window.pin_screen.numpad.keys[key], Qt.MouseButton.LeftButton)
    assert window.pin_screen.dots.text() == "\u25cf\u25cf\u25cf"
    qtbot.mouseClick(window.pin_screen.numpad.keys["erase"], Qt.MouseButton.LeftButton)
    assert window.pin_screen.dots.text() == "\u25cf\u25cf"
    assert "1" not in window.pin_screen.dots.text()


def test_right_pin_opens_staff_mode_and_leaving_closes_it(window, qtbot):
    qtbot.mouseClick(window.staff_button, Qt.MouseButton.LeftButton)
    type_pin(qtbot, window, "1234")
    assert window.stack.currentWidget() is window.staff_home
    assert window.staff_home.heading.text() == "Medewerkersstand: Ingrid"
    assert not window.staff_home.quit_button.isVisible()  # a windowed app closes like any window
    window.staff_home.search.setText("ahme")
    visible = [window.staff_home.members.item(i).text() for i in range(window.staff_home.members.count())
               if not window.staff_home.members.item(i).isHidden()]
    assert visible == ["Ahmed  \u00b7  vrijwilliger"]
    qtbot.mouseClick(window.staff_home.leave_button, Qt.MouseButton.LeftButton)
    assert window.staff is None and window.stack.currentWidget() is window.home


def test_five_wrong_pins_lock_staff_mode_and_are_counted_in_the_database(window, demo_database, qtbot):
    qtbot.mouseClick(window.staff_button, Qt.MouseButton.LeftButton)
    type_pin(qtbot, window, "0000")
    assert window.pin_screen.message.text() == "Verkeerde pincode. Nog 4 pogingen."
    for _ in range(4):
        type_pin(qtbot, window, "0000")
    assert "op slot tot" in window.pin_screen.message.text()
    type_pin(qtbot, window, "1234")  # even the right PIN waits
    assert window.stack.currentWidget() is window.pin_screen and window.staff is None
    with demo_database.read() as session:
        guard = session.get(LoginGuard, COORDINATOR_SCOPE)
    assert guard.lockouts == 1 and guard.locked_until is not None


def test_a_short_pin_gets_a_message_and_is_not_counted(window, demo_database, qtbot):
    qtbot.mouseClick(window.staff_button, Qt.MouseButton.LeftButton)
    type_pin(qtbot, window, "12")
    assert window.pin_screen.message.text() == "Een pincode heeft 4 tot 8 cijfers."
    with demo_database.read() as session:
        assert session.get(LoginGuard, COORDINATOR_SCOPE) is None


def test_kiosk_mode_cannot_be_closed_except_from_staff_mode(make_window, demo_database, qtbot):
    window = make_window(demo_database, kiosk=True)
    event = QCloseEvent()
    window.closeEvent(event)
    assert not event.isAccepted()
    qtbot.mouseClick(window.staff_button, Qt.MouseButton.LeftButton)
    type_pin(qtbot, window, "1234")
    assert window.staff_home.quit_button.isVisible()
    qtbot.mouseClick(window.staff_home.quit_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_office_station_starts_at_the_pin_and_till_at_the_coffee_corner(make_window, demo_database, qtbot):
    office = make_window(demo_database, station="office")
    assert office.stack.currentWidget() is office.pin_screen
    type_pin(qtbot, office, "1234")
    qtbot.mouseClick(office.home_button, Qt.MouseButton.LeftButton)
    assert office.stack.currentWidget() is office.staff_home  # the office's start, while staff mode is open
    till = make_window(demo_database, station="till")
    assert till.stack.currentWidget() is till.area_screens["coffee"]


def test_a_keyboard_types_the_pin_too(window, qtbot):
    qtbot.mouseClick(window.staff_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window.pin_screen, "12x34")
    qtbot.waitUntil(lambda: window.pin_screen.dots.text() == "\u25cf" * 4)
    qtbot.keyClick(window.pin_screen, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.staff_home)


def test_about_credits_openmoji_and_returns_to_staff_mode(window, qtbot):
    qtbot.mouseClick(window.staff_button, Qt.MouseButton.LeftButton)
    type_pin(qtbot, window, "1234")
    qtbot.mouseClick(window.staff_home.about_button, Qt.MouseButton.LeftButton)
    texts = " ".join(label.text() for label in window.about.findChildren(type(window.staff_home.heading)))
    assert "OpenMoji" in texts and "CC BY-SA 4.0" in texts
    qtbot.mouseClick(window.about.back, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.staff_home
