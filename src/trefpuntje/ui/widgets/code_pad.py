"""Typing a shop item's code from its label when the scanner will not read it: only
the 30 letters and digits a code can hold (no 0/O or 1/I mix-ups), big keys, and the
typed code in large letters. A physical keyboard types in the field directly."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from trefpuntje.core.shop import CODE_ALPHABET, CODE_LENGTH
from trefpuntje.ui.screens.till_pages import Page
from trefpuntje.ui.theme import DANGER
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text
from trefpuntje.ui.widgets.touch import TouchButton, TrLabel

COLUMNS = 10
KEY = 84
KEY_HEIGHT = 80


class CodePad(QWidget):
    entered = Signal(str)  # "Find" with what was typed (upper case, maybe not a whole code)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A label's code reads left to right, also when the screen reads right to left.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.field = QLineEdit(self)
        self.field.setMaxLength(CODE_LENGTH)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setStyleSheet("font-size: 40pt; font-weight: bold; letter-spacing: 8px;")
        self.field.setMinimumHeight(KEY_HEIGHT)
        self.field.textEdited.connect(self._upper)
        self.field.returnPressed.connect(self._enter)
        self.field.setAccessibleName(QT_TRANSLATE_NOOP("CodePad", "Item code")())
        column.addWidget(self.field)
        grid = QGridLayout()
        grid.setSpacing(4)
        self.keys: dict[str, TouchButton] = {}
        for index, key in enumerate(CODE_ALPHABET):
            button = TouchButton(None, key, self)
            button.setFixedSize(KEY, KEY_HEIGHT)
            button.setStyleSheet("font-size: 26pt; font-weight: bold; padding: 0;")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps its cursor
            button.clicked.connect(lambda _=False, k=key: self.field.insert(k))
            grid.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.keys[key] = button
        column.addLayout(grid)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.erase = TouchButton("backspace", QT_TRANSLATE_NOOP("CodePad", "Erase"), self)
        self.erase.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.erase.clicked.connect(self.field.backspace)
        self.find = TouchButton("ok", QT_TRANSLATE_NOOP("CodePad", "Find the item"), self, role="primary")
        self.find.clicked.connect(self._enter)
        row.addWidget(self.erase)
        row.addWidget(self.find, 1)
        column.addLayout(row)
        self.keys.update({"erase": self.erase, "find": self.find})

    def clear(self) -> None:
        self.field.clear()
        self.field.setFocus()

    def _upper(self, text: str) -> None:
        if text != text.upper():
            position = self.field.cursorPosition()
            self.field.setText(text.upper())
            self.field.setCursorPosition(position)

    def _enter(self) -> None:
        self.entered.emit(self.field.text().strip().upper())


class CodePage(Page):
    """A page for the code pad: a heading, "Back", what was wrong with the last code
    (in red) and the pad. ``entered`` with the code; ``back`` when left unused."""

    entered = Signal(str)
    back = Signal()

    def __init__(self, heading: Text, back: Text, parent: QWidget | None = None) -> None:
        super().__init__("price_list", heading, parent)
        button = TouchButton("back", back, self)
        button.clicked.connect(self.back)
        self.top.addWidget(button)
        self.note = TrLabel("", self)
        self.note.setStyleSheet(f"color: {DANGER}; font-weight: bold;")
        self.column.addWidget(self.note)
        self.pad = CodePad(self)
        self.pad.entered.connect(self.entered)
        self.column.addWidget(self.pad, 0, Qt.AlignmentFlag.AlignHCenter)
        self.column.addStretch(1)

    def open(self, code: str = "") -> None:
        """Empty (or with ``code`` typed already), nothing said, the cursor in the field."""
        self.note.set_text("")
        self.pad.clear()
        self.pad.field.setText(code)
