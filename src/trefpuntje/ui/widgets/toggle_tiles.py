"""Big tick tiles for the finger: a box that shows its tick and a word that may wrap
to a second line ("Cereals with gluten" does not fit beside a tick in a quarter of
the screen). ``ChoiceTiles`` lays out one tile per choice (the 14 allergens, the
diets) and says which are ticked."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

from trefpuntje.ui import pictograms
from trefpuntje.ui.theme import INK, ON_PRIMARY, TOUCH_MIN
from trefpuntje.ui.tr import Text
from trefpuntje.ui.widgets.touch import TrLabel

MARK = 40


def _box(size: int, ticked: bool) -> QPixmap:
    """A white box, with the tick pictogram in it when ticked (it shows on the dark fill too)."""
    image = QPixmap(size, size)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(INK), 3))
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(QRectF(3, 3, size - 6, size - 6), 6, 6)
    if ticked:
        painter.drawPixmap(4, 4, pictograms.pixmap("ok", size - 8))
    painter.end()
    return image


class LaidOutTile(QToolButton):
    """A tile whose words are laid out inside it (labels that wrap), not the button's own
    text: its layout, at least a touch target high, sets its size."""

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = self.layout().sizeHint()
        return QSize(hint.width(), max(TOUCH_MIN, hint.height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = self.layout().minimumSize()
        return QSize(max(TOUCH_MIN, hint.width()), max(TOUCH_MIN, hint.height()))

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return max(TOUCH_MIN, self.layout().totalHeightForWidth(width))


class ToggleTile(LaidOutTile):
    """A checkable button: a tick box and a word; its accessible name is the word."""

    def __init__(self, text: Text | str, parent: QWidget | None = None, **params: Any) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        # 80 px with the theme's 3 px border; its padding would add more.
        self.setStyleSheet(f"QToolButton {{ min-height: {TOUCH_MIN - 6}px; padding: 0px; }}")
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 6, 10, 6)
        row.setSpacing(10)
        self.mark = QLabel(self)
        self.mark.setFixedSize(MARK, MARK)
        self.label = TrLabel(text, self, **params)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        for child in (self.mark, self.label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # the tap is the button's
        row.addWidget(self.mark)
        row.addWidget(self.label, 1)
        self.toggled.connect(self._show_state)
        self._show_state(False)
        self.retranslate()

    def set_text(self, text: Text | str, **params: Any) -> None:
        self.label.set_text(text, **params)
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.label.text())

    def _show_state(self, checked: bool) -> None:
        self.mark.setPixmap(_box(MARK, checked))
        self.label.setStyleSheet(f"color: {ON_PRIMARY};" if checked else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.label.retranslate()
            self.retranslate()
        super().changeEvent(event)


class ChoiceTiles(QWidget):
    """One ToggleTile per choice, ``columns`` a row; ``chosen`` in the order given."""

    changed = Signal()

    def __init__(self, choices: Sequence[tuple[str, Text]], columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        self.tiles: dict[str, ToggleTile] = {}
        for index, (code, text) in enumerate(choices):
            tile = ToggleTile(text, self)
            tile.toggled.connect(self.changed)
            grid.addWidget(tile, index // columns, index % columns)
            self.tiles[code] = tile
        for column in range(columns):
            grid.setColumnStretch(column, 1)

    def chosen(self) -> tuple[str, ...]:
        return tuple(code for code, tile in self.tiles.items() if tile.isChecked())

    def set_chosen(self, codes: Sequence[str]) -> None:
        self.blockSignals(True)
        for code, tile in self.tiles.items():
            tile.setChecked(code in codes)
        self.blockSignals(False)
        self.changed.emit()
