"""Typing a few words on a touchscreen: a tap on a text field opens a page with the
field and the on-screen keys (beside a form they would not fit 800 px). "Ready" takes
the text into the field, "Back" leaves the field as it was. A physical keyboard types
in the field directly: Tab into it opens nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text
from trefpuntje.ui.widgets.keyboard import OnScreenKeyboard
from trefpuntje.ui.widgets.touch import TouchButton, TrLabel

DIGITS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", ",", "0")


class TypingPage(QWidget):
    opened = Signal()  # show this page
    closed = Signal()  # show what was there before

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[QLineEdit, Text] = {}
        self.target: QLineEdit | None = None
        column = QVBoxLayout(self, contentsMargins=QMargins(24, 12, 24, 12))
        row = QHBoxLayout()
        self.caption = TrLabel("", self, style="subheading")
        self.caption.setWordWrap(False)
        row.addWidget(self.caption)
        self.typed = QLineEdit(self)
        self.typed.returnPressed.connect(lambda: self.finish(keep=True))
        row.addWidget(self.typed, 1)
        column.addLayout(row)
        column.addStretch(1)
        keys = QHBoxLayout(spacing=16)
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.typed.connect(self._type)
        self.keyboard.backspace.connect(self.typed.backspace)
        self.keyboard.confirm.connect(lambda: self.finish(keep=True))
        self.back = TouchButton("back", QT_TRANSLATE_NOOP("TypingPage", "Back"), self.keyboard, icon_size=32)
        self.back.clicked.connect(lambda: self.finish(keep=False))
        self.keyboard.add_to_last_row(self.back)
        keys.addWidget(self.keyboard)
        digits = QGridLayout(spacing=4)
        for index, digit in enumerate(DIGITS):
            button = TouchButton(None, digit, self)
            button.setFixedSize(172 if digit == "0" else 84, 80)  # as the keyboard's keys: 84 x 80, 4 apart
            button.setStyleSheet("font-size: 26pt; font-weight: bold; padding: 0;")
            button.clicked.connect(lambda _=False, d=digit: self.typed.insert(d))
            digits.addWidget(button, index // 3, index % 3, 1, 2 if digit == "0" else 1)
        keys.addLayout(digits)
        keys.setAlignment(digits, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(keys)
        column.setAlignment(keys, Qt.AlignmentFlag.AlignHCenter)
        for button in self.findChildren(TouchButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the typed field keeps its cursor

    def attach(self, field: QLineEdit, caption: Text) -> None:
        """A tap on ``field`` opens the keys for it."""
        self.fields[field] = caption
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress and watched in self.fields:
            self.open_for(watched)  # type: ignore[arg-type]
            return True
        return super().eventFilter(watched, event)

    def open_for(self, field: QLineEdit) -> None:
        self.target = field
        self.caption.set_text(self.fields[field])
        self.typed.setAccessibleName(self.fields[field]())
        self.typed.setMaxLength(field.maxLength())
        self.typed.setText(field.text())
        self.typed.selectAll()  # the first key replaces what was there; a tap in the field keeps it
        self.opened.emit()
        self.typed.setFocus()

    def _type(self, letter: str) -> None:
        # A capital to start with, small letters after: "Vergeten uit te klokken".
        first = self.typed.cursorPosition() == 0 or (self.typed.hasSelectedText() and self.typed.selectionStart() == 0)
        self.typed.insert(letter if first else letter.lower())

    def finish(self, *, keep: bool) -> None:
        field, self.target = self.target, None
        self.closed.emit()
        if field is not None:
            if keep:
                field.setText(self.typed.text())
            field.setFocus()
