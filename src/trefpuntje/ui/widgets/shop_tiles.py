"""The shelves of the giveaway shop as big tiles: the category's pictogram, its name
and, on the kiosk's first page, how many things are on it. The wanted list uses the
same tiles, checkable, to say which shelf someone is looking on."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from trefpuntje.core.shop_words import CATEGORY_NAMES, CONTEXT
from trefpuntje.ui.theme import ON_PRIMARY, TOUCH_MIN
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text
from trefpuntje.ui.widgets.toggle_tiles import LaidOutTile
from trefpuntje.ui.widgets.touch import Pictogram, TrLabel

ON_SHELF = QT_TRANSLATE_NOOP("ShopScreen", "{count} on the shelf")
EMPTY_SHELF = QT_TRANSLATE_NOOP("ShopScreen", "Empty just now")


def category_text(code: str) -> Text | str:
    """The shelf's name in the language on screen (marked in core/shop_words.py); a
    category a centre added itself has no translation and shows its code."""
    source = CATEGORY_NAMES.get(code)
    return Text(CONTEXT, source) if source else code


class CategoryTile(LaidOutTile):
    """A shelf: pictogram and name, with ``set_count`` the number of things on it. Its
    accessible name says both."""

    def __init__(self, code: str, pictogram: str, parent: QWidget | None = None, *, size: int = 72,
                 checkable: bool = False) -> None:
        super().__init__(parent)
        self.code = code
        self.count: int | None = None
        self.setCheckable(checkable)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setStyleSheet(f"QToolButton {{ min-height: {TOUCH_MIN - 6}px; padding: 0px; border-radius: 20px; }}")
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 8, 14, 8)
        row.setSpacing(14)
        self.picture = Pictogram(pictogram, size, self)
        row.addWidget(self.picture)
        words = QVBoxLayout()
        words.setSpacing(0)
        self.name = TrLabel(category_text(code), self, style="cardtitle")
        self.counted = TrLabel("", self)
        self.counted.hide()
        words.addStretch(1)
        words.addWidget(self.name)
        words.addWidget(self.counted)
        words.addStretch(1)
        row.addLayout(words, 1)
        for child in (self.picture, self.name, self.counted):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # the tap is the tile's
        self.toggled.connect(self._show_state)
        self.retranslate()

    def set_count(self, count: int) -> None:
        self.count = count
        self.counted.set_text(ON_SHELF if count else EMPTY_SHELF, count=count)
        self.counted.show()
        self.retranslate()

    def retranslate(self) -> None:
        name = self.name.text()
        self.setAccessibleName(f"{name}: {self.counted.text()}" if self.count is not None else name)

    def _show_state(self, checked: bool) -> None:
        sheet = f"color: {ON_PRIMARY};" if checked else ""  # readable on the checked tile's dark fill
        self.name.setStyleSheet(sheet)
        self.counted.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.name.retranslate()
            self.counted.retranslate()
            self.retranslate()
        super().changeEvent(event)


class CategoryTiles(QWidget):
    """One tile per shelf, ``columns`` a row. ``chosen`` (a code) is tapped; with
    ``pick_one`` the tiles stay down like radio buttons and ``choice`` says which."""

    chosen = Signal(str)

    def __init__(self, shelves: Sequence[tuple[str, str]], columns: int, parent: QWidget | None = None, *,
                 size: int = 72, pick_one: bool = False) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        self.group = QButtonGroup(self)
        self.group.setExclusive(pick_one)
        self.tiles: dict[str, CategoryTile] = {}
        for index, (code, pictogram) in enumerate(shelves):
            tile = CategoryTile(code, pictogram, self, size=size, checkable=pick_one)
            tile.clicked.connect(lambda _=False, c=code: self.chosen.emit(c))
            self.group.addButton(tile)
            grid.addWidget(tile, index // columns, index % columns)
            self.tiles[code] = tile
        for column in range(columns):
            grid.setColumnStretch(column, 1)

    def choice(self) -> str | None:
        return next((code for code, tile in self.tiles.items() if tile.isChecked()), None)

    def clear_choice(self) -> None:
        exclusive = self.group.exclusive()
        self.group.setExclusive(False)  # an exclusive group keeps one down
        for tile in self.tiles.values():
            tile.setChecked(False)
        self.group.setExclusive(exclusive)
