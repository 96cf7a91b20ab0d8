"""The kiosk's home screen: one big tile per area."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from trefpuntje.ui.areas import AREAS
from trefpuntje.ui.screens.base import Screen
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP
from trefpuntje.ui.widgets.touch import TouchButton, TrLabel

COLUMNS = 3


class HomeScreen(Screen):
    area_chosen = Signal(str)
    privacy_requested = Signal()

    def __init__(self, centre_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(16)
        self.welcome = welcome = TrLabel(QT_TRANSLATE_NOOP("HomeScreen", "Welcome to {centre}"), self, style="heading", centre=centre_name)
        welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = TrLabel(QT_TRANSLATE_NOOP("HomeScreen", "Tap what you would like to do."), self, style="muted")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(welcome)
        layout.addWidget(hint)
        grid = QGridLayout()
        grid.setSpacing(28)
        self.tiles: dict[str, TouchButton] = {}
        for index, area in enumerate(AREAS):
            tile = TouchButton(area.pictogram, area.name, self, icon_size=120, under=True, role="tile")
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            tile.setMinimumSize(220, 200)
            tile.clicked.connect(lambda _=False, key=area.key: self.area_chosen.emit(key))
            grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
            self.tiles[area.key] = tile
        # In the free place of the grid: what is kept about you, and who to ask.
        self.privacy_button = TouchButton("lock", QT_TRANSLATE_NOOP("HomeScreen", "Your data"), self, icon_size=64,
                                          under=True)
        self.privacy_button.clicked.connect(self.privacy_requested)
        grid.addWidget(self.privacy_button, len(AREAS) // COLUMNS, len(AREAS) % COLUMNS,
                       Qt.AlignmentFlag.AlignCenter)
        layout.addLayout(grid, 1)

    def set_centre(self, centre_name: str) -> None:
        self.welcome.set_text(QT_TRANSLATE_NOOP("HomeScreen", "Welcome to {centre}"), centre=centre_name)

    @property
    def pristine(self) -> bool:
        return True
