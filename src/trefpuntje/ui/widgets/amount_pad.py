"""Typing an amount of money on the screen: digits, a decimal comma and erase, the
way it is written on a note or a receipt ("12,50")."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from trefpuntje.core.cash import parse_euros
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP
from trefpuntje.ui.widgets.touch import TouchButton

MAX_TYPED = 7  # "1000,00"


class AmountPad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.typed = ""
        pad = QGridLayout(self)
        pad.setContentsMargins(0, 0, 0, 0)
        pad.setSpacing(8)
        self.keys: dict[str, TouchButton] = {}
        for index, key in enumerate("7894561230,"):
            button = TouchButton(None, key, self)
            button.setObjectName("key")
            button.clicked.connect(lambda _=False, k=key: self.type(k))
            pad.addWidget(button, index // 3, index % 3)
            self.keys[key] = button
        erase = TouchButton("backspace", QT_TRANSLATE_NOOP("Numpad", "Erase"), self, icon_size=36)
        erase.clicked.connect(self.erase)
        pad.addWidget(erase, 3, 2)
        self.keys["erase"] = erase

    def cents(self) -> int | None:
        """What was typed, in cents; None when nothing (sensible) was typed."""
        try:
            return parse_euros(self.typed) if self.typed else None
        except ValueError:
            return None

    def type(self, key: str) -> None:
        if len(self.typed) >= MAX_TYPED or (key == "," and "," in self.typed):
            return
        if "," in self.typed and len(self.typed.partition(",")[2]) >= 2:
            return  # no third decimal
        self.typed += key
        self.changed.emit()

    def erase(self) -> None:
        self.typed = self.typed[:-1]
        self.changed.emit()

    def set_cents(self, cents: int | None) -> None:
        self.typed = "" if cents is None else f"{cents // 100},{cents % 100:02d}"
        self.changed.emit()
