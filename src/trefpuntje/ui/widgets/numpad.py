"""An on-screen numpad for PINs and amounts: big keys, no keyboard needed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from trefpuntje.ui.tr import QT_TRANSLATE_NOOP
from trefpuntje.ui.widgets.touch import TouchButton

KEY_SIZE = 88


class Numpad(QWidget):
    digit = Signal(str)
    backspace = Signal()
    confirm = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setSpacing(12)
        self.keys: dict[str, TouchButton] = {}
        for index, key in enumerate("123456789"):
            self._add_digit(grid, key, index // 3, index % 3)
        erase = TouchButton("backspace", QT_TRANSLATE_NOOP("Numpad", "Erase"), self, icon_size=40, under=True)
        erase.clicked.connect(self.backspace)
        grid.addWidget(erase, 3, 0)
        self._add_digit(grid, "0", 3, 1)
        ok = TouchButton("ok", QT_TRANSLATE_NOOP("Numpad", "OK"), self, icon_size=40, under=True, role="primary")
        ok.clicked.connect(self.confirm)
        grid.addWidget(ok, 3, 2)
        self.keys["erase"], self.keys["ok"] = erase, ok
        for button in self.keys.values():
            button.setFixedSize(KEY_SIZE + 64, KEY_SIZE)

    def _add_digit(self, grid: QGridLayout, key: str, row: int, column: int) -> None:
        button = TouchButton(None, key, self)
        button.setStyleSheet("font-size: 30pt; font-weight: bold;")
        button.clicked.connect(lambda: self.digit.emit(key))
        grid.addWidget(button, row, column)
        self.keys[key] = button
