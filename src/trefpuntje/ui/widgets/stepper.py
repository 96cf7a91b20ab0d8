"""A value set with big "−" and "+" for the finger (a time in quarters of an hour, a
number of places): no typing, no spin-box arrows too small to hit."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMargins, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from trefpuntje.ui.theme import TOUCH_MIN
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text
from trefpuntje.ui.widgets.touch import TouchButton, TrLabel

LESS = QT_TRANSLATE_NOOP("Stepper", "Less: {field}")
MORE = QT_TRANSLATE_NOOP("Stepper", "More: {field}")


class SymbolButton(TouchButton):
    """A big symbol ("−", "+", "◀") on the button; the words for a screen reader.
    ``mirrored``: the symbol in a right-to-left language ("▶" for "◀": back is to the right)."""

    def __init__(self, symbol: str, text: Text, parent: QWidget | None = None, *, mirrored: str | None = None,
                 **params: object) -> None:
        self._symbol, self._mirrored = symbol, mirrored
        super().__init__(None, text, parent, **params)
        self.setFixedSize(TOUCH_MIN, TOUCH_MIN)
        # 74 px inside a 3 px border: the theme's 80 px minimum would not fit the fixed 80 px and be cut off.
        self.setStyleSheet(f"font-size: 26pt; font-weight: bold; padding: 0; min-height: {TOUCH_MIN - 6}px; "
                           f"min-width: {TOUCH_MIN - 6}px;")

    def retranslate(self) -> None:
        right_to_left = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        self.setText(self._mirrored if right_to_left and self._mirrored else self._symbol)
        text = self._text(**self._params) if isinstance(self._text, Text) else self._text
        self.setAccessibleName(text)
        self.setToolTip(text)


def clock_text(minutes: int) -> str:
    """Minutes after midnight as a wall-clock time: 570 -> '09:30'."""
    return f"{minutes % 1440 // 60:02d}:{minutes % 60:02d}"


class Stepper(QWidget):
    """A caption above "− value +". ``snap``: a step first lands on a multiple of the
    step (09:23 + a quarter is 09:30), so times stay round."""

    changed = Signal(int)

    def __init__(self, caption: Text, parent: QWidget | None = None, *, step: int = 15, minimum: int = 0,
                 maximum: int = 48 * 60, show: Callable[[int], str] = clock_text, snap: bool = True) -> None:
        super().__init__(parent)
        self.caption_text, self.step, self.describe = caption, step, show
        self.minimum, self.maximum, self.snap = minimum, maximum, snap
        self.value = minimum
        self.setMaximumWidth(420)  # on a wide screen the value stays between its buttons
        column = QVBoxLayout(self, contentsMargins=QMargins(), spacing=0)
        self.caption = TrLabel(caption, self, style="muted")
        self.caption.setStyleSheet("font-size: 16pt;")
        column.addWidget(self.caption)
        row = QHBoxLayout(spacing=4)
        self.less = SymbolButton("\u2212", LESS, self, field=caption())
        self.more = SymbolButton("+", MORE, self, field=caption())
        self.shown = TrLabel("", self, style="cardtitle")
        self.shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shown.setWordWrap(False)
        self.shown.setMinimumWidth(100)
        self.shown.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        for button, direction in ((self.less, -1), (self.more, +1)):
            button.setAutoRepeat(True)  # hold to move on quickly
            button.clicked.connect(lambda _=False, d=direction: self.step_by(d))
        row.addWidget(self.less)
        row.addWidget(self.shown, 1)
        row.addWidget(self.more)
        column.addLayout(row)
        self.set_value(minimum)

    def set_range(self, minimum: int, maximum: int) -> None:
        self.minimum, self.maximum = minimum, maximum
        self.set_value(self.value)

    def set_value(self, value: int) -> None:
        self.value = max(self.minimum, min(self.maximum, value))
        self.shown.set_text(self.describe(self.value))
        self.shown.setAccessibleName(f"{self.caption_text()}: {self.shown.text()}")
        self.less.setEnabled(self.value > self.minimum)
        self.more.setEnabled(self.value < self.maximum)

    def step_by(self, direction: int) -> None:
        if self.snap:
            target = (self.value // self.step + 1) * self.step if direction > 0 else \
                ((self.value - 1) // self.step) * self.step
        else:
            target = self.value + direction * self.step
        before = self.value
        self.set_value(target)
        if self.value != before:
            self.changed.emit(self.value)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for button in (self.less, self.more):
                button.set_text(button._text, field=self.caption_text())
            self.set_value(self.value)
        super().changeEvent(event)
