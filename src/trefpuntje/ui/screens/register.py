"""A visitor joins at the kiosk with nothing but a first name. A volunteer prints or
hands out the card later; until then the visitor can sign up right away."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from trefpuntje.core.errors import DomainError
from trefpuntje.core.members import FIRST_NAME_MAX, MemberSummary, add_member
from trefpuntje.core.models import Role
from trefpuntje.db.engine import Database
from trefpuntje.ui.screens.base import Screen
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, error_text
from trefpuntje.ui.widgets.keyboard import OnScreenKeyboard
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton, TrLabel


HINT = QT_TRANSLATE_NOOP("RegisterScreen", "We keep only your first name. A volunteer gives you your card.")


class RegisterScreen(Screen):
    registered = Signal(object)  # MemberSummary
    cancelled = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.name = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 16, 40, 16)
        layout.setSpacing(4)
        header = QHBoxLayout()
        header.addWidget(Pictogram("person", 48, self))
        header.addWidget(TrLabel(QT_TRANSLATE_NOOP("RegisterScreen", "What is your first name?"), self, style="subheading"), 1)
        layout.addLayout(header)
        self.hint = TrLabel(HINT, self, style="muted")
        layout.addWidget(self.hint)
        self.display = QLabel(self)
        self.display.setObjectName("greeting")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.display.setAccessibleName(QT_TRANSLATE_NOOP("RegisterScreen", "Your first name")())
        layout.addWidget(self.display)
        self.message = self.hint  # a problem takes the hint's place, so the screen fits 800 px
        self.keyboard = OnScreenKeyboard(self)
        self.keyboard.typed.connect(self._type)
        self.keyboard.backspace.connect(self._erase)
        self.keyboard.confirm.connect(self.submit)
        self.back = TouchButton("back", QT_TRANSLATE_NOOP("RegisterScreen", "Back"), self.keyboard)
        self.back.clicked.connect(self._cancel)
        self.keyboard.add_to_last_row(self.back)
        layout.addWidget(self.keyboard, 0, Qt.AlignmentFlag.AlignHCenter)
        self._show()

    @property
    def pristine(self) -> bool:
        return not self.name

    def reset(self) -> None:
        self.name = ""
        self.hint.set_text(HINT)
        self.hint.setStyleSheet("")
        self._show()

    def _show(self) -> None:
        self.display.setText(self.name or "\u2026")

    def _type(self, text: str) -> None:
        if len(self.name) < FIRST_NAME_MAX:
            # A capital at the start of each part, small letters after: "Anne-Marie".
            starts_word = not self.name or self.name[-1] in " -'"
            self.name += text.upper() if starts_word else text.lower()
            self._show()

    def _erase(self) -> None:
        self.name = self.name[:-1]
        self._show()

    def _cancel(self) -> None:
        self.reset()
        self.cancelled.emit()

    def submit(self) -> None:
        try:
            with self.database.write() as session:
                member = add_member(session, first_name=self.name, roles=[Role.VISITOR])
                summary = MemberSummary(member.id, member.first_name, (Role.VISITOR.value,))
        except DomainError as error:
            self.hint.set_text(error_text(error))
            self.hint.setStyleSheet("color: #8b0000; font-weight: bold;")
            return
        self.reset()
        self.registered.emit(summary)
