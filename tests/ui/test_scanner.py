from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from trefpuntje.ui.scanner import KeyboardWedgeScanner


def make(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    scanner = KeyboardWedgeScanner()
    scans = []
    scanner.scanned.connect(scans.append)
    return field, scanner, scans


def test_a_fast_burst_ending_in_enter_is_a_scan_and_never_typed_into_the_field(qtbot):
    field, scanner, scans = make(qtbot)
    try:
        qtbot.keyClicks(field, "TPBCDEFGHIJKLNOP")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert scans == ["TPBCDEFGHIJKLNOP"]
        qtbot.wait(100)
        assert field.text() == ""
    finally:
        scanner.stop()


def test_a_person_typing_still_types_into_the_field(qtbot):
    field, scanner, scans = make(qtbot)
    try:
        for letter in "Nel":
            qtbot.keyClick(field, letter)
            qtbot.wait(90)
        qtbot.waitUntil(lambda: field.text() == "Nel")
        assert scans == []
    finally:
        scanner.stop()


def test_a_short_fast_burst_is_typing_not_a_scan(qtbot):
    field, scanner, scans = make(qtbot)
    returned = []
    field.returnPressed.connect(lambda: returned.append(field.text()))
    try:
        qtbot.keyClicks(field, "1234")
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert scans == []
        assert field.text() == "1234" and returned == ["1234"]
    finally:
        scanner.stop()


def test_a_scanner_that_presses_shift_for_every_capital_still_scans(qtbot):
    field, scanner, scans = make(qtbot)
    try:
        for letter in "TPBCDEFGHIJKLNOP":
            qtbot.keyPress(field, Qt.Key.Key_Shift)
            qtbot.keyClick(field, letter, Qt.KeyboardModifier.ShiftModifier)
            qtbot.keyRelease(field, Qt.Key.Key_Shift)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert scans == ["TPBCDEFGHIJKLNOP"]
        qtbot.wait(100)
        assert field.text() == ""
    finally:
        scanner.stop()


def test_held_keys_go_to_the_field_they_were_typed_into(qtbot):
    field, scanner, scans = make(qtbot)
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    try:
        qtbot.keyClicks(field, "ab")
        other.setFocus()  # focus moves before the held keys are handed over
        qtbot.waitUntil(lambda: field.text() == "ab")
        assert other.text() == ""
    finally:
        scanner.stop()


def test_a_button_pressed_with_space_still_clicks_once(qtbot):
    from PySide6.QtWidgets import QPushButton

    scanner = KeyboardWedgeScanner()
    button = QPushButton("OK")
    qtbot.addWidget(button)
    button.show()
    button.setFocus()
    clicks = []
    button.clicked.connect(lambda: clicks.append(1))
    try:
        qtbot.keyClick(button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: clicks == [1])
        assert not button.isDown()
    finally:
        scanner.stop()
