"""A friendly placeholder for an area that is still being built."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from trefpuntje.ui.areas import Area
from trefpuntje.ui.screens.base import Screen
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton, TrLabel


class ComingSoonScreen(Screen):
    go_home = Signal()

    def __init__(self, area: Area, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.area = area
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(24)
        layout.addStretch(1)
        pictures = QHBoxLayout()
        pictures.addStretch(1)
        pictures.addWidget(Pictogram(area.pictogram, 200, self))
        pictures.addWidget(Pictogram("coming_soon", 120, self), 0, Qt.AlignmentFlag.AlignBottom)
        pictures.addStretch(1)
        layout.addLayout(pictures)
        self.title = TrLabel(area.name, self, style="heading")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        message = TrLabel(
            QT_TRANSLATE_NOOP("ComingSoonScreen", "Coming soon! This part of Trefpuntje is still being built."), self
        )
        message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(message)
        back = TouchButton("home", QT_TRANSLATE_NOOP("ComingSoonScreen", "Back to the start"), self, role="primary")
        back.clicked.connect(self.go_home)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(back)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.back = back
