"""Shared steps for staff-screen tests (no tests in here)."""

from __future__ import annotations

from PySide6.QtCore import Qt


def open_staff(qtbot, window, pin: str = "1234") -> None:
    qtbot.mouseClick(window.staff_button, Qt.MouseButton.LeftButton)
    for key in pin:
        qtbot.mouseClick(window.pin_screen.numpad.keys[key], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.pin_screen.numpad.keys["ok"], Qt.MouseButton.LeftButton)
    assert window.staff is not None
