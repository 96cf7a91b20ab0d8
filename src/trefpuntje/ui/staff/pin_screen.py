"""Staff mode opens here: a PIN typed on the on-screen numpad.

Until members carry cards, the PIN is a coordinator's. Wrong PINs are counted in the
database; after five the entry locks for a while that grows each time.
"""

from __future__ import annotations

import sys
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from trefpuntje.core.members import MemberSummary
from trefpuntje.core.permissions import opens_staff_mode
from trefpuntje.core.staff_pins import PIN_LENGTHS, check_coordinator_pin, check_member_pin
from trefpuntje.db.engine import Database
from trefpuntje.ui.screens.base import Screen
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP
from trefpuntje.ui.widgets.numpad import Numpad
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton, TrLabel

LOCAL = ZoneInfo("Europe/Amsterdam")
PROMPT = QT_TRANSLATE_NOOP("PinScreen", "Scan your card, then type your PIN. Without a card: the coordinator PIN.")
MASK = "\u25cf"


class PinScreen(Screen):
    opened = Signal(object)  # MemberSummary of the coordinator
    cancelled = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._pin = ""
        self.card_holder: MemberSummary | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(48)
        column = QWidget(self)
        column.setMinimumWidth(520)  # wrapped lines stay few, so the screen fits 800 px high
        left = QVBoxLayout(column)
        left.setContentsMargins(0, 0, 0, 0)
        left.addStretch(1)
        left.addWidget(Pictogram("staff", 96, self), 0, Qt.AlignmentFlag.AlignHCenter)
        self.heading = TrLabel(QT_TRANSLATE_NOOP("PinScreen", "Staff mode"), self, style="heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left.addWidget(self.heading)
        self.prompt = TrLabel(PROMPT, self)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left.addWidget(self.prompt)
        self.dots = QLabel(self)
        self.dots.setObjectName("huge")
        self.dots.setAlignment(Qt.AlignmentFlag.AlignCenter)
        left.addWidget(self.dots)
        self.message = TrLabel("", self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: #8b0000; font-weight: bold;")
        left.addWidget(self.message)
        cancel = TouchButton("back", QT_TRANSLATE_NOOP("PinScreen", "Cancel"), self)
        cancel.clicked.connect(self._cancel)
        left.addWidget(cancel, 0, Qt.AlignmentFlag.AlignHCenter)
        left.addStretch(1)
        layout.addWidget(column, 1)
        self.numpad = Numpad(self)
        self.numpad.digit.connect(self._digit)
        self.numpad.backspace.connect(self._backspace)
        self.numpad.confirm.connect(self.submit)
        layout.addWidget(self.numpad, 0, Qt.AlignmentFlag.AlignVCenter)
        self.cancel_button = cancel
        self._show_dots()

    @property
    def pristine(self) -> bool:
        return not self._pin

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """A keyboard (the office PC) types the PIN too; Enter submits, Escape cancels."""
        key, text = event.key(), event.text()
        if text.isdigit() and text.isascii():
            self._digit(text)
        elif key == Qt.Key.Key_Backspace:
            self._backspace()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
        elif key == Qt.Key.Key_Escape:
            self._cancel()
        else:
            super().keyPressEvent(event)

    def reset(self) -> None:
        self._pin = ""
        self.card_holder = None
        self.prompt.set_text(PROMPT)
        self.message.set_text("")
        self._show_dots()

    def take_card(self, member: MemberSummary) -> None:
        """A card was scanned here: the PIN that follows is that member's."""
        self._pin = ""
        self._show_dots()
        if not opens_staff_mode(member.roles):  # volunteers too: they see what their role allows
            self.card_holder = None
            self.message.set_text(QT_TRANSLATE_NOOP("PinScreen", "This card does not open staff mode."))
            return
        self.card_holder = member
        self.message.set_text("")
        self.prompt.set_text(QT_TRANSLATE_NOOP("PinScreen", "Type your PIN, {name}."), name=member.first_name)

    def _show_dots(self) -> None:
        self.dots.setText(MASK * len(self._pin) if self._pin else "\u2013 \u2013 \u2013 \u2013")

    def _digit(self, digit: str) -> None:
        if len(self._pin) < PIN_LENGTHS.stop - 1:
            self._pin += digit
            self._show_dots()

    def _backspace(self) -> None:
        self._pin = self._pin[:-1]
        self._show_dots()

    def _cancel(self) -> None:
        self.reset()
        self.cancelled.emit()

    def submit(self) -> None:
        pin, self._pin = self._pin, ""
        self._show_dots()
        if len(pin) not in PIN_LENGTHS:
            self.message.set_text(QT_TRANSLATE_NOOP("PinScreen", "A PIN is 4 to 8 digits."))
            return
        try:
            with self.database.write() as session:
                if self.card_holder is not None:
                    result = check_member_pin(session, member_id=self.card_holder.id, pin=pin)
                else:
                    result = check_coordinator_pin(session, pin=pin)
        except Exception as error:  # the database is busy or gone: say so, keep the kiosk running
            print(f"PIN check failed: {error}", file=sys.stderr)
            self.message.set_text(QT_TRANSLATE_NOOP("PinScreen", "The PIN could not be checked just now. Try again."))
            return
        if result.ok:
            self.reset()
            self.opened.emit(result.member)
        elif result.locked_until is not None:
            until = result.locked_until.astimezone(LOCAL).strftime("%H:%M:%S")
            self.message.set_text(
                QT_TRANSLATE_NOOP("PinScreen", "Too many wrong PINs. Staff mode is locked until {time}."), time=until
            )
        else:
            self.message.set_text(
                QT_TRANSLATE_NOOP("PinScreen", "Wrong PIN. {count} tries left."), count=result.attempts_left
            )

