"""About Trefpuntje: the version and the credits the pictograms and fonts ask for."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from trefpuntje import __version__
from trefpuntje.ui.screens.base import Screen
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton, TrLabel


class AboutScreen(Screen):
    go_back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 40, 64, 40)
        layout.setSpacing(20)
        row = QHBoxLayout()
        row.addWidget(Pictogram("info", 96, self))
        row.addWidget(TrLabel(QT_TRANSLATE_NOOP("AboutScreen", "About Trefpuntje {version}"), self,
                              style="heading", version=__version__), 1)
        layout.addLayout(row)
        for text in (
            QT_TRANSLATE_NOOP("AboutScreen", "Software for the community space of an inclusive neighbourhood in Nijmegen."),
            QT_TRANSLATE_NOOP("AboutScreen", "All pictograms designed by OpenMoji, the open-source emoji and icon project. "
                                             "License: CC BY-SA 4.0."),
            QT_TRANSLATE_NOOP("AboutScreen", "Fonts: Noto Sans and Noto Sans Arabic UI, SIL Open Font License 1.1."),
            QT_TRANSLATE_NOOP("AboutScreen", "Built with Qt for Python (PySide6, LGPL), SQLModel, SQLAlchemy and Alembic."),
        ):
            label = TrLabel(text, self)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(label)
        layout.addStretch(1)
        back = TouchButton("back", QT_TRANSLATE_NOOP("AboutScreen", "Back"), self, role="primary")
        back.clicked.connect(self.go_back)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        self.back = back
