"""The till's product grid: category tabs and a tile per product (pictogram, name,
price). A tap on a tile says which product; the grid never touches the database."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from trefpuntje.core.till_products import ProductView
from trefpuntje.ui.theme import BODY_PT
from trefpuntje.ui.tr import money
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton

TILE_WIDTH = 160  # the style sheet (theme.py, QToolButton#product) says the same
TILE_HEIGHT = 160
NAME_PT = BODY_PT - 3


class ProductTile(QToolButton):
    """A big button: pictogram on top, the name (wrapped), the price."""

    def __init__(self, product: ProductView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.product = product
        self.setObjectName("product")
        self.setMinimumSize(TILE_WIDTH, TILE_HEIGHT)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        column = QVBoxLayout(self)
        column.setContentsMargins(8, 10, 8, 8)
        column.setSpacing(2)
        picture = Pictogram(product.pictogram, 64, self)
        column.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.name = QLabel(product.name, self)
        self.name.setObjectName("productname")
        self.name.setWordWrap(True)
        self.name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.price = QLabel(money(product.price_cents), self)
        self.price.setObjectName("productprice")
        self.price.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.name, 1)
        column.addWidget(self.price)
        for child in (picture, self.name, self.price):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
        self.setAccessibleName(f"{product.name}, {self.price.text()}")

    def retranslate(self) -> None:
        self.price.setText(money(self.product.price_cents))
        self.setAccessibleName(f"{self.product.name}, {self.price.text()}")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_name(event.size().width() - 20)

    def _fit_name(self, width: int) -> None:
        """Long Dutch words ("chocolademelk") get a smaller font rather than a cut."""
        font = QFont(self.font())
        font.setPointSize(NAME_PT)
        font.setBold(True)
        longest = max(self.product.name.split(), key=len, default="")
        while font.pointSizeF() > 10 and QFontMetrics(font).horizontalAdvance(longest) > width:
            font.setPointSizeF(font.pointSizeF() - 1)
        self.name.setFont(font)


class ProductGrid(QWidget):
    tapped = Signal(object)  # product id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Categories down the side, the products of one category beside them.
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        self.tabs_row = QVBoxLayout()
        self.tabs_row.setSpacing(8)
        self.tabs_row.addStretch(1)
        row.addLayout(self.tabs_row)
        column = QVBoxLayout()
        self.grid = QGridLayout()
        self.grid.setSpacing(12)
        column.addLayout(self.grid)
        column.addStretch(1)
        row.addLayout(column, 1)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.tabs: dict[str, TouchButton] = {}
        self.tiles: dict[uuid.UUID, ProductTile] = {}
        self.category = ""
        self.columns = 4
        self._shown: list[ProductTile] = []

    def set_products(self, products: Sequence[ProductView]) -> None:
        for tab in self.tabs.values():
            self.group.removeButton(tab)
            tab.deleteLater()
        for tile in self.tiles.values():
            tile.deleteLater()
        self.tabs, self.tiles, self._shown = {}, {}, []
        categories: dict[str, str] = {}
        for product in products:
            categories.setdefault(product.category, product.pictogram)
            tile = ProductTile(product, self)
            tile.hide()
            tile.clicked.connect(lambda _=False, pid=product.id: self.tapped.emit(pid))
            self.tiles[product.id] = tile
        for category, pictogram in categories.items():
            tab = TouchButton(pictogram, category or "\u2014", self, icon_size=40, under=True)
            tab.setCheckable(True)
            tab.setObjectName("tab")
            tab.clicked.connect(lambda _=False, c=category: self.show_category(c))
            self.group.addButton(tab)
            self.tabs_row.insertWidget(self.tabs_row.count() - 1, tab)
            self.tabs[category] = tab
        for tab in self.tabs.values():
            tab.setVisible(len(self.tabs) > 1)
        first = next(iter(categories), "")
        self.show_category(self.category if self.category in categories else first)

    def show_category(self, category: str) -> None:
        self.category = category
        if category in self.tabs:
            self.tabs[category].setChecked(True)
        for tile in self._shown:
            self.grid.removeWidget(tile)
            tile.hide()
        self._shown = [tile for tile in self.tiles.values() if tile.product.category == category]
        self._place()

    def _place(self) -> None:
        for index, tile in enumerate(self._shown):
            self.grid.addWidget(tile, index // self.columns, index % self.columns)
            tile.show()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        tabs = max((tab.sizeHint().width() for tab in self.tabs.values() if not tab.isHidden()), default=0)
        columns = max(2, (event.size().width() - tabs - 16 + 12) // (TILE_WIDTH + 12))
        if columns != self.columns:
            self.columns = columns
            for tile in self._shown:
                self.grid.removeWidget(tile)
            self._place()

    def retranslate(self) -> None:
        for tile in self.tiles.values():
            tile.retranslate()

