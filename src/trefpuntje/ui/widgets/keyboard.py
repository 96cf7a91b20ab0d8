"""An on-screen keyboard for the few words a kiosk needs (a first name): big keys,
the letters with accents Dutch names use, no physical keyboard needed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from trefpuntje.ui.tr import QT_TRANSLATE_NOOP
from trefpuntje.ui.widgets.touch import TouchButton

ROWS = ("QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM", "ÉËÈÏÖÜÇ-'")
KEY = 84
KEY_HEIGHT = 80


class OnScreenKeyboard(QWidget):
    typed = Signal(str)
    backspace = Signal()
    confirm = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Latin letters keep their QWERTY places, also when the screen reads right to left.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        grid = QGridLayout(self)
        grid.setSpacing(4)
        grid.setContentsMargins(0, 0, 0, 0)
        self.keys: dict[str, TouchButton] = {}
        for row, letters in enumerate(ROWS):
            for column, letter in enumerate(letters):
                button = TouchButton(None, letter, self)
                button.setFixedSize(KEY, KEY_HEIGHT)
                button.setStyleSheet("font-size: 26pt; font-weight: bold; padding: 0;")
                button.clicked.connect(lambda _=False, text=letter: self.typed.emit(text))
                grid.addWidget(button, row, column)
                self.keys[letter] = button
        self.grid = grid
        space = TouchButton(None, QT_TRANSLATE_NOOP("OnScreenKeyboard", "space"), self)
        space.clicked.connect(lambda: self.typed.emit(" "))
        grid.addWidget(space, len(ROWS), 2, 1, 2)
        erase = TouchButton("backspace", QT_TRANSLATE_NOOP("OnScreenKeyboard", "Erase"), self)
        erase.clicked.connect(self.backspace)
        grid.addWidget(erase, len(ROWS), 4, 1, 3)
        done = TouchButton("ok", QT_TRANSLATE_NOOP("OnScreenKeyboard", "Ready"), self, role="primary")
        done.clicked.connect(self.confirm)
        grid.addWidget(done, len(ROWS), 7, 1, 3)
        self.keys.update({"space": space, "erase": erase, "ready": done})

    def add_to_last_row(self, button: TouchButton) -> None:
        """The screen's own way out (for example "Back") sits at the keyboard's left."""
        self.grid.addWidget(button, len(ROWS), 0, 1, 2)
